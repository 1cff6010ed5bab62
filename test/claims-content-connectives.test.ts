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

/* A verb of perceiving or knowing in the passive has no perceiver speaking: "Tremors were felt in the capital". */
describe('a passive of perceiving is no claim', () => {
  it.each([
    'Tremors were felt as far away as the capital.',
    'The flash was seen across the valley on Monday.',
    'Explosions were heard in the north of the city overnight.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('keeps the active reading', () => {
    expect(claimsOf('Many residents felt the government had failed them.').map((c) => c.content)).toEqual(['the government had failed them']);
  });
});

/* "that" as the claim's own subject stays in the content: a quote opening with it, or before a finite verb. */
describe('a demonstrative "that" is part of the claim', () => {
  it.each([
    ['"That is simply not true," Senator Ana Kessel said.', 'That is simply not true'],
    ['Mayor Lena Brook said that was a mistake.', 'that was a mistake'],
    ['Governor Paul Brandt said: "That would be a disaster."', 'That would be a disaster'],
    ['Mayor Lena Brook said that the bridge was safe.', 'the bridge was safe'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});
