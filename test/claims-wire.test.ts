import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Wire-copy attribution patterns (Reuters/AP style), each tested on several invented sentences.
 */

function claimsOf(text: string, publishedAt = '2025-06-12') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) }));
}

describe('a quote before its speaker, with circumstances after the cue', () => {
  it.each([
    ['"We will rebuild," Maria Lopez said in an interview with the BBC.', 'Maria Lopez', 'We will rebuild'],
    ['"The dam held," Governor Ivo Pohl said at a news conference in the capital.', 'Ivo Pohl', 'The dam held'],
    ['"Prices will fall," Trade Minister Rosa Klein told a briefing in Oslo on Monday.', 'Rosa Klein', 'Prices will fall'],
    ['"No one was hurt," Mayor Ken Ito wrote on Telegram.', 'Ken Ito', 'No one was hurt'],
    ['"Talks will resume," Dana Hollis said in a statement posted on the company website.', 'Dana Hollis', 'Talks will resume'],
    ['"Every hour counts," Senator Ruth Dale said in her weekly radio address.', 'Ruth Dale', 'Every hour counts'],
    ['Mayor Ken Ito toured the site. "Every hour counts," he said in his nightly video address.', 'Ken Ito', 'Every hour counts'],
  ])('%s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });

  it('still reads a clause after circumstances of the saying', () => {
    const [c] = claimsOf('Mayor Ken Ito said in an interview with a local radio station that the dam had held.');
    expect(c).toMatchObject({ claimant: 'Ken Ito', content: 'the dam had held' });
  });
});

describe('a clause before an inverted attribution without quotes', () => {
  it.each([
    ['The bridge was destroyed in the shelling, the regional governor, Ivo Pohl, wrote on Telegram.', 'Ivo Pohl', 'The bridge was destroyed in the shelling'],
    ['The depot burned for six hours, two local officials told Reuters.', 'local officials', 'The depot burned for six hours'],
    ['Minister Rosa Klein will visit Lima next month, two diplomatic sources told the newspaper.', 'diplomatic sources', 'Minister Rosa Klein will visit Lima next month'],
    ['The strike will end on Friday, union leader Tomas Brandt said in a statement.', 'Tomas Brandt', 'The strike will end on Friday'],
    ['The ferry sank near the harbour, Captain Lea Moor, a coast guard officer, told reporters on Sunday.', 'Lea Moor', 'The ferry sank near the harbour'],
  ])('%s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });

  it('keeps a list of places in the clause when no apposition stands before the speaker', () => {
    const [c] = claimsOf('Prices rose in Lima, in Quito and in Bogota, Minister Rosa Klein said.');
    expect(c?.content).toBe('Prices rose in Lima, in Quito and in Bogota');
  });
});

describe('a time between the cue and its clause dates the saying', () => {
  it.each([
    ['Several Senate Republicans said on Tuesday they doubted the bill could pass.', 'they doubted the bill could pass', '2025-06-10'],
    ['Governor Ivo Pohl said on Monday the dam would hold.', 'the dam would hold', '2025-06-09'],
    ['Mayor Ken Ito said late on Wednesday the curfew would be lifted.', 'the curfew would be lifted', '2025-06-11'],
    ['Senator Ruth Dale said on Monday in a statement that the vote was postponed.', 'the vote was postponed', '2025-06-09'],
    ['Minister Rosa Klein said yesterday prices would fall.', 'prices would fall', '2025-06-11'],
  ])('%s', (text, content, date) => {
    const [c] = claimsOf(text);
    expect(c).toMatchObject({ content, date });
  });
});
