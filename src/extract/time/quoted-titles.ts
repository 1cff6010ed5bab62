/*
 * Programmes and works named in quotes whose titles hold a time word ('on ABC's "This Week"', 'told "Fox News
 * Sunday"', 'on CBS' "60 Minutes"', 'NBC's "Today" show'): the title names a show, not a time. Round 16 (lead),
 * id `times/quoted-title`.
 */

/** Words a title leaves in lower case between capitalised ones ("Face the Nation", "Meet the Press"). */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'or']);
/** Nouns after a quoted title that say it names a programme or a work ("the "Today" show"). */
const WORK_NOUN_AFTER = /^\s*(?:show|program|programme|broadcast|series|podcast|column|segment|documentary|film|book|album|song)\b/i;
/**
 * An outlet's possessive or a verb of appearing right before the quote ("ABC's", "CBS'", "told", "appeared on"); a
 * bare "on" is not enough ('the vote on "Super Tuesday"' names a day).
 */
const OUTLET_BEFORE = /(?:\p{Lu}[\p{L}.&-]*(?:['’]s|s?['’])|\btold|\bappear(?:ed|s|ing)?\s+on)\s*$/u;
const OPENING = /["“]/;
const CLOSING = /["”]/;
/** The farthest a title's quote mark may stand from a time inside it. */
const REACH = 40;

/**
 * Whether the time at [start, end) is inside a quoted title: a quote of at most six words in title case, which either
 * holds more than the time or stands after an outlet's possessive, a verb or preposition of appearing, or before a
 * noun such as "show".
 */
export function insideQuotedTitle(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= Math.max(0, start - REACH); k--) {
    const c = text[k] as string;
    if (c === '\n' || CLOSING.test(c) && c !== '"') return false;
    if (OPENING.test(c)) { open = k; break; }
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = end; k < Math.min(text.length, end + REACH); k++) {
    const c = text[k] as string;
    if (c === '\n' || (OPENING.test(c) && c !== '"')) return false;
    if (CLOSING.test(c)) { close = k; break; }
  }
  if (close < 0) return false;
  const words = text.slice(open + 1, close).trim().split(/\s+/);
  if (words.length === 0 || words.length > 6 || !words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_FUNCTION_WORDS.has(w)))) return false;
  const moreThanTime = text.slice(open + 1, start).trim() !== '' || text.slice(end, close).trim() !== '';
  return moreThanTime || OUTLET_BEFORE.test(text.slice(Math.max(0, open - 30), open)) || WORK_NOUN_AFTER.test(text.slice(close + 1, close + 20));
}
