import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Modality of a happening in future, conditional, negated, cancelled and reported contexts, on invented sentences:
 * [sentence, trigger word, modality].
 */
const CASES: Array<[string, string, string]> = [
  ['Police arrested three men in Durra on Tuesday.', 'arrested', 'asserted'],
  ['The army said it had not shelled the village of Brana.', 'shelled', 'negated'],
  ['Rebels have not attacked the town since March.', 'attacked', 'negated'],
  ['The rebels failed to capture the airport.', 'capture', 'negated'],
  ['The minister refused to meet the protesters.', 'meet', 'negated'],
  ['The minister cancelled his visit to Ostrava.', 'visit', 'negated'],
  ['The planned strike by dock workers was called off.', 'strike', 'negated'],
  ['The government scrapped the referendum planned for May.', 'referendum', 'negated'],
  ['The summit was postponed until next year.', 'summit', 'planned'],
  ['The presidents postponed their meeting until the autumn.', 'meeting', 'planned'],
  ['The two presidents will meet in Tarvo next month.', 'meet', 'planned'],
  ['The government plans to hold a referendum in the autumn.', 'referendum', 'planned'],
  ['Troops may withdraw from the region by the end of the year.', 'withdraw', 'hypothetical'],
  ['The union threatened to strike if wages are not raised.', 'strike', 'hypothetical'],
  ['Witnesses said soldiers fired into the crowd.', 'fired', 'claimed'],
  ['Rebels reportedly seized two villages near the border.', 'seized', 'claimed'],
  ['According to local media, at least nine people died in the floods.', 'died', 'claimed'],
  ['The interior minister denied that police had detained any journalists.', 'detained', 'denied'],
  ['The ministry rejected reports that troops had shelled the market.', 'shelled', 'denied'],
];

describe('modality in future, conditional, negated, cancelled and reported contexts', () => {
  it.each(CASES)('%s (%s: %s)', (sentence, word, modality) => {
    const events = parseArticle(sentence, { publishedAt: '2025-06-10' }).events;
    expect(events.map((e) => [e.trigger.text.toLowerCase(), e.modality])).toContainEqual([word, modality]);
  });

  it('keeps a happening presupposed by a definite noun asserted inside a rejection', () => {
    const events = parseArticle('The minister rejected the idea that the rescue of the crew was staged.', { publishedAt: '2025-06-10' }).events;
    expect(events.find((e) => e.trigger.text === 'rescue')?.modality).not.toBe('denied');
  });
});

describe('participants: who tells of a happening takes no part in it', () => {
  it('leaves the witnesses out of the shooting they describe', () => {
    const parsed = parseArticle('Witnesses said soldiers fired into the crowd on Friday.', { publishedAt: '2025-06-10' });
    const names = parsed.events[0]?.participants.map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name);
    expect(names).toContain('soldiers');
    expect(names).not.toContain('Witnesses');
  });

  it('reads a meeting of two office-holders named by a number and a plural title', () => {
    expect(parseArticle('The two presidents met in Tarvo on Monday.', { publishedAt: '2025-06-10' }).events.map((e) => e.type)).toContain('meeting');
  });
});

describe('modality: a happening ahead of which something is done is still to come', () => {
  it.each([
    ['Security has been tightened in Orla ahead of the summit.', 'summit', 'planned'],
    ['Police detained four activists in Orla ahead of the referendum.', 'referendum', 'planned'],
    ['Police detained four activists in the run-up to the referendum.', 'referendum', 'planned'],
    ['The mayor told reporters at a rally in Corvale that he would resign.', 'rally', 'asserted'],
  ])('%s (%s: %s)', (sentence, word, modality) => {
    const events = parseArticle(sentence, { publishedAt: '2025-06-10' }).events;
    expect(events.map((e) => [e.trigger.text.toLowerCase(), e.modality])).toContainEqual([word, modality]);
  });
});
