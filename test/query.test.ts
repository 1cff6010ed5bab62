import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionsError } from '../src/errors.js';
import { addArticle } from '../src/graph/add-article.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { claimsAbout } from '../src/query/claims-about.js';
import { claimsByActor } from '../src/query/claims-by-actor.js';
import { disputedClaims } from '../src/query/disputed-claims.js';
import { eventsAtPlace } from '../src/query/events-at-place.js';
import { eventsByType } from '../src/query/events-by-type.js';
import { eventsInvolving } from '../src/query/events-involving.js';
import { eventsOnDate } from '../src/query/events-on-date.js';
import { normalizeName } from '../src/text/normalize-name.js';
import { invalidateQueryIndex } from '../src/query/query-index.js';
import { resolveActor } from '../src/query/resolve-actor.js';
import { resolvePlace } from '../src/query/resolve-place.js';
import { timeline } from '../src/query/timeline.js';
import { ClaimRecordSchema, EventRecordSchema } from '../src/schema/graph.js';
import { ArticleBuilder, kremlinArticle, kyivArticle } from './graph-fixtures.js';

const corpus = () => buildGraph([kremlinArticle(), kyivArticle()]);

/** One event per TimeML precision, to test eventsOnDate against each. */
function datedGraph() {
  const values = ['2025-12-02', '2025-12-02T14:30', '2025-12-02TNI', '2025-12', '2025-W49', '2025-12-01', '2025-12-03', '2025', 'PRESENT_REF', '2025-Q4', '2025-WI'];
  const text = values.map((v) => `Event on ${v}.`).join(' ');
  const b = new ArticleBuilder('dates', text);
  for (const value of values) b.event('other', `Event on ${value}.`, `Event on ${value}`, { date: value });
  return buildGraph([b.build()]);
}
const datesOf = (records: { date: string | null }[]) => records.map((r) => r.date);

describe('normalizeName', () => {
  it('drops case, a leading "the", a possessive and dots', () => {
    expect(normalizeName("The Kremlin's")).toBe('kremlin');
    expect(normalizeName('U.S.')).toBe('us');
  });
});

describe('resolveActor', () => {
  it('finds an actor by its id', () => {
    expect(resolveActor(corpus(), 'actor:yuri-ushakov')).toEqual(['actor:yuri-ushakov']);
  });

  it('finds an actor by its id without the prefix', () => {
    expect(resolveActor(corpus(), 'yuri-ushakov')).toEqual(['actor:yuri-ushakov']);
  });

  it('finds an actor by an alias ignoring case, "the" and a possessive', () => {
    expect(resolveActor(corpus(), "the russia's defense ministry")).toEqual(['actor:russian-defense-ministry']);
  });

  it("finds a person by surname when no name or alias is that word", () => {
    expect(resolveActor(corpus(), 'Ushakov')).toEqual(['actor:yuri-ushakov']);
  });

  it('does not match an organisation by the last word of its name', () => {
    expect(resolveActor(corpus(), 'Ministry')).toEqual([]);
  });

  it('returns every person sharing a surname', () => {
    const b = new ArticleBuilder('trumps', 'Donald Trump and Melania Trump spoke.');
    b.actor('Donald Trump');
    b.actor('Melania Trump');
    expect(resolveActor(buildGraph([b.build()]), 'Trump')).toEqual(['actor:donald-trump', 'actor:melania-trump']);
  });

  it('throws InvalidInputError for an empty name', () => {
    expect(() => resolveActor(corpus(), '  ')).toThrow(InvalidInputError);
  });

  it('sees actors added after an earlier query', () => {
    const graph = buildGraph([kremlinArticle()]);
    expect(resolveActor(graph, 'Zelenskyy')).toEqual([]);
    addArticle(graph, kyivArticle());
    expect(resolveActor(graph, 'Zelenskyy')).toEqual(['actor:volodymyr-zelenskyy']);
  });

  it('sees an alias added by mutating attributes in place once the index is invalidated', () => {
    const graph = corpus();
    expect(resolveActor(graph, 'VVP')).toEqual([]);
    (graph.getNodeAttributes('actor:vladimir-putin') as { aliases: string[] }).aliases.push('VVP');
    invalidateQueryIndex(graph);
    expect(resolveActor(graph, 'VVP')).toEqual(['actor:vladimir-putin']);
  });
});

describe('resolvePlace', () => {
  it('finds a place by an alias given in another article', () => {
    expect(resolvePlace(corpus(), 'krasnoarmeysk')).toEqual(['place:pokrovsk']);
  });

  it('returns an empty list for an unknown place', () => {
    expect(resolvePlace(corpus(), 'Atlantis')).toEqual([]);
  });
});

describe('claimsByActor', () => {
  it("returns a person's claims when asked by surname", () => {
    expect(claimsByActor(corpus(), 'Ushakov').map((c) => c.content)).toEqual(['the talks useful']);
  });

  it('returns claims from every article an actor speaks in, sorted by article then offset', () => {
    const graph = buildGraph([kremlinArticle(), kyivArticle()]);
    const b = new ArticleBuilder('a-first', 'Putin said one thing. Putin said another.');
    b.actor('Putin', { id: 'actor:vladimir-putin' });
    b.claim('actor:vladimir-putin', 'said', 'Putin said another.', 'another');
    b.claim('actor:vladimir-putin', 'said', 'Putin said one thing.', 'one thing');
    addArticle(graph, b.build());
    expect(claimsByActor(graph, 'Vladimir Putin').map((c) => [c.articleId, c.content])).toEqual([
      ['a-first', 'one thing'], ['a-first', 'another'], ['kyiv-b', 'the talks with the United States went well'],
    ]);
  });

  it('returns records in the ClaimRecord shape with the claimant name', () => {
    const [claim] = claimsByActor(corpus(), 'Yuri Ushakov');
    expect(ClaimRecordSchema.strict().parse(claim)).toMatchObject({ claimant: 'Yuri Ushakov', articleId: 'kremlin-a', cue: 'called' });
  });

  it('throws InvalidInputError naming claimsByActor when not given a graph', () => {
    expect(() => claimsByActor(null as never, 'Putin')).toThrow(/^claimsByActor expects a graphology graph/);
  });

  it('throws InvalidInputError naming claimsByActor for a name that is not a string', () => {
    expect(() => claimsByActor(corpus(), 42 as never)).toThrow(/^claimsByActor expects a name or an id/);
  });

  it('returns an empty list for an unknown actor', () => {
    expect(claimsByActor(corpus(), 'Nobody Atall')).toEqual([]);
  });

  it('works for actors literally named __proto__ and constructor', () => {
    const b = new ArticleBuilder('odd', '__proto__ said hello. constructor denied it.');
    const proto = b.actor('__proto__', { kind: 'group', aliases: ['hasOwnProperty'] });
    const ctor = b.actor('constructor', { kind: 'group' });
    const hello = b.claim(proto, 'said', '__proto__ said hello.', 'hello');
    b.claim(ctor, 'denied', 'constructor denied it.', 'it', { disputes: [hello], kind: 'denial' });
    const graph = buildGraph([b.build()]);
    expect(claimsByActor(graph, '__proto__').map((c) => c.content)).toEqual(['hello']);
    expect(claimsByActor(graph, 'constructor').map((c) => c.content)).toEqual(['it']);
    expect(claimsByActor(graph, 'hasOwnProperty').map((c) => c.claimant)).toEqual(['__proto__']);
    expect(disputedClaims(graph)[0]?.disputedBy.map((c) => c.claimant)).toEqual(['constructor']);
  });
});

describe('claimsAbout', () => {
  it('returns the claims about a place by name', () => {
    expect(claimsAbout(corpus(), 'Pokrovsk').map((c) => c.claimant)).toEqual(['Russian Defense Ministry', 'Ukraine']);
  });

  it('returns the claims about an event by its key', () => {
    expect(claimsAbout(corpus(), 'event:kremlin-a-0').map((c) => c.content)).toEqual(['the talks useful']);
  });

  it('throws InvalidInputError when not given a graph', () => {
    expect(() => claimsAbout(undefined as never, 'Pokrovsk')).toThrow(InvalidInputError);
  });

  it('returns the claims about an actor by alias', () => {
    expect(claimsAbout(corpus(), "Russia's Defense Ministry").map((c) => c.cue)).toEqual(['denied']);
  });
});

describe('disputedClaims', () => {
  it('returns each disputed claim with the claims disputing it and their claimants', () => {
    expect(disputedClaims(corpus()).map((d) => [d.claim.content, d.disputedBy.map((c) => `${c.claimant}: ${c.cue}`)])).toEqual([
      ['its troops took Pokrovsk', ['Ukraine: denied']],
    ]);
  });
});

describe('eventsOnDate', () => {
  it('returns events dated that day or more precisely within it', () => {
    expect(datesOf(eventsOnDate(datedGraph(), '2025-12-02'))).toEqual(['2025-12-02', '2025-12-02T14:30', '2025-12-02TNI']);
  });

  it('returns coarser events overlapping the day only with overlap: true', () => {
    expect(datesOf(eventsOnDate(datedGraph(), '2025-12-02', { overlap: true })).sort()).toEqual(
      ['2025', '2025-12', '2025-12-02', '2025-12-02T14:30', '2025-12-02TNI', '2025-Q4', '2025-W49', '2025-WI'].sort(),
    );
  });

  it('returns the events whose dates lie inside a { from, to } range, both ends included', () => {
    expect(datesOf(eventsOnDate(datedGraph(), { from: '2025-12-01', to: '2025-12-03' }))).toEqual(
      ['2025-12-01', '2025-12-02', '2025-12-02T14:30', '2025-12-02TNI', '2025-12-03'],
    );
  });

  it("accepts a range written 'from..to'", () => {
    expect(eventsOnDate(datedGraph(), '2025-12-01..2025-12-03')).toEqual(
      eventsOnDate(datedGraph(), { from: '2025-12-01', to: '2025-12-03' }),
    );
  });

  it('includes a week lying inside a month query', () => {
    expect(datesOf(eventsOnDate(datedGraph(), '2025-12'))).toContain('2025-W49');
  });

  it('excludes a week that crosses the end of a range unless overlap is set', () => {
    const range = { from: '2025-12-01', to: '2025-12-03' };
    expect(datesOf(eventsOnDate(datedGraph(), range))).not.toContain('2025-W49');
    expect(datesOf(eventsOnDate(datedGraph(), range, { overlap: true }))).toContain('2025-W49');
  });

  it('sorts matches by the start of their date, the more precise first', () => {
    expect(datesOf(eventsOnDate(datedGraph(), '2025-12'))).toEqual([
      '2025-12-01', '2025-W49', '2025-12', '2025-12-02', '2025-12-02T14:30', '2025-12-02TNI', '2025-12-03',
    ]);
  });

  it('never returns an event with a relative date', () => {
    expect(datesOf(eventsOnDate(datedGraph(), { from: '2000', to: '2100' }, { overlap: true }))).not.toContain('PRESENT_REF');
  });

  it('returns records in the EventRecord shape', () => {
    const [event] = eventsOnDate(corpus(), '2025-12-02');
    expect(EventRecordSchema.strict().parse(event)).toMatchObject({ type: 'meeting', articleId: 'kremlin-a' });
  });

  it('throws InvalidInputError saying what to pass for a query that is not a date', () => {
    expect(() => eventsOnDate(corpus(), 'yesterday')).toThrow(InvalidInputError);
    expect(() => eventsOnDate(corpus(), 'yesterday')).toThrow(/such as '2025-12-02'/);
  });

  it('throws InvalidInputError for a range that ends before it starts', () => {
    expect(() => eventsOnDate(corpus(), { from: '2025-12-03', to: '2025-12-01' })).toThrow(InvalidInputError);
  });

  it('throws InvalidOptionsError for a non-boolean overlap', () => {
    expect(() => eventsOnDate(corpus(), '2025-12-02', { overlap: 'yes' as never })).toThrow(InvalidOptionsError);
  });
});

describe('eventsAtPlace', () => {
  it('returns the events at a place from every article', () => {
    expect(eventsAtPlace(corpus(), 'Pokrovsk').map((e) => `${e.articleId} ${e.type}`)).toEqual(['kremlin-a capture', 'kyiv-b clash']);
  });

  it('includes events at places within the place only with within: true', () => {
    expect(eventsAtPlace(corpus(), 'place:ukraine')).toEqual([]);
    expect(eventsAtPlace(corpus(), 'place:ukraine', { within: true }).map((e) => e.type)).toEqual(['capture', 'clash']);
  });
});

describe('eventsByType', () => {
  it('returns the events of one type', () => {
    expect(eventsByType(corpus(), 'meeting').map((e) => e.trigger.text)).toEqual(['met']);
  });

  it('throws InvalidInputError listing the types for an unknown type', () => {
    expect(() => eventsByType(corpus(), 'party' as never)).toThrow(/meeting, visit/);
  });
});

describe('eventsInvolving', () => {
  it('returns the events an actor takes part in', () => {
    expect(eventsInvolving(corpus(), 'Witkoff').map((e) => e.type)).toEqual(['meeting']);
  });
});

describe('timeline', () => {
  it('orders events and claims by the start of their date, the more precise first, undated last', () => {
    expect(timeline(corpus()).map((t) => `${t.date ?? '-'} ${t.kind}`)).toEqual([
      '2025-12-01 event', '2025-12 event', '2025-12-02 event', '2025-12-02 claim', '2025-12-03 claim', '2025-12-04 claim',
      '- claim', '- claim',
    ]);
  });

  it('throws InvalidInputError when not given a graph', () => {
    expect(() => timeline(null as never)).toThrow(InvalidInputError);
  });
});
