import { describe, expect, it } from 'vitest';
import { AmbiguousNameError, InvalidInputError, InvalidOptionsError } from '../src/errors.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { claimsAbout } from '../src/query/claims-about.js';
import { claimsByActor } from '../src/query/claims-by-actor.js';
import { claimsOnDate } from '../src/query/claims-on-date.js';
import { disputedClaims } from '../src/query/disputed-claims.js';
import { eventsAtPlace } from '../src/query/events-at-place.js';
import { eventsByType } from '../src/query/events-by-type.js';
import { eventsInvolving } from '../src/query/events-involving.js';
import { eventsOnDate } from '../src/query/events-on-date.js';
import { resolveActor } from '../src/query/resolve-actor.js';
import { timeline } from '../src/query/timeline.js';
import { ArticleBuilder } from './graph-fixtures.js';

/*
 * Two invented reports on one harbour dispute: one person named in full and by surname alone, two people sharing
 * another surname, two towns of one name in two countries, and events of several types and modalities.
 */
function harbourGraph() {
  const a = new ArticleBuilder('harbour-1',
    'Union leader Marko Horvat said the blockade would go on. Horvat warned of more protests. ' +
    'Police arrested three fishermen in Split on Tuesday. Minister Ana Kos denied that talks had failed. ' +
    'Talks are planned for Thursday.', { publishedAt: '2025-03-05' });
  const horvat = a.actor('Marko Horvat', { titles: ['Union leader'] });
  const bare = a.actor('Horvat', { id: 'actor:horvat' });
  const police = a.actor('Police', { kind: 'group' });
  const anaKos = a.actor('Ana Kos', { titles: ['Minister'] });
  const split = a.place('Split', { id: 'place:split-hr' });
  const c1 = a.claim(horvat, 'said', 'Union leader Marko Horvat said the blockade would go on.', 'the blockade would go on', { date: '2025-03-05' });
  a.claim(bare, 'warned', 'Horvat warned of more protests.', 'of more protests', { kind: 'warning', date: '2025-03-05' });
  a.claim(anaKos, 'denied', 'Minister Ana Kos denied that talks had failed.', 'that talks had failed', { kind: 'denial', date: '2025-03-04', disputes: [c1] });
  a.event('arrest', 'Police arrested three fishermen in Split on Tuesday.', 'arrested', { date: '2025-03-04', places: [split], participants: [[police, 'agent']] });
  a.event('meeting', 'Talks are planned for Thursday.', 'Talks', { date: '2025-03-06', modality: 'planned' });

  const b = new ArticleBuilder('harbour-2',
    'Ivan Kos, a port official, said ferries resumed in Split. Protesters marched in Split on Friday.', { publishedAt: '2025-03-08' });
  const ivanKos = b.actor('Ivan Kos');
  const splitMn = b.place('Split', { id: 'place:split-mn' });
  b.claim(ivanKos, 'said', 'Ivan Kos, a port official, said ferries resumed in Split.', 'ferries resumed in Split', { date: '2025-03-08', about: { placeIds: [splitMn] } });
  b.event('protest', 'Protesters marched in Split on Friday.', 'marched', { date: '2025-03-07', places: [splitMn], modality: 'claimed' });
  // Same name, two countries: identity keeps them apart.
  const first = a.build();
  const second = b.build();
  (first.places[0] as { countryCode?: string }).countryCode = 'HR';
  (second.places[0] as { countryCode?: string }).countryCode = 'MN';
  return buildGraph([first, second]);
}

const contents = (records: { content: string }[]) => records.map((r) => r.content);
const types = (records: { type: string }[]) => records.map((r) => r.type);

describe('an ambiguous name', () => {
  it('throws AmbiguousNameError listing every candidate instead of picking one', () => {
    const g = harbourGraph();
    let error: unknown;
    try {
      claimsByActor(g, 'Kos');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmbiguousNameError);
    expect((error as AmbiguousNameError).code).toBe('ERR_AMBIGUOUS_NAME');
    expect((error as AmbiguousNameError).candidates.map((c) => c.key)).toEqual(['actor:ana-kos', 'actor:ivan-kos']);
    expect((error as Error).message).toMatch(/"Kos" fits 2 actors: Ana Kos \(actor:ana-kos, person, 1 article\); Ivan Kos/);
  });

  it("returns every candidate's records with ambiguous: 'all'", () => {
    expect(contents(claimsByActor(harbourGraph(), 'Kos', { ambiguous: 'all' }))).toEqual(['that talks had failed', 'ferries resumed in Split']);
  });

  it('answers for a full name and the same surname met alone, which are one person', () => {
    expect(contents(claimsByActor(harbourGraph(), 'Horvat'))).toEqual(['the blockade would go on', 'of more protests']);
  });

  it('is refused by eventsInvolving and claimsAbout too', () => {
    expect(() => eventsInvolving(harbourGraph(), 'Kos')).toThrow(AmbiguousNameError);
    expect(() => claimsAbout(harbourGraph(), 'Kos')).toThrow(AmbiguousNameError);
  });

  it('of a place that two countries have throws for eventsAtPlace and claimsAbout', () => {
    expect(() => eventsAtPlace(harbourGraph(), 'Split')).toThrow(/"Split" fits 2 places: Split \(place:split-hr/);
    expect(types(eventsAtPlace(harbourGraph(), 'Split', { ambiguous: 'all' }))).toEqual(['arrest', 'protest']);
    expect(contents(claimsAbout(harbourGraph(), 'place:split-mn'))).toEqual(['ferries resumed in Split']);
  });

  it('is still listed whole by resolveActor', () => {
    expect(resolveActor(harbourGraph(), 'Kos')).toEqual(['actor:ana-kos', 'actor:ivan-kos']);
  });
});

describe('filters on every query', () => {
  it('claimsByActor filters by kind and by date', () => {
    expect(contents(claimsByActor(harbourGraph(), 'Horvat', { kind: 'warning' }))).toEqual(['of more protests']);
    expect(contents(claimsByActor(harbourGraph(), 'Horvat', { date: '2025-03-06' }))).toEqual([]);
  });

  it('claimsAbout filters by article', () => {
    expect(claimsAbout(harbourGraph(), 'Split', { ambiguous: 'all', articleIds: ['harbour-1'] })).toEqual([]);
  });

  it('disputedClaims filters the disputed claim by date range', () => {
    expect(disputedClaims(harbourGraph(), { date: '2025-03-05..2025-03-06' })).toHaveLength(1);
    expect(disputedClaims(harbourGraph(), { date: '2025-03-06..2025-03-07' })).toHaveLength(0);
  });

  it('eventsOnDate filters by type and modality', () => {
    const g = harbourGraph();
    expect(types(eventsOnDate(g, '2025-03'))).toEqual(['arrest', 'meeting', 'protest']);
    expect(types(eventsOnDate(g, '2025-03', { modality: ['asserted', 'claimed'] }))).toEqual(['arrest', 'protest']);
    expect(types(eventsOnDate(g, '2025-03', { type: 'meeting' }))).toEqual(['meeting']);
  });

  it('eventsByType filters by modality and article', () => {
    expect(eventsByType(harbourGraph(), 'meeting', { modality: 'asserted' })).toEqual([]);
    expect(types(eventsByType(harbourGraph(), 'protest', { articleIds: ['harbour-2'] }))).toEqual(['protest']);
  });

  it('eventsInvolving filters by date', () => {
    expect(types(eventsInvolving(harbourGraph(), 'Police', { date: '2025-03-04' }))).toEqual(['arrest']);
    expect(eventsInvolving(harbourGraph(), 'Police', { date: '2025-03-05' })).toEqual([]);
  });

  it('timeline narrows events by type and claims by kind, and keeps one kind of record on request', () => {
    const g = harbourGraph();
    const entries = timeline(g, { type: 'arrest', kind: 'denial' });
    expect(entries.map((e) => e.kind)).toEqual(['event', 'claim']);
    expect(timeline(g, { records: 'events' }).every((e) => e.kind === 'event')).toBe(true);
    expect(timeline(g, { date: '2025-03-08' }).map((e) => e.kind)).toEqual(['claim']);
  });

  it('pages every answer after sorting it: offset leaves out, limit keeps at most', () => {
    const g = harbourGraph();
    const all = timeline(g);
    expect(all.length).toBeGreaterThan(3);
    expect(timeline(g, { offset: 1, limit: 2 })).toEqual(all.slice(1, 3));
    expect(timeline(g, { offset: all.length })).toEqual([]);
    expect(timeline(g, { limit: 0 })).toEqual([]);
    const claims = claimsOnDate(g, '2025-03-04..2025-03-08');
    expect(claimsOnDate(g, '2025-03-04..2025-03-08', { offset: 2 })).toEqual(claims.slice(2));
    expect(claimsByActor(g, 'Marko Horvat', { limit: 1 })).toEqual(claimsByActor(g, 'Marko Horvat').slice(0, 1));
    // the page comes after the filters
    expect(eventsOnDate(g, '2025-03', { modality: 'asserted', limit: 1 })).toEqual(eventsOnDate(g, '2025-03', { modality: 'asserted' }).slice(0, 1));
    expect(disputedClaims(g, { offset: 1 })).toEqual(disputedClaims(g).slice(1));
    expect(() => timeline(g, { limit: -1 })).toThrow(/timeline options\.limit/);
    expect(() => timeline(g, { offset: 1.5 })).toThrow(InvalidOptionsError);
  });

  it('refuses a filter that cannot apply to what the helper returns', () => {
    expect(() => claimsByActor(harbourGraph(), 'Horvat', { modality: 'asserted' } as never)).toThrow(/claimsByActor returns claims; modality filters events/);
    expect(() => eventsOnDate(harbourGraph(), '2025-03', { kind: 'denial' } as never)).toThrow(InvalidOptionsError);
  });

  it('refuses an unknown option or value with its path', () => {
    expect(() => eventsOnDate(harbourGraph(), '2025-03', { modality: 'maybe' } as never)).toThrow(/eventsOnDate options\.modality/);
    expect(() => claimsByActor(harbourGraph(), 'Horvat', { speaker: 'x' } as never)).toThrow(InvalidOptionsError);
  });

  it('refuses a date filter that is not a date', () => {
    expect(() => eventsInvolving(harbourGraph(), 'Police', { date: 'soon' })).toThrow(InvalidInputError);
  });
});

describe('claimsOnDate', () => {
  it('returns the claims made on a day, in a month or a range, sorted by date', () => {
    const g = harbourGraph();
    expect(contents(claimsOnDate(g, '2025-03-05'))).toEqual(['the blockade would go on', 'of more protests']);
    expect(contents(claimsOnDate(g, '2025-03-04..2025-03-08'))).toEqual([
      'that talks had failed', 'the blockade would go on', 'of more protests', 'ferries resumed in Split',
    ]);
  });

  it('filters by kind', () => {
    expect(contents(claimsOnDate(harbourGraph(), '2025-03', { kind: 'denial' }))).toEqual(['that talks had failed']);
  });

  it('takes its date as the argument, not as an option', () => {
    expect(() => claimsOnDate(harbourGraph(), '2025-03', { date: '2025-03-05' } as never)).toThrow(/second argument/);
  });

  it('throws InvalidInputError for a query that is not a date', () => {
    expect(() => claimsOnDate(harbourGraph(), 'yesterday')).toThrow(/claimsOnDate: "yesterday" is not a date/);
  });
});
