import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * "Invade" is an attack when an army or a state invades a country or a region; a crowd invading a playing field or a
 * stage ("fans invaded the pitch") is no attack. Invented sentences.
 */
function types(text: string): string[] {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '1990-08-05' }).events.map((e) => `${e.type} ${e.trigger.text}`);
}

describe('invasions', () => {
  it.each([
    ['Fans of the losing home team invaded the pitch on Saturday night.', []],
    ['Dozens of supporters invaded the field after the final whistle.', []],
    ['guard (passes before the change too): Ardenia invaded Velmar on August 2.', ['attack invaded']],
  ])('%s', (text, expected) => {
    expect(types(text.replace(/^guard \(passes before the change too\): /, ''))).toEqual(expected);
  });
});
