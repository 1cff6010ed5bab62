import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { ORG_HEAD_WORDS } from '../nlp/lexicon/organizations.js';
import { ACRONYM_SKIPS, PLACE_APPOSITION_NOUNS } from '../nlp/lexicon/name-cues.js';
import { SITE_HEAD_WORDS } from '../nlp/lexicon/non-actors.js';
import type { ProposedName } from './names.js';

/** An acronym in brackets: "(MHRA)", "(ONR)". */
const ACRONYM_IN_BRACKETS = /\((\p{Lu}{3,8})\)/gu;

/** The words right before a bracket, read backwards: letters with hyphens and apostrophes, "&", a comma after. */
const WORD = /[\p{L}\p{M}'’&-]+,?/gu;

/** The words (with their offsets) of the text before `end`, back to `from`. */
function wordsBefore(text: string, from: number, end: number): { text: string; start: number; end: number }[] {
  return [...text.slice(from, end).matchAll(WORD)].map((m) => ({ text: m[0].replace(/,$/, ''), start: from + (m.index as number), end: from + (m.index as number) + m[0].replace(/,$/, '').length }));
}

/**
 * Where the long form of `acronym` starts among `words` (read back from the bracket), or -1: the shortest run
 * opening on a capital whose capitalised words' initials spell it, or whose content words' initials do ("Institute
 * for Fiscal and economic Studies (IFES)"), with at most one lower-case word that no acronym skips and nothing
 * else in between.
 */
function longFormStart(words: readonly { text: string }[], acronym: string): number {
  let capitals = '';
  let content = '';
  let lowerWords = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = (words[k] as { text: string }).text;
    if (/^\p{Lu}/u.test(w)) {
      capitals = w[0] + capitals;
      content = w[0] + content;
      if (capitals === acronym.slice(-capitals.length) || content === acronym.slice(-content.length)) {
        if (capitals === acronym || content.toUpperCase() === acronym) return k;
        continue;
      }
      return -1;
    }
    if (ACRONYM_SKIPS.has(w.toLowerCase())) continue;
    if (!/^\p{Ll}+$/u.test(w) || ++lowerWords > 1) return -1;
    content = (w[0] as string).toUpperCase() + content;
  }
  return -1;
}

/**
 * "The Medicines and Healthcare products Regulatory Agency (MHRA) approved", "the Office for Nuclear safety
 * Regulation (ONR)": a body's long form before its bracketed acronym may hold one word in lower case, where the
 * tagger cut it into two or three names (a place "Medicines", a body "Healthcare", "Regulatory Agency"). When the
 * capitalised words' initials, or all content words', spell the acronym and the run holds a body's head word
 * (ORG_HEAD_WORDS), the run is one organisation and the names inside it give way; a proposal reaching outside the
 * run keeps it whole. Issue 12, round 22 (the round-21 lead leftover).
 */
export function bodiesSpelledByAcronyms(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  const slice = text.slice(sentence.start, sentence.end);
  if (!slice.includes('(')) return;
  for (const m of slice.matchAll(ACRONYM_IN_BRACKETS)) {
    const bracket = sentence.start + (m.index as number);
    const words = wordsBefore(text, Math.max(sentence.start, bracket - 160), bracket);
    // the run must end right before the bracket
    if (words.length === 0 || /\S/.test(text.slice((words.at(-1) as { end: number }).end, bracket))) continue;
    const k = longFormStart(words, m[1] as string);
    if (k < 0) continue;
    const start = (words[k] as { start: number }).start;
    const end = (words.at(-1) as { end: number }).end;
    const inside = proposals.filter((p) => p.start < end && start < p.end);
    const headed = words.slice(k).some((w) => ORG_HEAD_WORDS.has(w.text.toLowerCase()));
    if (!headed && !headlessBody(text.slice(start, end), inside)) continue;
    if (inside.some((p) => p.start < start || p.end > end) || inside.some((p) => p.start === start && p.end === end && (headed || p.type === 'ORG'))) continue;
    for (const p of inside) proposals.splice(proposals.indexOf(p), 1);
    proposals.push({ start, end, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** Last words of a place's name ("Federal Capital Territory", "South China Sea"): such a run stays the tagger's. */
const PLACE_LAST_WORDS: ReadonlySet<string> = new Set([...PLACE_APPOSITION_NOUNS, ...SITE_HEAD_WORDS, 'republic', 'kingdom', 'emirates', 'states']);

/**
 * Whether a long form with no English head word still names a body: "a leader of the Pakistan Awami Tehreek (PAT)"
 * gave a place (the country opens the name), "The Bharatiya Nyay Morcha (BNM) won" nothing, for parties named in
 * their own language ("Tehreek", "Morcha", "Parishad" are movement, front, council). Three words or more, no known
 * country or town, no place's last word, and nothing the tagger read as a person inside ("John Fitzgerald Kennedy
 * (JFK)"), and a word of no English among them; round 25.
 */
function headlessBody(run: string, inside: readonly ProposedName[]): boolean {
  const words = run.split(/\s+/);
  if (words.length < 3 || inside.some((p) => p.type === 'PER') || lookupCountry(run) || lookupCity(run)) return false;
  // ("Software Development Kit (SDK)", "Maintenance, Repair and Overhaul (MRO)": terms of English words are no bodies;
  // a party named in its own language holds a word of no English, country or demonym)
  const foreign = words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isEnglishWord(w.toLowerCase()) && !lookupCountry(w) && !lookupDemonym(w));
  return foreign && !PLACE_LAST_WORDS.has((words.at(-1) as string).toLowerCase());
}
