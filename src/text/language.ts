/**
 * A cheap check that a text is English before the English-only pipeline runs on it. Two signals,
 * both linear in the text length and computed on at most the first 20,000 characters:
 *
 * 1. script: when fewer than a fifth of the letters are Latin (Cyrillic, Arabic, CJK, ...), the text
 *    is not English, whatever English names it quotes;
 * 2. function words: in Latin script, English prose has "the", "of", "and", "to" in nearly every
 *    sentence; when another language's function words clearly outnumber English ones, it is that one.
 *
 * Short texts (under 20 letters or 30 words) are always treated as English: too little evidence, and a
 * headline or a list of names should still be parsed.
 */

/** Function words that are frequent in news prose and rare across the other lists (hand-picked from general knowledge of each language). */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'said', 'he', 'it', 'as', 'by', 'at', 'from', 'his', 'has', 'have', 'are', 'were', 'be', 'this', 'which', 'who', 'will', 'would', 'their', 'they', 'an', 'not', 'but', 'after'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'sich', 'des', 'auf', 'dem', 'ein', 'eine', 'auch', 'wurde', 'nach', 'bei', 'einer', 'sagte', 'werden', 'vom', 'zum', 'zur', 'oder', 'wie', 'aus'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'dans', 'pour', 'qui', 'que', 'au', 'aux', 'sur', 'pas', 'par', 'avec', 'il', 'elle', 'ont', 'été', 'selon', 'cette', 'mais', 'ses', 'leur'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'que', 'por', 'con', 'una', 'para', 'como', 'pero', 'sus', 'fue', 'ha', 'según', 'dijo', 'está', 'entre', 'sobre', 'también', 'este', 'esta'],
  it: ['il', 'di', 'che', 'della', 'del', 'gli', 'per', 'una', 'sono', 'con', 'non', 'alla', 'dei', 'delle', 'nel', 'nella', 'anche', 'ha', 'è', 'ma', 'questo', 'secondo', 'dal'],
  pt: ['os', 'as', 'da', 'do', 'das', 'dos', 'não', 'uma', 'com', 'para', 'por', 'que', 'em', 'foi', 'segundo', 'disse', 'mas', 'pelo', 'pela', 'também', 'está', 'ao', 'seu', 'sua'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'dat', 'op', 'met', 'voor', 'zijn', 'werd', 'ook', 'bij', 'naar', 'maar', 'heeft', 'wordt', 'nog', 'door', 'deze', 'volgens'],
};

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch' };

/** Word -> languages whose list holds it; a Map so a word such as "constructor" never reaches Object.prototype. */
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) WORD_LANGUAGES.set(w, [...(WORD_LANGUAGES.get(w) ?? []), lang]);
}

const SAMPLE = 20_000;
const MIN_LETTERS = 20;
const MIN_WORDS = 30;

export interface LanguageGuess {
  /** `true` unless the text is clearly in another language or script. */
  english: boolean;
  /** Why it is not English, for the parse message; empty when it is. */
  reason: string;
}

function count(text: string, re: RegExp): number {
  let n = 0;
  for (re.lastIndex = 0; re.exec(text) !== null; ) n++;
  return n;
}

/**
 * Guesses whether `text` is English.
 *
 * @example guessEnglish('Der Minister sagte, dass die Gespräche in Genf nicht fortgesetzt werden ...').english // false for a long enough German text
 */
export function guessEnglish(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE);
  const letters = count(sample, /\p{L}/gu);
  const latin = count(sample, /\p{Script=Latin}/gu);
  if (letters < MIN_LETTERS) return { english: true, reason: '' };
  if (latin / letters < 0.2) {
    return { english: false, reason: `Only ${Math.round((100 * latin) / letters)}% of the letters are Latin script; newsgraph reads English text only.` };
  }
  const counts = new Map<string, number>();
  let words = 0;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++;
    for (const lang of WORD_LANGUAGES.get(m[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  if (words < MIN_WORDS) return { english: true, reason: '' };
  const english = counts.get('en') ?? 0;
  let best = '';
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (lang !== 'en' && n > bestCount) [best, bestCount] = [lang, n];
  }
  // English prose has a function word in every third or fourth word; require both a clear lead of
  // another language and a low English share, so an English article quoting French stays English.
  if (bestCount >= 2 * english + 3 && english / words < 0.1) {
    return { english: false, reason: `The text reads as ${LANGUAGE_NAMES[best] ?? best} (${bestCount} of its function words against ${english} English ones in ${words} words); newsgraph reads English text only.` };
  }
  return { english: true, reason: '' };
}
