import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/* Claim content classes found by the lead reading invented reports in round 19 (an earthquake, price figures). Every sentence here is invented. */

function contentsOf(body: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt: '2023-02-06' }).claims.map((c) => c.content);
}

describe('after a mid-sentence attribution, an absolute "with" phrase or a participle\'s cause adds to the clause before, which is the claim', () => {
  it.each([
    ['A strong earthquake struck the coast early on Monday, the national disaster agency said, with tremors felt as far away as the capital.', 'A strong earthquake struck the coast early on Monday'],
    ['Consumer prices rose 3 percent in May, the statistics office said, driven by fuel and food costs.', 'Consumer prices rose 3 percent in May'],
    ['Exports fell for a fourth month, the trade ministry said, hit by weaker demand from Europe.', 'Exports fell for a fourth month'],
  ])('%s', (body, content) => {
    expect(contentsOf(body)).toEqual([content]);
  });

  it('guard (passes before the change too): an absolute phrase with no verb after the attribution', () => {
    expect(contentsOf('The army shelled the town on Sunday, the ministry said, with at least 20 houses destroyed.')).toEqual(['The army shelled the town on Sunday']);
  });
});
