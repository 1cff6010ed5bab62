import { normalizeName } from '../text/normalize-name.js';

/*
 * Keys under which actors and places of different articles meet. English news romanises Cyrillic, Arabic and
 * other scripts inconsistently (Kovalensky / Kovalenskyy / Kovalenskiy, Kyiv / Kiev, Pokrovsk / Pokrovs'k): the
 * variants differ in y/i/ie/iy spellings of one vowel and in doubled letters. Folding those, rather than listing
 * known names, lets variants of names nobody listed meet too. The price is that two names differing only there
 * ("Kim" and "Kym") share a key; for a news graph a merged pair is easier to spot than a split person.
 */

/** One word folded for transliteration variants: y -> i, ie -> i, doubled letters single. */
export function foldWord(word: string): string {
  return word.replace(/y/g, 'i').replace(/ie/g, 'i').replace(/(.)\1+/g, '$1');
}

/** Words of a name as compared across articles: `normalizeName`, then each word folded. */
export function nameWords(name: string): string[] {
  const normal = normalizeName(name);
  return normal === '' ? [] : normal.split(' ').map(foldWord);
}

/**
 * Key of a person's name: folded words without initials, so "Angela D. Merkel" meets "Angela Merkel".
 *
 * @example personKey('Ivan Kovalenskyy') === personKey('Ivan Kovalensky'); // true
 */
export function personKey(name: string): string {
  const words = nameWords(name);
  const full = words.filter((w) => w.length > 1);
  return (full.length > 0 ? full : words).join(' ');
}

/** Key of a place or non-person actor name. */
export function plainKey(name: string): string {
  return nameWords(name).join(' ');
}

/*
 * Legal-form suffixes that the same company is named with or without ("Apple Inc." / "Apple"); sources: common
 * English, Dutch, German, French and Japanese company forms (Wikipedia, "List of legal entity types by country"),
 * written folded as nameWords gives them ("llc" folds to "lc").
 */
const LEGAL_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'lc', 'plc', 'nv', 'bv', 'sa', 'ag', 'gmbh', 'kk']);

/**
 * Key of an organisation, government or group name: `plainKey` without a trailing legal form.
 *
 * @example orgKey('Apple Inc.') === orgKey('Apple'); // true
 */
export function orgKey(name: string): string {
  const words = nameWords(name);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}
