import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { dropTermFragments, dropTitlePhrases } from '../src/extract/name-repairs.js';
import type { ProposedName } from '../src/extract/names.js';

const parse = (text: string) => parseArticle(text, { publishedAt: '2025-06-02' });
const actors = (text: string) => parse(text).actors.map((a) => `${a.name}/${a.kind}`);
const places = (text: string) => parse(text).places.map((p) => p.name);

// Invented sentences; the bodies are invented or written in general form.
describe('long institution names with inner prepositions', () => {
  it.each([
    ['The Organization for Trade and Co-operation in Asia sent observers to the vote.', 'Organization for Trade and Co-operation in Asia'],
    ['The Commission for Water and Security in Africa published its report on Monday.', 'Commission for Water and Security in Africa'],
    ['The National Association for the Protection of Coastal Towns filed a lawsuit.', 'National Association for the Protection of Coastal Towns'],
    ['The Federation for the Defence of Mountain Villages said the road must stay open.', 'Federation for the Defence of Mountain Villages'],
  ])('%j names %j whole', (text, name) => {
    expect(actors(text)).toContain(`${name}/organization`);
  });

  it('leaves a city after "in" as where the body sits', () => {
    const text = 'The Institute for Coastal Studies in Bergen said sea levels were rising.';
    expect(actors(text).some((a) => a.includes('Bergen'))).toBe(false);
    expect(places(text)).toContain('Bergen');
  });

  it('stops an institution name before a weekday', () => {
    const found = actors('The Council of Northern Ports on Monday approved the plan.');
    expect(found.some((a) => a.includes('Monday'))).toBe(false);
  });
});

describe('institutions named after a place', () => {
  it.each([
    ['She studied at the University of Northern Vestland before moving abroad.', 'University of Northern Vestland'],
    ['He became director of the National Conservatory of Music of Ruritania in 1892.', 'National Conservatory of Music of Ruritania'],
  ])('%j names %j', (text, name) => {
    expect(actors(text)).toContain(`${name}/organization`);
  });

  it('leaves a union of places a state or a place', () => {
    expect(actors('Troops crossed into the Union of Soviet Socialist Republics.').some((a) => a.includes('Union'))).toBe(false);
  });
});

describe('a person of a body', () => {
  it.each([
    ['Other winners were Lena Varga of New Farmers Party and Tomas Berg of Civic Union.', ['Lena Varga/person', 'New Farmers Party/organization', 'Tomas Berg/person', 'Civic Union/organization']],
  ])('%j names each person and body', (text, names) => {
    expect(actors(text)).toEqual(expect.arrayContaining(names));
  });
});

describe('a state named by its full official name', () => {
  it.each([
    ['The Republic of Moldova signed a trade agreement with Finland on Friday.', 'Moldova'],
    ['The Kingdom of Norway rejected the proposal on Tuesday.', 'Norway'],
    ['The Republic of Estonia said it would expel two diplomats.', 'Estonia'],
  ])('%j acts as the government of %j', (text, country) => {
    expect(actors(text)).toContain(`${country}/government`);
  });

  it('is a place where nothing acts', () => {
    const text = 'Floods hit villages in the Republic of Moldova on Friday.';
    expect(actors(text).some((a) => a.startsWith('Moldova'))).toBe(false);
    expect(places(text).some((p) => p.includes('Moldova'))).toBe(true);
  });
});

describe('events and forums that speak', () => {
  it.each([
    'The World Rivers Forum said access to clean water had improved.',
    'The Nordic Water Summit said the region needed more cables.',
    'The Arctic Youth Forum said the plan was unfair.',
  ])('%j makes its speaker an organisation, never a person', (text) => {
    const speaker = parse(text).actors.find((a) => /Forum|Summit/.test(a.name));
    expect(speaker?.kind).toBe('organization');
  });
});

describe('companies named by a common word', () => {
  it.each([
    ['Apple unveiled a new music player on Tuesday.', 'Apple'],
    ['On Monday, Shell launched a new fuel in twelve markets.', 'Shell'],
    ['Target cut its outlook for the holiday season.', 'Target'],
  ])('%j makes %j an organisation', (text, name) => {
    expect(actors(text)).toContain(`${name}/organization`);
  });

  it.each([
    'Rain cut power to thousands of homes.',
    'Growth slowed in the third quarter.',
    'Police arrested two men on Friday.',
    'Analysts announced their forecasts.',
    'The orange harvest was poor. Orange growers said prices would rise, and Orange introduced a plan.',
  ])('%j names no company', (text) => {
    expect(parse(text).actors.filter((a) => a.kind === 'organization')).toEqual([]);
  });
});

describe('products and events are not persons or actors', () => {
  it('reads "the X" heading its phrase as a product', () => {
    const found = actors('Carmakers praised the Velora, and sales of the Velora doubled after the Velora was updated.');
    expect(found.some((a) => a.startsWith('Velora'))).toBe(false);
  });

  it('drops the acronym of an event the text spells out', () => {
    const text = 'Developers met at the Nordic Games Expo (NGE) in Oslo. NGE drew 5,000 visitors, and NGE will return to Oslo next year.';
    expect(actors(text).some((a) => a.startsWith('NGE'))).toBe(false);
  });
});

describe('repairs of tagger proposals', () => {
  const span = (text: string, words: string, type: ProposedName['type']): ProposedName => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, type });
  const texts = (text: string, list: readonly ProposedName[]) => list.map((p) => text.slice(p.start, p.end));

  it('drops an ordinal and title words proposed as a person', () => {
    const text = 'The First Lady met the Second Secretary and Ana Lima.';
    const list = [span(text, 'First Lady', 'PER'), span(text, 'Second Secretary', 'PER'), span(text, 'Ana Lima', 'PER')];
    dropTitlePhrases(text, list);
    expect(texts(text, list)).toEqual(['Ana Lima']);
  });

  it('drops a dictionary word proposed inside a term spelled out before its acronym', () => {
    const text = 'Demand for Testing, Inspection and Certification (TIC) work rose in Brazil.';
    const lists = [[span(text, 'Certification', 'LOC'), span(text, 'Brazil', 'LOC')]];
    dropTermFragments(text, lists);
    expect(texts(text, lists[0] ?? [])).toEqual(['Brazil']);
  });

  it('keeps a name that is the whole term or lies outside it', () => {
    const text = 'The European Union (EU) and Repair Cafe Norway met in Oslo.';
    const lists = [[span(text, 'European Union', 'ORG'), span(text, 'Norway', 'LOC'), span(text, 'Oslo', 'LOC')]];
    dropTermFragments(text, lists);
    expect(texts(text, lists[0] ?? [])).toEqual(['European Union', 'Norway', 'Oslo']);
  });
});

describe('a party written with a lower-case "party"', () => {
  it.each([
    ['My ties to the Republican party date back to 1979.', 'Republican party'],
    ['She hoped to lead the Socialist party in a new direction.', 'Socialist party'],
  ])('%j names %j', (text, name) => {
    expect(actors(text)).toContain(`${name}/organization`);
  });

  it('leaves a holiday party alone', () => {
    expect(actors('They held a Halloween party on Friday.').some((a) => a.includes('party'))).toBe(false);
  });
});
