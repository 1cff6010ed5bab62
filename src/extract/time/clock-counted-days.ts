/**
 * "The bus left at 10 p.m. and reached Kisumu the next morning", "left at 9 p.m. and reached Nairobi at 6 a.m. the
 * following day": a day counted on from a clock time of its sentence that has no day of its own (round 20). Clocks are
 * resolved after the sentence's dates, so such a day had nothing to count from and was dropped, and the later clock
 * kept the report's day. Now the day counts from the first clock's day (the report's), a clock written right before it
 * takes it, and in a past clause a count that would run past the report moves the earlier clock back instead (a past
 * journey that ended "the next morning" ended by the report; the evening it began was the day before). Id:
 * `times/clock-counted-days`; source: travel, rescue and disaster narratives of wire reports.
 */
import { addDays, formatDay, parseDay, toDays, type Ymd } from './calendar.js';
import type { Reference, Resolved } from './resolve.js';
import type { Tense, TimeMatch } from './spec.js';

interface Placed { key: number; match: TimeMatch; start: number; end: number; tense: Tense }

/** Characters between a clock and the counted day that make them one expression of time ("at 6 a.m. the next day"). */
const ADJACENT_GAP = 4;

/**
 * Values the days counted on from a clock with no day of its own; see the module comment. `before` is the last
 * sentence with times before the group's: "Police were called to the bar at 2 a.m. The following day, three men were charged" counts
 * from that sentence's clock when the group has none before the day (round 21; was no value). Id:
 * `times/clock-counted-days-across`.
 */
export function daysCountedFromClocks(group: readonly Placed[], resolved: Map<number, Resolved>, ref: Reference | null, before: readonly Placed[] = []): void {
  if (!ref || ref.y === null) return;
  const today: Ymd = { y: ref.y, m: ref.m, d: ref.d };
  const dayless = (c: Placed) => c.match.spec.t === 'clock' && resolved.get(c.key)?.anchor === 'publication';
  for (const f of group) {
    const spec = f.match.spec;
    if (spec.t !== 'anchored' || spec.unit === 'weekend' || spec.unit.name !== 'day' || spec.n <= 0 || spec.anchorAfter || resolved.has(f.key)) continue;
    const own = group.filter((c) => dayless(c) && c.end <= f.start);
    const clocks = own.length > 0 || group.some((g) => g.end <= f.start) ? own : before.filter(dayless);
    const beside = own.filter((c) => f.start - c.end <= ADJACENT_GAP);
    // "between 9 p.m. and 11 p.m. the next day": a clock joined by one word to the one beside the day shares it
    for (const c of [...own].reverse()) if (beside.some((b) => b.match.start === c.match.end + 1)) beside.push(c);
    const base = clocks.find((c) => !beside.includes(c));
    if (!base) continue;
    // a clock keeps no anchor point; its day is the date part of its value
    let from = parseDay(resolved.get(base.key)!.value.slice(0, 10));
    if (!from) continue;
    const over = toDays(addDays(from, spec.n)) - toDays(today);
    if (f.tense === 'past' && over > 0) {
      from = addDays(from, -over);
      for (const c of clocks) if (!beside.includes(c)) redate(resolved, c.key, from);
    }
    const day = addDays(from, spec.n);
    const value = spec.pod ? `${formatDay(day)}T${spec.pod}` : formatDay(day);
    resolved.set(f.key, { value, kind: spec.pod ? 'time' : 'date', granularity: spec.pod ? 'part-of-day' : 'day', anchor: base.key, unresolved: false, point: { key: f.key, day, gran: 'day' } });
    for (const c of beside) redate(resolved, c.key, day);
  }
}

/** Moves a resolved clock time to another day, keeping its hour and zone. */
function redate(resolved: Map<number, Resolved>, key: number, day: Ymd): void {
  const r = resolved.get(key);
  if (!r || !/^\d{4}-\d\d-\d\dT/.test(r.value)) return;
  resolved.set(key, { ...r, value: formatDay(day) + r.value.slice(10), point: r.point ? { ...r.point, day } : null });
}
