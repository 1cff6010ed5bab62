import { dayOfTime } from './time/calendar.js';
import type { Actor } from '../schema/actor.js';
import type { EventType, Modality, NewsEvent, Participant } from '../schema/event.js';
import type { Span } from '../schema/span.js';
import type { Time } from '../schema/time.js';
import { CAMEO_BY_TRIGGER, CAMEO_ROOT, EVENT_VERBS } from '../nlp/lexicon/event-triggers.js';
import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { own } from '../nlp/lexicon/own.js';
import { CAUSING_VERBS, DATED_DOCUMENTS, ORDERED_BEFORE, STARTED_BY_ORDER } from '../nlp/lexicon/event-cues.js';
import { MONTH_ABBREVIATIONS, MONTHS } from './time/lexicon.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { recordId } from '../ids.js';
import { pushTo } from '../multimap.js';
import { firstAtOrAfter, groupBySentence, within } from './spans-index.js';
import type { ClaimDraft } from './claims.js';
import type { EntityMention } from './entities.js';
import { ActorIndex } from './event/actor-index.js';
import { eventReadableSentence } from './event/retag.js';
import { isFiniteVerb, isReducedParticiple, occurrenceRelativeEnd, opensClause, PEOPLE_PARTICIPLES, restrictiveRelative, type TokenRange } from './event/clause.js';
import { dateOf, offsetSpan, outside, shiftDate } from './event/date.js';
import { headsOwnClause, isPreposition, tellingIng, verbGroupStart } from './event/frame.js';
import { earlierMention, FACTUAL, referredEvent, sameStoryAs, stepToCome } from './event/happenings.js';
import { modalityOf, outcomeBefore } from './event/modality.js';
import { articlePlaces, placeDecision, type ArticlePlaces, type PlaceSource } from './event/place.js';
import { habitAdverb, nounPhrase, readSentenceWithBackground, type Reading } from './event/readings.js';
import { flagStateEnd, insideActiveRelative, modifiesNext, participantsOf } from './event/roles.js';
import { salienceOf, titleTypes } from './event/salience.js';
import { nounTypeOf, verbLemma, type Trigger } from './event/triggers.js';

export interface EventOptions {
  referenceDate: string | null;
  idPrefix: string;
}

/** Events of an article, and the unnamed groups ("police", "civilians") the stage named as their participants. */
export interface EventResult {
  events: NewsEvent[];
  /** Group actors made for participants no earlier stage named; add them to the article's actors. */
  groups: Actor[];
  /** The events each claim is about (events whose trigger lies in the claim's content), by claim id. */
  claimEvents: ReadonlyMap<string, readonly string[]>;
}

/**
 * Verbs that call a happening off or put it back, before its noun ("cancelled his visit") or after it ("was postponed");
 * round 15 adds the verbs of stopping one in time ("said the attack had been foiled", "thwarted a bombing").
 */
const CANCEL_VERB = String.raw`(?:cancell?(?:ed|ing|s)?|called off|calls? off|calling off|scrap(?:ped|ping|s)?|abandon(?:ed|ing|s)?|shelved|axed|scuttled|ruled out|rules? out|ruling out|foil(?:ed|ing|s)?|thwart(?:ed|ing|s)?|avert(?:ed|ing|s)?)`;
const POSTPONE_VERB = String.raw`(?:postpon(?:ed|es|e|ing)|delay(?:ed|ing|s)?|put off|puts off|putting off|reschedul(?:ed|es|e|ing)|pushed back|deferred)`;
const CANCELLED_BEFORE = new RegExp(String.raw`\b${CANCEL_VERB}\s+(?:\S+\s+){0,3}$`, 'i');
const POSTPONED_BEFORE = new RegExp(String.raw`\b${POSTPONE_VERB}\s+(?:\S+\s+){0,3}$`, 'i');
const CANCELLED_AFTER = new RegExp(String.raw`^[^,;:]{0,60}?\b(?:was|were|has been|have been|had been|is being|are being|will be)\s+${CANCEL_VERB}\b`, 'i');
const POSTPONED_AFTER = new RegExp(String.raw`^[^,;:]{0,60}?\b(?:was|were|has been|have been|had been|is being|are being|will be)\s+${POSTPONE_VERB}\b`, 'i');
/**
 * Verbs that permit a happening named by their object noun ("approved the extradition of", "authorised the deportation
 * of", "allowed the release of"): the permitted act is still to be done ("an authorised sit-in" is a participle
 * describing one held). Id: `events/permitted-act`.
 */
const PERMITTED_BEFORE = /(?<!\b(?:a|an|the|its|their|his|her)\s+)\b(?:approv(?:ed|es|e|ing)|authori[sz](?:ed|es|e|ing)|allow(?:ed|s|ing)?|permit(?:ted|s|ting)?|green-?light(?:ed|s|ing)?|greenlit|clear(?:ed|s|ing)? the way for|sign(?:ed|s|ing)? off on|g[ai]ve (?:the )?(?:go-ahead|green light) (?:for|to))\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Predicates of a copula that tell a happening to come or going on, not a judgement ("is expected", "are under way"). */
const AWAITED_PREDICATE = /^(?:expected|scheduled|planned|due|set|likely|unlikely|about|under|underway|ongoing|continuing|over|still|imminent|possible|set|going|being|to)$/;
/** Roles a joint happening keeps from the one it is shared with. */
const GATHERING_ROLE: ReadonlySet<string> = new Set(['attendee', 'host', 'participant']);
const WEAPON_SUBJECT = /\b(?:missiles?|shells?|rockets?|bombs?|drones?|rounds|mortars?|grenades?)\b(?:\s+\S+){0,3}\s*$/i;
const COORDINATOR = /^(?:and|or)$/;
const AUXILIARY = /^(?:was|were|is|are|been|be|being|had|has|have|then|later|also|subsequently)$/;
/** Words before a noun that make it a new happening of a kind already told ("more such attacks", "another raid"). */
const ANOTHER = /\b(?:more|further|another|new|fresh|other|renewed|subsequent|second|third|next|previous|upcoming|similar|parallel|matching|its own|their own)\s+(?:\S+\s+){0,2}$/i;
/**
 * An ordinal after a possessive counts the happening just told in its series ("the West African country's third coup in
 * five years", "its second deadly attack this month"): the same happening, not another.
 */
const SERIES_ORDINAL = /(?:['’]s|\bits|\btheir)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:\S+\s+){0,2}$/i;
/**
 * Verbs that tell a happening began: "clashes broke out", "fighting erupted", "violence flared"; or how it went or ended
 * (round 18, `events/course-told`): "the talks collapsed over borders", "the summit ended with a declaration", "the
 * meeting took place behind closed doors" ("the fighting continues" stays a kind; "the talks ended without a deal" tells
 * the deal not made, as before).
 */
const BROKE_OUT = /^\s+(?:(?:against|over)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3})?(?:(?:has|have|had)\s+)?(?:broke out|broken out|break out|breaks out|erupted|erupts|flared|flare up|flared up|turned (?:violent|deadly|bloody|ugly)|spread|spilled|escalated|intensified|resumed|resumes|raged|rages|(?:ended|concluded|collapsed|broke down|took place|(?:was|were) held|wrapped up)(?!\s+without\b))\b/iu;
/** Subordinators of a clause that happened at about the time of the clause it hangs on ("killed after bombs struck"). */
const SAME_TIME = /^(?:after|when|as|while|whilst|once)$/;
/** Types whose acts a government does at home, so its country places them when nothing else does. */
const DOMESTIC: ReadonlySet<EventType> = new Set(['legal', 'arrest', 'statement', 'other', 'election']);
/** Verbs of a government acting on its own soil whatever the other side's country: expelling, deporting, suspending or severing ties. */
const HOME_ACTS = /^(?:expel|deport|suspend|sever)$/;
/** Types of act one side does to another: a country before the trigger is its actor, not its place. */
const AGENTIVE: ReadonlySet<EventType> = new Set(['attack', 'capture', 'sanction', 'aid', 'movement', 'arrest']);
/** Happenings whose unnamed victims or targets are worth naming as actors ("civilians were killed"). */
const COERCIVE: ReadonlySet<EventType> = new Set(['attack', 'casualty', 'arrest', 'capture', 'clash', 'protest', 'movement']);
/** Happenings a light verb makes planned: "faces deportation", "awaits trial", "promised a full inquiry". */
const AWAITING = /^(?:face|await|promise|pledge|vow|plan)$/;
/** Happenings a light verb asks for, not yet decided: "demanded an inquiry", "proposed talks". */
const ASKING = /^(?:demand|seek|propose)$/;
/** Past verbs of making somebody act, whose infinitive object happened ("forced 20,000 people to flee"). */
const MADE_TO = /^(?:forced|drove|prompted|pushed)$/;
/** What makes such a past verb a participle of a future or a modal ("will be forced to leave"). */
const NOT_DONE_BEFORE = /^(?:be|will|would|could|may|might|can|to)$/;

/**
 * "The floods forced 20,000 people to flee their homes on Monday": the infinitive after a past verb of making somebody
 * act tells what they did, so a bare weekday of its clause is the last one (the times stage reads the infinitive as a
 * future and gave the coming Monday, so the flight was planned). Id: `events/forced-to` (round 25).
 */
function madeToAct(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'to') return false;
  for (let k = first - 2; k >= Math.max(0, first - 8); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post)) return false;
    if (MADE_TO.test(t.lower) && t.tags.has('Verb')) return !NOT_DONE_BEFORE.test(tokens[k - 1]?.lower ?? '');
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
  }
  return false;
}

/** Gerunds of making somebody act that go on a main clause (", forcing a million people to flee"). */
const MAKING_GERUND = /^(?:forcing|prompting|driving|pushing|compelling)$/;

/**
 * "Cyclone Remal hit the coast on Wednesday, forcing authorities to evacuate a million people": the infinitive after an
 * adjunct gerund of making somebody act is a consequence of the main clause, and goes on with its time and place as
 * the gerund itself would ("killing seven people"). Id: `events/forced-to` (round 25).
 */
function madeToActByGerund(tokens: readonly Token[], reading: Reading): boolean {
  const first = reading.trigger.first;
  if (reading.trigger.nominal || tokens[first - 1]?.lower !== 'to') return false;
  for (let k = first - 2; k >= Math.max(1, first - 8); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post)) return false;
    if (MAKING_GERUND.test(t.lower)) return /,/.test((tokens[k - 1] as Token).post) || (tokens[k - 1] as Token).lower === 'and';
  }
  return false;
}

/** Verbs whose infinitive object is yet to be done: "sent Ortega to visit", "ordered troops to withdraw". */
const SENDING = /^(?:sent|send|sends|sending|dispatched|dispatch|ordered|order|orders|asked|instructed|told|deployed)$/;
/** Verbs that press others to act, whose infinitive is asked for, not done: "pressed both sides to agree to a ceasefire". */
const URGING = /^(?:urged|urge|urges|urging|pressed|presses|pressing|encouraged|encourages|encouraging|begged|implored|exhorted)$/;
/** Verbs binding oneself to an act, whose infinitive is to come: "pledged to rebuild every home", "vowed to retake the town". */
const PLEDGING = /^(?:pledged|pledges|pledging|promised|promises|promising|vowed|vows|vowing)$/;
/** Verbs offering an act that waits on another's yes: "the EU offered to send search teams", "is willing to help". */
const OFFERING = /^(?:offered|offers|offering|volunteered|willing|ready|prepared)$/;
/** Verbs threatening an act that waits on what others do: "threatened to retaliate", "threatens to strike back". */
const THREATENING = /^(?:threatened|threatens|threaten|threatening)$/;
/**
 * Verbs of a deal, a law or an order binding or allowing others to act, whose infinitive is yet to be done: "the deal
 * commits Rwanda to withdraw its troops", "the accord requires both armies to pull back", "allows inspectors to visit"
 * (round 15). Id: `events/binding-verbs`.
 */
const BINDING = /^(?:commits?|committed|committing|requires?|required|requiring|obliges?|obliged|obliging|obligates?|obligated|compels?|compelled|binds?|bound|allows?|allowed|allowing|permits?|permitted|permitting|authori[sz]es?|authori[sz]ed|authori[sz]ing|empowers?|empowered)$/;
/** Verbs of settling on one's own act, whose infinitive is yet to be done: "agreed to meet again", "decided to withdraw". */
const SETTLING = /^(?:agreed|agree|agrees|agreeing|decided|decide|decides|arranged|resolved)$/;

/** "were detained and expelled", "invading and occupying": one happening told with two verbs. */
/** Words of a second count in a toll ("and more than 30 others were injured", "and at least two people wounded"). */
const TOLL_WORDS = /^(?:more|than|at|least|about|some|nearly|over|others?|people|persons|civilians|soldiers|policemen|officers|children|of|them)$/;

function coordinatedWith(sentence: TaggedSentence, earlier: Trigger, later: Trigger, sameType: boolean): boolean {
  if (earlier.nominal || later.nominal) return false;
  const between = sentence.tokens.slice(earlier.last + 1, later.first);
  if (between.length === 0) return false;
  if (between.some((t) => /[;:]/.test(t.post)) || /[;:]/.test((sentence.tokens[earlier.last] as Token).post)) return false;
  // ("imposed a curfew and cut internet access": a trigger that holds its own object is a whole act, and the next verb another)
  if (COORDINATOR.test((between[0] as Token).lower) && between.length <= 3 && (sameType || earlier.last === earlier.first)) {
    if (between.slice(1).every((t) => AUXILIARY.test(t.lower) || t.tags.has('Adverb'))) return true;
  }
  // "four soldiers were killed and two wounded", "12 died and more than 30 others were injured": one toll, told by counts
  if (sameType && COORDINATOR.test((between[0] as Token).lower) && between.length <= 6 && between.slice(1).some((t) => t.tags.has('Value') || /^\d/.test(t.text))
    && between.slice(1).every((t) => t.tags.has('Value') || /^\d/.test(t.text) || AUXILIARY.test(t.lower) || TOLL_WORDS.test(t.lower))) return true;
  // "clearing the square and renaming it": the same actor's second act of the same kind, no subject of its own
  const conj = between[between.length - 1] as Token;
  return sameType && between.length <= 7 && COORDINATOR.test(conj.lower) && !/,/.test((between[between.length - 2] as Token | undefined)?.post ?? '');
}

/** The claims whose content overlaps each sentence, by sentence index. */
function claimsPerSentence(sentences: readonly TaggedSentence[], claims: readonly ClaimDraft[]): Map<number, ClaimDraft[]> {
  const out = new Map<number, ClaimDraft[]>();
  for (const claim of claims) {
    let i = firstAtOrAfter(sentences, claim.contentStart);
    if (i > 0 && (sentences[i - 1] as TaggedSentence).end > claim.contentStart) i--;
    for (; i < sentences.length && (sentences[i] as TaggedSentence).start < claim.contentEnd; i++) {
      pushTo(out, (sentences[i] as TaggedSentence).index, claim);
    }
  }
  return out;
}

/** An odd number of double quotation marks before a point of its sentence puts the point inside a quotation. */
function insideQuotes(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** The text before a weapon ends in a demonym, over at most one more modifier ("Ukrainian drones", "Russian cruise missiles"). */
function sidesWeapons(before: string): boolean {
  const words = before.trim().split(/\s+/).slice(-2);
  return words.some((w) => /^\p{Lu}/u.test(w) && lookupDemonym(w) !== undefined);
}

/** Whether an attack was reported since `from` (events are in text order, so the scan stops early). */
function attackSince(events: readonly NewsEvent[], from: number): boolean {
  for (let i = events.length - 1; i >= 0 && (events[i] as NewsEvent).start >= from; i--) if ((events[i] as NewsEvent).type === 'attack') return true;
  return false;
}

/**
 * The evidence span of a token range (at most 600 characters); a noun's runs on over a relative right after it that
 * times it ("planned local elections, which are to be held next autumn").
 */
function spanOf(sentence: TaggedSentence, range: TokenRange, text: string, nounEnd?: number): Span {
  let last = range.last;
  if (nounEnd !== undefined && nounEnd === range.last) {
    const relativeEnd = occurrenceRelativeEnd(sentence.tokens, range.last);
    if (relativeEnd > last) last = relativeEnd;
  }
  const start = (sentence.tokens[range.first] as Token).start;
  return { start, end: Math.min((sentence.tokens[last] as Token).end, start + 600, text.length) };
}

/**
 * A year, or a month (the times stage's MONTHS; an abbreviation may take its full stop) with its year or day, as a
 * noun's modifier: "2019", "May 2019", "Oct. 7", "March 15".
 */
function dateModifier(written: string): boolean {
  if (/^\d{4}$/.test(written)) return true;
  const m = /^(\p{Lu}\p{Ll}+)(\.?)\s+\d{1,4}$/u.exec(written);
  const month = m?.[1]?.toLowerCase();
  return month !== undefined && MONTHS.has(month) && (m?.[2] === '' || MONTH_ABBREVIATIONS.has(month));
}

/**
 * Where the happening noun a time modifies starts ("Wednesday's election", "last year's protests", "the 2019
 * election"), or -1 when the time modifies no happening noun.
 */
function nounDatedBy(text: string, time: Time): number {
  // "the 2015 nuclear deal", "the 2019 election": a year before a noun after a determiner names that happening too
  // ("annulled the May 2019 election in February", "the Oct. 7 attack": a month with its year or day as well; round 15)
  const yearModifier = dateModifier(time.text.trim()) && /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(text.slice(Math.max(0, time.start - 8), time.start));
  const lead = (yearModifier ? /^\s+/ : /^['’]s?\s+/).exec(text.slice(time.end, time.end + 60));
  if (!lead) return -1;
  // the noun may stand up to two words on ("Wednesday's parliamentary election")
  let at = time.end + lead[0].length;
  for (const word of /^[\w-]+(?:\s+[\w-]+){0,2}/.exec(text.slice(at, at + 60))?.[0].split(/\s+/) ?? []) {
    // "upheld the 2013 law", "its 2019 pledge": a year before a document names the document's year
    if (nounTypeOf(word.toLowerCase()) || (yearModifier && DATED_DOCUMENTS.test(word.toLowerCase()))) return at;
    at = text.indexOf(word, at) + word.length;
    at += /^\s*/.exec(text.slice(at))?.[0].length ?? 0;
  }
  return -1;
}

/**
 * Verbs of staying away from (or taking part in) a happening named as their object ("boycotted Saturday's election"):
 * the act happens on the happening's day. Source: written for this library (round 15).
 * Id: `events/participation-verbs`.
 */
const PARTICIPATING = /^(?:boycott)$/;

/** "Wednesday's election", "last year's protests": a time that dates another happening, not the clause's. */
function datesAnotherNoun(text: string, time: Time, trigger: Span): boolean {
  const at = nounDatedBy(text, time);
  return at >= 0 && at !== trigger.start;
}

/**
 * "were convicted under a security law imposed by Beijing in 2020": a time after a participle that modifies a noun
 * after the trigger dates the participle's act, not the trigger's.
 */
function inReducedRelative(sentence: TaggedSentence, triggerLast: number, time: Time, nominal = false): boolean {
  for (let k = triggerLast + 2; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k] as Token;
    if (t.end > time.start) return false;
    if (/[,;:]/.test((sentence.tokens[k - 1] as Token).post)) {
      if (!nominal && !/ing$/.test((sentence.tokens[triggerLast] as Token).lower) && commaRelativeBefore(sentence.tokens, k, triggerLast, time)) return true;
      continue;
    }
    if (isReducedParticiple(sentence.tokens, k) && sentence.tokens[k + 1]?.lower === 'by') return true;
    if (peopleParticipleBefore(sentence.tokens, k, time)) return true;
  }
  return false;
}

/**
 * "agreed to a pay rise to offset inflation, which reached 33% in June": a time inside a relative set off by a comma
 * after a verb trigger dates the relative's verb, not the trigger ("arrested two men over the blast, which happened on
 * Tuesday": the blast's day; round 23, `events/comma-relative-after`). Not after a noun or an -ing trigger, whose own
 * phrase the relative may go on telling ("a wave of selling on the bourse, which fell 4% on Friday").
 */
function commaRelativeBefore(tokens: readonly Token[], k: number, triggerLast: number, time: Time): boolean {
  if (!/^(?:which|who)$/.test((tokens[k] as Token).lower) || k - 1 === triggerLast) return false;
  for (let j = k + 1; j < tokens.length && (tokens[j] as Token).end <= time.start; j++) {
    if (/[,;:]/.test((tokens[j] as Token).post)) return false;
    if (isFiniteVerb(tokens, j)) return true;
  }
  return false;
}

/**
 * "upheld the sentence of a journalist jailed for sedition last year", "freed an activist arrested during protests in
 * January": a participle of what befell people right after a noun after the trigger opens a reduced relative, and a
 * time in it, with no tensed verb between, is the participle's (round 23, `events/people-participle-after`).
 */
function peopleParticipleBefore(tokens: readonly Token[], k: number, time: Time): boolean {
  const prev = tokens[k - 1] as Token;
  if (!PEOPLE_PARTICIPLES.test((tokens[k] as Token).lower) || !(prev.tags.has('Noun') || prev.tags.has('Plural')) || prev.tags.has('Pronoun')) return false;
  for (let j = k + 1; j < tokens.length && (tokens[j] as Token).end <= time.start; j++) {
    if (isFiniteVerb(tokens, j) || /[;:]/.test((tokens[j] as Token).post)) return false;
  }
  return true;
}

/**
 * "Three soldiers accused of killing civilians in 2019 were jailed on Monday": a time inside the phrase of a participle
 * of what befell people (`PEOPLE_PARTICIPLES`), before the clause's verb, dates what the phrase tells, not the verb.
 * Id: `events/people-participle-time`.
 */
function inPeopleParticipleBefore(sentence: TaggedSentence, triggerFirst: number, time: Time): boolean {
  const trigger = sentence.tokens[triggerFirst] as Token;
  if (time.end > trigger.start) return false;
  return sentence.tokens.slice(0, triggerFirst).some((t) => t.end <= time.start && PEOPLE_PARTICIPLES.test(t.lower) && isReducedParticiple(sentence.tokens, t.index));
}

/** A relative set off by commas (", who led the country from 2010 to 2018,"): see `inAsideBefore`. */
const COMMA_RELATIVE = /,\s+(?:who|whom|whose|which)\b[^,;:.]*,/gi;

/**
 * "Anzal, who led the country from 2010 to 2018, had extradited dozens of traffickers": a time inside a relative set
 * off by commas before the trigger dates the relative's verb, not the trigger. Id: `events/aside-relative-time`.
 */
function inAsideBefore(text: string, from: number, triggerStart: number, time: Time): boolean {
  if (time.end > triggerStart) return false;
  for (const m of text.slice(from, triggerStart).matchAll(COMMA_RELATIVE)) {
    const start = from + m.index;
    if (time.start >= start && time.end <= start + m[0].length) return true;
  }
  return false;
}

/**
 * "Gunmen who kidnapped 20 pupils last month have freed them", "The soldiers who staged the coup in July have arrested
 * the prime minister": a time inside a restrictive relative of the verb trigger's subject dates the relative's verb,
 * not the trigger (as `inAsideBefore` does for one set off by commas). Id: `events/subject-relative-time` (round 17).
 */
function inSubjectRelative(sentence: TaggedSentence, reading: Reading, time: Time): boolean {
  const { tokens } = sentence;
  const subject = reading.frame.subject;
  if (reading.trigger.nominal || !subject || reading.frame.voice === 'nominal') return false;
  const verbStart = tokens[verbGroupStart(tokens, reading.trigger.first)] as Token;
  if (time.end > verbStart.start) return false;
  for (let r = subject.first + 1; r < reading.trigger.first; r++) {
    const t = tokens[r] as Token;
    if ((tokens[r - 1] as Token).end > time.start) return false;
    const relative = /^(?:who|which)$/.test(t.lower) || (t.lower === 'that' && (tokens[r - 1] as Token).tags.has('Noun') && tokens[r + 1]?.tags.has('Verb') === true);
    if (relative && !/[,;:]/.test((tokens[r - 1] as Token).post)) return !tokens.slice(r, reading.trigger.first).some((w) => w.end <= time.start && /[,;:]/.test(w.post));
  }
  return false;
}

/** The relative word ("who", "which", "that") whose antecedent is a verb trigger's subject, right before its verb group, or -1. */
function relativeWordAt(sentence: TaggedSentence, reading: Reading): number {
  if (reading.trigger.nominal || reading.frame.subjectVia !== 'relative') return -1;
  const g = verbGroupStart(sentence.tokens, reading.trigger.first) - 1;
  if (g <= 0 || !/^(?:who|which|that)$/.test((sentence.tokens[g] as Token).lower)) return -1;
  // ("carried out a truck bombing in Mogadishu in 2017 that killed 500": a happening's toll is told at its time)
  const antecedent = sentence.tokens.slice(Math.max(0, g - 6), g);
  return antecedent.some((t) => t.tags.has('Noun') && nounTypeOf(t.lower) !== undefined) ? -1 : g;
}

/**
 * Times of the sentence that lie in no other event's clause. A time right after a reporting verb dates the telling
 * ("..., killing at least 40 people, officials said on Friday"): it is left out when the happening hangs on a dated
 * clause of its own sentence, whose date it shares. Without such a clause it stays, as readers date what was claimed
 * by when it was claimed ("The army said on Monday it took the town").
 */
function freeTimes(st: ArticleState, ss: SentenceState, told: Told, factual: boolean, host = told.link?.event): Time[] {
  const named = whenTime(st, ss, told);
  if (named) return [named];
  // "On Tuesday police arrested a man who stabbed two tourists": a relative clause tells another happening than its
  // main clause, whose time is not its own
  if (relativeWordAt(ss.sentence, told.reading) >= 0) return [];
  const phrases = ss.nounPhrases.filter((p, j): p is Span => p !== undefined && j !== told.ri && p.start > told.triggerSpan.end);
  const free = outside(within(st.timesByStart, ss.sentence), [...ss.clauses.filter((_, j) => j !== told.ri), ...phrases])
    .filter((t) => !datesAnotherNoun(st.text, t, told.triggerSpan) && !afterFutureConjunct(st.text, told.triggerSpan.end, t) && !inReducedRelative(ss.sentence, told.reading.trigger.last, t, told.reading.trigger.nominal) && !inAsideBefore(st.text, ss.sentence.start, told.triggerSpan.start, t)
      && !inSinceClause(ss.sentence, told.reading.trigger.last, t));
  if (!factual || !host || host.date === null || !FACTUAL.has(host.modality)) return free;
  const claims = st.claimsBySentence.get(ss.sentence.index) ?? [];
  return free.filter((t) => !claims.some((c) => datesTelling(st.text, t, c)) && !datesSayingAfter(st.text, told.triggerSpan.end, t));
}

/**
 * "It was the third general strike since Milei took office in December", "the worst flooding since a cyclone struck
 * in 2019": a time inside a since-clause with a verb of its own after the trigger dates that clause's happening, the
 * point the count starts from, not the trigger's. Id: `events/since-clause-time` (round 18).
 */
function inSinceClause(sentence: TaggedSentence, triggerLast: number, time: Time): boolean {
  for (let k = triggerLast + 1; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k] as Token;
    if (t.start >= time.start) return false;
    if (t.lower === 'since' && opensClause(sentence.tokens, k)) return true;
  }
  return false;
}

/** "said on Friday", "told reporters on Friday", "said in a statement on Friday": a time just after the cue, outside the content. */
/** Whether a calendar date lies after the day of the report ("2026-09" after "2026-03-15"); weeks and vaguer values never do. */
function afterReport(date: string | null, reference: string | null): boolean {
  if (!date || !reference || !/^\d{4}(?:-\d{2}){0,2}$/.test(date)) return false;
  return date > reference.slice(0, date.length);
}

function datesTelling(text: string, time: Time, claim: ClaimDraft): boolean {
  if (claim.cueEnd === undefined || time.start < claim.cueEnd || (time.start < claim.contentEnd && time.end > claim.contentStart)) return false;
  const between = text.slice(claim.cueEnd, time.start);
  return between.length <= 40 && !/[,;:.]/.test(between);
}

/**
 * "Qureshi condemned the attack and ordered an inquiry": a verb coordinated with the claim's cue, sharing its speaker
 * as subject, is a second act of the speaker, not part of what was said.
 */
function coordinatedWithCue(sentence: TaggedSentence, reading: Reading, claim: ClaimDraft, participants: readonly Participant[]): boolean {
  if (reading.frame.subjectVia !== 'coordination' || claim.cueStart === undefined || claim.claimantId === null) return false;
  const { tokens } = sentence;
  // the verb that heads the clause: the trigger, or the light verb before a noun ("ordered an inquiry")
  let g = reading.trigger.first;
  if (reading.trigger.nominal) while (g > reading.trigger.first - 4 && g > 0 && !(tokens[g] as Token).tags.has('Verb')) g--;
  const verb = tokens[g] as Token;
  // "reported capturing X and striking Y": a gerund goes on with what was reported
  if (!verb.tags.has('Verb') || verb.tags.has('Gerund') || tokens[g - 1]?.lower !== 'and') return false;
  const cue = tokens.findLast((t) => t.index < g - 1 && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund') && !t.tags.has('Noun'));
  return cue?.start === claim.cueStart && participants.some((p) => p.actorId === claim.claimantId && (p.role === 'agent' || p.role === 'attendee' || p.role === 'host'));
}

/**
 * "Airstrikes killed 14 civilians ... He denied that civilians had been killed": a denial whose content names
 * happenings denies those kinds only; the strikes the denier confirms stay claimed. A denial naming no happening ("denied
 * the report") denies all the claim tells. Id: `events/denial-kinds`.
 */
function deniesType(text: string, denial: ClaimDraft, type: EventType): boolean {
  const kinds = new Set<EventType>();
  for (const word of text.slice(denial.contentStart, denial.contentEnd).toLowerCase().match(/[a-z-]+/g) ?? []) {
    const kind = nounTypeOf(word) ?? (verbLemma(word) ? own(EVENT_VERBS, verbLemma(word) as string) : undefined);
    if (kind) kinds.add(kind);
  }
  return kinds.size === 0 || kinds.has(type);
}

/** Words of a time phrase between a verb and its infinitive ("agreed on Thursday to buy", "vowed last week to"). */
const TIME_PHRASE_WORDS = /^(?:on|last|this|early|late|in|at)$/;

/**
 * "Nestle agreed on Thursday to buy Delta Brands", "the rebels vowed last week to fight on": how many tokens of a time
 * phrase stand between the verb that governs an infinitive and its "to" at `to`, so the verb is still read as the
 * infinitive's governor (the buy was told as done). Id: `events/time-before-infinitive` (round 25).
 */
function timeBetween(tokens: readonly Token[], to: number): number {
  let k = to - 1;
  while (k > 0 && to - k <= 4 && ((tokens[k] as Token).tags.has('Date') || TIME_PHRASE_WORDS.test((tokens[k] as Token).lower)) && !/[,;:]/.test((tokens[k] as Token).post)) k--;
  return tokens.slice(k + 1, to).some((t) => t.tags.has('Date')) ? to - 1 - k : 0;
}

/** The modality a trigger's own words give, before any claim around it is weighed. */
function lexicalModality(sentence: TaggedSentence, reading: Reading, text: string): 'planned' | 'hypothetical' | 'negated' | undefined {
  const { tokens } = sentence;
  const { trigger, frame } = reading;
  if (trigger.nominal) {
    // "cancelled his visit", "the planned strike was called off": it will not happen; "the summit was postponed": later
    const before = text.slice(sentence.start, (tokens[trigger.first] as Token).start);
    const after = text.slice((tokens[trigger.last] as Token).end, sentence.end);
    if (CANCELLED_BEFORE.test(before) || CANCELLED_AFTER.test(after)) return 'negated';
    if (POSTPONED_BEFORE.test(before) || POSTPONED_AFTER.test(after)) return 'planned';
    if (PERMITTED_BEFORE.test(before)) return 'planned';
  }
  // "the minister escaped injury", "narrowly escaped death": the harm did not happen ("escaped an attack" did)
  if (reading.type === 'casualty' && frame.governor === 'escape') return 'negated';
  if (frame.governor && AWAITING.test(frame.governor)) return 'planned';
  if (frame.governor && ASKING.test(frame.governor)) return 'hypothetical';
  // "called for nationwide rallies": calling out one's own protest plans it; calling on others for a ceasefire asks
  if (frame.governor === 'call for') return reading.type === 'protest' ? 'planned' : 'hypothetical';
  // "called a general strike for Thursday", "called a snap election": convening one's own happening plans it
  if (frame.governor === 'call') return 'planned';
  // "sent Ortega to visit the region": the errand is still to be done
  // "pressing the two governments to sign the accord": a noun's light verb stands where a verb trigger would
  const g = !trigger.nominal ? trigger.first - 1 : frame.governor ? infinitiveMarkerBefore(tokens, trigger.first) : -1;
  if (tokens[g]?.lower === 'to') {
    const verbBefore = g - 1 - timeBetween(tokens, g);
    for (let k = g - 1; k >= Math.max(0, g - 8); k--) {
      const t = tokens[k] as Token;
      if ((SENDING.test(t.lower) && t.tags.has('Verb')) || BINDING.test(t.lower)) return 'planned';
      if (k === verbBefore && SETTLING.test(t.lower)) return 'planned';
      if (k === verbBefore && PLEDGING.test(t.lower)) return 'planned';
      if (k === verbBefore && (OFFERING.test(t.lower) || THREATENING.test(t.lower))) return 'hypothetical';
      if (URGING.test(t.lower) && t.tags.has('Verb')) return 'hypothetical';
      if (t.tags.has('Verb') && !t.tags.has('Noun') || /[,;:]/.test(t.post)) break;
    }
  }
  return undefined;
}

/** The "to" before the light verb of a noun ("to sign the accord", "to hold fresh talks"), or -1. */
function infinitiveMarkerBefore(tokens: readonly Token[], nounAt: number): number {
  for (let k = nounAt - 1; k >= Math.max(1, nounAt - 4); k--) {
    const t = tokens[k] as Token;
    if (t.tags.has('Verb') && !t.tags.has('Adjective')) return tokens[k - 1]?.lower === 'to' ? k - 1 : -1;
    if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Noun'))) return -1;
  }
  return -1;
}

/**
 * The happening of this sentence that a clause hangs on, and what the clause may take from it: a "where" clause is
 * at its place and time, a clause of coordinated or adjunct verbs ("..., killing 100 people") at both, a temporal
 * clause ("killed on Friday after rockets landed") at its time unless a distance is told ("two days after").
 */
function linkOf(sentence: TaggedSentence, reading: Reading, previous: NewsEvent | undefined): { event: NewsEvent; place: boolean } | undefined {
  if (!previous) return undefined;
  const opener = sentence.tokens[reading.clause.first] as Token;
  if (opener.lower === 'where' || reading.frame.subjectVia === 'coordination' || reading.frame.subjectVia === 'adjunct' || madeToActByGerund(sentence.tokens, reading)) return { event: previous, place: true };
  const before = sentence.tokens[reading.clause.first - 1];
  // "supporters rallied on Monday, and police arrested 14 people": a past clause joined by ", and" goes on with the
  // same scene (its time; its place only when it names none)
  const conj = opener.lower === 'and' ? opener : before?.lower === 'and' ? before : undefined;
  const comma = conj ? sentence.tokens[conj.index - 1] : undefined;
  if (conj && comma && /,/.test(comma.post) && (sentence.tokens[reading.trigger.first] as Token).tags.has('PastTense') && !reading.trigger.nominal) return { event: previous, place: true };
  if (SAME_TIME.test(opener.lower) && !(before && (before.tags.has('Value') || before.tags.has('Duration') || /^(?:days?|hours?|weeks?|months?|years?|minutes?|shortly|soon|long|just)$/.test(before.lower)))) {
    return { event: previous, place: false };
  }
  return undefined;
}

/** "in Chile and then Peru, where she was held": the place named right before "where". */
function whereAntecedent(text: string, sentence: TaggedSentence, reading: Reading, mentions: readonly EntityMention[]): string | undefined {
  const opener = sentence.tokens[reading.clause.first] as Token;
  if (opener.lower !== 'where') return undefined;
  return mentions.filter((m) => m.record === 'place' && m.end <= opener.start && /^[\s,]*$/.test(text.slice(m.end, opener.start))).pop()?.recordId;
}

/** The country of a government that does the act, as a place of the article. */
function agentCountry(participants: readonly Participant[], index: ActorIndex, article: ArticlePlaces): string | undefined {
  for (const p of participants) {
    if (p.role !== 'agent') continue;
    const actor = index.actor(p.actorId);
    if (actor?.kind !== 'government') continue;
    const code = actor.countryCode ?? lookupCountry(actor.name)?.code;
    const place = code ? article.countryPlace.get(code) : undefined;
    if (place) return place;
  }
  return undefined;
}

/**
 * Finds events from trigger verbs, nominalisations, light-verb phrases and accident words, with type, CAMEO root,
 * participants with roles read from the clause, place, date, counts and durations, a modality that keeps claims,
 * denials, plans and hypotheses apart, and a salience.
 *
 * One event per happening: triggers of one clause are one event (the first trigger names it), coordinated verbs
 * ("arrested and deported") are one event whose span covers both, and a later mention of a happening already
 * reported ("the attacks", "the talks ended", "which were the deadliest this year") joins it as one of its `mentions`
 * instead of adding an event. A bare noun with no actor, place or time in its clause ("fighting continues") is a
 * generic mention and adds none.
 */
export function extractEvents(
  text: string,
  sentences: readonly TaggedSentence[],
  mentions: readonly EntityMention[],
  actors: readonly Actor[],
  times: readonly Time[],
  claims: readonly ClaimDraft[],
  options: EventOptions,
): EventResult {
  const st = articleState(text, sentences, mentions, actors, times, claims, options);
  const mentionsBySentence = groupBySentence(mentions);
  for (const sentence of sentences) {
    if (sentence.blockKind === 'paragraph') readSentenceEvents(st, eventReadableSentence(sentence), mentionsBySentence.get(sentence.index) ?? []);
  }
  // groups made for participants no kept happening needed are no actors of the article
  const known = st.events.map((e) => ({ ...e, participants: e.participants.filter((p) => st.index.known(p.actorId)) }));
  const events = withSalience(known, sentences, text, st.index, mentions);
  return { events, groups: st.index.made, claimEvents: claimEventLinks(events, claims) };
}

/** What the stage keeps while it reads an article: the events told so far and the lookups every sentence needs. */
interface ArticleState {
  text: string;
  options: EventOptions;
  /** Events so far, in text order; a later mention replaces its event here with a revised copy. */
  events: NewsEvent[];
  /** Where each event's place came from, by event id: a place from the event's own clause is never replaced. */
  placeSource: Map<string, PlaceSource>;
  index: ActorIndex;
  article: ArticlePlaces;
  timesByStart: readonly Time[];
  claimsBySentence: ReadonlyMap<number, readonly ClaimDraft[]>;
  disputersOf: ReadonlyMap<string, readonly ClaimDraft[]>;
  paragraphStart: ReadonlyMap<number, number>;
}

function articleState(
  text: string, sentences: readonly TaggedSentence[], mentions: readonly EntityMention[], actors: readonly Actor[],
  times: readonly Time[], claims: readonly ClaimDraft[], options: EventOptions,
): ArticleState {
  const index = new ActorIndex(text, sentences, actors, mentions, claims.map((c) => ({ start: c.contentStart, end: c.contentEnd, speakerId: c.claimantId, ...(c.cueStart !== undefined ? { cueStart: c.cueStart } : {}) })));
  const disputersOf = new Map<string, ClaimDraft[]>();
  for (const c of claims) for (const id of c.disputes) pushTo(disputersOf, id, c);
  const paragraphStart = new Map<number, number>();
  for (const s of sentences) if (!paragraphStart.has(s.blockIndex)) paragraphStart.set(s.blockIndex, s.start);
  return {
    text, options, events: [], placeSource: new Map(), index, article: articlePlaces(text, mentions),
    timesByStart: [...times].sort((a, b) => a.start - b.start), claimsBySentence: claimsPerSentence(sentences, claims),
    disputersOf, paragraphStart,
  };
}

/** One sentence's readings with their clauses, and the events its readings have made so far. */
interface SentenceState {
  sentence: TaggedSentence;
  sentenceMentions: readonly EntityMention[];
  clauses: readonly Span[];
  triggerSpans: readonly Span[];
  kept: Array<{ reading: Reading; clause: Span; eventId: string }>;
  /** The phrases of the sentence's happening nouns ("the killing of its commander in Beirut"), by reading. */
  nounPhrases: ReadonlyArray<Span | undefined>;
}

/** A reading of a sentence with what its clause tells: participants, times, the claims around it and its modality. */
interface Told {
  reading: Reading;
  ri: number;
  clause: Span;
  triggerSpan: Span;
  first: Token;
  last: Token;
  participants: Participant[];
  ownTimes: readonly Time[];
  reporting: readonly ClaimDraft[];
  disputing: readonly ClaimDraft[];
  /** Whether the trigger stands inside a quotation of its paragraph. */
  quoted: boolean;
  modality: Modality;
  link: { event: NewsEvent; place: boolean } | undefined;
}

function readSentenceEvents(st: ArticleState, sentence: TaggedSentence, sentenceMentions: readonly EntityMention[]): void {
  const { readings, background } = readSentenceWithBackground(sentence, sentenceMentions, st.index);
  const ss: SentenceState = {
    sentence, sentenceMentions, kept: [],
    clauses: readings.map((r) => spanOf(sentence, r.clause, st.text, r.trigger.nominal && !r.embedded ? r.trigger.last : undefined)),
    triggerSpans: readings.map((r) => ({ start: (sentence.tokens[r.trigger.first] as Token).start, end: (sentence.tokens[r.trigger.last] as Token).end })),
    nounPhrases: [...readings.map((r) => otherHappening(st, sentence, r)), ...background.map((r) => otherHappening(st, sentence, r))],
  };
  readings.forEach((reading, ri) => readingEvent(st, ss, disasterDamage(st, sentence, reading), ri));
}

/**
 * The phrase of a happening noun that a clause names as its reason or its time ("in retaliation for the killing of its
 * commander in Beirut last month", "after the bombing of a market in Goma"): its places and times are its own. A noun
 * the clause happens in ("killed in an attack on Sunday") names the clause's own happening.
 */
function otherHappening(st: ArticleState, sentence: TaggedSentence, r: Reading): Span | undefined {
  if (!r.trigger.nominal) return laterClause(st, sentence, r);
  const phrase = nounPhrase(sentence.tokens, r);
  // ("opened fire on a crowd waiting for aid near Gaza City on Thursday", "queueing for food aid": bare aid is the goods
  // waited for, and the time after it the shooting's; round 15)
  const bare = sentence.tokens.slice(phrase.first + 1, r.trigger.first).every((t) => !t.tags.has('Determiner') && !t.tags.has('Possessive') && !t.tags.has('Value'));
  if (r.type === 'aid' && bare) return undefined;
  // ("recalled its ambassador for consultations on Wednesday", "flew to Doha for talks on Sunday": a bare meeting noun
  // after "for" says why the host acted, and a time closing its phrase dates the host as well; round 25,
  // `events/purpose-meeting`)
  if (r.type === 'meeting' && bare && (sentence.tokens[phrase.first] as Token).lower === 'for') return undefined;
  return /^(?:for|over|against|after|following|before|since)$/.test((sentence.tokens[phrase.first] as Token).lower) ? spanOf(sentence, phrase, st.text) : undefined;
}

/**
 * "A gunman killed six workers before fleeing to Springfield", "will keep the hostages until the army withdraws from
 * Kessa": a verb's clause opened by "before", "until" or "unless" tells a later (or awaited) happening, whose places and
 * times are its own, not its host's (round 22, `events/later-clause`).
 */
function laterClause(st: ArticleState, sentence: TaggedSentence, r: Reading): Span | undefined {
  const opener = sentence.tokens[r.clause.first - 1];
  const own = sentence.tokens[r.clause.first] as Token;
  return LATER_OPENERS.test(own.lower) || (opener !== undefined && LATER_OPENERS.test(opener.lower)) ? spanOf(sentence, r.clause, st.text) : undefined;
}
const LATER_OPENERS = /^(?:before|until|till|unless)$/;

/**
 * "A tornado tore through the town ... a candle factory was destroyed": a passive "destroyed" with no one named doing
 * it, in a report whose last happening told as fact is a disaster or an accident and in a sentence naming no armed
 * force or weapon, is the disaster's damage, not an attack.
 */
function disasterDamage(st: ArticleState, sentence: TaggedSentence, reading: Reading): Reading {
  const { frame, trigger } = reading;
  if (reading.type !== 'attack' || trigger.nominal || trigger.lemma !== 'destroy' || frame.voice !== 'passive' || frame.preps.some((p) => p.prep === 'by')) return reading;
  if (st.events.findLast((e) => FACTUAL.has(e.modality) && e.type !== 'casualty')?.type !== 'accident') return reading;
  if (sentence.tokens.some((t) => ARMED_WORDS.test(t.lower))) return reading;
  return { ...reading, type: 'accident', trigger: { ...trigger, type: 'accident' } };
}

/** Words of armed force in a sentence: a passive "destroyed" there may be an attack's damage. */
const ARMED_WORDS = /^(?:troops|soldiers|forces|army|military|rebels|militants|insurgents|fighters|gunmen|jets|warplanes|aircraft|drones?|missiles?|rockets?|shells?|shelling|bombs?|bombing|airstrikes?|strikes?|attacks?|raids?|artillery|militias?|police)$/;

/** The event of one reading: merged into a coordinated verb's, dropped, joined to an earlier one, or a new event. */
function readingEvent(st: ArticleState, ss: SentenceState, reading: Reading, ri: number): void {
  const clause = ss.clauses[ri] as Span;
  // "were detained and expelled", "invading and occupying": one happening told with two verbs
  const coordinated = ss.kept.find((k) => coordinatedWith(ss.sentence, k.reading.trigger, reading.trigger, sameKind(k.reading, reading)));
  if (coordinated) {
    mergeCoordinated(st, ss, eventById(st, coordinated.eventId), clause, ss.triggerSpans[ri] as Span);
    return;
  }
  if (toldInAnotherReading(st, ss, reading, clause)) return;
  const told = tell(st, ss, reading, ri);
  if (joinEarlier(st, ss, told)) return;
  const event = newEvent(st, ss, told);
  if (!event) return;
  st.events.push(event);
  ss.kept.push({ reading, clause, eventId: event.id });
  datesItsHost(st, ss.sentence, told, event);
  datesItsFirstConjunct(st, ss, told, event);
}

/**
 * Whether two readings tell happenings of one kind: the same type, and for the catch-all type "other" the same act too
 * ("imposed a curfew on Monday and cut mobile internet" are two measures, not one told with two verbs; CAMEO code or
 * the fixed trigger's lemma tells them apart). Id: `events/other-kinds` (round 19).
 */
function sameKind(a: Reading, b: Reading): boolean {
  if (a.type !== b.type) return false;
  if (a.type !== 'other') return true;
  const kind = (r: Reading): string | undefined => r.cameo ?? (r.trigger.fixed ? r.trigger.lemma : undefined);
  return kind(a) === undefined || kind(b) === undefined || kind(a) === kind(b);
}

/**
 * "Gunmen abducted three engineers and killed two of their escorts in an attack on Sunday": a time at the end of the
 * second of two coordinated verbs with one subject dates the first too, when that has none of its own.
 */
function datesItsFirstConjunct(st: ArticleState, ss: SentenceState, told: Told, event: NewsEvent): void {
  const { reading } = told;
  if (reading.trigger.nominal || reading.frame.subjectVia !== 'coordination' || event.date === null || !FACTUAL.has(event.modality)) return;
  const own = told.ownTimes.find((t) => t.kind !== 'duration' && t.kind !== 'set');
  if (!own || event.date !== dayOfTime(own.value)) return;
  const first = ss.kept.at(-2);
  if (!first || first.reading.trigger.nominal) return;
  const earlier = eventById(st, first.eventId);
  // the two verbs stand in one run of the sentence: "and" with no clause break between the first verb and the second
  const between = st.text.slice(earlier.trigger.end, told.triggerSpan.start);
  if (earlier.date !== null || !FACTUAL.has(earlier.modality) || !/^[^,;:.]*\band\s+(?:then\s+|later\s+|also\s+)?$/.test(between)) return;
  revise(st, earlier, { date: event.date });
}

/**
 * "At least 15 people were killed when a train collided with a freight train on Saturday": a when/as/while clause
 * with a time of its own dates the undated happening it hangs on, which happened at that time.
 */
function datesItsHost(st: ArticleState, sentence: TaggedSentence, told: Told, event: NewsEvent): void {
  const host = told.link?.event;
  const opener = sentence.tokens[told.reading.clause.first] as Token;
  if (!host || (host.date !== null && !datedByTelling(st, sentence, host.date)) || !FACTUAL.has(host.modality) || !FACTUAL.has(event.modality) || !/^(?:when|as|while|whilst)$/.test(opener.lower)) return;
  const own = told.ownTimes.find((t) => t.kind !== 'duration' && t.kind !== 'set');
  // ("collided ... on Friday evening": the clause's day, whatever part of it)
  if (own && event.date !== null && (event.date === own.value || event.date === dayOfTime(own.value))) revise(st, eventById(st, host.id), { date: event.date });
}

/**
 * "Nine soldiers were killed when troops clashed overnight, officials said on Thursday": a date the host took from a
 * time right after the sentence's reporting verb dates the telling, and yields to its when-clause's own time. Id:
 * `events/when-clause-over-telling` (round 21).
 */
function datedByTelling(st: ArticleState, sentence: TaggedSentence, date: string): boolean {
  const claims = st.claimsBySentence.get(sentence.index) ?? [];
  return within(st.timesByStart, sentence).some((t) => dayOfTime(t.value) === date && (claims.some((c) => datesTelling(st.text, t, c)) || datesSayingAfter(st.text, sentence.start, t)));
}

function eventById(st: ArticleState, id: string): NewsEvent {
  return st.events.find((e) => e.id === id) as NewsEvent;
}

/** Puts a revised copy of an event in its place; the stage never edits an event it has made. */
function revise(st: ArticleState, event: NewsEvent, changes: Partial<NewsEvent>): NewsEvent {
  const revised = { ...event, ...changes };
  st.events[st.events.findIndex((e) => e.id === event.id)] = revised;
  return revised;
}

/** "derailed and overturned in Porto on Monday": the second verb's phrases time and place the one happening. */
function mergeCoordinated(st: ArticleState, ss: SentenceState, merged: NewsEvent, clause: Span, triggerSpan: Span): void {
  const when = within(st.timesByStart, clause).find((t) => t.kind !== 'duration' && t.kind !== 'set' && /^\d{4}/.test(t.value));
  const changes: Partial<NewsEvent> = { end: Math.max(merged.end, clause.end) };
  if (merged.date === null && when && FACTUAL.has(merged.modality)) changes.date = when.value;
  placeFromClause(st, ss, merged, clause, triggerSpan, changes);
  revise(st, merged, changes);
}

/**
 * A place the clause itself names replaces one an event took from elsewhere; one from its own clause stays, unless it
 * was a country and the clause names a place inside it.
 */
function placeFromClause(st: ArticleState, ss: SentenceState, event: NewsEvent, clause: Span, triggerSpan: Span, changes: Partial<NewsEvent>): void {
  const fromClause = st.placeSource.get(event.id) === 'clause';
  if (fromClause && !onlyCountries(st, event.placeIds)) return;
  const here = placeDecision({ text: st.text, clause, trigger: triggerSpan, sentenceMentions: ss.sentenceMentions, article: st.article });
  if (here.source !== 'clause' || (fromClause && !here.ids.every((id) => insideCountryOf(st, ss, id, event.placeIds)))) return;
  changes.placeIds = here.ids;
  st.placeSource.set(event.id, 'clause');
}

/** Whether every place id is a country the article names as a place. */
function onlyCountries(st: ArticleState, ids: readonly string[]): boolean {
  const countries = new Set(st.article.countryPlace.values());
  return ids.length > 0 && ids.every((id) => countries.has(id));
}

/**
 * "Police detained three judges in Velmaria ... the judges were held in the port city of Orsk": a later mention's place
 * narrows a country to a town or a site inside it (one the gazetteer gives another country stays out). Id:
 * `events/place-narrowed` (round 21).
 */
function insideCountryOf(st: ArticleState, ss: SentenceState, id: string, countryIds: readonly string[]): boolean {
  const countries = new Set(st.article.countryPlace.values());
  if (countries.has(id)) return false;
  const mention = ss.sentenceMentions.find((m) => m.recordId === id);
  const code = mention ? lookupCity(mention.text)?.countryCode : undefined;
  return code === undefined || countryIds.some((c) => st.article.countryPlace.get(code) === c);
}

/**
 * Readings that tell no event of their own: a second trigger in a clause that has one, the effect of an attack the
 * paragraph reports ("Six shells hit the area" after "firing 36 shells"), a definite noun naming a happening told
 * before ("injured in the raids").
 */
function toldInAnotherReading(st: ArticleState, ss: SentenceState, reading: Reading, clause: Span): boolean {
  const { sentence } = ss;
  const { trigger } = reading;
  const firstTok = sentence.tokens[trigger.first] as Token;
  const prev = sentence.tokens[trigger.first - 1];
  // one event per clause, unless the second is an act of another kind in a purpose infinitive or gerund phrase
  // ("sent the envoy to visit ... to support the mediator in mediating")
  const nonFinite = !trigger.nominal && (prev?.lower === 'to' || (firstTok.tags.has('Gerund') && isPreposition(prev)));
  if (!reading.embedded && ss.kept.some((k) => {
    const e = eventById(st, k.eventId);
    // ("Protesters who gathered outside parliament clashed with police": a restrictive relative inside the subject
    // tells its own happening)
    const inRelative = k.reading.clause.first > reading.clause.first && restrictiveRelative(sentence.tokens, k.reading.clause.first);
    return !k.reading.embedded && !inRelative && e.trigger.start >= clause.start && e.trigger.end <= clause.end
      && (!(nonFinite && k.reading.type !== reading.type) || diplomaticProtest(reading, k.reading));
  })) return true;
  // "adopted sanctions against Belarus, targeting 25 officials": whom sanctions target is no attack
  if (!trigger.nominal && trigger.lemma === 'target' && reading.frame.subjectVia === 'adjunct' && ss.kept.some((k) => k.reading.type === 'sanction')) return true;
  // "crowds were repelled with police using tear gas": an absolute clause of the same kind tells how it was done
  const opener = sentence.tokens[reading.clause.first - 1];
  if (!trigger.nominal && firstTok.tags.has('Gerund') && opener?.lower === 'with' && ss.kept.some((k) => !k.reading.embedded && k.reading.type === reading.type)) return true;
  // ("Ukrainian drones had attacked its troops" after Russian shelling: a side's weapons named by its demonym are its own attack)
  const weapons = WEAPON_SUBJECT.exec(st.text.slice(clause.start, firstTok.start));
  if (reading.type === 'attack' && !trigger.nominal && weapons && !sidesWeapons(st.text.slice(clause.start, clause.start + weapons.index))
    && attackSince(st.events, st.paragraphStart.get(sentence.blockIndex) ?? sentence.start)) return true;
  return reading.definite === true && referredEvent(sentence, reading.clause, { ...trigger, first: -1, last: -1 }, st.events) !== undefined;
}

/** Verbs of a government's act towards another's envoy (`summon/envoy`, `recall/envoy`). */
const ENVOY_ACTS = /^(?:summon|recall|expel|call)$/;

/**
 * "Manila summoned the Chinese ambassador on Wednesday to protest against the ramming of a boat": the infinitive
 * "to protest" after a government's act towards an envoy says why it summoned him, a diplomatic protest, not a
 * demonstration of its own ("Students gathered outside parliament to protest" is one). Id: `events/diplomatic-protest`
 * (round 20).
 */
function diplomaticProtest(reading: Reading, host: Reading): boolean {
  return reading.type === 'protest' && !reading.trigger.nominal && reading.trigger.lemma === 'protest'
    && !host.trigger.nominal && ENVOY_ACTS.test(host.trigger.lemma ?? '') && host.type === 'other';
}

/** What a reading's clause tells: participants, times, the claims that report it, its modality and its link. */
function tell(st: ArticleState, ss: SentenceState, reading: Reading, ri: number): Told {
  const { sentence } = ss;
  const { trigger, frame } = reading;
  const first = sentence.tokens[trigger.first] as Token;
  const last = sentence.tokens[trigger.last] as Token;
  const clause = ss.clauses[ri] as Span;
  const triggerSpan = ss.triggerSpans[ri] as Span;
  const participants: Participant[] = participantsOf({ sentence, frame, type: reading.type, ...(trigger.lemma ? { lemma: trigger.lemma } : {}), trigger, index: st.index });
  // a time that modifies the trigger itself comes first ("On Thursday the party claimed it had won Tuesday's
  // presidential election" dates the election Tuesday); one that modifies another happening noun is none of its own
  // "Search teams on Monday found a plane that disappeared over the Andes": the times before a relative word are
  // its main clause's
  const relative = relativeWordAt(sentence, reading);
  const from = relative >= 0 ? (sentence.tokens[relative] as Token).start : clause.start;
  // ("fired rockets in retaliation for the killing of its commander last month": the time of a later happening noun's phrase is its own)
  const otherPhrases = ss.nounPhrases.filter((p, j): p is Span => p !== undefined && j !== ri && p.start > triggerSpan.end);
  // ("Two journalists kidnapped in April were released on Sunday": the participle's time is its own)
  otherPhrases.push(...ss.kept.filter((k) => k.reading.embedded && !k.reading.trigger.nominal).map((k) => k.clause));
  // ("Rebels who seized the town last week executed 12 civilians on Monday": a restrictive relative's time is its own)
  otherPhrases.push(...ss.kept.filter((k) => k.reading.clause.first > reading.clause.first && restrictiveRelative(sentence.tokens, k.reading.clause.first)).map((k) => k.clause));
  const clauseTimes = within(st.timesByStart, clause).filter((t) => t.start >= from && !afterFutureConjunct(st.text, triggerSpan.end, t) && !datesSayingAfter(st.text, triggerSpan.end, t) && !inThatComplement(st.text, trigger, triggerSpan.end, t) && !inReducedRelative(sentence, trigger.last, t, trigger.nominal) && !inPeopleParticipleBefore(sentence, trigger.first, t) && !otherPhrases.some((p) => t.start >= p.start && t.end <= p.end) && !inAsideBefore(st.text, clause.start, triggerSpan.start, t))
    .map((t) => ({ t, noun: nounDatedBy(st.text, t) }));
  const ownTimes = [...clauseTimes.filter((x) => x.noun === triggerSpan.start), ...clauseTimes.filter((x) => x.noun < 0)].map((x) => x.t);
  // "The opposition boycotted Saturday's election", "parties boycotted Sunday's runoff": staying away from a dated
  // happening happens on its day (round 15, `events/participation-verbs`)
  if (ownTimes.length === 0 && !trigger.nominal && PARTICIPATING.test(trigger.lemma ?? '') && frame.object) {
    const from = (sentence.tokens[frame.object.first] as Token).start;
    const to = (sentence.tokens[frame.object.last] as Token).end;
    ownTimes.push(...clauseTimes.filter((x) => x.t.start === from && x.noun > from && x.noun < to).map((x) => x.t));
  }
  // "the 2017 Manchester Arena bombing, which killed 22 people": the time that dates a relative's antecedent happening
  // dates the relative's act too
  if (frame.subjectVia === 'relative' && frame.subject) {
    const from = (sentence.tokens[frame.subject.first] as Token).start;
    const to = (sentence.tokens[frame.subject.last] as Token).end;
    ownTimes.push(...within(st.timesByStart, { start: from, end: to }).filter((t) => !ownTimes.includes(t) && nounDatedBy(st.text, t) >= from && nounDatedBy(st.text, t) < to));
  }
  // a claim whose cue is this sentence's own legal act ("the court rejected a bail application") reports nothing
  const reporting = (st.claimsBySentence.get(sentence.index) ?? []).filter((c) => first.start >= c.contentStart && first.end <= c.contentEnd
    && !ss.triggerSpans.some((s) => c.cueStart !== undefined && c.cueStart >= s.start && c.cueStart < s.end)
    && !coordinatedWithCue(sentence, reading, c, participants));
  const disputing = [...new Set(reporting.flatMap((r) => st.disputersOf.get(r.id) ?? []))];
  const quoted = insideQuotes(st.text.slice(st.paragraphStart.get(sentence.blockIndex) ?? sentence.start, first.start));
  const modality = readingModality(st, ss, reading, clause, reporting, disputing, quoted);
  const previousId = ss.kept.findLast((k) => !k.reading.embedded)?.eventId;
  const link = linkOf(sentence, reading, previousId === undefined ? undefined : eventById(st, previousId));
  return { reading, ri, clause, triggerSpan, first, last, participants, ownTimes, reporting, disputing, quoted, modality, link };
}

function readingModality(st: ArticleState, ss: SentenceState, reading: Reading, clause: Span, reporting: readonly ClaimDraft[], disputing: readonly ClaimDraft[], quoted: boolean): Modality {
  const { sentence } = ss;
  const { trigger } = reading;
  const first = sentence.tokens[trigger.first] as Token;
  const prev = sentence.tokens[trigger.first - 1];
  // only an explicit denial or rejection makes the event denied; a dismissal ("propaganda") links but leaves it claimed
  const denying = disputing.filter((c) => (c.kind === 'denial' || c.kind === 'rejection') && deniesType(st.text, c, reading.type));
  const context = reading.outer ? spanOf(sentence, reading.outer, st.text) : clause;
  // a noun with a definite determiner, or in a phrase hanging on a preposition ("as revenge for a court case"),
  // presupposes its happening
  const definiteNoun = trigger.nominal && (/^(?:the|this|that|these|those)$/.test(prev?.lower ?? '') || isPreposition(sentence.tokens[reading.clause.first]));
  const lexical = lexicalModality(sentence, reading, st.text);
  return hostModality(st, ss, reading, modalityOf({
    text: st.text, clauseStart: context.start, clauseEnd: context.end, triggerStart: first.start, triggerEnd: (sentence.tokens[trigger.last] as Token).end,
    nominal: trigger.nominal, reporting, denying,
    quoted,
    attributedSentence: /^\W*according to\b|,\s*according to\b/i.test(sentence.text),
    presupposed: (reading.embedded === true && reading.cause !== true) || definiteNoun, sentenceStart: sentence.start, sentenceEnd: sentence.end,
    ...(lexical ? { lexical } : {}),
  }));
}

/**
 * "The company will close its plant, cutting 2,000 jobs", "will launch an offensive on Monday, sending troops": a verb
 * that takes its subject from the verb before it, as a comma's -ing adjunct (or a coordinated verb the tagger reads as
 * a bare infinitive), is as planned or as hypothetical as that verb's happening (its own clause holds no "will"). Id:
 * `events/host-modality` (round 18).
 */
function hostModality(st: ArticleState, ss: SentenceState, reading: Reading, own: Modality): Modality {
  const via = reading.frame.subjectVia;
  if (reading.trigger.nominal || (own !== 'asserted' && own !== 'claimed') || (via !== 'adjunct' && via !== 'coordination')) return own;
  const tok = ss.sentence.tokens[reading.trigger.first] as Token;
  // only a gerund or a bare form: "closed the consulate and expelled its staff" is told in its own tense
  if (!(tok.tags.has('Gerund') || (tok.tags.has('Infinitive') && !tok.tags.has('PastTense')))) return own;
  // ("will launch an offensive on Monday, sending troops": a noun a light verb carries is the host too)
  const host = ss.kept.findLast((k) => (!k.reading.trigger.nominal || k.reading.frame.governor !== undefined) && k.reading.trigger.last < reading.trigger.first);
  const modality = host ? eventById(st, host.eventId).modality : undefined;
  return modality === 'planned' || modality === 'hypothetical' ? modality : own;
}

/**
 * A later mention of a happening already reported ("the attacks", "which were the deadliest this year") joins it;
 * "further attacks could follow" is another happening. A definite noun points back whatever the clause says of it
 * ("these attacks must not ..."); a verb retells the same happening only when both are told as fact.
 */
function joinEarlier(st: ArticleState, ss: SentenceState, told: Told): boolean {
  const { sentence } = ss;
  const { reading, clause, first, modality, link } = told;
  const { trigger, frame } = reading;
  const before = st.text.slice(Math.max(clause.start, first.start - 40), first.start);
  const another = ANOTHER.test(before) && !SERIES_ORDINAL.test(before);
  const ownActors = trigger.nominal ? participantsOf({ sentence, frame: { ...frame, subject: null }, type: reading.type, trigger, index: st.index }).map((p) => p.actorId) : [];
  // a noun's own date is one inside its phrase ("the uprising in 2011"), not one elsewhere in its clause
  const phraseSpan = trigger.nominal ? spanOf(sentence, nounPhrase(sentence.tokens, reading), st.text) : clause;
  // ("the largest to hit the region since 2018": a since-time starts a span, it dates no mention)
  const ownTime = told.ownTimes.find((t) => t.kind === 'date' && /^\d{4}/.test(t.value) && t.start >= phraseSpan.start && t.end <= phraseSpan.end && !sinceSpan(st.text, t, told.triggerSpan));
  const ownDate = ownTime?.value;
  const ownDateWeekday = ownTime !== undefined && ownTime.rule === 'weekday' && ownTime.start > told.triggerSpan.end && /^(?:the|this|that)$/.test(sentence.tokens[trigger.first - 1]?.lower ?? '');
  const verbsDate = ownTime !== undefined && timesItsVerb(sentence, reading, ownTime, told.triggerSpan);
  const linked = link ? ss.kept.find((k) => k.eventId === link.event.id)?.reading : undefined;
  const sameAct = FACTUAL.has(modality) && link && link.place && link.event.type === reading.type && (!linked || sameKind(linked, reading)) && frame.subjectVia !== undefined ? link.event : undefined;
  // "She will then continue her tour in Peru": a light verb making a known happening go on later tells a new part of it
  const newPart = trigger.nominal && frame.governor !== undefined && !FACTUAL.has(modality);
  const earlier = another || newPart ? undefined
    : sameAct ?? earlierMention({ sentence, trigger, type: reading.type, frame, events: st.events, text: st.text, actorIds: ownActors, undergoerIds: told.participants.filter((p) => p.role === 'patient').map((p) => p.actorId), ...(ownDate && !verbsDate ? { ownDate, ownDateWeekday } : {}) });
  const pointsBack = trigger.nominal || (earlier !== undefined && earlier.id !== sameAct?.id);
  if (earlier && trigger.nominal && !FACTUAL.has(modality) && stepToCome((sentence.tokens[trigger.last] as Token).lower, earlier)) return false;
  if (!earlier || !(pointsBack || (FACTUAL.has(modality) && FACTUAL.has(earlier.modality)))) return false;
  addMention(st, ss, earlier, told);
  return true;
}

/** Happenings done once, which a later definite noun names again rather than a new one of the kind on another day. */
const ONE_OFF: ReadonlySet<EventType> = new Set(['attack', 'accident', 'casualty', 'capture']);

/**
 * "A group claimed responsibility for the attack on Sunday", "condemned the bombing on Saturday": a definite noun of a
 * one-off happening, the object of a verb before it in its clause, with a time after it at the clause's end: the time
 * dates the verb (the claim, the condemnation), not the happening told before. Id: `events/verb-dated-object` (round 19).
 */
function timesItsVerb(sentence: TaggedSentence, reading: Reading, time: Time, triggerSpan: Span): boolean {
  const { tokens } = sentence;
  if (!reading.trigger.nominal || !ONE_OFF.has(reading.type) || time.start < triggerSpan.end) return false;
  if (!/^(?:the|this|that)$/.test(tokens[reading.trigger.first - 1]?.lower ?? '')) return false;
  const phrase = nounPhrase(tokens, reading);
  return tokens.slice(reading.clause.first, phrase.first).some((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund'));
}

/** Adds a later mention to the event it tells again, with its participants, and its date and place if the event had none. */
function addMention(st: ArticleState, ss: SentenceState, earlier: NewsEvent, told: Told): void {
  const { sentence } = ss;
  const { reading, clause, first, last, participants } = told;
  const { trigger } = reading;
  const mention = { start: clause.start, end: clause.end, trigger: { start: first.start, end: last.end, text: st.text.slice(first.start, last.end) } };
  const added = participants.filter((p, i) => !earlier.participants.some((q) => q.actorId === p.actorId) && participants.findIndex((q) => q.actorId === p.actorId) === i);
  const changes: Partial<NewsEvent> = { mentions: [...(earlier.mentions ?? []), mention], participants: [...earlier.participants, ...added] };
  if (FACTUAL.has(earlier.modality)) st.index.commit(participants.filter((p) => p.role === 'agent' || suffersForce(earlier.type, earlier.cameo)).map((p) => p.actorId));
  // the later mention may be the one that dates or places it ("The treaty will be ratified on June 20", "At
  // the press conference, held at the airport"); a noun only by what its own phrase says
  const subjectOfClause = trigger.nominal && sentence.tokens.slice(trigger.last + 1, reading.clause.last + 1).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
  const own = trigger.nominal && !subjectOfClause ? spanOf(sentence, nounPhrase(sentence.tokens, reading), st.text) : clause;
  // "the deadliest earthquake to hit the region since 1998": a since-time starts a span, it dates no mention either
  const when = told.ownTimes.find((t) => t.kind === 'date' && t.start >= own.start && t.end <= own.end && !sinceSpan(st.text, t, told.triggerSpan));
  if (earlier.date === null && when) changes.date = when.value;
  placeFromClause(st, ss, earlier, clause, told.triggerSpan, changes);
  revise(st, earlier, changes);
}

/**
 * "Landslides and floods kill hundreds of people every year", "Cyclones regularly strike the coast": a bare plural
 * happening noun in a clause of habit (a recurring time or an adverb of frequency) names a kind of happening, not one
 * the report tells. Id: `events/habitual-kind`.
 */
function habitualKind(sentence: TaggedSentence, reading: Reading, ownTimes: readonly Time[]): boolean {
  const { tokens } = sentence;
  const head = tokens[reading.trigger.last] as Token;
  const before = tokens[(reading.frame.premodifier?.first ?? reading.trigger.first) - 1];
  const bare = /s$/.test(head.lower) && !(before && (before.tags.has('Determiner') || before.tags.has('Possessive') || before.tags.has('Value') || /['’]s?$/.test(before.text)));
  if (!bare) return false;
  const clauseTokens = tokens.slice(reading.clause.first, reading.clause.last + 1);
  return ownTimes.some((t) => t.kind === 'set') || clauseTokens.some(habitAdverb);
}

/** A new event for a reading, or undefined when what it tells is no happening to report. */
function newEvent(st: ArticleState, ss: SentenceState, told: Told): NewsEvent | undefined {
  const { sentence } = ss;
  const { reading, clause, first, last, participants, ownTimes } = told;
  const { trigger, frame } = reading;
  const clauseMentions = ss.sentenceMentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  // "Witnesses said soldiers fired": who tells of the happening, outside what they tell, takes no part in it
  jointWith(sentence, told);
  // "The African Union suspended Mali after the coup": a noun that times a clause has only its own phrase's parties
  const timing = trigger.nominal ? timedPhrase(st, sentence, reading) : undefined;
  addClauseActors(st, sentence, clauseMentions.filter((m) => !timing || (m.start >= timing.start && m.end <= timing.end)).filter((m) => !told.reporting.some((c) => (m.end <= c.contentStart || m.start >= c.contentEnd) && (c.claimantId === m.recordId || insideSpeaker(st, m, c.claimantId)))), participants);
  const duration = ownTimes.find((t) => t.kind === 'duration');
  // "freed without charges being filed": a happening named only as not happening, inside another one, is none;
  // a speaker's "we will not send soldiers" in quotation marks argues a point rather than reports a non-event
  if (reading.embedded && (told.modality === 'negated' || told.modality === 'hypothetical')) return undefined;
  if (told.modality === 'negated' && told.quoted) return undefined;
  const clausePlaces = clauseMentions.some((m) => m.record === 'place');
  const clauseTime = ownTimes.find((t) => t.kind !== 'duration' && t.kind !== 'set');
  // a bare asserted noun with nothing to anchor it is a generic mention ("fighting continues", "in combat")
  // "Clashes broke out when ...": a noun told to have broken out is a happening of the story, not a kind
  // ("with villagers reporting drone strikes": the -ing form the tagger read as a noun is the verb it hangs on)
  const anchored = reading.embedded === true || frame.governor !== undefined || sentence.tokens.slice(0, trigger.first).some((t) => t.start >= clause.start && ((t.tags.has('Verb') && !t.tags.has('Auxiliary')) || tellingIng(t)))
    || BROKE_OUT.test(st.text.slice(last.end, Math.min(clause.end, last.end + 60)))
    // "the crash prompted an investigation": what a happening brought about is told by the verb before its clause
    || CAUSING_VERBS.test(sentence.tokens[reading.clause.first - 1]?.lower ?? '') || actingDisaster(sentence.tokens, reading);
  if (trigger.nominal && told.modality === 'asserted' && !anchored && participants.length === 0 && !clausePlaces && !clauseTime && !duration) return undefined;
  if (trigger.nominal && !reading.embedded && habitualKind(sentence, reading, ownTimes)) return undefined;
  if (trigger.nominal && !reading.embedded && judgedNoun(sentence, reading)) return undefined;
  speakerAsAgent(st, told, sentence.tokens);
  const { date, place } = whenAndWhere(st, ss, told);
  // "the two sides agreed to meet again in September": a happening told as fact but dated after the report is to come
  // (only by the clause's own time, and never for a verb in the past tense: "flew to Tanzania" happened)
  // ("The party announced a nationwide strike for Sunday": what a claim dates after the report is to come too)
  const toCome = (told.modality === 'asserted' || told.modality === 'claimed') && !first.tags.has('PastTense') && told.ownTimes.some((t) => t.value === date) && afterReport(date, st.options.referenceDate);
  const modality = toCome ? 'planned' : told.modality;
  const lemma = trigger.lemma ?? (trigger.nominal ? first.lower.replace(/s$/, '') : verbLemma(first.lower) ?? first.lower);
  // the evidence may run on over an if-clause that conditions the happening
  const evidence = reading.evidenceLast !== undefined ? { start: clause.start, end: Math.min((sentence.tokens[reading.evidenceLast] as Token).end, clause.start + 600) } : clause;
  const attributes = attributesOf(st.text, last.end, clause.end, duration);
  const event: NewsEvent = {
    id: recordId('event', `${st.options.idPrefix}${st.events.length + 1}`),
    type: reading.type,
    cameo: reading.cameo ?? own(CAMEO_BY_TRIGGER, lemma) ?? own(CAMEO_BY_TRIGGER, first.lower) ?? CAMEO_ROOT[reading.type],
    trigger: { start: first.start, end: last.end, text: st.text.slice(first.start, last.end) },
    start: evidence.start,
    end: evidence.end,
    date,
    placeIds: place.ids,
    participants,
    modality,
    claimIds: [...new Set([...told.reporting, ...told.disputing].map((c) => c.id))],
    ...(attributes ? { attributes } : {}),
  };
  st.placeSource.set(event.id, place.source);
  // an unnamed group becomes an actor of the article when it does a thing (told, planned or supposed), or suffers
  // force that happened
  st.index.commit(participants.filter((p) => (p.role === 'agent' && modality !== 'negated') || (FACTUAL.has(modality) && suffersForce(reading.type, event.cameo))).map((p) => p.actorId));
  return event;
}

/**
 * Whether unnamed people a happening is done to are worth naming as actors: force used on them, or their release
 * from captivity ("freed 40 hostages", "rescued 12 migrants": CAMEO 08, yield), whose captives are its parties.
 */
function suffersForce(type: EventType, cameo: string | null | undefined): boolean {
  return COERCIVE.has(type) || (type === 'other' && cameo === '08');
}

/**
 * "Detentions are purely juridical", "the investigation is an attempt to silence critics": a noun that is the subject
 * of a present-tense copula with an adjective or a noun phrase is being judged, not reported; a later mention of a
 * happening told before still joins it (that is decided earlier).
 */
function judgedNoun(sentence: TaggedSentence, reading: Reading): boolean {
  const { tokens } = sentence;
  const end = Math.max(reading.trigger.last, reading.frame.preps[reading.frame.preps.length - 1]?.range.last ?? reading.trigger.last);
  const copula = tokens[end + 1];
  if (!copula || !/^(?:is|are|remains|remain|seems|seem|appears|appear)$/.test(copula.lower) || /[,;:]/.test((tokens[end] as Token).post)) return false;
  let k = end + 2;
  while (tokens[k]?.tags.has('Adverb') && !/^(?:not|never)$/.test((tokens[k] as Token).lower)) k++;
  const next = tokens[k];
  if (!next || AWAITED_PREDICATE.test(next.lower)) return false;
  return (next.tags.has('Adjective') && !/ed$/.test(next.lower)) || /^(?:a|an)$/.test(next.lower);
}

/**
 * "met with the president and took part in a joint press conference": a joint happening is shared with the parties of
 * the happening its clause hangs on.
 */
function jointWith(sentence: TaggedSentence, told: Told): void {
  const { reading, link, participants } = told;
  const premodifier = reading.frame.premodifier;
  if (!link || !premodifier || !sentence.tokens.slice(premodifier.first, premodifier.last + 1).some((t) => /^(?:joint|mutual|bilateral)$/.test(t.lower))) return;
  for (const p of link.event.participants) {
    if (!participants.some((q) => q.actorId === p.actorId)) participants.push({ actorId: p.actorId, role: GATHERING_ROLE.has(p.role) ? p.role : 'participant' });
  }
}

/**
 * "The UN refugee agency said 1,200 people crossed": a name inside the speaker's own name (the UN of its agency) is
 * part of who tells, and takes no part in what is told either. Id: `events/name-inside-speaker` (round 16).
 */
function insideSpeaker(st: ArticleState, m: EntityMention, speakerId: string | null | undefined): boolean {
  const speaker = speakerId ? st.index.actor(speakerId) : undefined;
  return speaker !== undefined && speaker.mentions.some((s) => s.start <= m.start && s.end >= m.end);
}

/**
 * Actors named elsewhere in the clause take part in a role the clause does not say; a government named before a
 * noun ("French presidential envoy") only says whose the envoy is.
 */
function addClauseActors(st: ArticleState, sentence: TaggedSentence, clauseMentions: readonly EntityMention[], participants: Participant[]): void {
  for (const m of clauseMentions) {
    if (m.record !== 'actor' || !st.index.actor(m.recordId) || participants.some((p) => p.actorId === m.recordId)) continue;
    if (st.index.actor(m.recordId)?.kind === 'government' && modifiesNext(sentence, m.firstToken, sentence.tokens.length - 1)) continue;
    // ("a Bangladesh-flagged bulk carrier": the flag state names whose register the ship is on; round 15)
    if (flagStateEnd(sentence, m.firstToken, sentence.tokens.length - 1) >= 0) continue;
    // ("fired at protesters demanding the resignation of the prime minister": the relative's names are no party)
    if (insideActiveRelative(sentence.tokens, m.firstToken)) continue;
    participants.push({ actorId: m.recordId, role: 'participant' });
  }
}

/**
 * "An earthquake flattened dozens of buildings", "The blaze gutted the market", "A landslide had buried the road": a
 * disaster's noun opening its clause as the subject of a past verb is a particular happening, not a kind, whether or
 * not the verb is a trigger of its own. Id: `events/disaster-acting` (round 23).
 */
function actingDisaster(tokens: readonly Token[], reading: Reading): boolean {
  if (reading.type !== 'accident' || !reading.trigger.nominal) return false;
  if (tokens.slice(reading.clause.first, reading.trigger.first).some((t) => t.tags.has('Preposition') || t.tags.has('Verb'))) return false;
  let k = reading.trigger.last + 1;
  while (tokens[k]?.tags.has('Adverb') === true) k++;
  const verb = tokens[k];
  return verb !== undefined && !/[,;:()"“”—–]/.test((tokens[k - 1] as Token).post) && (verb.tags.has('PastTense') || /^(?:was|were|had)$/.test(verb.lower));
}

/** The span of a noun trigger's phrase when a temporal preposition opens it ("after the coup", "since the 2011 uprising"). */
function timedPhrase(st: ArticleState, sentence: TaggedSentence, reading: Reading): Span | undefined {
  const phrase = nounPhrase(sentence.tokens, reading);
  const opener = sentence.tokens[phrase.first] as Token;
  return /^(?:after|before|since|during|following|until|amid)$/.test(opener.lower) ? spanOf(sentence, phrase, st.text) : undefined;
}

/** "the ministry said it captured X", "reported capturing X": with no subject of its own, the speaker's side acted. */
function speakerAsAgent(st: ArticleState, told: Told, tokens: readonly Token[]): void {
  const { reading, reporting, participants } = told;
  if (reading.trigger.nominal || reporting.length === 0 || participants.some((p) => p.role === 'agent') || reading.frame.subject !== null) return;
  // "Witnesses said fighting had continued": a gerund that is its clause's subject names the happening; nobody acts in it
  if ((told.first.tags.has('Gerund') || /ing$/.test(told.first.lower)) && headsOwnClause(tokens, told.first)) return;
  // "A landslide buried 30 homes in northern Kenya, killing 11 people, officials said": an -ing adjunct after a comma
  // is done by what its host clause tells, never by who tells it (round 21, `events/adjunct-not-speaker`)
  if (/ing$/.test(told.first.lower) && /,\s*$/.test(tokens[tokens.indexOf(told.first) - 1]?.post ?? '')) return;
  const speaker = reporting[reporting.length - 1]?.claimantId;
  if (!speaker || !st.index.actor(speaker)) return;
  const at = participants.findIndex((p) => p.actorId === speaker);
  if (at >= 0) participants.splice(at, 1);
  participants.unshift({ actorId: speaker, role: 'agent' });
}

/**
 * "in 2023, when 14 people died", "since 2011, when 52 miners died in a fire": a when-clause right after a time is at
 * that time, even where the time starts a span for the clause before.
 */
function whenTime(st: ArticleState, ss: SentenceState, told: Told): Time | undefined {
  const opener = ss.sentence.tokens[told.reading.clause.first] as Token;
  return opener.lower === 'when' ? within(st.timesByStart, ss.sentence).find((t) => /^\s*,\s*$/.test(st.text.slice(t.end, opener.start))) : undefined;
}

/** Whether a time starts a span: right after "since", or inside a since-phrase that does not hold the trigger. */
function sinceSpan(text: string, time: Time, trigger: Span): boolean {
  const before = text.slice(Math.max(0, time.start - 48), time.start);
  if (/\bsince\s+$/i.test(before)) return true;
  // ("the worst fighting since the 2014 war": a year opening the since-phrase's noun dates that noun alone, which is
  // this trigger only when it stands right after the year; round 18)
  if (/\bsince\s+(?:the|its|their|his|her|a)\s+$/i.test(before)) return !(trigger.start >= time.end && /^\s*(?:[\p{L}-]+\s+)?$/u.test(text.slice(time.end, trigger.start)));
  const phrase = /\bsince\s+(?:the\s+|a\s+|its\s+|their\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:\s+from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+(?:in|of)\s+$/iu.exec(before);
  if (!phrase) return false;
  const start = time.start - before.length + phrase.index;
  return !(trigger.start >= start && trigger.end <= time.start);
}

/**
 * The date and place of a new event: from its own clause, then from what the clause refers back to ("hurt in the
 * attacks"), the happening it hangs on ("where he met", ", killing 100 people"), or the same people's last happening
 * of this kind (the same outing told on).
 */
function whenAndWhere(st: ArticleState, ss: SentenceState, told: Told): { date: string | null; place: ReturnType<typeof placeDecision> } {
  const { sentence } = ss;
  const { reading, clause, last, participants, link, triggerSpan } = told;
  const { trigger, frame } = reading;
  const factual = FACTUAL.has(told.modality);
  const referred = referredEvent(sentence, reading.clause, trigger, st.events);
  const named = participants.filter((p) => p.role !== 'participant' && st.index.actor(p.actorId)?.kind !== 'group');
  const story = sameStoryAs(st.events, reading.type, named, (id) => st.index.countryOf(id));
  const setting = referred && referredEvent(sentence, reading.clause, trigger, st.events, true);
  const cause = tollCause(st, told);
  const dated = [setting, link?.event, story, cause].find((e) => e !== undefined && FACTUAL.has(e.modality) && e.date !== null);
  // "the conflict has killed 10,000 people since 2014": a time after "since" starts a span, it dates no happening
  // ("have fought three wars since independence in 1947": a time inside a since-phrase that does not hold the trigger)
  // "will publish the results of Sunday's vote on Friday": a happening whose results are told is dated only inside
  // its own phrase; Friday is the publishing's
  const outcome = trigger.nominal && outcomeBefore(st.text.slice(Math.max(clause.start, triggerSpan.start - 60), triggerSpan.start));
  // "on Tuesday approved the extradition of X": the permission is dated, the permitted act only by a time naming it
  const permitted = trigger.nominal && PERMITTED_BEFORE.test(st.text.slice(sentence.start, triggerSpan.start));
  // ("the court ordered a new vote on Monday": so is an ordered one, unless the time is what it is called for: "called
  // a general strike for Thursday"; round 14)
  const ordered = trigger.nominal && ORDERED_BEFORE.test(st.text.slice(sentence.start, triggerSpan.start)) && !STARTED_BY_ORDER.test(st.text.slice(triggerSpan.start, triggerSpan.end).toLowerCase());
  const orderedFor = (t: Time): boolean => /\bfor\s+(?:the\s+)?$/i.test(st.text.slice(Math.max(0, t.start - 12), t.start));
  // ("agreed on Thursday to buy Delta Brands": a time before the "to" of an act still to come is the agreement's;
  // round 25, `events/time-before-infinitive`)
  const toStart = !trigger.nominal && sentence.tokens[trigger.first - 1]?.lower === 'to' ? (sentence.tokens[trigger.first - 1] as Token).start : -1;
  const governorTime = (t: Time): boolean => toStart >= 0 && !factual && t.end <= toStart && t.start >= clause.start;
  const dating = (t: Time): boolean => !sinceSpan(st.text, t, triggerSpan) && !(outcome && t.start > triggerSpan.start) && !inSubjectRelative(sentence, reading, t) && !governorTime(t)
    && !((permitted || (ordered && !orderedFor(t))) && nounDatedBy(st.text, t) !== triggerSpan.start);
  const date = dateOf({
    clauseTimes: told.ownTimes.filter(dating),
    freeSentenceTimes: outcome || permitted || ordered ? [] : freeTimes(st, ss, told, factual, link?.event ?? cause).filter((t) => dating(t) || t === whenTime(st, ss, told)),
    sameHappening: dated?.date, upToTrigger: st.text.slice(clause.start, last.end), factual, referenceDate: st.options.referenceDate,
    // ("Voters in Cuenca voted to recall their mayor on Sunday": the times stage reads the weekday after the infinitive
    // as the coming one; a verb in the past told as fact happened on the last; round 19, `events/past-verb-weekday`)
    planned: told.modality === 'planned', past: outcome || (factual && !trigger.nominal && (told.first.tags.has('PastTense') || madeToAct(sentence.tokens, trigger.first))),
    span: told.ownTimes.some((t) => !dating(t)),
  });
  const placed = [referred, link?.place ? link.event : undefined, story].find((e) => e !== undefined && FACTUAL.has(e.modality) && e.placeIds.length > 0);
  const premodifier = frame.premodifier ? { start: (sentence.tokens[frame.premodifier.first] as Token).start, end: (sentence.tokens[frame.premodifier.last] as Token).end } : undefined;
  const where = whereAntecedent(st.text, sentence, reading, ss.sentenceMentions);
  // sanctions and expulsions are a government's acts at home ("Canada imposed sanctions on ...", "Moldova expelled a diplomat")
  const home = DOMESTIC.has(reading.type) || reading.type === 'sanction' || HOME_ACTS.test(trigger.lemma ?? '') ? agentCountry(participants, st.index, st.article) : undefined;
  // "fired rockets at Israel in retaliation for the killing of its commander in Beirut": a place inside the phrase of a
  // later happening noun is that happening's
  const otherPhrases = ss.nounPhrases.filter((p, j): p is Span => p !== undefined && j !== told.ri && p.start > triggerSpan.end);
  const place = placeDecision({
    text: st.text, clause, trigger: triggerSpan, sentenceMentions: ss.sentenceMentions.filter((m) => !otherPhrases.some((p) => m.start >= p.start && m.end <= p.end)), article: st.article, agentive: AGENTIVE.has(reading.type),
    talk: reading.type === 'meeting' || reading.type === 'statement', domestic: DOMESTIC.has(reading.type), sanction: reading.type === 'sanction',
    ...(trigger.nominal ? { nominal: reading.type === 'meeting' || reading.type === 'agreement' ? 'locative' as const : 'locative-or-of' as const } : {}),
    ...(premodifier ? { premodifier } : {}), ...(where ? { whereAntecedent: where } : {}), ...(home ? { agentCountry: home } : {}), ...(reading.type === 'attack' ? { attackType: true } : {}),
    sameHappening: placed && factual ? placed.placeIds : [],
    referredEvent: () => (referred && FACTUAL.has(referred.modality) ? referred.placeIds : []),
  });
  return { date: told.ownTimes.some((t) => t.kind === 'date') ? date : offsetFromMain(st, ss, told) ?? dayOfNamedHappening(st, told) ?? date, place };
}

/**
 * "arrested 40 monitors on the night of the vote", "on the eve of the summit": a part of the day of a happening told
 * before dates the act by that happening's day (the eve by the day before it). Id: `events/day-of-happening`.
 */
function dayOfNamedHappening(st: ArticleState, told: Told): string | undefined {
  const m = /^[^,;:]*?\b(?:on|during|in)\s+the\s+(night|day|morning|evening|afternoon|eve)\s+of\s+(?:the|this|that|its|their|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b/i.exec(st.text.slice(told.last.end, told.clause.end));
  const type = m ? nounTypeOf((m[2] as string).toLowerCase()) : undefined;
  if (!m || !type) return undefined;
  const named = st.events.filter((e) => e.type === type && e.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.trigger.start < told.first.start && FACTUAL.has(e.modality)).at(-1);
  if (!named?.date) return undefined;
  return (m[1] as string).toLowerCase() === 'eve' ? shiftDate(named.date, { count: 1, unit: 'day', sign: -1 }) ?? undefined : named.date;
}

/**
 * "was released on Tuesday, a day after she was arrested", "pardoned her on Monday, two years after she was
 * sentenced": an act in a clause a counted span and "after" or "before" open is dated by the sentence's earlier
 * event, moved by the span (round 15, `events/offset-span`); it took the main clause's day before, or none.
 */
function offsetFromMain(st: ArticleState, ss: SentenceState, told: Told): string | null | undefined {
  const span = offsetSpan(st.text.slice(ss.sentence.start, told.first.start));
  if (!span) return undefined;
  const at = ss.sentence.start + span.at;
  const main = ss.kept.map((k) => eventById(st, k.eventId)).filter((e) => e.trigger.end <= at && e.date !== null).at(-1);
  return main?.date ? shiftDate(main.date, span) ?? undefined : undefined;
}

/**
 * "An explosion ripped through the plant on Thursday, killing 78 people, state media said on Saturday": a time right
 * after a verb of saying that follows the trigger dates the saying, whoever said it (a claim or not), never what was
 * said. Id: `events/saying-time-after`.
 */
function datesSayingAfter(text: string, triggerEnd: number, t: Time): boolean {
  return t.start > triggerEnd && /\b(?:said|says|told\s+[\p{L}]+|reported|announced|confirmed|added|stated)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/iu.test(text.slice(Math.max(triggerEnd, t.start - 40), t.start));
}

/**
 * "removed the governor on Wednesday, ruling that he had broken the law in 2011", "found that the firm had paid bribes
 * in 2015": a time inside the that-clause a verb trigger takes (right after it, or after a short object: "told
 * reporters that") dates what the clause says, not the ruling or finding. Id: `events/complement-time` (round 15).
 */
function inThatComplement(text: string, trigger: Reading['trigger'], triggerEnd: number, t: Time): boolean {
  if (trigger.nominal || t.start <= triggerEnd) return false;
  return /^\s+(?:[\p{L}'’-]+\s+){0,3}?that\s/u.test(text.slice(triggerEnd, t.start)) && !/[,;:]/.test(text.slice(triggerEnd, triggerEnd + 30).split(/\sthat\s/)[0] ?? '');
}

/**
 * "He was charged with arson and will appear before a prosecutor on Thursday": a time after a second verb joined by
 * "and" with a future of its own is that verb's, not the trigger's. Id: `events/future-conjunct-time`.
 */
function afterFutureConjunct(text: string, triggerEnd: number, t: Time): boolean {
  if (t.start < triggerEnd) return false;
  return /\band\s+(?:will|shall|(?:is|are)\s+(?:to|due\s+to|expected\s+to|set\s+to|scheduled\s+to))\s/i.test(text.slice(triggerEnd, t.start));
}

/**
 * "Cyclone Eline made landfall near Beira on Saturday. At least eight people were killed, the disaster agency said on
 * Monday": a toll told in the past with no time of its own, right after a dated attack, accident or clash told as
 * fact, counts that happening's dead; it takes its date, and the day of the telling is not the deaths' day. A toll in
 * the present perfect ("have died") stays the news of the day. Id: `events/toll-of-the-story`.
 */
function tollCause(st: ArticleState, told: Told): NewsEvent | undefined {
  if (told.reading.type !== 'casualty' || !FACTUAL.has(told.modality) || told.ownTimes.length > 0) return undefined;
  if (/\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\S+\s*$/i.test(st.text.slice(told.clause.start, told.last.end))) return undefined;
  const last = st.events.findLast((e) => FACTUAL.has(e.modality) && e.type !== 'casualty' && e.type !== 'statement');
  return last !== undefined && TOLL_CAUSES.has(last.type) && last.date !== null ? last : undefined;
}

/** Happenings whose dead a toll told after them counts. */
const TOLL_CAUSES: ReadonlySet<EventType> = new Set(['attack', 'accident', 'clash']);

/** A count ("killing 12 fighters": 12 fighters) and a duration told in the clause after the trigger. */
function attributesOf(text: string, triggerEnd: number, clauseEnd: number, duration: Time | undefined): NewsEvent['attributes'] {
  const after = text.slice(triggerEnd, clauseEnd);
  const count = /^\s*(?:in|of|at)?\s*(\d[\d,]*)\s+(\p{L}+)/u.exec(after) ?? /\b(\d[\d,]*)\s+(\p{L}+)/u.exec(after);
  const attributes: NonNullable<NewsEvent['attributes']> = {};
  if (count?.[1] && count[2]) {
    attributes.count = Number(count[1].replace(/,/g, ''));
    attributes.unit = count[2];
  }
  if (duration) attributes.duration = duration.value;
  return Object.keys(attributes).length > 0 ? attributes : undefined;
}

/** Which events each claim is about: those whose trigger lies in the claim's content, by claim id. */
function claimEventLinks(events: readonly NewsEvent[], claims: readonly ClaimDraft[]): Map<string, string[]> {
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const links = new Map<string, string[]>();
  for (const event of events) {
    for (const id of event.claimIds) {
      const claim = claimById.get(id);
      if (claim && event.trigger.start >= claim.contentStart && event.trigger.end <= claim.contentEnd) pushTo(links, id, event.id);
    }
  }
  return links;
}

/** The events with their `salience` (see `event/salience.ts`). */
function withSalience(events: readonly NewsEvent[], sentences: readonly TaggedSentence[], text: string, index: ActorIndex, mentions: readonly EntityMention[]): NewsEvent[] {
  const titleSentences = sentences.filter((s) => s.blockKind === 'title');
  const title = titleSentences.length > 0 ? titleSentences.map((s) => s.text).join(' ') : null;
  const lead = sentences.find((s) => s.blockKind === 'paragraph');
  const leadEnd = lead ? Math.max(...sentences.filter((s) => s.blockIndex === lead.blockIndex).map((s) => s.end)) : 0;
  const placeNames = new Map<string, string[]>();
  for (const m of mentions) if (m.record === 'place') pushTo(placeNames, m.recordId, m.text);
  const namesOf = (id: string): readonly string[] => {
    const actor = index.actor(id);
    return actor ? [actor.name, ...actor.aliases] : placeNames.get(id) ?? [];
  };
  const scores = salienceOf(events, { title, titleTypes: titleTypes(titleSentences), leadEnd, textLength: text.length, namesOf });
  return events.map((e, i) => ({ ...e, salience: scores[i] ?? 0 }));
}
