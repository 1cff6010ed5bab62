import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Name classes found by the lead reading invented reports in round 21 (a defence pact). Every sentence here is
 * invented and differs from the probe sentences the classes were found with.
 */

function actorsOf(body: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-02-14' }).actors.map((a) => [a.kind, a.name]);
}

describe('a country whose name looks like a demonym\'s plural acts as a government', () => {
  it.each([
    ['The Philippines recalled its ambassador from Beijing on Tuesday.', 'Philippines'],
    ['Thailand and Laos agreed to reopen the bridge.', 'Laos'],
  ])('%s', (body, country) => {
    expect(actorsOf(body)).toContainEqual(['government', country]);
  });

  it('guard (passes before the change too): a demonym its country lists stays a people word', () => {
    expect(actorsOf('Saudi diplomats met the envoy.').map(([, name]) => name)).not.toContain('Saudi');
  });
});

describe('an acronym right before of/for and a gerund is the body an accusation names', () => {
  it.each([
    ['The ministry accused the FLNA of shelling a clinic near the border.', 'FLNA'],
  ])('%s', (body, acronym) => {
    expect(actorsOf(body).map(([, name]) => name)).toContain(acronym);
  });

  it('guard (passes before the change too): an acronym blamed for an act is kept', () => {
    expect(actorsOf('Police blamed the KDVR for burning two buses overnight.').map(([, name]) => name)).toContain('KDVR');
  });
});
