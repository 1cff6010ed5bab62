import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function parse(text: string, publishedAt = '2025-06-10') {
  const parsed = parseArticle(text, { publishedAt });
  const actor = (id: string) => parsed.actors.find((a) => a.id === id);
  const place = (id: string) => parsed.places.find((p) => p.id === id)?.name;
  const events = parsed.events.map((e) => ({
    ...e,
    span: text.slice(e.start, e.end),
    places: e.placeIds.map(place),
    who: e.participants.map((p) => `${actor(p.actorId)?.name}:${p.role}`),
  }));
  return { parsed, events, actor };
}

describe('roles come from the clause, not from word order', () => {
  it('makes the victims of a passive the patients and the "by" phrase the agent', () => {
    const { events } = parse('Six civilians were killed by the blast in the market.');
    expect(events[0]?.type).toBe('casualty');
    expect(events[0]?.who).toEqual(['civilians:patient']);
  });

  it('makes the active subject the agent and the object the patient', () => {
    const { events } = parse('Police injured four protesters outside the parliament on Monday.');
    expect(events[0]?.who).toEqual(['police:agent', 'protesters:patient']);
  });

  it('makes the agent of a passive arrest the one named after "by"', () => {
    const { events } = parse('Opposition leader Ana Lima was arrested by police in Minsk on Monday.');
    expect(events[0]?.type).toBe('arrest');
    expect(events[0]?.who).toEqual(expect.arrayContaining(['police:agent', 'Ana Lima:patient']));
  });

  it('reads "the arrest of Y by X"', () => {
    const { events } = parse('The arrest of Ana Lima by security forces on Monday angered her supporters.');
    expect(events[0]?.who).toEqual(expect.arrayContaining(['Ana Lima:patient', 'security forces:agent']));
  });

  it('reads "X\'s attack on Y" with X as the agent and "X\'s arrest" with X as the patient', () => {
    const { events } = parse("General Ana Lima's attack on the rebel camp was the heaviest in months.");
    expect(events[0]?.type).toBe('attack');
    expect(events[0]?.who[0]).toBe('Ana Lima:agent');
    const arrest = parse("Opposition leader Ana Lima's arrest on Monday angered her supporters.").events[0];
    expect(arrest?.who[0]).toBe('Ana Lima:patient');
  });

  it('makes whoever dies undergo the death, not do it', () => {
    const { events } = parse('Two soldiers died in the fighting near Kessa on Friday.');
    const death = events.find((e) => e.type === 'casualty');
    expect(death?.who).toEqual(['soldiers:patient']);
  });

  it('names the parties of a meeting on both sides of "with"', () => {
    const { events } = parse('President Emmanuel Macron met with Chancellor Olaf Scholz in Berlin on Monday.');
    expect(events[0]?.who).toEqual(expect.arrayContaining(['Emmanuel Macron:attendee', 'Olaf Scholz:attendee']));
  });

  it('reads a pronoun subject as the actor it stands for', () => {
    const { events } = parse('Ana Lima arrived in Paris on Monday. She met President Emmanuel Macron at the Elysee Palace.');
    const meeting = events.find((e) => e.type === 'meeting');
    expect(meeting?.who).toEqual(expect.arrayContaining(['Ana Lima:attendee', 'Emmanuel Macron:attendee']));
  });

  it('gives a coordinated verb phrase the subject of the first verb', () => {
    const { events } = parse('Government troops secured two bridges and are pushing back around Tessalit.');
    const clash = events.find((e) => e.type === 'clash');
    expect(clash?.who[0]).toMatch(/^government troops:agent$/i);
  });

  it('gives a gerund after "and" the subject of the gerund before it', () => {
    const { events } = parse('Crowds were dispersed on Tuesday, with police firing tear gas and arresting protesters across the city.');
    const arrest = events.find((e) => e.type === 'arrest');
    expect(arrest?.who).toEqual(expect.arrayContaining(['police:agent', 'protesters:patient']));
  });

  it('counts company named in an apposition ("accompanied by") among the participants', () => {
    const { events } = parse('President Ana Lima, accompanied by her husband Tomas Lima, began a three-day visit to Ghana on Monday.');
    expect(events[0]?.who).toEqual(expect.arrayContaining(['Ana Lima:attendee', 'Tomas Lima:attendee']));
  });
});

describe('unnamed groups as participants', () => {
  it('makes an unnamed group that acts a group actor of the article', () => {
    const { parsed } = parse('Security forces detained six students in the capital on Monday.');
    const groups = parsed.actors.filter((a) => a.kind === 'group').map((a) => a.name);
    expect(groups).toEqual(expect.arrayContaining(['security forces', 'students']));
  });

  it('joins a group named again in other words to the one named first', () => {
    const { parsed, events } = parse("Bahrain's police blocked the square on Monday. Security forces then detained six students.");
    const arrest = events.find((e) => e.type === 'arrest');
    expect(arrest?.who[0]).toBe("Bahrain's police:agent");
    expect(parsed.actors.map((a) => a.name)).not.toContain('security forces');
  });

  it('names no group for a happening that did not take place', () => {
    const { parsed } = parse('The prime minister said he will not send soldiers to the border.');
    expect(parsed.actors.map((a) => a.name)).not.toContain('soldiers');
  });
});
