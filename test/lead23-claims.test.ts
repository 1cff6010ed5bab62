import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Claim classes found by the lead reading invented reports in rounds 22 and 23. Every sentence here is invented and
 * differs from the probe sentences the classes were found with.
 */

function claimsOf(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => ({ speaker: c.claimantId ? name.get(c.claimantId) ?? '' : '', cue: c.cue, content: c.content }));
}

describe('the object of a verb or preposition before ", who said" / ", which said" speaks (speaker/object-before-relative)', () => {
  it.each([
    ['The pipeline route drew objections from coastal villagers, who say the spill risk is too high.', 'the spill risk', 'coastal villagers'],
    ['The curfew frustrated shop owners, who said their takings had halved.', 'their takings', 'shop owners'],
    ['The merger was opposed by the pilots\' union, which said it would cost jobs.', 'it would cost', 'pilots\' union'],
    ['Inspectors interviewed the stranded passengers, who complained that no food had been handed out.', 'no food', 'stranded passengers'],
    ['The fee cut was welcomed by the relatives of the miners, who said it came too late.', 'it came too late', 'relatives of the miners'],
  ])('%s', (body, content, speaker) => {
    expect(claimsOf(body).find((c) => c.content.startsWith(content))?.speaker).toContain(speaker);
  });

  it('guard (passes before the change too): a place after "in" is no antecedent and never speaks', () => {
    const claims = claimsOf('The envoy toured shelters in Harlow, which said nothing.');
    expect(claims.map((c) => c.speaker)).not.toContain('Harlow');
  });

  it('guard (passes before the change too): a named antecedent still speaks', () => {
    expect(claimsOf('The levy was criticised by Anneke Vos, who said it punished renters.').find((c) => c.content.startsWith('it punished'))?.speaker).toBe('Anneke Vos');
  });
});

describe('a body\'s common noun before a document noun names the document\'s author (speaker/body-modifier-document)', () => {
  it.each([
    ['Velder Air grounded two of its jets on Friday. An airline statement said the checks were routine.', 'the checks', 'Velder Air'],
    ['The Korvan Health Ministry reported 40 new cases. A ministry statement said most patients were children.', 'most patients', 'Korvan Health Ministry'],
    ['Lindqvist Holdings cut its forecast. A company statement said demand had weakened in Asia.', 'demand had weakened', 'Lindqvist Holdings'],
  ])('%s', (body, content, speaker) => {
    expect(claimsOf(body).find((c) => c.content.startsWith(content))?.speaker).toBe(speaker);
  });

  it('with no body of that kind named, the common noun itself speaks, not "<noun> statement"', () => {
    const speaker = claimsOf('Two men were detained near the border. A police statement said both were armed.').find((c) => c.content.startsWith('both were'))?.speaker;
    expect(speaker).toBe('police');
  });
});

describe('"its" spokesperson or officer after "and"/"but" speaks for the body named earlier in the sentence (speaker/its-body-in-sentence)', () => {
  it.each([
    ['The Brenna Water Board raised its tariffs on Tuesday, but its spokeswoman said poorer homes would be shielded.', 'poorer homes', 'Brenna Water Board'],
    ['Ostrava Rail scrapped the night service, and its chairman said the line lost money every month.', 'the line lost', 'Ostrava Rail'],
  ])('%s', (body, content, speaker) => {
    expect(claimsOf(body).find((c) => c.content.startsWith(content))?.speaker).toBe(speaker);
  });
});

describe('after "though", "although", "while" or "whereas" a bare spokesperson opens its clause (speaker/after-concessive)', () => {
  it.each([
    ['The Halvik Port Authority lifted the ban, though a spokesman said inspections would go on.', 'inspections would', 'Halvik Port Authority'],
    ['Kelso Airways restored most flights, although a spokeswoman said two routes stayed closed.', 'two routes', 'Kelso Airways'],
  ])('%s', (body, content, speaker) => {
    expect(claimsOf(body).find((c) => c.content.startsWith(content))?.speaker).toBe(speaker);
  });
});

describe('"its" and an officer\'s title of two words speaks for the body named before (speaker/two-word-officer-of-its)', () => {
  it.each([
    ['Brantley Foods closed its largest bakery. Its chief executive said sales had slumped.', 'sales had slumped', 'Brantley Foods'],
    ['The Orvane Port Authority shut two terminals. Its director general said repairs would take weeks.', 'repairs would', 'Orvane Port Authority'],
  ])('%s', (body, content, speaker) => {
    expect(claimsOf(body).find((c) => c.content.startsWith(content))?.speaker).toBe(speaker);
  });
});
