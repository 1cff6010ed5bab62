import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A time class found by the lead reading invented reports in round 15 (a primary campaign). Every sentence is
 * invented; the reports are dated Monday, June 6, 2016.
 */

function valueOf(body: string, expression: string): string | undefined {
  const parsed = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2016-06-06' });
  return parsed.times.find((t) => t.text === expression)?.value;
}

describe('the progressive of a verb of asking, planning or promising sends its infinitive ahead', () => {
  it.each([
    ['Officials said party leaders were urging him to concede after the final primary on June 14.', 'June 14', '2016-06-14'],
    ['Aides said donors were asking her to quit before the vote on June 20.', 'June 20', '2016-06-20'],
    ['The rebels said they were planning to attack the town in March.', 'March', '2017-03'],
  ])('%s', (body, expression, value) => {
    expect(valueOf(body, expression)).toBe(value);
  });

  it('guard (passes before the change too): the plain past of such a verb already looked ahead', () => {
    expect(valueOf('Party leaders urged him to concede after the final primary on June 14.', 'June 14')).toBe('2016-06-14');
  });

  it('guard (passes before the change too): a progressive with no infinitive keeps the past', () => {
    expect(valueOf('The minister was calling for calm on Sunday.', 'Sunday')).toBe('2016-06-05');
  });
});
