import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Event classes found by the lead reading invented reports in round 21 (a maritime stand-off). Every sentence here
 * is invented and differs from the probe sentences the classes were found with.
 */

function eventsOf(body: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-02-14' }).events.map((e) => [e.type, e.trigger.text]);
}

describe('a base-form verb closing a compound after a determiner is the noun phrase\'s head', () => {
  it.each([
    ['A patrol vessel rammed a Vietnamese fishing boat near the atoll.', 'rammed'],
    ['A navy cutter rammed the rebel supply boat on Monday.', 'rammed'],
  ])('%s', (body, trigger) => {
    expect(eventsOf(body)).toContainEqual(['attack', trigger]);
  });

  it('guard (passes before the change too): "rammed the bill through" is no attack', () => {
    expect(eventsOf('The ruling party rammed the budget bill through parliament.').map(([t]) => t)).not.toContain('attack');
  });
});

describe('a clash verb with no object carried on by a participle of saying is an answer in words', () => {
  it.each([
    'The senator\'s aides pushed back, calling the audit a partisan stunt.',
    'Mayor Ilse Varga fought back, saying the inquiry had been rigged from the start.',
  ])('%s', (body) => {
    expect(eventsOf(body).map(([t]) => t)).not.toContain('clash');
  });

  it('guard (passes before the change too): armed men fighting back clash whatever they say', () => {
    expect(eventsOf('Militants fought back, saying they would hold the valley.').map(([t]) => t)).toContain('clash');
  });

  it('guard (passes before the change too): a clash carried on by a participle of harm stays one', () => {
    expect(eventsOf('Government troops pushed back, killing 12 insurgents.').map(([t]) => t)).toContain('clash');
  });
});
