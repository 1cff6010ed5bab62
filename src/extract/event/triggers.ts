import { own } from '../../nlp/lexicon/own.js';
import type { EventType } from '../../schema/event.js';
import { CAPTIVES, ELECTORAL, EVENT_NOUNS, EVENT_VERBS, LABOUR, NEEDS_EVENT_MODIFIER, PRESS_WORDS } from '../../nlp/lexicon/event-triggers.js';
import { GROUP_NOUNS } from '../../nlp/lexicon/organizations.js';
import { ROLE_NOUNS } from '../../nlp/lexicon/titles.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import type { EntityMention } from '../entities.js';
import { subordinatePastAt } from './clause.js';
import { bannedEntry, measureTriggerAt } from './measures.js';
import { businessActAt, businessNounType } from './business-acts.js';
import { isPreposition, lightVerbLemma, portionStart } from './frame.js';
import { reportingLemma } from '../../nlp/lexicon/reporting-verbs.js';
import {
  ABSTRACT_AGENTS, ABSTRACT_FOES, ABSTRACT_PATIENTS, BOMB_CONTEXT, BUSINESS_CONTEXT, EXPLOSIVE_THINGS, CALL, CONTEST_KINDS, CONTEST_PRIZES, CRITICS, GENERIC_KIND, GENERIC_OF, HABITUAL_ADVERB, LIABLE_TO, MEASURED_MASS, QUANTITY_NOUNS, VERBAL_ATTACK, ATTACKED_VALUES, IRREGULAR_PAST, LABOUR_STRIKE, LEGAL_CASE, MILITARY, NON_EVENTIVE_GOVERNORS, NOUN_READ_VERBS, PREVENT,
  ELECTORATE, PARTISAN_ATTACK, REQUEST, SCHEDULED, DEAL_BREACH, STRIKE_HARM, STRIKE_HIT, STRIKE_TARGETS, STRIKE_WEAPON, STRUCTURES, WEAPON_FIRE, LEAKED_SUBSTANCES, MILITARY_DRILL_WORDS, FROZEN_HOLDINGS, SANCTION_BAN_WORDS, TARIFF_LAYING, COMPUTER_SYSTEMS, STOLEN_DATA, SENTENCE_TERMS,
} from '../../nlp/lexicon/event-cues.js';

import type { Trigger } from './trigger.js';
export type { Trigger };


/** Verb lemma by suffix stripping, tried against the trigger lexicon only. */
export function verbLemma(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w === 'sent' || w === 'sends' || w === 'sending') return 'send';
  const irregular = own(IRREGULAR_PAST, w);
  const candidates = irregular ? [irregular, w] : [w];
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  if (w.endsWith('ied')) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('es')) candidates.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  return candidates.find((c) => Object.hasOwn(EVENT_VERBS, c));
}


/** Noun trigger type by singular or plural form ("operations" -> "operation"). */
export function nounTypeOf(word: string): EventType | undefined {
  return own(EVENT_NOUNS, word) ?? (word.endsWith('s') ? own(EVENT_NOUNS, word.slice(0, -1)) : undefined);
}


/** A figure, money or a name within a few words of a business noun ("a $2bn investment by Acme"). */
function economicAnchor(tokens: readonly Token[], i: number, mentions: readonly EntityMention[]): boolean {
  for (let k = Math.max(0, i - 4); k <= Math.min(tokens.length - 1, i + 5); k++) {
    const t = tokens[k] as Token;
    if (k !== i && (t.tags.has('Value') || t.tags.has('Money') || /^[$€£¥]/.test(t.text) || /\d/.test(t.text))) return true;
    if (mentions.some((m) => m.record === 'actor' && m.firstToken <= k && m.lastToken >= k)) return true;
    if (/[.;]/.test(t.post) && k >= i) break;
  }
  return false;
}

/** The noun at `i` is in the object of an infinitive after a word of wish or ability ("want to revive the marches"). */
function wishedObject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 6); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post)) return false;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return tokens[k - 1]?.lower === 'to' && NON_EVENTIVE_GOVERNORS.has(tokens[k - 2]?.lower ?? '');
  }
  return false;
}

/** "a record of jailing and beating": the gerund or noun at `i` hangs on "of" after a generic noun. */
function genericAct(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  // over a coordinated first act ("torturing and executing")
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k -= 2;
  while (k >= 0 && /,$/.test((tokens[k] as Token).post) === false && (tokens[k] as Token).tags.has('Adjective')) k--;
  return tokens[k]?.lower === 'of' && GENERIC_OF.test(tokens[k - 1]?.lower ?? '');
}

/** Verbs of phase whose -ing complement is the act itself ("began shelling", "resumed firing"). Id: `events/phase-verbs`. */
const ASPECTUAL_VERBS = /^(?:began|begin|begins|begun|beginning|started|start|starts|starting|continued|continue|continues|kept|keep|keeps|resumed|resume|resumes|stopped|stop|stops|halted|ceased)$/;

/** A count's words between "took" and "hostage" that are no phrase of their own ("about 170 guests", "dozens of villagers"). */
const HOSTAGE_COUNT_WORDS = /^(?:about|around|of|some|over|nearly|almost)$/;

const PREPOSITION = /^(?:in|of|over|against|into|about|with|during|from|to|for|on|at|amid|among|after|before|since)$/;

/**
 * A bare plural inside a prepositional phrase ("join rallies", "a collapse in negotiations", "the
 * beginning of last year's protests") names a kind of happening in the background, not one happening: no
 * determiner or number picks one out. "called for nationwide rallies" is kept: calling for them is the news.
 */
function inBackgroundPhrase(tokens: readonly Token[], i: number): boolean {
  if (portionStart(tokens, i) >= 0) return false;
  let k = i - 1;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (PREPOSITION.test(t.lower)) break;
    // parts of a hyphenated modifier ("closed-door deals")
    if (t.tags.has('Hyphenated') || /-$/.test(t.post)) {
      k--;
      continue;
    }
    if (t.tags.has('Determiner') || t.tags.has('Value') || t.tags.has('Cardinal')) return false;
    // "ahead of planned referendums", "before upcoming talks": a particular happening, announced
    if (SCHEDULED.test(t.lower)) return false;
    if (t.tags.has('Adjective') || (t.tags.has('Singular') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun')) || t.tags.has('Possessive') || /['’]s$/.test(t.text) || t.tags.has('Date') || /-$/.test(t.post) || t.lower === 'year' || t.lower === 'last') {
      k--;
      continue;
    }
    break;
  }
  const prep = tokens[k];
  if (!prep || !PREPOSITION.test(prep.lower)) return false;
  // "won 14 councils in local elections on Sunday": a time of its own picks out one happening
  if (tokens[i + 1]?.tags.has('Date') || (/^(?:on|last|this)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.tags.has('Date'))) return false;
  // "arrested 40 people after clashes near the election office", "amid clashes between police and students": a
  // happening that times the clause, picked out by where or between whom it was
  // ("after renewed clashes between the army and rebels", "amid heavy clashes in the north": adjectives between; round 16)
  if (/^(?:after|amid|during|following|despite)$/.test(prep.lower) && tokens.slice(k + 1, i).every((t) => t.tags.has('Adjective') || (/ed$/.test(t.lower) && t.tags.has('Verb')))
    && /^(?:near|outside|in|at|between|with|around)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  return !(prep.lower === 'for' && CALL.test(tokens[k - 1]?.lower ?? ''));
}



/** "invited journalists to visit", "urged the workers to rally": the infinitive at `to` is requested. */
function requestedAct(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 10); k--) {
    const t = tokens[k] as Token;
    if (REQUEST.test(t.lower)) return true;
    if (t.lower === 'including') continue;
    if (/[;:]/.test(t.post) || t.lower === 'and' || (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle'))) return false;
  }
  return false;
}

function isNounish(tok: Token | undefined): boolean {
  return tok !== undefined && (tok.tags.has('Noun') || tok.tags.has('Plural') || tok.tags.has('Singular'));
}

/**
 * Finds trigger words of a sentence: verbs and nominalisations of the trigger lexicon, with the rules that keep
 * adjectival participles ("a negotiated settlement"), names ("Operation Sea Lion") and idle uses of common verbs
 * ("take", "lead", "fire") out.
 */
export function findTriggers(sentence: TaggedSentence, mentions: readonly EntityMention[]): Trigger[] {
  const triggers: Trigger[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    const trigger = triggerAt(sentence.tokens, i, mentions);
    if (!trigger) continue;
    triggers.push(trigger);
    // a phrase of two or more words ("caught fire", "exchanged fire") is read once
    if (trigger.fixed || trigger.nominal || trigger.lemma === 'turn down' || trigger.lemma === 'hand over') i = trigger.last;
  }
  return triggers;
}

/** The trigger that starts at token `i`, if any. */
function triggerAt(tokens: readonly Token[], i: number, mentions: readonly EntityMention[]): Trigger | undefined {
  const phrase = phraseTriggerAt(tokens, i) ?? streetsTriggerAt(tokens, i) ?? batonChargeAt(tokens, i);
  // most words are in no lexicon: skip the context rules for them
  if (!phrase && !inTriggerLexicon(tokens[i] as Token)) return undefined;
  if (outOfPlay(tokens, i, mentions)) return undefined;
  if (phrase) return phrase;
  // "Zambia's ruling party", "the country's ruling elite": those in power, whichever reading the tagger gave "ruling"
  if ((tokens[i] as Token).lower.replace(/['’]s$/, '') === 'ruling' && RULERS.test(tokens[i + 1]?.lower ?? '')) return undefined;
  const prevTok = tokens[i - 1];
  // to VERB after a word of wish or ability is no happening
  if (prevTok?.lower === 'to' && NON_EVENTIVE_GOVERNORS.has(tokens[i - 2]?.lower ?? '')) return undefined;
  // "want to repeat last year's rallies": what a wish is about is no happening reported here
  if (wishedObject(tokens, i)) return undefined;
  const word = wordAt(tokens, i);
  if (prevTok?.lower === 'to' && (word.infinitive || word.tok.tags.has('Verb')) && requestedAct(tokens, i - 1)) return undefined;
  // "added to signs that the economy is recovering", "reacted to signs the recovery is stalling": no infinitive ends
  // in -s, so a present -s form right after "to" is a plural noun even where the tagger read "to" as a conjunction and
  // the noun as a verb; a verb of the lexicon with no happening noun ("signs") then triggers nothing.
  // Id: `events/plural-after-to` (round 16, second wave).
  const pluralNoun = prevTok?.lower === 'to' && pluralAfterTo(word.tok);
  if (attributiveParticiple(tokens, i) || bannedEntry(tokens, i)) return undefined;
  // "3,000 job cuts": a noun however the tagger read it (round 18)
  const jobCuts = businessNounType(tokens, i, word.base) === 'economic';
  if (word.lemma && word.verbal && !(word.asNoun && word.nounContext) && !pluralNoun && !jobCuts) return verbTriggerAt(tokens, i, mentions, word);
  return nounTriggerAt(tokens, i, mentions, word);
}

/**
 * Whether a word can start a one-word trigger at all: a verb or a noun of the lexicon, "case" (`nounTypeAt`) or the
 * "sit" of "sit-in" (`nounTriggerAt`). A rule there that takes a new word must take it here too.
 */
function inTriggerLexicon(tok: Token): boolean {
  const base = tok.lower.replace(/['’]s$/, '');
  return verbLemma(tok.lower) !== undefined || nounTypeOf(base) !== undefined || base === 'case' || tok.lower === 'sit';
}

/** Tokens that trigger nothing: parts of names, acronyms, kinds of act, comparisons and prevented acts. */
function outOfPlay(tokens: readonly Token[], i: number, mentions: readonly EntityMention[]): boolean {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (mentions.some((m) => m.firstToken <= i && m.lastToken >= i)) return true; // part of a name
  // a capitalised trigger inside a sentence is part of a name ("Operation Sea Lion", "War Office"); a word in
  // capitals is an acronym ("AIDS")
  if (i > 0 && /^[A-Z]/.test(tok.text) && !/^[A-Z]+$/.test(tok.text)) return true;
  if (/^[A-Z]{2,}$/.test(tok.text)) return true;
  if (genericAct(tokens, i)) return true;
  // "it was like an earthquake": a comparison, not a happening
  if (tokens.slice(Math.max(0, i - 5), i).some((t) => t.lower === 'like' || (t.lower === 'if' && tokens[t.index - 1]?.lower === 'as'))) return true;
  if (/^[A-Z]/.test(tok.text) && next && /^[A-Z]/.test(next.text) && next.tags.has('ProperNoun')) return true;
  // "to avert further rallies", "avoid further clashes": what is prevented has not happened
  return tokens.slice(Math.max(0, i - 4), i).some((t) => PREVENT.test(t.lower));
}

/** "Indian troops pushed them back", "forces drove the rebels back from the town": the foe between verb and particle. */
function foeDrivenBack(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (!/^(?:push|pushed|pushes|pushing|drove|drive|drives|driving|driven|beat|beats|beating|forced|force|forces|forcing)$/.test(tok.lower) || !tok.tags.has('Verb')) return false;
  const back = tokens.slice(i + 2, i + 5).findIndex((t) => t.lower === 'back');
  const foe = back >= 0 ? tokens.slice(i + 1, i + 2 + back) : [];
  return foe.some((t) => /^(?:them|him|rebels|troops|forces|soldiers|militants|fighters|insurgents|attackers|gunmen|protesters|crowds?|enemy)$/.test(t.lower)) && !foe.some((t) => /[,;:.]/.test(t.post));
}

/** "gunmen took 30 guests hostage", "were taken prisoner": a seizure of people (as "held hostage"). */
function takenHostage(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (!/^(?:take|takes|took|taken|taking)$/.test(tok.lower) || !tok.tags.has('Verb')) return false;
  const held = tokens.slice(i + 1, i + 8).findIndex((t) => /^(?:hostages?|captives?|prisoners?)$/.test(t.lower));
  // ("took about 170 guests hostage", "took dozens of villagers hostage": a count's "about" or "of" is no phrase of its own)
  return held >= 0 && !tokens.slice(i + 1, i + 1 + held).some((t) => /[,;:.]/.test(t.post) || (t.tags.has('Preposition') && !HOSTAGE_COUNT_WORDS.test(t.lower)));
}

/**
 * "thousands took to the streets of Khartoum", "supporters are taking to the streets": people going out to protest
 * (CAMEO 141). Id: `events/take-to-the-streets`.
 */
function streetsTriggerAt(tokens: readonly Token[], i: number): Trigger | undefined {
  if (!/^(?:take|takes|took|taken|taking)$/.test((tokens[i] as Token).lower) || tokens[i + 1]?.lower !== 'to') return undefined;
  const the = tokens[i + 2]?.lower === 'the' ? 1 : 0;
  if (!/^streets?$/.test(tokens[i + 2 + the]?.lower ?? '')) return undefined;
  return { first: i, last: i + 2 + the, type: 'protest', nominal: false, lemma: 'take to the streets', fixed: true };
}

/**
 * "Police baton-charged hundreds of protesters": police running at a crowd with batons is a confrontation, like firing
 * tear gas at it (round 22, `events/baton-charge`). The tagger splits the compound and reads both halves as adjectives.
 */
function batonChargeAt(tokens: readonly Token[], i: number): Trigger | undefined {
  const tok = tokens[i] as Token;
  if (!/^(?:baton|lathi)$/.test(tok.lower) || tok.post !== '-' || !/^charg(?:e|es|ed|ing)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  return { first: i, last: i + 1, type: 'clash', nominal: false, lemma: 'baton-charge', fixed: true };
}

/**
 * "hackers broke into the ministry's computer systems", "infiltrated the networks of two firms", "hacked the email
 * accounts of three ministers": a cyberattack; a house broken into or a group infiltrated is none (round 23,
 * `event-cues/computer-systems`).
 */
function cyberattackAt(tokens: readonly Token[], i: number): Trigger | undefined {
  const tok = tokens[i] as Token;
  if (!/^(?:break|breaks|broke|breaking|infiltrate[sd]?|infiltrating|hack|hacks|hacked|hacking)$/.test(tok.lower) || !tok.tags.has('Verb') || !intoSystems(tokens, i)) return undefined;
  const last = tokens[i + 1]?.lower === 'into' ? i + 1 : i;
  return { first: i, last, type: 'attack', nominal: false, lemma: /^hack/.test(tok.lower) ? 'hack' : last > i ? 'break into' : 'infiltrate', fixed: true };
}

const STEAL = /^(?:steal|steals|stole|stolen|stealing)$/;
const PASSIVE_BE = /^(?:was|were|been|being|be|is|are)$/;

/**
 * "Hackers stole the personal data of 2 million customers", "had stolen the names and addresses of shoppers", "the
 * passwords of 40,000 users were stolen": taking stored records about people is a cyberattack like a break-in (round
 * 25, `event-cues/stolen-data`); "stole a car", "stole the show" are none. The data is the object (within six words
 * after the verb) or, with a passive, the subject (within six words before "was/were").
 */
function dataTheftAt(tokens: readonly Token[], i: number): Trigger | undefined {
  const tok = tokens[i] as Token;
  if (!STEAL.test(tok.lower) || !tok.tags.has('Verb')) return undefined;
  const passive = PASSIVE_BE.test(tokens[i - 1]?.lower ?? '');
  const span = passive ? tokens.slice(Math.max(0, i - 7), i - 1) : tokens.slice(i + 1, i + 7);
  if (!stolenData(span, passive)) return undefined;
  return { first: i, last: i, type: 'attack', nominal: false, lemma: 'steal', fixed: true };
}

/** A data word in `span` before any clause break (read backwards from the verb when `backwards`). */
function stolenData(span: readonly Token[], backwards: boolean): boolean {
  const ordered = backwards ? [...span].reverse() : span;
  for (const t of ordered) {
    if (backwards && /[,;:.]/.test(t.post)) return false;
    if (STOLEN_DATA.test(t.lower)) return true;
    if (!backwards && /[,;:.]/.test(t.post)) return false;
  }
  return false;
}

/** A word of computer systems within the six words after the verb at `i`, before any clause break ("into the servers of"). */
function intoSystems(tokens: readonly Token[], i: number): boolean {
  if (/^br/.test((tokens[i] as Token).lower) && tokens[i + 1]?.lower !== 'into') return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k] as Token;
    if (COMPUTER_SYSTEMS.test(t.lower)) return true;
    if (/[,;:.]/.test(t.post)) return false;
  }
  return false;
}

/** Triggers of two or more words: "pushed back", "exchanged fire", "caught fire", "turned down", "claimed responsibility", "put on alert". */
function phraseTriggerAt(tokens: readonly Token[], i: number): Trigger | undefined {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (/^push/.test(tok.lower) && next?.lower === 'back' && tok.tags.has('Verb')) return { first: i, last: i + 1, type: 'clash', nominal: false, lemma: 'push back' };
  if (foeDrivenBack(tokens, i)) return { first: i, last: i, type: 'clash', nominal: false, lemma: 'push back', fixed: true };
  // ("traded artillery fire across the border": trading shots is exchanging them; round 18)
  if (/^exchang/.test(tok.lower) || (/^trad(?:e|es|ed|ing)$/.test(tok.lower) && tok.tags.has('Verb'))) {
    // "exchanged fire", "an exchange of fire": two sides fighting
    const fire = tokens.slice(i + 1, i + 4).findIndex((t) => /^(?:fire|gunfire|shots|blows)$/.test(t.lower) && !/^-/.test(t.post));
    if (fire >= 0) return { first: i, last: i + 1 + fire, type: 'clash', nominal: !tok.tags.has('Verb'), lemma: 'exchange fire', fixed: true };
  }
  if (takenHostage(tokens, i)) return { first: i, last: i, type: 'capture', nominal: false, lemma: 'take hostage', fixed: true };
  // "the river burst its banks": a flood
  if (/^(?:burst|bursts|bursting)$/.test(tok.lower) && /^(?:its|their)$/.test(next?.lower ?? '') && tokens[i + 2]?.lower === 'banks') return { first: i, last: i + 2, type: 'accident', nominal: false, lemma: 'burst banks', fixed: true };
  const cyber = cyberattackAt(tokens, i) ?? dataTheftAt(tokens, i);
  if (cyber) return cyber;
  // "caught fire": an accident
  const accident = FIXED_ACCIDENT_PHRASES.find(([verb, particle]) => next?.lower === particle && verb.test(tok.lower));
  if (accident) return { first: i, last: i + 1, type: 'accident', nominal: false, lemma: accident[2], fixed: true };
  const particle = particleVerbAt(tokens, i);
  if (particle) return particle;
  // "stepped down as prime minister": a resignation
  if (/^(?:step|steps|stepped|stepping)$/.test(tok.lower) && next?.lower === 'down' && tok.tags.has('Verb')) return { first: i, last: i + 1, type: 'other', nominal: false, lemma: 'step down', fixed: true };
  const walkout = labourWalkout(tokens, i);
  if (walkout) return walkout;
  // "claimed responsibility": a group's statement owning an act
  if (/^claim/.test(tok.lower) && next?.lower === 'responsibility') return { first: i, last: i + 1, type: 'statement', nominal: false, lemma: 'claim responsibility', fixed: true };
  // "a suicide bomber blew himself up", "militants blew up a bridge": a bombing; "a fuel tanker blew up" an accident
  if (/^(?:blow|blows|blew|blown|blowing)$/.test(tok.lower)) {
    const up = tokens.slice(i + 1, i + 3).findIndex((t) => t.lower === 'up');
    const reflexive = up === 1 && /^(?:himself|herself|themselves|itself)$/.test(next?.lower ?? '');
    if (up === 0 || reflexive) {
      const last = i + 1 + up;
      // "would blow up the economy", "threatened to blow up the deal": an abstract thing blown up is a figure
      if (!reflexive && blownUpAbstraction(tokens, last)) return undefined;
      const armed = reflexive || tokens.some((t) => BOMB_CONTEXT.test(t.lower)) || /^(?:a|an|the|two|three|several)$/.test(tokens[last + 1]?.lower ?? '');
      // "her career blew up", "the dispute blew up into a crisis": only a machine or a store of fuel explodes by accident
      const machine = tokens.slice(Math.max(0, i - 3), i).some((t) => EXPLOSIVE_THINGS.test(t.lower));
      if (armed || machine) return { first: i, last, type: armed ? 'attack' : 'accident', nominal: false, lemma: 'blow up', fixed: true };
    }
  }
  // an emergency measure or an entry ban (`measures.ts`)
  const measure = measureTriggerAt(tokens, i);
  if (measure) return measure;
  // "will be sworn in on December 16", "was sworn in as president": an inauguration
  if (/^(?:swear|swears|swore|sworn|swearing)$/.test(tok.lower) && next?.lower === 'in' && !/^(?:the|a|an|his|her)$/.test(tokens[i + 2]?.lower ?? '')) return { first: i, last: i + 1, type: 'other', nominal: false, lemma: 'swear in', fixed: true };
  // "the storm made landfall": a storm striking the coast
  if (/^(?:make|makes|made|making)$/.test(tok.lower) && next?.lower === 'landfall') return { first: i, last: i + 1, type: 'accident', nominal: false, lemma: 'make landfall', fixed: true };
  // "the death toll rose to 86": the count of a happening's dead
  if (tok.lower === 'death' && next?.lower === 'toll') return { first: i, last: i + 1, type: 'casualty', nominal: true, lemma: 'death toll', fixed: true };
  // "voters went to the polls", "will head to the polls": an election held
  if (/^(?:go|goes|went|gone|going|head|heads|headed|heading|return|returns|returned|returning)$/.test(tok.lower) && tok.tags.has('Verb') && next?.lower === 'to'
    && tokens[i + 2]?.lower === 'the' && tokens[i + 3]?.lower === 'polls') return { first: i, last: i + 3, type: 'election', nominal: false, lemma: 'go to the polls', fixed: true };
  // "placed on full alert", "put its forces on alert": a readiness order
  if (/^(?:place|put)/.test(tok.lower) && tok.tags.has('Verb')) {
    const alert = tokens.slice(i + 1, i + 7).findIndex((t) => t.lower === 'alert');
    if (alert >= 0 && tokens.slice(i + 1, i + 1 + alert).some((t) => t.lower === 'on')) return { first: i, last: i, type: 'other', nominal: false, lemma: 'put on alert', fixed: true };
  }
  return undefined;
}

/**
 * "turned down the appeal": a refusal; "handed over four soldiers to the Red Cross" (round 16): a giving up. Verbs
 * with a particle whose sense the object after the particle decides.
 */
function particleVerbAt(tokens: readonly Token[], i: number): Trigger | undefined {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!tok.tags.has('Verb')) return undefined;
  // "will lay off 800 workers", "went bankrupt" (round 18, `business-acts.ts`)
  const business = businessActAt(tokens, i);
  if (business) return business;
  if (/^(?:turn|turns|turned|turning)$/.test(tok.lower) && next?.lower === 'down') return { first: i, last: i + 1, type: 'legal', nominal: false, lemma: 'turn down' };
  if (/^(?:hand|hands|handed|handing)$/.test(tok.lower) && next?.lower === 'over') return { first: i, last: i + 1, type: 'other', nominal: false, lemma: 'hand over' };
  const giving = GIVING_WAY.find(([verb, particle]) => next?.lower === particle && verb.test(tok.lower));
  if (giving) return { first: i, last: i + 1, type: 'accident', nominal: false, lemma: giving[2] };
  return undefined;
}

/**
 * Verb phrases that only ever tell an accident, whatever the subject, so no sense is read: "the warehouse caught fire",
 * "the tanker ran aground off the cape", "had run aground" (a vessel stranded; round 24, lead).
 */
const FIXED_ACCIDENT_PHRASES: readonly (readonly [RegExp, string, string])[] = [
  [/^(?:catch|catches|caught|catching)$/, 'fire', 'catch fire'],
  [/^(?:run|runs|ran|running)$/, 'aground', 'run aground'],
];

/**
 * Verbs with a particle for a thing giving way ("a scaffold gave way", "the roof caved in", "the stand tipped over"):
 * their senses (`VERB_SENSES`) keep only a structure or a vehicle as subject (round 22, `events/giving-way`).
 */
const GIVING_WAY: readonly (readonly [RegExp, string, string])[] = [
  [/^(?:give|gives|gave|given|giving)$/, 'way', 'give way'],
  [/^(?:cave|caves|caved|caving)$/, 'in', 'cave in'],
  [/^(?:tip|tips|tipped|tipping)$/, 'over', 'tip over'],
];

/**
 * "60 percent of drivers had walked out", "nurses walked off the job": working people leaving work in a dispute is
 * strike action; "walked out of the meeting" is none, and "walked out ... in a strike" leaves the strike to tell it
 * (round 15).
 */
function labourWalkout(tokens: readonly Token[], i: number): Trigger | undefined {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!/^(?:walk|walks|walked|walking)$/.test(tok.lower) || !tok.tags.has('Verb') || !tokens.slice(Math.max(0, i - 8), i).some((t) => LABOUR.test(t.lower))) return undefined;
  if (tokens.slice(i + 2).some((t) => /^(?:strikes?|walkouts?|stoppages?)$/.test(t.lower))) return undefined;
  const job = next?.lower === 'off' && /^(?:the|their)$/.test(tokens[i + 2]?.lower ?? '') && /^(?:job|jobs)$/.test(tokens[i + 3]?.lower ?? '');
  if (job || (next?.lower === 'out' && tokens[i + 2]?.lower !== 'of')) return { first: i, last: job ? i + 3 : i + 1, type: 'protest', nominal: false, lemma: 'walk out', fixed: true };
  return undefined;
}

/** How the word at a position reads: its verb lemma, its noun type and whether its context is a noun's or a verb's. */
interface WordReading {
  tok: Token;
  base: string;
  lemma: string | undefined;
  asNoun: EventType | undefined;
  nounContext: boolean;
  participial: boolean;
  infinitive: boolean;
  /** Tagged or placed as a verb (a verb, a gerund, a passive participle, an infinitive or a participial phrase). */
  verbal: boolean;
  /** A past form tagged as a noun that is the verb of a clause a subordinator opened ("before the storm hit."). */
  subordinatePast: boolean;
}

function wordAt(tokens: readonly Token[], i: number): WordReading {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  const prevTok = tokens[i - 1];
  // "carried out strikes", "held talks": after a light verb a word with a noun reading is the noun
  const afterLightVerb = [1, 2, 3].some((n) => i - n >= 0 && lightVerbLemma(tokens.slice(i - n, i).map((t) => t.lower)) !== undefined);
  // "called for nationwide rallies": a noun inside a phrase ("for mass ...") has no subject before a verb reading
  const compound = prevTok !== undefined && prevTok.tags.has('Noun') && !prevTok.tags.has('ProperNoun') && !prevTok.tags.has('Pronoun')
    && (tokens[i - 2]?.tags.has('Preposition') || tokens[i - 2]?.tags.has('Determiner') || tokens[i - 2]?.tags.has('Adjective'));
  // ", killing at least 12 fighters": a gerund opening a phrase after a comma, or with an object, is the verb
  // ("fighting continues" is the noun: a tensed verb follows it)
  const participial = (tok.tags.has('Gerund') || /ing$/.test(tok.lower)) && !(next !== undefined && next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Noun'))
    && ((prevTok !== undefined && /,/.test(prevTok.post)) || (next !== undefined && (next.tags.has('Determiner') || next.tags.has('Value') || /^(?:some|about|more|over|up)$/.test(next.lower)
      // "killing at least 12": "at" opens a quantity, not a place ("a suicide bombing at a mosque" is the noun)
      || (next.lower === 'at' && /^(?:least|most)$/.test(tokens[i + 2]?.lower ?? '')))));
  // "began shelling villages", "kept attacking convoys": an -ing word after a verb of phase, before a bare noun
  // phrase, is the verb of the act begun (with a determiner it already is: "began shelling the town")
  const phased = ASPECTUAL_VERBS.test(prevTok?.lower ?? '') && /ing$/.test(tok.lower) && next !== undefined && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Date');
  // "went on strike", "came under fire": right after a preposition a word with a noun reading is the noun
  const afterPreposition = prevTok !== undefined && (prevTok.lower !== 'to' || pluralAfterTo(tok)) && isPreposition(prevTok) && !tok.tags.has('Gerund') && !/ing$/.test(tok.lower);
  const nounContext = !participial && !phased && (compound || afterPreposition || participleModified(tokens, i) || prevTok === undefined || prevTok.tags.has('Determiner') || prevTok.tags.has('Adjective') || prevTok.tags.has('Possessive') || prevTok.tags.has('Value') || /-$/.test(prevTok.post) || afterLightVerb);
  const base = tok.lower.replace(/['’]s$/, '');
  const asNoun = /^orders?$/.test(base) && publicOrder(tokens, i) ? undefined : nounTypeOf(base);
  const lemma = verbLemma(tok.lower);
  // "is charged", "were detained": compromise tags some passive participles as adjectives
  const passiveParticiple = tok.tags.has('Adjective') && /ed$/.test(tok.lower) && (prevTok?.tags.has('Copula') || prevTok?.tags.has('Auxiliary')) === true;
  // "the blast also wounded 40 people": an -ed word after a subject and an adverb, before its object, is the verb
  const adverbedPast = tok.tags.has('Adjective') && /ed$/.test(tok.lower) && ((prevTok?.tags.has('Adverb') === true && isNounish(tokens[i - 2])
    && next !== undefined && (next.tags.has('Value') || next.tags.has('Determiner'))) || countedObjectPast(tokens, i));
  // "trying to destroy": a bare verb after "to" is an infinitive even where the tagger reads a noun
  const infinitive = prevTok?.lower === 'to' && lemma === tok.lower && !asNoun;
  // "before the storm hit.": a past form the tagger read as a noun is the verb of the clause a subordinator opened
  // "it had hit an oil depot": a past participle the tagger read as a noun after a perfect auxiliary, before its object
  const subordinatePast = subordinatePastAt(tokens, i) || (/^(?:has|have|had)$/.test(prevTok?.lower ?? '') && (own(IRREGULAR_PAST, tok.lower) !== undefined || /ed$/.test(tok.lower))
    && !asNounOf(tok) && next !== undefined && (next.tags.has('Determiner') || next.tags.has('Value')))
    // ("A bulk carrier was hit by a missile": an irregular past between a form of "be" and "by" is a passive; round 15)
    || (/^(?:was|were|been|be|is|are|being)$/.test(prevTok?.lower ?? '') && own(IRREGULAR_PAST, tok.lower) !== undefined && next?.lower === 'by');
  const verbal = tok.tags.has('Verb') || tok.tags.has('Gerund') || passiveParticiple || adverbedPast || subordinatePast || infinitive || participial;
  return { tok, base, lemma, asNoun, nounContext, participial, infinitive, verbal, subordinatePast };
}

/**
 * "The blast injured three soldiers", "The collision injured one sailor": an -ed word the tagger read as an adjective,
 * right after a subject noun of a determiner and before a count of people, is the clause's verb ("three people injured
 * two days ago" is a reduced relative: a time follows the count). Id: `events/counted-object-past` (round 18).
 */
function countedObjectPast(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || /[,;:]/.test(prev.post) || !(next?.tags.has('Value') || next?.tags.has('Cardinal'))) return false;
  // "damaged the boat and injured one sailor": the second of two coordinated past verbs
  const coordinated = prev.lower === 'and' && tokens.slice(Math.max(0, i - 6), i - 1).some((t) => t.tags.has('PastTense') && t.tags.has('Verb'));
  // ("The shelling wounded two children": the tagger reads the subject's -ing noun as a gerund)
  const subject = (isNounish(prev) || prev.tags.has('Gerund')) && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => t.tags.has('Determiner'));
  if (!coordinated && !subject) return false;
  const after = tokens[i + 2];
  return after !== undefined && !after.tags.has('Date') && !/^(?:days?|weeks?|months?|years?|hours?|minutes?|times)$/.test(after.lower);
}

/** Prepositions and subordinators that time a clause by a happening ("fled after renewed fighting", "despite escalating clashes"). */
const TIMING_WORDS = /^(?:after|amid|amidst|despite|during|following|before|since)$/;

/**
 * "fled after renewed fighting", "despite intensified shelling": an -ed word between a timing word and the happening
 * noun modifies the noun (the tagger read it as the clause's past verb, the noun as its gerund object).
 * Id: `events/participle-modified-happening` (round 16).
 */
function participleModified(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && /ed$/.test(prev.lower) && prev.tags.has('Verb') && !/[,;:]/.test(prev.post) && TIMING_WORDS.test(tokens[i - 2]?.lower ?? '');
}

function asNounOf(tok: Token): boolean {
  return nounTypeOf(tok.lower.replace(/['’]s$/, '')) !== undefined;
}

/** An election noun later in the clause of "won" at `i` ("won 112 seats in Sunday's parliamentary election"). */
function wonElectionNamed(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k] as Token;
    if (nounTypeOf(t.lower) === 'election' && !/^(?:votes?|ballots?)$/.test(t.lower)) return true;
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
}

/**
 * "conceded defeat in the parliamentary vote", "conceded defeat in Sunday's election": the vote named after "in" is
 * the happening and the concession its outcome, as for "won ... in Sunday's election" (round 16).
 */
function concededIn(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'in') return tokens.slice(k + 1, k + 6).some((w) => nounTypeOf(w.lower) === 'election');
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
}

/** Words naming who runs for an office. */
const CANDIDATES = /^(?:candidates?|nominees?|hopefuls?|front-?runners?|challengers?|contenders?|incumbents?|running|mates?)$/;

/**
 * "Republican presidential candidate Ivo Lind campaigned in Ohio": a candidate campaigning is the election
 * campaign, unless "for" or "against" names a cause ("campaigned for the release of prisoners").
 */
function candidateCampaigning(tokens: readonly Token[], i: number): boolean {
  if (/^(?:for|against|to)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  return tokens.slice(Math.max(0, i - 8), i).some((t) => CANDIDATES.test(t.lower) || (ELECTORAL.test(t.lower) && /^(?:presidential|senate|congressional|gubernatorial|mayoral|parliamentary)$/.test(t.lower)));
}

/** A campaign for an office: an electoral word among the two words before it, or after "for" (past "a", "the", "re-"). */
function electoralCampaign(tokens: readonly Token[], i: number): boolean {
  if (tokens.slice(Math.max(0, i - 2), i).some((t) => ELECTORAL.test(t.lower) && !/[,;:]/.test(t.post))) return true;
  if (tokens[i + 1]?.lower !== 'for') return false;
  return tokens.slice(i + 2, i + 5).some((t) => ELECTORAL.test(t.lower));
}

/** "claimed responsibility", "has claimed responsibility": an act somebody owns up to is no accident. */
function claimedResponsibility(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.lower === 'responsibility' && /^claim(?:s|ed|ing)?$/.test(tokens[k - 1]?.lower ?? ''));
}

/**
 * "Troops later arrested four men", "police earlier detained": "later" and "earlier" after a subject are adverbs of
 * time (the tagger reads them as comparative adjectives), so the participle after them is the verb; "the later
 * arrested men" keeps its determiner.
 */
function timeAdverbBeforeVerb(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return /^(?:later|earlier)$/.test((tokens[k] as Token).lower) && before !== undefined && !before.tags.has('Determiner') && !before.tags.has('Preposition');
}

/** "that" at `k` right after a noun, before a past verb and its object: a relative pronoun, not a determiner. */
function relativeThat(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k - 1];
  const object = tokens[k + 2];
  // ("a truck bombing in Mogadishu in 2017 that killed 500": the phrase may end in a place or a year)
  return (tokens[k] as Token).lower === 'that' && noun !== undefined && (isNounish(noun) || noun.tags.has('Value') || noun.tags.has('Date')) && !noun.tags.has('Pronoun') && !/[,;:]/.test(noun.post)
    // ("a plane that disappeared over the Java Sea": a verb with no object goes on with a preposition)
    && object !== undefined && (object.tags.has('Value') || object.tags.has('Determiner') || object.tags.has('Preposition') || /^(?:at|more|about|nearly|some|over|up|off|into|near)$/.test(object.lower));
}

/** Nouns for ground that is taken in a fight ("took the town", "retook the airport"). */
const TAKEN_PLACES = /^(?:town|towns|city|cities|village|villages|region|province|district|capital|airport|airbase|base|bases|bridge|port|area|territory|hill|hills|road|crossing|camp|stronghold|outpost|garrison|checkpoint|enclave|suburb|island|oilfield|refinery)$/;
/** Words of a vote, beyond the offices of `ELECTORAL`, that make "took <a state>" a win, not a capture. */
const VOTING_WORDS = /^(?:primaries|caucus|caucuses|elections|vote|voters|ballot|ballots|delegates|runoff|polls|nomination)$/;

/** Economic and political wholes that are "blown up" only in a figure. Id: `triggers/blow-up-abstractions`. */
const BLOWN_UP_WHOLES = /^(?:economy|economies|deficit|debt|system|markets?|party|coalition|relationship|alliance|peace|consensus|order|status|quo|government|campaign|race|internet)$/;

/** The head noun of the object after "blow up" at `last` is an abstraction ("the economy", "the deal", "the talks"). */
function blownUpAbstraction(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 4); k++) {
    const t = tokens[k] as Token;
    if (ABSTRACT_PATIENTS.test(t.lower) || BLOWN_UP_WHOLES.test(t.lower)) return true;
    if (/[,;:.]/.test(t.post) || !(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Possessive') || t.tags.has('Noun'))) return false;
  }
  return false;
}

/** A verb trigger, unless the verb is used as an adjective or in an idle sense ("took a step", "going to decide"). */
function verbTriggerAt(tokens: readonly Token[], i: number, mentions: readonly EntityMention[], word: WordReading): Trigger | undefined {
  const { tok, participial, asNoun } = word;
  const lemma = word.lemma as string;
  const next = tokens[i + 1];
  const prevTok = tokens[i - 1];
  // participles used as adjectives ("a negotiated settlement", "elected politicians", "Freed hostage X") report no happening
  // ("a stampede that killed 30 pilgrims": "that" after a noun is the relative pronoun, the verb's subject)
  if (prevTok && ((prevTok.tags.has('Determiner') && !relativeThat(tokens, i - 1)) || (prevTok.tags.has('Adjective') && !timeAdverbBeforeVerb(tokens, i - 1))) && !tok.tags.has('Gerund') && !participial) return undefined;
  if (/ed$/.test(tok.lower) && (!prevTok || isPreposition(prevTok) || prevTok.tags.has('Determiner')) && next && (next.tags.has('Noun') || next.tags.has('ProperNoun')) && !next.tags.has('Pronoun') && !next.tags.has('Date') && !next.tags.has('Value') && !next.tags.has('Determiner')) return undefined;
  if (/ed$/.test(tok.lower) && prevTok?.tags.has('Verb') && !prevTok.tags.has('Auxiliary') && !prevTok.tags.has('Copula') && isNounish(next) && next?.tags.has('Plural')) return undefined;
  const type = own(EVENT_VERBS, lemma) as EventType;
  if (next?.lower === 'control' && politicalControl(tokens, i + 1)) return undefined;
  // "territory, frozen assets and security guarantees": holdings described as frozen, not a freeze told (round 17)
  if (tok.lower === 'frozen' && FROZEN_HOLDINGS.test(next?.lower ?? '') && !/^(?:was|were|been|be|is|are|being|has|have|had|got|get)$/.test(prevTok?.lower ?? '')) return undefined;
  let last = i;
  // "were driven to a hotel in Doha", "were transferred to a prison in Tehran": people conveyed to a named place (round
  // 17, `events/taken-to-place`); other uses of these verbs tell no happening
  if (CONVEYING_VERBS.has(lemma)) return takenToPlace(tokens, i, mentions) && peopleConveyed(tokens, i, mentions) ? { first: i, last: i, type: 'movement', nominal: false, lemma, fixed: true } : undefined;
  if (lemma === 'take' || lemma === 'retake') {
    // "took control of X" / "took X" (a place): capture; other uses of "take" are not events
    if (next?.lower === 'control' || (next?.lower === 'over' && placeTakenOver(tokens, i + 2, mentions)) || (next?.lower === 'power' && powerSeized(tokens))) last = i + 1;
    else if (lemma === 'take' && takenToPlace(tokens, i, mentions)) return { first: i, last: i, type: 'movement', nominal: false, lemma, fixed: true };
    // ("retook the region", "took the town of Lachin": a place noun after a determiner is a place taken)
    else if (!(next && mentions.some((m) => m.record === 'place' && m.firstToken === i + 1))
      // (a told taking only: "launched a battle to retake the city" is the battle, as before)
      && !(prevTok?.lower !== 'to' && next?.tags.has('Determiner') && tokens.slice(i + 2, i + 5).some((t) => TAKEN_PLACES.test(t.lower)))) return undefined;
    // "Velden won primaries in Ohio, while Marsh took Idaho": a candidate taking a state wins its vote
    if (last === i && tokens.some((t) => VOTING_WORDS.test(t.lower) || ELECTORAL.test(t.lower))) return undefined;
  }
  if (lemma === 'lead' && !tokens.slice(i + 1, i + 6).some((t) => GROUP_NOUNS.has(t.lower) || /protest|march|rally|activist|demonstrat/.test(t.lower))) return undefined;
  // "campaigned for president": running for an office; "campaigned for the release of prisoners" is advocacy
  if (lemma === 'campaign' && !electoralCampaign(tokens, i) && !candidateCampaigning(tokens, i)) return undefined;
  // "won a landslide in Sunday's election": the election named after it is the happening
  if (lemma === 'win' && wonElectionNamed(tokens, i)) return undefined;
  if (lemma === 'concede' && concededIn(tokens, i)) return undefined;
  // "shot to fame", "shot to the top of the charts": a rise, not a shooting
  if (lemma === 'shoot' && next?.lower === 'to' && /^(?:fame|prominence|stardom|the|number|power|popularity|notoriety|celebrity|international|national|global)$/.test(tokens[i + 2]?.lower ?? '')) return undefined;
  // "going to decide": the future, not a trip
  if (lemma === 'go' && next?.lower === 'to' && tokens[i + 2]?.tags.has('Verb') && !tokens[i + 2]?.tags.has('Noun')) return undefined;
  // a body voting to act decides; it elects nobody
  // (round 18: voters voting to recall a mayor or to leave a bloc hold a ballot, an election; `event-cues/electorate`)
  if (lemma === 'vote' && next?.lower === 'to' && !tokens.slice(0, i).some((t) => ELECTORATE.test(t.lower))) return { first: i, last, type: 'other', nominal: false, lemma, fixed: true };
  // the agreed act is the event ("agreed to leave the country"); an act no trigger names leaves the agreement
  // ("agreed to restart a hotline")
  if (lemma === 'agree' && next?.lower === 'to' && tokens[i + 2]?.tags.has('Verb') && inTriggerLexicon(tokens[i + 2] as Token)) return undefined;
  if (NOUN_READ_VERBS.has(lemma) && tok.tags.has('Noun') && !word.subordinatePast) return undefined;
  // "found guilty of kidnapping and manslaughter": a crime a verdict names ("accused the rebels of attacking the
  // convoy" tells an act with its object)
  // ("accused of kidnapping civilians and bombing oil pipelines": a bare noun phrase after it is its object too)
  const bareObject = next !== undefined && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Date') && !isPreposition(next) && !/[,;:.]/.test(tok.post);
  const objectNext = next !== undefined && (next.tags.has('Determiner') || next.tags.has('Value') || next.tags.has('Possessive') || next.tags.has('ProperNoun') || next.tags.has('Pronoun') || bareObject);
  if (/ing$/.test(tok.lower) && !objectNext && chargedCrime(tokens, i)) return undefined;
  return { first: i, last, type, nominal: false, lemma, ...(asNoun && !prevTok?.tags.has('Auxiliary') && prevTok?.lower !== 'to' ? { nounType: asNoun } : {}) };
}


/**
 * "Fano fighters took over the town of Lalibela", "rebels took over Goma": a place after "took over" is ground seized
 * (round 17); "took over the company", "took over as leader" are none. Id: `events/taken-over-place`.
 */
function placeTakenOver(tokens: readonly Token[], k: number, mentions: readonly EntityMention[]): boolean {
  if (mentions.some((m) => m.record === 'place' && m.firstToken === k)) return true;
  return tokens[k]?.tags.has('Determiner') === true && tokens.slice(k + 1, k + 4).some((t) => TAKEN_PLACES.test(t.lower) || SITES_TAKEN_OVER.test(t.lower));
}
/** Sites besides `TAKEN_PLACES` an armed side takes over ("a police station", "the presidential palace"). */
const SITES_TAKEN_OVER = /^(?:stations?|barracks|prisons?|jails?|palace|headquarters|mines?|oilfields?|ministr(?:y|ies)|broadcasters?|parliament)$/;

/**
 * "Army officers said they had taken power", "the junta that took power in 2021": power taken by force, a coup
 * (capture, as "seized power"), told by a word of force in the sentence; "took power after winning the election" is
 * an inauguration, none. Round 17. Source: wording of coup reports. Id: `events/power-taken`.
 */
const FORCE_WORDS = /^(?:coup|coups|putsch|junta|military|army|soldiers|officers|troops|mutineers|mutiny|rebels|force|gunfire|tanks|arrest|detained|ousted|overthrew|toppled)$/;
function powerSeized(tokens: readonly Token[]): boolean {
  return tokens.some((t) => FORCE_WORDS.test(t.lower));
}

/**
 * "regained control of the Senate", "took control of the board", "seized control of the party": a majority or a
 * stake won, not ground taken by force (round 17, with `event-cues/regained-ground`). Id: `events/political-control`.
 */
const CONTROLLED_BODIES = /^(?:senate|house|congress|parliament|chamber|assembly|legislature|council|councils|board|company|firm|group|party|bank|budget|committee|agenda|narrative|debate|majority|presidency|government|coalition|purse|finances|airwaves)$/;
function politicalControl(tokens: readonly Token[], control: number): boolean {
  if (tokens[control + 1]?.lower !== 'of') return false;
  for (let k = control + 2; k < Math.min(tokens.length, control + 6); k++) {
    const t = tokens[k] as Token;
    if (CONTROLLED_BODIES.test(t.lower)) return true;
    if (/[,;:.]/.test(t.post) || isPreposition(t)) return false;
  }
  return false;
}

/** A noun trigger ("the derailment", "an air strike", "the sit-in"), with the rules that keep idle nouns out. */
function nounTriggerAt(tokens: readonly Token[], i: number, mentions: readonly EntityMention[], word: WordReading): Trigger | undefined {
  const { tok, base, lemma, nounContext } = word;
  const next = tokens[i + 1];
  const prevTok = tokens[i - 1];
  if (tok.lower === 'push' && next?.lower === 'back') return undefined;
  // "a peaceful sit-in": the tagger splits the compound
  if (tok.lower === 'sit' && /^-$/.test(tok.post) && next?.lower === 'in') return { first: i, last: i + 1, type: 'protest', nominal: true };
  if (prevTok?.lower === 'to' && requestedAct(tokens, i - 1)) return undefined;
  const nounType = nounTypeAt(tokens, i, mentions, base);
  if (!nounType) return undefined;
  if (isNounish(tok) || nounContext || !lemma || businessNounType(tokens, i, base) === 'economic') return { first: i, last: i, type: nounType, nominal: true };
  return undefined;
}

/** What a swap that happened is told to have done ("took place", "was carried out", "went ahead"). */
const SWAP_HAPPENED = /^(?:took place|was carried out|was completed|went ahead|happened|occurred|was conducted)\b/;

/** Nouns "ruling" describes as those in power, not a court's decision. Id: `triggers/ruling-rulers`. */
const RULERS = /^(?:party|parties|coalition|alliance|elite|elites|class|junta|family|dynasty|council|military|bloc|faction|establishment|government|administration|camp|majority|group)$/;

/** The event type of the noun at `i` in its context, or undefined when the noun names no happening here. */
function nounTypeAt(tokens: readonly Token[], i: number, mentions: readonly EntityMention[], base: string): EventType | undefined {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  const prevTok = tokens[i - 1];
  // "the closure of the plant", "job cuts" (round 18): business nouns that need a word of what was shut or cut
  const business = businessNounType(tokens, i, base);
  if (business !== undefined) return business ?? undefined;
  const nounType = nounTypeOf(base) ?? (base === 'case' && LEGAL_CASE.test(prevTok?.lower ?? '') ? 'legal' : undefined);
  if (!nounType) return undefined;
  // "to deal with", "to march": a verb the lexicon only knows as a noun ("return to talks": no infinitive ends in -s)
  if (prevTok?.lower === 'to' && tok.tags.has('Verb') && !pluralAfterTo(tok)) return undefined;
  // a noun modifying another noun is not the head of a happening ("protest activities", "ceasefire agreement")
  // (a lower-case noun the tagger read as part of a name is still a common noun: "Rescue workers were searching")
  // ("ceasefire talks", "peace talks": a happening noun after it is a noun, whatever the tagger made of "talks")
  // ("an assassination attempt", "a coup bid": the happening attempted, as in "an attempted coup"; round 18)
  if (!/s$/.test(base) && next && !/^(?:attempts?|bids?)$/.test(next.lower) && (next.tags.has('Noun') || (nounTypeOf(next.lower) !== undefined && /s$/.test(next.lower) && !/[,;:.]/.test(tok.post))) && !(next.tags.has('ProperNoun') && /^\p{Lu}/u.test(next.text)) && !next.tags.has('Pronoun') && (!next.tags.has('Date') || /^(?:season|year)$/.test(next.lower)) && !/[,;:.]/.test(tok.post)) return undefined;
  // "in operation", "in combat": a state, not a happening
  if (prevTok?.lower === 'in' && !tok.tags.has('Plural') && !/^(?:to|before|at|with|by|of)$/.test(next?.lower ?? '')) return undefined;
  // "the ruling party": a participle before a noun, not a court's ruling
  if (base === 'ruling' && !(prevTok && /['’]s$|^(?:a|its|his|her|their)$/.test(prevTok.text)) && !/^(?:on|that|against|by|in|from)$/.test(next?.lower ?? '')) return undefined;
  // "demanded her release", "the release of the hostages": a person freed; "the release of its new phone" is none
  if (base === 'release' && !freedPerson(tokens, i, mentions)) return undefined;
  // "a railway station collapse", "the collapse of a bridge": a structure giving way; "the collapse of talks" is none
  if (/^collapses?$/.test(base) && !collapsedStructure(tokens, i)) return undefined;
  // ("died in a crush at a concert", "a crowd crush at the gates": people pressed to death; "a crush on her" is none;
  // round 22, `events/crowd-crush`)
  if (/^crush(?:es)?$/.test(base) && !(/^(?:crowd|deadly|fatal|stadium|human)$/.test(prevTok?.lower ?? '') || /^(?:at|outside|near|during|in)$/.test(next?.lower ?? ''))) return undefined;
  // "a gas leak at a factory", "joint military exercises": a leak of a hazardous substance, a show of force (round 16)
  if (!substanceOrForce(tokens, i, base)) return undefined;
  if (/^sentences?$/.test(base) && !passedSentence(tokens, i)) return undefined;
  // "struck by lightning on the summit", "the summit of Mount Kenya": a mountain top; meetings are held "at" a summit
  if (base === 'summit' && ((prevTok?.lower === 'the' && /^(?:on|to|from|near|below|reached|reach|reaching)$/.test(tokens[i - 2]?.lower ?? '')) || (next?.lower === 'of' && /^(?:mount|mt\.?|everest|kilimanjaro)$/i.test(tokens[i + 2]?.lower ?? '')))) return undefined;
  // "the largest prisoner swap since 1990", "an exchange of fire": prisoners traded or shots traded; "a currency
  // exchange", "an exchange of views" are none
  if (/^(?:swaps?|exchanges?)$/.test(base)) return tradedCaptivesOrFire(tokens, i) ?? undefined;
  // "a vote of confidence" is an opinion, not a ballot
  if (base === 'vote' && next?.lower === 'of') return undefined;
  // "won a landslide", "a landslide victory", "re-elected in a landslide": a large win, not a slope giving way
  if (/^landslides?$/.test(base) && electoralLandslide(tokens, i)) return undefined;
  const sense = nounSense(tokens, i, base, nounType);
  if (!sense || idleNoun(tokens, i, base, sense)) return undefined;
  // "praise for the investment in schools": a business word names a deal only with a figure or a party
  if (sense === 'economic' && !economicAnchor(tokens, i, mentions)) return undefined;
  return sense;
}

/**
 * "received a five-year sentence", "was handed a life sentence", "were given suspended sentences": a term a court
 * passes is a legal act; "the first sentence of the letter" is none, and a term being served ("is serving a 10-year
 * sentence") is a state, not an act of the report. Id: `event-cues/sentence-terms` (round 24).
 */
function passedSentence(tokens: readonly Token[], i: number): boolean {
  // ("a five-year sentence": the tokenizer splits the term at its hyphen, "five" then "year")
  const term = (k: number): boolean => SENTENCE_TERMS.test((tokens[k] as Token).lower) || (/^(?:years?|months?|weeks?|days?)$/.test((tokens[k] as Token).lower) && tokens[k - 1]?.post === '-');
  if (![1, 2, 3].some((n) => i - n >= 0 && term(i - n))) return false;
  return !tokens.slice(Math.max(0, i - 6), i).some((t) => /^(?:serve|serves|served|serving|complete|completes|completed|completing)$/.test(t.lower));
}

/**
 * For a leak or a spill: a hazardous substance among the two words before it or in its of-phrase ("a chlorine leak",
 * "a leak of toxic gas"); for an exercise or a drill: a military word among the three before it ("joint military
 * exercises", "live-fire drills"). Other nouns pass. Ids: `event-cues/leaked-substances`, `event-cues/military-drills`.
 */
function substanceOrForce(tokens: readonly Token[], i: number, base: string): boolean {
  const before = (n: number, words: RegExp): boolean => tokens.slice(Math.max(0, i - n), i).some((t) => words.test(t.lower) && !/[,;:]/.test(t.post));
  if (/^(?:leaks?|spills?)$/.test(base)) return before(2, LEAKED_SUBSTANCES) || (tokens[i + 1]?.lower === 'of' && tokens.slice(i + 2, i + 5).some((t) => LEAKED_SUBSTANCES.test(t.lower)));
  if (/^(?:exercises?|drills?|manoeuvres?|maneuvers?)$/.test(base)) return before(3, MILITARY_DRILL_WORDS);
  // "an asset freeze on the group's leaders", "imposed travel bans on three oligarchs": a sanction (round 17); "a hiring
  // freeze", "a ban on smoking" are none. Ids: `event-cues/frozen-holdings`, `event-cues/sanction-bans`.
  if (/^freezes?$/.test(base)) return before(2, FROZEN_HOLDINGS) || (tokens[i + 1]?.lower === 'of' && FROZEN_HOLDINGS.test(phraseHeadAt(tokens, i + 2)?.lower ?? ''));
  if (/^bans?$/.test(base)) return before(2, SANCTION_BAN_WORDS);
  // ("raised tariffs on Varnian steel to 50 percent", "slapped retaliatory tariffs on"; round 23)
  if (/^tariffs?$/.test(base)) return before(4, TARIFF_LAYING);
  return true;
}

/** The type of a swap or exchange at `i`: of prisoners or hostages (other), of fire (clash), else none. */
function tradedCaptivesOrFire(tokens: readonly Token[], i: number): EventType | null {
  const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.lower);
  if (before.some((w) => /^(?:prisoners?|hostages?|captives?|detainees?|pows?|spy)$/.test(w))) return 'other';
  // "The swap took place at the airport in Abu Dhabi", "the exchange was carried out on the border": a swap told to
  // have happened, after the exchange of people it names again (round 18; `events/swap-took-place`)
  if (/^(?:the|this|that)$/.test(tokens[i - 1]?.lower ?? '') && SWAP_HAPPENED.test(tokens.slice(i + 1, i + 4).map((t) => t.lower).join(' '))) return 'other';
  if (tokens[i + 1]?.lower !== 'of') return null;
  const head = phraseHeadAt(tokens, i + 2)?.lower ?? '';
  if (/^(?:prisoners|hostages|captives|detainees|pows|bodies)$/.test(head)) return 'other';
  return /^(?:fire|gunfire|shots)$/.test(head) ? 'clash' : null;
}

/** A structure before the noun at `i` ("the stadium roof collapse") or in its of-phrase ("the collapse of a mine shaft"). */
function collapsedStructure(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && STRUCTURES.test(prev.lower) && !/[,;:]/.test(prev.post)) return true;
  if (tokens[i + 1]?.lower !== 'of') return false;
  return STRUCTURES.test(phraseHeadAt(tokens, i + 2)?.lower ?? '');
}

/** "her release", "Ana Ruiz's release", "the release of the hostages / of Ana Ruiz": somebody set free. */
function freedPerson(tokens: readonly Token[], i: number, mentions: readonly EntityMention[]): boolean {
  const prev = tokens[i - 1];
  const owner = prev?.lower === 'immediate' || prev?.lower === 'early' || prev?.lower === 'unconditional' ? tokens[i - 2] : prev;
  if (owner && (/^(?:her|his|their)$/.test(owner.lower) || (/['’]s$/.test(owner.text) && (/^\p{Lu}/u.test(owner.text) || ROLE_NOUNS.has(owner.lower.replace(/['’]s$/, '')))))) return true;
  if (tokens[i + 1]?.lower !== 'of') return false;
  const after = tokens.slice(i + 2, i + 5).filter((t) => !t.tags.has('Determiner') && !t.tags.has('Value') && !t.tags.has('Adjective'));
  const first = after[0];
  return first !== undefined && (CAPTIVES.test(first.lower) || mentions.some((m) => m.record === 'actor' && m.firstToken === first.index));
}

/** Words of winning that make "landslide" a margin of victory ("a landslide win", "won by a landslide"). */
const WIN_WORDS = /^(?:win|wins|won|winning|victory|victories|victor|re-?elected|elected|majority|defeat|defeated|mandate)$/;

/**
 * "won a landslide", "a landslide victory", "was re-elected in a landslide": a win in a vote. A word of winning among
 * the three words around it, or an electoral word in its sentence after "in"/"by" ("a landslide in Sunday's
 * election"); "a landslide buried the village" keeps its accident.
 */
function electoralLandslide(tokens: readonly Token[], i: number): boolean {
  if ([...tokens.slice(Math.max(0, i - 3), i), ...tokens.slice(i + 1, i + 3)].some((t) => WIN_WORDS.test(t.lower))) return true;
  const article = tokens[i - 1]?.lower === 'a' ? tokens[i - 2] : tokens[i - 1];
  return /^(?:in|by)$/.test(article?.lower ?? '') && tokens.some((t) => ELECTORAL.test(t.lower) || VOTING_WORDS.test(t.lower));
}

/** Forms of "draw" right before "fire", perhaps past one adjective ("drew fire", "has drawn heavy fire"). */
const DRAW_FORMS = /^(?:draw|draws|drew|drawn|drawing)$/;
function drawnBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return DRAW_FORMS.test(prev?.lower ?? '') || (prev?.tags.has('Adjective') === true && DRAW_FORMS.test(tokens[i - 2]?.lower ?? ''));
}

/** "came under fire from his own party over the plan": criticism, by the words after "under fire". */
function underCriticism(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k] as Token;
    if (/^(?:over|for)$/.test(t.lower)) return true;
    if (CRITICS.test(t.lower)) return true;
    if (/[;.]/.test(t.post)) break;
  }
  return false;
}

/** People a passive subject before `i` names ("the released men", "two activists", "Ana Ruiz"); "the money" is none. */
const CONVEYED_PEOPLE = /^(?:people|refugees|migrants|survivors|evacuees|diplomats|passengers|wounded|injured|patients|he|she|they|children|families|residents|villagers|detainees|hostages|prisoners)$/;
function peopleConveyed(tokens: readonly Token[], i: number, mentions: readonly EntityMention[]): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post) && k < i - 1) return false;
    if (CAPTIVES.test(t.lower) || CONVEYED_PEOPLE.test(t.lower) || mentions.some((m) => m.record === 'actor' && m.firstToken <= k && m.lastToken >= k)) return true;
  }
  return false;
}
/**
 * Participles of people conveyed somewhere by others: taken, and (round 17) driven, transferred, escorted, ferried or
 * bused ("the released men were driven to a hotel in Doha", "were transferred to a prison in Tehran").
 */
const CONVEYING_VERBS: ReadonlySet<string> = new Set(['drive', 'transfer', 'escort', 'ferry', 'bus']);
const CONVEYED = /^(?:taken|driven|transferred|escorted|ferried|bused|bussed)$/;
/**
 * "The hostages were taken by bus to Kigali", "two journalists were taken to a hospital in Aleppo": people taken, in
 * the passive, to a named place are moved there (movement). "was taken hostage", "taken into custody" and "taken to
 * hospital" name no place and stay none. Id: `events/taken-to-place` (round 16, second wave).
 */
function takenToPlace(tokens: readonly Token[], i: number, mentions: readonly EntityMention[]): boolean {
  // ("were later taken", "had been quickly taken": an adverb may stand between the auxiliary and the participle)
  const aux = tokens[i - 1]?.tags.has('Adverb') || (i > 0 && timeAdverbBeforeVerb(tokens, i - 1)) ? tokens[i - 2] : tokens[i - 1];
  if (!/^(?:was|were|been|being|be)$/.test(aux?.lower ?? '') || !CONVEYED.test((tokens[i] as Token).lower)) return false;
  for (let k = i + 1; k <= i + 6 && k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'to') return [k + 1, k + 2, k + 3, k + 4, k + 5].some((n) => mentions.some((m) => m.record === 'place' && m.firstToken === n) && !tokens.slice(k + 1, n).some((w) => /[,;:]/.test(w.post)));
    if (/[,;:]/.test(t.post) || t.tags.has('Verb')) return false;
  }
  return false;
}

/** The auxiliaries and copulas that open the verb group of a clause after its subject. */
const CLAUSE_AUXILIARIES = /^(?:was|were|is|are|had|have|has|will|would|could|can|may|might|remain|remained|remains)$/;

/**
 * "The seven freed aid workers were flown to Juba", "the three kidnapped engineers were taken to Lagos": an -ed form
 * right after a determiner (and a count), before one to three nouns and the clause's auxiliary, describes the noun; the
 * tagger read it as the clause's verb, which cost the real verb its event. ("The seven freed the hostages" has a
 * determiner after the verb and stays a verb.) Id: `events/attributive-participle` (round 16, second wave).
 */
function attributiveParticiple(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (!/ed$/.test(tok.lower) || /[,;:]/.test(tok.post)) return false;
  const before = tokens[i - 1]?.tags.has('Value') ? tokens[i - 2] : tokens[i - 1];
  if (before === undefined || !/^(?:the|these|those|all|both)$/.test(before.lower)) return false;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > i + 1 && CLAUSE_AUXILIARIES.test(t.lower)) return true;
    if (!(t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Actor') || /s$/.test(t.lower)) || t.tags.has('Determiner') || /[,;:]/.test(t.post)) return false;
  }
  return false;
}

/** "urged both sides to return to talks": a present-tense -s form after "to" is a plural noun, not an infinitive. */
function pluralAfterTo(tok: Token): boolean {
  return /[^s]s$/.test(tok.lower) && tok.tags.has('PresentTense') && !tok.tags.has('Infinitive');
}

/** "set" opens the object that ends before "on" at `on`, over at most six words and no clause break ("set part of the building on"). */
function setBefore(tokens: readonly Token[], on: number): boolean {
  for (let k = on - 1; k >= Math.max(0, on - 7); k--) {
    const t = tokens[k] as Token;
    if (/^(?:set|sets|setting)$/.test(t.lower)) return true;
    if (/[,;:]/.test(t.post) || t.tags.has('Verb')) return false;
  }
  return false;
}

/**
 * Things a crowd burns in the street as part of its protest (round 19). Source: wording of protest reports, written
 * for this library. Id: `event-cues/protest-burnings`.
 */
const PROTEST_BURNINGS = /^(?:tyres|tires|barricades|effigies|effigy|rubbish|garbage|trash|bins|flags|placards)$/;

/** Kinds of order only a court or a judge gives ("a restraining order", "a gag order"). Id: `events/court-orders`. */
const COURT_ORDER_KINDS = /^(?:court|judge's|court's|restraining|gag|protective|injunction|stay|detention|deportation|removal|extradition|interim|temporary|arrest|custody|compliance|cease-and-desist)$/;
/** Words that put a court in the sentence ("Justice Alito issued the order"). */
const COURT_WORDS = /^(?:court|courts|judge|judges|justice|justices|tribunal|magistrate|magistrates)$/;

/** The type a noun's modifier gives it: "artillery fire" an attack, "a general strike" a protest, "a press conference" a statement. */
function nounSense(tokens: readonly Token[], i: number, base: string, nounType: EventType): EventType | undefined {
  const prevTok = tokens[i - 1];
  const next = tokens[i + 1];
  // "Rebels violated the ceasefire", "breached the 2020 truce", "ceasefire violations": a deal broken is no agreement
  // (round 15, second wave, `event-cues/deal-breach`)
  if (nounType === 'agreement' && dealBroken(tokens, i)) return undefined;
  if (base === 'fire' && prevTok && WEAPON_FIRE.test(prevTok.lower)) return 'attack';
  // "opened fire on a crowd": shooting; "came under fire" is shooting unless critics or a topic follow
  // "protesters set fire to a police station", "set the building on fire", "setting part of the parliament building on
  // fire": arson, somebody's act
  // ("Protesters set fire to tyres", "youths set fire to barricades": what a crowd burns in the street is its protest,
  // no arson; round 19, `event-cues/protest-burnings`)
  if (base === 'fire' && /^(?:set|sets|setting)$/.test(prevTok?.lower ?? '') && next?.lower === 'to' && PROTEST_BURNINGS.test(tokens[i + (/^(?:the|a|an|their|some)$/.test(tokens[i + 2]?.lower ?? '') ? 3 : 2)]?.lower ?? '')) return 'protest';
  if (base === 'fire' && prevTok && (/^(?:set|sets|setting)$/.test(prevTok.lower) || (prevTok.lower === 'on' && setBefore(tokens, i - 1)))) return 'attack';
  // "troops returned fire", "guards returned fire": shooting back
  if (base === 'fire' && prevTok && /^(?:open|opens|opened|opening|return|returns|returned|returning)$/.test(prevTok.lower)) return 'attack';
  if (base === 'fire' && prevTok?.lower === 'under') return underCriticism(tokens, i) ? undefined : 'attack';
  // ("the plan drew fire from critics", "has drawn heavy fire over the cuts": criticism drawn, like "under fire";
  // "the patrol drew fire from militants" is shooting; round 23, `events/drew-fire`)
  if (base === 'fire' && drawnBefore(tokens, i)) return underCriticism(tokens, i) ? undefined : 'attack';
  // "a strike" is a blow only with a weapon or a target ("an air strike", "a strike on the depot"); workers' strikes
  // ("went on strike", "a general strike", "break the strike") are strike action
  if (base === 'strike' || base === 'strikes') return strikeSense(tokens, i);
  // "two bomb blasts", "the explosion, caused by a car bomb": a bombing (CAMEO 18); "a gas explosion" stays an accident
  // "no group has claimed responsibility for the blast": somebody set it off
  if (/^(?:explosions?|blasts?)$/.test(base) && (tokens.some((t) => BOMB_CONTEXT.test(t.lower)) || claimedResponsibility(tokens))) return 'attack';
  // "a hostile takeover of a rival": a purchase of a company; "the military takeover" is a seizure of power
  if (base === 'takeover' && [...tokens.slice(Math.max(0, i - 2), i), ...tokens.slice(i + 1, i + 7)].some((t) => BUSINESS_CONTEXT.test(t.lower) || /^[$€£]/.test(t.text))) return 'economic';
  // "a court order", "Justice Alito issued the order": a ruling, not a purchase; "an executive order" a decree
  if (base === 'order' || base === 'orders') {
    // "order had been restored", "to maintain law and order": public order, no purchase (round 14)
    if (publicOrder(tokens, i)) return undefined;
    if (prevTok && COURT_ORDER_KINDS.test(prevTok.lower)) return 'legal';
    if (prevTok?.lower === 'executive') return 'other';
    const issued = tokens.slice(Math.max(0, i - 4), i).some((t) => /^(?:issue[sd]?|issuing|grant(?:s|ed|ing)?|overturn(?:s|ed|ing)?|lift(?:s|ed|ing)?|sign(?:s|ed|ing)?)$/.test(t.lower));
    if (issued && tokens.some((t) => COURT_WORDS.test(t.lower))) return 'legal';
  }
  // "a press conference", "a news briefing": a statement to the press, not a meeting of parties
  if ((base === 'conference' || base === 'briefing') && prevTok && PRESS_WORDS.has(prevTok.lower)) return 'statement';
  if (base === 'protest' && lodgedProtest(tokens, i)) return 'statement';
  if (base === 'blockade') return blockadeType(tokens);
  return nounType;
}

/** "an air strike", "a strike on the depot" are blows; "a general strike", "workers joined the strike" strike action. */
function strikeSense(tokens: readonly Token[], i: number): EventType | undefined {
  const prevTok = tokens[i - 1];
  const next = tokens[i + 1];
  // "a strike over pay", "a strike for higher wages": what strike action is about
  if ((prevTok && LABOUR_STRIKE.test(prevTok.lower)) || /^(?:over|for|by)$/.test(next?.lower ?? '')) return 'protest';
  // ("French rail workers began an open-ended strike", "Doctors launched a strike": working people's strike is strike
  // action, whatever verb starts it; round 15)
  // ("a strike on Tuesday": "on" before a day is a time, not a target)
  const target = /^(?:on|against|at)$/.test(next?.lower ?? '') && !tokens[i + 2]?.tags.has('Date');
  // ("an excuse to break the strike": a definite strike is one told before)
  const definite = tokens.slice(Math.max(0, i - 3), i).some((t) => /^(?:the|this|that|its|their|his|her)$/.test(t.lower));
  if (!definite && tokens.slice(Math.max(0, i - 8), i).some((t) => LABOUR.test(t.lower)) && !(prevTok && STRIKE_WEAPON.test(prevTok.lower)) && !target) return 'protest';
  // "called a 48-hour strike": a strike one calls is strike action
  // ("workers staged strikes", "unions held strikes": strike action is staged or held)
  // ("in what Moscow called a strike on terrorist bases" names a blow; "called the strike unacceptable" judges a
  // strike told before: a called one is new, "a strike")
  const naming = tokens.slice(Math.max(0, i - 6), i).some((t) => t.lower === 'what');
  // ("4,000 members joined the strike", "threatened to extend the strike": strike action is joined or extended; round 15)
  const callVerb = tokens.slice(Math.max(0, i - 4), i).findIndex((t) => /^(?:call(?:s|ed|ing)?|stag(?:e|es|ed|ing)|held|hold|holds|holding|join(?:s|ed|ing)?|extend(?:s|ed|ing)?)$/.test(t.lower));
  const toldBefore = callVerb >= 0 && /^call/.test((tokens[Math.max(0, i - 4) + callVerb] as Token).lower) && tokens.slice(Math.max(0, i - 4) + callVerb + 1, i).some((t) => /^(?:the|this|that|these|those|its|their|his|her)$/.test(t.lower));
  if (!(prevTok && STRIKE_WEAPON.test(prevTok.lower)) && !naming && callVerb >= 0 && !toldBefore) return 'protest';
  // "jets carried out strikes overnight", "launched strikes": force used; strike action is staged, held or gone on
  const launched = tokens.slice(Math.max(0, i - 4), i).some((t) => /^(?:carried|carry|carries|carrying|launched|launch|launches|launching|conducted|conduct|conducts|conducting)$/.test(t.lower));
  // ("A strike on Monday hit a school", "The strike killed six children": a strike that hits, destroys or kills is a
  // blow; round 15, second wave, `event-cues/strike-harm`)
  if (!(prevTok && STRIKE_WEAPON.test(prevTok.lower)) && !target && !launched && !strikeThatHarms(tokens, i)) return undefined;
  // ("in what Moscow called a strike on terrorist bases": a weapon, a target or a launch makes it a blow)
  return 'attack';
}

/**
 * "A strike on Monday hit a school", "The strike killed six children", "a strike in the north destroyed two homes": the
 * strike is the subject of a verb of harm (across a time or place phrase), or of hitting one place or thing (a counted
 * or singular target: "hit schools across the country" is strike action's effect). Id: `event-cues/strike-harm`.
 */
function strikeThatHarms(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + 7); j++) {
    const t = tokens[j] as Token;
    if (/[,;:]/.test((tokens[j - 1] as Token).post)) return false;
    if (STRIKE_HARM.test(t.lower)) return true;
    if (STRIKE_HIT.test(t.lower)) {
      const object = tokens.slice(j + 1, j + 5);
      const head = object.findIndex((o) => STRUCTURES.test(o.lower) || STRIKE_TARGETS.test(o.lower));
      if (head < 0) return false;
      const before = object.slice(0, head);
      return !/s$/.test((object[head] as Token).lower) || /^(?:headquarters|buses)$/.test((object[head] as Token).lower) || before.some((o) => o.tags.has('Value') || o.tags.has('Cardinal'));
    }
    // only a time or place phrase (or the noun's own words) may stand between the strike and its verb
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Date')) return false;
  }
  return false;
}

/**
 * "violated the fragile ceasefire", "in breach of the peace agreement", "ceasefire violations": a word of breaking
 * governs the deal noun at `i` across only its own determiners and modifiers, or follows it as its head.
 */
function dealBroken(tokens: readonly Token[], i: number): boolean {
  if (DEAL_BREACH.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.tags.has('Noun')) return true;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post)) return false;
    if (DEAL_BREACH.test(t.lower)) return true;
    // "in breach of the truce", "violations of the 2020 ceasefire"
    if (t.lower === 'of' && DEAL_BREACH.test(tokens[k - 1]?.lower ?? '')) return true;
    if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Possessive'))) return false;
  }
  return false;
}

/** "order had been restored", "restored order", "law and order", "public order": calm kept, not a purchase. */
function publicOrder(tokens: readonly Token[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower);
  const after = tokens.slice(i + 1, i + 5).map((t) => t.lower);
  return before.some((w) => /^(?:restor(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|keep(?:s|ing)?|kept|public|civil|constitutional|social|law|disorder)$/.test(w))
    || after.some((w) => /^(?:restored|returned|prevailed|prevails|collapsed|broke|breaks)$/.test(w));
}

/**
 * "Japan lodged a protest through diplomatic channels", "filed a formal protest with the embassy": a government's
 * official complaint (CAMEO 114), a statement, not people protesting. Id: `events/lodged-protest`.
 */
function lodgedProtest(tokens: readonly Token[], i: number): boolean {
  const verb = tokens.slice(Math.max(0, i - 4), i).findIndex((t) => LODGE_VERBS.test(t.lower));
  if (verb < 0) return false;
  return tokens.slice(Math.max(0, i - 4) + verb + 1, i).every((t) => t.tags.has('Determiner') || t.tags.has('Adjective') || /^(?:a|an|the|its|their|his|her)$/.test(t.lower));
}

const LODGE_VERBS = /^(?:lodge[sd]?|lodging|file[sd]?|filing|register(?:s|ed|ing)?|deliver(?:s|ed|ing)?|issue[sd]?|issuing|sen[dt]s?|sending)$/;

/**
 * "protesters' blockade of the port", "a farmers' blockade": people blocking a road protest; "imposed a naval blockade
 * on Gaza", "the army's blockade of the town": armed forces cutting a place off (CAMEO 191, impose blockade); "an
 * economic blockade" a sanction. Id: `events/blockade-kinds`.
 */
function blockadeType(tokens: readonly Token[]): EventType {
  if (tokens.some((t) => BLOCKADE_PROTESTERS.test(t.lower))) return 'protest';
  if (tokens.some((t) => /^(?:economic|trade|diplomatic|commercial|financial)$/.test(t.lower))) return 'sanction';
  return 'attack';
}

const BLOCKADE_PROTESTERS = /^(?:protesters|protestors|demonstrators|activists|farmers|truckers|strikers|workers|residents|villagers|students|supporters|youths|fishermen|drivers|unions?|protest|protests)$/;

/**
 * The head noun of the phrase that starts at `k` ("the opposition's spending plans" -> "plans"): the last noun
 * before a preposition, a verb or punctuation, within six words.
 */
function phraseHeadAt(tokens: readonly Token[], k: number): Token | undefined {
  let head: Token | undefined;
  for (let j = k; j < Math.min(tokens.length, k + 6); j++) {
    const t = tokens[j] as Token;
    if (j > k && head && (t.tags.has('Preposition') || t.tags.has('Conjunction') || (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun')))) break;
    // "against the flames all night", "the blaze this week": a time after the head is no part of its phrase
    if (j > k && head && (t.tags.has('Date') || /^(?:all|every|each|this|last|next)$/.test(t.lower))) break;
    if (isNounish(t)) head = t;
    // the first word past the modifiers heads the phrase even when the tagger reads a verb ("cheap imports")
    else if (!head && !t.tags.has('Determiner') && !t.tags.has('Adjective') && !t.tags.has('Possessive')) head = t;
    if (/[,;:.]/.test(t.post)) break;
  }
  return head;
}

/** Modifiers that make "coup" a success won ("a diplomatic coup", "a publicity coup"). Id: `events/achieved-coup`. */
const ACHIEVED_COUP = /^(?:diplomatic|political|publicity|public-relations|pr|marketing|propaganda|commercial|personal|major|big|huge|real|rare|notable|remarkable|significant|stunning)$/;

/**
 * A noun of force used figuratively: a contest or a policy ("a fight for market share", "a losing battle against
 * unemployment"), a verbal attack ("a scathing attack on the plans", "an attack on inflation"), a quantity ("a flood
 * of cheap imports", "an explosion of interest").
 */
function figurativeNoun(tokens: readonly Token[], i: number, base: string, nounType: EventType): boolean {
  const prevTok = tokens[i - 1];
  const next = tokens[i + 1];
  const after = next ? phraseHeadAt(tokens, i + 2) : undefined;
  // "faces a tough battle to hold the seat", "a fight to save jobs": striving for an aim, unless armed men fight
  if (nounType === 'clash' && next?.lower === 'to' && tokens[i + 2]?.tags.has('Infinitive') && !tokens.some((t) => MILITARY.test(t.lower) || BOMB_CONTEXT.test(t.lower) || /^(?:troops|forces|soldiers|rebels|fighters|militias?|gunmen|insurgents)$/.test(t.lower))) return true;
  if (nounType === 'clash' && /^(?:against|for|over)$/.test(next?.lower ?? '') && after && (ABSTRACT_FOES.test(after.lower) || CONTEST_PRIZES.test(after.lower) || ABSTRACT_PATIENTS.test(after.lower) || ABSTRACT_AGENTS.test(after.lower))) return true;
  // "a tough re-election fight", "a bruising legal battle": a contest in votes or courts
  if (nounType === 'clash' && /^(?:fight|fights|battle|battles|fighting)$/.test(base) && prevTok && CONTEST_KINDS.test(prevTok.lower)) return true;
  if (nounType === 'attack' && !/s$/.test(base)) {
    if (prevTok && VERBAL_ATTACK.test(prevTok.lower)) return true;
    // "a partisan attack on working families"; "called the bill an attack on families": a verdict in words
    if (/^(?:attack|assault)$/.test(base) && ((prevTok && PARTISAN_ATTACK.test(prevTok.lower)) || calledSo(tokens, i))) return true;
  }
  // "an attack on inflation", "dismissed the attacks on his business record": what is attacked is an idea or a record
  if (nounType === 'attack' && (!/s$/.test(base) || /^(?:attacks|assaults)$/.test(base)) && /^(?:on|against)$/.test(next?.lower ?? '') && after && (ABSTRACT_PATIENTS.test(after.lower) || ABSTRACT_FOES.test(after.lower) || ATTACKED_VALUES.test(after.lower))) return true;
  // "a diplomatic coup for Beijing", "a major coup for the firm": a success won, no seizure of power
  if (base === 'coup' && ((next?.lower === 'for' && !/^(?:which|whom)$/.test(tokens[i + 2]?.lower ?? '')) || (prevTok !== undefined && ACHIEVED_COUP.test(prevTok.lower)))) return true;
  // "the merger would be a disaster for workers", "called her policy 'a disaster'": a verdict, not a happening
  // ("it was a disaster that killed 40" names one)
  if (nounType === 'accident' && VERDICT_NOUNS.has(base) && predicateNominal(tokens, i) && !/^(?:that|which|in|at|near)$/.test(next?.lower ?? '')) return true;
  // "sent tremors through the markets", "sent shock waves through the party": a disaster's effect as a figure
  if (nounType === 'accident' && next?.lower === 'through' && tokens.slice(Math.max(0, i - 3), i).some((t) => /^(?:send|sends|sent|sending)$/.test(t.lower))) return true;
  if (QUANTITY_NOUNS.test(base) && next?.lower === 'of') {
    // "a flood of imports", "a veritable storm of criticism"; "the explosion of a gas tank" is one
    let k = i - 1;
    while (k >= 0 && (tokens[k] as Token).tags.has('Adjective')) k--;
    const measured = tokens[i + 2];
    if (/^(?:a|an)$/.test(tokens[k]?.lower ?? '') && measured && !measured.tags.has('Determiner') && !measured.tags.has('Value')) {
      const head = phraseHeadAt(tokens, i + 2);
      if (head && (head.tags.has('Plural') || /[^s]s$/.test(head.lower) || MEASURED_MASS.test(head.lower))) return true;
    }
  }
  return false;
}

/** Event nouns that also pass a verdict on something ("was a disaster", "would be a catastrophe"). */
const VERDICT_NOUNS: ReadonlySet<string> = new Set(['disaster', 'disasters', 'catastrophe', 'catastrophes']);

/** Forms of "be" and of verbs that name a verdict ("called the plan a disaster", "remains a catastrophe"). */
const PREDICATING = /^(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|proved|proves|call|calls|called|calling|branded|labelled|labeled|described)$/;

/**
 * The noun at `i` is the complement of a copula or of a verb of calling: "a", adjectives and adverbs before it,
 * then "is/was/would be" or "called <its object>" within a few words ("called her foreign policy a disaster").
 */
function predicateNominal(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ((tokens[k] as Token).tags.has('Adjective') || (tokens[k] as Token).tags.has('Adverb'))) k--;
  if (!/^(?:a|an)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j] as Token;
    if (PREDICATING.test(t.lower)) return j === k - 1 || /^(?:call|calls|called|calling|branded|labelled|labeled|described)$/.test(t.lower);
    if (/[.;:]/.test(t.post)) return false;
  }
  return false;
}

/**
 * "called the bill a partisan attack", "branded the raid an attack on democracy": the noun at `i` is the complement of
 * a verb of calling (not of "be": "it was an attack by militants" tells one).
 */
function calledSo(tokens: readonly Token[], i: number): boolean {
  return predicateNominal(tokens, i) && !PREDICATING_BE.test(tokens.slice(Math.max(0, i - 4), i).find((t) => PREDICATING.test(t.lower))?.lower ?? 'is');
}

/** The forms of "be" and of copulas among `PREDICATING`. */
const PREDICATING_BE = /^(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|proved|proves)$/;

/** The noun at `i` heads the phrase after "according to" ("according to a preliminary investigation"). */
function accordingTo(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ((tokens[k] as Token).tags.has('Adjective') || (tokens[k] as Token).tags.has('Determiner') || (tokens[k] as Token).tags.has('Possessive')) && !/[,;:]/.test((tokens[k] as Token).post)) k--;
  return tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'according';
}

/** Words before "poll" that make it a vote, not a survey. */
const POLL_KINDS = /^(?:snap|early|general|presidential|parliamentary|local|regional|national|municipal|legislative|mid-term|midterm|provincial|state)$/;

/** Nouns that name no happening where they stand: a plot of a film, a fight against poverty, the medium of a claim, a penalty. */
function idleNoun(tokens: readonly Token[], i: number, base: string, nounType: EventType): boolean {
  const tok = tokens[i] as Token;
  const prevTok = tokens[i - 1];
  const next = tokens[i + 1];
  // "her presidential campaign" runs for an office; "a campaign against corruption", "an ad campaign" do not
  if (/^(?:campaigns?|races?)$/.test(base) && !electoralCampaign(tokens, i)) return true;
  // "a snap poll could be held", "the general polls": a vote; "an opinion poll", "polls show" are surveys
  if (/^polls?$/.test(base) && !tokens.slice(Math.max(0, i - 2), i).some((t) => POLL_KINDS.test(t.lower))) return true;
  // "a coup plot": the modifier names the happening plotted; "the plot of the film" is none
  if (NEEDS_EVENT_MODIFIER.has(base) && !(prevTok && nounTypeOf(prevTok.lower))) return true;
  if (figurativeNoun(tokens, i, base, nounType)) return true;
  // "said in a statement", "told reporters in an interview": the medium of a claim, not a happening of its own
  if (nounType === 'statement' && /^(?:a|an|his|her|their|its)$/.test(prevTok?.lower ?? '') && tokens[i - 2]?.lower === 'in'
    && tokens.slice(0, i - 2).some((t) => reportingLemma(t.text) !== undefined && t.tags.has('Verb'))) return true;
  // "won 82 votes", "by just four votes": ballots counted, not a vote held
  if (/^(?:votes|ballots)$/.test(tok.lower) && (prevTok?.tags.has('Value') || prevTok?.tags.has('Cardinal') || /^\d/.test(prevTok?.text ?? ''))) return true;
  // "according to a preliminary investigation", "according to the indictment": the source of a claim
  if ((nounType === 'legal' || nounType === 'statement') && accordingTo(tokens, i)) return true;
  // "found guilty of murder and attempted murder", "charged with kidnapping", "on suspicion of arson": the crime a
  // charge or a verdict names, not a happening told
  if (chargedCrime(tokens, i)) return true;
  // "punishable by death", "threatened with death": a penalty or a threat, not a death
  if (/^(?:death|execution)$/.test(base) && prevTok && /^(?:by|with|to)$/.test(prevTok.lower)) return true;
  // "operations" is business vocabulary as often as military: only an armed context makes it a clash
  if (/^operations?$/.test(base) && !(prevTok && MILITARY.test(prevTok.lower)) && !tokens.slice(i + 1, i + 7).some((t) => t.lower === 'against')) return true;
  return (tok.tags.has('Plural') && inBackgroundPhrase(tokens, i)) || (/s$/.test(tok.lower) && kindOfHappening(tokens, i)) || liableTo(tokens, i);
}

/** Words of a charge or a verdict before the crime they name ("guilty of", "charged with", "on suspicion of", "counts of"). */
const CHARGE_WORDS = /^(?:guilty|innocent|convicted|acquitted|cleared|accused|charged|charges?|counts?|suspicion|suspected|indicted|jailed|sentenced|tried|arrested|detained)$/;

/** The noun at `i` is a crime named after "of"/"with" following a charge word, over modifiers and a first crime ("of murder and attempted murder"). */
function chargedCrime(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 7); k--) {
    const t = tokens[k] as Token;
    if (/[;:]/.test(t.post) || (t.tags.has('Verb') && !/^(?:attempted|aggravated)$/.test(t.lower) && !CHARGE_WORDS.test(t.lower))) return false;
    if (/^(?:of|with|for)$/.test(t.lower)) return tokens.slice(Math.max(0, k - 4), k).some((w) => CHARGE_WORDS.test(w.lower));
  }
  return false;
}

/** "is prone to deadly earthquakes", "at risk of landslides": a risk named, over at most two modifiers, no happening. */
function liableTo(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 3); k--) {
    const t = tokens[k] as Token;
    if (/^(?:to|of)$/.test(t.lower)) return LIABLE_TO.test((tokens[k - 1] as Token).lower);
    if (/[,;:]/.test(t.post) || !(t.tags.has('Adjective') || t.tags.has('Noun'))) return false;
  }
  return false;
}

/**
 * "militants have carried out similar attacks in the region", "the group has staged frequent raids": a bare plural
 * after an adjective of likeness or frequency names a kind of happening, not one the report tells.
 */
function kindOfHappening(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k] as Token;
    // ("Britain imposed similar sanctions last week": a likeness with a time of its own is one more happening told)
    if (GENERIC_KIND.test(t.lower)) return !/^(?:the|these|those|two|three|several)$/.test(tokens[k - 1]?.lower ?? '') && !(LIKENESS.test(t.lower) && datedAfter(tokens, i));
    if (/[,;:]/.test(t.post) || !(t.tags.has('Adjective') || t.tags.has('Noun')) || t.tags.has('Determiner')) return habitual(tokens, k);
  }
  return habitual(tokens, i - 3);
}

/** Adjectives of likeness among `GENERIC_KIND` (the others, of frequency, stay a habit whatever time follows). */
const LIKENESS = /^(?:similar|comparable)$/;

/** A date among the words after `i` before any punctuation ("imposed similar sanctions on Iran last week"). */
function datedAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k] as Token;
    // ("similar attacks in recent months": a vague span dates no one happening)
    if (/^(?:recent|past|coming|previous)$/.test(t.lower)) return false;
    if (k > i && t.tags.has('Date') && !/^(?:months|years|weeks|days|decades)$/.test(t.lower)) return true;
    if (/[,;:.]/.test(t.post)) return false;
  }
  return false;
}

/** "Velmar regularly carries out air strikes": an adverb of habit before the verb that governs a bare plural ending at `k`. */
function habitual(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j] as Token | undefined;
    if (!t || /[,;:]/.test(t.post)) return false;
    if (HABITUAL_ADVERB.test(t.lower)) return true;
  }
  return false;
}
