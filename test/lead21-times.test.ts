import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Time classes found by the lead reading invented reports in round 21 (a takeover offer). Every sentence here is
 * invented and differs from the probe sentences the classes were found with.
 */

function valuesOf(body: string, publishedAt: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt }).times.map((t) => [t.text, t.value]);
}

describe('a present verb of valuing schedules nothing: a weekday\'s close it is set against is the last one', () => {
  it.each([
    // Thursday 2019-05-16
    ['The tender values Ostrava Steel at a 28 percent premium to Monday\'s closing price.', 'Monday', '2019-05-13'],
    ['Each share is priced at 9 euros, which prices the stake at a discount to Tuesday\'s close.', 'Tuesday', '2019-05-14'],
  ])('%s', (body, text, value) => {
    expect(valuesOf(body, '2019-05-16')).toContainEqual([text, value]);
  });

  it('guard (passes before the change too): a present verb of a schedule still points ahead', () => {
    expect(valuesOf('The works council meets on Monday.', '2019-05-16')).toContainEqual(['Monday', '2019-05-20']);
  });
});
