import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A wire dateline writes its city in capitals ("DETROIT (AP) _", "CHICAGO —"); such a word is a city of the
 * gazetteer, not an acronym of unknown kind. Invented reports.
 */
function placeKind(text: string, name: string): string | undefined {
  return parseArticle(text, { publishedAt: '1990-11-14' }).places.find((p) => p.name === name)?.kind;
}

describe('a dateline city in capitals', () => {
  it.each([
    ['Carmaker cuts jobs\n\nDETROIT (AP) _ Korvel Motors said Wednesday it will cut 5,000 jobs.', 'DETROIT'],
    ['Governor sentenced\n\nCHICAGO — A former governor was sentenced on Wednesday to 14 years in prison.', 'CHICAGO'],
  ])('%s', (text, name) => {
    expect(placeKind(text, name)).toBe('city');
  });
});
