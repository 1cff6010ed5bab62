import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionsError } from '../src/errors.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { parseArticle } from '../src/parse.js';
import { mainEvents } from '../src/query/main-events.js';
import { EventRecordSchema } from '../src/schema/graph.js';

const tram = [
  'Tram derails in Lisbon, injuring twelve',
  '',
  'Monday, June 9, 2025',
  '',
  'A tram derailed and overturned in central Lisbon on Monday, injuring twelve passengers.',
  '',
  'The city council met on Tuesday to discuss the budget. Investigators said the derailment was caused by worn rails.',
].join('\n');

const summit = [
  'Leaders meet in Accra',
  '',
  'President Ana Lima met President John Mahama in Accra on Monday. Police arrested two protesters outside the venue.',
].join('\n');

const graph = () => buildGraph([parseArticle(tram, { id: 'tram', publishedAt: '2025-06-09' }), parseArticle(summit, { id: 'summit', publishedAt: '2025-06-09' })]);

describe('mainEvents', () => {
  it('answers what an article is about: its most salient happening first', () => {
    const [first] = mainEvents(graph(), 'tram');
    expect(first?.type).toBe('accident');
    expect(first?.trigger.text).toBe('derailed');
    expect(first?.salience).toBe(1);
  });

  it('returns only the events of the article asked for, sorted by salience', () => {
    const events = mainEvents(graph(), 'summit');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.articleId === 'summit')).toBe(true);
    const saliences = events.map((e) => e.salience ?? 0);
    expect(saliences).toEqual([...saliences].sort((a, b) => b - a));
    expect(events[0]?.type).toBe('meeting');
  });

  it('keeps the evidence of every event and the later mentions of the same happening', () => {
    const [first] = mainEvents(graph(), 'tram');
    expect(first?.evidence.text).toContain('A tram derailed and overturned');
    expect(first?.mentions?.map((m) => m.trigger.text)).toContain('derailment');
  });

  it('cuts the list at limit and filters like the other event queries', () => {
    expect(mainEvents(graph(), 'tram', { limit: 1 })).toHaveLength(1);
    // offset pages it as in every query (it was accepted and ignored before)
    const all = mainEvents(graph(), 'tram');
    expect(all.length).toBeGreaterThan(1);
    expect(mainEvents(graph(), 'tram', { offset: 1, limit: 1 }).map((e) => e.id)).toEqual([all[1]?.id]);
    expect(mainEvents(graph(), 'summit', { type: 'arrest' }).map((e) => e.type)).toEqual(['arrest']);
  });

  it('returns records in the query record shape', () => {
    for (const record of mainEvents(graph(), 'tram')) expect(EventRecordSchema.safeParse(record).success).toBe(true);
  });

  it('throws a typed error for an article the graph does not hold and for bad options', () => {
    expect(() => mainEvents(graph(), 'nope')).toThrow(InvalidInputError);
    expect(() => mainEvents(graph(), 'tram', { limit: 0 })).toThrow(InvalidOptionsError);
    expect(() => mainEvents(graph(), 'tram', { articleIds: ['tram'] } as never)).toThrow(InvalidOptionsError);
  });
});
