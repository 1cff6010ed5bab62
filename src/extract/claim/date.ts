import type { Span } from '../../schema/span.js';
import type { Time } from '../../schema/time.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { dayOfTime } from '../time/calendar.js';
import { reportingLemma } from '../../nlp/lexicon/reporting-verbs.js';
import { IRREGULAR_PAST } from '../time/lexicon.js';

/*
 * When a claim was made: the date its sentence gives for the saying ("On Monday, Lee said", "Lee told reporters
 * on Monday that", "said Lee at a news conference held Wednesday"), else the publication date. A time inside the
 * claimed content ("Lee said the vote would be held on Tuesday") is when the claimed thing happens, and a time
 * before the cue that does not open the sentence ("Reyes, who has led the union since 2010, said") is about the
 * source or another clause: neither is the claim's date.
 */

/**
 * Cues that look ahead: what they take as object is a thing still to come ("forecast a decline in the current
 * year", "promised a referendum in May", "warned of shortages next winter"), so a time inside it is that thing's,
 * never the saying's, even without a clause. Id: `claims/date-forward-cues`.
 */
const FORWARD_CUES: ReadonlySet<string> = new Set([
  'forecast', 'predict', 'expect', 'anticipate', 'project', 'promise', 'pledge', 'vow', 'plan', 'warn', 'threaten',
]);

/**
 * Words that open another clause between the cue and a time after it: a complement ("told reporters that the vote
 * would be held in May") or a second saying (", adding that the second half would be better", ", noting that the
 * election in September ..."). A time behind them belongs to that clause, never to the saying.
 * Id: `claims/date-later-clause`.
 */
const LATER_CLAUSE_OPENERS = /\b(?:that|whether|because|if)\b/i;

function opensLaterClause(between: string): boolean {
  if (LATER_CLAUSE_OPENERS.test(between)) return true;
  // "asked for help, and Italy sent aircraft on Wednesday": a clause joined after a comma has its own time
  if (/,\s*(?:and|but)\s/i.test(between)) return true;
  const gerund = /[,;]\s*(\p{L}+ing)\b/u.exec(between);
  return gerund !== null && reportingLemma(gerund[1] as string) !== undefined;
}

/** How near (in characters) to the cue a time must stand to date the saying. */
const NEAR = 45;

function textBefore(sentence: TaggedSentence, at: number): string {
  return sentence.text.slice(0, Math.max(0, at - sentence.start));
}

function inside(t: Time, span: Span): boolean {
  return t.start < span.end && t.end > span.start;
}

/** Whether time `t` stands before a noun of its phrase ("first-quarter loss", "Tuesday's attack"). */
function modifiesNoun(tokens: readonly Token[], t: Time): boolean {
  const last = tokens.findIndex((x) => x.start < t.end && x.end >= t.end);
  const next = tokens[last + 1];
  if (last < 0 || !next) return false;
  const tok = tokens[last] as Token;
  return /['’]s?$/.test(tok.text) || (/^\s*$/.test(tok.post) && next.tags.has('Noun') && !next.tags.has('Date') && !next.tags.has('Pronoun'));
}

/**
 * The TimeML date of a claim.
 *
 * @example
 * // "On June 1, the army said it would withdraw on June 5." -> "2025-06-01" (not the withdrawal's June 5)
 */
/**
 * "Foreign Minister Jean-Yves Le Drian last week called the junta illegitimate", "Ana Ruiz last month warned": a week
 * or month counted from the telling ("last week", "earlier this month") between a subject and its verb dates the verb
 * as a day there does (round 16 lead; only two words of subject were allowed before it).
 */
function relativePeriod(t: Time): boolean {
  return /^\d{4}-(?:W\d{2}|\d{2})$/.test(t.value) && /^(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month)$/i.test(t.text);
}

/**
 * "called a strike for Monday", "set the vote for March 3": a time after the cue and "for" is what the act schedules,
 * never when it was done. Id: `claims/date-scheduled-for` (round 18).
 */
function scheduledAfterCue(sentence: TaggedSentence, t: Time, cue: Token): boolean {
  return t.start >= cue.end && /\bfor\s+(?:the\s+)?$/i.test(textBefore(sentence, t.start));
}

/**
 * Where a fronted phrase naming the occasion or the channel of the saying ends ("In a statement released on Tuesday,",
 * "At a news conference on Monday,", "During a visit to Kyiv on Friday,", "Speaking at a rally on Saturday,"): the
 * offset of its comma, else -1; a time inside it dates the saying ("In a statement released on Tuesday evening, she
 * said"). Source: the framing phrases of wire and newspaper attributions. Id: `claims/date-fronted-occasion` (round 18).
 */
const FRONTED_OCCASION = /^\W*(?:speaking\s+)?(?:in|at|during|on|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|letter|speech|post|tweet|broadcast|address|message|video|op-ed|column|conference|briefing|meeting|visit|rally|hearing|summit|session|appearance|call|debate|podcast|email)\b[^,;:"“”]{0,80},/iu;
function frontedOccasionEnd(sentence: TaggedSentence): number {
  const m = FRONTED_OCCASION.exec(sentence.text);
  return m ? sentence.start + m[0].length - 1 : -1;
}

export function claimDate(
  times: readonly Time[],
  sentence: TaggedSentence,
  content: Span,
  contentTokens: readonly Token[],
  cue: Token,
  referenceDate: string | null,
  before = Infinity,
): string | null {
  // a claimed clause has its own times; an object noun phrase ("rejected the proposal in October") does not, and
  // a time in it dates the act
  // ("Delta said unit revenue rose 2.5 percent in the quarter": the tagger may read a past form as a noun)
  const clausal = contentTokens.some((t) => (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle')) || (IRREGULAR_PAST.has(t.lower) && t.index > (contentTokens[0]?.index ?? 0)))
    || FORWARD_CUES.has(reportingLemma(cue.lower) ?? '');
  let best: Time | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end || t.end > before) continue;
    if ((t.kind !== 'date' && t.kind !== 'time') || !/^\d{4}/.test(t.value)) continue;
    if (clausal && inside(t, content)) continue;
    // "reported a first-quarter loss", "condemned Tuesday's attack": a time modifying a noun of the object dates
    // that thing, not the act
    // (also where the content is only a point, as for a cue joined to an earlier one: "reported a rise in
    // second-quarter profit on Tuesday and said ..." is dated by Tuesday; round 15, `claims/date-noun-time-coordinated`)
    if ((inside(t, content) && modifiesNoun(contentTokens, t)) || (content.end === content.start && t.start >= cue.end && modifiesNoun(sentence.tokens, t))) continue;
    const distance = t.end <= cue.start ? cue.start - t.end : t.start - cue.end;
    if (t.start >= cue.end && opensLaterClause(sentence.text.slice(Math.max(0, cue.end - sentence.start), t.start - sentence.start))) continue;
    if (scheduledAfterCue(sentence, t, cue)) continue;
    // the saying's time opens the sentence ("On Monday, ...") or stands right after the cue; a time before the
    // cue ("Britain refused in 2006, and Lee said", "Reyes, who has led the union since 2010, said") is another
    // happening's or the source's
    // (or a fronted occasion of the saying: `frontedOccasionEnd`)
    const opens = /^\W*(?:\p{L}+\W+){0,2}$/u.test(textBefore(sentence, t.start)) || (t.end <= cue.start && frontedOccasionEnd(sentence) >= t.end);
    // ("The court on Monday struck down ...", "Lee on Tuesday said": a day between the subject and its verb, nothing
    // else between it and the verb, dates the verb; id `claims/date-between-subject-and-verb`, round 13)
    // (a day only, and no preposition but "on" before it: "a report on the war that ended in 2003 said" is the war's)
    // ("The council on Monday strongly condemned", "Lee on Friday flatly denied": an adverb of manner may stand
    // between the day and the verb; round 14)
    const rightBefore = t.end <= cue.start && /^(?:\s+\p{Ll}+ly)*\s*$/u.test(sentence.text.slice(t.end - sentence.start, cue.start - sentence.start))
      && (/^\d{4}-\d{2}-\d{2}/.test(t.value) || relativePeriod(t)) && /(?:^|\s)(?!(?:in|at|since|from|by|until|of|for|to|after|before)\s)[\p{L}.]+\s+(?:on\s+)?$/u.test(textBefore(sentence, t.start));
    if (!opens && !rightBefore && (t.start < cue.start || distance > NEAR)) continue;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  if (best) return dayOfTime(best.value);
  // "The Supreme Court on Monday struck down the law, ruling 5-3 that ...", "Dale attacked the judge on Saturday,
  // calling the ruling ridiculous": a participle after the main clause shares its verb's time (id
  // `claims/date-participle-main-clause`, round 13)
  const main = mainVerbBeforeParticiple(sentence, cue) ?? actJoinedBefore(sentence, cue);
  if (main) return claimDate(times, sentence, { start: main.end, end: main.end }, [], main, referenceDate, (sentence.tokens[cue.index - 1] as Token).end);
  // "said on Tuesday that Ankara wanted a deal and accused Greece of ...": a saying coordinated with an earlier one
  // shares its time
  const earlier = earlierCoordinatedCue(sentence, cue);
  // (only a time before this cue: what follows it is this saying's clause, "congratulated him and said talks would
  // begin next week")
  return earlier ? claimDate(times, sentence, { start: earlier.end, end: earlier.end }, [], earlier, referenceDate, cue.start) : referenceDate;
}

/**
 * The main clause's verb when `cue` is a participle set off by a comma after it ("..., ruling 5-3 that"): the first
 * verb of the sentence that is no auxiliary, gerund or participle and stands before any comma; else undefined.
 */
function mainVerbBeforeParticiple(sentence: TaggedSentence, cue: Token): Token | undefined {
  // ("lashed out at a judge on Friday, calling him a hater and saying he should recuse himself": a participle joined
  // by "and" to one after the comma shares the main clause's time too; round 14)
  // ("Forty were abducted in May, according to the agency": "according" is no act sharing the clause's time, and the
  // clause before it is the claim, whose times are its own; round 14)
  const joined = sentence.tokens[cue.index - 1]?.lower === 'and' && sentence.tokens.slice(0, cue.index - 1).some((t, j) => /ing$/.test(t.lower) && /,\s*$/.test(sentence.tokens[j - 1]?.post ?? ''));
  if (!/ing$/.test(cue.lower) || cue.lower === 'according' || !(joined || /,\s*$/.test(sentence.tokens[cue.index - 1]?.post ?? ''))) return undefined;
  const firstComma = sentence.tokens.findIndex((t) => /,/.test(t.post));
  const verb = sentence.tokens.slice(0, Math.min(cue.index, firstComma + 1)).find((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund') && !/ing$/.test(t.lower));
  return verb && verb.index < cue.index ? verb : undefined;
}

/**
 * "Kordwerk AG on Monday shut two plants and warned that ...": for a cue joined by "and" to an act of the same subject,
 * the first word after the day that stands between the named subject and the act (the act's time dates the saying);
 * else undefined. Id: `claims/date-joined-act` (round 13).
 */
function actJoinedBefore(sentence: TaggedSentence, cue: Token): Token | undefined {
  if (!/^(?:and|but)$/.test(sentence.tokens[cue.index - 1]?.lower ?? '')) return undefined;
  const dated = /^\W*(?:\p{Lu}[\p{L}.'’&-]*\s+){1,5}on\s+\p{L}+day\s+/u.exec(sentence.text);
  if (!dated) return undefined;
  const at = sentence.start + dated[0].length;
  const act = sentence.tokens.find((t) => t.start >= at);
  return act && act.index < cue.index - 1 ? act : undefined;
}

/**
 * The reporting verb an "and" or "but" right before `cue` coordinates it with ("said on Tuesday that ... and
 * accused"): the first reporting verb of the sentence, else undefined. Id: `claims/date-coordinated-cue`.
 */
function earlierCoordinatedCue(sentence: TaggedSentence, cue: Token): Token | undefined {
  const at = cue.index;
  if (at < 2 || !/^(?:and|but)$/.test((sentence.tokens[at - 1] as Token).lower)) return undefined;
  // the first one: a reporting verb inside the first one's clause ("that Ankara wanted ...") has another subject
  // ("Ana Velde, who was sworn in on Wednesday, thanked X and pledged": a verb inside the subject's relative aside is
  // the aside's, no cue the pledge is joined to; round 25, `claims/date-coordinated-not-in-aside`)
  return sentence.tokens.slice(0, at - 1).find((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && reportingLemma(t.lower) !== undefined && !insideRelativeAside(sentence.tokens, t.index));
}

/** Whether token `at` stands inside a relative clause set off by a comma and still open (no comma since its pronoun). */
function insideRelativeAside(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 1; k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post)) return false;
    if (/^(?:who|which|whose)$/.test(t.lower) && /,\s*$/.test((tokens[k - 1] as Token).post)) return true;
  }
  return false;
}
