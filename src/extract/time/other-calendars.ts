/**
 * Feasts of calendars other than the Gregorian one, worked out as Gregorian days (round 20). Two sources only,
 * both documented: the Julian computus for the Orthodox Easter (Jean Meeus, "Astronomical Algorithms", ch. 8), and
 * the ICU calendars every JavaScript engine with full Intl ships (`Intl.DateTimeFormat` with `calendar`:
 * `islamic-umalqura`, the Saudi Umm al-Qura table; `hebrew`; `chinese`), read back day by day. Diwali, on the Hindu
 * lunisolar calendar ICU does not implement, comes from the new moon (`hindu-calendar.ts`, round 21).
 */
import { addDays, fromDays, toDays, type Ymd } from './calendar.js';
import { diwaliDay } from './hindu-calendar.js';

/**
 * Easter Sunday of the Julian computus, as a Gregorian day: the Orthodox churches' Easter. The Julian calendar runs
 * behind the Gregorian by `floor(y/100) - floor(y/400) - 2` days after February of year `y` (13 from 1900 to 2099).
 * @example orthodoxEasterSunday(2023) // { y: 2023, m: 4, d: 16 }
 */
export function orthodoxEasterSunday(y: number): Ymd {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const lag = Math.floor(y / 100) - Math.floor(y / 400) - 2;
  return addDays({ y, m: month, d: day }, lag);
}

/**
 * A calendar ICU implements whose feasts are named in English news, or `hindu`, which ICU lacks: of it only Diwali (the
 * new moon closing Ashvin, written month 'Ashvin', day 30) is worked out, in `hindu-calendar.ts` (round 21).
 */
export type FeastCalendar = 'islamic-umalqura' | 'hebrew' | 'chinese' | 'hindu';

/** A day of another calendar: its month as ICU writes it in English ("9", "Nisan", "1") and its day. */
export interface CalendarDay {
  calendar: FeastCalendar;
  month: string;
  day: number;
}

/** One formatter per calendar, built on first use (building one costs far more than formatting with it). */
const formatters = new Map<FeastCalendar, Intl.DateTimeFormat | null>();

function formatterFor(calendar: FeastCalendar): Intl.DateTimeFormat | null {
  if (!formatters.has(calendar)) {
    const f = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric' });
    // an engine built without that calendar falls back to the Gregorian one: then no feast day is read from it
    formatters.set(calendar, f.resolvedOptions().calendar === calendar ? f : null);
  }
  return formatters.get(calendar) ?? null;
}

/** A day's month and day in the formatter's calendar; `n` counts days from 1970-01-01. */
function dayOf(f: Intl.DateTimeFormat, n: number): { month: string; day: number } {
  const parts = f.formatToParts(n * 86_400_000);
  return { month: parts.find((p) => p.type === 'month')?.value ?? '', day: Number(parts.find((p) => p.type === 'day')?.value) };
}

const found = new Map<string, readonly Ymd[]>();

/**
 * The Gregorian days of Gregorian year `y` on which `feast` falls (none, one, or two for a lunar year shorter than
 * the solar one). @example calendarFeastDays({ calendar: 'chinese', month: '1', day: 1 }, 2024) // [{ y: 2024, m: 2, d: 10 }]
 */
export function calendarFeastDays(feast: CalendarDay, y: number): readonly Ymd[] {
  const key = `${feast.calendar}|${feast.month}|${feast.day}|${y}`;
  const known = found.get(key);
  if (known) return known;
  if (feast.calendar === 'hindu') {
    const diwali = feast.month === 'Ashvin' && feast.day === 30 ? diwaliDay(y) : null;
    found.set(key, diwali ? [diwali] : []);
    return found.get(key)!;
  }
  const f = formatterFor(feast.calendar);
  const days: Ymd[] = [];
  if (f) {
    const first = toDays({ y, m: 1, d: 1 });
    const last = toDays({ y, m: 12, d: 31 });
    // a month of these calendars lasts 29 or 30 days, so a probe every 20 days lands in every month once or twice;
    // from a probe in the feast's month the feast's day is that many days away (read back to be sure)
    for (let n = first - 20; n <= last + 20; n += 20) {
      const probe = dayOf(f, n);
      if (probe.month !== feast.month) continue;
      const at = n + feast.day - probe.day;
      const check = dayOf(f, at);
      if (check.month === feast.month && check.day === feast.day && at >= first && at <= last && !days.some((d) => toDays(d) === at)) days.push(fromDays(at));
    }
  }
  found.set(key, days);
  return days;
}
