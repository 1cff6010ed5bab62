import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { segmentText, wireDatelineLength } from '../src/text/segment.js';

// Invented lead paragraphs in the dateline styles of the wire services and newspapers.
const DATELINES: ReadonlyArray<[string, string]> = [
  ['TALLINN, March 3 (Reuters) - The central bank raised rates.', 'TALLINN, March 3 (Reuters) - '],
  ['DENVER (AP) _ A snowstorm closed the airport.', 'DENVER (AP) _ '],
  ['NEW ORLEANS — The levee held overnight.', 'NEW ORLEANS — '],
  ['Lisbon (Business Wire) -- Corvala SA said profit rose.', 'Lisbon (Business Wire) -- '],
  ['GRAZ, Austria, Oct. 8, 2024 (AFP) - Police arrested two men.', 'GRAZ, Austria, Oct. 8, 2024 (AFP) - '],
  ['SANTA FE, N.M. (AP) — The governor signed the bill.', 'SANTA FE, N.M. (AP) — '],
  ['BRASILIA, 12 May (Xinhua) – The senate voted.', 'BRASILIA, 12 May (Xinhua) – '],
];
const NOT_DATELINES = [
  'The talks - which began in May - resumed on Monday.',
  'Moscow - the capital - was quiet.',
  'Analysts said the deal - worth $2 billion - would close soon.',
  'A B - c',
];

describe('wire datelines', () => {
  it.each(DATELINES)('finds the dateline of %j', (line, dateline) => {
    expect(line.slice(0, wireDatelineLength(line))).toBe(dateline);
  });

  it.each(NOT_DATELINES)('finds no dateline in %j', (line) => {
    expect(wireDatelineLength(line)).toBe(0);
  });

  it('splits the dateline off the lead paragraph only', () => {
    const text = 'Rates rise again\n\nTALLINN, March 3 (Reuters) - The central bank raised rates.\n\nOSLO - later paragraphs keep their text.';
    const blocks = segmentText(text).map((b) => [b.kind, text.slice(b.start, b.end)]);
    expect(blocks).toEqual([
      ['title', 'Rates rise again'],
      ['dateline', 'TALLINN, March 3 (Reuters) -'],
      ['paragraph', 'The central bank raised rates.'],
      ['paragraph', 'OSLO - later paragraphs keep their text.'],
    ]);
  });

  it('keeps the agency out of the actors, the city as a place and the date as a time', () => {
    const text = 'Storm shuts airport\n\nDENVER, Jan. 9 (AP) _ A snowstorm closed the main airport on Thursday, officials said.';
    const article = parseArticle(text, { publishedAt: '2025-01-09' });
    expect(article.actors.map((a) => a.name)).not.toContain('AP');
    expect(article.places.map((p) => p.name.toLowerCase())).toContain('denver');
    expect(article.times.map((t) => [t.text, t.value])).toContainEqual(['Jan. 9', '2025-01-09']);
  });

  it('does not let the agency speak for the lead sentence', () => {
    const text = 'OSLO, May 2 (Reuters) - Halvorsen Shipping said on Friday it would cut 300 jobs.';
    const article = parseArticle(text, { publishedAt: '2025-05-02' });
    const speakers = article.claims.map((c) => article.actors.find((a) => a.id === c.claimantId)?.name);
    expect(speakers).not.toContain('Reuters');
  });
});

describe('a dateline city the body names again', () => {
  it.each([
    ['Carmaker cuts jobs\n\nSAO PAULO, May 28 (Reuters) - Velora Motors cut 900 jobs on Wednesday. Shares fell 3% in Sao Paulo.', 'Sao Paulo'],
    ['Port strike ends\n\nSANTA MARIA, June 2 (Reuters) - Dockers ended a strike on Monday. Ships left Santa Maria at noon.', 'Santa Maria'],
  ])('%j: a dateline read as a person does not turn the body mention into one', (text, city) => {
    const parsed = parseArticle(text, { publishedAt: '2025-06-04' });
    expect(parsed.actors.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain(city);
    expect(parsed.places.map((p) => p.name.toLowerCase())).toContain(city.toLowerCase());
  });
});
