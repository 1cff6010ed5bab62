import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function parse(text: string, publishedAt = '2025-06-10') {
  const parsed = parseArticle(text, { publishedAt });
  const place = (id: string) => parsed.places.find((p) => p.id === id)?.name;
  return parsed.events.map((e) => ({ ...e, span: text.slice(e.start, e.end), places: e.placeIds.map(place) }));
}

describe('dates and places from the event\'s own clause first', () => {
  it('never dates a happening by a different happening of the sentence before', () => {
    const events = parse('Voters elected a new parliament on Wednesday, June 4. Thousands of opposition supporters held a rally in the capital.');
    const rally = events.find((e) => e.type === 'protest');
    expect(rally?.date).not.toBe('2025-06-04');
  });

  it('does not date a clause by a time that names another happening ("last year\'s protests")', () => {
    const events = parse("A march planned to mark the start of last year's protests was blocked by police.");
    const march = events.find((e) => e.trigger.text === 'march');
    expect(march?.date ?? null).toBeNull();
  });

  it('splits a clause at "after" and dates both happenings by the main clause', () => {
    const events = parse('At least 40 people were killed on Sunday after two car bombs struck the centre of Mosul.');
    expect(events.map((e) => e.type)).toEqual(['casualty', 'attack']);
    expect(events[1]?.span).toContain('two car bombs struck');
    expect(events[1]?.date).toBe('2025-06-08');
    expect(events[1]?.places).toContain('Mosul');
  });

  it('takes date and place from the happening a definite noun points back to', () => {
    const events = parse('Two car bombs exploded in Mosul on Sunday. Over 100 people were injured in the attacks.');
    const hurt = events.find((e) => e.type === 'casualty');
    expect(hurt?.date).toBe('2025-06-08');
    expect(hurt?.places).toContain('Mosul');
  });

  it('places a "where" clause at the place named before it', () => {
    const events = parse('The minister flew to Nairobi on Monday, where he met President William Ruto.');
    const meeting = events.find((e) => e.type === 'meeting');
    expect(meeting?.places).toContain('Nairobi');
    expect(meeting?.date).toBe('2025-06-09');
  });

  it('places an event at a place named before the noun ("the Lisbon derailment")', () => {
    const events = parse('Investigators blamed worn rails for the March 3 Lisbon tram derailment.');
    expect(events.find((e) => e.type === 'accident')?.places).toContain('Lisbon');
  });
});

describe('one event per happening across the article', () => {
  it('joins later definite mentions to the first, with their evidence', () => {
    const events = parse('Two car bombs exploded in Mosul on Sunday. The explosions destroyed a ministry building. The attacks were the deadliest this year.');
    const attacks = events.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]?.mentions?.map((m) => m.trigger.text)).toEqual(['explosions', 'attacks']);
  });

  it('keeps "further attacks" as another, hypothetical happening', () => {
    const events = parse('Three rockets exploded in Kirkuk on Friday. The governor cautioned that further attacks may follow.');
    const attacks = events.filter((e) => e.type === 'attack');
    expect(attacks.map((e) => e.modality)).toEqual(['asserted', 'hypothetical']);
  });

  it('keeps a definite mention of another date as another happening', () => {
    const events = parse('Protesters marched to the square on Monday. Since the uprising in 2011, the square has been a symbol.');
    expect(events.filter((e) => e.type === 'protest')).toHaveLength(2);
  });

  it('lets a later mention place a happening whose own clause named no place', () => {
    const events = parse('The two presidents held a joint press conference on Monday. The press conference, held at the airport in Accra, lasted an hour.');
    const statements = events.filter((e) => e.type === 'statement');
    expect(statements).toHaveLength(1);
    expect(statements[0]?.places).toContain('Accra');
  });

  it('reads a conditional clause as the condition of the happening it governs, not one of its own', () => {
    const events = parse('The blogger said she could face execution if she went back to Syria.');
    expect(events.map((e) => e.type)).toEqual(['casualty']);
    expect(events[0]?.modality).toBe('hypothetical');
  });
});

describe('salience', () => {
  const article = [
    'Tram derails in Lisbon, injuring twelve',
    '',
    'Monday, June 9, 2025',
    '',
    'A tram derailed and overturned in central Lisbon on Monday, injuring twelve passengers.',
    '',
    'The city council met on Tuesday to discuss the budget. The derailment was the third this year.',
  ].join('\n');

  it('gives the happening the title and the lead report the highest salience', () => {
    const events = parse(article);
    const top = [...events].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0))[0];
    expect(top?.type).toBe('accident');
    expect(top?.salience).toBe(1);
  });

  it('gives every event a salience between 0 and 1', () => {
    for (const e of parse(article)) {
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
    }
  });
});

describe('more rules of what is told', () => {
  it('reads a particular announced happening in a phrase ("ahead of planned elections") and its relative clause', () => {
    const events = parse('Two rockets exploded in Herat on Friday. The shelling comes ahead of the planned local elections, which are to be held next spring.');
    const election = events.find((e) => e.type === 'election');
    expect(election?.span).toContain('which are to be held next spring');
    expect(election?.modality).toBe('planned');
  });

  it('tells a happening a clause is timed by ("before the election")', () => {
    const types = parse('The envoy had been talking to both candidates before the election.').map((e) => e.type);
    expect(types).toEqual(['meeting', 'election']);
  });

  it('does not tell the object of a wish ("want to repeat the rallies")', () => {
    expect(parse('Pensioners who want to repeat last spring\'s rallies gathered in silence.').filter((e) => e.type === 'protest')).toEqual([]);
  });

  it('needs a figure or a party for a business word to be a deal', () => {
    expect(parse('She praised their commitment to the investment in young people.')).toEqual([]);
    expect(parse('Acme Corp announced a $2 billion investment in Kenya on Monday.').map((e) => e.type)).toContain('economic');
  });

  it('reads a negated act inside quotation marks as argument, not as an event', () => {
    expect(parse('"We will not send soldiers to the border," the prime minister said.')).toEqual([]);
    expect(parse('The prime minister said the country will not send soldiers to the border.').map((e) => e.modality)).toEqual(['negated']);
  });

  it('keeps a noun in a phrase hanging on a preposition asserted inside a claim ("in response to a court case")', () => {
    const events = parse('The union says the detentions are revenge, in response to a 2019 court case.');
    expect(events.find((e) => e.type === 'legal')?.modality).toBe('asserted');
  });

  it('reads a body of members meeting as a meeting', () => {
    expect(parse('The city council met on Tuesday to discuss the budget.').map((e) => e.type)).toEqual(['meeting']);
  });

  it('names the agent of a supposed act but no victim of an act that did not happen', () => {
    const parsed = parseArticle('Officials warned that more attacks could be carried out by rebels. The army said it did not arrest any students.', { publishedAt: '2025-06-10' });
    const names = parsed.actors.map((a) => a.name);
    expect(names).toContain('rebels');
    expect(names).not.toContain('students');
  });
});
