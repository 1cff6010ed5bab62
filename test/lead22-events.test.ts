import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Event classes found by the lead reading invented reports in round 22 (a hostage mediation, a council vote, a
 * refinery strike). Every sentence here is invented and differs from the probe sentences the classes were found with.
 */

function parse(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  const name = new Map(r.actors.map((a) => [a.id, a.name.toLowerCase()]));
  return r.events.map((e) => ({
    type: e.type, trigger: e.trigger.text, modality: e.modality,
    roles: e.participants.map((p) => `${p.role}:${name.get(p.actorId) ?? p.actorId}`),
  }));
}

describe('a participle of what befalls people, right before a place or time phrase, says what befell the noun before it', () => {
  it.each([
    ['Medics treated nine protesters injured during the clashes.', 'injured', 'protesters'],
    ['The charity named six villagers killed near the dam.', 'killed', 'villagers'],
    ['Lawyers for four activists detained at the airport demanded access to them.', 'detained', 'activists'],
  ])('%s', (body, trigger, group) => {
    const event = parse(body).find((e) => e.trigger === trigger);
    expect(event?.roles).toContain(`patient:${group}`);
    expect(event?.roles).not.toContain(`agent:${group}`);
  });

  it('guard (passes before the change too): "killed at least" opens a quantity of the object, the subject acts', () => {
    const event = parse('Militants killed at least 14 soldiers in the raid.').find((e) => e.trigger === 'killed');
    expect(event?.roles).toContain('agent:militants');
  });
});

describe('an if-clause conditions the nearest modal before it, not a happening of an earlier clause', () => {
  it.each([
    ['Deputy Mayor Oren Falk, who visited the flooded district on Monday, said rates would rise if the levee failed.', 'visited'],
    ['The envoy met the rebel commanders and said a truce could hold unless the army advanced.', 'met'],
  ])('%s', (body, trigger) => {
    expect(parse(body).find((e) => e.trigger === trigger)?.modality).toBe('asserted');
  });

  it.each([
    ['guard (passes before the change too): a future with its own condition', 'The army will attack if the convoy crosses the line.', 'attack'],
    ['guard (passes before the change too): a hedge after a comma conditions the act before it', 'The rebels shelled the port, if the reports are true.', 'shelled'],
  ])('%s', (_label, body, trigger) => {
    expect(parse(body).find((e) => e.trigger === trigger)?.modality).toBe('hypothetical');
  });
});

describe('a signature under a letter, a petition or a keepsake makes no agreement', () => {
  it.each([
    'Forty professors signed an open letter calling for the dean to step down.',
    'Nearly 9,000 parents signed a petition against the school closures.',
  ])('%s', (body) => {
    expect(parse(body).map((e) => e.type)).not.toContain('agreement');
  });

  it('guard (passes before the change too): two governments signing an accord agree', () => {
    expect(parse('Velmaria and Ostrania signed a border accord in Vienna on Monday.').map((e) => e.type)).toContain('agreement');
  });
});

describe('a measure or a decision welcomed by a party is approved in words, no meeting', () => {
  it.each([
    'The new tariff was welcomed by farmers and truckers on Tuesday.',
    'The acquittal verdict was welcomed by the defendant\'s supporters.',
  ])('%s', (body) => {
    expect(parse(body).map((e) => e.type)).not.toContain('meeting');
  });

  it('guard (passes before the change too): visitors welcomed by a host meet', () => {
    expect(parse('The trade delegation was welcomed by the governor at the port.').map((e) => e.type)).toContain('meeting');
  });
});
