import { describe, expect, it } from 'vitest';
import {
  buildGraph, claimsAbout, claimsByActor, disputedClaims, eventsAtPlace, eventsByType, eventsInvolving, eventsOnDate,
  fromJSON, normalizeName, parseArticle, resolveActor, resolvePlace, timeline, toJSON,
} from '../src/index.js';
import { ArticleBuilder } from './graph-fixtures.js';
import { brokenInvariants } from './helpers/invariants.js';

/** Names that are also properties of every plain object: a lookup by one of them must not reach Object.prototype. */
const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

/** Actor ids the builder gave each name, to check that queries resolve a name to its own node. */
const actorIds = new Map<string, string>();

/** One article where each name is an actor who claims something and a place where something happens. */
function protoArticle() {
  const sentences = PROTO_NAMES.map((n) => `${n} said troops met in ${n}-town.`);
  const b = new ArticleBuilder('proto', sentences.join(' '), { publishedAt: '2025-12-03' });
  const claims: string[] = [];
  PROTO_NAMES.forEach((name, i) => {
    const sentence = sentences[i] as string;
    const actor = b.actor(name, { kind: 'group' });
    actorIds.set(name, actor);
    const place = b.place(`${name}-town`, { kind: 'city' });
    const claim = b.claim(actor, 'said', sentence, `troops met in ${name}-town`, {
      date: '2025-12-02', about: { placeIds: [place] }, disputes: claims.length > 0 ? [claims[claims.length - 1] as string] : [], kind: i > 0 ? 'denial' : 'statement',
    });
    claims.push(claim);
    const event = b.event('meeting', sentence, 'met', { date: '2025-12-02', places: [place], participants: [[actor, 'attendee']], claimIds: [claim] });
    b.report(event, claim);
  });
  return b.build();
}

describe('names that are Object.prototype properties, through the graph and every query helper', () => {
  const graph = buildGraph([protoArticle()]);

  it('keys every node with a type prefix, never a bare prototype name', () => {
    expect(graph.nodes().filter((k) => (PROTO_NAMES as readonly string[]).includes(k))).toEqual([]);
  });

  it.each(PROTO_NAMES)('resolves the actor %s to its own prefixed key', (name) => {
    expect(resolveActor(graph, name)).toEqual([actorIds.get(name)]);
  });

  it.each(PROTO_NAMES)('resolves the place %s-town to its own key', (name) => {
    expect(resolvePlace(graph, `${name}-town`)).toHaveLength(1);
  });

  it.each(PROTO_NAMES)('returns the one claim made by %s', (name) => {
    expect(claimsByActor(graph, name).map((c) => c.content)).toEqual([`troops met in ${name}-town`]);
  });

  it.each(PROTO_NAMES)('returns the claim about the place %s-town', (name) => {
    expect(claimsAbout(graph, `${name}-town`)).toHaveLength(1);
  });

  it.each(PROTO_NAMES)('returns the event involving %s', (name) => {
    expect(eventsInvolving(graph, name)).toHaveLength(1);
  });

  it.each(PROTO_NAMES)('returns the event at %s-town', (name) => {
    expect(eventsAtPlace(graph, `${name}-town`)).toHaveLength(1);
  });

  it('lists every meeting by type and date', () => {
    expect([eventsByType(graph, 'meeting').length, eventsOnDate(graph, '2025-12-02').length]).toEqual([PROTO_NAMES.length, PROTO_NAMES.length]);
  });

  it('links each denial to the claim before it', () => {
    expect(disputedClaims(graph)).toHaveLength(PROTO_NAMES.length - 1);
  });

  it('puts every event on the timeline', () => {
    expect(timeline(graph).length).toBeGreaterThanOrEqual(PROTO_NAMES.length);
  });

  it('drops the node of the actor constructor with all its edges', () => {
    const copy = graph.copy();
    copy.dropNode('actor:constructor');
    expect([copy.hasNode('actor:constructor'), copy.edges().some((e) => e.includes('actor:constructor'))]).toEqual([false, false]);
  });

  it('round-trips the graph through JSON byte for byte', () => {
    const text = JSON.stringify(toJSON(graph));
    expect(JSON.stringify(toJSON(fromJSON(text)))).toBe(text);
  });

  it('leaves Object.prototype without new properties', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('prototype names asked of a graph that does not hold them', () => {
  const b = new ArticleBuilder('plain', 'Ana Lopes said the port reopened.');
  b.claim(b.actor('Ana Lopes'), 'said', 'Ana Lopes said the port reopened.', 'the port reopened');
  const graph = buildGraph([b.build()]);

  it.each(PROTO_NAMES)('finds no actor called %s', (name) => {
    expect([resolveActor(graph, name), claimsByActor(graph, name), eventsInvolving(graph, name)]).toEqual([[], [], []]);
  });

  it.each(PROTO_NAMES)('finds no place called %s', (name) => {
    expect([resolvePlace(graph, name), eventsAtPlace(graph, name), claimsAbout(graph, name)]).toEqual([[], [], []]);
  });

  it.each(PROTO_NAMES)('normalises %s to a plain string', (name) => {
    expect(typeof normalizeName(name)).toBe('string');
  });
});

describe('prototype names through parseArticle', () => {
  const text = 'Constructor Smith said on Monday that troops had left Prototype. Talks in Constructor failed, Mayor Hasownproperty said. __proto__ and toString denied it.';

  it('parses them like any other names', () => {
    expect(brokenInvariants(text, parseArticle(text, { publishedAt: '2025-12-03' }))).toEqual([]);
  });

  it('makes a person of Constructor Smith under a prefixed id', () => {
    expect(parseArticle(text).actors.find((a) => a.name === 'Constructor Smith')?.id).toBe('actor:constructor-smith');
  });

  it('builds a graph whose keys all carry a type prefix', () => {
    const graph = buildGraph([parseArticle(text, { publishedAt: '2025-12-03' })]);
    expect(graph.nodes().every((k) => /^[a-z]+:/.test(k))).toBe(true);
  });
});
