import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { IRREGULAR_PAST } from '../../nlp/lexicon/event-cues.js';
import { own } from '../../nlp/lexicon/own.js';
import { OCCASIONAL_GROUP_NOUNS } from '../../nlp/lexicon/event-triggers.js';
import { nounTypeOf, verbLemma } from './triggers.js';

/** Words that open a place or time phrase, which compromise may misread as nouns after a misread verb ("sank in March"). */
const PHRASE_OPENERS = /^(?:in|on|off|near|at|after|during|last|early|late)$/;
/** Of those, the prepositions. */
const MISREAD_PREPOSITIONS = /^(?:in|on|off|near|at|after|during)$/;
const PAST_TAGS: ReadonlySet<string> = new Set(['Verb', 'PastTense']);
const PREPOSITION_TAGS: ReadonlySet<string> = new Set(['Preposition']);

/**
 * "A ferry that sank in March off the coast has been raised": compromise reads "sank" after a relative "that" as a
 * noun (and "in" after it as one too), so the relative clause's happening was never read. A past form of an event
 * verb right after "that"/"which" that follows a noun, before a place or time phrase or the clause's end, is that
 * relative clause's verb. The events stage reads a copy with those tags repaired; the names tagger keeps compromise's
 * tags (its features were trained on them). Id: `events/relative-past-retag` (round 20).
 */
export function eventReadableSentence(sentence: TaggedSentence): TaggedSentence {
  const { tokens } = sentence;
  let repaired: Token[] | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (gerundAsNoun(tokens, k) || countedPerson(tokens, k)) {
      repaired ??= [...tokens];
      repaired[k] = { ...t, tags: NOUN_TAGS };
      continue;
    }
    if (tradeAsNoun(tokens, k) || particleObject(tokens, k)) {
      repaired ??= [...tokens];
      repaired[k] = { ...t, tags: PLURAL_NOUN_TAGS };
      continue;
    }
    if (sameFormPast(tokens, k)) {
      repaired ??= [...tokens];
      repaired[k] = { ...t, tags: PAST_TAGS };
      continue;
    }
    if (k < 2 || t.tags.has('Verb') || !relativePast(tokens, k)) continue;
    repaired ??= [...tokens];
    repaired[k] = { ...t, tags: PAST_TAGS };
    const next = tokens[k + 1];
    if (next && !next.tags.has('Preposition') && MISREAD_PREPOSITIONS.test(next.lower)) repaired[k + 1] = { ...next, tags: PREPOSITION_TAGS };
  }
  return repaired ? { ...sentence, tokens: repaired } : sentence;
}

const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular']);
const PLURAL_NOUN_TAGS: ReadonlySet<string> = new Set(['Noun', 'Plural']);
/** Plurals of trade that compromise reads as present verbs ("banned imports of", "halted exports to"). */
const TRADE_PLURALS = /^(?:imports|exports|re-exports)$/;

/**
 * "The EU banned imports of Russian steel", "Moscow retaliated by banning imports of fruit": compromise reads "imports"
 * after a verb as a second verb, so the ban had no object and no event. A trade plural right after a verb form is that
 * verb's object. Id: `events/trade-plural-retag` (round 23).
 */
function tradeAsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1] as Token;
  return TRADE_PLURALS.test(t.lower) && t.tags.has('Verb') && prev.tags.has('Verb') && !/[,;:]/.test(prev.post) && !prev.tags.has('Auxiliary') && !prev.tags.has('Modal');
}

/**
 * "Floods swept away bridges and destroyed crops", "the storm knocked out power lines": compromise reads a plural after
 * a past verb and its particle as a present verb, so the verb coordinated after it lost its subject (and "destroyed"
 * was typed an attack, with no natural force before it). An -s word read as a present verb right after a past verb's
 * particle is that verb's object. Id: `events/particle-object-retag` (round 24).
 */
function particleObject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const particle = tokens[k - 1] as Token;
  const verb = tokens[k - 2];
  if (!verb || !/s$/.test(t.lower) || !t.tags.has('PresentTense') || t.tags.has('Noun') || !/^(?:away|off|out|down|up)$/.test(particle.lower)) return false;
  return verb.tags.has('PastTense') && !/[,;:]/.test(verb.post) && !/[,;:]/.test(particle.post);
}

/**
 * "The building that collapsed on Friday had five floors": compromise reads an -ing noun after a determiner as a
 * gerund, so the relative clause after it had no antecedent and its happening no subject. An -ing word between a
 * determiner and a relative "that"/"which" followed by a verb is the noun that relative clause is said of (one that
 * names a happening, "the shooting that killed", is read by the trigger lexicon either way). Id:
 * `events/gerund-antecedent` (round 21).
 */
function gerundAsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!t.tags.has('Gerund') || nounTypeOf(t.lower) !== undefined || /[,;:]/.test(t.post)) return false;
  const det = tokens[k - 1] as Token;
  const rel = tokens[k + 1];
  const verb = tokens[k + 2];
  return /^(?:the|a|an|this)$/.test(det.lower) && rel !== undefined && /^(?:that|which)$/.test(rel.lower) && verb !== undefined && verb.tags.has('Verb');
}

/**
 * "Police killed one suspect in Lagos", "arrested a suspect": compromise reads a noun of people that is also a verb
 * ("suspect") as a verb after a count or an article, so the killing had no patient. Such a word right after a number,
 * "a", "an", "the" or "another" is a noun. Id: `events/counted-person-retag` (round 25).
 */
function countedPerson(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1] as Token;
  if (!t.tags.has('Verb') || !OCCASIONAL_GROUP_NOUNS.has(t.lower) || /[,;:]/.test(prev.post)) return false;
  return prev.tags.has('Cardinal') || /^(?:a|an|the|one|another)$/.test(prev.lower);
}

/** Event verbs whose past is written like the bare form and like a noun ("cut", "shed", "shut"). */
const SAME_FORM_PASTS = /^(?:cut|shed|shut|slashed|axed)$/;
/** Nouns that make a compound with "cut" ("a tax cut", "the job cut"), so "cut" after them is the noun. */
const CUT_COMPOUNDS = /^(?:jobs?|tax|rate|budget|pay|wage|price|power|spending|interest|aid|production|output|hair|film|staff|fuel|salary|pension|subsidy|funding)$/;
/** What may open the object of a layoff or a closure: a count, a possessive or an article. */
const OBJECT_OPENERS = /^(?:its|their|his|her|the|a|an|about|some|nearly|almost|around|more|over|up|another|hundreds|thousands)$/;

/**
 * "Ford cut 300 jobs at its plant", "The company shed 800 workers", "Velmar Motors cut its staff by a third":
 * compromise reads a past written like the bare form as a noun after a subject noun, so the layoff had no verb and no
 * event (the modal "would cut" was read). Such a word right after a noun that is no compound of "cut" ("a tax cut")
 * and before a count, a possessive or an article is the clause's past verb. Id: `events/same-form-past-retag`
 * (round 25).
 */
function sameFormPast(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const subject = tokens[k - 1];
  const next = tokens[k + 1];
  if (!subject || !next || !SAME_FORM_PASTS.test(t.lower) || t.tags.has('Verb') || /[,;:]/.test(subject.post) || /[,;:.]/.test(t.post)) return false;
  if (!subject.tags.has('Noun') || subject.tags.has('Possessive') || subject.tags.has('Pronoun') || CUT_COMPOUNDS.test(subject.lower)) return false;
  return next.tags.has('Cardinal') || OBJECT_OPENERS.test(next.lower);
}

/** Token `k` is a past form of an event verb right after a relative "that"/"which" that follows a noun. */
function relativePast(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const rel = tokens[k - 1] as Token;
  const host = tokens[k - 2] as Token;
  if (!/^(?:that|which)$/.test(rel.lower) || /[,;:]/.test(host.post) || !host.tags.has('Noun') || host.tags.has('Pronoun')) return false;
  const past = own(IRREGULAR_PAST, t.lower) !== undefined || /ed$/.test(t.lower);
  if (!past || verbLemma(t.lower) === undefined) return false;
  const next = tokens[k + 1];
  return next === undefined || /[,;:.]/.test(t.post) || PHRASE_OPENERS.test(next.lower) || next.tags.has('Date');
}
