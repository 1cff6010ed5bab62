import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by the lead reading invented reports in round 15 (a Nile dam dispute, a Chilean referendum, a
 * Malaysian corruption sentence, Sudanese talks in a Saudi city, an airline stake, strikes on an airport). Every
 * sentence here is invented.
 */

const HEAD = 'Invented report\n\nThursday, March 12, 2020\n\n';

function parse(body: string) {
  return parseArticle(HEAD + body, { publishedAt: '2020-03-12' });
}

function kindOf(body: string, name: string): string | undefined {
  return parse(body).actors.find((a) => a.name === name || a.aliases.includes(name))?.kind;
}

describe('a one-word name held in shares ("Shares in X") is a company across the article', () => {
  it.each([
    ['Brevik agreed to pay 300 million euros for the stake. Brevik will take control next year. Shares in Brevik rose 2 percent in Oslo.', 'Brevik'],
    ['Tallmer said it would close two plants. Tallmer plans to cut 900 jobs. Investors who own stakes in Tallmer were told on Monday.', 'Tallmer'],
  ])('%s', (body, name) => {
    expect(kindOf(body, name)).toBe('organization');
  });
});

describe('an acronym right after a noun for a kind of body names that body', () => {
  it.each([
    ['The minister told state broadcaster KBN that the talks had failed.', 'KBN'],
    ['The strike was reported by the official news agency WAM on Monday.', 'WAM'],
    ['Voters backed the opposition party PDR in most districts.', 'PDR'],
    ['He later repeated the charge to private channel NTV.', 'NTV'],
  ])('%s', (body, name) => {
    expect(kindOf(body, name)).toBe('organization');
  });
  it('guard (passes before the change too): a country written as an acronym after such a noun stays a place', () => {
    const article = parse('The regional alliance UK officials joined met in Paris.');
    expect(article.actors.some((a) => a.name === 'UK' && a.kind === 'organization')).toBe(false);
  });
});

describe('a month abbreviation before its day is a date, never a name', () => {
  it.each([
    'The withdrawal is to be completed by Feb. 15 under an agreement signed in Geneva.',
    'The pullout is to end by Dec. 31 under the accord reached in Vienna.',
    'guard (passes before the change too): Ballots will be counted by Nov. 9, the commission said.',
  ])('%s', (body) => {
    const names = parse(body).actors.map((a) => a.name);
    expect(names.filter((n) => /^(?:Feb|Nov|Aug|Sept)$/.test(n))).toEqual([]);
  });
});

describe('a first-level region named alone is that region, not a town of the same name elsewhere', () => {
  it.each([
    ['Voters in Nevada go to the caucuses on Tuesday.', 'Nevada', 'US'],
    ['The senator held a rally in Florida on Monday.', 'Florida', 'US'],
    ['Wildfires forced thousands from their homes in Alberta.', 'Alberta', 'CA'],
    ['Floods cut roads across Queensland on Friday.', 'Queensland', 'AU'],
  ])('%s', (body, name, country) => {
    const place = parse(body).places.find((p) => p.name === name);
    expect(place).toMatchObject({ kind: 'region', countryCode: country });
    expect(place?.coordinates).toBeUndefined();
  });
  it('guard (passes before the change too): a city and its state after a comma stay a city in that state', () => {
    const places = parse('The plant in Reno, Nevada, will close.').places;
    expect(places.find((p) => p.name === 'Reno')?.kind).toBe('city');
  });
});

describe('a demonym before the head of a national carrier opens the company name', () => {
  it.each([
    ['British Airways said on Monday that fares would rise.', 'British Airways'],
    ['Irish Airways cancelled 40 flights because of the fog.', 'Irish Airways'],
  ])('%s', (body, name) => {
    expect(parse(body).actors.map((a) => a.name)).toContain(name);
  });
});

describe('an acronym right before "shares" or "stock" is a listed company', () => {
  it.each([
    ['General Motors said it would cut jobs. GM shares rose 4 percent.', 'GM'],
    ['Velmar Kraft reported a loss on Tuesday. VK stock fell 9 percent in Frankfurt.', 'VK'],
  ])('%s', (body, acronym) => {
    expect(parse(body).actors.some((a) => a.kind === 'organization' && (a.name === acronym || a.aliases.includes(acronym)))).toBe(true);
  });
});
