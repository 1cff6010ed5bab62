import { createHash } from 'node:crypto';

/**
 * Lower-case ASCII slug of a name for deterministic ids: "Angela Merkel" -> "angela-merkel".
 * Diacritics are folded; a name with no Latin letters gets a short hash instead, so ids never come out empty.
 *
 * @example slugify("Kovalenskyy's") // "kovalenskyy-s"
 */
export function slugify(name: string): string {
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const slug = folded.replace(/[^a-z0-9_]+/g, '-').replace(/^-+|(?<!-)-+$/g, '');
  return slug.length > 0 ? slug.slice(0, 80) : `h${shortHash(name, 10)}`;
}

/** Hex SHA-1 prefix of a string: the article id when none is given. */
export function shortHash(text: string, length = 12): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/**
 * A prefixed id such as `actor:angela-merkel`. The prefix keeps graph keys away from
 * `__proto__`, `constructor` and friends, which graphology's plain-object adjacency mishandles.
 */
export function recordId(prefix: 'actor' | 'place' | 'time' | 'claim' | 'event' | 'article', key: string): string {
  return `${prefix}:${key}`;
}
