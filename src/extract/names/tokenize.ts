/**
 * The name tagger's tokenizer, used both when it is trained (on the sentence texts of Universal Dependencies
 * files) and when it tags our sentences, so that the two see the same words. It splits as the English UD
 * treebanks do: punctuation, hyphens and the clitics "'s", "n't", "'re" ... are tokens of their own
 * ("Okafor's" -> "Okafor" "'s", "U.S.-based" -> "U.S." "-" "based"); abbreviations keep their periods ("U.S.",
 * "Mr.", "J."), and e-mail addresses and web addresses stay whole.
 */

/** A token of the tagger: its characters and offsets into the text it was cut from (end exclusive). */
export interface NameToken {
  text: string;
  start: number;
  end: number;
}

/** Words written with a period that belongs to them (general English abbreviations, lower case, no period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpl', 'pvt', 'cmdr', 'adm',
  'maj', 'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'amb', 'inc', 'corp', 'ltd', 'co', 'bros', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd',
  'dept', 'univ', 'assn', 'est', 'approx', 'fig', 'vol', 'pp', 'ed', 'eds', 'al', 'cf', 'ca', 'mssrs', 'messrs',
]);

// sticky patterns, matched at a position of the text without copying it
const CLITIC = /['’](?:s|re|ve|ll|d|m)(?![\p{L}\p{N}])/iuy;
const URL = /(?:https?:\/\/|www\.)[^\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/uy;
const INITIALS = /(?:\p{L}\.){2,}/uy;
/** A word: letters, marks and digits, with inner apostrophes that are not clitics ("O'Brien") and "&" between capitals ("AT&T"). */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:['’](?!(?:s|re|ve|ll|d|m|t)(?![\p{L}\p{N}]))|&(?=\p{Lu}))[\p{L}\p{M}\p{N}_]+)*/uy;
const NUMBER = /\d+(?:[.,:]\d+)+/uy;
const REPEATED_PUNCT = /(?:\.{2,}|-{2,}|[!?]{2,})/uy;
const NOT_T = /['’]t(?![\p{L}\p{N}])/iuy;

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Cuts `text.slice(from, to)` into tokens; offsets are into `text`.
 *
 * @example tokenizeNames("Okafor's U.S.-based firm").map((t) => t.text) // ["Okafor", "'s", "U.S.", "-", "based", "firm"]
 */
export function tokenizeNames(text: string, from = 0, to = text.length): NameToken[] {
  const tokens: NameToken[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let length = 0;
    let m: RegExpExecArray | null;
    if ((ch === 'h' || ch === 'w' || ch === '@' || /[\w.+-]/.test(ch)) && (m = matchAt(URL, text, i))) {
      length = m[0].replace(/[.,;:!?)\]"'’”]+$/u, '').length;
    } else if ((m = matchAt(INITIALS, text, i))) {
      length = m[0].length;
    } else if ((m = matchAt(NUMBER, text, i))) {
      length = m[0].length;
    } else if ((ch === "'" || ch === '’') && (m = matchAt(CLITIC, text, i)) && i > from && /[\p{L}\p{N}]/u.test(text[i - 1] as string)) {
      length = m[0].length;
    } else if ((m = matchAt(WORD, text, i))) {
      length = m[0].length;
      const word = m[0];
      const next = text[i + length];
      // "don't" -> "do" "n't", as UD writes it
      if ((next === "'" || next === '’') && matchAt(NOT_T, text, i + length) && /n$/i.test(word) && word.length > 1) {
        tokens.push({ text: word.slice(0, -1), start: i, end: i + length - 1 });
        tokens.push({ text: text.slice(i + length - 1, i + length + 2), start: i + length - 1, end: i + length + 2 });
        i += length + 2;
        continue;
      }
      // a period that belongs to the word: an abbreviation or a single capital initial ("J. Smith")
      if (next === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) length++;
    } else if ((m = matchAt(REPEATED_PUNCT, text, i))) {
      length = m[0].length;
    } else {
      length = ch.codePointAt(0)! > 0xffff ? 2 : 1;
    }
    length = Math.min(length, to - i);
    tokens.push({ text: text.slice(i, i + length), start: i, end: i + length });
    i += length;
  }
  return tokens;
}
