/**
 * Times valued from a day named right after them in the same sentence (round 17): the resolver reads a sentence left
 * to right and counts from times told before, so a time whose anchor is written after it is mended once the whole
 * sentence is resolved.
 */
import { addDays, daysInMonth, formatDay, formatWeek, isoWeekday, pad, toDays, type Ymd } from './calendar.js';
import { DEFERRAL_PREPOSITIONS, DEFERRAL_VERBS } from './tense.js';
import { FISCAL_OPENING_VERBS } from './business.js';
import type { Resolved } from './resolve.js';
import type { TimeMatch } from './spec.js';
import type { Token } from './tokens.js';

/** What these passes need of a found expression. */
interface Placed { key: number; match: TimeMatch }

/** The day-precise time that starts at token `at`, with its resolution, if any. */
function dayAt(group: readonly Placed[], resolved: ReadonlyMap<number, Resolved>, at: number): { key: number; r: Resolved } | null {
  const g = group.find((x) => x.match.start === at);
  const r = g ? resolved.get(g.key) : undefined;
  return g && r?.point && r.point.gran === 'day' ? { key: g.key, r } : null;
}

/** Words that place a weekday on one side of a day: "the Monday after Thanksgiving", "the Friday before Christmas". */
const SIDE_WORDS: ReadonlyMap<string, 1 | -1> = new Map([['after', 1], ['following', 1], ['before', -1], ['preceding', -1]]);

/**
 * "Kennedy was buried on the Monday after Thanksgiving in 1963", "Offices close on the Friday before Christmas": a
 * weekday after "the" and before "after"/"before" and a day is the first such weekday after (or the last before) that
 * day, not the report's week's (was 1993-11-22, the report's Monday). Id: `times/weekday-beside-day`; source: holiday
 * and anniversary copy of wire reports ("the Monday after Easter", "the Tuesday after Labor Day"). Only a bare weekday
 * with "the" before it: "on Friday before the vote" keeps the reading of its clause.
 */
export function weekdaysBesideDays(group: readonly Placed[], tokens: readonly Token[], resolved: Map<number, Resolved>): void {
  for (const f of group) {
    const spec = f.match.spec;
    if (spec.t !== 'weekday' || spec.pod || spec.weekend || spec.endsWeek || spec.weeks !== undefined || spec.inWeek !== undefined) continue;
    // "the last Saturday before Christmas" is the Saturday before it, not last week's
    if (spec.dir !== 'bare' && !(spec.dir === 'last' && tokens[f.match.end]?.lower === 'before')) continue;
    const side = SIDE_WORDS.get(tokens[f.match.end]?.lower ?? '');
    const r = resolved.get(f.key);
    if (!side || !r || tokens[f.match.start - 1]?.lower !== 'the') continue;
    const day = dayAt(group, resolved, f.match.end + 1);
    if (!day) continue;
    const from = day.r.point!.day;
    const gap = side === 1 ? (spec.wd - isoWeekday(from) + 7) % 7 || 7 : -((isoWeekday(from) - spec.wd + 7) % 7 || 7);
    const target = addDays(from, gap);
    resolved.set(f.key, { ...r, value: formatDay(target), granularity: 'day', anchor: day.key, point: { key: f.key, day: target, gran: 'day' } });
  }
}

/** Words between "the fiscal year" and the date that closes it ("the fiscal year on Sept. 30", "which ends Sept. 30"). */
const FISCAL_CLOSE_LINKS: ReadonlySet<string> = new Set([',', 'which', 'that', 'ends', 'ending', 'ended', 'closes', 'on', 'began', 'begins', 'started', 'starts', 'beginning', 'starting']);

/** Verbs that open a fiscal year on the date after them ("The current fiscal year, which began Oct. 1"). */
/**
 * "the current fiscal year", "this fiscal year", "its current fiscal year": a fiscal year counted from the report, which
 * an opening day names better. ("Its fiscal year ended Jan. 31" after "fiscal 1989" keeps the year the article named.)
 */
const CURRENT_FISCAL_YEAR = /^(?:(?:the|its|their) current|this|the new) fiscal year$/;

/**
 * "The government is funded until the end of the fiscal year on Sept. 30" (March 2011), "before the fiscal year ends
 * on Sept. 30": "the fiscal year" with no year of its own, closed by a day written right after it, is the fiscal year
 * that day closes, named by the calendar year it ends in (FY2011; was FY2010, the year a past form made it, or the
 * calendar year 2011). "The current fiscal year, which began Oct. 1" (November 1989) is the year that day opens (FY1990;
 * was FY1989). Id: `times/fiscal-year-closed-on`; source: budget and appropriations copy of wire reports.
 */
export function fiscalYearsClosedOn(group: readonly Placed[], tokens: readonly Token[], resolved: Map<number, Resolved>): void {
  for (const f of group) {
    const words = tokens.slice(f.match.start, f.match.end).map((t) => t.lower);
    const bare = words.join(' ') === 'the fiscal year';
    if (!bare && !CURRENT_FISCAL_YEAR.test(words.join(' '))) continue;
    let k = f.match.end;
    while (k < f.match.end + 4 && FISCAL_CLOSE_LINKS.has(tokens[k]?.lower ?? '')) k += 1;
    const links = tokens.slice(f.match.end, k).map((t) => t.lower);
    const opens = links.some((w) => FISCAL_OPENING_VERBS.has(w));
    if (!opens && !(bare && links.some((w) => w === 'on' || w === 'ends' || w === 'ending' || w === 'ended' || w === 'closes'))) continue;
    const day = dayAt(group, resolved, k);
    if (!day) continue;
    // a year opened on a day closes the day before its anniversary: "began Oct. 1, 1989" is FY1990, "began Jan. 1" that year's
    const from = day.r.point!.day;
    const y = opens ? addDays({ y: from.y + 1, m: from.m, d: Math.min(from.d, daysInMonth(from.y + 1, from.m)) }, -1).y : from.y;
    resolved.set(f.key, { kind: 'date', unresolved: false, ...resolved.get(f.key), value: `FY${y}`, granularity: 'year', anchor: day.key, point: null });
  }
}

/** The weekend next after (`n` 1) or last before (-1) a day, as TimeML writes it (`1992-W51-WE`). */
function weekendBeside(day: Ymd, n: number): Ymd {
  let d = addDays(day, n);
  while (isoWeekday(d) !== (n > 0 ? 6 : 7)) d = addDays(d, n);
  return d;
}

/**
 * "On the day after Christmas, stores slashed prices" (1992-12-26), "the week before Thanksgiving" (the ISO week a week
 * before it), "the weekend before Christmas" (1992-W51-WE), "the night before Election Day" (its eve, TNI): a day,
 * week, weekend or part of a day counted from the day written right after it. Without such a day it has no value.
 * Id: `times/days-beside-days`; source: holiday retail and election copy of wire reports.
 */
export function daysBesideDays(group: readonly Placed[], resolved: Map<number, Resolved>): void {
  for (const f of group) {
    const spec = f.match.spec;
    if (spec.t !== 'anchored' || !spec.anchorAfter) continue;
    // ("through the night on Sunday": a part of the day, `n` 0, takes the day after "on")
    const day = dayAt(group, resolved, f.match.end) ?? (spec.n === 0 ? dayAt(group, resolved, f.match.end + 1) : null);
    if (!day) continue;
    const from = day.r.point!.day;
    const base = { kind: 'date' as const, unresolved: false, anchor: day.key };
    if (spec.unit === 'weekend') {
      const target = weekendBeside(from, spec.n);
      resolved.set(f.key, { ...base, value: `${formatWeek(target)}-WE`, granularity: 'week', point: { key: f.key, day: target, gran: 'week' } });
    } else if (spec.unit.name === 'week') {
      const target = addDays(from, 7 * spec.n);
      resolved.set(f.key, { ...base, value: formatWeek(target), granularity: 'week', point: { key: f.key, day: target, gran: 'week' } });
    } else {
      const target = addDays(from, spec.n);
      const value = spec.pod ? `${formatDay(target)}T${spec.pod}` : formatDay(target);
      resolved.set(f.key, { ...base, kind: spec.pod ? 'time' : 'date', value, granularity: spec.pod ? 'part-of-day' : 'day', point: { key: f.key, day: target, gran: 'day' } });
    }
  }
}

/** A verb of moving a date ("moved", "postponed", "pushed back") within a few words before token `k`. */
export function deferralBefore(tokens: readonly Token[], k: number): boolean {
  for (let p = k - 1; p >= Math.max(0, k - 8); p--) {
    const t = tokens[p]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (DEFERRAL_VERBS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "The trial was moved to Jan. 8 from Dec. 4", "The vote was postponed from Nov. 30 to Feb. 2" (October): the date a
 * happening was moved from was set near the one it was moved to, so its year is the one that puts it nearest that new
 * date (1995-12-04; the past verb had made it last year's). Id: `times/rescheduled-from`; source: court, election and
 * launch calendars of wire reports. Only a month or month-day without a year after "from", with a verb of moving a
 * date before the pair and the new date after "to/until".
 */
export function rescheduledFrom(group: readonly Placed[], tokens: readonly Token[], resolved: Map<number, Resolved>): void {
  for (const f of group) {
    const spec = f.match.spec;
    const r = resolved.get(f.key);
    if (spec.t !== 'date' || spec.m === undefined || spec.y !== undefined || spec.yy !== undefined || spec.yOffset !== undefined || spec.movable || spec.periodOf || spec.dir !== 'bare' || !r?.point) continue;
    if (tokens[f.match.start - 1]?.lower !== 'from') continue;
    const to = group.find((g) => g !== f && DEFERRAL_PREPOSITIONS.has(tokens[g.match.start - 1]?.lower ?? '') && Math.abs(g.match.start - f.match.start) <= 6);
    const p = to ? resolved.get(to.key)?.point : null;
    if (!to || !p || (p.gran !== 'day' && p.gran !== 'month') || !deferralBefore(tokens, Math.min(f.match.start, to.match.start) - 1)) continue;
    const d = spec.d ?? 1;
    const years = [p.day.y - 1, p.day.y, p.day.y + 1].filter((y) => d <= daysInMonth(y, spec.m!));
    const y = years.reduce((a, b) => (Math.abs(toDays({ y: b, m: spec.m!, d }) - toDays(p.day)) < Math.abs(toDays({ y: a, m: spec.m!, d }) - toDays(p.day)) ? b : a));
    const day = { y, m: spec.m, d };
    const value = spec.d !== undefined ? formatDay(day) : `${pad(y, 4)}-${pad(spec.m)}`;
    resolved.set(f.key, { ...r, value, anchor: to.key, point: { ...r.point, day } });
  }
}

/** Prepositions that open a date set off by commas after a counted time ("Two years earlier, in 1985,"). */
const APPOSED_DATE_OPENERS: ReadonlySet<string> = new Set(['in', 'on']);

/**
 * "Two years earlier, in 1985, the plant had closed", "A year later, in 1986, it reopened", "Three days later, on Friday,
 * the rebels surrendered": a time counted from another, followed by a date set off by a comma, is that date (round 18;
 * was counted from the report, 1988, or had no value when nothing was told before). Id: `times/offset-apposition`;
 * source: retrospectives and narrative wire copy.
 */
export function offsetsInApposition(group: readonly Placed[], tokens: readonly Token[], resolved: Map<number, Resolved>): void {
  for (const f of group) {
    const spec = f.match.spec;
    if (spec.t !== 'anchored' || spec.unit === 'weekend' || spec.n === 0 || spec.sameSentence) continue;
    if (tokens[f.match.end]?.text !== ',') continue;
    const opener = APPOSED_DATE_OPENERS.has(tokens[f.match.end + 1]?.lower ?? '') ? 1 : 0;
    const g = group.find((x) => x.match.start === f.match.end + 1 + opener);
    const r = g ? resolved.get(g.key) : undefined;
    if (!g || !r?.point || g.match.spec.t === 'anchored') continue;
    resolved.set(f.key, { ...r, anchor: g.key, point: { ...r.point, key: f.key } });
  }
}
