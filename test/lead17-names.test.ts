import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Name classes found by the lead reading invented reports in round 17 (an airline's profit warning). Every sentence
 * here is invented.
 */

describe('a headline mention counts less than the body when a name\'s mentions disagree on its type', () => {
  it.each([
    ['Airline shares slump after Lufthansa cuts outlook\n\nLufthansa cut its full-year profit forecast on Thursday, sending its shares down 6 percent.', 'Lufthansa'],
    ['Markets fall after Heineken warns on sales\n\nHeineken cut its sales forecast on Monday, blaming weak demand in Europe.', 'Heineken'],
  ])('%s', (text, name) => {
    const actor = parseArticle(text, { publishedAt: '2014-07-31' }).actors.find((a) => a.name === name);
    expect(actor?.kind).toBe('organization');
  });
});
