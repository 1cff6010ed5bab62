import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Event classes found by the lead reading invented reports in round 15 (fighting counted by aid agencies, floods).
 * Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nWednesday, June 10, 2020\n\n';

function participantsOf(body: string, trigger: string): string[] | undefined {
  const parsed = parseArticle(HEAD + body, { publishedAt: '2020-06-10' });
  const event = parsed.events.find((e) => e.trigger.text === trigger);
  return event?.participants.map((p) => `${p.role}:${parsed.actors.find((a) => a.id === p.actorId)?.name ?? p.actorId}`);
}

describe('the source of a report takes no part in what it reports', () => {
  it.each([
    ['Fighting that broke out in May has killed more than 2,000 people, according to the World Health Organization.', 'Fighting', 'World Health Organization'],
    ['According to Oxfam, fighting that began last week has killed 300 people.', 'fighting', 'Oxfam'],
    ['Floods have forced 40,000 people from their homes, according to the Red Cross.', 'forced', 'Red Cross'],
  ])('%s', (body, trigger, source) => {
    const parts = participantsOf(body, trigger);
    expect(parts).toBeDefined();
    expect((parts ?? []).some((p) => p.endsWith(`:${source}`))).toBe(false);
  });
});
