import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const actors = (text: string) => parseArticle(text, { publishedAt: '2025-06-02' }).actors.map((a) => ({ name: a.name, kind: a.kind }));

// Invented sentences: the words around a name decide what it is when the name alone does not.
describe('names read from the words around them', () => {
  it.each([
    ['KVRB, the state rail operator, said it would cut 300 trains.', 'KVRB'],
    ['The Dutch grid operator TLNX, a major buyer of cable, said the order was late.', 'TLNX'],
    ['ORPA, which regulates ports, said the strike would end on Friday.', 'ORPA'],
  ])('%j: an acronym acts across its apposition', (text, name) => {
    expect(actors(text)).toContainEqual({ name, kind: 'organization' });
  });

  it('keeps an acronym in a list with "and" as a list, not an apposition', () => {
    const found = actors('Officials from KVRB, the rail operator and the unions met on Monday.');
    expect(found.filter((a) => a.name === 'KVRB' && a.kind === 'person')).toEqual([]);
  });

  it.each([
    ['Analysts at Morgan Keller said the price was fair.', 'Morgan Keller'],
    ['Economists at Harriet Lowe expect two rate cuts this year.', 'Harriet Lowe'],
    ['A professor at Johns Harrow said the study was flawed.', 'Johns Harrow'],
  ])('%j: the name after a staff noun and "at" is the employer', (text, name) => {
    const found = actors(text);
    expect(found).toContainEqual({ name, kind: 'organization' });
    expect(found.filter((a) => a.kind === 'person' && a.name === name)).toEqual([]);
  });

  it('leaves a known place after "at" a place', () => {
    const parsed = parseArticle('Doctors at Nairobi said six people died.', { publishedAt: '2025-06-02' });
    expect(parsed.actors.filter((a) => a.name === 'Nairobi' && a.kind === 'organization')).toEqual([]);
  });

  it.each([
    ['A State Department spokesman said the talks were useful.', 'State Department'],
    ['An Interior Ministry official said the border would reopen.', 'Interior Ministry'],
  ])('%j: the capitalised article opening the sentence is not part of the name', (text, name) => {
    const names = actors(text).map((a) => a.name);
    expect(names).toContain(name);
    expect(names.some((n) => /^(?:A|An) /.test(n))).toBe(false);
  });

  it.each([
    ['Tarkel Shipping said it would cut 300 jobs.', 'Tarkel Shipping'],
    ['Shares of Velmor Semiconductors fell after Velmor Semiconductors cut its forecast.', 'Velmor Semiconductors'],
  ])('%j: a name ending in an industry noun is a company, not a person', (text, name) => {
    expect(actors(text)).toContainEqual({ name, kind: 'organization' });
  });
});
