import { describe, expect, it } from 'vitest';
import { addArticle, buildGraph, claimsByActor, eventsAtPlace, eventsByType, parseArticle, timeline } from '../src/index.js';

// Invented reports: one speaker quoted in two articles, and an arrest then a second one in the same town.
const first = parseArticle('Police arrested 40 protesters in Minsk on Sunday, Interior Minister Ivan Kubrakov said.', { publishedAt: '2025-06-10' });
const second = parseArticle('Police detained a journalist in Minsk on Monday, Interior Minister Ivan Kubrakov said.', { publishedAt: '2025-06-10' });

describe('query records are cached per graph version', () => {
  it('every query hands out frozen records, the same snapshot on each call', () => {
    const graph = buildGraph([first]);
    const [claim] = claimsByActor(graph, 'Ivan Kubrakov');
    expect(claim).toBeDefined();
    expect(Object.isFrozen(claim)).toBe(true);
    expect(Object.isFrozen(claim?.evidence)).toBe(true);
    expect(() => ((claim as { content: string }).content = 'changed')).toThrow(TypeError);
    expect(claimsByActor(graph, 'Ivan Kubrakov')[0]).toBe(claim);
    const [event] = eventsByType(graph, 'arrest');
    expect(Object.isFrozen(event)).toBe(true);
    expect(eventsAtPlace(graph, 'Minsk')[0]).toBe(event);
  });

  it('sees claims and events added after an earlier query, through the neighbour tables too', () => {
    const graph = buildGraph([first]);
    expect(claimsByActor(graph, 'Ivan Kubrakov')).toHaveLength(1);
    const arrests = eventsAtPlace(graph, 'Minsk').length;
    addArticle(graph, second);
    expect(claimsByActor(graph, 'Ivan Kubrakov')).toHaveLength(2);
    expect(eventsAtPlace(graph, 'Minsk').length).toBeGreaterThan(arrests);
  });

  it('keeps each answer: asking again gives a new array of the same records, which a caller may change freely', () => {
    const graph = buildGraph([first, second]);
    const once = eventsAtPlace(graph, 'Minsk');
    expect(once.length).toBeGreaterThan(0);
    once.length = 0;
    const again = eventsAtPlace(graph, 'Minsk');
    expect(again.length).toBeGreaterThan(0);
    expect(again).not.toBe(once);
    expect(again[0]).toBe(eventsAtPlace(graph, 'Minsk')[0]);
    const [entry] = timeline(graph);
    expect(Object.isFrozen(entry)).toBe(true);
    expect(timeline(graph)[0]).toBe(entry);
  });

  it('does not keep a call that throws, and answers other options on their own', () => {
    const graph = buildGraph([first, second]);
    expect(() => eventsAtPlace(graph, 'Minsk', { kind: 'denial' } as never)).toThrow();
    expect(() => eventsAtPlace(graph, 'Minsk', { kind: 'denial' } as never)).toThrow();
    expect(eventsAtPlace(graph, 'Minsk', { articleIds: ['none'] })).toEqual([]);
    expect(eventsAtPlace(graph, 'Minsk').length).toBeGreaterThan(0);
  });
});
