import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented sanctions, coup, mutiny, expulsion, piracy, peacekeeping, epidemic and
 * mass-casualty reports (round 17, helper events19). Every sentence here is invented.
 */

/** The types of the events whose trigger is `word` in an invented report published on Thursday 4 July 2024. */
function typesOf(text: string, word: string): string[] {
  const parsed = parseArticle(text, { publishedAt: '2024-07-04' });
  return parsed.events.filter((e) => e.trigger.text.toLowerCase() === word).map((e) => e.type);
}

describe('holdings frozen, asset freezes and sanction bans are sanctions', () => {
  it.each([
    ['The European Union froze the assets of 25 Belarusian officials on Monday.', 'froze'],
    ['Britain froze the bank accounts of three Russian businessmen on Tuesday.', 'froze'],
    ['The US Treasury froze $50 million in assets belonging to the cartel.', 'froze'],
    ['The reserves of the central bank were frozen on Friday.', 'frozen'],
    ['Washington announced an asset freeze against the militia\'s leaders on Wednesday.', 'freeze'],
    ['Britain imposed travel bans on three oligarchs on Tuesday.', 'bans'],
    ['The bloc imposed an import ban on Russian steel last month.', 'ban'],
    ['Canada banned the general from entering the country on Monday.', 'banned'],
    ['The EU barred 20 officials from travelling to the bloc on Tuesday.', 'barred'],
    ['Pakistan banned Indian airlines from its airspace on Monday.', 'banned'],
    ['Washington blacklisted five Chinese firms on Thursday.', 'blacklisted'],
  ])('%s', (text, word) => {
    expect(typesOf(text, word)).toEqual(['sanction']);
  });
  it.each([
    ['The lake froze on Monday.', 'froze'],
    ['The company froze hiring after a poor quarter.', 'froze'],
    ['The union called for a wage freeze to end.', 'freeze'],
    ['The city council voted for a ban on smoking in parks.', 'ban'],
    ['The sides discussed territory, frozen assets and prisoners.', 'frozen'],
  ])('guard (passes before the change too): none: %s', (text, word) => {
    expect(typesOf(text, word)).toEqual([]);
  });
  it('the act an entry ban keeps from happening is no happening of its own', () => {
    expect(typesOf('Canada banned the general from entering the country on Monday.', 'entering')).toEqual([]);
  });
  it('guard (passes before the change too): a court barring somebody still rules', () => {
    expect(typesOf('The court barred him from entering the country for five years.', 'barred')).toEqual(['legal']);
  });
});

describe('ground regained or wrested is a capture; control of a body is none', () => {
  it.each([
    ['Loyal troops had regained control of the camp by evening.', 'regained'],
    ['The army regained the town of Bunia on Thursday.', 'regained'],
    ['Rebels wrested control of the airport from the army on Friday.', 'wrested'],
  ])('%s', (text, word) => {
    expect(typesOf(text, word)).toEqual(['capture']);
  });
  it.each([
    ['She regained consciousness in hospital on Monday.', 'regained'],
    ['The party regained control of the Senate in November.', 'regained'],
    ['Democrats took control of the House in January.', 'took'],
  ])('guard (passes before the change too): none: %s', (text, word) => {
    expect(typesOf(text, word)).toEqual([]);
  });
  it('guard (passes before the change too): rebels seizing control of a town capture it', () => {
    expect(typesOf('Rebels seized control of the town on Monday.', 'seized')).toEqual(['capture']);
  });
});
