import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { claimsAbout } from '../src/query/claims-about.js';
import { claimsByActor } from '../src/query/claims-by-actor.js';
import { disputedClaims } from '../src/query/disputed-claims.js';
import { eventPhrase } from '../src/query/event-phrase.js';
import { eventsAtPlace } from '../src/query/events-at-place.js';
import { eventsOnDate } from '../src/query/events-on-date.js';
import { evidenceOf } from '../src/query/evidence.js';
import { summarize } from '../src/query/summarize.js';
import { timeline } from '../src/query/timeline.js';
import { ClaimRecordSchema, EventRecordSchema } from '../src/schema/graph.js';
import { captionClutter } from '../src/text/caption-clutter.js';
import { ArticleBuilder, kremlinArticle, kyivArticle } from './graph-fixtures.js';

const corpus = () => buildGraph([kremlinArticle(), kyivArticle()]);

describe('query records carry what a reader prints', () => {
  it("names an event's participants and places by their current names", () => {
    const [meeting] = eventsOnDate(corpus(), '2025-12-02');
    expect(EventRecordSchema.strict().parse(meeting).names).toEqual({
      'actor:vladimir-putin': 'Vladimir Putin', 'actor:steve-witkoff': 'Steve Witkoff', 'place:kremlin': 'Kremlin',
    });
  });

  it('gives an event the whole sentence it was read from, with offsets into its article', () => {
    const [meeting] = eventsOnDate(corpus(), '2025-12-02');
    expect(meeting?.evidence).toEqual({ text: 'Russian President Vladimir Putin met US envoy Steve Witkoff at the Kremlin on December 2.', start: 0, end: 89 });
  });

  it('names the claimant and the actors, places and events a claim is about', () => {
    const [denial] = claimsByActor(corpus(), 'Ukraine');
    expect(ClaimRecordSchema.strict().parse(denial).names).toEqual({
      'actor:ukraine': 'Ukraine', 'actor:russian-defense-ministry': 'Russian Defense Ministry', 'place:pokrovsk': 'Pokrovsk',
    });
    const [assessment] = claimsByActor(corpus(), 'Ushakov');
    expect(assessment?.names['event:kremlin-a-0']).toBe('meeting of Vladimir Putin and Steve Witkoff in Kremlin');
  });

  it("gives a claim's evidence as text equal to its article's slice at the offsets", () => {
    const g = corpus();
    for (const claim of [...claimsAbout(g, 'Pokrovsk'), ...claimsByActor(g, 'Putin')]) {
      const { text } = g.getNodeAttributes(`article:${claim.articleId}`) as { text: string };
      expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
      expect(claim.evidence.start).toBeLessThanOrEqual(claim.start);
      expect(claim.evidence.end).toBeGreaterThanOrEqual(claim.end);
    }
  });

  it('uses the name an actor has after merging, not the one its article gave', () => {
    const [said] = claimsByActor(corpus(), 'actor:vladimir-putin', { articleIds: ['kyiv-b'] });
    expect(said?.claimant).toBe('Vladimir Putin');
    expect(said?.names['actor:vladimir-putin']).toBe('Vladimir Putin');
  });
});

describe('evidenceOf', () => {
  it('widens a clause to its sentence without cutting at an abbreviation', () => {
    const text = 'Earlier news. The U.S. envoy Mr. Reyes met Ana Lima in Quito. Later news.';
    const at = text.indexOf('met Ana');
    expect(evidenceOf(text, at, at + 7).text).toBe('The U.S. envoy Mr. Reyes met Ana Lima in Quito.');
  });

  it('keeps a span that runs over several sentences whole', () => {
    const text = 'A said: "We will stay. We will win," she said. Next.';
    expect(evidenceOf(text, 9, 35).text).toBe('A said: "We will stay. We will win," she said.');
  });

  it('drops photo caption and credit markers before the sentence', () => {
    const text = 'Image copyright Getty Images Image caption Police detained two men near the port on Monday. Calm returned.';
    const at = text.indexOf('detained');
    expect(evidenceOf(text, at, at + 8).text).toBe('Police detained two men near the port on Monday.');
  });

  it('drops a credit line after the sentence', () => {
    const text = 'Crowds gathered in the square. Photograph: Jane Roe/Reuters\nNext paragraph.';
    expect(evidenceOf(text, 0, 6).text).toBe('Crowds gathered in the square.');
  });

  it('stays inside its paragraph', () => {
    const text = 'Heading without a stop\nThe council voted on Monday.\nAnother line';
    const at = text.indexOf('voted');
    expect(evidenceOf(text, at, at + 5).text).toBe('The council voted on Monday.');
  });
});

describe('captionClutter', () => {
  it('finds markers and the credit after copyright, source and credit markers, not caption words', () => {
    const text = 'Image source, AFP via Getty Images Image caption Fire crews at the scene. Media caption The mayor spoke';
    expect(captionClutter(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Image source, AFP via Getty Images', 'Image caption', 'Media caption',
    ]);
  });

  it('finds nothing in ordinary prose about images', () => {
    expect(captionClutter('The image of the president was everywhere; a photo op followed.')).toEqual([]);
  });
});

describe('eventPhrase', () => {
  const names: Record<string, string> = { 'actor:a': 'Ana Lima', 'actor:b': 'Ben Ortiz', 'actor:c': 'Carla Diaz', 'actor:p': 'police', 'place:t': 'Tartu' };
  const nameOf = (id: string) => names[id];
  const base = { trigger: { text: 'struck', start: 0, end: 6 }, modality: 'asserted' as const, placeIds: [] as string[], participants: [] as { actorId: string; role: 'agent' | 'patient' | 'attendee' | 'host' }[] };

  it('says where an attack happened', () => {
    expect(eventPhrase({ ...base, type: 'attack', placeIds: ['place:t'] }, nameOf)).toBe('attack in Tartu');
  });

  it('names the sides of a meeting', () => {
    expect(eventPhrase({ ...base, type: 'meeting', participants: [{ actorId: 'actor:a', role: 'host' }, { actorId: 'actor:b', role: 'attendee' }] }, nameOf))
      .toBe('meeting of Ana Lima and Ben Ortiz');
  });

  it('puts the patient before the agent', () => {
    expect(eventPhrase({ ...base, type: 'arrest', participants: [{ actorId: 'actor:p', role: 'agent' }, { actorId: 'actor:b', role: 'patient' }], placeIds: ['place:t'] }, nameOf))
      .toBe('arrest of Ben Ortiz by police in Tartu');
  });

  it('says when the happening is only claimed, planned or denied', () => {
    expect(eventPhrase({ ...base, type: 'meeting', modality: 'planned' }, nameOf)).toBe('planned meeting');
    expect(eventPhrase({ ...base, type: 'capture', modality: 'denied', placeIds: ['place:t'] }, nameOf)).toBe('denied capture in Tartu');
    expect(eventPhrase({ ...base, type: 'movement', modality: 'claimed', participants: [{ actorId: 'actor:p', role: 'agent' }] }, nameOf)).toBe('claimed movement by police');
  });

  it('counts the rest when there are many participants', () => {
    const participants = ['actor:a', 'actor:b', 'actor:c'].map((actorId) => ({ actorId, role: 'attendee' as const }));
    expect(eventPhrase({ ...base, type: 'meeting', participants }, nameOf)).toBe('meeting of Ana Lima and 2 others');
  });

  it("uses the trigger's words for a type that is no noun", () => {
    expect(eventPhrase({ ...base, type: 'economic', trigger: { text: 'Acquired', start: 0, end: 8 }, participants: [{ actorId: 'actor:a', role: 'agent' }] }, nameOf))
      .toBe('acquired by Ana Lima');
  });
});

describe('summarize', () => {
  it('prints an event as its date and what happened', () => {
    expect(eventsAtPlace(corpus(), 'Kremlin').map(summarize)).toEqual(['2025-12-02  meeting of Vladimir Putin and Steve Witkoff in Kremlin']);
  });

  it('prints a claim as date, claimant, kind, cue and content', () => {
    expect(claimsByActor(corpus(), 'Ushakov').map(summarize)).toEqual(['2025-12-02  Yuri Ushakov (assessment, "called"): the talks useful']);
  });

  it('prints a disputed claim with one line per disputing claim', () => {
    expect(disputedClaims(corpus()).map(summarize)).toEqual([
      '2025-12-03  Russian Defense Ministry (statement, "said"): its troops took Pokrovsk\n' +
        '  disputed by Ukraine (denial, "denied", undated): that Pokrovsk had fallen',
    ]);
  });

  it('prints a timeline entry as its record, undated ones saying so', () => {
    expect(timeline(corpus()).map(summarize).at(-1)).toBe('undated  Volodymyr Zelenskyy (statement, "said"): Kyiv was watching closely');
  });

  it('names an unattributed claim so', () => {
    const b = new ArticleBuilder('anon', 'It was said that the bridge fell.');
    b.claim(null, 'said', 'It was said that the bridge fell.', 'the bridge fell');
    expect(timeline(buildGraph([b.build()])).map(summarize)).toEqual(['undated  unattributed (statement, "said"): the bridge fell']);
  });
});
