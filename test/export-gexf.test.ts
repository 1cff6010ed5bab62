import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { toGEXF } from '../src/io/gexf.js';
import { NODE_COLORS, recordDegree } from '../src/io/style.js';
import { kremlinArticle, kyivArticle } from './graph-fixtures.js';

const graph = () => buildGraph([kremlinArticle(), kyivArticle()]);
const readBack = (text: string) => parse(MultiDirectedGraph, text);

describe('toGEXF', () => {
  it('writes a GEXF 1.3 document with one node element per node and one edge element per edge', () => {
    const g = graph();
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) } })
      .parseFromString(toGEXF(g), 'text/xml');
    expect(errors).toEqual([]);
    expect(doc.documentElement?.getAttribute('version')).toBe('1.3');
    expect(doc.documentElement?.getAttribute('xmlns')).toBe('http://gexf.net/1.3');
    expect(doc.getElementsByTagName('node').length).toBe(g.order);
    expect(doc.getElementsByTagName('edge').length).toBe(g.size);
  });

  it('parses back into a graph with the same nodes and edges', () => {
    const original = graph();
    const back = readBack(toGEXF(original));
    expect(back.nodes().sort()).toEqual(original.nodes().sort());
    expect(back.size).toBe(original.size);
  });

  it('keeps the node type as an attribute Gephi can partition by', () => {
    const back = readBack(toGEXF(graph()));
    expect(back.getNodeAttribute('actor:vladimir-putin', 'nodeType')).toBe('actor');
    expect(back.getNodeAttribute('place:pokrovsk', 'nodeType')).toBe('place');
  });

  it('keeps the event type and modality of an event node', () => {
    const original = graph();
    const capture = original.filterNodes((_k, a) => a.nodeType === 'event' && a.type === 'capture')[0] as string;
    const back = readBack(toGEXF(original));
    expect(back.getNodeAttributes(capture)).toMatchObject({ kind: 'capture', modality: 'claimed', date: '2025-12-01' });
  });

  it('keeps the edge type of every edge as an attribute', () => {
    const back = readBack(toGEXF(graph()));
    const types = new Set(back.mapEdges((_e, a) => a.edgeType as string));
    expect(types).toEqual(new Set(['claimed', 'about', 'participant', 'located-at', 'on-date', 'reported-by', 'disputes', 'mentioned-in']));
  });

  it('colours nodes by their type', () => {
    const back = readBack(toGEXF(graph()));
    const hex = (c: string) => `#${(c.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    expect(hex(back.getNodeAttribute('actor:vladimir-putin', 'color') as string).toUpperCase()).toBe(NODE_COLORS.actor.toUpperCase());
    expect(hex(back.getNodeAttribute('place:pokrovsk', 'color') as string).toUpperCase()).toBe(NODE_COLORS.place.toUpperCase());
  });

  it('sizes a well-connected node larger than a node with one link', () => {
    const original = graph();
    const back = readBack(toGEXF(original));
    const byDegree = original.nodes().sort((a, b) => recordDegree(original, a) - recordDegree(original, b));
    const small = byDegree[0] as string;
    const large = byDegree[byDegree.length - 1] as string;
    expect(back.getNodeAttribute(large, 'size')).toBeGreaterThan(back.getNodeAttribute(small, 'size') as number);
  });

  it('does not count the link every record has to its article in the size', () => {
    const original = graph();
    const back = readBack(toGEXF(original));
    const article = original.filterNodes((_k, a) => a.nodeType === 'article')[0] as string;
    const putin = 'actor:vladimir-putin';
    expect(original.degree(article)).toBeGreaterThan(original.degree(putin));
    expect(back.getNodeAttribute(article, 'size')).toBeLessThan(back.getNodeAttribute(putin, 'size') as number);
  });

  it('writes the same bytes for the same graph', () => {
    expect(toGEXF(graph())).toBe(toGEXF(graph()));
  });

  it('labels an event with what happened, as the graph page does', () => {
    const g = buildGraph([kremlinArticle()]);
    expect(readBack(toGEXF(g)).getNodeAttribute('event:kremlin-a-0', 'label')).toBe('meeting of Vladimir Putin and Steve Witkoff in Kremlin');
  });

  it('escapes markup in labels so the XML stays well formed', () => {
    const g = graph();
    g.setNodeAttribute('actor:vladimir-putin', 'label', 'A <b>&</b> "B"');
    expect(readBack(toGEXF(g)).getNodeAttribute('actor:vladimir-putin', 'label')).toBe('A <b>&</b> "B"');
  });
});
