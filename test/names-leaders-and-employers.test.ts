import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 10 (names), from invented Indian political and market reports: the agent of "led by", "founded by",
 * "written by" is a person, not a company as the agent of "bought by" is ("The party, led by Akhilesh Yadav,
 * congratulated"); a name after "analysts at" that the gazetteer does not know as a place is the employer, though
 * the tagger typed a place ("Analysts at Nomura said").
 */
/** Cases marked "guard" pass before the change too; they keep it from breaking what worked. */
const GUARD = /^guard \(passes before the change too\): /;

function parse(text: string) {
  return parseArticle(`Report\n\n${text.replace(GUARD, '')}`, { publishedAt: '2026-03-15' });
}

const actor = (parsed: ReturnType<typeof parse>, name: string) => parsed.actors.find((a) => a.name === name || a.aliases.includes(name));

describe('a person leads, founds or writes', () => {
  it('"The party, led by Akhilesh Yadav, congratulated the winners" gives a person', () => {
    const parsed = parse('The party, led by Akhilesh Yadav, congratulated the winners.');
    expect(actor(parsed, 'Akhilesh Yadav')?.kind).toBe('person');
  });

  it('"The militia was founded by Okello Barasa in 2004" gives a person', () => {
    const parsed = parse('The militia was founded by Okello Barasa in 2004.');
    expect(actor(parsed, 'Okello Barasa')?.kind).toBe('person');
  });

  it('guard (passes before the change too): "a special event hosted by Apple" keeps the company', () => {
    const parsed = parse('The phone was shown at a special music event hosted by Apple, held in San Francisco.');
    expect(actor(parsed, 'Apple')?.kind).toBe('organization');
  });
});

describe('the employer after "analysts at"', () => {
  it('"Analysts at Nomura said" gives the company Nomura', () => {
    const parsed = parse('Analysts at Nomura said further cuts were likely.');
    expect(actor(parsed, 'Nomura')?.kind).toBe('organization');
    expect(parsed.places.map((p) => p.name)).not.toContain('Nomura');
  });

  it('"according to economists at Daiwa" gives the company Daiwa', () => {
    const parsed = parse('The yen will weaken further, according to economists at Daiwa.');
    expect(actor(parsed, 'Daiwa')?.kind).toBe('organization');
  });

  it('"the station staff at Varna Memorial Hall Station" keep the station a place', () => {
    const parsed = parse('The station staff at Varna Memorial Hall Station do an excellent job of crowd control.');
    expect(parsed.actors.map((a) => a.name)).not.toContain('Varna Memorial Hall Station');
  });

  it('"Nurses at Kisoro Bridge Camp treated" keep the camp a place', () => {
    const parsed = parse('Nurses at Kisoro Bridge Camp treated dozens of children.');
    expect(parsed.places.map((p) => p.name)).toContain('Kisoro Bridge Camp');
  });

  it('guard (passes before the change too): "doctors at Kampala" keeps the city', () => {
    const parsed = parse('Doctors at Kampala said the clinic had run out of supplies.');
    expect(parsed.places.map((p) => p.name)).toContain('Kampala');
  });
});
