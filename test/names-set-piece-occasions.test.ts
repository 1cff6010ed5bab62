import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Set-piece statements, speeches and declarations of governments ("the Autumn Statement", "the King's Speech") are
 * named occasions and documents: never places, even after "in". Invented sentences.
 */
describe('a named statement or speech is no place', () => {
  it.each([
    ["The minister will raise fuel duty in Thursday's Autumn Statement.", []],
    ["The bill was announced in the King's Speech on Tuesday.", []],
    ['The reforms were set out in the Harlow Declaration, signed in Vienna.', ['Vienna']],
    ['She promised lower taxes in her Spring Statement in London.', ['London']],
  ])('%s', (text, places) => {
    const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
    expect(parsed.places.map((p) => p.name)).toEqual(places);
  });
});
