import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const actorsOf = (text: string) =>
  parseArticle(text, { publishedAt: '2025-06-02' }).actors.map((a) => ({ name: a.name, kind: a.kind, titles: a.titles ?? [] }));

// Invented sentences: a title chain with "of"/"for" before a person, and title words that open company names.
const TITLED: ReadonlyArray<[string, string, string]> = [
  ['Secretary of State Marian Oduya met the prime minister on Monday.', 'Marian Oduya', 'Secretary of State'],
  ['The talks ended when Secretary of State Marian Oduya left.', 'Marian Oduya', 'Secretary of State'],
  ['Secretary of Defense Paul Orrin toured the base on Monday.', 'Paul Orrin', 'Secretary of Defense'],
  ['Minister of Fisheries Ana Ruiz said quotas would fall.', 'Ana Ruiz', 'Minister of Fisheries'],
  ['The visit by Minister for Trade and Industry Ivo Marek was cancelled.', 'Ivo Marek', 'Minister for Trade and Industry'],
  ['President of Ghana Kwame Asante arrived in Lome.', 'Kwame Asante', 'President of Ghana'],
  ['General Baker inspected the troops on Monday.', 'Baker', 'General'],
  ['President Bush signed the bill on Monday.', 'Bush', 'President'],
  ['Treasury Department spokeswoman Lena Dorr said the sanctions would stay.', 'Lena Dorr', 'Treasury Department spokeswoman'],
  ['Senate Majority Leader Omar Tate said the vote would be held on Friday.', 'Omar Tate', 'Majority Leader'],
  ['On Monday, House Minority Whip Dina Lowe said she opposed the bill.', 'Dina Lowe', 'Minority Whip'],
];
// Invented sentences: a capitalised modifier opening the sentence belongs to the name of the common noun after it.
const OPENING_NAMES: ReadonlyArray<[string, string]> = [
  ['State Department officials said the talks had stalled.', 'State Department'],
  ['Supreme Court judges ruled against the ban on Monday.', 'Supreme Court'],
  ['Foreign Office officials said the envoy had been recalled.', 'Foreign Office'],
];
const COMPANIES = [
  ['General Dynamics said it would build the ships.', 'General Dynamics'],
  ['President Kovacs met General Dynamics executives in Warsaw.', 'General Dynamics'],
  ['Admiral Insurance raised its prices.', 'Admiral Insurance'],
];

describe('a name in apposition to a role', () => {
  it.each([
    ["Ruritania's civil aviation minister, Oyelaran Adebisi, welcomed the deal.", 'Oyelaran Adebisi'],
    ["The bank's chief economist, Tsedan Qolkar, said rates would fall.", 'Tsedan Qolkar'],
  ])('%j makes %j a person', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.kind).toBe('person');
  });

  it.each([
    ["The company's partner, Halvern Steel, said sales fell.", 'Halvern Steel'],
    ['Its chief executive, Norvik Group, said so.', 'Norvik Group'],
  ])('%j keeps %j an organisation (a relation between companies, or an organisation word)', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.kind).toBe('organization');
  });
});

describe('abbreviated titles', () => {
  it.each([
    ['On Monday, Sen. Ruth Dale said the bill would fail.', 'Ruth Dale', 'Sen.'],
    ['Gov. Tom Ruiz signed the order.', 'Tom Ruiz', 'Gov.'],
    ['The brigade was led by Lt. Col. Ivo Marek until May.', 'Ivo Marek', 'Lt. Col.'],
    ['Dr. Ana Lima examined the patients.', 'Ana Lima', 'Dr.'],
  ])('%j gives %j the title %j', (text, name, title) => {
    expect(actorsOf(text).find((a) => a.name === name)?.titles).toEqual([title]);
  });

  it.each([
    ['Sen. Ruth Dale said the bill would fail. The senator added that the vote was rigged.', 'Ruth Dale'],
    ['Gov. Tom Ruiz visited the plant on Monday. The governor said jobs would return.', 'Tom Ruiz'],
    ['Lt. Gen. Omar Tate said the attack failed. The general said more troops were needed.', 'Omar Tate'],
  ])('%j: "the <title>" finds the holder of the abbreviated title', (text, name) => {
    const a = parseArticle(text, { publishedAt: '2025-06-02' });
    const claimants = a.claims.map((c) => a.actors.find((x) => x.id === c.claimantId)?.name);
    expect(claimants.at(-1)).toBe(name);
  });
});

describe('a sentence-opening capital before a common noun', () => {
  it.each(OPENING_NAMES)('%j names %j whole', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).toContain(name);
  });

  it.each([
    ['Great Service!', 'Service'],
    ['Poor Service and rude staff.', 'Service'],
  ])('%j: a phrase that is the whole sentence or goes on with "and" stays no name', (text, noun) => {
    const names = actorsOf(text).map((a) => a.name);
    expect(names.some((n) => n.endsWith(noun))).toBe(false);
  });
});

describe('titles before names', () => {
  it.each(TITLED)('%j names %j with the title %j', (text, name, title) => {
    const actor = actorsOf(text).find((a) => a.name === name);
    expect(actor?.kind).toBe('person');
    expect(actor?.titles).toContain(title);
  });

  it.each(COMPANIES)('%j names the company %j', (text, name) => {
    expect(actorsOf(text)).toContainEqual(expect.objectContaining({ name, kind: 'organization' }));
  });

  it('keeps an organisation named with "of" whole', () => {
    expect(actorsOf('The Bank of England raised rates on Thursday.').map((a) => a.name)).toContain('Bank of England');
  });
});
