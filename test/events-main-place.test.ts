import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// The article's main place, which places a happening that names none, is the country the article refers to most
// when that country is named as a place; never a country named once in passing (invented report; real countries, for the gazetteer).
const REPORT = `Norway and Chile agree to restore full diplomatic ties

Monday, June 15, 2026

Norway and Chile agreed on Monday to restore full diplomatic relations, ending a three-year rift over the detention of a Chilean aid worker.

The announcement was made in Geneva after talks between Norwegian Foreign Minister Hans Rike and his Chilean counterpart, Ana Vidal. Norway said the deal was fair.

Peru's prime minister criticised the deal, saying it rewarded hostage-taking. Chile said it would reopen its embassy.`;

describe('the main place of an article', () => {
  it('is not a country named once in passing when the countries the report is about are named only as actors', () => {
    const a = parseArticle(REPORT, { publishedAt: '2026-06-15' });
    const name = (id: string) => a.places.find((p) => p.id === id)?.name;
    const agreed = a.events.find((e) => e.trigger.text === 'agreed');
    expect(agreed?.placeIds.map(name)).not.toContain('Peru');
  });
});
