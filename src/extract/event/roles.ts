import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import type { EventType, Participant, ParticipantRole } from '../../schema/event.js';
import { INTRANSITIVE_VERBS, LIGHT_VERBS, OCCASIONAL_GROUP_NOUNS, PARTICIPANT_GROUP_NOUNS } from '../../nlp/lexicon/event-triggers.js';
import { GROUP_NOUNS } from '../../nlp/lexicon/organizations.js';
import { own } from '../../nlp/lexicon/own.js';
import { lookupCity, lookupCountry, lookupDemonym } from '../../nlp/gazetteer.js';
import { ROLE_NOUNS } from '../../nlp/lexicon/titles.js';
import type { ActorIndex } from './actor-index.js';
import { isReducedParticiple, PEOPLE_PARTICIPLES, stationedAt, type TokenRange } from './clause.js';
import type { Frame } from './frame.js';

const GATHERING: ReadonlySet<EventType> = new Set(['meeting', 'visit', 'election']);
const CONFRONTATION: ReadonlySet<EventType> = new Set(['protest', 'clash']);
/** Light verbs by which someone asks for a happening rather than does it ("called for", "demanded", "sought"). */
const REQUESTING_VERBS: ReadonlySet<string> = new Set(['call for', 'demand', 'seek', 'urge', 'propose']);
/** Types whose possessor suffers the act ("the blogger's deportation", "her death"), not performs it. */
const UNDERGONE: ReadonlySet<EventType> = new Set(['casualty', 'arrest', 'movement']);
/**
 * Happening nouns of other types whose possessor undergoes them ("demanded Bazoum's immediate release", "his trial").
 * Id: `events/undergone-heads`.
 */
const UNDERGONE_HEADS = /^(?:release|rescue|trial|trials|conviction|acquittal|sentencing|execution|impeachment|ouster|removal|dismissal|sacking|pardon|exchange)$/;
const PRONOUN = /^(?:he|him|his|she|her|they|them|their|it|its|we|us|our|i|me|my)$/;
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my)$/;

/** The role of whoever does the act: an agent, or an attendee of a gathering (a host when hosting). */
export function agentRole(type: EventType, lemma: string | undefined): ParticipantRole {
  if (lemma === 'host') return 'host';
  return GATHERING.has(type) ? 'attendee' : 'agent';
}

/** The role of whoever the act is done to: a patient, an attendee of a gathering, a participant of a confrontation. */
export function patientRole(type: EventType): ParticipantRole {
  if (GATHERING.has(type)) return 'attendee';
  return CONFRONTATION.has(type) ? 'participant' : 'patient';
}

export interface RoleInput {
  sentence: TaggedSentence;
  frame: Frame;
  type: EventType;
  /** Verb lemma, for verb triggers. */
  lemma?: string;
  /** Tokens of the trigger, never a participant themselves. */
  trigger: TokenRange;
  index: ActorIndex;
}

/**
 * Participants of an event from its frame, not from word order: the active subject does the act (agent, or attendee
 * of a meeting), the passive subject undergoes it (patient), "by X" is the agent, the object is the patient, "with" /
 * "between" phrases name the other parties, "X's attack" has X as agent and "X's arrest" X as patient, and the
 * subject of a light verb ("held talks", "faced deportation") takes the role the light verb gives it. The subject
 * of a verb that cannot take an object ("died", "fled") undergoes or makes the motion. Pronouns are the actors
 * they stand for; unnamed groups ("police", "civilians") become group actors of the article.
 */
export function participantsOf(input: RoleInput): Participant[] {
  const { frame, type, lemma, sentence, index } = input;
  const out: Participant[] = [];
  const add = (range: TokenRange | null, role: ParticipantRole, countries = false, owners = true): void => {
    for (const id of actorsIn(input, beforeActiveRelative(sentence, range), countries, owners)) {
      if (out.some((p) => p.actorId === id)) continue;
      out.push({ actorId: id, role });
      // a state body's act is its state's: "Russia's Defence Ministry reported capturing" names Russia as the capturer
      const state = role === 'agent' ? index.stateOf(id) : undefined;
      if (state && !out.some((p) => p.actorId === state)) out.push({ actorId: state, role });
    }
  };
  const agent = agentRole(type, lemma);
  const patient = patientRole(type);
  if (frame.voice === 'nominal') {
    const light = frame.governor ? own(LIGHT_VERBS, frame.governor) : undefined;
    const undergone = UNDERGONE.has(type) || UNDERGONE_HEADS.test((sentence.tokens[input.trigger.last] as Token).lower);
    // "the United States called for a full withdrawal", "demanded the release of the hostages": who asks for a
    // happening does not do it, unless it is a meeting, a deal or a protest the asker would take part in ("the
    // opposition called for mass protests"; round 15)
    const requested = frame.governor !== undefined && REQUESTING_VERBS.has(frame.governor) && !GATHERING.has(type) && type !== 'agreement' && type !== 'protest';
    for (const part of frame.premodifier ? withoutCities(sentence, frame.premodifier, frame.possessive) : []) {
      if (!requested && subjectsOwn(input, part)) continue;
      add(part, frame.possessive && undergone ? patient : agent, frame.possessive);
    }
    // ("Salas was handed a five-year sentence": whoever a passive giving verb names receives the act)
    if (!requested) add(frame.subject, light === 'patient' || frame.governorPassive ? patient : agent, true);
  } else if (frame.voice === 'passive') {
    const by = frame.preps.find((p) => p.prep === 'by');
    if (by) add(by.range, agent, true);
    add(beforeParticiple(sentence, frame.subject), patient, true);
  } else {
    const undergoes = type === 'casualty' && lemma !== undefined && INTRANSITIVE_VERBS.has(lemma);
    // "the Skyvia jetliner crashed": whatever an accident befalls takes part in it, nobody does it
    add(withoutStation(sentence, frame.subject), undergoes ? patient : type === 'accident' ? 'participant' : agent, true);
    // a country visited or entered is where the act is, not a party to it
    // "dismissed his defence minister", "overturned his conviction": whose minister or conviction it is undergoes nothing
    add(beforeParticiple(sentence, frame.object), patient, !(type === 'visit' || type === 'movement'), false);
  }
  // "an Israeli airstrike", "Russian missiles struck": a force or a weapon named by its country's demonym is that
  // country's act, when the article has the country's government as an actor
  if (DEMONYM_ACTS.has(type) && !out.some((p) => p.role === 'agent')) {
    const side = frame.voice === 'nominal' ? frame.premodifier : frame.voice === 'active' ? frame.subject : null;
    const government = side ? demonymGovernment(input, side) : undefined;
    if (government && !out.some((p) => p.actorId === government)) out.push({ actorId: government, role: 'agent' });
  }
  for (const p of frame.preps) {
    if (p.prep === 'by') add(p.range, agent);
    else if (/^(?:with|between|among|alongside)$/.test(p.prep)) add(p.range, GATHERING.has(type) ? 'attendee' : 'participant');
    else if (p.prep === 'of' && frame.voice === 'nominal') add(p.range, GATHERING.has(type) ? 'attendee' : patient);
    else if (/^(?:on|against|upon)$/.test(p.prep) && (type === 'attack' || type === 'sanction' || type === 'legal')) add(p.range, 'patient');
    // "police fired tear gas at protesters", "threw stones at police": whom force is aimed at takes part in it
    else if (p.prep === 'at' && (type === 'attack' || type === 'clash') && !peoplePlural(sentence.tokens[p.range.first - 2] as Token)) add(p.range, patient);
    // ("forced 40,000 people from their homes": whose homes the movers left is their own, round 15)
    else if (/^(?:to|from|for)$/.test(p.prep) && !GATHERING.has(type)) add(p.range, 'participant', false, type !== 'movement');
    else if (/^(?:to)$/.test(p.prep)) add(p.range, 'attendee');
  }
  void sentence;
  return out;
}

/**
 * "Russia and Belarus launched their annual drills", "the rebels announced their withdrawal": a possessive pronoun
 * before a noun trigger that stands for the governing verb's subject names no other party; the subject's role is
 * theirs (it was the patient of an undergone type, and the subject's other conjunct was left the only agent).
 * Round 23, `events/subjects-own`.
 */
function subjectsOwn(input: RoleInput, part: TokenRange): boolean {
  const { frame, sentence } = input;
  if (!frame.subject || !/^(?:their|its|his|her)$/.test((sentence.tokens[part.first] as Token).lower)) return false;
  const own = actorsIn(input, part, true);
  const subject = new Set(actorsIn(input, frame.subject, true));
  return own.length > 0 && own.every((id) => subject.has(id));
}

/** Words of allegiance after a group noun ("loyal to", "linked to", "allied with"). Id: `events/loyal-to`. */
const ALLEGIANCE = /^(?:loyal|allied|affiliated|linked|aligned)$/;

/** Participles after a hyphen that make the name before them a ship's flag state ("Panama-flagged"). Id: `events/flag-state`. */
const FLAG_PARTICIPLES = /^(?:flagged|registered)$/;

/** The last token of a capitalised name at `k` joined by a hyphen to "flagged" or "registered", or -1. */
export function flagStateEnd(sentence: TaggedSentence, k: number, last: number): number {
  let end = k;
  while (end < last && /^\p{Lu}/u.test((sentence.tokens[end + 1] as Token).text) && !/[\s,;:]/.test((sentence.tokens[end] as Token).post.replace(/^ $/, ''))) end++;
  const tok = sentence.tokens[end] as Token;
  return /^\p{Lu}/u.test((sentence.tokens[k] as Token).text) && /-/.test(tok.post) && FLAG_PARTICIPLES.test(sentence.tokens[end + 1]?.lower ?? '') ? end : -1;
}

/** The name ending at or after token `k` is followed, inside the range, by a noun or adjective it modifies. */
export function modifiesNext(sentence: TaggedSentence, k: number, last: number): boolean {
  let end = k;
  while (end < last && /^\p{Lu}/u.test((sentence.tokens[end + 1] as Token).text) && !/[,;:]/.test((sentence.tokens[end] as Token).post)) end++;
  const next = sentence.tokens[end + 1];
  if (!next || end + 1 > last || /[,;:]/.test((sentence.tokens[end] as Token).post)) return false;
  return (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun') && !next.tags.has('ProperNoun');
}

/** Acts of force a country does by its weapons or forces ("an Israeli airstrike", "Russian missiles struck"). */
// round 18: and relief its aircraft or ships drop or bring ("Jordanian aircraft dropped food parcels")
const DEMONYM_ACTS: ReadonlySet<EventType> = new Set(['attack', 'clash', 'capture', 'casualty', 'aid']);
/** Weapons and forces whose demonym names who used them. */
const ARMED_HEADS = /^(?:air-?strikes?|strikes?|missiles?|rockets?|drones?|jets?|warplanes?|aircraft|planes|helicopters?|shells?|shelling|artillery|bombs?|bombing|bombers?|troops|forces|soldiers|army|navy|military|tanks?|warships?|submarines?|gunboats?|coastguard|guard|ships|vessels|cutters|patrol|patrols|attacks?|raids?|offensive|invasion|incursion|assault|bombardment|fire)$/;

/** The government whose demonym stands right before an armed head in `range` ("Israeli jets"), if the article has it. */
function demonymGovernment(input: RoleInput, range: TokenRange): string | undefined {
  const { sentence, index } = input;
  for (let k = range.first; k <= Math.min(range.last, input.trigger.last); k++) {
    const tok = sentence.tokens[k] as Token;
    if (!/^\p{Lu}/u.test(tok.text)) continue;
    const rest = sentence.tokens.slice(k + 1, Math.min(sentence.tokens.length, k + 3));
    if (!rest.some((t) => ARMED_HEADS.test(t.lower))) continue;
    const id = index.governmentForDemonym(sentence, k);
    if (id) return id;
  }
  return undefined;
}

/** Kin and other people named by their tie to somebody ("his brother", "her partner"). */
const KIN = /^(?:wife|husband|son|daughter|brother|sister|father|mother|partner|nephew|niece|cousin|uncle|aunt|family|children|relatives|supporters|followers|allies|aides?|guards?|bodyguards?|successor|predecessor|rival|citizens|nationals|staff|employees|diplomats|ambassadors?|envoys?|embassy|embassies)$/;

/** People a vehicle, a site or a body has ("its crew", "their passengers", "its workers"), who undergo a casualty. */
const PEOPLE_ON_BOARD = /^(?:crew|crews|members|passengers|workers|miners|pilots|occupants|residents|pupils|students|patients|guests|fans|villagers)$/;

/**
 * "dismissed his defence minister", "arrested her brother": a possessive pronoun before a role or a kin noun says
 * whose the person is, and the owner undergoes nothing ("rejected his plea" still has him as a party).
 */
function ownsPerson(sentence: TaggedSentence, k: number, last: number): boolean {
  for (let j = k + 1; j <= Math.min(last, k + 4); j++) {
    const t = sentence.tokens[j] as Token;
    if (ROLE_NOUNS.has(t.lower) || KIN.test(t.lower) || PEOPLE_ON_BOARD.test(t.lower)) return true;
    // "killing its five crew members": a count between the owner and the people
    if (!(t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value'))) return false;
  }
  return false;
}

/** "the opposition leader": a group noun that says which office a described person holds is no group of its own. */
function describedAhead(input: RoleInput, k: number, last: number): boolean {
  for (let j = k + 1; j <= Math.min(last, k + 3); j++) {
    const t = input.sentence.tokens[j] as Token;
    if (!t.tags.has('Noun') || t.tags.has('ProperNoun')) return false;
    if (input.index.describedAt(input.sentence, j)) return true;
  }
  return false;
}

/**
 * "Four hostages held by an al-Qaeda-linked group in northern Mali were released", "freed two aid workers abducted by
 * gunmen": a participle phrase inside the phrase names who held or took them, not who undergoes the act.
 */
function beforeParticiple(sentence: TaggedSentence, range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  for (let k = range.first + 1; k <= range.last; k++) {
    if (isReducedParticiple(sentence.tokens, k) && sentence.tokens[k + 1]?.lower === 'by') return { first: range.first, last: k - 1 };
    // "Two men suspected of attacking police officers were arrested": what the participle says befell them names
    // nobody who undergoes the clause's act
    if (PEOPLE_PARTICIPLES.test((sentence.tokens[k] as Token).lower) && isReducedParticiple(sentence.tokens, k)) return { first: range.first, last: k - 1 };
  }
  return range;
}

/**
 * "fired tear gas at protesters demanding the resignation of the prime minister", "shot at villagers protesting
 * against a mine owned by Halden Mining": a present participle right after a plural head opens a reduced relative
 * that says what the people do; whom it names ("the prime minister", "Halden Mining") takes no part in the clause's
 * act. Id: `events/active-relative-in-phrase` (round 23).
 */
function beforeActiveRelative(sentence: TaggedSentence, range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  for (let k = range.first + 1; k <= range.last; k++) if (opensActiveRelative(sentence.tokens, k)) return { first: range.first, last: k - 1 };
  return range;
}

/** Whether the token at `k` is a present participle right after a lower-case plural head ("protesters demanding"). */
function opensActiveRelative(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const head = tokens[k - 1];
  return head !== undefined && /^\p{Ll}+ing$/u.test(t.text) && t.tags.has('Verb') && head.tags.has('Plural') && /^\p{Ll}/u.test(head.text) && !/[,;:()"“”—–-]/.test(head.post);
}

/**
 * Whether the name at token `first` stands inside such a reduced relative: a present participle after a plural opens
 * the phrase before it, with no punctuation and no finite verb between (see `beforeActiveRelative`).
 */
export function insideActiveRelative(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (/[,;:()"“”—–]/.test(t.post)) return false;
    if (opensActiveRelative(tokens, k)) return true;
    // (a passive participle inside the relative reads on: "protesting against a mine owned by Halden Mining")
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !/ing$/.test(t.lower) && !isReducedParticiple(tokens, k)) return false;
  }
  return false;
}

/** "French troops based in Chad attacked": where the doer is based is no party to what it does. */
function withoutStation(sentence: TaggedSentence, range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  for (let k = range.first + 1; k <= range.last; k++) if (stationedAt(sentence.tokens, k)) return { first: range.first, last: k - 1 };
  return range;
}

/**
 * "the November 2015 Paris attacks", "the Madrid train bombings": a city (not a country) named before a happening noun
 * is where it happened, even where the names stage reads the capital as its government; the premodifier's other
 * words keep their parties ("the Lagos police raid").
 */
function withoutCities(sentence: TaggedSentence, premodifier: TokenRange, possessive: boolean): TokenRange[] {
  if (possessive) return [premodifier];
  const parts: TokenRange[] = [];
  let first = premodifier.first;
  for (let k = premodifier.first; k <= premodifier.last; k++) {
    const t = sentence.tokens[k] as Token;
    if (!(/^\p{Lu}/u.test(t.text) && lookupCity(t.text) !== undefined && lookupCountry(t.text) === undefined && lookupDemonym(t.text) === undefined)) continue;
    if (k > first) parts.push({ first, last: k - 1 });
    first = k + 1;
  }
  if (first <= premodifier.last) parts.push({ first, last: premodifier.last });
  return parts;
}

/**
 * Whether the owner a possessive pronoun at `k` names takes no part: whose vehicle or house it was in a mishap ("two
 * firefighters were hurt when their truck overturned"), the movers' own homes ("have fled their homes"), a kin's
 * owner ("her husband signed the deal"), a body's owner ("his party's agents were attacked"), and (round 17) a thing
 * named right before "and" ("The vessel and its 16 crew members were taken to the port": "its" is the vessel's, not
 * the state named before; `events/coordinated-owner`).
 */
function idleOwner(input: RoleInput, k: number, range: TokenRange, owners: boolean): boolean {
  const { sentence } = input;
  const next = sentence.tokens[k + 1];
  if (input.type === 'accident') return true;
  if (!owners && (ownsPerson(sentence, k, range.last) || input.type === 'movement')) return true;
  if (KIN.test(next?.lower ?? '') || /^\p{Ll}+['’]s?$/u.test(next?.text ?? '')) return true;
  const before = sentence.tokens[k - 2];
  return sentence.tokens[k - 1]?.lower === 'and' && before !== undefined && k - 2 >= range.first && /^\p{Ll}/u.test(before.text) && before.tags.has('Noun')
    && !input.index.actorAt(sentence, k - 2) && !ROLE_NOUNS.has(before.lower);
}

/**
 * A plural noun of people ("workers", "Nurses", "protesters", "residents"), not a name ("Workers' Party"); an at-phrase
 * after one says where they stood ("fired on miners at a Halvik mine": no target; `events/people-at`).
 */
function peoplePlural(t: Token): boolean {
  if (!/^\p{L}\p{Ll}+$/u.test(t.text) || /[,;:]/.test(t.post)) return false;
  return GROUP_NOUNS.has(t.lower) || PARTICIPANT_GROUP_NOUNS.has(t.lower) || OCCASIONAL_GROUP_NOUNS.has(t.lower);
}

/** The actors a token range names: actors' names, pronouns resolved, and unnamed groups made into actors. */
function actorsIn(input: RoleInput, range: TokenRange | null, countries: boolean, owners = true): string[] {
  if (!range) return [];
  const { sentence, index, trigger } = input;
  const ids: string[] = [];
  for (let k = range.first; k <= range.last; k++) {
    if (k >= trigger.first && k <= trigger.last) continue;
    const tok = sentence.tokens[k] as Token;
    // "Protesters loyal to the ousted president blocked highways", "militants linked to al-Qaeda attacked": whom a
    // group is loyal or linked to describes the group and takes no part (round 15, `events/loyal-to`)
    if (k > range.first && ALLEGIANCE.test(tok.lower) && /^(?:to|with)$/.test(sentence.tokens[k + 1]?.lower ?? '')) break;
    // "Workers at the Ford plant walked off the job", "fired on miners at a Halvik mine": where people work or stand
    // says who they are; the firm or the place named takes no part (round 24, `events/people-at`)
    if (k > range.first && tok.lower === 'at' && peoplePlural(sentence.tokens[k - 1] as Token)) break;
    // "The boat had left Zuwara ... It capsized in high waves": what "it" capsizes or crashes is a thing, no actor
    if (input.type === 'accident' && tok.lower === 'it') continue;
    if (POSSESSIVE_PRONOUN.test(tok.lower) && idleOwner(input, k, range, owners)) continue;
    // ("Zambian opposition leader X won": a demonym opening the title is no group either)
    if ((/^\p{Ll}/u.test(tok.text) || lookupDemonym(tok.text) !== undefined) && describedAhead(input, k, range.last)) continue;
    // "Penny Wong said her country would send aid": the person's country acts
    if (POSSESSIVE_PRONOUN.test(tok.lower) && k < range.last && /^(?:country|nation|government)$/.test(sentence.tokens[k + 1]?.lower ?? '')) {
      const government = index.governmentOfOwner(sentence, k);
      if (government) {
        if (!ids.includes(government)) ids.push(government);
        k++;
        continue;
      }
    }
    // "a Bangladesh-flagged bulk carrier", "a Marshall Islands-registered tanker": a ship's flag state takes no part in
    // what befalls the ship (round 15, `events/flag-state`)
    const flagged = flagStateEnd(sentence, k, range.last);
    if (flagged >= 0) {
      k = flagged;
      continue;
    }
    // "the two leaders held talks": the two people named just before
    const pair = index.actorAt(sentence, k) ? undefined : index.pairAt(sentence, k);
    if (pair) {
      for (const id of pair) if (!ids.includes(id)) ids.push(id);
      continue;
    }
    // "Thai and Cambodian soldiers": the first demonym's group acts too
    const paired = index.pairedGroupAt(sentence, k);
    if (paired && !ids.includes(paired)) ids.push(paired);
    const named = index.actorAt(sentence, k);
    // "French presidential envoy Marie Duval": a government named before a noun only says whose the envoy is
    if (named && index.actor(named)?.kind === 'government' && modifiesNext(sentence, k, range.last)) continue;
    const id = named
      ?? (countries ? index.countryAt(sentence, k) : undefined)
      ?? (PRONOUN.test(tok.lower) ? index.resolvePronoun(sentence, k) : undefined)
      ?? index.describedAt(sentence, k)
      ?? index.bodyAt(sentence, k)
      ?? index.groupAt(sentence, k, input.type);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
