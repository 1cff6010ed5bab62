import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 11 (names), from invented Latin American election reports: a run of capitalised words the rule layer could
 * not type, followed by a bracketed acronym of other initials (a body named in translation), is a body
 * (src/extract/name-body-repairs.ts, bodiesBeforeAcronyms).
 */
function actors(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2018-05-21' }).actors;
}

describe('bodies named before a bracketed acronym', () => {
  it('"the opposition Civic Renewal Bloc (BRC) rejected" gives the bloc', () => {
    expect(actors('The opposition Civic Renewal Bloc (BRC) rejected the count on Monday.').find((a) => a.name === 'Civic Renewal Bloc')?.kind).toBe('organization');
  });
  it('"the opposition Democratic Unity Roundtable (MUD) said" gives the coalition', () => {
    expect(actors('It was a result the opposition Democratic Unity Roundtable (MUD) said was fraudulent.').find((a) => a.name === 'Democratic Unity Roundtable')?.kind).toBe('organization');
  });
  it('guard (passes before the change too): "Gross Domestic Product (GDP)" gives no body', () => {
    expect(actors('Gross Domestic Product (GDP) rose 2 percent in the quarter.').map((a) => a.name)).not.toContain('Gross Domestic Product');
  });
});
