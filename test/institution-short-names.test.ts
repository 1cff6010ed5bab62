import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Invented sentences (none from an eval file): institutions named by one word or a number, companies opened by a demonym.
const parse = (text: string) => parseArticle(text, { publishedAt: '2025-06-02' });
const actors = (text: string) => parse(text).actors.map((a) => `${a.name}/${a.kind}`);

describe('one-word institutions after "the"', () => {
  it.each([
    ['The Fed left rates unchanged on Wednesday.', 'Fed/organization'],
    ['Officials said the Treasury would borrow another $40 billion.', 'Treasury/organization'],
    ['The amendment was defeated in the Commons by 12 votes.', 'Commons/organization'],
  ])('%j gives %j', (text, actor) => {
    expect(actors(text)).toContain(actor);
  });

  it('reads no body in an instrument the name modifies', () => {
    expect(actors('Yields on the Treasury notes rose as investors sold.').some((a) => a.startsWith('Treasury'))).toBe(false);
  });
});

describe('the prime minister\'s office by its number', () => {
  it.each([
    ['Number 10 said the minister had the prime minister\'s full confidence.'],
    ['A spokesman for No. 10 declined to comment on the report.'],
  ])('%j names the British government', (text) => {
    expect(actors(text)).toContain('United Kingdom/government');
  });

  it('reads no government in a shirt number', () => {
    expect(actors('He wore the Number 10 shirt for the club.')).not.toContain('United Kingdom/government');
  });
});

describe('a demonym opening a company the tagger read as a person', () => {
  it('joins "Norwegian" to "Air Shuttle"', () => {
    const found = actors('Rival Norwegian Air Shuttle said it would cut fares on 40 routes.');
    expect(found).toContain('Norwegian Air Shuttle/organization');
    expect(found).not.toContain('Air Shuttle/person');
  });

  it('keeps a person after a demonym', () => {
    expect(actors('Norwegian Magnus Berg won the race on Sunday.')).toContain('Magnus Berg/person');
  });
});
