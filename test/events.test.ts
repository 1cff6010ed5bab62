import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function eventsOf(text: string) {
  const parsed = parseArticle(text, { publishedAt: '2025-06-10' });
  const actor = (id: string) => parsed.actors.find((a) => a.id === id)?.name;
  const place = (id: string) => parsed.places.find((p) => p.id === id)?.name;
  return parsed.events.map((e) => ({
    ...e,
    places: e.placeIds.map(place),
    who: e.participants.map((p) => `${actor(p.actorId)}:${p.role}`),
  }));
}

describe('event detection', () => {
  it('types a verb trigger and finds its place', () => {
    const [e] = eventsOf('Police arrested 40 protesters in Minsk on Sunday.');
    expect(e?.type).toBe('arrest');
    expect(e?.places).toContain('Minsk');
    expect(e?.date).toBe('2025-06-08');
    expect(e?.cameo).toBe('17');
  });

  it('types a nominal trigger', () => {
    const [e] = eventsOf('A five-hour meeting took place in Geneva.');
    expect(e?.type).toBe('meeting');
    expect(e?.attributes?.duration).toBe('PT5H');
  });

  it('gives the host and attendees of a hosted meeting their roles', () => {
    const [e] = eventsOf('Chancellor Olaf Scholz hosted President Emmanuel Macron in Berlin.');
    expect(e?.who).toEqual(['Olaf Scholz:host', 'Emmanuel Macron:attendee']);
  });

  it('counts what an attack hit', () => {
    const [e] = eventsOf('The army said it shelled targets in 35 locations.');
    expect(e?.attributes).toMatchObject({ count: 35, unit: 'locations' });
  });
});

describe('modality', () => {
  it('marks an event only a source reports as claimed', () => {
    const [e] = eventsOf('The Russian Defence Ministry reported capturing the village of Dovhe.');
    expect(e?.modality).toBe('claimed');
    expect(e?.claimIds).toHaveLength(1);
  });

  it('marks an event a claim in the article denies as denied', () => {
    const e = eventsOf('Russia claimed it captured Dovhe. Kyiv denied this.').find((x) => x.type === 'capture');
    expect(e?.modality).toBe('denied');
    expect(e?.claimIds).toHaveLength(2);
  });

  it('marks scheduled events as planned', () => {
    expect(eventsOf('Further talks are planned for next week.')[0]?.modality).toBe('planned');
  });

  it('marks potential events as hypothetical', () => {
    expect(eventsOf('A potential summit could follow.')[0]?.modality).toBe('hypothetical');
  });

  it('marks events that did not happen as negated', () => {
    expect(eventsOf('The talks ended without a deal.').find((e) => e.type === 'agreement')?.modality).toBe('negated');
  });

  it('marks plainly reported events as asserted', () => {
    expect(eventsOf('Protesters marched through Tbilisi on Monday.')[0]?.modality).toBe('asserted');
  });
});

describe('event place', () => {
  const placeOf = (text: string) => {
    const parsed = parseArticle(text, { publishedAt: '2025-06-10' });
    const event = parsed.events[0];
    return event?.placeIds.map((id) => parsed.places.find((p) => p.id === id)?.name);
  };

  it('does not take the agent after "by" for the place', () => {
    expect(placeOf('Protesters in Tbilisi say the province will be annexed by Russia.')).not.toContain('Russia');
  });

  it('takes the locative place over a name being given with "dubbed"', () => {
    expect(placeOf("Activists held a sit-in at a square dubbed 'Liberty Square' in Vake on Monday.")).toEqual(['Vake']);
  });
});
