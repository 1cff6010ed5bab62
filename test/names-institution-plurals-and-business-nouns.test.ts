import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * An institution named with a plural head and a "for" tail is one organisation ("Centers for ..."); a frequent
 * word opening a sentence before a group noun is no name ("Health officials said"); a name that acts right after a
 * business noun is a company ("drugmaker Velnor Pharma said"). Invented names.
 */
/** Cases marked "guard" pass before the change too; they keep it from breaking what worked. */
const GUARD = /^guard \(passes before the change too\): /;

function parse(text: string) {
  return parseArticle(`Report\n\n${text.replace(GUARD, '')}`, { publishedAt: '2026-03-15' });
}

describe('an institution with a plural head and a "for" tail is one organisation', () => {
  it.each([
    ['The U.S. Centers for Disease Control and Prevention said cases rose.', 'Centers for Disease Control and Prevention'],
    ['The Africa Centres for Disease Control and Prevention declared an emergency.', 'Africa Centres for Disease Control and Prevention'],
  ])('%s', (text, body) => {
    const parsed = parse(text);
    expect(parsed.actors.filter((a) => a.kind === 'organization').map((a) => a.name).join(' | ')).toContain(body);
    expect(parsed.places).toEqual([]);
  });
});

describe('a frequent word opening a sentence before a group noun is no name', () => {
  it.each([
    ['The World Health Organization declared an emergency. Health officials in Sweden confirmed the first case.', 'Health'],
    ['The Alpine Rescue Service sent two teams. Rescue workers said the search would continue overnight.', 'Rescue'],
  ])('%s', (text, word) => {
    const names = parse(text).actors.map((a) => a.name);
    expect(names).not.toContain(word);
    expect(names.some((n) => n.startsWith(`${word} `))).toBe(true);
  });

  it('guard (passes before the change too): keeps a name that is no frequent word', () => {
    expect(parse('Hamas officials said the talks would resume.').actors.map((a) => a.name)).toContain('Hamas');
  });
});

describe('a name that acts right after a business noun is a company', () => {
  it.each([
    ['Danish drugmaker Bavarian Nordic, which makes the only approved vaccine, said it could supply 10 million doses.', 'Bavarian Nordic'],
    ['guard (passes before the change too): Swiss drugmaker Alpine Vektor said it would cut 500 jobs.', 'Alpine Vektor'],
  ])('%s', (text, company) => {
    const parsed = parse(text);
    const actor = parsed.actors.find((a) => a.name === company);
    expect(actor?.kind).toBe('organization');
    expect(parsed.claims.map((c) => c.claimantId)).toContain(actor?.id);
  });
});
