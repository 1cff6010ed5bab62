import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Event classes found by the lead reading invented reports in round 24 (an oil spill off an island, farmers'
 * blockades). Every sentence here is invented and differs from the probe sentences the classes were found with.
 */

function parse(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  return r.events.map((e) => ({ type: e.type, trigger: e.trigger.text }));
}

describe('a vessel or vehicle running into an obstacle is an accident, and running aground is one (events/obstacle-and-aground)', () => {
  it.each([
    ['A cargo ship carrying timber ran aground near the lighthouse on Sunday.', 'ran aground'],
    ['The container vessel had run aground in the estuary, the port said.', 'run aground'],
    ['The ferry struck a sandbank off the island late on Tuesday.', 'struck'],
    ['The trawler hit a reef off the headland before dawn.', 'hit'],
    ['The cruise liner struck rocks shortly after leaving the harbour.', 'struck'],
  ])('%s', (body, trigger) => {
    const events = parse(body);
    expect(events.find((e) => e.trigger === trigger)?.type).toBe('accident');
    expect(events.some((e) => e.type === 'attack')).toBe(false);
  });

  it('guard (passes before the change too): an armed subject striking a post still attacks', () => {
    expect(parse('Militants struck an army post near the border on Monday.').find((e) => e.trigger === 'struck')?.type).toBe('attack');
  });
});

describe('a span of time in the singular portions out happenings (event-cues/portion-nouns)', () => {
  it.each([
    ['A week of demonstrations paralysed the capital.', 'demonstrations', 'protest'],
    ['A night of clashes in the old town ended at dawn.', 'clashes', 'clash'],
    ['The port city braced for a month of protests.', 'protests', 'protest'],
  ])('%s', (body, trigger, type) => {
    expect(parse(body).find((e) => e.trigger === trigger)?.type).toBe(type);
  });
});
