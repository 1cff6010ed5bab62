import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Heads of the governments of states, provinces and devolved nations ("Chief Minister", "First Minister") and their
 * deputies are one title each; "the Chief Minister" answers only to its holder, never to a minister of another office,
 * and a title alone is no person's name. Invented names.
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2024-02-01' });
}

describe('titles of heads of provincial and devolved governments', () => {
  it.each([
    ['Chief Minister Ali Gandapur said the roads were closed.', 'Ali Gandapur', ['Chief Minister']],
    ['Deputy Chief Minister Rita Sen left Patna on Monday.', 'Rita Sen', ['Deputy Chief Minister']],
    ['First Minister Anna Reid said the vote would go ahead.', 'Anna Reid', ['First Minister']],
    ['Union Minister Rajiv Mehta visited Patna on Monday.', 'Rajiv Mehta', ['Union Minister']],
  ])('%s', (text, name, titles) => {
    expect(parse(text).actors.find((a) => a.name === name)?.titles).toEqual(titles);
  });

  it('"the Chief Minister" is no minister of another office, and no person named "Minister"', () => {
    const parsed = parse('Union Minister Rajiv Mehta visited Patna on Monday. The Chief Minister said the dam was safe.');
    const speakers = parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name);
    expect(speakers).not.toContain('Rajiv Mehta');
    expect(parsed.actors.map((a) => a.name)).not.toContain('Minister');
  });

  it('"the Prime Minister" is the Prime Minister, not the foreign minister named after', () => {
    const parsed = parse('Prime Minister Rosa Vell met Foreign Minister Ivo Kant. The Prime Minister said the talks went well.');
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual(['Rosa Vell']);
  });
});
