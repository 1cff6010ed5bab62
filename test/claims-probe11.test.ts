import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Attribution forms found by reading the parse of invented reports in the sealed sets' styles (round 10: US state
 * politics, Supreme Court rulings, EU summits, nuclear and ceasefire talks, earnings calls). Every sentence is
 * invented; each positive row failed before its fix.
 */

function parse(text: string, publishedAt = '2016-10-14') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return { parsed, claims: parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) })) };
}
const claimsOf = (text: string) => parse(text).claims;
const speakers = (text: string) => claimsOf(text).map((c) => [c.claimant, c.cue]);

describe('two coordinated subjects both speak', () => {
  it.each([
    ['State Senator Ana Ruiz and Governor Tom Brandt said the bill would pass.', [['Ana Ruiz', 'said'], ['Tom Brandt', 'said']]],
    ['EU trade commissioner Karel Osten and Chinese commerce minister Wu Lin announced that the dispute had been settled.', [['Karel Osten', 'announced'], ['Wu Lin', 'announced']]],
    ['Teachers and parents warned that the cuts would hurt students.', [['teachers', 'warned'], ['parents', 'warned']]],
    ['Democrats and civil rights groups praised the ruling.', [['Democrats', 'praised'], ['civil rights groups', 'praised']]],
    ['"This is a good day," Ruiz and Brandt said in a joint statement.', [['Ruiz', 'said'], ['Brandt', 'said']]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['The army shelled the town and rebels said three people died.', 'rebels'],
    ['Officials in Lyon and Nantes said the strike would go on.', 'officials in Lyon and Nantes'],
  ])('guard (passes before the change too): one subject in %s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});
