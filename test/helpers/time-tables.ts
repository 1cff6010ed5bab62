// Table runners shared by the time-value tests: each case is a sentence, a reference date, the expression as
// written and the TimeML value it must get; negatives name words no time expression may cover.
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';
import { segmentText } from '../../src/text/segment.js';
import { splitSentences } from '../../src/text/sentences.js';

export function timesIn(text: string, referenceDate: string | null) {
  const blocks = segmentText(text);
  return extractTimes(text, splitSentences(text, blocks), { referenceDate, blocks }).times;
}

/** [sentence, reference date, expression as written, expected TimeML value] */
export type TimeCase = readonly [string, string, string, string];

/** One describe block per table: the expression must be found with exactly that value. */
export function describeValueTables(prefix: string, tables: Record<string, readonly TimeCase[]>): void {
  for (const [name, cases] of Object.entries(tables)) {
    describe(`${prefix}: ${name}`, () => {
      it.each(cases)('%s (published %s): "%s" is %s', (sentence, reference, expression, value) => {
        const times = timesIn(sentence, reference);
        expect(times.map((t) => [t.text, t.value])).toContainEqual([expression, value]);
      });
    });
  }
}

/** Each [sentence, word]: no time expression read with `reference` covers the first occurrence of the word. */
export function describeNotTimes(title: string, cases: readonly (readonly [string, string])[], reference: string): void {
  describe(title, () => {
    it.each(cases)('%s has no time expression at "%s"', (sentence, word) => {
      const at = sentence.indexOf(word);
      const times = timesIn(sentence, reference);
      expect(times.filter((t) => t.start <= at && at < t.end)).toEqual([]);
    });
  });
}
