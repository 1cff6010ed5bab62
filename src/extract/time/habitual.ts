/**
 * Months and weekdays of habits (round 17): "The festival is usually held in June", "The board traditionally meets in
 * December", "The race is held every year in May" name no one June but every one, so their TimeML value leaves the
 * year (or week) unknown: `XXXX-06`, `XXXX-WXX-2`, as "every June" and "on Tuesdays" already read (was last June or
 * the coming one, by the tense).
 */
import { pad } from './calendar.js';
import type { TimeSpec } from './spec.js';
import type { Token } from './tokens.js';

/**
 * Adverbs of habit in the clause of the time. Id: `times/habit-adverbs`; source: festival, meeting, harvest and
 * holiday-season copy of wire reports ("is usually held", "traditionally meets", "normally falls").
 */
const HABIT_ADVERBS: ReadonlySet<string> = new Set([
  'usually', 'traditionally', 'typically', 'normally', 'customarily', 'ordinarily', 'generally', 'annually', 'habitually', 'routinely',
]);

/** "every year", "each year": a habit of the year, before or after the time. */
const HABIT_UNITS: ReadonlySet<string> = new Set(['year', 'spring', 'summer', 'autumn', 'winter']);

/** Words that end the clause of the time, either side of it. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', '(', ')', '—', '–', 'but', 'while', 'whereas', 'though', 'although']);

/** Tokens of the clause around `[start, end)`, at most `reach` either side. */
function clauseWords(tokens: readonly Token[], start: number, end: number, reach: number): string[] {
  const words: string[] = [];
  for (let k = start - 1; k >= Math.max(0, start - reach) && !CLAUSE_ENDS.has(tokens[k]!.lower); k--) words.push(tokens[k]!.lower);
  for (let k = end; k < Math.min(tokens.length, end + reach) && !CLAUSE_ENDS.has(tokens[k]!.lower); k++) words.push(tokens[k]!.lower);
  return words;
}

/** The clause around `[start, end)` tells a habit: an adverb of habit, or "every/each year". */
function habitClause(tokens: readonly Token[], start: number, end: number): boolean {
  const words = clauseWords(tokens, start, end, 10);
  return words.some((w, i) => HABIT_ADVERBS.has(w) || (HABIT_UNITS.has(w) && (words[i + 1] === 'every' || words[i + 1] === 'each' || words[i - 1] === 'every' || words[i - 1] === 'each')));
}

/**
 * The habitual reading of a bare month, month-day or weekday in a clause of habit, or null. "usually held in June" is
 * `XXXX-06`, "is usually held on June 5" `XXXX-06-05`, "usually meets on Tuesday" `XXXX-WXX-2`, "usually rise in the spring" `XXXX-SP`; a time with a year or
 * a direction ("usually held in June, but this June ...", "last June") keeps its own value.
 */
export function habitualSpec(tokens: readonly Token[], match: { start: number; end: number; spec: TimeSpec }): TimeSpec | null {
  const spec = match.spec;
  if (spec.t === 'date') {
    if (spec.m === undefined || spec.dir !== 'bare' || spec.y !== undefined || spec.yy !== undefined || spec.yOffset !== undefined || spec.yAnaphoric || spec.movable || spec.monthStep !== undefined || spec.periodOf || spec.weekOfMonth !== undefined || spec.pod || spec.relDay !== undefined || spec.weekday !== undefined) return null;
    if (!habitClause(tokens, match.start, match.end)) return null;
    const value = spec.d !== undefined ? `XXXX-${pad(spec.m)}-${pad(spec.d)}` : `XXXX-${pad(spec.m)}`;
    return { t: 'fixed', value, kind: 'set', gran: 'set' };
  }
  // "Prices usually rise in the spring": a season of habit (`XXXX-SP`)
  if (spec.t === 'season') {
    if (spec.dir !== 'bare' || spec.y !== undefined || spec.anaphor !== undefined) return null;
    return habitClause(tokens, match.start, match.end) ? { t: 'fixed', value: `XXXX-${spec.season}`, kind: 'set', gran: 'set' } : null;
  }
  if (spec.t === 'weekday') {
    if (spec.dir !== 'bare' || spec.pod || spec.weekend || spec.endsWeek || spec.weeks !== undefined || spec.inWeek !== undefined) return null;
    return habitClause(tokens, match.start, match.end) ? { t: 'fixed', value: `XXXX-WXX-${spec.wd}`, kind: 'set', gran: 'set' } : null;
  }
  return null;
}
