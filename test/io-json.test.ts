import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphFormatError } from '../src/errors.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { fromJSON, toJSON } from '../src/io/json.js';
import { claimsByActor } from '../src/query/claims-by-actor.js';
import { eventsOnDate } from '../src/query/events-on-date.js';
import { GraphJSONSchema, type GraphJSON } from '../src/schema/graph.js';
import { ArticleBuilder, kremlinArticle, kyivArticle } from './graph-fixtures.js';

const corpus = () => buildGraph([kremlinArticle(), kyivArticle()]);
const document = (): GraphJSON => toJSON(corpus());

/** Runs fromJSON and returns the GraphFormatError it throws (fails the test if it does not throw one). */
function formatError(input: unknown): GraphFormatError {
  try {
    fromJSON(input);
  } catch (error) {
    if (error instanceof GraphFormatError) return error;
    throw error;
  }
  throw new Error('fromJSON accepted the document');
}

describe('toJSON', () => {
  it('writes a newsgraph version 1 document that GraphJSONSchema accepts', () => {
    const json = document();
    expect(json).toMatchObject({ format: 'newsgraph', version: 1, attributes: {} });
    expect(GraphJSONSchema.safeParse(json).success).toBe(true);
  });

  it('sorts nodes and edges by key', () => {
    const json = document();
    const keys = json.nodes.map((n) => n.key);
    expect(keys).toEqual([...keys].sort());
    const edgeKeys = json.edges.map((e) => e.key);
    expect(edgeKeys).toEqual([...edgeKeys].sort());
  });

  it('gives byte-identical output for the same articles added in another order', () => {
    // Merged actor fields differ with order (mention order), so compare graphs built from independent articles.
    const a = new ArticleBuilder('one', 'Alice Smith spoke.');
    a.actor('Alice Smith');
    const b = new ArticleBuilder('two', 'Bob Jones spoke.');
    b.actor('Bob Jones');
    expect(JSON.stringify(toJSON(buildGraph([a.build(), b.build()])))).toBe(
      JSON.stringify(toJSON(buildGraph([b.build(), a.build()]))),
    );
  });

  it('writes attribute keys in sorted order', () => {
    const node = document().nodes.find((n) => n.key === 'actor:yuri-ushakov');
    const keys = Object.keys(node?.attributes ?? {});
    expect(keys).toEqual([...keys].sort());
  });
});

describe('fromJSON', () => {
  it('round-trips: toJSON(fromJSON(toJSON(g))) deep-equals toJSON(g)', () => {
    const json = document();
    expect(toJSON(fromJSON(json))).toStrictEqual(json);
  });

  it('round-trips through JSON text byte for byte', () => {
    const text = JSON.stringify(document());
    expect(JSON.stringify(toJSON(fromJSON(JSON.parse(text))))).toBe(text);
  });

  it('accepts the JSON text itself', () => {
    expect(fromJSON(JSON.stringify(document())).order).toBe(corpus().order);
  });

  it('gives a graph that answers queries like the original', () => {
    const graph = fromJSON(JSON.parse(JSON.stringify(document())));
    expect(claimsByActor(graph, 'Ushakov').map((c) => c.content)).toEqual(['the talks useful']);
    expect(eventsOnDate(graph, '2025-12-02').map((e) => e.type)).toEqual(['meeting']);
  });

  it('keeps attributes a user added to a node', () => {
    const graph = corpus();
    graph.setNodeAttribute('actor:yuri-ushakov', 'score' as never, 3 as never);
    expect(fromJSON(toJSON(graph)).getNodeAttribute('actor:yuri-ushakov', 'score' as never)).toBe(3);
  });

  it('round-trips actors literally named __proto__ and constructor', () => {
    const b = new ArticleBuilder('odd', '__proto__ said hello. constructor denied it.');
    const proto = b.actor('__proto__', { kind: 'group' });
    const ctor = b.actor('constructor', { kind: 'group' });
    b.claim(proto, 'said', '__proto__ said hello.', 'hello');
    b.claim(ctor, 'denied', 'constructor denied it.', 'it');
    const json = toJSON(buildGraph([b.build()]));
    const graph = fromJSON(JSON.parse(JSON.stringify(json)));
    expect(claimsByActor(graph, '__proto__').map((c) => c.content)).toEqual(['hello']);
    expect(toJSON(graph)).toStrictEqual(json);
  });

  it('round-trips byte for byte whatever the names, aliases and article ids are', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.string(), { maxLength: 3 }), fc.string({ minLength: 1 }), (name, aliases, articleId) => {
        const b = new ArticleBuilder(articleId, `${name} spoke.`);
        const actor = b.actor(name, { id: 'actor:x', aliases });
        b.claim(actor, 'spoke', `${name} spoke.`, 'spoke');
        const text = JSON.stringify(toJSON(buildGraph([b.build()])));
        expect(JSON.stringify(toJSON(fromJSON(JSON.parse(text))))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a __proto__ key with its path, leaving Object.prototype alone', () => {
    const text = JSON.stringify(document()).replace('"nodeType":"actor"', '"__proto__":{"polluted":true},"nodeType":"actor"');
    const error = formatError(JSON.parse(text));
    expect(error.path.slice(0, 1)).toEqual(['nodes']);
    expect(error.path.slice(2)).toEqual(['attributes', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a constructor key nested inside attributes', () => {
    const json = JSON.parse(JSON.stringify(document()));
    json.nodes[0].attributes.extra = { deep: [{ constructor: 1 }] };
    expect(formatError(json).path).toEqual(['nodes', 0, 'attributes', 'extra', 'deep', 0, 'constructor']);
  });

  it('rejects a prototype key at the top level', () => {
    expect(formatError(JSON.parse('{"prototype":1,"format":"newsgraph"}')).path).toEqual(['prototype']);
  });

  it('rejects an edge whose target does not exist, with the edge path', () => {
    const json = JSON.parse(JSON.stringify(document()));
    json.edges[3].target = 'actor:ghost';
    expect(formatError(json).path).toEqual(['edges', 3, 'target']);
  });

  it('rejects a version other than 1 at path version', () => {
    const error = formatError({ ...document(), version: 2 });
    expect(error.path).toEqual(['version']);
    expect(error.message).toMatch(/unsupported version 2/);
  });

  it('rejects an unknown format at path format', () => {
    expect(formatError({ ...document(), format: 'gexf' }).path).toEqual(['format']);
  });

  it('rejects a duplicate node key', () => {
    const json = document();
    json.nodes.push(json.nodes[0]!);
    expect(formatError(json).path).toEqual(['nodes', json.nodes.length - 1, 'key']);
  });

  it('rejects a duplicate edge key', () => {
    const json = document();
    json.edges.push(json.edges[0]!);
    expect(formatError(json).path).toEqual(['edges', json.edges.length - 1, 'key']);
  });

  it('rejects a node whose attributes do not fit its nodeType', () => {
    const json = JSON.parse(JSON.stringify(document()));
    const i = json.nodes.findIndex((n: { key: string }) => n.key === 'actor:yuri-ushakov');
    json.nodes[i].attributes.kind = 'wizard';
    expect(formatError(json).path).toEqual(['nodes', i, 'attributes', 'kind']);
  });

  it('rejects an unknown nodeType', () => {
    const json = JSON.parse(JSON.stringify(document()));
    json.nodes[0].attributes.nodeType = 'planet';
    expect(formatError(json).path).toEqual(['nodes', 0, 'attributes', 'nodeType']);
  });

  it('rejects a node key that does not match its record id', () => {
    const json = JSON.parse(JSON.stringify(document()));
    const i = json.nodes.findIndex((n: { key: string }) => n.key === 'actor:yuri-ushakov');
    json.nodes[i].key = 'yuri';
    expect(formatError(json).path).toEqual(['nodes', i, 'key']);
  });

  it('rejects an edge between nodes of the wrong types', () => {
    const json = JSON.parse(JSON.stringify(document()));
    const i = json.edges.findIndex((e: { attributes: { edgeType: string } }) => e.attributes.edgeType === 'claimed');
    json.edges[i].source = 'place:pokrovsk';
    expect(formatError(json).path).toEqual(['edges', i, 'source']);
  });

  it('rejects malformed JSON text', () => {
    expect(formatError('{"format": ').path).toEqual([]);
  });

  it('rejects a document that is not an object', () => {
    expect(formatError([1, 2]).message).toMatch(/expected an object/);
  });

  it('rejects a missing nodes array', () => {
    const { nodes: _nodes, ...rest } = document();
    expect(formatError(rest).path).toEqual(['nodes']);
  });

  it('survives very deep nesting without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const error = formatError({ ...document(), attributes: { deep } });
    expect(error.message).toMatch(/nested deeper than/);
  });
});
