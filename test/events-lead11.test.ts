import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by the lead reading invented reports in round 11 (an election, a hostage release, a landslide).
 * Every sentence here is invented.
 */

function eventsOf(body: string) {
  return parseArticle(`Invented report\n\nSaturday, August 15, 2026\n\n${body}`, { publishedAt: '2026-08-15' }).events;
}

describe('"ruling" before those in power is no court ruling, after a possessive too', () => {
  it.each([
    ["Zambia's ruling party won Thursday's general election with 54 percent of the vote.", 'election'],
    ["Kenya's ruling coalition won Sunday's parliamentary election by a wide margin.", 'election'],
    ["Norland's ruling family denied the report.", null],
  ])('%s', (body, happening) => {
    const events = eventsOf(body);
    expect(events.some((e) => e.trigger.text === 'ruling')).toBe(false);
    if (happening) expect(events.some((e) => e.trigger.text === happening && e.type === 'election')).toBe(true);
  });

  it.each([
    ['The supreme court delivered its ruling on Monday.', 'ruling'],
    ['A judge in Lusaka issued a ruling against the ruling party on Tuesday.', 'ruling'],
  ])('guard (passes before the change too): a court\'s ruling stays: %s', (body, word) => {
    expect(eventsOf(body).some((e) => e.trigger.text === word && e.type === 'legal')).toBe(true);
  });
});
