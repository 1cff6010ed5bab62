/**
 * The form names are compared in: case and diacritics folded, a possessive "'s" and other apostrophes and dots
 * dropped ("U.S." is "us"), other punctuation turned into spaces, and a leading "the" removed. This is the rule
 * the evaluation uses to match names, so queries agree with it.
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
