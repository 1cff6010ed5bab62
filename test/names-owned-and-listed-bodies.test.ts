import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 11 (names), from invented takeover wires and Middle East reports: companies known by who controls them or
 * by a list after "shares in"; armed bodies after their members' nouns; bodies in
 * apposition to a regulator or watchdog (src/extract/name-body-repairs.ts).
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2018-12-05' });
}
const kindOf = (text: string, name: string) => parse(text).actors.find((a) => a.name === name || a.aliases.includes(name))?.kind;
const places = (text: string) => parse(text).places.map((p) => p.name);

describe('companies by their owners and lists', () => {
  it('"Liberty Global, controlled by billionaire John Malone, said" gives the company', () => {
    expect(kindOf('Liberty Global, controlled by billionaire John Malone, said it would return cash to shareholders.', 'Liberty Global')).toBe('organization');
  });
  it('"Hansa Werke, majority-owned by the state of Lower Saxony, said" gives a company, not a place', () => {
    const text = 'Hansa Werke, majority-owned by the state of Lower Saxony, said profits rose.';
    expect(places(text)).not.toContain('Hansa Werke');
    expect(kindOf(text, 'Hansa Werke')).toBe('organization');
  });
  it('"Shares in BHP Billiton, Rio Tinto and Anglo American rose" gives three companies, no place "Rio Tinto"', () => {
    const text = 'Shares in BHP Billiton, Rio Tinto and Anglo American rose in London.';
    expect(places(text)).not.toContain('Rio Tinto');
    expect(kindOf(text, 'Anglo American')).toBe('organization');
  });
  it('"Shares of Velmar Foods, Anglo American and Kestrel fell" gives companies, not a person', () => {
    const text = 'Shares of Velmar Foods, Anglo American and Kestrel fell.';
    expect(kindOf(text, 'Kestrel')).toBe('organization');
    expect(kindOf(text, 'Anglo American')).toBe('organization');
  });
});

describe('armed bodies and regulators', () => {
  it('"the last stronghold of Islamic State" gives a body, not a place', () => {
    const text = 'The Kurdish-led forces said they had captured the last stronghold of Islamic State near the Iraqi border.';
    expect(places(text)).not.toContain('Islamic State');
    expect(parse(text).actors.map((a) => a.name)).not.toContain('Kurdish-led');
  });
  it('"fighters of Jaish al-Adl had crossed" gives a body, not a person', () => {
    expect(kindOf('Border guards said fighters of Jaish al-Adl had crossed from Pakistan.', 'Jaish al-Adl')).toBe('organization');
  });
  it('"BaFin, the financial regulator, declined to comment" gives a body, not a person', () => {
    expect(kindOf('BaFin, the financial regulator, declined to comment.', 'BaFin')).toBe('organization');
  });
  it('"Konsumentverket, the consumer watchdog, fined the bank" gives the body', () => {
    expect(kindOf('Konsumentverket, the consumer watchdog, fined the bank $2 million.', 'Konsumentverket')).toBe('organization');
  });
});
