import { InvalidInputError } from '../errors.js';

/** Throws InvalidInputError unless `value` is a non-empty name or id. */
export function assertNameOrId(value: unknown, caller: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(`${caller} expects a name or an id such as "Angela Merkel" or "actor:angela-merkel", got ${describe(value)}`);
  }
}

/** A short rendering of any value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}
