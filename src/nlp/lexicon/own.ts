/**
 * Reads a lexicon record by key without reaching `Object.prototype`: a word such as "constructor" or
 * "toString" in an article must not find a function where a lexicon entry is expected.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
