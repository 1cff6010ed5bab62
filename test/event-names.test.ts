import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const records = (text: string) => {
  const a = parseArticle(text, { publishedAt: '2025-06-02' });
  return [...a.actors.map((x) => x.name), ...a.places.map((p) => p.name)];
};

// Invented sentences: names of happenings and texts are neither actors nor places.
describe('names of events', () => {
  it.each([
    ['Delegates attended the Global Water Summit in Oslo on Monday.', 'Global Water Summit'],
    ['The company showed the car at the Geneva Motor Show.', 'Geneva Motor Show'],
    ['Tickets for the Baltic Jazz Festival sold out.', 'Baltic Jazz Festival'],
    ['The Kavala Peace Accord was signed in 2019.', 'Kavala Peace Accord'],
    ['She spoke at the Northern Energy Conference on Tuesday.', 'Northern Energy Conference'],
  ])('%j has no record for %j', (text, name) => {
    expect(records(text)).not.toContain(name);
  });
});
