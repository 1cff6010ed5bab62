import type { Span } from '../../schema/span.js';
import type { Time } from '../../schema/time.js';
import { dayOfTime } from '../time/calendar.js';

export interface DateInput {
  /** Times inside the event's own clause, in text order. */
  clauseTimes: readonly Time[];
  /** Times of its sentence that lie in no other event's clause. */
  freeSentenceTimes: readonly Time[];
  /** The date of an earlier mention of the same happening, if any ("injured in the raids" -> the attacks' date). */
  sameHappening: string | null | undefined;
  /** Text from the clause start to the end of the trigger. */
  upToTrigger: string;
  /** Whether the event is reported as fact (asserted, claimed or denied), not planned or hypothetical. */
  factual: boolean;
  referenceDate: string | null;
  /** A time after "since" in the clause: the happening runs over a span, so the day of the report does not date it. */
  span?: boolean;
  /** Whether the event is planned: a bare weekday of its clause is then the next one, not the last. */
  planned?: boolean;
  /** Whether the event is told to have happened by what is said of it ("the results of Sunday's election"): a bare weekday is then the last one. */
  past?: boolean;
}

const CALENDAR = /^\d{4}|^X{4}/;

/**
 * The date of an event, first rule that gives one wins:
 * 1. a calendar time of its own clause ("on Sunday", "in February 2002"; "on Friday night" gives the day);
 * 2. a calendar time of its sentence that no other event's clause holds ("On Tuesday, crowds were repelled ...
 *    with police arresting protesters" dates both; "killed on Friday after rockets landed" gives "struck" Sunday);
 * 3. for a happening told as fact, the date of an earlier mention of the same happening ("injured in the raids");
 * 4. for a happening told in the present or present perfect ("have died", "has been arrested"), the publication
 *    day: that is the news of the day.
 * A date of a different happening in an earlier sentence is never taken: a rally on Saturday is not dated by
 * Wednesday's election named before it.
 */
export function dateOf(input: DateInput): string | null {
  const own = input.clauseTimes.find((t) => t.kind !== 'duration' && t.kind !== 'set');
  if (own && CALENDAR.test(own.value)) return dayOfTime(input.planned ? comingWeekday(own, input.referenceDate) : input.past ? lastWeekday(own, input.referenceDate) : own.value);
  if (!own) {
    const free = input.freeSentenceTimes.find((t) => (t.kind === 'date' || t.kind === 'time') && CALENDAR.test(t.value));
    if (free) return dayOfTime(free.value);
  }
  if (!input.factual) return null;
  if (input.sameHappening) return input.sameHappening;
  return reportsNow(input.upToTrigger) && !input.span ? publicationDay(input.referenceDate) : null;
}

/** Times of `times` (sorted by start) that lie inside none of `clauses`. */
export function outside(times: readonly Time[], clauses: readonly Span[]): Time[] {
  return times.filter((t) => !clauses.some((c) => t.start >= c.start && t.end <= c.end));
}

/**
 * A happening told in the present or present perfect ("have died", "are protesting", "has been arrested") is the
 * news of the day. A bare simple past without a time is left undated, since news uses it as much for background
 * ("when the king sent troops") as for the day's events.
 */
function reportsNow(upToTrigger: string): boolean {
  return /\b(?:has|have|is|are|am)\s+(?:\w+ly\s+)?(?:been\s+)?\S+(?:ed|en|ing|t)\s*$/i.test(upToTrigger)
    || /\b(?:has|have)\s+(?:\w+ly\s+)?\S+\s*$/i.test(upToTrigger);
}

function publicationDay(reference: string | null): string | null {
  return reference && /^\d{4}-\d{2}-\d{2}/.test(reference) ? reference.slice(0, 10) : null;
}

const BARE_WEEKDAY = /^(?:on\s+|for\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "called a general strike for Thursday", "has called a rally for Saturday": a planned happening on a bare weekday is
 * on the next one, so a weekday resolved to the past week (as a report's weekdays mostly are) moves on by a week.
 */
function comingWeekday(time: Time, reference: string | null): string {
  const day = publicationDay(reference);
  if (!day || !BARE_WEEKDAY.test(time.text.trim()) || !/^\d{4}-\d{2}-\d{2}$/.test(time.value) || time.value >= day) return time.value;
  const next = new Date(`${time.value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  return next.toISOString().slice(0, 10);
}

/**
 * "was due to announce the results of Sunday's election": a happening whose results are told is over, so a bare
 * weekday the times stage resolved to the coming week (after a future in the sentence) is the last one.
 */
function lastWeekday(time: Time, reference: string | null): string {
  const day = publicationDay(reference);
  if (!day || !BARE_WEEKDAY.test(time.text.trim()) || !/^\d{4}-\d{2}-\d{2}$/.test(time.value) || time.value <= day) return time.value;
  const last = new Date(`${time.value}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 7);
  return last.toISOString().slice(0, 10);
}

const SPAN_COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/**
 * "was released on Tuesday, a day after she was arrested", "pardoned on Monday, two years after she was sentenced":
 * the text before a trigger ends with a counted span, "after" or "before", and at most a subject and auxiliaries; the
 * span's position in the text, its length in days, months or years, and its sign. Id: `events/offset-span`.
 */
export function offsetSpan(before: string): { at: number; count: number; unit: 'day' | 'week' | 'month' | 'year'; sign: -1 | 1 } | undefined {
  const m = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+(after|before)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu.exec(before);
  if (!m) return undefined;
  const count = /^\d/.test(m[1] as string) ? Number(m[1]) : SPAN_COUNTS[(m[1] as string).toLowerCase()];
  if (count === undefined) return undefined;
  return { at: m.index, count, unit: (m[2] as string).toLowerCase() as 'day' | 'week' | 'month' | 'year', sign: (m[3] as string).toLowerCase() === 'after' ? -1 : 1 };
}

/**
 * A date moved by a span, at the precision the span allows: days and weeks from a day give a day, months a month,
 * years a year ("two years after" a day in May 2024 is 2022); null when the anchor is coarser than the span.
 */
export function shiftDate(anchor: string, span: { count: number; unit: 'day' | 'week' | 'month' | 'year'; sign: -1 | 1 }): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(anchor);
  const month = /^(\d{4})-(\d{2})/.exec(anchor);
  const year = /^(\d{4})/.exec(anchor);
  const n = span.count * span.sign;
  if ((span.unit === 'day' || span.unit === 'week') && day) {
    const d = new Date(`${anchor}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n * (span.unit === 'week' ? 7 : 1));
    return d.toISOString().slice(0, 10);
  }
  if (span.unit === 'month' && month) {
    const total = Number(month[1]) * 12 + Number(month[2]) - 1 + n;
    return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
  }
  if (span.unit === 'year' && year) return String(Number(year[1]) + n).padStart(4, '0');
  return null;
}
