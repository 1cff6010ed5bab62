import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A time class found by the lead reading invented reports in round 14 (Brazilian floods). Every sentence is invented;
 * the reports are dated Monday, May 6, 2024.
 */

function valueOf(body: string, expression: string): string | undefined {
  const parsed = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-05-06' });
  return parsed.times.find((t) => t.text === expression)?.value;
}

describe('the end of a state a future modal or a forecast governs lies ahead', () => {
  it.each([
    ['Forecasters said more rain was expected through Tuesday.', 'Tuesday', '2024-05-07'],
    ['The storm was forecast to reach the coast by Thursday.', 'Thursday', '2024-05-09'],
    ['Officials said the road would stay closed until Wednesday.', 'Wednesday', '2024-05-08'],
  ])('%s', (body, expression, value) => {
    expect(valueOf(body, expression)).toBe(value);
  });

  it('guard (passes before the change too): a modal right before the state already looked ahead', () => {
    expect(valueOf('The minister said the schools would remain shut through Friday.', 'Friday')).toBe('2024-05-10');
  });

  it.each([
    ['The road stayed closed until Wednesday.', 'Wednesday', '2024-05-01'],
    ['Heavy rain fell through Tuesday.', 'Tuesday', '2024-04-30'],
  ])('guard (passes before the change too): a past state ended on the past day: %s', (body, expression, value) => {
    expect(valueOf(body, expression)).toBe(value);
  });
});
