import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Name classes found by the lead reading invented reports in round 17 (a profit warning). Every sentence
 * here is invented.
 */

describe('a headline mention counts less than the body when a name\'s mentions disagree on its type', () => {
  it.each([
    ['Shares slump after Henkel cuts outlook\n\nHenkel cut its full-year profit forecast on Thursday, blaming weak demand, sending its shares down 6 percent.', 'Henkel'],
    ['Markets fall after Heineken warns on sales\n\nHeineken cut its sales forecast on Monday, blaming weak demand in Europe.', 'Heineken'],
  ])('%s', (text, name) => {
    const actor = parseArticle(text, { publishedAt: '2014-07-31' }).actors.find((a) => a.name === name);
    expect(actor?.kind).toBe('organization');
  });
});

describe('a compass word before a demonym of a country named with it is a demonym, no place', () => {
  it.each([
    ['The talks took place in the North Macedonian town of Ohrid on Saturday.', 'North Macedonian', 'Ohrid'],
    ['The fire started in the North Macedonian city of Kocani and spread to a nearby club.', 'North Macedonian', 'Kocani'],
    ['A North Macedonian court jailed two men in Kumanovo on Monday.', 'North Macedonian', 'Kumanovo'],
  ])('%s', (body, demonym, place) => {
    const p = parseArticle(`Talks\n\n${body}`, { publishedAt: '2023-03-19' });
    expect(p.places.map((x) => x.name)).toContain(place);
    expect([...p.places, ...p.actors].map((x) => x.name)).not.toContain(demonym);
  });
});

describe('a generational suffix closes a person\'s name, so the verb after it finds its subject', () => {
  it.each([
    ['Secretary of State Tom A. Hale 3d told reporters that the embargo would stand.', 'Tom A. Hale 3d'],
    ['Secretary of State Tom A. Hale III told reporters that the embargo would stand.', 'Tom A. Hale III'],
    ['Senator Jan D. Novak 4th said the bill would pass.', 'Jan D. Novak 4th'],
    ['Tom Hale King Jr. told the crowd that the march would go on.', /^Tom Hale King Jr\.?$/],
  ])('%s', (body, speaker) => {
    const p = parseArticle(`Wire\n\n${body}`, { publishedAt: '1990-12-06' });
    expect(p.claims.map((c) => p.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([typeof speaker === 'string' ? speaker : expect.stringMatching(speaker)]);
  });

  it('a short mention after the full name with an ordinal is the same person', () => {
    const p = parseArticle('Wire\n\nSenator Jan D. Novak 4th said the bill would pass. Novak said the vote was close.', { publishedAt: '1990-12-06' });
    expect(p.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Jan D. Novak 4th']);
  });

  it('guard (passes before the change too): a monarch\'s one-word name keeps its numeral out', () => {
    const p = parseArticle('Honours\n\nIn 2012 she was made a Dame by Elizabeth II for services to architecture.', { publishedAt: '2015-01-01' });
    expect(p.actors.map((a) => a.name)).not.toContain('Elizabeth II');
  });
});
