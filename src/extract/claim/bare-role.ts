/**
 * "The minister said last week that the government had no plans to ...", "The envoy called on both sides to return
 * to talks": a bare definite title opening its clause, in an article that gives nobody that title, is an unnamed
 * holder of the role, as "An official said" is; the reader cannot name the person but knows who spoke. When anybody
 * holds the title ("Finance Minister Joseph Karanja"), or two could be meant, the entity stage's resolver decides and
 * this reader stays out (round 14's "Former President A met Vice President B. The president said" stays nobody's).
 * Spokespersons are left to the readers that make them speak for a body. Id: `speaker/bare-role` (round 23).
 */
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { TITLE_ANAPHOR_NOUNS } from '../../nlp/lexicon/titles.js';
import { makeSpeaker } from './subject-speaker.js';
import type { Resolver } from './speaker-resolver.js';

/**
 * People a report names by their part in the story rather than a title ("The owner said the vessel had passed its
 * inspection", "the shipowner said", "The driver told police", "The captain said"): with nobody in the article holding
 * the word, the unnamed person speaks, as a bare title's holder does (they claimed nothing before: the lead's
 * round-24 leftover "The owner said"). Source: the unnamed participants of accident, court and business reports.
 * Id: `speaker/bare-person-role` (round 25).
 */
const BARE_PERSON_ROLES: ReadonlySet<string> = new Set([
  'owner', 'shipowner', 'co-owner', 'proprietor', 'landlord', 'landlady', 'tenant', 'captain', 'skipper', 'pilot',
  'driver', 'coroner', 'pathologist', 'organiser', 'organizer', 'founder', 'headteacher', 'principal', 'shopkeeper',
  'farmer', 'surgeon', 'nurse', 'midwife', 'paramedic', 'victim', 'survivor', 'patient', 'defendant', 'plaintiff',
  'claimant', 'complainant', 'accused', 'suspect', 'homeowner', 'passenger', 'motorist', 'cyclist',
]);

/** Titles that name a spokesperson, whose bare form speaks for the body named last instead. */
const SPOKESPERSON_TITLES = /^spokes(?:man|woman|person)$/;

/** Whether some actor of the article, found or made, carries the title word among its titles or in its name. */
function titleHeld(resolver: Resolver, word: string): boolean {
  for (const actor of [...resolver.actorList, ...resolver.book.created]) {
    if (actor.titles.some((t) => t.toLowerCase().split(/[\s-]+/).includes(word))) return true;
    if (actor.name.toLowerCase().split(/[\s-]+/).includes(word)) return true;
  }
  return false;
}

/** The unnamed holder of a bare title at token `k` ("the minister"), made a speaker; undefined when this is no such title. */
export function bareRoleSpeaker(sentence: TaggedSentence, k: number, resolver: Resolver): string | undefined {
  const { tokens } = sentence;
  const t = tokens[k] as Token;
  const the = tokens[k - 1];
  // (lower case only: "The President said" written with its capital means one known holder, not an unnamed one)
  if (!(TITLE_ANAPHOR_NOUNS.has(t.lower) || BARE_PERSON_ROLES.has(t.lower)) || !/^\p{Ll}/u.test(t.text) || SPOKESPERSON_TITLES.test(t.lower) || the?.lower !== 'the' || !/^\s+$/.test(the.post)) return undefined;
  // opening the sentence or its clause after a quote or a comma, never inside a phrase ("a deal with the minister")
  const opener = k - 1 === 0 || /[,;:"“”]\s*$/.test(tokens[k - 2]?.post ?? '');
  if (!opener || titleHeld(resolver, t.lower)) return undefined;
  return makeSpeaker(resolver.book, t.lower, 'person', { start: t.start, end: t.end, text: t.text }).id;
}
