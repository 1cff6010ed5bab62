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

  it.each([
    ['Vantor Mining Corp. cut its forecast. Analysts polled by Refinitiv had expected more. Vantor said output would fall.', 'Vantor Mining', 'Vantor'],
    ['Halbrecht Energie Services won the tender on Monday. Shares of Halbrecht rose 3 percent.', 'Halbrecht Energie Services', 'Halbrecht'],
    ['Quillon Pharma Ltd. recalled a drug. On Friday, Quillon said the recall was complete.', 'Quillon Pharma', 'Quillon'],
  ])('%j: the distinctive first word stands for the organisation', (text, name, short) => {
    const found = orgs(text);
    expect(found.filter((o) => o.name === name)).toHaveLength(1);
    expect(found.find((o) => o.name === name)?.aliases).toContain(short);
    expect(found.map((o) => o.name)).not.toContain(short);
  });

  it.each([
    ['United Freight Lines raised prices. United fans were unhappy.', 'United'],
    ['Kenya Airways cut flights. Kenya said it would help.', 'Kenya'],
    ['The Republican Party met on Monday. The Republican debates start in May.', 'Republican'],
  ])('%j: a frequent word, a place or an adjective use is not a short form', (text, word) => {
    expect(orgs(text).every((o) => !o.aliases.includes(word))).toBe(true);
  });

  it('gives a first word shared with a person\'s surname to the person', () => {
    const text = 'Vantor Mining Corp. cut its forecast. Its chief geologist, Jane Vantor, said output would fall. Vantor said the mine was safe.';
    const a = parseArticle(text, { publishedAt: '2025-06-02' });
    const claimants = a.claims.map((c) => a.actors.find((x) => x.id === c.claimantId)?.name);
    expect(claimants).toEqual(['Jane Vantor', 'Jane Vantor']);
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

  it.each([
    ["Ardenia's state nuclear company, Varnatom, said the line was cut.", 'Varnatom'],
    ["The country's largest carmaker, Voltara, said sales fell.", 'Voltara'],
  ])('%j: a name in apposition to a possessed business noun is a company', (text, name) => {
    const a = parseArticle(text, { publishedAt: '2025-06-02' });
    expect(a.actors).toContainEqual(expect.objectContaining({ name, kind: 'organization' }));
  });

  it('keeps a person in apposition to a role of the company a person', () => {
    const a = parseArticle("The company's chief executive, Maren Tovik, said sales fell.", { publishedAt: '2025-06-02' });
    expect(a.actors).toContainEqual(expect.objectContaining({ name: 'Maren Tovik', kind: 'person' }));
  });

  it('keeps a known city a place', () => {
    const a = parseArticle('The company behind the tower, Lisbon, said nothing.', { publishedAt: '2025-06-02' });
    expect(a.actors.map((x) => x.name)).not.toContain('Lisbon');
  });
});
