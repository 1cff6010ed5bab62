import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * "killing its five crew members": a possessive before a count and the people a vehicle, a site or a body has
 * (crew, passengers, workers, pupils) says whose they are; the owner (here the aircraft, which "its" stands for)
 * is no victim, and an organisation named in the sentence before must not become one. Invented names.
 */
function patients(text: string): string[] {
  const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2024-02-01' });
  const name = (id: string | null | undefined) => parsed.actors.find((a) => a.id === id)?.name;
  return parsed.events.filter((e) => e.type === 'casualty').flatMap((e) => e.participants.filter((p) => p.role === 'patient').map((p) => name(p.actorId) ?? '?'));
}

describe('the people of an owner are no owner', () => {
  it.each([
    'The Varen disaster agency said 60 people were missing. A helicopter carrying supplies crashed on Saturday, killing its five crew members.',
    'The Orvane Mining Company said output fell. A tunnel collapsed on Friday, killing its 12 workers.',
    'The Kelda Transport Authority closed the road. A bus overturned near Tassin, killing its 14 passengers.',
  ])('%s', (text) => {
    expect(patients(text)).not.toContainEqual(expect.stringMatching(/agency|Company|Authority/));
  });
});
