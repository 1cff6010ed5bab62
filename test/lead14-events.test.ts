import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Event classes found by the lead reading invented reports in round 14 (an earthquake in a border province, fighting
 * near a frontier). Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nTuesday, September 6, 2022\n\n';

function placesOf(body: string, trigger: string): string[] | undefined {
  const parsed = parseArticle(HEAD + body, { publishedAt: '2022-09-06' });
  const event = parsed.events.find((e) => e.trigger.text === trigger);
  return event?.placeIds.map((id) => parsed.places.find((p) => p.id === id)?.name ?? id);
}

describe('the country across a border is a landmark, not where it happened', () => {
  it.each([
    ['A strong earthquake struck western Iran near the border with Iraq on Sunday, killing at least 34 people.', 'struck', 'Iran', 'Iraq'],
    ['Troops shelled villages in northern Syria near the frontier with Turkey on Monday.', 'shelled', 'Syria', 'Türkiye'],
    ['A landslide buried homes in western Nepal near the border with India on Friday.', 'landslide', 'Nepal', 'India'],
  ])('%s', (body, trigger, place, landmark) => {
    const places = placesOf(body, trigger);
    expect(places).toContain(place);
    expect(places).not.toContain(landmark);
  });

  it('guard (passes before the change too): a border place alone still places the happening', () => {
    expect(placesOf('Gunmen attacked a checkpoint near the border with Afghanistan on Monday.', 'attacked')).toContain('Afghanistan');
  });
});

describe('"hung over" something is a mood or a thing placed, no death', () => {
  it.each([
    'The chairman said the deal removed the cloud that has hung over the company for four years.',
    'Uncertainty hung over the markets after the vote.',
    'A dark mood hung over the summit.',
  ])('%s', (body) => {
    const parsed = parseArticle(HEAD + body, { publishedAt: '2022-09-06' });
    expect(parsed.events.filter((e) => e.type === 'casualty')).toEqual([]);
  });

  it('guard (passes before the change too): men hanged on a day are put to death', () => {
    const parsed = parseArticle(HEAD + 'Two men convicted of murder were hanged on Tuesday.', { publishedAt: '2022-09-06' });
    expect(parsed.events.map((e) => e.type)).toContain('casualty');
  });
});
