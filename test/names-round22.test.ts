import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 22 (names, helper "names23"): classes from the e-mail errors of uner-ewt-dev (written again here with
 * invented names and wording), invented military, church, technology, arts, university, law and Asian and Iberian
 * naming reports, and the leftovers of round 21. Every name here is invented.
 */
function parse(text: string, headline = 'Report') {
  return parseArticle(`${headline}\n\n${text}`, { publishedAt: '2024-05-16' });
}
const actor = (text: string, name: string) => parse(text).actors.find((a) => a.name === name || a.aliases.includes(name));
const actorNames = (text: string) => parse(text).actors.map((a) => a.name);
const mentionTexts = (text: string) => parse(text).actors.flatMap((a) => a.mentions.map((m) => m.text));

describe('a name never runs over the break after a short line (salutations, signatures, lists one a line)', () => {
  it('a signature and the next salutation are two persons, not "Tomasz Marguerite"', () => {
    const text = 'Thanks,\nTomasz\nMarguerite,\nThe revised lease is attached for your review.';
    const names = mentionTexts(text);
    expect(names).toContain('Tomasz');
    expect(names).toContain('Marguerite');
    expect(names.some((n) => n.includes('\n'))).toBe(false);
  });
  it('a sign-off and a salutation ending in a comma are two persons, not "Kofi Adaeze"', () => {
    const names = mentionTexts('Yours,\nKofi\nAdaeze,\nThe shipment left the port on Monday.');
    expect(names).toContain('Kofi');
    expect(names).toContain('Adaeze');
  });
  it('names listed one a line are one person a line ("Bernardo\\nFrancesca\\nGiulia")', () => {
    const names = mentionTexts('Lunch is at noon.\nBernardo\nFrancesca\nGiulia\nwill meet us at the station.');
    expect(names).toEqual(expect.arrayContaining(['Bernardo', 'Francesca', 'Giulia']));
  });
  it('no place runs over the break either ("Rafaela\\nIgnatius" was one place)', () => {
    const r = parse('Best,\nRafaela\nIgnatius,\nCan you send the invoice again?');
    expect([...r.actors, ...r.places].flatMap((x) => x.mentions.map((m) => m.text)).some((n) => n.includes('\n'))).toBe(false);
  });
});
