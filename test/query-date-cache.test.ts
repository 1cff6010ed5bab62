import { describe, expect, it } from 'vitest';
import { addArticle, buildGraph, eventsOnDate, parseArticle } from '../src/index.js';

const first = parseArticle('Police arrested 40 protesters in Minsk on Sunday.', { publishedAt: '2025-06-10' });
const second = parseArticle('Troops shelled the port of Odesa on Sunday.', { publishedAt: '2025-06-10' });

describe('eventsOnDate records', () => {
  it('returns frozen records, so a caller cannot change what the next query returns', () => {
    const graph = buildGraph([first]);
    const [event] = eventsOnDate(graph, '2025-06-08');
    expect(event).toBeDefined();
    expect(Object.isFrozen(event)).toBe(true);
    expect(() => (event as { type: string }).type = 'other').toThrow(TypeError);
    expect(eventsOnDate(graph, '2025-06-08')[0]?.type).toBe('arrest');
  });

  it('sees an event added to the graph after an earlier query', () => {
    const graph = buildGraph([first]);
    expect(eventsOnDate(graph, '2025-06-08')).toHaveLength(1);
    addArticle(graph, second);
    expect(eventsOnDate(graph, '2025-06-08').map((e) => e.type).sort()).toEqual(['arrest', 'attack']);
  });
});
