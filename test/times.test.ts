import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidOptionsError } from '../src/errors.js';
import {
  addDays,
  formatPeriod,
  fromDays,
  isoWeek,
  isoWeekMonday,
  isoWeekday,
  periodStart,
  shiftPeriod,
  toDays,
} from '../src/extract/time/calendar.js';
import { extractTimes, type TimeOptions } from '../src/extract/times.js';
import { TimeSchema } from '../src/schema/time.js';
import { segmentText } from '../src/text/segment.js';
import { splitSentences } from '../src/text/sentences.js';

const KREMLIN = readFileSync(new URL('../fixtures/kremlin-talks.txt', import.meta.url), 'utf8');

function run(text: string, options: Partial<TimeOptions> = {}) {
  const blocks = segmentText(text);
  return extractTimes(text, splitSentences(text, blocks), { referenceDate: null, blocks, ...options });
}

describe('extractTimes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives every time offsets that slice back to its text', () => {
    const { times } = run(KREMLIN, { referenceDate: '2025-12-03' });
    expect(times.length).toBeGreaterThan(2);
    for (const t of times) expect(KREMLIN.slice(t.start, t.end)).toBe(t.text);
  });

  it('returns records that satisfy the Time schema and survive JSON', () => {
    const { times } = run(KREMLIN, { referenceDate: '2025-12-03' });
    for (const t of times) expect(TimeSchema.parse(JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('numbers ids in text order', () => {
    const { times } = run('On Monday they met. Two days later they left. The talks resumed in 2026.', { referenceDate: '2025-12-03' });
    expect(times.map((t) => t.id)).toEqual(['time:1', 'time:2', 'time:3']);
    expect([...times].sort((a, b) => a.start - b.start)).toEqual(times);
  });

  it('puts the idPrefix inside the ids', () => {
    const { times } = run('Talks ended yesterday.', { referenceDate: '2025-12-03', idPrefix: 'a1-' });
    expect(times[0]?.id).toBe('time:a1-1');
  });

  it('reads the whole phrase "Yesterday, on December 2" as one expression', () => {
    const { times } = run(KREMLIN, { referenceDate: '2025-12-03' });
    expect(times.find((t) => t.text === 'Yesterday, on December 2')?.value).toBe('2025-12-02');
    expect(times.some((t) => t.text === 'Yesterday')).toBe(false);
  });

  it('reads an appositive weekday and date as one expression', () => {
    const { times } = run('Tuesday, December 2, was quiet.', { referenceDate: '2025-12-03' });
    expect(times.map((t) => [t.text, t.value])).toEqual([['Tuesday, December 2', '2025-12-02']]);
  });

  it('does not read the clock: values stay the same whatever the system date', () => {
    const text = 'Talks ended yesterday, on Monday. Prices rose last year and will fall in March.';
    vi.useFakeTimers({ now: new Date('1990-06-15T12:00:00Z') });
    const in1990 = run(text, { referenceDate: '2025-12-03' });
    vi.setSystemTime(new Date('2047-01-01T00:00:00Z'));
    const in2047 = run(text, { referenceDate: '2025-12-03' });
    vi.useRealTimers();
    const now = run(text, { referenceDate: '2025-12-03' });
    expect(in1990).toEqual(now);
    expect(in2047).toEqual(now);
    expect(now.times.map((t) => t.value)).toEqual(['2025-12-02', '2025-12-01', '2024', '2026-03']);
  });

  it('leaves the year as XXXX and says why when no reference date is known', () => {
    const { times, messages, inferredReferenceDate } = run('The deal was signed on December 2.');
    expect(times[0]?.value).toBe('XXXX-12-02');
    expect(inferredReferenceDate).toBeNull();
    expect(messages.map((m) => m.ruleId)).toContain('time/no-reference');
  });

  it('leaves a relative day unresolved without a reference date', () => {
    const { times } = run('The talks ended on Monday and resume next week.');
    expect(times.map((t) => t.value)).toEqual(['XXXX-WXX-1', 'XXXX-WXX']);
  });

  it('keeps the date and reports a mismatch when "yesterday" and the date disagree', () => {
    const { times, messages } = run('Yesterday, on December 2, talks ended.', { referenceDate: '2025-12-09' });
    expect(times[0]?.value).toBe('2025-12-02');
    expect(messages.find((m) => m.ruleId === 'time/relative-absolute-mismatch')).toMatchObject({ start: 0, severity: 'warning' });
  });

  it('reports no mismatch when "yesterday" and the date agree', () => {
    const { messages } = run('Yesterday, on December 2, talks ended.', { referenceDate: '2025-12-03' });
    expect(messages.filter((m) => m.ruleId === 'time/relative-absolute-mismatch')).toEqual([]);
  });

  it('infers the publication date from a dateline block', () => {
    const text = 'Opposition calls for protests\n\nWednesday, February 15, 2012\n\nProtests took place Monday, police said.';
    const { times, inferredReferenceDate } = run(text);
    expect(inferredReferenceDate).toBe('2012-02-15');
    expect(times.map((t) => [t.text, t.value])).toEqual([
      ['Wednesday, February 15, 2012', '2012-02-15'],
      ['Monday', '2012-02-13'],
    ]);
  });

  it('scans datelines only when the blocks are passed', () => {
    const text = 'Opposition calls for protests\n\nWednesday, February 15, 2012\n\nProtests took place Monday.';
    const blocks = segmentText(text);
    const { times } = extractTimes(text, splitSentences(text, blocks), { referenceDate: '2012-02-15' });
    expect(times.map((t) => t.text)).toEqual(['Monday']);
  });

  it('infers the publication date from a relative day beside a full date', () => {
    const { inferredReferenceDate, times } = run('Talks ended yesterday, June 3, 2025, in Paris. They resume next week.');
    expect(inferredReferenceDate).toBe('2025-06-04');
    expect(times.map((t) => t.value)).toEqual(['2025-06-03', '2025-W24']);
  });

  it('uses a pinned month and day without inventing a year', () => {
    const { times, inferredReferenceDate } = run('Yesterday, on December 2, talks ended. Talks continue this month.');
    expect(inferredReferenceDate).toBeNull();
    expect(times.map((t) => t.value)).toEqual(['XXXX-12-02', 'XXXX-12']);
  });

  it('prefers the given reference date to one the text pins', () => {
    const { inferredReferenceDate, times } = run('Wednesday, February 15, 2012\n\nProtests took place Monday.', { referenceDate: '2012-02-20' });
    expect(inferredReferenceDate).toBeNull();
    expect(times.find((t) => t.text === 'Monday')?.value).toBe('2012-02-20');
  });

  it('anchors relative expressions to the publication, earlier times, or nothing', () => {
    const { times } = run('The army entered the city on May 3, 2025. Two days later it withdrew. It returned yesterday.', {
      referenceDate: '2025-06-10',
    });
    expect(times.map((t) => [t.value, t.anchor])).toEqual([
      ['2025-05-03', null],
      ['2025-05-05', 'time:1'],
      ['2025-06-09', 'publication'],
    ]);
  });

  it('gives a clock time the day of the date in its sentence', () => {
    const { times } = run('The jet made its first flight Tuesday at 18:00 UTC.', { referenceDate: '2009-12-16' });
    expect(times.find((t) => t.rule === 'clock')).toMatchObject({ value: '2009-12-15T18:00Z', kind: 'time', anchor: 'time:1' });
  });

  it('labels kinds and granularities', () => {
    const { times } = run('Every Sunday for five hours, now, in 2014, on Tuesday morning.', { referenceDate: '2025-12-03' });
    expect(times.map((t) => [t.kind, t.granularity])).toEqual([
      ['set', 'set'],
      ['duration', 'duration'],
      ['date', 'reference'],
      ['date', 'year'],
      ['time', 'part-of-day'],
    ]);
  });

  it('names the rule that produced each value', () => {
    const { times } = run('Talks ended on December 2 after five hours.', { referenceDate: '2025-12-03' });
    expect(times.map((t) => t.rule)).toEqual(['month-day', 'duration']);
  });

  it('ignores boilerplate blocks', () => {
    const text = 'Talks stall\n\nTalks ended yesterday.\n\nLeave a Reply\n\nPosted 2025-12-03 at 10:00';
    const { times } = run(text, { referenceDate: '2025-12-03' });
    expect(times.map((t) => t.text)).toEqual(['yesterday']);
  });

  it('treats a date that heads an organisation name as part of the name', () => {
    const { times } = run('Members of the February 14 Youth Coalition marched on Monday.', { referenceDate: '2012-02-15' });
    expect(times.map((t) => t.text)).toEqual(['Monday']);
  });

  it('keeps every sentence independent, so results grow linearly with repeated text', () => {
    const paragraph = 'On Monday, officials met for five hours. They will meet again next week.';
    const once = run(paragraph, { referenceDate: '2025-12-03' }).times;
    const text = Array.from({ length: 300 }, () => paragraph).join('\n\n');
    const many = run(text, { referenceDate: '2025-12-03' }).times;
    expect(many).toHaveLength(once.length * 300);
    expect(new Set(many.map((t) => t.value))).toEqual(new Set(once.map((t) => t.value)));
  });

  it('survives long runs of digits, dashes and slashes', () => {
    const text = `${'1-2/3:4 '.repeat(5000)}and ${'-'.repeat(20000)} then 12/02/2025.`;
    const { times } = run(text, { referenceDate: '2025-12-03' });
    expect(times.at(-1)?.value).toBe('2025-12-02');
  });

  it('throws a named error for a malformed reference date', () => {
    expect(() => run('Talks ended yesterday.', { referenceDate: '2025-13-40' })).toThrow(InvalidOptionsError);
  });

  it('throws a named error for an impossible leap day', () => {
    expect(() => run('Talks ended yesterday.', { referenceDate: '2025-02-29' })).toThrow(/referenceDate/);
  });
});

describe('extractTimes on text nobody wrote by hand', () => {
  const pieces = fc.constantFrom(
    'on', 'Monday', 'May', 'December', '2', '2025', '12/02/2025', 'yesterday', 'last', 'next', 'week', 'a', 'year',
    'ago', 'five-hour', '-', ',', '.', ' ', '\n\n', 'the', '1990s', "'s", 'at', '6', 'a.m.', ':', '18', '00', 'UTC',
    'every', 'Sunday', 'now', 'later', 'two', 'days', 'Times', 'Youth', 'Coalition', 'A320', '$', '40', 'billion',
  );
  const texts = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));

  it('never throws and every offset slices back to the text', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('2025-12-03', null), (text, referenceDate) => {
        const { times } = run(text, { referenceDate });
        for (const t of times) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeLessThan(t.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar arithmetic', () => {
  const days = fc.integer({ min: toDays({ y: 1600, m: 1, d: 1 }), max: toDays({ y: 2400, m: 12, d: 31 }) });

  it('turns day numbers into dates and back', () => {
    fc.assert(fc.property(days, (n) => toDays(fromDays(n)) === n));
  });

  it('agrees with the ISO weekday of the same UTC date', () => {
    fc.assert(
      fc.property(days, (n) => {
        const { y, m, d } = fromDays(n);
        const utc = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
        return isoWeekday({ y, m, d }) === (utc === 0 ? 7 : utc);
      }),
    );
  });

  it('steps over leap days', () => {
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2100, m: 2, d: 28 }, 1)).toEqual({ y: 2100, m: 3, d: 1 });
  });

  it('finds the Monday that opens every ISO week', () => {
    fc.assert(
      fc.property(days, (n) => {
        const day = fromDays(n);
        const { year, week } = isoWeek(day);
        const monday = isoWeekMonday(year, week);
        return isoWeekday(monday) === 1 && toDays(day) - toDays(monday) === isoWeekday(day) - 1;
      }),
    );
  });

  it('names the period that holds a day at each granularity', () => {
    const day = { y: 2025, m: 1, d: 15 };
    expect(formatPeriod(periodStart(day, 'quarter'), 'quarter')).toBe('2025-Q1');
    expect(formatPeriod(periodStart(day, 'half'), 'half')).toBe('2025-H1');
    expect(formatPeriod(periodStart(day, 'season'), 'season')).toBe('2024-WI');
    expect(formatPeriod(periodStart(day, 'week'), 'week')).toBe('2025-W03');
  });

  it('moves periods by their own units and by whole years', () => {
    expect(formatPeriod(shiftPeriod({ y: 2025, m: 1, d: 1 }, 'quarter', -1, 0), 'quarter')).toBe('2024-Q4');
    expect(formatPeriod(shiftPeriod({ y: 2025, m: 7, d: 1 }, 'half', 0, -1), 'half')).toBe('2024-H2');
    expect(formatPeriod(shiftPeriod(isoWeekMonday(2021, 1), 'week', 0, -1), 'week')).toBe('2020-W01');
    // week 53 of 2020 has no twin in 2021: it falls back to week 52
    expect(formatPeriod(shiftPeriod(isoWeekMonday(2020, 53), 'week', 0, 1), 'week')).toBe('2021-W52');
  });
});
