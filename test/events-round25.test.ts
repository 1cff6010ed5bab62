import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented disaster, election, trade-measure, layoff, ceasefire, missile-test and data-theft
 * reports, and the round-24 leftovers (round 25, helper events27). Every sentence here is invented.
 */

const PUBLISHED = '2024-05-17'; // a Friday

/** The event whose trigger is `word`, with its "role:name" participants. */
function eventAt(text: string, word: string) {
  const parsed = parseArticle(text, { publishedAt: PUBLISHED });
  const event = parsed.events.find((e) => e.trigger.text === word);
  const participants = event?.participants.map((p) => `${p.role}:${parsed.actors.find((a) => a.id === p.actorId)?.name}`);
  return { event, participants, parsed };
}

describe('a past written like the bare form and read as a noun is the layoff verb', () => {
  it.each([
    ['Ford cut 300 jobs at its plant in Ohio on Thursday.', 'cut', 'agent:Ford'],
    ['Velmar shed 800 workers in Dayton last year.', 'shed', 'agent:Velmar'],
    ['Velmar Motors cut its staff by a third on Monday.', 'cut', 'agent:Velmar Motors'],
  ])('%s', (text, word, role) => {
    const { event, participants } = eventAt(text, word);
    expect(event?.type).toBe('economic');
    expect(participants).toContain(role);
  });
  it('the company that cut jobs is dated by its clause', () => {
    expect(eventAt('The company cut 300 jobs on Monday.', 'cut').event?.date).toBe('2024-05-13');
  });
  it.each([
    ['The tax cut the government passed last year cost billions.'],
    ['A power cut the size of the city hit homes on Monday.'],
  ])('guard (passes before the change too): a compound of "cut" stays a noun: %s', (text) => {
    expect(eventAt(text, 'cut').event).toBeUndefined();
  });
});

describe('taking stored records about people is a cyberattack', () => {
  it.each([
    ['Hackers stole the personal data of 2 million customers from a phone company last week.', 'stole'],
    ['Hackers had stolen the names and addresses of customers, the bank said on Monday.', 'stolen'],
    ['Hackers stole the credit card details of 40,000 shoppers last week.', 'stole'],
    ['The passwords of 40,000 users were stolen on Monday.', 'stolen'],
  ])('%s', (text, word) => {
    expect(eventAt(text, word).event?.type).toBe('attack');
  });
  it('the hackers are its agent', () => {
    expect(eventAt('Hackers stole the credit card details of 40,000 shoppers last week.', 'stole').participants).toContain('agent:hackers');
  });
  it.each([
    ['Thieves stole a car and two bicycles on Monday.'],
    ['The striker stole the show on Saturday.'],
  ])('guard (passes before the change too): other thefts and figures are none: %s', (text) => {
    expect(parseArticle(text, { publishedAt: PUBLISHED }).events.filter((e) => e.type === 'attack')).toHaveLength(0);
  });
});

describe('who decides a case is a party of the legal act', () => {
  it.each([
    ['A jury in Manhattan convicted Tom Hale of fraud on Friday.', 'convicted', 'agent:jury'],
    ['Jurors acquitted Rui Santel of murder on Monday.', 'acquitted', 'agent:jurors'],
    ['A judge in Lagos sentenced Tom Hale to ten years in prison on Monday.', 'sentenced', 'agent:judge'],
    ['The jury found Ada Novak guilty of bribery on Tuesday.', 'found', 'agent:jury'],
  ])('%s', (text, word, role) => {
    expect(eventAt(text, word).participants).toContain(role);
  });
  it('guard (passes before the change too): a titled judge named before is that person', () => {
    const { participants } = eventAt('Judge Ama Reyes convicted Tom Hale of fraud on Monday. The judge also sentenced him to ten years in prison.', 'sentenced');
    expect(participants).toContain('agent:Ama Reyes');
  });
  it('guard (passes before the change too): outside a legal act a jury makes no actor', () => {
    const parsed = parseArticle('Judge Ama Reyes said on Monday the jury would be sequestered.', { publishedAt: PUBLISHED });
    expect(parsed.actors.map((a) => a.name)).not.toContain('jury');
  });
});

describe('what is bought or sold only in a figure is no trade', () => {
  it.each([
    ['The deal bought time for the government, analysts said.', 'bought'],
    ['The president was accused of buying loyalty with state contracts.', 'buying'],
    ['The minister sold the plan to sceptical voters on Monday.', 'sold'],
  ])('%s', (text, word) => {
    expect(eventAt(text, word).event).toBeUndefined();
  });
  it.each([
    ['Korbin Foods bought the snack maker Delta Brands for $2.1 billion on Monday.', 'bought'],
    ['The fund sold its stake in the airline on Monday.', 'sold'],
  ])('guard (passes before the change too): goods, firms and stakes are traded: %s', (text, word) => {
    expect(eventAt(text, word).event?.type).toBe('economic');
  });
});

describe('a time closing a bare meeting noun after "for" dates the act it is the purpose of', () => {
  it.each([
    ['Ghana recalled its ambassador from Lome for consultations on Wednesday.', 'recalled', '2024-05-15'],
    ['Peru summoned the Chilean ambassador for consultations on Tuesday.', 'summoned', '2024-05-14'],
    ['Norland recalled its envoy to Ostria for consultations on Monday.', 'recalled', '2024-05-13'],
  ])('%s', (text, word, date) => {
    expect(eventAt(text, word).event?.date).toBe(date);
  });
  it('guard (passes before the change too): a meeting the act comes before keeps its own time', () => {
    expect(eventAt('Rebels seized the town before the talks on Sunday.', 'seized').event?.date).toBeNull();
  });
});

describe('a shootout or a gunfight is a clash of its own', () => {
  it.each([
    ['A shootout broke out between police and gunmen in Lagos on Tuesday.', 'shootout'],
    ['A gunfight erupted in the market in Lagos on Tuesday.', 'gunfight'],
    ['A firefight between soldiers and rebels lasted two hours on Monday.', 'firefight'],
  ])('%s', (text, word) => {
    expect(eventAt(text, word).event?.type).toBe('clash');
  });
  it('a gunfight erupting is not an eruption', () => {
    const parsed = parseArticle('A gunfight erupted in the market in Lagos on Tuesday.', { publishedAt: PUBLISHED });
    expect(parsed.events.map((e) => e.type)).not.toContain('accident');
  });
});

describe('suspects are parties of the force used on them', () => {
  it.each([
    ['Police killed one suspect in a shootout in Lagos on Tuesday.', 'killed', 'patient:suspect'],
    ['Police arrested three suspects in Lagos on Tuesday.', 'arrested', 'patient:suspects'],
    ['Police shot dead two suspects in Nairobi on Monday.', 'shot', 'patient:suspects'],
  ])('%s', (text, word, role) => {
    expect(eventAt(text, word).participants).toContain(role);
  });
});
