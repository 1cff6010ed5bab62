import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Forums of states known by a number ("the G20", "the Group of Seven", "G-7") are organisations, one record under
 * every spelling, and claim and act like any body. Invented sentences.
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2024-02-01' });
}

describe('forums of states known by a number', () => {
  it.each([
    ['The G20 agreed on Monday to extend debt relief.', 'G20'],
    ['Finance ministers said the Group of 20 would meet again in June.', 'G20'],
    ['The Group of Seven met in Rome on Friday.', 'G7'],
    ['Officials of the G-8 left Vienna.', 'G8'],
  ])('%s', (text, name) => {
    expect(parse(text).actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toContain(name);
  });

  it('is one record under every spelling', () => {
    const parsed = parse('The Group of Seven met in Rome. The G-7 warned of higher prices. G7 ministers left on Friday.');
    expect(parsed.actors.filter((a) => a.name === 'G7')).toHaveLength(1);
  });

  it('claims like a body', () => {
    const parsed = parse('The Group of 20 said it would meet again in June.');
    const claim = parsed.claims[0];
    expect(parsed.actors.find((a) => a.id === claim?.claimantId)?.name).toBe('G20');
  });
});
