import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * States whose names have two words ("South Sudan", "North Korea", "Sri Lanka") in their possessive and adjective
 * forms, found by the lead in round 11: the last word alone is another state or none. Every sentence is invented.
 */

function parse(body: string) {
  return parseArticle(`Invented report\n\nFriday, May 31, 2024\n\n${body}`, { publishedAt: '2024-05-31' });
}

function claimantOf(body: string): string | undefined {
  const parsed = parse(body);
  const claim = parsed.claims[0];
  return parsed.actors.find((a) => a.id === claim?.claimantId)?.name;
}

describe('a group or government owned by a state of two words is that state\'s', () => {
  it.each([
    ["South Sudan's government rejected the plan on Friday.", 'South Sudan'],
    ["Equatorial Guinea's government rejected the report on Monday.", 'Equatorial Guinea'],
  ])('%s', (body, state) => {
    const names = parse(body).actors.map((a) => a.name);
    expect(names).toContain(state);
    expect(names).not.toContain('Sudan');
    expect(names).not.toContain('Guinea');
  });

  it.each([
    ['Three South Sudanese officials were sanctioned on Friday.', 'South Sudanese officials'],
    ['Two North Korean soldiers crossed the border on Tuesday.', 'North Korean soldiers'],
    ['Sri Lankan troops entered the town.', 'Sri Lankan troops'],
  ])('%s', (body, group) => {
    const actors = parse(body).actors;
    expect(actors.map((a) => a.name)).toContain(group);
    // the nationality adjective alone is nobody
    expect(actors.some((a) => a.kind === 'organization')).toBe(false);
  });

  it.each([
    ["North Korea's foreign ministry condemned the drills.", "North Korea's foreign ministry"],
    ["Sri Lanka's navy said it had arrested 12 fishermen.", "Sri Lanka's navy"],
    ["Saudi Arabia's energy ministry said output would rise.", "Saudi Arabia's energy ministry"],
  ])('a body owned by such a state speaks: %s', (body, speaker) => {
    expect(claimantOf(body)).toBe(speaker);
  });

  it.each([
    ["Russia's foreign ministry condemned the drills.", "Russia's foreign ministry"],
  ])('guard (passes before the change too): %s', (body, speaker) => {
    expect(claimantOf(body)).toBe(speaker);
  });
});
