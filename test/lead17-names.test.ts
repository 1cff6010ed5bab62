import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Name classes found by the lead reading invented reports in round 17 (an airline's profit warning). Every sentence
 * here is invented.
 */

describe('a headline mention counts less than the body when a name\'s mentions disagree on its type', () => {
  it.each([
    ['Airline shares slump after Lufthansa cuts outlook\n\nLufthansa cut its full-year profit forecast on Thursday, sending its shares down 6 percent.', 'Lufthansa'],
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
