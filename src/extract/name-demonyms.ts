import { lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { HISTORICAL_DEMONYMS } from '../nlp/lexicon/name-cues.js';
import { NAME_TITLES } from '../nlp/lexicon/titles.js';
import type { ProposedName } from './names.js';

/*
 * A nationality adjective of several words before a lower-case noun describes the noun: "three South Sudanese
 * officials", "North Korean soldiers", "a Sri Lankan navy patrol". The tagger and the rule layer propose such runs
 * as organisations (one-word demonyms they leave alone); the entity stage reads the phrase as the country's group.
 * Id: `names/multiword-demonym-modifiers`.
 */

/**
 * Adjectives of a world region written capitalised before a noun ("the Nordic markets", "Scandinavian carriers",
 * "Asian shares"): the region's, no name of a body or place. Source: English names of world regions; id
 * `names/regional-adjectives` (round 16 lead).
 */
// (no region that also names a sea or a place alone: "the Baltic", "the Pacific", "the Caribbean", "the Arctic")
const REGION_ADJECTIVES: ReadonlySet<string> = new Set(['Nordic', 'Scandinavian', 'Asian', 'European', 'African', 'Balkan', 'Latin', 'Andean', 'Sahelian']);

/**
 * Adjectives of peoples that are no state's demonym, written after a state's demonym or name in compound nationalities
 * ("Bosnian Serb forces", "Iraqi Kurdish fighters", "Kosovo Serb leaders", "Sri Lankan Tamil refugees"). Source: the
 * communities of `COMMUNITY_NOUNS` (src/nlp/lexicon/event-triggers.ts) in the singular and the peoples of the former
 * Yugoslavia named in 1990s wire copy; id `names/people-adjectives` (round 17).
 */
const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(['Serb', 'Croat', 'Kurdish', 'Kurd', 'Tamil', 'Pashtun', 'Hutu', 'Tutsi', 'Uighur', 'Uyghur', 'Druze', 'Shiite', 'Sunni', 'Shia', 'Alawite', 'Baloch', 'Berber', 'Kosovar', 'Rohingya', 'Copt', 'Coptic', 'Maronite']);

/**
 * "Bosnian Serb forces", "Greek Cypriot police", "Kosovo Albanian protesters": two words, each a state's demonym or
 * name or a people's adjective, the last a demonym or people's adjective, right before a lower-case word: a compound
 * nationality, no name (the tagger typed "Bosnian Serb" an organisation; round 17).
 */
function compoundNationality(name: string, after: string): boolean {
  const words = name.split(/\s+/);
  if (words.length !== 2 || !/^[ \t]+\p{Ll}/u.test(after)) return false;
  const people = (w: string) => PEOPLE_ADJECTIVES.has(w) || (lookupDemonym(w) !== undefined && !/s$/.test(w));
  return words.every((w) => people(w) || lookupCountry(w) !== undefined) && people(words[1] as string);
}

/**
 * Whether the span is a demonym of two or more words right before a lower-case word, or one naming people of the
 * nation ("two South Koreans", "three New Zealanders", "a Sri Lankan"): a nationality, as one-word demonyms are, no
 * name (the tagger typed "South Koreans" an organisation, and "the airline said" then resolved to it).
 */
export function demonymModifier(text: string, span: { start: number; end: number }): boolean {
  const name = text.slice(span.start, span.end);
  if (compoundNationality(name, text.slice(span.end, span.end + 3))) return true;
  if (REGION_ADJECTIVES.has(name)) return /^[ \t]+(?!(?:on|in|at|by|and|or|to|for|from|with|of|as|this|that|last|next)\b)\p{Ll}/u.test(text.slice(span.end, span.end + 12));
  // ("the last Soviet soldiers": a demonym of a state dissolved since 1989, one word or two, round 14)
  if (HISTORICAL_DEMONYMS.has(name)) return /^[ \t]+\p{Ll}/u.test(text.slice(span.end, span.end + 3));
  if (!/\s/.test(name) || lookupDemonym(name) === undefined || lookupCountry(name) !== undefined) return false;
  const people = /s$/.test(name) || /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/i.test(text.slice(Math.max(0, span.start - 8), span.start));
  return people || /^[ \t]+\p{Ll}/u.test(text.slice(span.end, span.end + 3)) || titleAfter(text, span.end);
}

/** The first words of titles ("president", "defense", "foreign"), lower case. */
const TITLE_OPENERS: ReadonlySet<string> = new Set(NAME_TITLES.map((t) => (t.toLowerCase().split(/\s+/)[0] as string).replace(/\.$/, '')));

/**
 * Whether a title opens right after `end` ("South Korean President Yoon Suk Yeol's office said", "a South African
 * Deputy Minister"): the demonym before it says whose title it is (round 14: the tagger typed it an organisation).
 */
function titleAfter(text: string, end: number): boolean {
  const next = /^[ \t]+(\p{Lu}[\p{L}.]*)/u.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && TITLE_OPENERS.has(next.toLowerCase().replace(/\.$/, ''));
}

/** Drops the proposals that are such modifiers, in place. */
export function dropDemonymModifiers(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) if (demonymModifier(text, proposals[k] as ProposedName)) proposals.splice(k, 1);
}

/**
 * "a Marxist party", "The Islamist party PAS", "A Maoist group claimed": a capitalised adjective of a doctrine (one
 * word in -ist) right before a lower-case noun modifies it and names nobody (compromise tags such words
 * `Organization` and the rule layer kept them as bodies). Round 13 (issue 12).
 */
export function doctrineModifier(text: string, span: { start: number; end: number }): boolean {
  return /^\p{Lu}\p{Ll}{2,}ist$/u.test(text.slice(span.start, span.end)) && /^[ \t]+\p{Ll}/u.test(text.slice(span.end, span.end + 3));
}
