import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const valueOf = (text: string, expr: string, publishedAt = '2025-09-04') =>
  parseArticle(text, { publishedAt }).times.find((t) => t.text === expr)?.value;

// Invented narratives: a clock time in the sentence after the one that named the day.
describe('clock times in a narrated day', () => {
  it('puts a past clock time on the day the previous sentence named', () => {
    const text = 'A ferry ran aground off Vardo on Wednesday evening. It struck the rocks shortly after 6 p.m., the coast guard said.';
    expect(valueOf(text, '6 p.m.')).toBe('2025-09-03T18:00');
  });

  it('keeps the publication date when no day was named just before', () => {
    const text = 'A ferry ran aground off Vardo. It struck the rocks shortly after 6 p.m., the coast guard said.';
    expect(valueOf(text, '6 p.m.')).toBe('2025-09-04T18:00');
  });

  it('does not move a future clock time to a past day', () => {
    const text = 'The ferry ran aground on Wednesday. Divers will inspect the hull at 9 a.m.';
    expect(valueOf(text, '9 a.m.')).not.toBe('2025-09-03T09:00');
  });

  it('reaches back one sentence only', () => {
    const text = 'The ferry ran aground on Wednesday. Crews searched the hull for hours. The last passenger left at 4 a.m.';
    expect(valueOf(text, '4 a.m.')).not.toBe('2025-09-03T04:00');
  });
});
