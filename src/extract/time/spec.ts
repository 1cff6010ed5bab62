import type { Granularity, TimeKind } from '../../schema/time.js';
import type { MovableFeast, Unit } from './lexicon.js';

/** TimeML part-of-day codes. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

/** How an expression points: "last May", "next Tuesday", "this summer", or plain "May". */
export type Direction = 'last' | 'next' | 'this' | 'bare';

/** Tense of the clause around an expression, which decides the year of "December 2" and the week of "Monday". */
export type Tense = 'past' | 'future' | 'present' | 'unknown';

/** Calendar periods that "this/last/next" can count in. */
export type CountedPeriod = 'week' | 'weekend' | 'month' | 'year' | 'quarter' | 'half' | 'decade' | 'century';

/**
 * What an expression means before it is resolved against a reference date: the output of the grammar and
 * the input of `resolve`. A plain record, so matching and resolution stay separate passes.
 */
export type TimeSpec =
  /** A calendar date, possibly partial ("December 2", "March 2008", "2014", "May"). */
  | {
      t: 'date';
      y?: number;
      m?: number;
      d?: number;
      dir: Direction;
      pod?: PartOfDay;
      /** From a merged phrase: "Yesterday, on December 2" (-1) or "Tuesday, December 2" (weekday 2). */
      relDay?: number;
      weekday?: number;
      /** A clipped year ("'97", "in 98"): its last two digits; the century comes from the reference date. */
      yy?: number;
      /** A year counted from the reference date: "August of this year" (0), "March next year" (+1). */
      yOffset?: number;
      /** "June of that year": the year of the time before it in the text. */
      yAnaphoric?: boolean;
      /** "the following May" (+1), "the previous March" (-1): the first such month after or before that time (round 14). */
      monthStep?: number;
      /** A holiday whose day moves ("Thanksgiving", "Easter"): `m`/`d` are worked out for the year chosen. */
      movable?: MovableFeast;
      /** "the first week of December" (1), "the last week of June" (-1): an ISO week of the month. */
      weekOfMonth?: number;
      /** "the quarter ended Sept. 30": the value is this period around the date, not the date itself. */
      periodOf?: 'year' | 'half' | 'quarter' | 'month' | 'week';
      /** "its fiscal first quarter, ended Sept. 30": the numbered fiscal part the closing date pins (Q1). */
      fiscalPart?: { n: number; of: 'Q' | 'H' };
      /** "the fiscal year that begins Oct. 1": the date opens the period instead of closing it. */
      periodStarts?: boolean;
      /** "the weekend of March 14": the weekend of the week that holds the date (with `periodOf: 'week'`). */
      weekendOf?: boolean;
      /** "on this day in 1969": the report's month and day in year `y` (round 14). */
      reportDay?: boolean;
      /** "the last Tuesday of the month": `movable` in the month the text is at (round 14). */
      monthAnaphoric?: boolean;
      /** "the 2023-24 season": the first year of a clipped span, which sets no year for the months after it (round 21). */
      opensSpan?: boolean;
    }
  /** "on the 25th": a day of a month the text or the reference gives. */
  | { t: 'dayOfMonth'; d: number }
  /** today (0), yesterday (-1), tomorrow (+1), tonight. */
  | { t: 'relDay'; offset: number; pod?: PartOfDay }
  /**
   * A weekday; with `weekend` the weekend around that Saturday ("over the weekend"); with `endsWeek` the week that
   * closes on it ("the week ended Friday").
   */
  | {
      t: 'weekday';
      wd: number;
      dir: Direction;
      pod?: PartOfDay;
      weekend?: boolean;
      endsWeek?: boolean;
      /**
       * Whole weeks from the weekday: British "Wednesday week" and "a week from Tuesday" (+1) count from the coming
       * one, "a week ago Monday" (-1) from the last one.
       */
      weeks?: number;
      /** "Monday next week" (1), "Tuesday last week" (-1), "Friday this week" (0): the weekday of that ISO week (round 12). */
      inWeek?: number;
      /**
       * The day of a clock converted to another zone ("at 8 p.m. (0100 GMT Wednesday)"): the conversion may cross
       * midnight from the day of telling, so it may lie one day against the tense (round 25).
       */
      converted?: boolean;
    }
  /** this week (0), last month (-1), next year (+1). */
  /** `turnOfYear`: "the new year", next year when told from July on, else this year (round 13). */
  /**
   * `definite`: "the year", "the decade" after "the end of" or "later in": in a past clause after an earlier period
   * it is that period's (round 22).
   */
  /** `closing`: "the end of the year": in a past clause, the last such period to have ended (round 22). */
  | { t: 'relUnit'; unit: CountedPeriod; offset: number; turnOfYear?: boolean; definite?: boolean; closing?: boolean }
  /** `anaphor`: "the following winter" (+1), "that summer" (0), counted from the time told last (round 13). */
  /** `yy`: a clipped year after "of" ("the summer of '76"), its century from the reference (round 25). */
  | { t: 'season'; season: string; y?: number; yy?: number; dir: Direction; anaphor?: number }
  /**
   * Quarter (`of` Q) or half-year (`of` H) number `n`. `fy`: the part of a written fiscal year ("the first quarter
   * of fiscal 1990", "fiscal 1991's second half"), valued FY1990-Q1 unless the company's fiscal calendar is known.
   */
  /** `fyAnaphoric`: "the third quarter of the fiscal year", a part of the fiscal year the article named (round 12). */
  /** `yearsBack`: "the year-ago first quarter", that part a year before the one the tense names (round 17). */
  | { t: 'part'; n: number; of: 'Q' | 'H'; y?: number; yOffset?: number; fy?: number; fyAnaphoric?: boolean; dir: Direction; yearsBack?: number }
  /** "two years ago" (n 2); "a year from now" counts forward (n -1). */
  /** With `within`, "seven years ago this month" (month), "a year ago this week" (week), "a year ago today" (day). */
  | {
      t: 'ago';
      n: number;
      unit: Unit;
      within?: 'month' | 'week' | 'day';
      /**
       * "ten years ago tomorrow" (+1), "ten years ago yesterday" (-1): days from the report to the day counted back; or
       * `weekday` (1-7), "ten years ago this Sunday": the nearest such weekday (round 15).
       */
      dayOffset?: number;
      weekday?: number;
    }
  /** Offset from the previous time in the text: "two days later" (+2 day), "the day before" (-1 day). */
  | {
      t: 'anchored';
      n: number;
      unit: Unit | 'weekend';
      pod?: PartOfDay;
      needsPrevious: boolean;
      /** Only a date earlier in the same sentence counts as the anchor. */
      sameSentence?: boolean;
      /** Value to use when there is no anchor (a duration), instead of dropping the expression. */
      fallback?: string;
      /** "the day after Christmas": counted from the day written right after it, never from an earlier one (round 17). */
      anchorAfter?: boolean;
      /** "a year to the day after the quake": the same day of the anchor's month `n` years on (round 23). */
      toTheDay?: boolean;
    }
  /**
   * The period under discussion, as business reports refer back to it: "the quarter" (shift 0), "the prior
   * quarter" (shift -1), "the same quarter last year" / "the year-earlier quarter" (years -1), "the same period a
   * year earlier" (unit 'any': whatever period the text was discussing).
   */
  | {
      t: 'discussed';
      unit: 'day' | 'quarter' | 'half' | 'month' | 'week' | 'year' | 'any';
      shift: number;
      years: number;
      /** "for the period": a time only when a period is under discussion; dropped otherwise. */
      needsPeriod?: boolean;
      /** "its full-year profit forecast": the year of a forecast, never one before the report's (round 23). */
      forecast?: boolean;
      /** "the 1988 quarter", "the 1988 period": the period discussed, in that year. */
      inYear?: number;
      /**
       * "the year" of "the first 11 months of the year" (11), "the final three months of the year" (12): the month
       * those months close with, which must be over in a past report (round 15).
       */
      monthsEnd?: number;
    }
  /** "fiscal '97": a fiscal year written with two digits. */
  | { t: 'fiscalClipped'; yy: number }
  /** "this fiscal year" (0), "last fiscal year" (-1): TimeML's FYyyyy counted from the reference year. */
  /** `anaphoric`: "the fiscal year" alone, the fiscal year the article named last (round 11). */
  | { t: 'fiscalRel'; offset: number; anaphoric?: boolean }
  /** "overnight": the night before the reference in past-tense reports, the coming one otherwise. */
  /** `dayBefore`: a day told earlier in the sentence dates the happening that went on overnight (round 22). */
  | { t: 'overnight'; dayBefore?: boolean }
  /** Clock time; the date comes from a date in the same sentence or the reference date. */
  | { t: 'clock'; h: number; min: number; zone: string }
  /** A value that needs no reference date: durations, sets, refs, decades, fiscal years. */
  | { t: 'fixed'; value: string; kind: TimeKind; gran: Granularity };

/** A grammar match over the tokens of one sentence, `end` exclusive. */
export interface TimeMatch {
  start: number;
  end: number;
  spec: TimeSpec;
  rule: string;
}
