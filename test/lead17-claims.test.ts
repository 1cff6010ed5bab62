import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Claim and place classes found by the lead reading invented reports in round 17 (a ceasefire in a capital, a
 * campaign trade row, a mining lawsuit). Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nWednesday, June 10, 2020\n\n';

function parsed(body: string) {
  return parseArticle(HEAD + body, { publishedAt: '2020-06-10' });
}

/** Each denial's content with the contents of the claims it disputes. */
function answers(body: string) {
  const p = parsed(body);
  const content = (id: string) => p.claims.find((c) => c.id === id)?.content;
  return p.claims.filter((c) => c.kind === 'denial').map((c) => ({ denial: c.content, disputes: c.disputes.map(content) }));
}

describe('"denied the accusation" answers the latest accusation, not a later claim that merely names the denier', () => {
  it.each([
    ['Villagers in the east accused the Mai Mai militia of burning homes near Beni. Aid workers said the Mai Mai militia had blocked roads to the town on Sunday. The militia denied the accusation.', /^the Mai Mai militia of burning homes/],
    ['Opposition MP Tom Reyes accused Finance Minister Ana Costa of steering contracts to her brother\'s firm. The central bank said Costa had approved the budget in March. Costa denied the accusation on Tuesday.', /^Finance Minister Ana Costa of steering contracts/],
    ['A spokesman for the rebels, Paul Ndaye, accused the army of shelling residential districts. The health agency said the army had agreed to open two corridors near Goma. The army denied the accusation.', /^the army of shelling residential districts/],
  ])('%s', (body, answered) => {
    const links = answers(body);
    expect(links).toHaveLength(1);
    expect(links[0]?.disputes).toEqual([expect.stringMatching(answered)]);
  });
});

function kindsOf(body: string) {
  return parsed(body).claims.map((c) => ({ content: c.content, kind: c.kind }));
}

describe('a party judged to have no standing or right to act is an assessment, no denial', () => {
  it.each([
    ['Spokesman Brian Hale said the senator has no standing to lecture anyone about workers.', /no standing/],
    ['Opposition leader Ana Ruiz said the government had no right to expel the journalists.', /no right/],
    ['Union leader Tom Reed said management has no business telling workers how to vote.', /no business/],
    ['Foreign Minister Jan Novak said the regime was in no position to demand anything.', /no position/],
  ])('%s', (body, content) => {
    expect(kindsOf(body)).toContainEqual({ content: expect.stringMatching(content), kind: 'assessment' });
  });

  it.each([
    ['Police spokesman Tom Reed said the suspect had no criminal record.', /no criminal record/],
    ['Company spokesman Ana Ruiz said the plant has no links to the spill.', /no links/],
  ])('guard (passes before the change too): a fact denied stays a denial: %s', (body, content) => {
    expect(kindsOf(body)).toContainEqual({ content: expect.stringMatching(content), kind: 'denial' });
  });
});

describe('a city the gazetteer places in one country is not within another country that follows it after a comma', () => {
  it.each([
    ['The truce was brokered after two days of talks in Jeddah, US Secretary of State Tom Hale said.', 'Jeddah', 'place:united-states'],
    ['The envoys met in Nairobi, UK Foreign Secretary Ann Lowe told reporters.', 'Nairobi', 'place:united-kingdom'],
  ])('%s', (body, city, wrong) => {
    const place = parsed(body).places.find((p) => p.name === city);
    expect(place).toBeDefined();
    expect(place?.within ?? []).not.toContain(wrong);
  });

  it('guard (passes before the change too): "Aleppo, Syria" keeps its country', () => {
    const place = parsed('Fighting continued near Aleppo, Syria, on Monday.').places.find((p) => p.name === 'Aleppo');
    expect(place?.within).toEqual(['place:syria']);
  });
});

describe('a pledge kept or broken is what the claim judges, no pledge of the speaker', () => {
  it.each([
    ['Campaign chairman Tom Hale told reporters that the senator had broken his pledge to support the nominee.', /broken his pledge/],
    ['Union leader Ana Ruiz said the company had abandoned its pledge to keep the plant open.', /abandoned its pledge/],
    ['Opposition leader Jan Novak said the president had kept his promise to cut taxes.', /kept his promise/],
  ])('%s', (body, content) => {
    const claim = kindsOf(body).find((c) => content.test(c.content));
    expect(claim).toBeDefined();
    expect(claim?.kind).not.toBe('pledge');
  });

  it('guard (passes before the change too): a pledge the speaker makes stays a pledge', () => {
    expect(kindsOf('Mayor Ana Ruiz said she would keep her promise to rebuild the bridge.')).toContainEqual({ content: expect.stringMatching(/keep her promise/), kind: 'pledge' });
  });
});

describe('quotation marks inside a claim do not hide the words that decide its kind', () => {
  it.each([
    ['Senator Tom Hale said he would never "support someone who insults my family."'],
    ['Opposition leader Ana Ruiz said her party would never "accept the result of this rigged vote."'],
  ])('%s', (body) => {
    expect(kindsOf(body).map((c) => c.kind)).toEqual(['rejection']);
  });

  it('guard (passes before the change too): a quote holding the whole modal phrase keeps its kind', () => {
    expect(kindsOf('Governor Ana Ruiz said residents "must leave the coast" before the storm arrives.').map((c) => c.kind)).toEqual(['call']);
  });
});

describe('"disputed that account": "that" before a claim noun is its determiner, and the answer links', () => {
  it.each([
    ['People familiar with the talks said Hale had seen the letter in advance. A senior aide to Hale, Ann Lowe, disputed that account, insisting the campaign had been surprised.', 'that account', /Hale had seen the letter/],
    ['Ana Ruiz said the ministry had hidden the audit from lawmakers. Ministry spokesman Tom Hale rejected that characterization.', 'that characterization', /hidden the audit/],
  ])('%s', (body, content, answered) => {
    const p = parsed(body);
    const answer = p.claims.find((c) => c.content === content);
    expect(answer).toBeDefined();
    expect(answer?.disputes.map((id) => p.claims.find((c) => c.id === id)?.content)).toEqual([expect.stringMatching(answered)]);
  });
});

describe('results named only as a thing, with at most when, are published, not claimed', () => {
  it.each([
    'Rival Vorlan Air, which reports quarterly results next week, fell 3.2 percent.',
    'Kordwerk will announce its full-year results on May 8.',
    'Nordbank reported third-quarter earnings on Tuesday, a day after its rival.',
  ])('%s', (body) => {
    expect(kindsOf(body)).toEqual([]);
  });

  it.each([
    ['Nordbank reported a net loss of 2 billion euros for the quarter.', /net loss/],
    ['Kordwerk reported that sales rose 4 percent.', /sales rose/],
  ])('guard (passes before the change too): a figure or a clause is still reported: %s', (body, content) => {
    expect(kindsOf(body)).toContainEqual({ content: expect.stringMatching(content), kind: 'report' });
  });
});

describe('a candidate\'s or a party\'s own next step in a contest or on a law is a pledge', () => {
  it.each([
    'Senator Ann Lowe insists she will stay in the race until the convention.',
    'Governor Tom Hale has said he will sign the bill if the senate passes it.',
    'President Jan Novak said he would veto the bill.',
    'Senator Ana Ruiz said she would vote against the measure.',
  ])('%s', (body) => {
    expect(kindsOf(body).map((c) => c.kind)).toEqual(['pledge']);
  });

  it('guard (passes before the change too): a thing\'s future is no pledge', () => {
    expect(kindsOf('Analyst Tom Hale said the ruling will release funds for the project.').map((c) => c.kind)).not.toContain('pledge');
  });
});

describe('where the addressee was told, a place after "in" or "at", is no part of the claim', () => {
  it.each([
    ['Senator Ann Lowe told supporters in Wisconsin she is "not going anywhere."', 'she is "not going anywhere."'],
    ['Mayor Jan Novak told residents in New Orleans the levees would hold.', 'the levees would hold'],
    ['Minister Tom Hale told reporters at Gatwick the strike was over.', 'the strike was over'],
  ])('%s', (body, content) => {
    expect(kindsOf(body).map((c) => c.content)).toEqual([content]);
  });

  it('a second capitalised word after a one-word place opens the claim', () => {
    expect(kindsOf('Foreign Minister Ann Lowe told reporters in Kyiv Russia had attacked the grid.').map((c) => c.content)).toEqual(['Russia had attacked the grid']);
  });
});

describe('", and" after a postposed attribution opens the writer\'s next clause, not the claim', () => {
  it.each([
    ['At least two people were shot dead in the city of Kisumu, a hospital official said, and dozens were arrested across the country.', 'At least two people were shot dead in the city of Kisumu'],
    ['The dam burst on Friday, officials said, and hundreds of homes were flooded.', 'The dam burst on Friday'],
  ])('%s', (body, content) => {
    expect(kindsOf(body).map((c) => c.content)).toEqual([content]);
  });
});
