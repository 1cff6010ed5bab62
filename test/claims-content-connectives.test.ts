import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/claims.js';

/* A connective adverb set off by commas before "that" is the writer's, not part of the claim. Invented sentences. */
describe('a connective before "that" is no part of the content', () => {
  it.each([
    ['Analyst Tom Reyes cautioned, however, that steel prices could squeeze margins.', 'steel prices could squeeze margins'],
    ['Senator Ana Kessel said, though, that the bill would pass.', 'the bill would pass'],
    ['Mayor Lena Brook insisted, nevertheless, that the bridge was safe.', 'the bridge was safe'],
    ['The Velmor union argued, in turn, that the offer was too low.', 'the offer was too low'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});
