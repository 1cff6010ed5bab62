import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Name classes found by the lead reading invented reports in round 16 (a bombing by an armed group, a rebel
 * faction's statement). Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nTuesday, May 2, 2017\n\n';

function actorNames(body: string): string[] {
  return parseArticle(HEAD + body, { publishedAt: '2017-05-02' }).actors.map((a) => a.name);
}

describe('a doctrine\'s adjective before a body noun describes the body and names none', () => {
  it.each([
    ['The Islamist group said it carried out the attack on the base.', 'Islamist'],
    ['Fighters of the Maoist faction ambushed a police patrol on Monday.', 'Maoist'],
    ['The Salafist movement called for calm after the vote.', 'Salafist'],
  ])('%s', (body, word) => {
    expect(actorNames(body)).not.toContain(word);
  });
  it('guard (passes before the change too): a one-word name before "group" is still the group', () => {
    expect(actorNames('Fighters of the Vardan group attacked the town on Monday.')).toContain('Vardan');
  });
});
