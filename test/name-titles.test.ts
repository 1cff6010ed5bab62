import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const actorsOf = (text: string) =>
  parseArticle(text, { publishedAt: '2025-06-02' }).actors.map((a) => ({ name: a.name, kind: a.kind, titles: a.titles ?? [] }));

// Invented sentences: a title chain with "of"/"for" before a person, and title words that open company names.
const TITLED: ReadonlyArray<[string, string, string]> = [
  ['Secretary of State Marian Oduya met the prime minister on Monday.', 'Marian Oduya', 'Secretary of State'],
  ['The talks ended when Secretary of State Marian Oduya left.', 'Marian Oduya', 'Secretary of State'],
  ['Secretary of Defense Paul Orrin toured the base on Monday.', 'Paul Orrin', 'Secretary of Defense'],
  ['Minister of Fisheries Ana Ruiz said quotas would fall.', 'Ana Ruiz', 'Minister of Fisheries'],
  ['The visit by Minister for Trade and Industry Ivo Marek was cancelled.', 'Ivo Marek', 'Minister for Trade and Industry'],
  ['President of Ghana Kwame Asante arrived in Lome.', 'Kwame Asante', 'President of Ghana'],
  ['General Baker inspected the troops on Monday.', 'Baker', 'General'],
  ['President Bush signed the bill on Monday.', 'Bush', 'President'],
];
const COMPANIES = [
  ['General Dynamics said it would build the ships.', 'General Dynamics'],
  ['President Kovacs met General Dynamics executives in Warsaw.', 'General Dynamics'],
  ['Admiral Insurance raised its prices.', 'Admiral Insurance'],
];

describe('titles before names', () => {
  it.each(TITLED)('%j names %j with the title %j', (text, name, title) => {
    const actor = actorsOf(text).find((a) => a.name === name);
    expect(actor?.kind).toBe('person');
    expect(actor?.titles).toContain(title);
  });

  it.each(COMPANIES)('%j names the company %j', (text, name) => {
    expect(actorsOf(text)).toContainEqual(expect.objectContaining({ name, kind: 'organization' }));
  });

  it('keeps an organisation named with "of" whole', () => {
    expect(actorsOf('The Bank of England raised rates on Thursday.').map((a) => a.name)).toContain('Bank of England');
  });
});
