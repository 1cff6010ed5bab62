import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 24 (claims27): the kind of a claim read from the form of what is claimed, probed with invented sentences of
 * each kind in the styles of public-health advisories, post-match interviews, Commons exchanges, campaign speeches,
 * earnings calls and rights groups' reports. Every sentence and name is invented; each positive row failed before its
 * fix, guards are labelled.
 */

const LEAD = 'Officials met on Tuesday. Health Minister Petra Halvorsen, coach Dani Okafor and Senator Wren Tallis spoke.';

function kindsOf(sentence: string, publishedAt = '2024-05-14') {
  const text = `${LEAD} ${sentence}`;
  const parsed = parseArticle(text, { publishedAt });
  return parsed.claims.filter((c) => c.start >= LEAD.length).map((c) => c.kind);
}

describe('words opening with an imperative are a call (kind/imperative)', () => {
  it.each([
    '"Boil all drinking water and keep pets away from the lake," Halvorsen said.',
    '"Do not swim at the north beach until further notice," Halvorsen told reporters.',
    '"Get your booster before the winter," Halvorsen said.',
    '"Please stay off the roads tonight," Halvorsen said.',
    '"Go out there and enjoy it," Okafor told his players.',
    '"Let\'s win this thing together," Tallis told the crowd in Akron.',
    '"Never give them the ball in midfield," Okafor said.',
  ])('%s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['call']);
  });

  it.each([
    '"Believe me, this was the hardest week of my career," Okafor said.',
    '"Thank you all for your patience," Halvorsen said.',
    '"Let me be clear about the numbers," Halvorsen said.',
  ])('guard (passes before the change too): an imperative that frames or thanks directs nothing: %s', (sentence) => {
    expect(kindsOf(sentence)).not.toContain('call');
  });

  it('guard (passes before the change too): a sentence opening with a noun the tagger could read as a verb is no imperative', () => {
    expect(kindsOf('"Record crowds came to every match this season," Okafor said.')).not.toContain('call');
  });
});

describe('an account called false is a denial (kind/called-false)', () => {
  it.each([
    'Halvorsen said the reports of a vaccine shortage were untrue.',
    'Tallis said the allegations against his aide were completely baseless.',
    '"That story is a total fabrication," Tallis said.',
    '"This is simply not true," Halvorsen told MPs.',
    'Okafor said the rumours about his departure were nonsense.',
    'The interior ministry said the report was "full of lies".',
  ])('%s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['denial']);
  });

  it.each([
    'Tallis said the new tax was unfair.',
    'Halvorsen said the hospital figures were worrying.',
  ])('guard (passes before the change too): a judgement of anything but an account stays one: %s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['assessment']);
  });
});

describe('a happening said not to have taken place is a denial (kind/denied-occurrence)', () => {
  it.each([
    '"The raid never took place," Tallis said.',
    'Halvorsen told MPs the data breach simply did not happen.',
    '"There has been no cover-up," Halvorsen said in the Commons.',
    'Okafor said the argument in the dressing room never happened.',
  ])('%s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['denial']);
  });

  it.each([
    'Halvorsen said the review had not taken place yet.',
    'Okafor said a comeback like that had never happened before.',
  ])('guard (passes before the change too): a happening still ahead or never seen before is no denial: %s', (sentence) => {
    expect(kindsOf(sentence)).not.toContain('denial');
  });
});

describe('an act judged by its manner is an assessment (kind/evaluative-manner)', () => {
  it.each([
    'Okafor said his side had defended poorly in the second half.',
    '"The referee managed the game superbly," Okafor said.',
    '"We played really well after the break," Okafor told reporters.',
    'Tallis said the government had acted irresponsibly.',
    'Halvorsen said the trust had handled the complaints shamefully.',
  ])('%s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['assessment']);
  });

  it.each([
    'Halvorsen said two nurses were badly hurt in the fire.',
    'Tallis said the town badly needed a new bridge.',
  ])('guard (passes before the change too): an adverb of degree before the word it grades judges no manner: %s', (sentence) => {
    expect(kindsOf(sentence)).not.toContain('assessment');
  });
});

describe('calls as a plural noun after a verb or preposition are others\' calls (kind/calls-as-topic)', () => {
  it.each([
    'Halvorsen told MPs the government had resisted calls for a public inquiry.',
    'Tallis said the board had ignored calls for his resignation.',
    'Halvorsen said the trust faced growing calls for an independent review.',
  ])('%s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['statement']);
  });

  it('guard (passes before the change too): the speaker\'s own call is one', () => {
    expect(kindsOf('"Our movement calls for a full recount," Tallis said.')).toEqual(['call']);
  });
});

describe('an "according to" source warns and calls as a speaker does (kind/according-to-act)', () => {
  it.each([
    ['According to Halvorsen, the outbreak could kill thousands in the north.', 'warning'],
    ['According to Tallis, the council must publish the contracts.', 'call'],
    ['According to Halvorsen, the heatwave poses a serious threat to the elderly.', 'warning'],
  ])('%s', (sentence, kind) => {
    expect(kindsOf(sentence)).toEqual([kind]);
  });

  it('guard (passes before the change too): a plain fact after "according to" stays a report', () => {
    expect(kindsOf('According to Halvorsen, the clinic opened in 1998.')).toEqual(['report']);
  });
});

describe('"I will" and a body the speaker owns bind the speaker (kind/own-will)', () => {
  it.each([
    '"I will bring the steelworks back to this valley," Tallis told supporters.',
    '"My government will abolish the bedroom charge," Tallis said.',
    'Tallis said: "Our party will freeze rail fares for two years."',
    '"I\'ll fix the potholes on every street in this town," Tallis said.',
  ])('%s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['pledge']);
  });

  it.each([
    '"I will be honest with you, the result hurt," Okafor said.',
    '"I will have to look at the footage again," Okafor said.',
  ])('guard (passes before the change too): a state or an obligation of the speaker is no promise: %s', (sentence) => {
    expect(kindsOf(sentence)).not.toContain('pledge');
  });
});

describe('what is set against what the speaker wanted or was promised is judged, not denied (kind/short-of-standard)', () => {
  it.each([
    '"This is not the peace we were promised," said Tallis.',
    '"This is not the health service I joined," Halvorsen told MPs.',
    '"That is not who we are as a club," Okafor said.',
    'Tallis said the deal was not the agreement voters had asked for.',
  ])('%s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['assessment']);
  });

  it.each([
    'Halvorsen said the fire was not an accident.',
    '"The man in the video is not the suspect," Halvorsen said.',
  ])('guard (passes before the change too): a fact said not to be so stays a denial: %s', (sentence) => {
    expect(kindsOf(sentence)).toEqual(['denial']);
  });
});
