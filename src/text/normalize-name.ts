/**
 * The form names are compared in: case and diacritics folded, a possessive "'s" and other apostrophes and dots
 * dropped ("U.S." is "us"), other punctuation turned into spaces, and a leading "the" removed. Identity and
 * queries use it; it is a little more lenient than the gold format's matching rule (scripts/eval/score.ts,
 * `goldNameKey`), which keeps diacritics and joins hyphenated parts.
 *
 * @example
 * normalizeName("The Kremlin's"); // "kremlin"
 * normalizeName('U.S.'); // "us"
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}
