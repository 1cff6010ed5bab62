import { InvalidOptionsError } from '../errors.js';
import type { Message } from '../schema/message.js';
import type { Time } from '../schema/time.js';
import type { Block } from '../text/segment.js';
import type { Sentence } from '../text/sentences.js';
import { addDays, daysInMonth, formatDay, formatPeriod, isoWeekday, parseDay, periodStart, shiftPeriod } from './time/calendar.js';
import { FISCAL_OPENING_VERBS, YEAR_SO_FAR_RULE } from './time/business.js';
import { daysBesideDays, deferralBefore, fiscalYearsClosedOn, offsetsInApposition, rescheduledFrom, weekdaysBesideDays } from './time/beside-days.js';
import { habitualSpec } from './time/habitual.js';
import { closedUndatedFiscalYear, countedFiscalYear, startYearNamed } from './time/fiscal-naming.js';
import { frontedRelativeYear } from './time/fronted-years.js';
import { yearToldAfter } from './time/year-told-after.js';
import { ongoingRangeYears } from './time/ongoing-ranges.js';
import { matchSentence } from './time/patterns.js';
import { resolveSpec, type AnchorPoint, type Reference, type Resolved } from './time/resolve.js';
import type { Tense, TimeMatch, TimeSpec } from './time/spec.js';
import { FIGURE_CHANGE_BARE_VERBS, FIGURE_CHANGE_VERBS, FIGURE_SIGNS, IRREGULAR_PAST, MONTHS, NUMBER_WORDS } from './time/lexicon.js';
import { insideQuotedTitle } from './time/quoted-titles.js';
import { daysCountedFromClocks } from './time/clock-counted-days.js';
import { clauseTense, overtakenPlanBefore, revisedForecastFor } from './time/tense.js';
import { insideNumber, tokenize, type Token } from './time/tokens.js';
import { convertedWeekdayAt, zoneDayShift } from './time/zone-conversion.js';

/** Options of `extractTimes`. */
export interface TimeOptions {
  /** Publication date, `YYYY-MM-DD`; null when unknown (the text may still pin it). */
  referenceDate: string | null;
  /** Prefix inside time ids: `time:<idPrefix><n>`. Defaults to ''. */
  idPrefix?: string;
  /**
   * The blocks of `segmentText`. Sentences skip dateline blocks, but a dateline ("Wednesday, February 15, 2012")
   * is a time expression and pins the publication date, so pass the blocks to have datelines scanned too.
   */
  blocks?: readonly Block[];
}

/** What `extractTimes` found: times in text order, messages, and the publication date the text pinned. */
export interface TimeResult {
  times: Time[];
  messages: Message[];
  /** The publication date the text pins when `referenceDate` was null (dateline, "Yesterday, on June 3, 2025"). */
  inferredReferenceDate: string | null;
}

/** Block kinds whose text is scanned. */
const SCANNED: ReadonlySet<Block['kind']> = new Set(['paragraph', 'title', 'heading', 'dateline']);

/** A stretch of text scanned on its own: a sentence, or a dateline block. */
interface Unit {
  start: number;
  end: number;
  kind: Block['kind'];
}

/** A grammar match with its place in the article and the tense of its clause. */
interface Found {
  key: number;
  unit: number;
  match: TimeMatch;
  start: number;
  end: number;
  tense: Tense;
  dateline: boolean;
  /** The expression is the term of a comparison ("up 8% from a year earlier"). */
  comparison: boolean;
  /**
   * The expression is inside the term of a comparison, farther from its comparator ("compared with $28 million in
   * the same period of 1997"): it does not replace the period under discussion.
   */
  compared: boolean;
  /** A hyphenated quarter or half before a lower-case noun ("fourth-quarter results"). */
  figures: boolean;
  /** The sentence states a figure or a change in one outside its time expressions (see `statesFigure`). */
  quantified: boolean;
}

/** Nouns of published figures before "for the quarter" ("results for the quarter", "earnings for the half"). */
const RESULT_NOUNS: ReadonlySet<string> = new Set(['results', 'earnings', 'figures', 'numbers', 'accounts']);

/**
 * Nouns of a year's published figures after "full-year" (not its forecast, outlook or guidance, which look ahead).
 * Id: `times/full-year-figures`; source: results copy ("full-year results", "full-year net profit").
 */
const FULL_YEAR_FIGURES: ReadonlySet<string> = new Set([
  'results', 'result', 'profit', 'profits', 'earnings', 'loss', 'losses', 'figures', 'numbers', 'revenue', 'revenues',
  'sales', 'net', 'income', 'turnover', 'accounts',
]);

/**
 * Verbs that publish a period's figures ("expected to post profit growth of 7 percent for the fourth quarter"). Id:
 * `times/figure-posting-verbs` (round 16); source: earnings-season previews of results copy.
 */
const FIGURE_POSTING_VERBS: ReadonlySet<string> = new Set(['post', 'posts', 'report', 'reports', 'announce', 'announces', 'publish', 'publishes', 'release', 'releases', 'unveil', 'unveils', 'deliver', 'delivers']);

/** Nouns of a period's figures between a posting verb and "for the quarter" ("post profit growth of 7 percent"). */
const POSTED_FIGURE_NOUNS: ReadonlySet<string> = new Set(['profit', 'profits', 'earnings', 'growth', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'income', 'results', 'decline', 'gain']);

/**
 * "S&P 500 companies are expected to post profit growth of 7 percent for the fourth quarter" (January): a quarter or
 * half after "for", whose figures a bare posting verb in its clause puts out, is published after it, as "fourth-quarter
 * results" is (round 16; was next year's quarter in a future clause).
 */
function postedFigureFor(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'for') return false;
  let figure = false;
  for (let k = start - 2; k >= Math.max(0, start - 12); k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || (t.text === ',' && tokens[k - 1]?.kind !== 'num')) return false;
    if (POSTED_FIGURE_NOUNS.has(t.lower)) figure = true;
    if (FIGURE_POSTING_VERBS.has(t.lower)) return figure && (tokens[k - 1]?.lower === 'to' || FUTURE_AUX.has(tokens[k - 1]?.lower ?? ''));
  }
  return false;
}

/** Nouns of a period's figures a forecast names ("expect earnings to rise", "expect the economy grew"). */
const FORECAST_FIGURE_NOUNS: ReadonlySet<string> = new Set([...POSTED_FIGURE_NOUNS, 'gdp', 'economy', 'output', 'margins', 'eps']);

/**
 * "Analysts expect earnings to rise 30 percent in the first quarter" (April), "Profit is expected to rise 25 percent in
 * the second quarter" (July), "Economists expect the economy grew 3 percent in the first quarter": a quarter or half
 * after "in"/"for"/"during" in a clause where analysts or a passive "expected" forecast a figure and its change (a
 * verb of change, or an amount) is the
 * period whose figures are about to come out, the one just ended when the telling is within two months of its end,
 * as "will report first-quarter results" is (round 18; was next year's quarter). "expects to return to profit in the
 * first quarter" (October) names no change and stays ahead. Id: `times/forecast-figure-periods`; source: earnings
 * and GDP previews in business wires.
 */
function forecastFigureIn(tokens: readonly Token[], start: number): boolean {
  if (!['in', 'for', 'during'].includes(tokens[start - 1]?.lower ?? '')) return false;
  let [figure, change, outsider] = [false, false, false];
  for (let k = start - 2; k >= Math.max(0, start - 16); k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || (t.text === ',' && tokens[k - 1]?.kind !== 'num')) break;
    if (FORECAST_FIGURE_NOUNS.has(t.lower)) figure = true;
    if (t.kind === 'num' || FIGURE_SIGNS.has(t.lower) || FIGURE_CHANGE_VERBS.has(t.lower) || (FIGURE_CHANGE_BARE_VERBS.has(t.lower) && tokens[k - 1]?.lower === 'to')) change = true;
    if (OUTSIDE_FORECASTERS.has(t.lower) || (t.lower === 'expected' && /^(?:is|are|was|were)$/.test(tokens[k - 1]?.lower ?? ''))) outsider = true;
  }
  return figure && change && outsider;
}

/**
 * Forecasters outside the body whose figures they forecast ("Analysts expect", "economists polled by Reuters"); a
 * company or ministry forecasting its own figures looks ahead ("The company expects sales to grow 5 percent for the
 * fourth quarter" in January is the coming one, round 16). Id: `times/outside-forecasters` (round 18).
 */
const OUTSIDE_FORECASTERS: ReadonlySet<string> = new Set(['analysts', 'analyst', 'economists', 'economist', 'forecasters', 'strategists', 'polled', 'surveyed', 'consensus']);

/** Auxiliaries of the future before a bare verb ("will post", "would report"). */
const FUTURE_AUX: ReadonlySet<string> = new Set(['will', 'would', "'ll", 'shall']);

/**
 * "fourth-quarter results", "second-half sales": a quarter or half written as the modifier of a noun; "results for
 * the quarter": the figures of a quarter, published after it.
 */
function periodModifier(tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1]?.lower ?? '';
  const noun = tokens[end];
  if (tokens[start - 1]?.lower === 'for' && RESULT_NOUNS.has(tokens[start - 2]?.lower ?? '')) return true;
  if (postedFigureFor(tokens, start)) return true;
  if (tokens[start]?.lower === 'half' && (last === 'year' || last === 'yearly') && !!noun && noun.kind === 'word') return true; // "half-year results"
  // "will publish its full-year results on March 9", "reported full-year profit" (round 14)
  const figure = noun?.lower === 'financial' ? tokens[end + 1] : noun;
  if (tokens[start]?.lower === 'full' && last === 'year' && FULL_YEAR_FIGURES.has(figure?.lower ?? '')) return true;
  return (last === 'quarter' || last === 'half') && tokens[end - 2]?.text === '-' && !!noun && noun.kind === 'word' && !noun.cap && end - start <= 3;
}

/**
 * "A year ago, it earned $4 million", "Sales rose in October. A year ago, they fell": the sentence states a figure
 * (a number, an amount or a percentage outside its time expressions) or a change in one, so a year counted back in
 * it compares the period under discussion; "Tesco issued its first profit warning in 20 years a year ago" states
 * none (round 13).
 */
function statesFigure(tokens: readonly Token[], matches: readonly TimeMatch[]): boolean {
  return tokens.some((t, k) => {
    if (matches.some((m) => m.start <= k && k < m.end)) return false;
    return t.kind === 'num' || FIGURE_SIGNS.has(t.lower) || FIGURE_CHANGE_VERBS.has(t.lower);
  });
}

/** Words that introduce the term of a comparison: "up from", "higher than", "against", "versus". */
const COMPARATORS: ReadonlySet<string> = new Set(['from', 'than', 'against', 'over', 'versus', 'vs', 'on']);
/** "compared with", "compared to", "relative to", "in contrast to". */
const COMPARATOR_VERBS: ReadonlySet<string> = new Set(['compared', 'comparison', 'relative', 'contrast', 'comparable', 'similar', 'identical']);

/** Comparatives that with "than" right before a quantity approximate it ("more than two years ago"). */
const APPROXIMATING_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);

/**
 * Whether the expression at token `start` is what something is compared with: a comparator within a few tokens
 * before it ("from $4 billion a year earlier", "compared with a year ago"), inside the same clause.
 */
function isComparison(tokens: readonly Token[], start: number, reach = 8): boolean {
  for (let k = start - 1; k >= Math.max(0, start - reach); k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')') return false;
    if (t.text === ',' && tokens[k + 1]?.space) return false;
    // "more than two years ago", "less than a year ago": "than" measures the span, it compares nothing (round 12)
    if (t.lower === 'than' && k === start - 1 && APPROXIMATING_COMPARATIVES.has(tokens[k - 1]?.lower ?? '')) return false;
    if (COMPARATORS.has(t.lower)) return true;
    if ((t.lower === 'with' || t.lower === 'to') && COMPARATOR_VERBS.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Words that start another clause, whose months need not share the year of this one. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'that', 'which', 'who', 'although', 'though', 'because', ';', ':', '(']);

/**
 * Tokens `[from, to)` hold no clause link: "In 2010, sales fell in March" shares its year; "launched in 2003 and
 * that as of February ..." does not.
 */
function sameClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_LINKS.has(tokens[k]!.lower)) return false;
  return !insideClosedRelative(tokens, from, to);
}

/** Determiners of a noun a month and year date ("the May 2019 election", "its June 2010 offer"). */
const DATED_OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', "'s"]);

/** Words before such a determiner that make the noun phrase no object of the verb ("in the May 2019 election"). */
const NOT_BEFORE_DATED_OBJECT: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'of', 'for', 'during', 'after', 'before', 'since', 'until', 'till', 'by', 'from', 'to', 'with', 'over',
  'through', 'throughout', 'following', 'ahead', 'amid', 'and', 'or', 'since', 'like', 'than',
]);

/**
 * "The court annulled the May 2019 election in February", "rejected its June 2010 offer in March": a month and year
 * that date a noun the verb acts on name that noun's time, and a bare month after it in the clause is the verb's, told
 * from the report, not a month of that year (round 16; February was 2019-02). A year alone before the noun ("won the
 * 2000 election in November") may be the happening's own year and still gives its year.
 */
function datedObject(tokens: readonly Token[], m: TimeMatch): boolean {
  const spec = m.spec;
  if (spec.t !== 'date' || spec.m === undefined) return false;
  const noun = tokens[m.end];
  if (!noun || noun.kind !== 'word' || noun.cap) return false;
  if (!DATED_OBJECT_DETERMINERS.has(tokens[m.start - 1]?.lower ?? '')) return false;
  const verb = tokens[m.start - 2];
  return !!verb && verb.kind === 'word' && !verb.cap && !NOT_BEFORE_DATED_OBJECT.has(verb.lower);
}

/**
 * "The steelmaker, which lost $32 million in 1988, said ... in the fourth quarter": a year inside a relative
 * clause set off by commas belongs to that clause; once the comma closes it, later quarters and months do not
 * take its year.
 */
function insideClosedRelative(tokens: readonly Token[], from: number, to: number): boolean {
  let opened = false;
  for (let k = from - 1; k >= Math.max(0, from - 14); k--) {
    const l = tokens[k]!.lower;
    if ((l === 'which' || l === 'who' || l === 'whose' || participleAside(tokens[k]!)) && tokens[k - 1]?.text === ',') opened = true;
    // ", first run in 1897,", ", originally built in 1960,": an adverb of time between the comma and the participle
    if (participleAside(tokens[k]!) && ASIDE_ADVERBS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',') opened = true;
    if (opened || ((l === ',' || l === '.') && !insideNumber(tokens, k))) break; // "ran at 2,500 percent in 1992"
  }
  if (!opened) return false;
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',' && !insideNumber(tokens, k)) return true;
  return false;
}

/** Irregular past participles that open an aside (", built in 1960,", ", born in 1931,"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'built', 'born', 'made', 'held', 'set', 'sold', 'bought', 'written', 'taken', 'given', 'known', 'won', 'begun', 'chosen', 'drawn', 'thrown', 'split',
  // round 13: ", first run in 1897,", ", rebuilt in 1952,", ", led since 2004 by ..."
  'run', 'rebuilt', 'led', 'seen', 'grown', 'fought', 'brought', 'found', 'shot', 'struck', 'sent', 'laid', 'sung', 'spoken',
]);

/**
 * Adverbs of time that may stand between the comma and the participle of an aside (", first run in 1897,", ", once
 * owned by the state since 1990,"). Id: `times/aside-adverbs` (round 13); source: general English.
 */
const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['first', 'once', 'originally', 'later', 'long', 'newly', 'also', 'already', 'formerly', 'previously', 'last']);

/** ", enacted in 1996,", ", founded in 1990,": a past participle right after a comma opens an aside like "which". */
function participleAside(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (/[^e]ed$|eed$|ied$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower));
}

/** How many sentences a period under discussion stays the referent of "the quarter" or "a year earlier". */
const PERIOD_REACH = 3;

function isTitleCase(tokens: readonly Token[], kind: Block['kind']): boolean {
  if (kind === 'title' || kind === 'heading' || kind === 'dateline') return true;
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => t.cap).length / words.length >= 0.8;
}

/** Validates the options (misuse throws, as STYLE asks) and parses the reference date. */
function checkOptions(options: TimeOptions): Reference | null {
  if (options === null || typeof options !== 'object') throw new InvalidOptionsError('extractTimes needs an options object with referenceDate');
  if (options.idPrefix !== undefined && typeof options.idPrefix !== 'string') {
    throw new InvalidOptionsError('idPrefix must be a string', ['idPrefix']);
  }
  if (options.blocks !== undefined && !Array.isArray(options.blocks)) {
    throw new InvalidOptionsError('blocks must be the array segmentText returns', ['blocks']);
  }
  if (options.referenceDate === null || options.referenceDate === undefined) return null;
  const day = typeof options.referenceDate === 'string' ? parseDay(options.referenceDate) : null;
  if (!day) {
    throw new InvalidOptionsError(`referenceDate must be a valid YYYY-MM-DD date or null, got ${JSON.stringify(options.referenceDate)}`, ['referenceDate']);
  }
  return day;
}

/**
 * Pins the publication date from the text itself: a dateline with a full date, or a relative day written
 * beside the date it names ("Yesterday, on December 2" was written on December 3).
 */
function inferReference(found: readonly Found[]): { ref: Reference; at: Found } | null {
  let partial: { ref: Reference; at: Found } | null = null;
  for (const f of found) {
    const spec = f.match.spec;
    if (spec.t !== 'date' || spec.m === undefined || spec.d === undefined) continue;
    if (f.dateline && spec.y !== undefined) return { ref: { y: spec.y, m: spec.m, d: spec.d }, at: f };
    if (spec.relDay !== undefined) {
      const day = addDays({ y: spec.y ?? 2000, m: spec.m, d: spec.d }, -spec.relDay);
      const ref: Reference = { y: spec.y !== undefined ? day.y : null, m: day.m, d: day.d };
      if (ref.y !== null) return { ref, at: f };
      partial ??= { ref, at: f };
    }
  }
  return partial;
}

/**
 * Finds every time expression of an article and gives it its TimeML TIMEX3 value. Runs sentence by sentence
 * (paragraphs, title, headings, and dateline blocks when `blocks` is given); relative expressions resolve
 * against `referenceDate`, never against the clock.
 *
 * Conventions: a bare weekday or month-day in past-tense reporting is the most recent one on or before the
 * reference date, in future-tense clauses the next one, in present-tense ones the nearest; numeric dates are
 * read US-style (month/day) unless the first number exceeds 12; two-digit years below 50 are 20xx. "Yesterday,
 * on December 2" and "Tuesday, December 2" are one expression valued by their date. "two years ago" is one date
 * (2023), as TimeML 1.2 newswire marks it; ISO-TimeML corpora such as MEANTIME mark its measure "two years" (P2Y)
 * instead, which newsgraph does not add (round 8).
 * Modifiers TimeML keeps in `mod` are dropped from the value ("mid-December" = 2025-12).
 *
 * Messages: `time/no-reference` (no publication date, parts left as X), `time/relative-absolute-mismatch`
 * (the relative part of a merged phrase disagrees with its date; the date is kept), `time/reference-inferred`.
 *
 * @example
 * const text = 'Talks ended yesterday.';
 * const sentences = [{ start: 0, end: 22, text, blockIndex: 0, blockKind: 'paragraph' as const }];
 * extractTimes(text, sentences, { referenceDate: '2025-12-03' }).times[0]?.value // "2025-12-02"
 */
export function extractTimes(text: string, sentences: readonly Sentence[], options: TimeOptions): TimeResult {
  const given = checkOptions(options);
  const messages: Message[] = [];
  const { found, unitTokens } = matchUnits(text, scannedUnits(sentences, options.blocks ?? []));
  const pin = given ? null : pinReference(text, found, messages);
  const ref = given ?? pin?.ref ?? null;
  const resolved = resolveInOrder(found, unitTokens, ref);
  const times = timeRecords(text, found, resolved, options.idPrefix ?? '', messages);
  messages.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { times, messages, inferredReferenceDate: pin?.inferred ?? null };
}

/** The stretches scanned for times: sentences of the kinds in SCANNED, and datelines no sentence covers. */
function scannedUnits(sentences: readonly Sentence[], blocks: readonly Block[]): Unit[] {
  // a wire dateline's city sentence is left out: its dateline block is scanned whole ("KYIV, Oct 8 (Reuters) -")
  const units: Unit[] = sentences.filter((s) => SCANNED.has(s.blockKind) && s.blockKind !== 'dateline').map((s) => ({ start: s.start, end: s.end, kind: s.blockKind }));
  for (const block of blocks) {
    if (block.kind === 'dateline' && !units.some((u) => u.start < block.end && block.start < u.end)) {
      units.push({ start: block.start, end: block.end, kind: 'dateline' });
    }
  }
  return units.sort((a, b) => a.start - b.start);
}

/**
 * The tense of an expression's clause; "the fiscal year that begins Oct. 1" takes the tense of its opening date
 * ("begins" looks ahead although "approved a budget for" is past), "the year ending June 30" that of its closing one.
 */
function periodTense(tokens: readonly Token[], m: TimeMatch, headline: boolean): Tense {
  if (m.spec.t === 'date' && m.spec.periodStarts) {
    for (let k = m.end; k < Math.min(tokens.length - 1, m.end + 4); k++) {
      if (FISCAL_OPENING_VERBS.has(tokens[k]!.lower)) return clauseTense(tokens, k + 1, k + 2, headline);
    }
  }
  // "for the year ending June 30": the period takes the tense of its closing date, which "ending" sets
  if (m.spec.t === 'date' && m.spec.periodOf && tokens[m.end]?.lower === 'ending') return clauseTense(tokens, m.end + 1, m.end + 2, headline);
  // "expects a loss for the year ended March 31": a period that "ended" is over, whatever the verb of the clause
  // (was the coming fiscal year; its closing date was already the past one; round 13)
  if (m.spec.t === 'date' && m.spec.periodOf && m.spec.periodOf !== 'week' && !m.spec.periodStarts && tokens[m.end]?.lower === 'ended') return 'past';
  // "will report results for its fiscal first quarter, which ended Dec. 31": a quarter or half a relative clause
  // says ended is over too (round 16; was the coming fourth quarter)
  if ((m.spec.t === 'part' || (m.spec.t === 'date' && m.spec.periodOf && m.spec.periodOf !== 'week' && !m.spec.periodStarts)) && relativeClose(tokens, m.end, PAST_CLOSES)) return 'past';
  // "Sales rose in the first nine months of the fiscal year, which ends in February": a period whose close is told in
  // the present ends ahead, whatever the verb of the clause (round 15; was last February's year)
  if (m.spec.t === 'date' && m.spec.periodOf && m.spec.periodOf !== 'week' && presentClose(tokens, m.end)) return 'future';
  if (m.spec.t === 'weekday' && m.spec.dir === 'bare' && !headline && overtakenPlanBefore(tokens, m.start)) return 'present';
  if (m.spec.t === 'part' && forecastObject(tokens, m.start)) return 'future';
  if ((m.spec.t === 'part' || (m.spec.t === 'date' && (m.spec.periodOf === 'quarter' || m.spec.periodOf === 'half'))) && revisedForecastFor(tokens, m.start)) return 'future';
  return clauseTense(tokens, m.start, m.end, headline);
}

/** ", which ends", "that closes", "ends": a closing verb in the present right after a period. */
function presentClose(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.text === ',') k += 1;
  if (tokens[k]?.lower === 'which' || tokens[k]?.lower === 'that') k += 1;
  return tokens[k]?.lower === 'ends' || tokens[k]?.lower === 'closes';
}

/** Past closing verbs of a period's relative clause (", which ended Dec. 31", "that closed in June"). */
const PAST_CLOSES: ReadonlySet<string> = new Set(['ended', 'closed']);

/** ", which ended", "that closed": a relative pronoun, then a verb of `verbs`, right after a period. */
function relativeClose(tokens: readonly Token[], end: number, verbs: ReadonlySet<string>): boolean {
  const k = tokens[end]?.text === ',' ? end + 1 : end;
  return (tokens[k]?.lower === 'which' || tokens[k]?.lower === 'that') && verbs.has(tokens[k + 1]?.lower ?? '');
}

/**
 * Verbs whose object is a forecast ("Cisco forecast fiscal second-quarter revenue"). Id: `times/forecast-verbs`;
 * source: the guidance sentences of results copy (round 14).
 */
const FORECAST_VERBS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'predicted', 'predicts', 'projected', 'projects']);

/** Words between a forecasting verb and the quarter or half of its object ("forecast its fiscal second-quarter"). */
const FORECAST_OBJECT_OPENERS: ReadonlySet<string> = new Set(['fiscal', 'its', 'their', 'a', 'the']);

/**
 * "Cisco forecast fiscal second-quarter revenue below estimates": the quarter or half a forecasting verb names is
 * still to come (round 14; "forecast" is both present and past, so the clause gave no tense). "Analysts had forecast
 * fourth-quarter profit of 50 cents" (a forecast overtaken by the results) is left to its clause.
 */
function forecastObject(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= start - 3 && FORECAST_OBJECT_OPENERS.has(tokens[k]?.lower ?? '')) k -= 1;
  if (!FORECAST_VERBS.has(tokens[k]?.lower ?? '')) return false;
  const aux = tokens[k - 1]?.lower ?? '';
  return aux !== 'had' && aux !== 'have' && aux !== 'has' && aux !== "'d";
}

/**
 * Words a list of dates holds between its items besides places ("in Europe on Sept. 15, in North America on Sept. 19
 * and in Japan on Oct. 21"). Id: `times/date-list-links` (round 16).
 */
const DATE_LIST_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or', 'then', 'in', 'on', 'at', 'for', 'the']);

/** Both matches are month-days, or both weekdays: items of one list. */
function sameDateShape(a: TimeMatch, b: TimeMatch): boolean {
  if (a.spec.t === 'weekday' && b.spec.t === 'weekday') return true;
  return a.spec.t === 'date' && b.spec.t === 'date' && a.spec.d !== undefined && b.spec.d !== undefined && a.spec.y === undefined && b.spec.y === undefined;
}

/**
 * "The device goes on sale in Europe on Sept. 15, in North America on Sept. 19 and in Japan on Oct. 21, the company
 * said": a later item of a list of dates (list words and place names between) has the tense of the first, not of a
 * verb after the list (round 16; Oct. 21 was last year's).
 */
function listedAfter(tokens: readonly Token[], first: TimeMatch, m: TimeMatch): boolean {
  if (!sameDateShape(first, m) || m.start - first.end > 8 || m.start === first.end) return false;
  // the item repeats the first one's preposition ("on Sept. 15, ... on Sept. 19") or follows a list word right away
  // ("on Monday, Tuesday and Wednesday"); "which ended Dec. 31, on Jan. 18" is no list
  const lead = tokens[m.start - 1]!.lower;
  if (lead !== ',' && lead !== 'and' && lead !== 'or' && lead !== tokens[first.start - 1]?.lower) return false;
  let linked = false;
  for (let k = first.end; k < m.start; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or') linked = true;
    else if (!DATE_LIST_LINKS.has(t.lower) && !(t.kind === 'word' && t.cap)) return false;
  }
  return linked;
}

/** Pass 1: every time expression the grammar matches, with the tense of its clause. */
function matchUnits(text: string, units: readonly Unit[]): { found: Found[]; unitTokens: Token[][] } {
  const found: Found[] = [];
  const unitTokens: Token[][] = [];
  units.forEach((unit, u) => {
    const tokens = tokenize(text.slice(unit.start, unit.end), unit.start);
    unitTokens[u] = tokens;
    const seq = { toks: tokens, titleCase: isTitleCase(tokens, unit.kind) };
    const headline = unit.kind === 'title' || unit.kind === 'heading';
    // ('said on ABC's "This Week"': a programme's quoted title is no time)
    const matches = matchSentence(seq).filter((m) => !insideQuotedTitle(text, tokens[m.start]!.start, tokens[m.end - 1]!.end));
    const quantified = statesFigure(tokens, matches);
    let before: { m: TimeMatch; tense: Tense } | null = null;
    for (const m of matches) {
      const tense: Tense = before && listedAfter(tokens, before.m, m) ? before.tense : periodTense(tokens, m, headline);
      before = { m, tense };
      found.push({
        key: found.length,
        unit: u,
        match: m,
        start: tokens[m.start]!.start,
        end: tokens[m.end - 1]!.end,
        tense,
        dateline: unit.kind === 'dateline',
        comparison: isComparison(tokens, m.start),
        compared: isComparison(tokens, m.start, 12),
        figures: periodModifier(tokens, m.start, m.end) || (m.spec.t === 'part' && forecastFigureIn(tokens, m.start)),
        quantified,
      });
    }
  });
  return { found, unitTokens };
}

/** Without a publication date, the reference the text pins (a dateline, "yesterday, June 3"), said in a message. */
function pinReference(text: string, found: readonly Found[], messages: Message[]): { ref: Reference; inferred: string | null } | null {
  const pin = inferReference(found);
  if (!pin) return null;
  const inferred = pin.ref.y !== null ? formatDay({ y: pin.ref.y, m: pin.ref.m, d: pin.ref.d }) : null;
  const quoted = `"${text.slice(pin.at.start, pin.at.end)}"`;
  messages.push({
    ruleId: 'time/reference-inferred',
    reason: inferred
      ? `No publication date was given; ${quoted} pins it to ${inferred}`
      : `No publication date was given; ${quoted} pins its month and day but not its year`,
    severity: 'info',
    start: pin.at.start,
    end: pin.at.end,
  });
  return { ref: pin.ref, inferred };
}

/**
 * "for the nine months", "in the first six months": in a report, the year so far. What is compared with it next
 * ("the year-earlier period", "a year earlier") is the same stretch of the year before, which TimeML values as
 * that year, so the span puts its year under discussion. Returns that year, or null for any other expression.
 */
function yearToDateSpan(tokens: readonly Token[], m: TimeMatch, year: number | null, ref: Reference | null): number | null {
  if (m.rule === YEAR_SO_FAR_RULE) return monthRangeYear(tokens, m, ref);
  if (year === null || m.spec.t !== 'fixed' || m.spec.kind !== 'duration') return null;
  const words = tokens.slice(m.start, m.end).map((t) => t.lower);
  if (words[0] !== 'the' && tokens[m.start - 1]?.lower !== 'the') return null;
  const rest = words[0] === 'the' ? words.slice(1) : words;
  const first = rest[0] === 'first';
  const [count, unit] = first ? rest.slice(1) : rest;
  // "the nine months" alone is a report's year so far; with "first" any count of months short of a year is
  // ("the first two months", "the first 10 months")
  const counts = first ? FIRST_MONTHS_COUNTS : YEAR_TO_DATE_COUNTS;
  if (!(unit === 'months' && counts.has(count ?? '') && rest.length <= 3)) return null;
  // "the three months to September" is the quarter closing then, not the year so far ("the nine months to
  // September" is): a closing month that is not the count of months from January leaves the period as it was
  // (round 11: "the previous quarter" after it was the quarter before the report's, not before the one discussed)
  const closing = SPAN_CLOSERS.has(tokens[m.end]?.lower ?? '') ? MONTHS.get(tokens[m.end + 1]?.lower ?? '') : undefined;
  if (closing !== undefined && closing !== monthCount(count ?? '')) return null;
  return year;
}

/**
 * "Through September, orders were up 6% from the same period last year", "Through June, the company sold ...": a month
 * opening the sentence that closes the year so far puts that year under discussion, as "the first nine months" does, so the period compared
 * is the year before (round 13; was that month a year back). Returns the month's year, or null.
 */
function yearThroughMonth(tokens: readonly Token[], m: TimeMatch, r: Resolved): number | null {
  if (m.spec.t !== 'date' || m.spec.m === undefined || m.spec.d !== undefined || m.spec.periodOf || !r.point) return null;
  if (tokens[m.start - 1]?.lower !== 'through') return null;
  const before = tokens[m.start - 2];
  const opens = !before || (before.text === ',' && !insideNumber(tokens, m.start - 2));
  return opens && tokens[m.end]?.text === ',' ? r.point.day.y : null;
}

/** A count of months in words or digits ("nine", "9"). */
function monthCount(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.get(word) ?? NaN;
}

/**
 * The year of "the January-September period": the year written in it, else the reference year once the range has
 * closed (a January-November report read in January is last year's).
 */
function monthRangeYear(tokens: readonly Token[], m: TimeMatch, ref: Reference | null): number | null {
  for (let k = m.start; k < m.end; k++) if (/^\d{4}$/.test(tokens[k]!.text)) return Number(tokens[k]!.text);
  if (!ref || ref.y === null || m.spec.t !== 'fixed') return null;
  const months = Number(/^P(\d+)M$/.exec(m.spec.value)?.[1] ?? 0);
  return ref.m > months ? ref.y : ref.y - 1;
}

/**
 * The year "the first nine months" of a report count in: the year under discussion, else the report's. A year
 * still to come is no year of figures ("Analysts expect cuts early next year. In the first nine months, it earned
 * ..., down from ... in the year-earlier period": the nine months are this year's; round 11).
 */
function yearSoFarOf(discussed: AnchorPoint | null, ref: Reference | null): number | null {
  const own = ref?.y ?? null;
  if (!discussed) return own;
  // a year long past ("It closed two plants in 1987. In the first nine months, ...") is no report's year so far
  // either: only this year and the last (a January report on the year before) are
  return own !== null && (discussed.day.y > own || discussed.day.y < own - 1) ? own : discussed.day.y;
}

/** Months a year-to-date report counts: three, six or nine (written in words or digits). */
const YEAR_TO_DATE_COUNTS: ReadonlySet<string> = new Set(['three', 'six', 'nine', '3', '6', '9']);

/** Counts of "the first N months" of a year, two to eleven, in words or digits. */
const FIRST_MONTHS_COUNTS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  '2', '3', '4', '5', '6', '7', '8', '9', '10', '11',
]);

/** Words that tie a span of months or weeks to the month it closes with ("the six months through September"). */
const SPAN_CLOSERS: ReadonlySet<string> = new Set(['through', 'to', 'ended', 'ending', 'until', 'thru']);

/**
 * "For the six months through September, net profit dropped 22% from a year earlier": the month closes the span the
 * report discusses, so it does not become the period discussed (the span's year stays, and "a year earlier" is the
 * year before, not that month a year back).
 */
function closesSpan(tokens: readonly Token[], start: number): boolean {
  const unit = tokens[start - 2]?.lower ?? '';
  if (SPAN_CLOSERS.has(tokens[start - 1]?.lower ?? '') && (unit === 'months' || unit === 'weeks')) return true;
  // "revenue for the quarter ending in January will rise 5% from a year earlier": the month closes the quarter,
  // which stays the period compared (was January a year back; round 13)
  const closer = tokens[start - 1]?.lower === 'in' ? start - 2 : start - 1;
  return SPAN_CLOSERS.has(tokens[closer]?.lower ?? '') && CLOSED_PERIODS.has(tokens[closer - 1]?.lower ?? '');
}

/**
 * "said it would cut 3,000 jobs by the end of next year. The loss compared with a profit in the same period a year
 * earlier": a time after "by" or "until" is a deadline of a plan, not a period the report discusses, so the quarter
 * under discussion stays (round 16 lead, `times/deadline-not-discussed`).
 */
function deadlineOf(tokens: readonly Token[], start: number): boolean {
  return /^(?:by|until|till)$/.test(tokens[start - 1]?.lower ?? '');
}

/**
 * "its worst result since it was privatised in 1996", "the first loss since the company listed in 2004": a year in a
 * "since" clause dates the span's start, as "since 1996" does, and is no period the report discusses (round 16 lead,
 * `times/since-clause`). True when "since" opens a clause (a pronoun, an article or a name after it) at most six
 * words before the time, with "in" right before it and no comma between.
 */
function sinceClauseTime(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'in') return false;
  for (let k = start - 2; k >= Math.max(0, start - 8); k--) {
    const t = tokens[k] as Token;
    if (/^[,;:]$/.test(t.text)) return false;
    if (t.lower === 'since') return /^(?:it|they|he|she|we|the|its|their|his|her)$/.test(tokens[k + 1]?.lower ?? '') || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  }
  return false;
}

/** Periods a closing month ends ("the quarter ending in January", "the half ended in June"). */
const CLOSED_PERIODS: ReadonlySet<string> = new Set(['quarter', 'half']);

/**
 * "second-quarter earnings fell, reflecting a strike at a Canadian plant that ended in May. Net dropped from ... in
 * the 1988 period": a time in a relative clause ("that ended", "which began") dates the noun it describes, not the
 * period the report discusses, so a quarter under discussion stays (round 11; "the 1988 period" was 1988-05).
 * True when a relative pronoun right after a noun and right before a past verb opens the clause a few words before.
 */
function relativeClauseTime(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(1, start - 5); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.text !== '-') return false;
    if (t.lower !== 'that' && t.lower !== 'which') continue;
    const verb = tokens[k + 1];
    const noun = tokens[k - 1]!;
    return !!verb && verb.kind === 'word' && !verb.cap && (IRREGULAR_PAST.has(verb.lower) || /[^e]ed$|eed$|ied$/.test(verb.lower)) && noun.kind === 'word' && !noun.cap;
  }
  return false;
}

/** Participles of putting out a document or figures ("The report, published last month, ..."). */
const RELEASE_PARTICIPLES: ReadonlySet<string> = new Set([
  'released', 'published', 'issued', 'posted', 'unveiled', 'filed', 'compiled', 'reported', 'announced',
]);
/** Words between such a participle and its time ("released on Monday", "published earlier this month"). */
const RELEASE_LINKS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'earlier', 'late', 'early']);

/**
 * "Figures released last week showed 2,300 arrests, up from 1,900 the previous year", "The report, published last
 * month, counted 41 deaths, against 30 the year before": a time in a participle of release after a noun or a comma
 * dates the publishing, not the period whose figures are discussed, so "the previous year" is not counted from it
 * (round 24; were 2023-W19 and 2023-04). Id: `times/release-aside`.
 */
function releaseAside(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k > 0 && RELEASE_LINKS.has(tokens[k]!.lower) && start - k <= 2) k--;
  if (!RELEASE_PARTICIPLES.has(tokens[k]?.lower ?? '')) return false;
  const before = tokens[k - 1];
  // (a noun opening the sentence is capitalised: "Figures released last week showed")
  return !!before && (before.text === ',' || (before.kind === 'word' && (!before.cap || k === 1) && !BE_BEFORE_RELEASE.has(before.lower)));
}

/** Words before a release participle that make it a verb of the clause ("was published last month"). */
const BE_BEFORE_RELEASE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'not', 'just', 'first']);

/** The state that carries from one expression to the next while resolving in text order. */
interface Carry {
  previous: AnchorPoint | null;
  /** A decade ("the late 1950s": 195) told after `previous`, and its key. */
  decade?: { decade: number; key: number } | null;
  /** `previous` was told in a future clause; `toldPast` is the last point told in any other. */
  previousAhead?: boolean;
  /** The time told last opened a span ("since Aug. 4"): a later onward count goes from it only when nothing else was told. */
  previousSince?: boolean;
  toldPast?: AnchorPoint | null;
  period: { point: AnchorPoint; unit: number } | null;
  /** The last quarter or half under discussion, kept when a year follows it ("fiscal 2006") for "the previous quarter". */
  part?: { point: AnchorPoint; unit: number } | null;
  /** The last day-precise date and the sentence that gave it, for a clock time told in the next sentence. */
  day: { point: AnchorPoint; unit: number } | null;
  /** `day` was told in a future clause; `dayPast` is the last day told in any other (see `narrativeDay`). */
  dayAhead?: boolean;
  dayPast?: { point: AnchorPoint; unit: number } | null;
  /** A company's fiscal calendar: quarters to add to a fiscal quarter's number, and the sentence that last used it. */
  fiscal: { quarters: number; unit: number } | null;
  /** Keys of dates that close a fiscal year ("the year to June": June), counted from as that year. */
  fiscalClosings?: Set<number>;
  /** The month a fiscal year closes with, once a closing date has pinned one ("the year to June": 6). */
  fiscalClose?: number;
  /** The fiscal year named last ("fiscal 1989" = FY1989), for a later "the fiscal year". */
  fiscalYear: { value: string; key: number; unit: number } | null;
  /** Every fiscal year the article writes out ("fiscal 1997": 1997), for years named by the year they start in. */
  writtenFiscal: ReadonlySet<number>;
  /** The sentences that hold any time expression. */
  timedUnits: ReadonlySet<number>;
  /** A quotation attributed to a past weekday and its sentence, for a quotation going on in the next one. */
  saidOn?: { told: { ref: Reference; key: number }; unit: number } | null;
}

/**
 * "Vantix earned $40 million in fiscal 1989. In the fiscal year, sales rose 12%": "the fiscal year" alone is the
 * fiscal year the article named in the last few sentences (round 11); with none named it says too little to value.
 * Returns its value anchored on that year, null when none is near, or undefined for any other expression.
 */
function fiscalYearAnaphor(tokens: readonly Token[], f: Found, carry: Carry, ref: Reference | null): Resolved | null | undefined {
  const spec = f.match.spec;
  if (spec.t !== 'fiscalRel' || !spec.anaphoric) return undefined;
  const named = carry.fiscalYear && f.unit - carry.fiscalYear.unit <= PERIOD_REACH ? carry.fiscalYear : null;
  if (!named) return undatedFiscalYear(tokens, f, ref);
  // "It expects a loss in the fiscal year" after "earned $40 million in fiscal 1989" (1990): a year still ahead is
  // not one already reported; without the company's calendar it is not said which
  if (f.tense === 'future' && ref && ref.y !== null && Number(named.value.slice(2)) < ref.y) return null;
  const closed = pastFiscalYear(f, named.value, carry, ref);
  if (closed) return { value: closed, kind: 'date', granularity: 'year', anchor: 'publication', unresolved: false, point: null };
  return { value: named.value, kind: 'date', granularity: 'year', anchor: named.key, unresolved: false, point: null };
}

/**
 * "For the year ending March 2017, Toyota expects a profit ... Toyota sold 2.2 million vehicles during the fiscal year"
 * (May 2016): a past clause cannot tell the whole of a fiscal year that is still running, so once the company's closing
 * month is known, "the fiscal year" there is the one just closed (FY2016; round 18, was FY2017, the year forecast).
 * Id: `times/past-fiscal-year`.
 */
function pastFiscalYear(f: Found, named: string, carry: Carry, ref: Reference | null): string | null {
  const close = carry.fiscalClose;
  if (f.tense !== 'past' || close === undefined || close === 12 || !ref || ref.y === null) return null;
  const lastClosed = ref.m > close ? ref.y : ref.y - 1;
  return Number(named.slice(2)) > lastClosed ? `FY${lastClosed}` : null;
}

/**
 * "Profit in the year to June rose 41%. It expects fuel costs to rise in the current financial year" (August): once a
 * closing date has pinned the company's fiscal year, "this/the current/next/last fiscal year" counts from the one
 * holding the report's day (FY2012; was FY2011, the calendar year's number; round 14). Undefined when no calendar
 * is known or the expression is no such year.
 */
function relativeFiscalInCalendar(f: Found, carry: Carry, ref: Reference | null): Resolved | undefined {
  const spec = f.match.spec;
  if (spec.t !== 'fiscalRel' || spec.anaphoric || !ref || ref.y === null) return undefined;
  const close = carry.fiscalClose ?? (carry.fiscal ? (carry.fiscal.quarters === 0 ? 12 : carry.fiscal.quarters * 3) : undefined);
  if (close === undefined || close === 12) return undefined;
  const holding = ref.m <= close ? ref.y : ref.y + 1;
  return { value: `FY${holding + spec.offset}`, kind: 'date', granularity: 'year', anchor: 'publication', unresolved: false, point: null };
}

/**
 * "the fiscal year" with none named near it (round 12): after "the first N months of", the year those months open;
 * in a past clause, the year just closed; otherwise no value.
 */
function undatedFiscalYear(tokens: readonly Token[], f: Found, ref: Reference | null): Resolved | null {
  if (!ref || ref.y === null) return null;
  const day = { y: ref.y, m: ref.m };
  const value = countedFiscalYear(tokens, f.match.start, day) ?? (f.tense === 'past' ? closedUndatedFiscalYear(day) : null);
  return value ? { value, kind: 'date', granularity: 'year', anchor: 'publication', unresolved: false, point: null } : null;
}

/** Verbs that close a fiscal year on a date ("its fiscal year ends Sept. 30"). */
const FISCAL_YEAR_CLOSERS: ReadonlySet<string> = new Set(['ends', 'ended', 'ending', 'end', 'closes', 'closed']);

/**
 * The fiscal calendar an expression reveals, as quarters from fiscal to calendar numbering: "its fiscal first
 * quarter, ended Sept. 30" (fiscal Q1 = calendar Q3: 2) or "its fiscal year ends Sept. 30" (fiscal Q1 starts in
 * October: 3). Null when the expression says nothing of it.
 */
function fiscalOffset(tokens: readonly Token[], f: Found, r: Resolved): number | null {
  const spec = f.match.spec;
  if (spec.t !== 'date' || spec.m === undefined) return null;
  if (spec.fiscalPart && r.point) {
    const { n, of } = spec.fiscalPart;
    if (of === 'H') return null;
    return (Math.floor((r.point.day.m - 1) / 3) - (n - 1) + 4) % 4;
  }
  const k = f.match.start;
  const closes = FISCAL_YEAR_CLOSERS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'year' && tokens[k - 3]?.lower === 'fiscal';
  if (!closes || spec.m % 3 !== 0) return null;
  return (spec.m % 12) / 3;
}

/**
 * Keeps the fiscal calendar an expression revealed; a numbered fiscal part pinned by its closing date ("its fiscal
 * fourth quarter, which ended on September 24") also says which fiscal year the report is in, named by the year it
 * ends in, for a later "For the fiscal year" (FY2011; round 11).
 */
function noteFiscalCalendar(f: Found, r: Resolved, quarters: number, carry: Carry): void {
  carry.fiscal = { quarters, unit: f.unit };
  const spec = f.match.spec;
  if (spec.t !== 'date' || !spec.fiscalPart || !r.point) return;
  carry.fiscalYear = { value: fiscalYearHolding(r.point.day, quarters), key: f.key, unit: f.unit };
}

/** The fiscal year (FYyyyy, named by the year it ends in) that holds a day, for a year closing with calendar quarter `quarters` (0: December). */
function fiscalYearHolding(day: { y: number; m: number }, quarters: number): string {
  const closes = quarters === 0 ? 12 : quarters * 3;
  return `FY${day.m <= closes ? day.y : day.y + 1}`;
}

/**
 * "its fiscal first quarter, ended Sept. 30 ... In the second quarter, it expects a profit": once the article has
 * given the company's fiscal calendar, a numbered quarter without a year in the next sentences (or one called
 * "fiscal" anywhere after) is that fiscal quarter, valued as the calendar quarter it covers (calendar Q4 here).
 */
function inFiscalCalendar(tokens: readonly Token[], f: Found, carry: Carry, sentenceYear: unknown): TimeMatch['spec'] {
  const spec = namedFiscalPart(f, carry);
  if (spec.t === 'part' && spec.fy !== undefined) return fiscalYearPart(spec, carry);
  if (spec.t !== 'part' || spec.of !== 'Q' || spec.y !== undefined || spec.yOffset !== undefined || spec.dir !== 'bare' || sentenceYear) return spec;
  if (!carry.fiscal || carry.fiscal.quarters === 0) return spec;
  const near = f.unit - carry.fiscal.unit <= PERIOD_REACH || tokens[f.match.start - 1]?.lower === 'fiscal';
  if (!near) return spec;
  carry.fiscal = { quarters: carry.fiscal.quarters, unit: f.unit };
  return { ...spec, n: ((spec.n - 1 + carry.fiscal.quarters) % 4) + 1 };
}

/**
 * "Vantix earned $40 million in fiscal 1989. Revenue rose in the third quarter of the fiscal year": the part of the
 * fiscal year named in the last sentences (FY1989-Q3); with none named, the quarter the tense points to (round 12).
 */
function namedFiscalPart(f: Found, carry: Carry): TimeSpec {
  const spec = f.match.spec;
  if (spec.t !== 'part' || !spec.fyAnaphoric) return spec;
  const { fyAnaphoric, ...rest } = spec;
  const named = carry.fiscalYear && f.unit - carry.fiscalYear.unit <= PERIOD_REACH ? Number(carry.fiscalYear.value.slice(2)) : NaN;
  return Number.isFinite(named) ? { ...rest, fy: named } : rest;
}

/**
 * "Its fiscal year ends Sept. 30 ... in the first quarter of fiscal 1990": a part of a written fiscal year, once the
 * article has given the company's fiscal calendar, is the calendar period it covers (fiscal 1990 runs from October
 * 1989, so its first quarter is 1989-Q4); a fiscal year is named by the year it ends in. Without a calendar the
 * spec stays and is valued FY1990-Q1 (round 11).
 */
function fiscalYearPart(spec: Extract<TimeSpec, { t: 'part' }>, carry: Carry): TimeSpec {
  if (!carry.fiscal || spec.fy === undefined) return spec;
  const { fy, ...rest } = spec;
  const months = spec.of === 'Q' ? 3 : 6;
  // the fiscal year ends with calendar quarter `quarters` (0: December), so it starts the month after
  const first = carry.fiscal.quarters === 0 ? 0 : carry.fiscal.quarters * 3 - 12; // months from January of `fy`
  const start = first + (spec.n - 1) * months;
  if (start % months !== 0) return spec; // a fiscal half that straddles calendar halves has no calendar value
  const y = fy + Math.floor(start / 12);
  const n = (((start % 12) + 12) % 12) / months + 1;
  return { ...rest, n, y };
}

/**
 * "Earnings in the fiscal second quarter rose 12%" (January), "its fiscal fourth-quarter profit fell" (October): a
 * fiscal quarter or half reported in the past with no year and no fiscal calendar known yet is the one just
 * ended, since companies report a period within weeks of its close; it is valued as the calendar period that
 * ended last (as "its fiscal first quarter, ended Sept. 30" is), and the offset between its fiscal number and that
 * calendar number becomes the company's fiscal calendar for the quarters after it. Returns the calendar spec, or
 * null when the rule does not apply.
 */
function fiscalJustEnded(tokens: readonly Token[], f: Found, carry: Carry, ref: Reference | null): TimeSpec | null {
  const spec = f.match.spec;
  if (spec.t !== 'part' || spec.y !== undefined || spec.yOffset !== undefined || spec.fy !== undefined || spec.dir !== 'bare' || carry.fiscal) return null;
  if ((f.tense !== 'past' && f.tense !== 'future') || !ref || ref.y === null) return null;
  if (spec.fyAnaphoric && carry.fiscalYear && f.unit - carry.fiscalYear.unit <= PERIOD_REACH) return null; // namedFiscalPart
  const fiscal = tokens[f.match.start - 1]?.lower === 'fiscal' || tokens.slice(f.match.start, f.match.end).some((t) => t.lower === 'fiscal');
  if (!fiscal) return null;
  const per = spec.of === 'Q' ? 3 : 6;
  const current = Math.floor((ref.m - 1) / per);
  const count = 12 / per;
  // "Cisco expects fiscal second-quarter revenue to rise" (November): a forecast is of the period running, the one
  // after the period just reported (round 14; was the calendar Q2 of next year)
  const ahead = f.tense === 'future';
  const n = ahead ? current + 1 : current === 0 ? count : current;
  const y = ahead || current !== 0 ? ref.y : ref.y - 1;
  if (spec.of === 'Q') {
    carry.fiscal = { quarters: (n - spec.n + 4) % 4, unit: f.unit };
    // its fiscal year, for a later "For the fiscal year" (round 11)
    carry.fiscalYear = { value: fiscalYearHolding({ y, m: (n - 1) * 3 + 1 }, carry.fiscal.quarters), key: f.key, unit: f.unit };
  }
  return { ...spec, n, y };
}

/** The point lies after the reference day (a day still to come), when both are known. */
function afterReference(p: AnchorPoint, ref: Reference | null): boolean {
  if (!ref || ref.y === null) return false;
  const [a, b] = [p.day.y * 10000 + p.day.m * 100 + p.day.d, ref.y * 10000 + ref.m * 100 + ref.d];
  return a > b;
}

/**
 * A month, quarter or half of a written year ("January 1998", "the first quarter of 1997"), or a bare quarter or half
 * as resolved (`resolved`: "expects results in the second half to be similar to the first half").
 */
interface WrittenPeriod { key: number; y: number; unit: 'month' | 'Q' | 'H'; n: number; resolved?: boolean }

function periodOfYear(spec: TimeSpec): Omit<WrittenPeriod, 'key'> | null {
  if (spec.t === 'date' && spec.y !== undefined && spec.m !== undefined && spec.d === undefined) return { y: spec.y, unit: 'month', n: spec.m };
  if (spec.t === 'part' && spec.y !== undefined) return { y: spec.y, unit: spec.of, n: spec.n };
  return null;
}

/**
 * "eased in January 1998 from 2.3 percent in December", "rose in the first quarter of 1997 from the fourth
 * quarter", "after a 3 percent gain in the third quarter": a bare month, quarter or half that is the term of a
 * comparison (or follows "after") with a period of a written year earlier in the sentence is the latest one not
 * after that period: its year, or the year before when it comes later in the year. Returns the spec with that
 * year, or null.
 */
function comparedTermYear(tokens: readonly Token[], f: Found, written: WrittenPeriod | null): TimeSpec | null {
  const spec = f.match.spec;
  if (!written || !(f.comparison || f.compared || afterTerm(tokens, f.match.start))) return null;
  let bare: { unit: WrittenPeriod['unit']; n: number } | null = null;
  if (spec.t === 'date' && spec.dir === 'bare' && spec.m !== undefined && spec.y === undefined && spec.d === undefined && spec.yOffset === undefined && spec.yy === undefined && !spec.yAnaphoric) bare = { unit: 'month', n: spec.m };
  else if (spec.t === 'part' && spec.dir === 'bare' && spec.y === undefined && spec.yOffset === undefined) bare = { unit: spec.of, n: spec.n };
  if (!bare || bare.unit !== written.unit || bare.n === written.n) return null;
  // a period resolved from the tense, not written, is compared only with an earlier one of its year: "results in
  // the second half similar to the first half" (July 1989) is 1989-H1, not next year's (round 11); "weaker than the
  // second half" after a first half may look ahead
  if (written.resolved && bare.n > written.n) return null;
  const y = bare.n > written.n ? written.y - 1 : written.y;
  return { ...spec, y } as TimeSpec;
}

/** "after a 3 percent gain in the third quarter": "after" a few words before, in the same clause. */
function afterTerm(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '(' || CLAUSE_LINKS.has(t.lower)) return false;
    if (t.lower === 'after') return true;
  }
  return false;
}

/** Tokens joining the two ends of a range of days ("June 30-July 1", "Jan. 15-16", "from May 3 to May 9"). */
const RANGE_LINKS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'through', 'until', 'till', 'and']);

/**
 * "has not met since June 30-July 1", "falling since Jan. 15-16", "met Dec. 30-Jan. 2": the second end of a range of
 * days is the first such day on or after the first end, whatever the clause's verb says of it (round 11; "since"
 * and a present verb farther on had put July 1 and Jan. 16 in the next year). Returns the spec with its year and
 * the first end's key, or null.
 */
function rangeEnd(tokens: readonly Token[], f: Found, group: readonly Found[], resolved: ReadonlyMap<number, Resolved>): { spec: TimeSpec; key: number } | null {
  const spec = f.match.spec;
  if (spec.t === 'weekday') return weekdayRangeEnd(tokens, f, group, resolved);
  if (spec.t !== 'date' || spec.m === undefined || spec.d === undefined || spec.y !== undefined || spec.yy !== undefined || spec.yOffset !== undefined || spec.dir !== 'bare' || spec.periodOf) return null;
  const first = group.find((g) => g.match.end < f.match.start && f.match.start - g.match.end === 1 && RANGE_LINKS.has(tokens[g.match.end]!.lower));
  const p = first ? resolved.get(first.key)?.point : null;
  if (!first || !p || p.gran !== 'day' || first.match.spec.t !== 'date') return null;
  if (tokens[first.match.start - 1]?.lower !== 'between' && tokens[first.match.end]!.lower === 'and') return null;
  // "postponed from Nov. 30 to Feb. 2": an old date and a new one, no range (`rescheduledFrom`; round 17)
  if (tokens[first.match.start - 1]?.lower === 'from' && deferralBefore(tokens, first.match.start - 1)) return null;
  const y = spec.m * 100 + spec.d < p.day.m * 100 + p.day.d ? p.day.y + 1 : p.day.y;
  return { spec: { ...spec, y }, key: first.key };
}

/** Words joining the two ends of a range of months or days ("from July 15 to Sept. 30", "between May and July"). */
const ONGOING_RANGE_LINKS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'through', 'until', 'till', 'and']);

/**
 * One end of a range of months or days that holds the report, in a clause that is not past: that end's year
 * (`ongoingRangeYears`, id `times/ongoing-range`), anchored to the other end. "and" joins a range only after "between";
 * "postponed from Nov. 30 to Feb. 2" names an old date and a new one.
 */
function ongoingRange(tokens: readonly Token[], f: Found, group: readonly Found[], ref: Reference | null): { spec: TimeSpec; key: number } | null {
  const spec = f.match.spec;
  if (!bareMonthDate(spec)) return null;
  const linked = (a: Found, b: Found): boolean => b.match.start - a.match.end === 1 && ONGOING_RANGE_LINKS.has(tokens[a.match.end]!.lower) && bareMonthDate(b.match.spec) && (b.match.spec.d === undefined) === (a.match.spec.t === 'date' && a.match.spec.d === undefined)
    && (tokens[a.match.end]!.lower !== 'and' || tokens[a.match.start - 1]?.lower === 'between') && !(tokens[a.match.start - 1]?.lower === 'from' && deferralBefore(tokens, a.match.start - 1));
  const second = group.find((g) => g.match.start > f.match.end && linked(f, g));
  const first = second ? f : group.find((g) => g.match.end < f.match.start && linked(g, f));
  const other = second ?? first;
  if (!other || other === f || !first) return null;
  const [a, b] = second ? [spec, second.match.spec] : [first.match.spec, spec];
  if (a.t !== 'date' || b.t !== 'date' || a.m === undefined || b.m === undefined) return null;
  const years = ongoingRangeYears({ m: a.m, d: a.d }, { m: b.m, d: b.d }, ref, f.tense);
  return years ? { spec: { ...spec, y: second ? years.first : years.second }, key: other.key } : null;
}

/**
 * "the September 11 attacks in 2001", "the March 3 vote in 2009": a month-day naming a happening whose year follows
 * the noun ("in 2001") is in that year, not the year nearest the report (round 11; was 2008-09-11). Returns the spec
 * with that year and the year's key, or null.
 */
function yearAfterHappening(tokens: readonly Token[], f: Found, group: readonly Found[]): { spec: TimeSpec; key: number } | null {
  const spec = f.match.spec;
  if (spec.t !== 'date' || spec.m === undefined || spec.d === undefined || spec.y !== undefined || spec.yy !== undefined || spec.yOffset !== undefined || spec.dir !== 'bare') return null;
  const year = group.find((g) => g.match.start > f.match.end && g.match.start - f.match.end <= 3 && tokens[g.match.start - 1]?.lower === 'in');
  const y = year && year.match.spec.t === 'date' && year.match.spec.m === undefined && year.match.spec.y !== undefined ? year.match.spec.y : undefined;
  if (!year || y === undefined) return null;
  for (let k = f.match.end; k < year.match.start - 1; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) return null;
  }
  return year.match.start - 1 > f.match.end ? { spec: { ...spec, y }, key: year.key } : null;
}

/**
 * Tokens joining the months of a list or range whose year is written only after the last ("in November and December
 * 1995", "between May and July 2010", "from May 3 to June 20, 2009", "January, February and March 1995"). Id:
 * `times/shared-year-links` (round 16); source: the coordinators and range words of wire dates.
 */
const SHARED_YEAR_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or', 'to', 'through', 'until', 'till', '-', '–', '—', 'in', 'of', 'on']);

/** A month or month-day written with no year and no relative year ("May", "May 3"). */
function bareMonthDate(spec: TimeSpec): spec is Extract<TimeSpec, { t: 'date' }> & { m: number } {
  return spec.t === 'date' && spec.m !== undefined && spec.y === undefined && spec.yy === undefined && spec.yOffset === undefined && !spec.yAnaphoric && spec.dir === 'bare' && !spec.periodOf;
}

/**
 * "the shutdowns of November and December 1995", "between May and July 2010", "from May 3 to June 20, 2009": a month
 * or month-day joined by list or range words to later ones, the last of which writes a year, shares that year (a month
 * after the last one's, as "from November to February 1996", is in the year before). Round 16; was the year nearest
 * the report ("November" told in 1997 was 1996-11). Returns the spec with its year and the key of the written year.
 */
function sharedYearAfter(tokens: readonly Token[], f: Found, group: readonly Found[]): { spec: TimeSpec; key: number } | null {
  const spec = f.match.spec;
  if (!bareMonthDate(spec)) return null;
  let end = f.match.end;
  for (const g of group) {
    if (g.match.start < end) continue;
    for (let k = end; k < g.match.start; k++) if (!SHARED_YEAR_LINKS.has(tokens[k]!.lower)) return null;
    // at most one preposition after a link ("in May and in July 1996"), never a preposition alone ("May in 1996")
    const gap = tokens.slice(end, g.match.start).map((t) => t.lower);
    if (gap.length === 0 || gap.length > 3 || !gap.some((l) => l !== 'in' && l !== 'of' && l !== 'on')) return null;
    const next = g.match.spec;
    if (next.t !== 'date' || next.m === undefined || next.dir !== 'bare' || (next.d === undefined) !== (spec.d === undefined)) return null;
    if (next.y !== undefined) return { spec: { ...spec, y: spec.m > next.m ? next.y - 1 : next.y }, key: g.key };
    if (!bareMonthDate(next)) return null;
    end = g.match.end;
  }
  return null;
}

/**
 * "contract in the third and fourth quarters" (October): the first of two quarters or halves sharing one noun is in
 * the year of the second, not the next one its tense alone would give (round 16; "the third" was next year's).
 */
function alignCoordinatedPart(tokens: readonly Token[], f: Found, r: Resolved, group: readonly Found[], resolved: Map<number, Resolved>): void {
  const spec = f.match.spec;
  const value = /^(\d{4})-([QH])\d$/.exec(r.value);
  if (spec.t !== 'part' || !value) return;
  const first = group.find((g) => g.match.end === f.match.start - 1 && g.match.spec.t === 'part' && g.match.spec.of === spec.of && g.match.spec.n < spec.n);
  const firstSpec = first?.match.spec;
  const before = first ? resolved.get(first.key) : undefined;
  if (!first || !before || firstSpec?.t !== 'part' || !/^\d{4}-[QH]\d$/.test(before.value) || !/^(?:and|or|to|through)$/.test(tokens[first.match.end]?.lower ?? '')) return;
  const y = Number(value[1]);
  const point = before.point ? { ...before.point, day: { ...before.point.day, y } } : before.point;
  resolved.set(first.key, { ...before, value: `${value[1]}-${value[2]}${firstSpec.n}`, point });
}

/** Rules of holidays and their weeks ("Christmas", "Thanksgiving", "the Labor Day weekend"). */
const HOLIDAY_RULES: ReadonlySet<string> = new Set(['holiday', 'holiday-movable', 'holiday-week']);

/**
 * "The truce held at Christmas in 1914", "over the Columbus Day weekend in 1990", "on Christmas Day, 1989": a holiday
 * with a year right after it ("in" or a comma between) is that year's (round 16; was the one nearest the report).
 */
function holidayInYear(tokens: readonly Token[], f: Found, group: readonly Found[]): { spec: TimeSpec; key: number } | null {
  const spec = f.match.spec;
  if (!HOLIDAY_RULES.has(f.match.rule) || spec.t !== 'date' || spec.y !== undefined) return null;
  const link = tokens[f.match.end]?.lower;
  if (link !== 'in' && link !== ',') return null;
  const year = group.find((g) => g.match.start === f.match.end + 1);
  const y = year?.match.spec.t === 'date' && year.match.spec.m === undefined ? year.match.spec.y : undefined;
  return year && y !== undefined && year.match.rule === 'year' ? { spec: { ...spec, y }, key: year.key } : null;
}

/**
 * "Early voting began in Florida on Monday, two weeks before Election Day", "The talks opened on Dec. 3, three weeks
 * before Christmas": a day named without a year after "<days or weeks> before" lies after the day the sentence told
 * before it, so it is the first such day from there (round 16; a past verb had put it in the year before). Returns
 * the spec with that year and the earlier day's key, or null.
 */
function lengthBeforeDate(tokens: readonly Token[], f: Found, group: readonly Found[], day: AnchorPoint | null): { spec: TimeSpec; key: number } | null {
  const spec = f.match.spec;
  if (!day || day.gran !== 'day' || spec.t !== 'date' || spec.m === undefined || spec.y !== undefined || spec.yy !== undefined || spec.yOffset !== undefined || spec.yAnaphoric || spec.dir !== 'bare') return null;
  if (tokens[f.match.start - 1]?.lower !== 'before') return null;
  const length = group.find((g) => g.match.end === f.match.start - 1);
  const lengthSpec = length?.match.spec;
  if (!length || lengthSpec?.t !== 'fixed' || !/^P\d+[DW]$/.test(lengthSpec.value)) return null;
  const d = spec.movable ? 31 : (spec.d ?? 31);
  const y = spec.m * 100 + d >= day.day.m * 100 + day.day.d ? day.day.y : day.day.y + 1;
  return { spec: { ...spec, y }, key: day.key };
}

/** Tokens joining two weekdays of one stretch or choice ("Thursday or Friday", "Monday-Wednesday", "Friday to Sunday"). */
const WEEKDAY_RANGE_LINKS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'through', 'until', 'or']);

/**
 * "is expected to leave on Thursday or Friday" (a Friday report), "from Friday to Sunday": the second weekday is the
 * first such day on or after the first one (round 11; the future had put Thursday next week and Friday today). "and"
 * is left out: a list need not run in time order.
 */
function weekdayRangeEnd(tokens: readonly Token[], f: Found, group: readonly Found[], resolved: ReadonlyMap<number, Resolved>): { spec: TimeSpec; key: number } | null {
  const spec = f.match.spec;
  if (spec.t !== 'weekday' || spec.dir !== 'bare' || spec.weekend || spec.endsWeek || spec.weeks !== undefined) return null;
  const first = group.find((g) => g.match.spec.t === 'weekday' && g.match.end < f.match.start && f.match.start - g.match.end === 1 && WEEKDAY_RANGE_LINKS.has(tokens[g.match.end]!.lower));
  const p = first ? resolved.get(first.key)?.point : null;
  if (!first || !p || p.gran !== 'day') return null;
  const day = addDays(p.day, (spec.wd - isoWeekday(p.day) + 7) % 7);
  return { spec: { t: 'date', y: day.y, m: day.m, d: day.d, dir: 'bare', ...(spec.pod ? { pod: spec.pod } : {}) }, key: first.key };
}

/** A past day or month named earlier in the sentence, which a later "would" may be told from. */
interface SpokenAt { point: AnchorPoint; end: number; start: number }

/** The future seen from the present: a "will" or "plans to" clause counts from the report, not from a past day. */
const PRESENT_FUTURE: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'wo', 'is', 'are', 'am', "'s", "'re", 'plans', 'intends', 'expects', 'hopes', 'aims', 'wants', 'vows', 'promises',
]);

/** The future seen from the past: "would", and past verbs of planning or promising ("said it planned to strike"). */
const PAST_FUTURE: ReadonlySet<string> = new Set([
  'would', 'planned', 'intended', 'promised', 'pledged', 'vowed', 'agreed', 'threatened', 'hoped', 'wanted', 'decided',
  'scheduled', 'expected',
  // round 17: "The union voted Monday to strike on Friday" (a vote to act plans the act)
  'voted',
]);

/**
 * "The minister said on Monday that the vote would be held on Friday", "In October, the bank predicted that growth
 * would slow in the fourth quarter", "On Monday, the union said it planned to strike on Thursday": a future seen
 * from the past ("would", "planned to", "was to") counts from the past day or month named before it in the sentence, not from the report (the
 * Friday after that Monday, the fourth quarter after that October). Only weekdays, months, quarters, halves and
 * seasons without a year, and "the year" / "the month"; the earlier time must lie before the reference. Returns
 * the reference to count from and the key of that time, or null.
 */
function toldAt(tokens: readonly Token[], f: Found, spoken: SpokenAt | null, ref: Reference | null): { ref: Reference; key: number } | null {
  if (!spoken || !ref || ref.y === null || f.tense !== 'future') return null;
  const spec = f.match.spec;
  const bareName = (spec.t === 'weekday' && spec.dir === 'bare') || (spec.t === 'date' && spec.dir === 'bare' && spec.m !== undefined && spec.d === undefined && spec.y === undefined && spec.yOffset === undefined && spec.yy === undefined && !spec.yAnaphoric)
    || ((spec.t === 'part' || spec.t === 'season') && spec.dir === 'bare' && spec.y === undefined && !('yOffset' in spec && spec.yOffset !== undefined));
  // "said in November that it would cut jobs by the end of the year": "the year" (not "this year", the reporter's
  // own) is the year of the saying
  const words = tokens.slice(f.match.start, f.match.end).map((t) => t.lower);
  const theUnit = spec.t === 'relUnit' && spec.offset === 0 && (spec.unit === 'year' || spec.unit === 'month') && !words.includes('this') && words.includes('the');
  if (!(bareName || theUnit) || (spec.t === 'weekday' && spoken.point.gran !== 'day' && spoken.point.gran !== 'week')) return null;
  // "The two sides had agreed Wednesday to meet again Thursday": a past verb of planning right before the day, and its
  // infinitive after it (round 17; Thursday was next week's)
  let would = tokens[spoken.end]?.lower === 'to' && [1, 2].some((b) => PAST_FUTURE.has(tokens[spoken.start - b]?.lower ?? ''));
  for (let k = spoken.end; k < f.match.start; k++) {
    const l = tokens[k]!.lower;
    if (PRESENT_FUTURE.has(l) || l === ';') return null;
    if (PAST_FUTURE.has(l) || ((l === 'was' || l === 'were') && tokens[k + 1]?.lower === 'to')) would = true;
  }
  // "said last week that talks would resume on Wednesday": told some day of that week, so the weekday after it
  // counts from the week's last day (round 10)
  const day = spoken.point.gran === 'week' ? addDays(spoken.point.day, 7 - isoWeekday(spoken.point.day)) : spoken.point.day;
  const before = day.y * 400 + day.m * 32 + day.d < ref.y * 400 + ref.m * 32 + ref.d;
  if (!would || !before) return null;
  return { ref: { y: day.y, m: day.m, d: day.d }, key: spoken.point.key };
}

/** Quotation marks the time tokenizer yields as single tokens. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/** Verbs of saying that attribute a quotation ('"...," he said Tuesday'). */
const QUOTE_VERBS: ReadonlySet<string> = new Set(['said', 'told', 'added', 'declared', 'announced', 'insisted', 'warned', 'stated', 'wrote']);

/** The quotation, as token indices of its opening and closing marks, that holds token `k`; null outside quotes. */
function quoteAround(tokens: readonly Token[], k: number): { open: number; close: number } | null {
  let open = -1;
  for (let p = 0; p < tokens.length; p++) {
    if (!QUOTE_MARKS.has(tokens[p]!.text)) continue;
    if (open < 0) open = p;
    else {
      if (open < k && k < p) return { open, close: p };
      open = -1;
    }
  }
  return null;
}

/**
 * '"We will vote tomorrow," he said on Tuesday', 'He said Tuesday: "Today we begin"': "today", "tomorrow",
 * "yesterday" and "tonight" inside a quotation count from the past weekday its attribution names (a saying verb
 * right after the closing mark and a weekday just after it, or a weekday and a saying verb just before the opening
 * mark), not from the report (round 10). Returns that day as the reference and the weekday's key, or null.
 */
function quoteToldOn(tokens: readonly Token[], f: Found, group: readonly Found[], ref: Reference | null): { ref: Reference; key: number } | null {
  if (f.match.spec.t !== 'relDay' || !ref || ref.y === null) return null;
  const quote = quoteAround(tokens, f.match.start);
  return quote ? weekdayOfQuote(tokens, quote, group, ref) : null;
}

/** The past weekday that a quotation's attribution names (see `quoteToldOn`), as a reference, or null. */
function weekdayOfQuote(tokens: readonly Token[], quote: { open: number; close: number }, group: readonly Found[], ref: Reference): { ref: Reference; key: number } | null {
  if (ref.y === null) return null;
  const saying = (from: number, to: number) => tokens.slice(Math.max(0, from), to).some((t) => QUOTE_VERBS.has(t.lower));
  const day = group.find((g) => g.match.spec.t === 'weekday' && g.match.spec.dir === 'bare'
    && ((g.match.start > quote.close && g.match.start <= quote.close + 6 && saying(quote.close + 1, g.match.start))
      || (g.match.end <= quote.open && g.match.end >= quote.open - 5 && saying(g.match.start - 3, quote.open))));
  if (!day) return null;
  const r = resolveSpec(day.match.spec, day.key, { ref, tense: 'past', previous: null, sentenceDate: null });
  const told = r ? parseDay(r.value.slice(0, 10)) : null;
  if (!told || !afterReference({ key: day.key, day: { y: ref.y, m: ref.m, d: ref.d }, gran: 'day' }, { y: told.y, m: told.m, d: told.d })) return null;
  return { ref: told, key: day.key };
}

/** Periods a year back compared with a period named after them keep that period's size. */
const LATER_COMPARED_GRANS: ReadonlySet<string> = new Set(['week', 'month', 'quarter', 'half']);

/**
 * "Core inflation rose 1.7 percent from a year earlier in May", "Exports were up 4% on a year ago in the second
 * quarter": the term of a comparison written before the period it compares names that period a year back, as it does
 * after it ("rose 5% in May from a year earlier" = May a year back); was the bare year before the report's (round 13).
 * Only a year-back term valued as a bare year, and a month, week, quarter or half after it in its clause.
 */
function comparedWithLaterPeriod(group: readonly Found[], tokens: readonly Token[], resolved: Map<number, Resolved>): void {
  for (const f of group) {
    const spec = f.match.spec;
    const yearBack = (spec.t === 'ago' && spec.n === 1 && !spec.within) || (spec.t === 'anchored' && spec.n === -1);
    const r = resolved.get(f.key);
    if (!f.comparison || !yearBack || spec.unit === 'weekend' || spec.unit.name !== 'year' || spec.unit.factor !== 1 || r?.granularity !== 'year') continue;
    // in the same clause, with no comma between ("rose 2% from a year earlier, and wages fell in March" is two)
    const later = group.find((g) => g.start > f.end && LATER_COMPARED_GRANS.has(resolved.get(g.key)?.point?.gran ?? '')
      && sameClause(tokens, f.match.end, g.match.start) && !tokens.slice(f.match.end, g.match.start).some((t) => t.text === ','));
    const p = later ? resolved.get(later.key)?.point : null;
    if (!later || !p) continue;
    const start = shiftPeriod(periodStart(p.day, p.gran), p.gran, 0, -1);
    const gran = p.gran === 'half' ? 'quarter' : p.gran;
    resolved.set(f.key, { ...r, value: formatPeriod(start, p.gran), granularity: gran as Resolved['granularity'], anchor: later.key, point: { key: f.key, day: start, gran: p.gran } });
  }
}

/** The first quotation of a sentence whose attribution names a past weekday, as `quoteToldOn` reads it. */
function sentenceToldOn(tokens: readonly Token[], group: readonly Found[], ref: Reference | null): { ref: Reference; key: number } | null {
  if (!ref || !group.some((g) => g.match.spec.t === 'weekday')) return null;
  let open = -1;
  for (let p = 0; p < tokens.length; p++) {
    if (!QUOTE_MARKS.has(tokens[p]!.text)) continue;
    if (open < 0) { open = p; continue; }
    const told = weekdayOfQuote(tokens, { open, close: p }, group, ref);
    if (told) return told;
    open = -1;
  }
  return null;
}

/** Words that count a length from a dated happening ("ten years after the Sept. 11 attacks"). */
const COUNTED_FROM: ReadonlySet<string> = new Set(['after', 'since']);

/**
 * "Ten years after the Sept. 11 attacks, the site is again a construction zone", "Five months since the Jan. 12
 * earthquake": a day named without a year after a length in years or months and "after/since the" lies that long
 * before the report, so it is the such day nearest the report's day moved back by the length (round 14; was this
 * year's September 11). Returns that day as the reference and the length's key, or null.
 */
function lengthAfterDate(tokens: readonly Token[], f: Found, group: readonly Found[], ref: Reference | null): { ref: Reference; key: number } | null {
  const spec = f.match.spec;
  if (spec.t !== 'date' || spec.m === undefined || spec.y !== undefined || spec.yOffset !== undefined || !ref || ref.y === null) return null;
  const k = f.match.start;
  if (tokens[k - 1]?.lower !== 'the' || !COUNTED_FROM.has(tokens[k - 2]?.lower ?? '')) return null;
  const length = group.find((g) => g.match.end === k - 2);
  const lengthSpec = length?.match.spec;
  const n = lengthSpec?.t === 'fixed' ? /^P(\d+)([YM])$/.exec(lengthSpec.value) : null;
  if (!length || !n) return null;
  const months = Number(n[1]) * (n[2] === 'Y' ? 12 : 1);
  const back = (ref.y * 12 + ref.m - 1) - months;
  const y = Math.floor(back / 12);
  const m = (back % 12) + 1;
  return { ref: { y, m, d: Math.min(ref.d, 28) }, key: length.key };
}

/** Verbs that go on with a speaker's quotation in the next sentence ('"...," he added'). */
const CONTINUING_QUOTE_VERBS: ReadonlySet<string> = new Set(['added', 'said', 'continued', 'went', 'says', 'adds']);

/**
 * '"We are ready," Lowe said on Tuesday. "Yesterday was a good day," he added.': a quotation in the next sentence,
 * attributed only by a verb of going on and no time of its own, was said on that same day, so its "yesterday" counts
 * from Tuesday (round 13; was the day before the report).
 */
function quoteContinued(tokens: readonly Token[], f: Found, group: readonly Found[], carry: Carry): { ref: Reference; key: number } | null {
  const said = carry.saidOn;
  if (f.match.spec.t !== 'relDay' || !said || said.unit !== f.unit - 1) return null;
  if (group.some((g) => g.match.spec.t === 'weekday' || g.match.spec.t === 'date')) return null;
  const quote = quoteAround(tokens, f.match.start);
  if (!quote) return null;
  const attribution = tokens.slice(quote.close + 1, quote.close + 5).map((t) => t.lower);
  return attribution.some((l) => CONTINUING_QUOTE_VERBS.has(l)) ? said.told : null;
}

/**
 * "WASHINGTON, June 2 -- The Senate voted today": a print dateline names the day the report was written, a day or
 * up to three before its publication date; "today", "yesterday" and "tonight" in the body count from that day.
 * Returns that day as a reference and the dateline's key, or null when the dateline names no such day.
 */
function datelineDay(found: readonly Found[], ref: Reference | null): { ref: Reference; key: number } | null {
  const f = found.find((x) => x.dateline);
  if (!f || !ref || ref.y === null) return null;
  const spec = f.match.spec;
  if (spec.t !== 'date' || spec.m === undefined || spec.d === undefined || spec.relDay !== undefined) return null;
  for (const back of [1, 2, 3]) {
    const day = addDays({ y: ref.y, m: ref.m, d: ref.d }, -back);
    if (day.m === spec.m && day.d === spec.d && (spec.y === undefined || spec.y === day.y)) return { ref: day, key: f.key };
  }
  return null;
}

/** Pass 2: resolve in text order, sentence by sentence; clock times after the dates of their sentence. */
function resolveInOrder(found: readonly Found[], unitTokens: readonly Token[][], ref: Reference | null): Map<number, Resolved> {
  const resolved = new Map<number, Resolved>();
  const carry: Carry = { previous: null, period: null, day: null, fiscal: null, fiscalYear: null, writtenFiscal: writtenFiscalYears(found), timedUnits: new Set(found.map((f) => f.unit)) };
  const byUnit = new Map<number, Found[]>();
  for (const f of found) {
    const group = byUnit.get(f.unit);
    if (group) group.push(f);
    else byUnit.set(f.unit, [f]);
  }
  const writtenOn = datelineDay(found, ref);
  let before: readonly Found[] = [];
  for (const group of byUnit.values()) {
    const dated = resolveDates(group, unitTokens, ref, carry, resolved, writtenOn);
    comparedWithLaterPeriod(group, unitTokens[group[0]!.unit]!, resolved);
    weekdaysBesideDays(group, unitTokens[group[0]!.unit]!, resolved);
    daysBesideDays(group, resolved);
    rescheduledFrom(group, unitTokens[group[0]!.unit]!, resolved);
    offsetsInApposition(group, unitTokens[group[0]!.unit]!, resolved);
    fiscalYearsClosedOn(group, unitTokens[group[0]!.unit]!, resolved);
    const days = dated.map((d) => ({ at: d.at, p: resolved.get(d.p.key)?.point ?? d.p }));
    const saidOn = sentenceToldOn(unitTokens[group[0]!.unit]!, group, ref);
    carry.saidOn = saidOn ? { told: saidOn, unit: group[0]!.unit } : null;
    resolveClocks(group, ref, carry, days, resolved, unitTokens);
    // the last sentence with times, when at most one sentence without any lies between ("at 11 a.m. Shares fell 4
    // percent. The next day, ...")
    daysCountedFromClocks(group, resolved, ref, before.length > 0 && group[0]!.unit - before[0]!.unit <= 2 ? before : []);
    before = group;
  }
  return resolved;
}

/**
 * "Profit in the year to June rose 41 percent from a year earlier": a year counted from a fiscal year is the fiscal
 * year that many back (FY2010; was the calendar year 2010; round 14).
 */
function fiscalCountedFrom(value: string, f: Found, r: Resolved, resolved: ReadonlyMap<number, Resolved>, carry: Carry): string {
  const spec = f.match.spec;
  if (spec.t !== 'anchored' || spec.unit === 'weekend' || spec.unit.name !== 'year') return value;
  // "In fiscal 1989, sales rose. A year earlier, they had fallen": a year counted back right after a written fiscal
  // year, in its sentence or the next, is the fiscal year that many back (FY1988; round 15; was the calendar year)
  const told = carry.fiscalYear;
  const fy = told && told.key === f.key - 1 && f.unit - told.unit <= 1 && spec.n < 0 && /^\d{4}$/.test(value) ? /^FY(\d{4})$/.exec(told.value) : null;
  if (fy) return `FY${String(Number(fy[1]) + Math.round(spec.n * spec.unit.factor)).padStart(4, '0')}`;
  if (typeof r.anchor !== 'number') return value;
  const year = /^(\d{4})(?:-\d\d)*$/.exec(value);
  const fiscal = /^FY\d{4}$/.test(resolved.get(r.anchor)?.value ?? '') || carry.fiscalClosings?.has(r.anchor);
  return year && fiscal ? `FY${year[1]}` : value;
}

/** "the fiscal year" alone (see `fiscalYearAnaphor`), else "this/next fiscal year" in a known fiscal calendar. */
function fiscalYearRead(tokens: readonly Token[], f: Found, carry: Carry, ref: Reference | null): Resolved | null | undefined {
  const anaphor = fiscalYearAnaphor(tokens, f, carry, ref);
  return anaphor !== undefined ? anaphor : relativeFiscalInCalendar(f, carry, ref);
}

/**
 * What a resolved expression tells of the fiscal calendar: the fiscal year named last, the month a pinned fiscal year
 * closes with and the date that closes it ("the year to June": June stands for FY2011 when a year is counted from
 * it; round 14), and the calendar offset of fiscal quarters.
 */
function noteFiscal(tokens: readonly Token[], f: Found, r: Resolved, group: readonly Found[], carry: Carry, anaphor: boolean): void {
  const spec = f.match.spec;
  if (/^FY\d{4}$/.test(r.value)) carry.fiscalYear = { value: r.value, key: anaphor && carry.fiscalYear ? carry.fiscalYear.key : f.key, unit: f.unit };
  if (spec.t === 'date' && spec.periodOf === 'year' && !spec.periodStarts && spec.m !== undefined && /^FY\d{4}$/.test(r.value)) {
    carry.fiscalClose = spec.m;
    const closing = group.find((g) => g.match.start >= f.match.end && g.match.start - f.match.end <= 3);
    if (closing) (carry.fiscalClosings ??= new Set()).add(closing.key);
  }
  const fiscal = fiscalOffset(tokens, f, r);
  if (fiscal !== null) noteFiscalCalendar(f, r, fiscal, carry);
}

/** The fiscal years the article writes as "fiscal 1997" or "fiscal year 1997". */
function writtenFiscalYears(found: readonly Found[]): Set<number> {
  const years = new Set<number>();
  for (const f of found) {
    const spec = f.match.spec;
    const fy = f.match.rule === 'fiscal-year' && spec.t === 'fixed' ? /^FY(\d{4})$/.exec(spec.value) : null;
    if (fy) years.add(Number(fy[1]));
  }
  return years;
}

/**
 * "Talks broke down two weeks ago, and a curfew was imposed the following day. Later that day, ...": a day counted
 * from a time too coarse to count from leaves the narrative on a day nobody knows, so a later "that day" must not
 * skip back to an older date (round 12).
 */
function forgetNarrativeDay(spec: TimeSpec, carry: Carry): void {
  if (spec.t === 'anchored' && spec.unit !== 'weekend' && spec.unit.name === 'day') carry.day = null;
}

/**
 * The day the narrative is at for a day-sized reference back past a coarser time: the last day told, or in a past
 * clause after a day told in a future one, the last day told in any other clause ("struck early Thursday ... in June
 * 1990 ... was due to visit on Friday. Aftershocks continued into the evening": Thursday evening; round 18, was
 * Friday's). Id: `times/past-narrative-day`.
 */
function narrativeDay(f: Found, carry: Carry): AnchorPoint | null {
  if (f.tense === 'past' && carry.dayAhead) return carry.dayPast && f.unit - carry.dayPast.unit <= NARRATIVE_REACH ? carry.dayPast.point : null;
  return carry.day && f.unit - carry.day.unit <= PERIOD_REACH ? carry.day.point : null;
}

/** How many sentences the day a story is at stays its day when a day told ahead came between (see `narrativeDay`). */
const NARRATIVE_REACH = 12;

/** Keeps the last day-precise date told, and the last told in a clause that is not future. */
function noteDay(f: Found, p: AnchorPoint, carry: Carry): void {
  carry.day = { point: p, unit: f.unit };
  carry.dayAhead = f.tense === 'future';
  if (f.tense !== 'future') carry.dayPast = carry.day;
}

/** The dates of one sentence; returns its day-precise dates in order, for its clock times. */
function resolveDates(
  group: readonly Found[], unitTokens: readonly Token[][], ref: Reference | null, carry: Carry, resolved: Map<number, Resolved>,
  writtenOn: { ref: Reference; key: number } | null = null,
): { at: number; p: AnchorPoint }[] {
  const days: { at: number; p: AnchorPoint }[] = [];
  let yearWritten: WrittenYear | null = null;
  let periodWritten: WrittenPeriod | null = null;
  let spokenAt: SpokenAt | null = null;
  for (const f of group) {
    const spec = f.match.spec;
    if (spec.t === 'clock') continue;
    const sentenceDate = days[days.length - 1]?.p ?? null;
    const discussed = carry.period && f.unit - carry.period.unit <= PERIOD_REACH ? carry.period.point : null;
    const sentenceYear: WrittenYear | null = yearWritten && sameClause(unitTokens[f.unit]!, yearWritten.end, f.match.start) ? spanYear(yearWritten, spec) : null;
    const lastDay = narrativeDay(f, carry);
    const range = ongoingRange(unitTokens[f.unit]!, f, group, ref) ?? rangeEnd(unitTokens[f.unit]!, f, group, resolved) ?? yearAfterHappening(unitTokens[f.unit]!, f, group) ?? sharedYearAfter(unitTokens[f.unit]!, f, group) ?? yearToldAfter(unitTokens[f.unit]!, f.match, group) ?? holidayInYear(unitTokens[f.unit]!, f, group) ?? lengthBeforeDate(unitTokens[f.unit]!, f, group, sentenceDate);
    const compared: TimeSpec | null = range?.spec ?? comparedTermYear(unitTokens[f.unit]!, f, periodWritten);
    const justEnded: TimeSpec | null = compared ? null : fiscalJustEnded(unitTokens[f.unit]!, f, carry, ref);
    const calendarSpec: TimeSpec = compared ?? justEnded ?? habitualSpec(unitTokens[f.unit]!, f.match) ?? convertedWeekday(unitTokens[f.unit]!, f.match) ?? monthAtText(inFiscalCalendar(unitTokens[f.unit]!, f, carry, sentenceYear), carry, ref);
    const countedBack: { ref: Reference; key: number } | null = compared ? null : lengthAfterDate(unitTokens[f.unit]!, f, group, ref);
    const told: { ref: Reference; key: number } | null = compared ? null : countedBack ?? toldAt(unitTokens[f.unit]!, f, spokenAt, ref) ?? quoteToldOn(unitTokens[f.unit]!, f, group, ref) ?? quoteContinued(unitTokens[f.unit]!, f, group, carry) ?? (spec.t === 'relDay' && !f.dateline ? writtenOn : null);
    const anaphor = fiscalYearRead(unitTokens[f.unit]!, f, carry, ref);
    const resolvedSpec: Resolved | null = anaphor !== undefined ? anaphor : resolveSpec(calendarSpec, f.key, { ref: told ? told.ref : ref, tense: countedBack ? 'present' : f.tense, previous: previousFor(f, carry), sentenceDate, period: discussed, part: carry.part && f.unit - carry.part.unit <= PERIOD_REACH ? carry.part.point : null, sentenceYear, comparison: f.comparison, lastDay, figures: f.figures, quantified: f.quantified, decadeTold: carry.decade });
    const anchorKey: number | null = range ? range.key : compared ? periodWritten!.key : told ? told.key : null;
    const anchor: Resolved['anchor'] | null = anchorKey ?? (justEnded ? 'publication' : null);
    const r: Resolved | null = anchor !== null && resolvedSpec ? { ...resolvedSpec, anchor } : resolvedSpec;
    if (!r) { forgetNarrativeDay(spec, carry); continue; }
    r.value = fiscalCountedFrom(startYearNamed(r.value, unitTokens[f.unit]!, f.match.end, carry.writtenFiscal), f, r, resolved, carry);
    alignCoordinatedPart(unitTokens[f.unit]!, f, r, group, resolved.set(f.key, r));
    noteFiscal(unitTokens[f.unit]!, f, r, group, carry, !!anaphor);
    const toDate = yearToDateSpan(unitTokens[f.unit]!, f.match, yearSoFarOf(discussed, ref), ref) ?? yearThroughMonth(unitTokens[f.unit]!, f.match, r);
    if (toDate) carry.period = { point: { key: f.key, day: { y: toDate, m: 1, d: 1 }, gran: 'year' }, unit: f.unit };
    // "since 1994" opens a span that runs to the present: the rest of the sentence is not set in that year
    const since = unitTokens[f.unit]![f.match.start - 1]?.lower === 'since' || sinceClauseTime(unitTokens[f.unit]!, f.match.start);
    yearWritten = since ? yearWritten : (writtenYear(unitTokens[f.unit]!, f) ?? frontedRelativeYear(unitTokens[f.unit]!, f.match, r, f.key) ?? yearWritten);
    const written = periodOfYear(spec);
    if (written && !since) periodWritten = { key: f.key, ...written };
    else if (spec.t === 'part' && r.point && !compared && !since) periodWritten = { key: f.key, y: r.point.day.y, unit: spec.of, n: spec.n, resolved: true };
    if (r.point && (r.point.gran === 'day' || r.point.gran === 'week' || r.point.gran === 'month') && f.tense !== 'future') spokenAt = { point: r.point, end: f.match.end, start: f.match.start };
    if (r.point) {
      // Seasons, quarters and halves are discussed, not counted from: "two days later" skips them.
      const countable = r.point.gran === 'day' || r.point.gran === 'week' || r.point.gran === 'month' || r.point.gran === 'year';
      if (countable) notePrevious(f, r.point, carry, since);
      // a period counted from the one under discussion ("a year earlier", "the prior quarter") keeps that one
      // under discussion instead of replacing it
      const derived = discussed !== null && r.anchor === discussed.key;
      if (r.point.gran === 'day') {
        days.push({ at: f.start, p: r.point });
        noteDay(f, r.point, carry);
      }
      // "since September" is where a span starts, not a period the report is discussing; "compared with $28 million
      // in 1997" names the term of a comparison, and the period discussed stays the one compared with it
      else if (!since && !toDate && !(f.compared && discussed) && !closesSpan(unitTokens[f.unit]!, f.match.start) && !deadlineOf(unitTokens[f.unit]!, f.match.start) && !(discussed && relativeClauseTime(unitTokens[f.unit]!, f.match.start)) && !releaseAside(unitTokens[f.unit]!, f.match.start)) {
        carry.period = { point: derived ? discussed : r.point, unit: f.unit };
      }
    }
    notePart(f, r, carry, unitTokens[f.unit]!);
  }
  return days;
}

/** A year that sets the year of the months after it in its clause, where it ends, and whether it opens a span. */
interface WrittenYear { key: number; y: number; end: number; span?: boolean }

/** A year written out that sets the year of the months after it in its clause ("In 2010, sales fell in March"). */
function writtenYear(tokens: readonly Token[], f: Found): WrittenYear | null {
  const spec = f.match.spec;
  if (spec.t !== 'date' || spec.y === undefined || datedObject(tokens, f.match)) return null;
  // "sees inflation at target by the end of 2025, six months earlier than it forecast in September": a deadline
  // year is where a plan ends, not the scene of the clause (round 23; September was 2025's). `times/deadline-year`.
  if (deadlineOf(tokens, f.match.start)) return null;
  // "Enrolment for the 2024-25 school year opens in April": a span a purpose names does not hold the months after it
  if (spec.opensSpan && tokens.slice(Math.max(0, f.match.start - 3), f.match.start).some((t) => t.lower === 'for')) return null;
  return { key: f.key, y: spec.y, end: f.match.end, ...(spec.opensSpan ? { span: true } : {}) };
}

/**
 * "The league's 2023-24 season ends in May", "the 2019-20 campaign was halted in March": a month of the first half of
 * the year after a span of two years written "2023-24" is in its second year, as seasons, school years and July-June
 * fiscal years run from the second half of one year into the first of the next (round 21; was the first year). Id:
 * `times/split-year-span`.
 */
function spanYear<T extends { y: number; span?: boolean }>(written: T, spec: TimeSpec): T {
  return written.span && spec.t === 'date' && spec.m !== undefined && spec.d === undefined && spec.m <= 6 ? { ...written, y: written.y + 1 } : written;
}

/** Counts of months that make a calendar quarter or half when a date closes them ("the three months to June 30"). */
const CLOSED_SPAN_PERIODS: ReadonlyMap<string, 'quarter' | 'half'> = new Map([
  ['three', 'quarter'], ['3', 'quarter'], ['six', 'half'], ['6', 'half'],
]);

/**
 * "The economy expanded 1.2 percent in the three months to June 30. From a year earlier, growth was 3.3 percent": the
 * date closing a span of three or six months closes the quarter or half the report discusses (the one its middle lies
 * in, as for "the quarter ended Oct. 2"), so "a year earlier" is that quarter a year back (round 15; was the year).
 */
function closedSpanPeriod(tokens: readonly Token[], f: Found, r: Resolved): AnchorPoint | null {
  const start = f.match.start;
  const gran = CLOSED_SPAN_PERIODS.get(tokens[start - 3]?.lower ?? '');
  if (!gran || !r.point || tokens[start - 2]?.lower !== 'months' || !SPAN_CLOSERS.has(tokens[start - 1]?.lower ?? '')) return null;
  if (r.point.gran !== 'day' && r.point.gran !== 'month') return null;
  const { y, m } = r.point.day;
  // six months close a calendar half only in June or December ("the six months through September" stays the year's)
  if (gran === 'half' && m % 6 !== 0) return null;
  const last = r.point.gran === 'month' ? { y, m, d: daysInMonth(y, m) } : r.point.day;
  return { key: f.key, day: periodStart(addDays(last, gran === 'quarter' ? -45 : -91), gran), gran };
}

/**
 * Keeps the quarter or half under discussion for "the previous quarter" after a year was told ("reaffirmed its
 * forecast for fiscal 2006"): a new one replaces it, and counting from it ("in the year-earlier period") renews it.
 */
function notePart(f: Found, r: Resolved, carry: Carry, tokens: readonly Token[]): void {
  const closed = closedSpanPeriod(tokens, f, r);
  if (closed) carry.period = { point: closed, unit: f.unit };
  // "studied in the late 1950s and returned at the end of the decade": a decade told after the last countable time is
  // the one a later "the decade" narrates in (`narratedPeriod`)
  if (r.granularity === 'decade' && /^\d{3}$/.test(r.value)) carry.decade = { decade: Number(r.value), key: f.key };
  const period = carry.period?.point;
  if (period && period.key === f.key && (period.gran === 'quarter' || period.gran === 'half')) carry.part = carry.period;
  else if (carry.part && r.anchor === carry.part.point.key) carry.part = { point: carry.part.point, unit: f.unit };
}

/**
 * "will publish its February survey on the last Tuesday of the month": the month is the one the text told last at
 * month precision, else the report's (round 14).
 */
function monthAtText(spec: TimeSpec, carry: Carry, ref: Reference | null): TimeSpec {
  if (spec.t !== 'date' || !spec.monthAnaphoric || !spec.movable) return spec;
  const told = carry.previous?.gran === 'month' ? carry.previous.day : ref && ref.y !== null ? { y: ref.y, m: ref.m } : null;
  if (!told) return spec;
  return { ...spec, m: told.m, y: told.y, movable: { ...spec.movable, m: told.m } };
}

/** Keeps the last countable time told, and the last told in a clause that is not future (see `previousFor`). */
function notePrevious(f: Found, p: AnchorPoint, carry: Carry, since = false): void {
  carry.previous = p;
  carry.decade = null;
  carry.previousAhead = f.tense === 'future' || since;
  carry.previousSince = since && f.tense !== 'future';
  // "Gorbachev had been vacationing in the Crimea since Aug. 4 and was due to return on Tuesday. By evening, crowds
  // had gathered": where a span began is no day the story is at, so a past clause after a future one does not go on
  // from it, nor one right after it (round 17; "evening" was Aug. 4's)
  if (f.tense !== 'future' && !since) carry.toldPast = p;
}

/**
 * "Twenty years ago today, guards opened the Wall. On Monday, leaders will gather to mark it. Merkel crossed the
 * border that night": a day told in a future clause is no day a past clause goes on from, so "that night", "the
 * next day" in a past clause count from the last time told in any other clause (round 14; was Monday night).
 */
function previousFor(f: Found, carry: Carry): AnchorPoint | null {
  const spec = f.match.spec;
  const onwards = spec.t === 'anchored' && spec.unit !== 'weekend' && spec.n >= 0 && !spec.sameSentence;
  if (!onwards || f.tense !== 'past' || !carry.previousAhead) return carry.previous;
  return carry.toldPast ?? (carry.previousSince ? carry.previous : null);
}

/** Characters between a clock time and the day written right after it: a space, or " on ". */
const ADJACENT_DAY_GAP = 4;

/**
 * A clock time takes the day written right after it ("at noon Friday"), else the day of the nearest date before it in
 * the sentence, else the first one after it.
 */
function resolveClocks(
  group: readonly Found[], ref: Reference | null, carry: Carry, days: readonly { at: number; p: AnchorPoint }[], resolved: Map<number, Resolved>,
  tokens: readonly Token[][],
): void {
  let k = 0;
  let previousClock: { end: number; p: AnchorPoint; f: Found } | null = null;
  for (const f of group) {
    if (f.match.spec.t !== 'clock') continue;
    while (k < days.length && days[k]!.at < f.start) k += 1;
    // "at around 6 a.m. local time (0100 UTC)", "at 9 p.m. (1400 GMT)": the same moment in another zone, same day
    const converted = previousClock && f.start - previousClock.end <= CONVERSION_GAP ? convertedDay(previousClock, f, -1) : overnightRangeEnd(tokens, previousClock, f);
    // "A tram derailed on Wednesday evening. It left the rails shortly after 6 p.m.": a clock time told in the past
    // right after the sentence that named the day is on that day, not on the publication date
    // (a day still to come cannot hold a past clock time: "The deadline expires at midnight Sunday. Trading halted at 2:15 p.m.")
    const told = carry.day && narratedGap(f.unit - carry.day.unit, f.unit, carry) && !afterReference(carry.day.point, ref) ? carry.day.point : null;
    const narrated = f.tense === 'past' ? told : null;
    // "at midday today", "at noon Friday", "at 6 a.m. on Tuesday": the day written right after the clock is its day,
    // before any date earlier in the sentence
    const adjacent = days[k] && days[k]!.at - f.end <= ADJACENT_DAY_GAP ? days[k] : undefined;
    const later = days[k] && !liveBlogStamp(tokens[f.unit]!, f) && !(f.tense !== 'past' && newClauseBetween(tokens[f.unit]!, f.match.end, group.find((g) => g.start === days[k]!.at)?.match.start ?? f.match.end)) ? dayOfLaterClock(group, f, days[k]!) : undefined;
    const conversion = days[k] ? conversionWithDay(group, f, days[k]!) : null;
    // "The river will peak on Saturday, the authority said in a statement issued at 6 a.m.": a day still to come earlier
    // in the sentence cannot hold a past clock (round 25, id `times/past-clock-future-day`; was Saturday 6 a.m.)
    const before = days[k - 1] && !(f.tense === 'past' && afterReference(days[k - 1]!.p, ref)) ? days[k - 1] : undefined;
    const sentenceDate = converted ?? conversion ?? (adjacent ?? before ?? later)?.p ?? narrated;
    const r = resolveSpec(f.match.spec, f.key, { ref, tense: f.tense, previous: carry.previous, sentenceDate });
    if (r) resolved.set(f.key, r);
    const day = r ? parseDay(r.value.slice(0, 10)) : null;
    // ("at 8 p.m. Sunday (0100 GMT)": the conversion may follow the day written after the clock)
    const through = adjacent ? (group.find((g) => g.start === adjacent.at)?.end ?? f.end) : f.end;
    previousClock = day ? { end: through, p: { key: f.key, day, gran: 'day' }, f } : null;
  }
}

/** Words after "and" that open a clause with a subject of its own ("and the market reopens", "and police arrived"). */
const NEW_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'many', 'most', 'some', 'police']);
/** Links that open another clause outright. */
const CLAUSE_OPENING_LINKS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', ';']);

/**
 * "The curfew starts at 10 p.m. and the market reopens on Tuesday", "Shops close at 6 p.m., while banks will reopen on
 * Monday": a day told in another clause after a clock time that is not past is not its day (round 24; both clocks took
 * the later day). A past clock keeps it ("The blast hit at 3 a.m., and rescuers worked through Tuesday" may be the
 * same night), and so does "began at 10 a.m. and ended at 4 p.m. on Friday" (one subject, two verbs). Id:
 * `times/clock-later-day-clause`.
 */
function newClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = tokens[k]!.lower;
    if (CLAUSE_OPENING_LINKS.has(l)) return true;
    if (l !== 'and') continue;
    const next = tokens[k + 1];
    if (tokens[k - 1]?.text === ',' || (next && next.kind === 'word' && (NEW_SUBJECT_OPENERS.has(next.lower) || next.cap))) return true;
  }
  return false;
}

/** Minutes since midnight of a clock spec, or null for midnight written as 24:00 (the end of its day). */
function clockMinutes(f: Found): number | null {
  const spec = f.match.spec;
  return spec.t === 'clock' && spec.h < 24 ? spec.h * 60 + spec.min : null;
}

/**
 * The day of a clock time told with its conversion to another zone: "at 8 p.m. (0100 GMT Wednesday)" is Tuesday
 * evening where it was told (the day written inside the parenthesis belongs to the converted clock; both were
 * Wednesday), and "at 8 p.m. Tuesday (0100 GMT)" is Wednesday in GMT. `sign` 1 reads the local day from the
 * converted clock's, -1 the converted clock's from the local one. Id: `times/zone-conversion-day` (round 19).
 */
function convertedDay(known: { p: AnchorPoint; f: Found }, f: Found, sign: 1 | -1): AnchorPoint {
  const [local, other] = sign === 1 ? [clockMinutes(f), clockMinutes(known.f)] : [clockMinutes(known.f), clockMinutes(f)];
  const shift = local === null || other === null ? 0 : zoneDayShift(local, other);
  return shift === 0 ? known.p : { ...known.p, day: addDays(known.p.day, sign * shift) };
}

/** The local clock `f`'s day when a conversion follows it with a day of its own ("at 8 p.m. (0100 GMT Wednesday)"). */
function conversionWithDay(group: readonly Found[], f: Found, day: { at: number; p: AnchorPoint }): AnchorPoint | null {
  const g = group.find((c) => c.match.spec.t === 'clock' && c.start > f.end && c.start - f.end <= CONVERSION_GAP);
  if (!g || day.at < g.end || day.at - g.end > ADJACENT_DAY_GAP) return null;
  return convertedDay({ p: day.p, f: g }, f, 1);
}

/** Marks that set a live blog's time stamp off from its post ("11:00 GMT - Schools will remain closed"). */
const STAMP_MARKS: ReadonlySet<string> = new Set(['-', '–', '—', ':', '|']);

/**
 * "11:00 GMT - Schools will remain closed until Wednesday": a clock opening its sentence and set off by a dash or
 * colon is the stamp of a live blog's post, told on the day of the blog, not on a day the post names later (round 20;
 * was Wednesday 11:00, round 19's leftover). Id: `times/live-blog-stamp`.
 */
function liveBlogStamp(tokens: readonly Token[], f: Found): boolean {
  return f.match.start === 0 && STAMP_MARKS.has(tokens[f.match.end]?.text ?? '');
}

/**
 * "The flights will depart at 1:05 p.m. and arrive at 3:40 p.m. the next day", "left at 9 p.m. and reached Nairobi at
 * 6 a.m. the following day": a day written right after a later clock of the sentence is that clock's day, not the
 * earlier clock's, unless one link word joins the two ("between 9 p.m. and 11 p.m. the next day" share it); a named
 * day may hold both ("began at 10 a.m. and ended at 4 p.m. on Friday"). Round 18 (was
 * the next day for both). Id: `times/later-clock-day`. Round 20: the earlier clock is on the day counted from ("will
 * leave at 10 p.m. and reach the border the next morning", "Power went out at 9 p.m. and was restored the following
 * day" after Monday: the day before the counted one; were the next day; id `times/clock-counted-days`).
 */
function dayOfLaterClock(group: readonly Found[], f: Found, later: { at: number; p: AnchorPoint }): { at: number; p: AnchorPoint } {
  const day = group.find((g) => g.start === later.at)?.match.spec;
  // only a day counted on ("the next day"): "began at 10 a.m. and ended at 4 p.m. on Friday" is one day
  if (!day || day.t !== 'anchored' || day.n <= 0 || day.unit === 'weekend' || day.unit.name !== 'day') return later;
  const between = group.filter((g) => g.match.spec.t === 'clock' && g.unit === f.unit && g.start > f.end && g.end <= later.at);
  if (between.some((g) => g.match.start <= f.match.end + 1)) return later;
  return { at: later.at, p: { ...later.p, day: addDays(later.p.day, -day.n) } };
}

/**
 * A past clock time is on the day named one sentence before it, or two when the sentence between names no time at all
 * ("The central bank on Friday raised rates. The peso fell. It traded at 58.20 by 1300 GMT": nothing moved the story
 * off Friday; "Crews searched the hull for hours" does, and keeps the publication day; round 12).
 */
function narratedGap(gap: number, unit: number, carry: Carry): boolean {
  return gap === 1 || (gap === 2 && !carry.timedUnits.has(unit - 1));
}

/** Words that join the two ends of a range of clock times ("from 10 p.m. to 6 a.m."). */
const CLOCK_RANGE_LINKS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', '-', '–', 'and']);

/**
 * "The curfew runs from 10 p.m. to 6 a.m.", "between 11 p.m. and 2 a.m.": the second end of a range of clock times
 * that is earlier in the day than the first falls on the next day (round 12; was the first end's day).
 */
function overnightRangeEnd(tokens: readonly Token[][], previous: { p: AnchorPoint; f: Found } | null, f: Found): AnchorPoint | null {
  if (!previous || previous.f.unit !== f.unit || f.match.start !== previous.f.match.end + 1) return null;
  if (!CLOCK_RANGE_LINKS.has(tokens[f.unit]![previous.f.match.end]?.lower ?? '')) return null;
  const [a, b] = [previous.f.match.spec, f.match.spec];
  if (a.t !== 'clock' || b.t !== 'clock' || b.h * 60 + b.min >= a.h * 60 + a.min) return null;
  return { key: previous.p.key, day: addDays(previous.p.day, 1), gran: 'day' };
}

/** A weekday inside a clock's conversion to another zone, marked so it may lie a day against the tense (round 25). */
function convertedWeekday(tokens: readonly Token[], m: TimeMatch): TimeSpec | null {
  return m.spec.t === 'weekday' && m.spec.dir === 'bare' && convertedWeekdayAt(tokens, m.start) ? { ...m.spec, converted: true } : null;
}

/** Characters between a clock time and its conversion to another zone: " (", " / ", ", or". */
const CONVERSION_GAP = 3;

/** Time records in text order, ids by position, anchors by id; unresolved parts and mismatches become messages. */
function timeRecords(text: string, found: readonly Found[], resolved: ReadonlyMap<number, Resolved>, prefix: string, messages: Message[]): Time[] {
  const kept = found.filter((f) => resolved.has(f.key)).sort((a, b) => a.start - b.start || b.end - a.end);
  const idOf = new Map<number, string>();
  kept.forEach((f, n) => idOf.set(f.key, `time:${prefix}${n + 1}`));
  let warnedNoReference = false;
  return kept.map((f) => {
    const r = resolved.get(f.key)!;
    const span = text.slice(f.start, f.end);
    if (r.unresolved) {
      messages.push({
        ruleId: 'time/no-reference',
        reason: `"${span}" needs the publication date to be resolved; its unknown parts are left as X`,
        severity: warnedNoReference ? 'info' : 'warning',
        start: f.start,
        end: f.end,
      });
      warnedNoReference = true;
    }
    if (r.mismatch) {
      messages.push({ ruleId: 'time/relative-absolute-mismatch', reason: `"${span}": ${r.mismatch}`, severity: 'warning', start: f.start, end: f.end });
    }
    const anchor = typeof r.anchor === 'number' ? (idOf.get(r.anchor) ?? 'publication') : r.anchor;
    return { id: idOf.get(f.key)!, text: span, start: f.start, end: f.end, value: r.value, kind: r.kind, granularity: r.granularity, anchor, rule: f.match.rule };
  });
}
