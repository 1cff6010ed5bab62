import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * The subject of an event verb past a time phrase after its head ("A quake in 2015 killed ...") and past an
 * adverb of quantity on the first verb's object ("killed nearly 9,000 people and destroyed ..."): a natural force
 * that destroys is an accident, never an attack. Invented sentences.
 */
function eventOf(text: string, word: string) {
  const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2023-04-08' });
  return parsed.events.find((e) => e.trigger.text === word);
}

describe('a natural force shared by coordinated verbs', () => {
  it.each([
    ['A magnitude 7.8 quake in 2015 killed nearly 9,000 people and destroyed more than a million houses.', 'accident', '2015'],
    ['Rebels killed nearly 30 soldiers and destroyed two bridges on Monday.', 'attack', '2023-04-03'],
  ])('%s', (text, type, date) => {
    const event = eventOf(text, 'destroyed');
    expect(event?.type).toBe(type);
    expect(event?.date).toBe(date);
  });

  it('never reads a natural force destroying homes as an attack', () => {
    const parsed = parseArticle('Report\n\nThe floods in March killed nearly 200 people and destroyed 4,000 homes.', { publishedAt: '2023-04-08' });
    expect(parsed.events.map((e) => e.type)).not.toContain('attack');
  });
});
