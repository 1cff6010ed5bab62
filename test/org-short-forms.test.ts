import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const orgs = (text: string) =>
  parseArticle(text, { publishedAt: '2025-06-02' }).actors.filter((a) => a.kind === 'organization').map((a) => ({ name: a.name, aliases: a.aliases ?? [] }));

// Invented articles: an organisation named in full, then by a short form.
describe('short forms of an organisation', () => {
  it.each([
    ['The Office of Budget Review ruled on Tuesday that the contract was flawed. The OBR said the navy had erred.', 'Office of Budget Review', 'OBR'],
    ['The National Rail Company of Freedonia cut services. NRCF said strikes were to blame.', 'National Rail Company of Freedonia', 'NRCF'],
    ['Nordwind Airlines ordered ten jets on Monday. Nordwind said the deal was worth $1 billion.', 'Nordwind Airlines', 'Nordwind'],
    ['Korvel Holdings bought the port. Korvel said it would hire 200 workers.', 'Korvel Holdings', 'Korvel'],
    ['The U.S. Coast Guard said it had found the boat. The Coast Guard declined to comment further.', 'U.S. Coast Guard', 'Coast Guard'],
  ])('%j: one organisation, written in full and as a short form', (text, name, short) => {
    const found = orgs(text);
    expect(found.map((o) => o.name)).toEqual([name]);
    expect(found[0]?.aliases).toContain(short);
  });

  it('leaves an acronym that fits two organisations alone', () => {
    const text = 'The Port Authority and the Press Association both spoke. PA said nothing.';
    const found = orgs(text).map((o) => o.name);
    expect(found).toContain('Port Authority');
    expect(found).toContain('Press Association');
    expect(orgs(text).every((o) => !o.aliases.includes('PA'))).toBe(true);
  });

  it('keeps a person whose surname begins a company name', () => {
    const text = 'Maria Korvel founded Korvel Holdings in 1990. Maria Korvel said she would retire.';
    const people = parseArticle(text, { publishedAt: '2025-06-02' }).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toContain('Maria Korvel');
  });
});

describe('a name in apposition to a business noun', () => {
  it.each([
    ['The company behind the project, Sonora Copper, said it would appeal.', 'Sonora Copper'],
    ['The firm that built the bridge, Halvik Steel, denied any fault.', 'Halvik Steel'],
  ])('%j makes %j an organisation', (text, name) => {
    const a = parseArticle(text, { publishedAt: '2025-06-02' });
    expect(a.actors).toContainEqual(expect.objectContaining({ name, kind: 'organization' }));
    expect(a.places.map((p) => p.name)).not.toContain(name);
  });

  it('keeps a known city a place', () => {
    const a = parseArticle('The company behind the tower, Lisbon, said nothing.', { publishedAt: '2025-06-02' });
    expect(a.actors.map((x) => x.name)).not.toContain('Lisbon');
  });
});
