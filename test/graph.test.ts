import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors.js';
import { addArticle } from '../src/graph/add-article.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { createGraph } from '../src/graph/news-graph.js';
import { timemlInterval } from '../src/graph/timeml-interval.js';
import { toJSON } from '../src/io/json.js';
import type { ActorNode, ClaimNode, DateNode, EdgeAttributes, PlaceNode } from '../src/schema/graph.js';
import { ArticleBuilder, KREMLIN_TEXT, kremlinArticle, kyivArticle } from './graph-fixtures.js';

function edgesOfType(graph: ReturnType<typeof buildGraph>, type: EdgeAttributes['edgeType']) {
  return graph.filterEdges((_key, attributes) => attributes.edgeType === type).map((key) => ({
    key,
    source: graph.source(key),
    target: graph.target(key),
    attributes: graph.getEdgeAttributes(key),
  }));
}

describe('buildGraph', () => {
  it('adds one article node per article, keyed article:<id>', () => {
    const graph = buildGraph([kremlinArticle(), kyivArticle()]);
    expect(graph.filterNodes((_k, a) => a.nodeType === 'article').sort()).toEqual(['article:kremlin-a', 'article:kyiv-b']);
  });

  it('keys record nodes by their ids and records nodeType, label and articleIds', () => {
    const graph = buildGraph([kremlinArticle()]);
    expect(graph.getNodeAttributes('actor:yuri-ushakov')).toMatchObject({
      nodeType: 'actor', label: 'Yuri Ushakov', id: 'actor:yuri-ushakov', articleIds: ['kremlin-a'],
    });
  });

  it('links a claimant to its claim with the claim evidence span', () => {
    const graph = buildGraph([kremlinArticle()]);
    const claimed = edgesOfType(graph, 'claimed').find((e) => e.source === 'actor:yuri-ushakov');
    const text = kremlinArticle().article.text;
    expect(claimed?.attributes.start).not.toBeNull();
    expect(text.slice(claimed!.attributes.start!, claimed!.attributes.end!)).toBe('Kremlin aide Yuri Ushakov called the talks useful.');
  });

  it('gives edges deterministic keys of type, source, target, article and count', () => {
    const graph = buildGraph([kremlinArticle()]);
    expect(graph.hasEdge('claimed:actor:yuri-ushakov->claim:kremlin-a-0:kremlin-a:0')).toBe(true);
  });

  it('records the role of each participant on its participant edge', () => {
    const graph = buildGraph([kremlinArticle()]);
    const roles = edgesOfType(graph, 'participant')
      .filter((e) => e.target === 'event:kremlin-a-0')
      .map((e) => [e.source, e.attributes.edgeType === 'participant' ? e.attributes.role : null]);
    expect(roles).toEqual([['actor:vladimir-putin', 'host'], ['actor:steve-witkoff', 'attendee']]);
  });

  it('draws located-at, on-date, reported-by, about and disputes edges', () => {
    const graph = buildGraph([kremlinArticle()]);
    const pairs = (type: EdgeAttributes['edgeType']) => edgesOfType(graph, type).map((e) => `${e.source} ${e.target}`);
    expect(pairs('located-at')).toContain('event:kremlin-a-0 place:kremlin');
    expect(pairs('on-date')).toContain('event:kremlin-a-0 date:2025-12-02');
    expect(pairs('reported-by')).toContain('event:kremlin-a-1 claim:kremlin-a-1');
    expect(pairs('about')).toContain('claim:kremlin-a-2 place:pokrovsk');
    expect(pairs('disputes')).toEqual(['claim:kremlin-a-2 claim:kremlin-a-1']);
  });

  it('links every actor, place, event and claim to its article with mentioned-in', () => {
    const graph = buildGraph([kremlinArticle()]);
    const sources = new Set(edgesOfType(graph, 'mentioned-in').map((e) => e.source));
    const expected = graph.filterNodes((_k, a) => ['actor', 'place', 'event', 'claim'].includes(a.nodeType));
    expect([...sources].sort()).toEqual(expected.sort());
  });

  it('creates a date node with the time mentions of that value', () => {
    const graph = buildGraph([kremlinArticle()]);
    const date = graph.getNodeAttributes('date:2025-12-02') as DateNode;
    expect(date).toMatchObject({ nodeType: 'date', value: '2025-12-02', granularity: 'day' });
    const start = KREMLIN_TEXT.indexOf('December 2');
    expect(date.mentions).toEqual([{ articleId: 'kremlin-a', start, end: start + 10, text: 'December 2' }]);
  });

  it('creates no date node for a relative value such as PRESENT_REF', () => {
    const b = new ArticleBuilder('rel', 'Officials said it happened now.');
    b.claim(null, 'said', 'Officials said it happened now.', 'it happened now', { date: 'PRESENT_REF' });
    const graph = buildGraph([b.build()]);
    expect(graph.filterNodes((_k, a) => a.nodeType === 'date')).toEqual([]);
  });

  it('merges an actor named in two articles, keeping the longest name and uniting aliases and titles', () => {
    const graph = buildGraph([kyivArticle(), kremlinArticle()]);
    const putin = graph.getNodeAttributes('actor:vladimir-putin') as ActorNode;
    expect(putin.name).toBe('Vladimir Putin');
    expect(putin.label).toBe('Vladimir Putin');
    expect(putin.aliases).toEqual(['Putin']);
    expect(putin.titles.sort()).toEqual(['President', 'Russian leader']);
    expect(putin.articleIds).toEqual(['kyiv-b', 'kremlin-a']);
  });

  it('keeps the mentions of a merged actor per article', () => {
    const graph = buildGraph([kremlinArticle(), kyivArticle()]);
    const putin = graph.getNodeAttributes('actor:vladimir-putin') as ActorNode;
    expect(putin.mentions.map((m) => [m.articleId, m.text])).toEqual([
      ['kremlin-a', 'Vladimir Putin'], ['kremlin-a', 'Putin'], ['kyiv-b', 'Putin'],
    ]);
  });

  it('merges a place named in two articles, uniting aliases and keeping within', () => {
    const graph = buildGraph([kremlinArticle(), kyivArticle()]);
    const pokrovsk = graph.getNodeAttributes('place:pokrovsk') as PlaceNode;
    expect(pokrovsk.aliases).toEqual(['Krasnoarmeysk']);
    expect(pokrovsk.within).toEqual(['place:ukraine']);
    expect(pokrovsk.articleIds).toEqual(['kremlin-a', 'kyiv-b']);
  });

  it('keeps the same merged name whatever order the articles come in', () => {
    const nameIn = (graph: ReturnType<typeof buildGraph>) => (graph.getNodeAttributes('actor:vladimir-putin') as ActorNode).name;
    const ab = nameIn(buildGraph([kremlinArticle(), kyivArticle()]));
    const ba = nameIn(buildGraph([kyivArticle(), kremlinArticle()]));
    expect(ab).toBe(ba);
  });

  it('throws InvalidInputError when not given an array', () => {
    expect(() => buildGraph(kremlinArticle() as never)).toThrow(InvalidInputError);
  });
});

describe('addArticle', () => {
  it('changes nothing when the same article is added again', () => {
    const graph = buildGraph([kremlinArticle(), kyivArticle()]);
    const before = JSON.stringify(toJSON(graph));
    const result = addArticle(graph, kremlinArticle());
    expect(result.added).toBe(false);
    expect(JSON.stringify(toJSON(graph))).toBe(before);
  });

  it('reports added: true and the article key for a new article', () => {
    const result = addArticle(createGraph(), kremlinArticle());
    expect(result).toMatchObject({ added: true, articleKey: 'article:kremlin-a', dangling: [] });
  });

  it('skips and reports a reference to a record that exists nowhere', () => {
    const b = new ArticleBuilder('dangle', 'Somebody said something.');
    b.claim('actor:nobody', 'said', 'Somebody said something.', 'something');
    const graph = createGraph();
    const result = addArticle(graph, b.build());
    expect(result.dangling).toEqual([{ edgeType: 'claimed', source: 'actor:nobody', target: 'claim:dangle-0' }]);
    expect(graph.hasNode('actor:nobody')).toBe(false);
  });

  it('links to an actor that only an earlier article introduced', () => {
    const graph = buildGraph([kremlinArticle()]);
    const b = new ArticleBuilder('later', 'He spoke again.');
    b.claim('actor:vladimir-putin', 'spoke', 'He spoke again.', 'again');
    expect(addArticle(graph, b.build()).dangling).toEqual([]);
    expect(graph.hasEdge('claimed:actor:vladimir-putin->claim:later-0:later:0')).toBe(true);
  });

  it('throws InvalidInputError naming the path of an invalid field', () => {
    const parsed = kremlinArticle();
    (parsed.actors[1] as { name: unknown }).name = 42;
    expect(() => addArticle(createGraph(), parsed)).toThrow(/actors\[1\]\.name/);
  });

  it('throws InvalidInputError for a record id without its type prefix', () => {
    const parsed = kremlinArticle();
    parsed.places[0]!.id = 'ukraine';
    expect(() => addArticle(createGraph(), parsed)).toThrow(InvalidInputError);
  });

  it('leaves the graph untouched when the input is invalid', () => {
    const graph = createGraph();
    const parsed = kremlinArticle();
    (parsed.claims[0] as { start: unknown }).start = -1;
    expect(() => addArticle(graph, parsed)).toThrow(InvalidInputError);
    expect(graph.order).toBe(0);
  });

  it('throws InvalidInputError when the first argument is not a graph', () => {
    expect(() => addArticle({} as never, kremlinArticle())).toThrow(InvalidInputError);
  });

  it('copies no unknown input key into node attributes', () => {
    const parsed = JSON.parse(
      JSON.stringify(kremlinArticle()).replace('"name":"Yuri Ushakov"', '"name":"Yuri Ushakov","__proto__":{"polluted":true},"extra":1'),
    ) as typeof kremlinArticle extends () => infer P ? P : never;
    const graph = buildGraph([parsed]);
    const attributes = graph.getNodeAttributes('actor:yuri-ushakov');
    expect(Object.keys(attributes)).not.toContain('extra');
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('builds actors literally named __proto__ and constructor as ordinary nodes', () => {
    const b = new ArticleBuilder('odd', '__proto__ said hello. constructor denied it.');
    const proto = b.actor('__proto__', { kind: 'group' });
    const ctor = b.actor('constructor', { kind: 'group' });
    const hello = b.claim(proto, 'said', '__proto__ said hello.', 'hello');
    b.claim(ctor, 'denied', 'constructor denied it.', 'it', { disputes: [hello], kind: 'denial' });
    const graph = buildGraph([b.build()]);
    expect(graph.getNodeAttributes('actor:__proto__')).toMatchObject({ name: '__proto__', nodeType: 'actor' });
    expect(graph.getNodeAttributes('actor:constructor')).toMatchObject({ name: 'constructor' });
    expect(graph.outDegree('actor:__proto__')).toBe(2); // claimed + mentioned-in
    expect(({} as Record<string, unknown>).nodeType).toBeUndefined();
  });

  it('keeps the first record of a claim id seen again in another article and adds that article', () => {
    const first = kremlinArticle();
    const second = structuredClone(first);
    second.article.id = 'kremlin-copy';
    const graph = buildGraph([first, second]);
    const claim = graph.getNodeAttributes('claim:kremlin-a-0') as ClaimNode;
    expect(claim.articleId).toBe('kremlin-a');
    expect(claim.articleIds).toEqual(['kremlin-a', 'kremlin-copy']);
  });
});

describe('timemlInterval', () => {
  const iso = (value: string) => {
    const interval = timemlInterval(value);
    return interval && [new Date(interval.start).toISOString().slice(0, 16), new Date(interval.end).toISOString().slice(0, 16), interval.granularity];
  };

  it('covers a whole day for YYYY-MM-DD', () => {
    expect(iso('2025-12-02')).toEqual(['2025-12-02T00:00', '2025-12-03T00:00', 'day']);
  });

  it('covers a month, a year and a decade', () => {
    expect(iso('2024-02')).toEqual(['2024-02-01T00:00', '2024-03-01T00:00', 'month']);
    expect(iso('2025')).toEqual(['2025-01-01T00:00', '2026-01-01T00:00', 'year']);
    expect(iso('199')).toEqual(['1990-01-01T00:00', '2000-01-01T00:00', 'decade']);
  });

  it('starts ISO week 1 on the Monday of the week that holds January 4', () => {
    expect(iso('2025-W01')).toEqual(['2024-12-30T00:00', '2025-01-06T00:00', 'week']);
    expect(iso('2025-W49')).toEqual(['2025-12-01T00:00', '2025-12-08T00:00', 'week']);
  });

  it('rejects week 53 in a year that has 52 ISO weeks', () => {
    expect(timemlInterval('2025-W53')).toBeNull();
    expect(timemlInterval('2026-W53')).not.toBeNull();
  });

  it('covers quarters and seasons, winter running into the next year', () => {
    expect(iso('2025-Q4')).toEqual(['2025-10-01T00:00', '2026-01-01T00:00', 'quarter']);
    expect(iso('2025-WI')).toEqual(['2025-12-01T00:00', '2026-03-01T00:00', 'season']);
    expect(iso('2025-SU')).toEqual(['2025-06-01T00:00', '2025-09-01T00:00', 'season']);
  });

  it('covers half years at the quarter level and leaves fiscal years without an interval', () => {
    expect(iso('2011-H1')).toEqual(['2011-01-01T00:00', '2011-07-01T00:00', 'quarter']);
    expect(iso('2011-H2')).toEqual(['2011-07-01T00:00', '2012-01-01T00:00', 'quarter']);
    expect(timemlInterval('2011-H3')).toBeNull();
    expect(timemlInterval('FY2011')).toBeNull();
  });

  it('covers parts of day and clock minutes within their day', () => {
    expect(iso('2025-12-02TNI')).toEqual(['2025-12-02T21:00', '2025-12-03T00:00', 'part-of-day']);
    expect(iso('2025-12-02T14:30')).toEqual(['2025-12-02T14:30', '2025-12-02T14:31', 'minute']);
  });

  it('puts every day inside its ISO week, month, quarter and year', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const inner = timemlInterval(day)!;
        const [y, m] = [day.slice(0, 4), Number(day.slice(5, 7))];
        for (const outer of [`${y}-${day.slice(5, 7)}`, `${y}-Q${Math.ceil(m / 3)}`, y]) {
          const o = timemlInterval(outer)!;
          expect(inner.start >= o.start && inner.end <= o.end, `${day} in ${outer}`).toBe(true);
        }
      }),
    );
  });

  it('returns null for durations, references, partial and impossible dates', () => {
    for (const value of ['P3D', 'PRESENT_REF', 'XXXX-12-02', '2025-02-30', '2025-13', '2025-12-02T25:00', '']) {
      expect(timemlInterval(value), value).toBeNull();
    }
  });
});
