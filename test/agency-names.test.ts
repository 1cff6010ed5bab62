import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Invented sentences: national agencies named by a domain word and their country.
const parse = (text: string) => parseArticle(text, { publishedAt: '2025-06-02' });
const actors = (text: string) => parse(text).actors.map((a) => `${a.name}/${a.kind}`);
const places = (text: string) => parse(text).places.map((p) => p.name);

describe('a domain word before a country names an agency', () => {
  it.each([
    ['Analysts at Statistics Finland said wages rose 3 percent.', 'Statistics Finland'],
    ['Heritage Malta closed the temple site after the storm.', 'Heritage Malta'],
    ['A report by Transport Canada found the brakes had failed.', 'Transport Canada'],
    ['Forecasters at Environment Norway warned of flooding in the north.', 'Environment Norway'],
    ['Grants from Sport Wales paid for the new pitch.', 'Sport Wales'],
  ])('%j names the organisation %j', (text, name) => {
    expect(actors(text)).toContain(`${name}/organization`);
    expect(places(text)).not.toContain(name.split(' ')[1]);
  });

  it.each([
    ['Officials in Canada said the border would reopen.', 'Canada'],
    ['Northern Norway saw heavy snow on Monday.', 'Norway'],
  ])('%j keeps the country %j a place', (text, name) => {
    expect(places(text).some((p) => p.includes(name))).toBe(true);
  });
});

// Invented sentences: a company named like a surname, referred to as "its".
describe('a one-word name the sentence calls "its"', () => {
  it.each([
    ['Brannock recalled 40,000 heaters to replace its faulty valves.', 'Brannock'],
    ['Kessler reported a quarterly loss and said its chief executive would leave.', 'Kessler'],
  ])('%j: %j is a company', (text, name) => {
    expect(actors(text)).toContain(`${name}/organization`);
  });

  it('keeps a person whose sentence says "his" first', () => {
    expect(actors('Ivo Marek said his party and its allies would win.')).toContain('Ivo Marek/person');
  });
});
