import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/* Event classes found by the lead reading invented reports in round 19 (a court ruling on a state ban). Every sentence here is invented. */

function eventsOf(body: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt: '2022-11-15' }).events.map((e) => [e.type, e.trigger.text]);
}

describe('a thing overturned by someone, told in the passive, is no accident: vehicles overturn on their own', () => {
  it.each([
    ['The governor, who signed the ban in 2019, said he expected it to be overturned.'],
    ['The curfew was overturned by parliament last week.'],
    ['It was overturned by the appeals court in March.'],
  ])('%s', (body) => {
    expect(eventsOf(body).filter(([type]) => type === 'accident')).toEqual([]);
  });

  it.each([
    ['A minibus was overturned by floodwaters near the river.'],
    ['A bus overturned on a mountain road on Sunday.'],
  ])('guard (passes before the change too): %s', (body) => {
    expect(eventsOf(body)).toContainEqual(['accident', 'overturned']);
  });
});
