/**
 * Latin letters that Unicode does not decompose into a base letter plus a mark, so NFKD alone
 * would keep them: GeoNames and world-countries spell names with them ("Tórshavn" is fine,
 * "Łódź", "Nürnberg" are fine, but "Bouvetøya", "Færøerne", "Đà Nẵng" are not).
 */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŀ: 'l', ŧ: 't',
};
const UNDECOMPOSABLE_RE = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'g');

/**
 * Apostrophe-like marks written inside place names: ASCII ', ’ (GeoNames "Vovchans’k"), ʼ (Ukrainian
 * transliteration), ‘ and ʻ (Polynesian and Arabic "Nuku‘alofa", "Saltanat ʻUman"), backtick, acute, prime.
 * They are dropped, not spaced, so "Sana'a" and "Sanaa" meet.
 */
export const APOSTROPHES_RE = /['’ʼ‘ʻ`´′]/g;

/** Abbreviated words that name the same place spelt out ("St. Louis", "Saint Louis"). */
const EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
]);

/** Names needing no folding at all; most GeoNames rows are, and the fast path halves index build time. */
const PLAIN_RE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * Lower-cases and removes diacritics: "Chișinău" -> "chisinau", "Bouvetøya" -> "bouvetoya".
 *
 * @example foldDiacritics("Yaoundé") // "yaounde"
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_RE, (c) => UNDECOMPOSABLE[c] ?? c);
}

/**
 * The key every gazetteer table is indexed by, so spellings that differ only in case, diacritics,
 * apostrophes, punctuation, hyphens, a leading "the" or "St."/"Saint" meet:
 * case-fold, fold diacritics, drop apostrophes and full stops, turn hyphens, commas and other
 * punctuation into spaces, collapse spaces, drop a leading "the ", and spell out "st"/"ste"/"mt".
 *
 * @example normalizePlaceName("Vovchans’k") // "vovchansk"
 * @example normalizePlaceName("The Hague") // "hague"
 * @example normalizePlaceName("Washington, D.C.") // "washington dc"
 * @example normalizePlaceName("St. Petersburg") // "saint petersburg"
 */
export function normalizePlaceName(s: string): string {
  const cleaned = PLAIN_RE.test(s)
    ? s.toLowerCase()
    : foldDiacritics(s)
        .replace(APOSTROPHES_RE, '')
        .replace(/\./g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  if (!cleaned.includes(' ')) return cleaned;
  const words = cleaned.split(' ');
  if (words[0] === 'the') words.shift();
  return words.map((w) => EXPANSIONS.get(w) ?? w).join(' ');
}

/**
 * The compact capitals of an abbreviation written with or without full stops, or undefined when the
 * name is not written as one: "U.S." -> "US", "UAE" -> "UAE", "Chad" -> undefined.
 * Abbreviations are matched case-sensitively because their lower-case spellings are ordinary words
 * ("us", "un"), which the lookups must not mistake for places.
 *
 * @example abbreviationOf("U.S.") // "US"
 */
export function abbreviationOf(s: string): string | undefined {
  const compact = s.trim().replace(/^the\s+/i, '').replace(/\./g, '');
  return /^[A-Z]{2,5}$/.test(compact) ? compact : undefined;
}
