import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 16, second wave (claims19): invented 2016 campaign reports where an unnamed source (a donor, an aide, a
 * volunteer) is quoted between the candidate's name and a description of the candidate. Every sentence is invented;
 * each positive row failed before its fix, guards are labelled.
 */

function claimsOf(text: string, publishedAt = '2016-10-16') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ claimant: name(c.claimantId), cue: c.cue, content: c.content }));
}

describe('a campaign description speaking is the candidate named last, not an unnamed source (speaker/campaign-description-named)', () => {
  it.each([
    ['Donald Trump rallied in Florida on Sunday. A donor said the campaign was short of cash. The nominee said he would spend his own money.', 'Donald Trump'],
    ['Senator Marco Rubio toured Iowa. One volunteer said turnout was low. The candidate told reporters the polls were wrong.', 'Marco Rubio'],
    ['Hillary Clinton spoke in Ohio. An aide said the state was close. The candidate herself said the race was tight.', 'Hillary Clinton'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).at(-1)?.claimant).toBe(claimant);
  });

  it('guard (passes before the change too): a description with nobody named before stays nobody', () => {
    expect(claimsOf('A senior official said the plan was dead. The outgoing chairman said he was proud of the team.')).toHaveLength(1);
  });
});

describe('after a description of the candidate as subject, "he"/"she" is the candidate, not an unnamed source (speaker/campaign-description-named)', () => {
  it.each([
    ['Hillary Clinton spoke in Ohio on Monday. An aide said turnout was key. The Democratic nominee also attacked Trump\'s business record. "He has stiffed workers," she said.', 'Hillary Clinton'],
    ['Bernie Sanders toured Michigan. One volunteer said the crowd was big. The Vermont senator blamed the party. "It is rigged," he said.', 'Bernie Sanders'],
    ['Marco Rubio made his pitch in Iowa. One donor said money was tight. The candidate himself blamed the media. "I will win this state," he told supporters.', 'Marco Rubio'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).at(-1)?.claimant).toBe(claimant);
  });

  it('guard (passes before the change too): a description of the unnamed source itself stays with that source', () => {
    expect(claimsOf('Ted Cruz campaigned in Texas. An aide said the crowd was small. The aide later added that he expected a win.').at(-1)?.claimant).toBe('aide');
  });
});

describe('a harm noun a modal brings in its clause is a warning, not a report of harm done (kind/harm-noun-ahead)', () => {
  function kindsOf(text: string) {
    return parseArticle(text, { publishedAt: '2016-10-16' }).claims.map((c) => c.kind);
  }

  it.each([
    'Forecasters said the storm would cause deaths across the region.',
    'Aid workers said the offensive could lead to mass casualties among civilians.',
    'Doctors said the heatwave might cause injuries among outdoor workers.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['warning']);
  });

  it.each([
    'The ministry said the shelling had caused deaths in three villages.',
    'The army said the raid caused heavy casualties among the militants.',
  ])('guard (passes before the change too): a harm noun with no modal is a report: %s', (text) => {
    expect(kindsOf(text)).toEqual(['report']);
  });

  it('guard (passes before the change too): a modal in another clause does not bring the harm', () => {
    expect(kindsOf('Police said there were no casualties and the road would reopen on Monday.')).not.toContain('warning');
  });
});

describe('a name glued by a hyphen to a participle before a group noun is one modifier of the speaking group (speaker/hyphened-participle-modifier)', () => {
  it.each([
    ['The UN-backed government called for an immediate ceasefire on Tuesday.', 'UN-backed government'],
    ['The UN-backed government said the militia had shelled the airport.', 'UN-backed government'],
    ['The UN-backed forces said they had captured the town.', 'UN-backed forces'],
    ['The UN-backed unity government said the militia had fled the town.', 'UN-backed unity government'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it('a following "It" goes to the group, not the body glued to the participle', () => {
    expect(claimsOf('The UN-backed government called for a truce. It accused rival militias of shelling homes.').map((c) => c.claimant)).toEqual(['UN-backed government', 'UN-backed government']);
  });

  it('guard (passes before the change too): a hyphened participle already read with other names', () => {
    expect(claimsOf('The Iran-backed rebels said they had seized the port.').map((c) => c.claimant)).toEqual(['Iran-backed rebels']);
  });
});
