import { describe, expect, it } from 'vitest';
import { GoldArticleSchema, type EventTypeTable, type GoldArticle } from '../scripts/eval/gold.js';
import { formatFileDetails, formatSummary } from '../scripts/eval/report.js';
import {
  emptyParsedArticle,
  goldNameKey,
  precisionRecall,
  scoreArticle,
  sumScores,
  type ArticleScore,
  type CategoryScore,
} from '../scripts/eval/score.js';
import type { Actor, ActorKind, Claim, EventType, NewsEvent, ParsedArticle, Place, Time } from '../src/schema/index.js';

// ---------------------------------------------------------------------------------------------
// Hand-made parse results: every span is found by its text, so the tests read like the article.

const TEXT =
  'Putin said on Monday that the talks were "very useful and constructive". ' +
  'Kyiv denied this on Monday, while Russia claimed it took Pokrovsk. ' +
  'Reports indicate a summit is planned.';

function spanOf(text: string, snippet: string, occurrence = 1): { start: number; end: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(snippet, index + 1);
  if (index < 0) throw new Error(`test setup: ${JSON.stringify(snippet)} not in text`);
  return { start: index, end: index + snippet.length };
}

function gold(fields: Omit<Partial<GoldArticle>, 'id'>): GoldArticle {
  return GoldArticleSchema.parse({ id: 'test', publishedAt: '2025-12-03', ...fields });
}

function parsed(fields: Partial<Omit<ParsedArticle, 'article'>>, text = TEXT): ParsedArticle {
  return { ...emptyParsedArticle(text, 'test', '2025-12-03'), ...fields };
}

function actor(name: string, kind: ActorKind = 'person', aliases: string[] = []): Actor {
  return { id: `actor:${name}`, name, kind, aliases, titles: [], mentions: [] };
}

function place(name: string, aliases: string[] = []): Place {
  return { id: `place:${name}`, name, kind: 'city', aliases, mentions: [] };
}

function claim(
  id: string,
  fields: { claimant: Actor | null; span: string; content?: string; quote?: string; cue?: string; kind?: Claim['kind']; disputes?: string[] },
  text = TEXT,
): Claim {
  const { start, end } = spanOf(text, fields.span);
  return {
    id,
    claimantId: fields.claimant?.id ?? null,
    cue: fields.cue ?? 'said',
    kind: fields.kind ?? 'statement',
    content: fields.content ?? fields.span,
    quote: fields.quote ?? null,
    start,
    end,
    date: null,
    disputes: fields.disputes ?? [],
    about: { actorIds: [], placeIds: [], eventIds: [] },
  };
}

function event(
  id: string,
  type: EventType,
  span: string,
  fields: Partial<Pick<NewsEvent, 'date' | 'modality'>> & { places?: Place[]; participants?: Actor[] } = {},
  text = TEXT,
): NewsEvent {
  const { start, end } = spanOf(text, span);
  return {
    id,
    type,
    trigger: { start, end: start + 1, text: text.slice(start, start + 1) },
    start,
    end,
    date: fields.date ?? null,
    placeIds: (fields.places ?? []).map((p) => p.id),
    participants: (fields.participants ?? []).map((a) => ({ actorId: a.id, role: 'participant' as const })),
    modality: fields.modality ?? 'asserted',
    claimIds: [],
  };
}

function time(id: string, timeText: string, value: string, occurrence = 1, text = TEXT): Time {
  return { id, text: timeText, value, kind: 'date', ...spanOf(text, timeText, occurrence) };
}

function counts(score: CategoryScore | undefined): { tp: number; fp: number; fn: number } {
  if (!score) throw new Error('category not scored');
  return { tp: score.tp, fp: score.fp, fn: score.fn };
}

const putin = actor('Vladimir Putin', 'person', ['Putin']);
const kyiv = actor('Kyiv', 'government');
const russia = actor('Russia', 'government');

// ---------------------------------------------------------------------------------------------

describe('name comparison', () => {
  it('ignores case, punctuation, a leading "the" and a possessive', () => {
    expect(goldNameKey("The Kremlin's")).toBe('kremlin');
    expect(goldNameKey('the KREMLIN’s')).toBe('kremlin');
    expect(goldNameKey('U.S.')).toBe(goldNameKey('US'));
  });

  it('keeps "the" inside a name', () => {
    expect(goldNameKey('Bank of the West')).toBe('bank of the west');
  });

  it('matches an actor when any predicted name form equals any gold name form', () => {
    const score = scoreArticle(
      gold({ actors: [{ name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person' }] }),
      parsed({ actors: [actor('President Putin', 'person', ['Putin'])] }),
    );
    expect(counts(score.categories.actors)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('does not match a name that shares only a word with the gold name', () => {
    const score = scoreArticle(
      gold({ actors: [{ name: 'Vladimir Putin', kind: 'person' }] }),
      parsed({ actors: [actor('Putin')] }),
    );
    expect(counts(score.categories.actors)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('actors and places', () => {
  it('compares an actor of another kind and reports the kind as an agreement figure', () => {
    const score = scoreArticle(
      gold({ actors: [{ name: 'Russia', kind: 'government' }] }),
      parsed({ actors: [actor('Russia', 'organization')] }),
    );
    expect(score.categories.actors?.tp).toBe(1);
    expect(score.categories.actors?.agreements.kind).toEqual({ correct: 0, total: 1 });
  });

  it('never requires an optional gold entry', () => {
    const score = scoreArticle(gold({ places: [{ name: 'Moscow', optional: true }] }), parsed({}));
    expect(counts(score.categories.places)).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('neither rewards nor penalises a prediction that matches an optional gold entry', () => {
    const score = scoreArticle(gold({ places: [{ name: 'Moscow', optional: true }] }), parsed({ places: [place('Moscow')] }));
    expect(counts(score.categories.places)).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(score.categories.places?.unscored).toBe(1);
  });

  it('treats an unannotated gold name as optional', () => {
    const score = scoreArticle(gold({ actors: [{ name: 'Repair', unannotated: true }] }), parsed({}));
    expect(score.categories.actors?.fn).toBe(0);
  });

  it('uses a matched pair once, so an unmerged duplicate is a false positive', () => {
    const score = scoreArticle(
      gold({ actors: [{ name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person' }] }),
      parsed({ actors: [actor('Vladimir Putin'), actor('Putin')] }),
    );
    expect(counts(score.categories.actors)).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('finds the one-to-one matching with the most true positives, not the first greedy one', () => {
    // Gold "Russia" prefers the prediction named "Russia", the only one gold "Kremlin administration" can take.
    const score = scoreArticle(
      gold({
        actors: [
          { name: 'Russia', aliases: ['Kremlin'], kind: 'government' },
          { name: 'Kremlin administration', kind: 'organization' },
        ],
      }),
      parsed({ actors: [actor('Russia', 'government', ['Kremlin administration']), actor('Kremlin', 'government')] }),
    );
    expect(counts(score.categories.actors)).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('names a gold actor that was predicted as a place in the verbose listing', () => {
    const score = scoreArticle(
      gold({ actors: [{ name: 'Kremlin', kind: 'government' }] }),
      parsed({ places: [place('Kremlin')] }),
    );
    expect(score.categories.actors?.misses[0]?.nearby.join('\n')).toContain('predicted as a place');
  });
});

describe('claims', () => {
  it('matches a claim whose quote holds the gold snippet', () => {
    const c = claim('c1', { claimant: putin, span: 'said', content: 'the talks went well', quote: 'very useful and constructive' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Vladimir Putin', cue: 'said', kind: 'statement', contains: 'very useful and constructive' }] }),
      parsed({ actors: [putin], claims: [c] }),
    );
    expect(counts(score.categories.claims)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches a snippet that lies in the evidence span but not in the content', () => {
    const c = claim('c1', { claimant: putin, span: 'Putin said on Monday that the talks', content: 'the talks' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Putin', contains: 'said on Monday' }] }),
      parsed({ actors: [putin], claims: [c] }),
    );
    expect(score.categories.claims?.tp).toBe(1);
  });

  it('compares the snippet regardless of case, spacing and quote style', () => {
    const c = claim('c1', { claimant: putin, span: 'said', content: 'the talks were “very useful   and constructive”' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Putin', contains: 'The talks were "very useful and' }] }),
      parsed({ actors: [putin], claims: [c] }),
    );
    expect(score.categories.claims?.tp).toBe(1);
  });

  it('rejects a claim whose claimant is another actor', () => {
    const c = claim('c1', { claimant: kyiv, span: 'Putin said on Monday' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Vladimir Putin', contains: 'said on Monday' }] }),
      parsed({ actors: [kyiv], claims: [c] }),
    );
    expect(counts(score.categories.claims)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('resolves the gold claimant through the aliases of the gold actor it names', () => {
    const c = claim('c1', { claimant: kyiv, span: 'Kyiv denied this', cue: 'denied', kind: 'denial' });
    const score = scoreArticle(
      gold({
        actors: [{ name: 'Ukraine', aliases: ['Kyiv'], kind: 'government' }],
        claims: [{ claimant: 'Ukraine', contains: 'denied this' }],
      }),
      parsed({ actors: [kyiv], claims: [c] }),
    );
    expect(score.categories.claims?.tp).toBe(1);
  });

  it('accepts any resolved claimant for claimant "*"', () => {
    const c = claim('c1', { claimant: russia, span: 'Reports indicate a summit is planned' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: '*', contains: 'a summit is planned' }] }),
      parsed({ actors: [russia], claims: [c] }),
    );
    expect(score.categories.claims?.tp).toBe(1);
  });

  it('does not count a claim without a resolved claimant as a match for claimant "*"', () => {
    const c = claim('c1', { claimant: null, span: 'Reports indicate a summit is planned' });
    const score = scoreArticle(gold({ claims: [{ claimant: '*', contains: 'a summit is planned' }] }), parsed({ claims: [c] }));
    expect(counts(score.categories.claims)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('does not count a claimantId that names no actor as resolved', () => {
    const c = claim('c1', { claimant: russia, span: 'Reports indicate a summit is planned' });
    const score = scoreArticle(gold({ claims: [{ claimant: '*', contains: 'a summit is planned' }] }), parsed({ claims: [c] }));
    expect(score.categories.claims?.tp).toBe(0);
  });

  it('lets an optional "*" claim absorb a claim without a claimant', () => {
    const c = claim('c1', { claimant: null, span: 'Reports indicate a summit is planned' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: '*', contains: 'a summit is planned', optional: true }] }),
      parsed({ claims: [c] }),
    );
    expect(counts(score.categories.claims)).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('ignores a span longer than 1,200 characters', () => {
    const text = `${'Filler words go here. '.repeat(60)}Putin said the talks were useful.`;
    const c = claim('c1', { claimant: putin, span: text, content: 'something else' }, text);
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Putin', contains: 'the talks were useful' }] }),
      parsed({ actors: [putin], claims: [c] }, text),
    );
    expect(counts(score.categories.claims)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('still matches through a tight content when the span is too long', () => {
    const text = `${'Filler words go here. '.repeat(60)}Putin said the talks were useful.`;
    const c = claim('c1', { claimant: putin, span: text, content: 'the talks were useful' }, text);
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Putin', contains: 'the talks were useful' }] }),
      parsed({ actors: [putin], claims: [c] }, text),
    );
    expect(score.categories.claims?.tp).toBe(1);
  });

  it('scores the cue case-insensitively as agreement among matched claims', () => {
    const c = claim('c1', { claimant: putin, span: 'Putin said on Monday', cue: 'Said' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Putin', cue: 'said', kind: 'statement', contains: 'said on Monday' }] }),
      parsed({ actors: [putin], claims: [c] }),
    );
    expect(score.categories.claims?.agreements.cue).toEqual({ correct: 1, total: 1 });
  });

  it('scores the kind as agreement among matched claims', () => {
    const c = claim('c1', { claimant: putin, span: 'Putin said on Monday', kind: 'assessment' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Putin', cue: 'said', kind: 'statement', contains: 'said on Monday' }] }),
      parsed({ actors: [putin], claims: [c] }),
    );
    expect(score.categories.claims?.agreements.kind).toEqual({ correct: 0, total: 1 });
  });

  it('counts every prediction as a false positive when the gold list is present but empty', () => {
    const c = claim('c1', { claimant: putin, span: 'Putin said on Monday' });
    const score = scoreArticle(gold({ claims: [] }), parsed({ actors: [putin], claims: [c] }));
    expect(counts(score.categories.claims)).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('skips a category whose key the gold file lacks', () => {
    const c = claim('c1', { claimant: putin, span: 'Putin said on Monday' });
    const score = scoreArticle(gold({ actors: [] }), parsed({ actors: [putin], claims: [c] }));
    expect(score.categories.claims).toBeUndefined();
  });

  it('pairs two gold claims in one sentence with two predictions rather than one', () => {
    const wide = claim('c1', { claimant: putin, span: 'Putin said on Monday that the talks were "very useful and constructive"' });
    const narrow = claim('c2', { claimant: putin, span: 'Putin said on Monday' });
    const score = scoreArticle(
      gold({
        claims: [
          { claimant: 'Putin', contains: 'said on Monday' },
          { claimant: 'Putin', contains: 'very useful' },
        ],
      }),
      parsed({ actors: [putin], claims: [wide, narrow] }),
    );
    expect(counts(score.categories.claims)).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('denials', () => {
  const took = claim('c1', { claimant: russia, span: 'Russia claimed it took Pokrovsk', cue: 'claimed', kind: 'report' });
  const goldDenial = gold({ denials: [{ claimant: 'Kyiv', contains: 'denied this', disputes: 'took Pokrovsk' }] });

  it('matches a denial that disputes the claim holding the disputed snippet', () => {
    const denial = claim('c2', { claimant: kyiv, span: 'Kyiv denied this', cue: 'denied', kind: 'denial', disputes: ['c1'] });
    const score = scoreArticle(goldDenial, parsed({ actors: [kyiv, russia], claims: [took, denial] }));
    expect(counts(score.categories.denials)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a denial that disputes the wrong claim as a miss and a false positive', () => {
    const other = claim('c3', { claimant: putin, span: 'Putin said on Monday' });
    const denial = claim('c2', { claimant: kyiv, span: 'Kyiv denied this', cue: 'denied', kind: 'denial', disputes: ['c3'] });
    const score = scoreArticle(goldDenial, parsed({ actors: [kyiv, russia, putin], claims: [took, other, denial] }));
    expect(counts(score.categories.denials)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('events', () => {
  const table: EventTypeTable = { meeting: ['meeting', 'talks', 'summit'], capture: ['capture', 'takeover'] };

  it('agrees on a gold type written as a synonym of the predicted type', () => {
    const e = event('e1', 'meeting', 'a summit is planned');
    const score = scoreArticle(gold({ events: [{ type: 'summit', contains: 'a summit' }] }), parsed({ events: [e] }), {
      eventTypes: table,
    });
    expect(score.categories.events?.agreements.type).toEqual({ correct: 1, total: 1 });
  });

  it('compares event types by spelling when no synonym table is given', () => {
    const e = event('e1', 'meeting', 'a summit is planned');
    const score = scoreArticle(gold({ events: [{ type: 'summit', contains: 'a summit' }] }), parsed({ events: [e] }));
    expect(score.categories.events?.agreements.type).toEqual({ correct: 0, total: 1 });
  });

  it('matches an event only when its evidence span holds the snippet', () => {
    const e = event('e1', 'capture', 'it took Pokrovsk');
    const score = scoreArticle(gold({ events: [{ type: 'capture', contains: 'claimed it took Pokrovsk' }] }), parsed({ events: [e] }));
    expect(counts(score.categories.events)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('ignores an event span longer than 600 characters', () => {
    const text = `${'Filler words go here. '.repeat(30)}Russia took Pokrovsk.`;
    const e = event('e1', 'capture', text, {}, text);
    const score = scoreArticle(gold({ events: [{ type: 'capture', contains: 'took Pokrovsk' }] }), parsed({ events: [e] }, text));
    expect(counts(score.categories.events)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('resolves the gold place through the aliases of the gold place it names', () => {
    const e = event('e1', 'capture', 'it took Pokrovsk', { places: [place('Krasnoarmeysk')] });
    const score = scoreArticle(
      gold({
        places: [{ name: 'Pokrovsk', aliases: ['Krasnoarmeysk'] }],
        events: [{ type: 'capture', contains: 'took Pokrovsk', place: 'Pokrovsk' }],
      }),
      parsed({ places: [place('Krasnoarmeysk')], events: [e] }),
    );
    expect(score.categories.events?.agreements.place).toEqual({ correct: 1, total: 1 });
  });

  it('counts participant agreement per gold participant found', () => {
    const e = event('e1', 'meeting', 'the talks were', { participants: [putin] });
    const score = scoreArticle(
      gold({ events: [{ type: 'meeting', contains: 'the talks', participants: ['Putin', 'Steve Witkoff'] }] }),
      parsed({ actors: [putin], events: [e] }),
    );
    expect(score.categories.events?.agreements.participants).toEqual({ correct: 1, total: 2 });
  });

  it('scores date and modality only where the gold entry gives them', () => {
    const e = event('e1', 'meeting', 'a summit is planned', { modality: 'planned', date: '2025-12' });
    const score = scoreArticle(
      gold({ events: [{ type: 'meeting', contains: 'a summit', modality: 'planned' }] }),
      parsed({ events: [e] }),
    );
    expect(score.categories.events?.agreements.modality).toEqual({ correct: 1, total: 1 });
    expect(score.categories.events?.agreements.date).toBeUndefined();
  });

  it('counts a wrong date as disagreement, not as a miss', () => {
    const e = event('e1', 'capture', 'it took Pokrovsk', { date: '2025-12-02' });
    const score = scoreArticle(
      gold({ events: [{ type: 'capture', contains: 'took Pokrovsk', date: '2025-12-01' }] }),
      parsed({ events: [e] }),
    );
    expect(score.categories.events?.tp).toBe(1);
    expect(score.categories.events?.agreements.date).toEqual({ correct: 0, total: 1 });
  });
});

describe('times', () => {
  it('matches a time whose span overlaps the gold span and whose value is equal', () => {
    const score = scoreArticle(
      gold({ times: [{ text: 'on Monday', value: '2025-12-01' }] }),
      parsed({ times: [time('t1', 'Monday', '2025-12-01')] }),
    );
    expect(counts(score.categories.times)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('does not match an overlapping time with another value', () => {
    const score = scoreArticle(
      gold({ times: [{ text: 'Monday', value: '2025-12-01' }] }),
      parsed({ times: [time('t1', 'Monday', '2025-12-08')] }),
    );
    expect(score.categories.times?.tp).toBe(0);
    expect(score.categories.times?.fn).toBe(1);
  });

  it('places a gold time without offsets at the first occurrence of its text', () => {
    const score = scoreArticle(
      gold({ times: [{ text: 'Monday', value: '2025-12-01' }] }),
      parsed({ times: [time('t1', 'Monday', '2025-12-01', 2)] }),
    );
    expect(score.categories.times?.tp).toBe(0);
  });

  it('falls back to a case-insensitive search for a gold time text', () => {
    const score = scoreArticle(
      gold({ times: [{ text: 'MONDAY', value: '2025-12-01' }] }),
      parsed({ times: [time('t1', 'Monday', '2025-12-01')] }),
    );
    expect(score.categories.times?.tp).toBe(1);
  });

  it('uses the gold start and end offsets when given', () => {
    const second = spanOf(TEXT, 'Monday', 2);
    const score = scoreArticle(
      gold({ times: [{ text: 'Monday', value: '2025-12-01', ...second }] }),
      parsed({ times: [time('t1', 'Monday', '2025-12-01', 2)] }),
    );
    expect(score.categories.times?.tp).toBe(1);
  });

  it('counts an extra time as a false positive when the file is exhaustive', () => {
    const score = scoreArticle(
      gold({ times: [], timesExhaustive: true }),
      parsed({ times: [time('t1', 'Monday', '2025-12-01')] }),
    );
    expect(score.categories.times?.fp).toBe(1);
  });

  it('does not count an extra time when the file is not exhaustive', () => {
    const score = scoreArticle(gold({ times: [] }), parsed({ times: [time('t1', 'Monday', '2025-12-01')] }));
    expect(score.categories.times?.fp).toBe(0);
    expect(score.categories.times?.unscored).toBe(1);
  });

  it('counts a wrong value on an annotated expression as a false positive even when not exhaustive', () => {
    const score = scoreArticle(
      gold({ times: [{ text: 'Monday', value: '2025-12-01' }] }),
      parsed({ times: [time('t1', 'Monday', '2025-12-08')] }),
    );
    expect(score.categories.times?.fp).toBe(1);
  });

  it('uses one gold time once when two predictions overlap it', () => {
    const score = scoreArticle(
      gold({ times: [{ text: 'on Monday', value: '2025-12-01' }], timesExhaustive: true }),
      parsed({ times: [time('t1', 'Monday', '2025-12-01'), time('t2', 'on Monday', '2025-12-01')] }),
    );
    expect(counts(score.categories.times)).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('totals', () => {
  const file = (tp: number, fp: number, fn: number): ArticleScore => ({
    id: 'f',
    categories: { claims: { tp, fp, fn, unscored: 0, agreements: { cue: { correct: tp, total: tp } }, misses: [], falsePositives: [], disagreements: [] } },
  });

  it('micro-averages precision and recall over files', () => {
    const totals = sumScores([file(1, 0, 3), file(3, 4, 1)]).categories.claims;
    expect(totals?.precision).toBeCloseTo(4 / 8);
    expect(totals?.recall).toBeCloseTo(4 / 8);
    expect(totals?.files).toBe(2);
  });

  it('reports precision as null and F1 as 0 when nothing was predicted', () => {
    expect(precisionRecall(0, 0, 2)).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('computes F1 as the harmonic mean of precision and recall', () => {
    expect(precisionRecall(3, 1, 2).f1).toBeCloseTo((2 * 0.75 * 0.6) / (0.75 + 0.6));
  });

  it('scores every required gold entry as a miss against an empty parse result', () => {
    const score = scoreArticle(
      gold({ actors: [{ name: 'Putin', kind: 'person' }], claims: [{ claimant: 'Putin', contains: 'said' }] }),
      emptyParsedArticle(TEXT, 'test'),
    );
    expect([score.categories.actors?.fn, score.categories.claims?.fn]).toEqual([1, 1]);
  });
});

describe('report', () => {
  it('prints a row per scored category with P, R and F1', () => {
    const summary = sumScores([
      scoreArticle(gold({ actors: [{ name: 'Putin', kind: 'person' }] }), parsed({ actors: [actor('Putin')] })),
    ]);
    expect(formatSummary('dev', summary)).toMatch(/actors\s+\|\s+1\.000 \|\s+1\.000 \|\s+1\.000 \|\s+1 \|\s+0 \|\s+0/);
  });

  it('lists a missed claim with the prediction that covered it and why it failed', () => {
    const c = claim('c1', { claimant: kyiv, span: 'Putin said on Monday' });
    const score = scoreArticle(
      gold({ claims: [{ claimant: 'Putin', contains: 'said on Monday' }] }),
      parsed({ actors: [kyiv], claims: [c] }),
    );
    expect(formatFileDetails(score)).toContain('claimant "Kyiv" is not "Putin"');
  });
});
