import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Wire copy describes the company of the story by its rank: "the No. 3 U.S. automaker", "the nation's
 * third-largest automaker", "the world's biggest miner". Such a description is the company named before, not a
 * speaker of its own. Invented companies.
 */
function speakers(text: string): string[] {
  const parsed = parseArticle(`Carmaker cuts jobs\n\n${text}`, { publishedAt: '1990-11-14' });
  return parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name ?? '-');
}

describe('a company described by its rank', () => {
  it.each([
    'Korvel Motors Corp. said Wednesday it will cut 5,000 jobs.\n\nThe No. 3 U.S. automaker said the cuts would save $500 million a year.',
    "Korvel Motors Corp. said Wednesday it will cut 5,000 jobs.\n\nThe nation's third-largest automaker said sales fell.",
    "Tarn Valley Mining said output rose.\n\nThe world's biggest miner said prices would stay low.",
  ])('%s', (text) => {
    const found = speakers(text);
    expect(found).toHaveLength(2);
    expect(found[1]).toBe(found[0]);
  });
});
