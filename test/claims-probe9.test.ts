import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Attribution forms found by reading the parse of invented reports in the sealed sets' styles (round 8: US campaign
 * and court news, wire conflict copy, UK politics, business wire). Every sentence is invented; each positive row
 * failed before its fix.
 */

function parse(text: string, publishedAt = '2016-10-12') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return { parsed, claims: parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) })) };
}
const claimsOf = (text: string) => parse(text).claims;

describe('a description of the person the text is about, after a quote or after the cue', () => {
  it.each([
    ['Senator Mara Quist toured the plant on Monday. "We have a very good chance," the Idaho Republican said.', 'Mara Quist', 'We have a very good chance'],
    ['Dorian Vale runs the Harlow Motor Company. "This is a merger of equals," the 58-year-old engineer told a news conference.', 'Dorian Vale', 'This is a merger of equals'],
    ['Ana Ruiz spoke to donors in Tampa. "Nobody will outwork us," the former prosecutor said on Tuesday.', 'Ana Ruiz', 'Nobody will outwork us'],
    ['Teodor Brand addressed the crowd. "We will win this state," said the Republican nominee.', 'Teodor Brand', 'We will win this state'],
    ['Lena Okafor visited the port. "The docks are ready," said the 61-year-old businesswoman, who founded the firm in 1990.', 'Lena Okafor', 'The docks are ready'],
    ['Teodor Brand held a rally in Ohio. The Republican nominee, speaking to several thousand people at a fairground, said the media was lying.', 'Teodor Brand', 'the media was lying'],
  ])('%s', (text, claimant, content) => {
    const { parsed, claims } = parse(text);
    const claim = claims.find((c) => c.content?.includes(content));
    expect(claim?.claimant).toBe(claimant);
    // the description is no person of its own
    expect(parsed.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([claimant]);
  });

  it('leaves a bare title to the title resolver', () => {
    const claims = claimsOf('Senator Mara Quist met Governor Ivo Lind. "We have a deal," the governor said.');
    expect(claims[0]?.claimant).toBe('Ivo Lind');
  });
});

describe('an official named by a title with modifiers and no name', () => {
  it.each([
    ['Shelling killed at least 12 civilians in the border town on Sunday, the regional governor said.', 'regional governor', 'Shelling killed at least 12 civilians'],
    ['The local police chief said two men had been arrested near the station.', 'local police chief', 'two men had been arrested'],
    ['"The roads are closed," the provincial governor told reporters.', 'provincial governor', 'The roads are closed'],
    ["The European Union's foreign policy chief said the bloc was deeply concerned by the escalation.", "European Union's foreign policy chief", 'the bloc was deeply concerned'],
    ["The talks have stalled, the European Union's foreign policy chief said.", "European Union's foreign policy chief", 'The talks have stalled'],
  ])('%s', (text, claimant, content) => {
    const claim = claimsOf(text).find((c) => c.content?.includes(content));
    expect(claim?.claimant).toBe(claimant);
  });

  it('is the person the article names beside the same title, before or after', () => {
    const after = claimsOf('Shelling killed 12 civilians on Sunday, the regional governor said. The regional governor, Pavlo Ruden, said repairs would take weeks.');
    expect(after.map((c) => c.claimant)).toEqual(['Pavlo Ruden', 'Pavlo Ruden']);
    const before = claimsOf('Pavlo Ruden, the regional governor, toured the town. The regional governor said repairs would take weeks.');
    expect(before[0]?.claimant).toBe('Pavlo Ruden');
  });

  it('keeps a complement and a former holder out', () => {
    expect(claimsOf('Critics of the regional governor said he had failed.')[0]?.claimant).not.toBe('regional governor');
    const claims = claimsOf('Ana Ruiz spoke in Tampa. The former prosecutor said she would run.');
    expect(claims[0]?.claimant).toBe('Ana Ruiz');
  });
});
