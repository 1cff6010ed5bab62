import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 15, second wave (claims17): findings of examinations with no person named ("An autopsy found that ..."),
 * parties of a court case named by their side ("The state had claimed", "Lawyers for the state argued"), a bare
 * plural of papers or speech before "that" ("argued in court filings that") and a readout of a call. Every sentence
 * is invented; each positive row failed before its fix, guards are labelled.
 */

function claimsOf(text: string, publishedAt = '2016-05-10') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ claimant: name(c.claimantId), content: c.content }));
}

describe('an examination finds as a study does (speaker/examination-document)', () => {
  it.each([
    ['An autopsy found that he had died of a heart attack.', 'he had died of a heart attack', /autopsy/],
    ['A post-mortem showed the boy had drowned.', 'the boy had drowned', /mortem/],
    ['The inspection revealed that the bridge had been weakened by rust.', 'the bridge had been weakened by rust', /inspection/],
    ['Laboratory tests showed that the samples contained the nerve agent.', 'the samples contained the nerve agent', /tests/],
    ['An inquiry determined that the fire had been set deliberately.', 'the fire had been set deliberately', /inquiry/],
    ['An Elysee readout of the call said the two presidents agreed to keep in touch.', 'the two presidents agreed to keep in touch', /./],
  ])('%s', (text, content, claimant) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.content)).toEqual([content]);
    expect(claims[0]?.claimant ?? '').toMatch(claimant);
  });

  it('guard (passes before the change too): an examination as an act claims nothing', () => {
    expect(claimsOf('Doctors carried out an autopsy on Monday.')).toEqual([]);
  });
});

describe('a party of a court case named by its side speaks (speaker/court-party)', () => {
  it.each([
    ['Texas sued the federal government in March. The state had claimed that the agency exceeded its authority.', 'state', 'the agency exceeded its authority'],
    ['Texas sued the federal government in March. Lawyers for the state argued that the rule was unconstitutional.', 'state', 'the rule was unconstitutional'],
    ['In court papers, the prosecution argued that Hale had lied to investigators.', 'prosecution', 'Hale had lied to investigators'],
    ['The defence said the confession had been obtained under duress.', 'defence', 'the confession had been obtained under duress'],
    ["Ohio appealed the ruling. The state's lawyers argued that the map was fair.", 'state', 'the map was fair'],
    ["In a filing on Monday, the prosecution's attorneys said Hale had lied.", 'prosecution', 'Hale had lied'],
  ])('%s', (text, claimant, content) => {
    expect(claimsOf(text)).toEqual([{ claimant, content }]);
  });

  it('guard (passes before the change too): a state body as a modifier is no court party', () => {
    expect(claimsOf('Officials said funding from the state had been cut.').map((c) => c.claimant)).toEqual(['officials']);
  });
});

describe('a bare plural of papers or speech before "that" is no content (content/bare-channel-plural)', () => {
  it.each([
    ['Prosecutors argued in court filings that Hale had lied.', 'Hale had lied'],
    ['Senator Ruth Dale wrote in emails that the deal was dead.', 'the deal was dead'],
    ['Governor Tom Reyes said in interviews that he would not resign.', 'he would not resign'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('an adverb of time after the cue is no content (content/adverb-after-postposed)', () => {
  it.each([
    ['The bridge collapsed on Sunday, police said later.', 'police', 'The bridge collapsed on Sunday'],
    ['Two men were arrested near the border, the Interior Ministry said afterwards.', 'Interior Ministry', 'Two men were arrested near the border'],
    ['The talks in Geneva had failed, Foreign Minister Tomas Varga said earlier.', 'Tomas Varga', 'The talks in Geneva had failed'],
    ['Officials said later that the dam had held.', 'officials', 'the dam had held'],
    ['Senator Ruth Dale said afterwards the vote had been rigged.', 'Ruth Dale', 'the vote had been rigged'],
  ])('%s', (text, claimant, content) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.content])).toEqual([[claimant, content]]);
  });

  it('guard (passes before the change too): "said later this week" keeps its time out of the speaker adverb', () => {
    expect(claimsOf('Officials said the dam would be inspected later this week.').map((c) => c.content)).toEqual(['the dam would be inspected later this week']);
  });
});

describe('a study with its author or results around it still speaks (speaker/document-topic, speaker/results-of-study)', () => {
  it.each([
    ['An investigation by the newspaper found that the mayor had hidden the payments.', 'the mayor had hidden the payments', /investigation|newspaper/],
    ['A survey from the chamber showed that most firms planned to hire.', 'most firms planned to hire', /survey|chamber/],
    ['The results of the autopsy showed that she had been poisoned.', 'she had been poisoned', /autopsy/],
    ['The outcome of the review showed the checks had been skipped.', 'the checks had been skipped', /review/],
  ])('%s', (text, content, claimant) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.content)).toEqual([content]);
    expect(claims[0]?.claimant ?? '').toMatch(claimant);
  });
});
