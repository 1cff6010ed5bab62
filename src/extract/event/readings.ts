import type { EventType } from '../../schema/event.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { INTRANSITIVE_VERBS } from '../../nlp/lexicon/event-triggers.js';
import type { EntityMention } from '../entities.js';
import type { ActorIndex } from './actor-index.js';
import { clauseRange, datedBeforeFiniteVerb, isVerbGroupFiller, type TokenRange } from './clause.js';
import { isPreposition, nounFrame, verbFrame, type Frame } from './frame.js';
import { foughtForCause, ruledOut, verbSense } from './senses.js';
import { findTriggers, type Trigger } from './triggers.js';

/** A trigger read in its clause: the type its sense gives, its clause and its frame. */
export interface Reading {
  trigger: Trigger;
  type: EventType;
  clause: TokenRange;
  frame: Frame;
  cameo?: string;
  /** A noun inside a verb trigger's clause that names another happening timing it ("detained before the vote"). */
  embedded?: boolean;
  /** An embedded noun with a definite determiner ("injured in the raids"): a happening told before, if there is one. */
  definite?: boolean;
  /** For an embedded noun, the clause of the verb it sits in, which says whether it happened ("without charges"). */
  outer?: TokenRange;
  /** An embedded noun that is the cause a casualty verb's subject names ("an airstrike killed 23"): told as the clause is. */
  cause?: boolean;
  /** Where the evidence ends when it runs past the clause over the if-clause that conditions it. */
  evidenceLast?: number;
}

/** "in what it called a pre-emptive strike", "what officials described as a massacre": a name given to a happening. */
const NAMED_AS = /\bwhat\s+(?:\S+\s+){1,3}(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed|branded)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}$/;

/** Adverbs of frequency: with a present verb they tell a habit. */
const FREQUENCY = /^(?:often|usually|regularly|frequently|sometimes|routinely|always|rarely|seldom|occasionally|generally|typically|repeatedly|commonly|normally)$/;
/** Verbs whose past tense is their base form: "hit" after "the storm" is the past. */
const INVARIANT_PAST = /^(?:hit|hurt|shut|cut|put|set|burst|spread|cast|upset|quit|shed|split|let|beat|bet|cost|thrust)$/;
const DEFINITE = /^(?:the|this|that|these|those|his|her|its|their)$/;
/** Prepositions by which a happening times the clause it hangs on. */
const TEMPORAL = /^(?:before|after|during|since|until|following|amid|ahead)$/;

/** A verb in the simple present with no auxiliary ("troops now hold the bridge"): a state or a habit, not news. */
function simplePresent(tokens: readonly Token[], trigger: Trigger): boolean {
  const tok = tokens[trigger.first] as Token;
  if (!tok.tags.has('PresentTense') || tok.tags.has('Gerund')) return false;
  // a base form after "to", a modal or "did" is an infinitive, not the present ("will occupy", "did not occupy")
  const prev = tokens[trigger.first - 1];
  // "storms often hit the coast", "police routinely detain": a habit, however the tagger reads the adverb
  if (prev && FREQUENCY.test(prev.lower) && !(tokens[trigger.first - 2] && isVerbGroupFiller(tokens[trigger.first - 2]))) return true;
  if (prev && (isVerbGroupFiller(prev) || prev.lower === 'to')) return false;
  // "the storm hit the island": a verb whose past is its base form, after a singular subject, is the past ("hits" is the present)
  // ("the floods hit the coast on Sunday": after a plural too, when the sentence is told in the past)
  if (INVARIANT_PAST.test(tok.lower) && prev !== undefined && prev.tags.has('Noun') && !prev.tags.has('Pronoun')
    && (!prev.tags.has('Plural') || tokens.some((t) => t !== tok && (t.tags.has('PastTense') && !INVARIANT_PAST.test(t.lower) || t.tags.has('Date'))))) return false;
  if (prev && /^(?:and|or)$/.test(prev.lower) && conjunctNotPresent(tokens, trigger.first, INVARIANT_PAST.test(tok.lower))) return false;
  // after a subject (a noun, a pronoun, "now"), the verb is tensed; the tagger's "Infinitive" on "occupy" misleads
  return !tok.tags.has('Infinitive') || (prev !== undefined && (prev.tags.has('Noun') || prev.tags.has('Pronoun') || prev.tags.has('Conjunction') || prev.tags.has('Adverb')));
}

/**
 * "imposed a curfew and cut mobile internet", "will close the consulate and expel its staff": a base form right after
 * "and"/"or" shares the tense of the verb it is coordinated with; the past when that verb is in the past and the form
 * is also a past ("cut"), an infinitive when that verb is a bare form after a modal and this one takes an object of
 * its own (a determiner, a possessive or a number after it). Id: `events/conjunct-tense` (round 19).
 */
function conjunctNotPresent(tokens: readonly Token[], i: number, invariant: boolean): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 12); k--) {
    const t = tokens[k] as Token;
    if (/[;:]/.test(t.post) || /^(?:and|or|but|who|which|that)$/.test(t.lower)) return false;
    if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Gerund') || t.tags.has('Noun')) continue;
    const before = tokens[k - 1];
    if (t.tags.has('PastTense')) return invariant && !/,/.test(t.post);
    const modal = before !== undefined && (before.tags.has('Modal') || /^(?:will|would|shall|should|could|can|may|might|must)$/.test(before.lower));
    const next = tokens[i + 1];
    return modal && next !== undefined && (next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Value'));
  }
  return false;
}

/** An adverb of habit: one of frequency but "repeatedly", which tells one happening done again ("shelled it repeatedly"). */
export function habitAdverb(t: Token): boolean {
  return FREQUENCY.test(t.lower) && t.lower !== 'repeatedly';
}

/** An adverb of habit right before the verb at `i` ("often attack"). */
function habitAdverbBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && habitAdverb(prev) && !/[,;:]/.test(prev.post);
}

/** A verb after "to": tagged one, or a word before a determiner ("to avenge the killing", "avenge" may be tagged a noun). */
function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || /[,;:.]/.test(t.post)) return false;
  return t.tags.has('Infinitive') || (t.tags.has('Verb') && !t.tags.has('Noun')) || /^(?:the|a|an|its|his|her|their|this|these|those)$/.test(tokens[k + 1]?.lower ?? '');
}

/** The noun phrase of a noun trigger: its determiner and modifiers, the noun and the phrases hanging on it. */
export function nounPhrase(tokens: readonly Token[], r: Reading): TokenRange {
  let first = r.frame.premodifier?.first ?? r.trigger.first;
  while (first > r.clause.first && ((tokens[first - 1] as Token).tags.has('Determiner') || (tokens[first - 1] as Token).tags.has('Value'))) first--;
  // "after renewed fighting": a participle the tagger read as a verb modifies the noun (`events/participle-modified-happening`)
  if (first > r.clause.first + 1 && /ed$/.test((tokens[first - 1] as Token).lower) && (tokens[first - 1] as Token).tags.has('Verb') && TEMPORAL.test(tokens[first - 2]?.lower ?? '')) first--;
  // "before the election", "as part of an inquiry": the preposition that ties it to the clause
  if (first > r.clause.first && (isPreposition(tokens[first - 1]) || tokens[first - 1]?.lower === 'following')) first--;
  // "carried out the attack to avenge the killing ... last month": a purpose infinitive is no part of the noun's phrase
  const purpose = tokens.findIndex((t, k) => k > r.trigger.last && k <= r.clause.last && t.lower === 'to' && infinitiveAt(tokens, k + 1));
  const preps = purpose < 0 ? r.frame.preps : r.frame.preps.filter((p) => p.range.last < purpose);
  const lastPrep = preps[preps.length - 1];
  return { first, last: Math.max(r.trigger.last, lastPrep?.range.last ?? r.trigger.last) };
}

/**
 * Reads the triggers of one sentence: a verb counts only in a sense whose arguments fit, a light verb gives way to
 * the happening its object names ("held talks" is the talks), and a noun inside the clause of a verb trigger is
 * that verb's argument or background ("were injured in the raids": the hurt is the news).
 *
 * With the readings come the happening nouns the sentence tells no event for ("in retaliation for the killing of its
 * commander in Beirut last month"): their phrases hold places and times that are theirs, not the clause's.
 */
export function readSentenceWithBackground(sentence: TaggedSentence, mentions: readonly EntityMention[], index: ActorIndex): { readings: Reading[]; background: Reading[] } {
  const readings = findTriggers(sentence, mentions).flatMap((trigger) => readTrigger(sentence, mentions, index, trigger));
  // "held crisis talks", "carried out strikes": the light verb carries the noun's happening
  const governed = new Set<number>();
  for (const r of readings) {
    if (!r.trigger.nominal || !r.frame.governor) continue;
    // ("were killed when police opened fire": a verb before the noun's clause is none of its light verbs)
    for (const v of readings) if (!v.trigger.nominal && v.trigger.first < r.trigger.first && v.trigger.first >= Math.max(r.trigger.first - 4, r.clause.first)) governed.add(v.trigger.first);
  }
  // "struck launchers, in what it called a pre-emptive strike": a noun naming a happening the sentence tells is no other
  const named = (r: Reading): boolean => r.trigger.nominal && NAMED_AS.test(sentence.tokens.slice(Math.max(0, r.trigger.first - 7), r.trigger.first).map((t) => `${t.lower} `).join(''))
    && readings.some((v) => v !== r && v.type === r.type && v.trigger.last < r.trigger.first);
  const told = readings.filter((r) => (r.trigger.nominal || !governed.has(r.trigger.first)) && !named(r));
  const kept = keptReadings(sentence.tokens, told.filter((r) => !notDoneWithin(sentence.tokens, r, told)), governed);
  const background = told.filter((r) => r.trigger.nominal && !kept.some((k) => k.trigger.first === r.trigger.first));
  return { readings: kept, background };
}

/**
 * "ended a two-day summit without agreeing on a plan", "the talks ended without reaching a deal": what was not done
 * after "without" tells how the happening its clause reports went, when that happening is named before it.
 */
function notDoneWithin(tokens: readonly Token[], r: Reading, readings: readonly Reading[]): boolean {
  if (r.trigger.nominal || tokens[r.trigger.first - 1]?.lower !== 'without') return false;
  return readings.some((v) => v !== r && v.trigger.last < r.trigger.first && v.clause.first <= v.trigger.first && v.clause.last >= r.trigger.first);
}

/** A trigger read in its clause: a noun as it is, a verb in the sense its arguments fit, or no reading. */
function readTrigger(sentence: TaggedSentence, mentions: readonly EntityMention[], index: ActorIndex, trigger: Trigger): Reading[] {
  const { tokens } = sentence;
  const clause = clauseRange(tokens, trigger, trigger.nominal);
  if (trigger.nominal) return [{ trigger, type: trigger.type, clause, frame: nounFrame(tokens, trigger.first, trigger.last, clause.last) }];
  const lemma = trigger.lemma ?? (tokens[trigger.first] as Token).lower;
  const frame = verbFrame(tokens, trigger.first, trigger.last, clause.last, INTRANSITIVE_VERBS.has(lemma));
  if (trigger.fixed) return [{ trigger, type: trigger.type, clause, frame }];
  const actorAt = (k: number): boolean => index.actorAt(sentence, k) !== undefined;
  const placeAt = (k: number): boolean => mentions.some((m) => m.record === 'place' && m.firstToken <= k && m.lastToken >= k);
  // "fighters often attack convoys", "police routinely detain": a habit, and the verb is no noun the tagger missed
  if (habitAdverbBefore(tokens, trigger.first)) return [];
  const sense = simplePresent(tokens, trigger) ? null : verbSense(lemma, { tokens, frame, next: tokens[trigger.last + 1], actorAt, placeAt });
  if (sense) return [{ trigger: { ...trigger, type: sense.type }, type: sense.type, clause, frame, ...(sense.sense.cameo ? { cameo: sense.sense.cameo } : {}) }];
  // "Further talks are planned": no verb sense fits, so the word is the noun the tagger missed
  const ctx = { tokens, frame, next: tokens[trigger.last + 1], actorAt, placeAt };
  if (!trigger.nounType || foughtForCause(lemma, ctx) || ruledOut(lemma, ctx)) return [];
  if (modifiesName(tokens, trigger)) return [];
  const noun: Trigger = { first: trigger.first, last: trigger.last, type: trigger.nounType, nominal: true };
  const nounClause = clauseRange(tokens, noun, true);
  return [{ trigger: noun, type: noun.type, clause: nounClause, frame: nounFrame(tokens, noun.first, noun.last, nounClause.last) }];
}

/**
 * "Georgia's ruling Georgian Dream party", "the ruling ANC": an -ing form between a determiner or a possessive and a
 * capitalised name describes the name; it is no noun of a happening.
 */
function modifiesName(tokens: readonly Token[], trigger: Trigger): boolean {
  const prev = tokens[trigger.first - 1];
  const next = tokens[trigger.last + 1];
  if (!prev || !next || !/ing$/.test((tokens[trigger.last] as Token).lower) || /[,;:]/.test((tokens[trigger.last] as Token).post)) return false;
  return (/^(?:the|a|an|its|their|his|her)$/.test(prev.lower) || /['’]s$/.test(prev.text)) && /^\p{Lu}/u.test(next.text);
}

/**
 * The readings that tell happenings: an if-clause is the condition of the happening it governs, a participle in
 * another trigger's subject describes it, and a noun in a verb's clause is told only when it times the clause.
 */
function keptReadings(tokens: readonly Token[], kept: readonly Reading[], governed: ReadonlySet<number>): Reading[] {
  const out: Reading[] = [];
  // "she could face execution if she went back to Syria": the if-clause is the condition of the other happening
  const conditional = (r: Reading): boolean => /^(?:if|unless)$/.test((tokens[r.clause.first] as Token).lower);
  const consequence = kept.some((r) => (!r.trigger.nominal || r.frame.governor !== undefined) && !conditional(r));
  for (const r of kept) {
    if (consequence && !r.trigger.nominal && conditional(r)) {
      // its evidence goes with the happening it conditions
      const at = out.findLastIndex((o) => o.clause.last === r.clause.first - 1 || o.clause.last + 1 === r.clause.first);
      if (at >= 0) out[at] = { ...(out[at] as Reading), evidenceLast: r.clause.last };
      continue;
    }
    // "since returning to France, she has ...": a gerund after "since" dates a state, it reports no happening of its own
    if (!r.trigger.nominal && (tokens[r.trigger.first] as Token).tags.has('Gerund') && tokens[r.trigger.first - 1]?.lower === 'since') continue;
    // a participle inside another trigger's subject ("the depots hit by the rockets caught fire") describes it; one
    // with a date of its own ("Two journalists kidnapped in April were released") tells its own happening too
    const described = !r.trigger.nominal ? kept.find((v) => v !== r && !v.trigger.nominal && v.frame.subject && r.trigger.first >= v.frame.subject.first && r.trigger.last <= v.frame.subject.last) : undefined;
    if (described) {
      if (datedBeforeFiniteVerb(tokens, r.trigger.last)) out.push({ ...r, clause: { first: r.clause.first, last: (described.frame.subject as TokenRange).last }, embedded: true, outer: described.clause });
      continue;
    }
    // ("Troops opened fire on miners protesting against ...": a noun its light verb carries is the clause's own
    // happening; an -ing verb after it, in a relative on its object, is no host of it; `events/light-noun-before-verb`,
    // round 23)
    const verb = r.trigger.nominal ? kept.find((v) => !v.trigger.nominal && !governed.has(v.trigger.first) && v.clause.first <= r.trigger.first && v.clause.last >= r.trigger.last
      && r.clause.first <= v.trigger.first && r.clause.last >= v.trigger.last && !(r.frame.governor !== undefined && v.trigger.first > r.trigger.last && /ing$/.test((tokens[v.trigger.first] as Token).lower))) : undefined;
    if (!verb) {
      // "The talks resumed after clashes in the capital", "signed a truce on Monday after clashes": a noun that times
      // the clause of another happening noun is a happening of its own, as it is in a verb's clause
      const host = r.trigger.nominal ? kept.find((v) => v !== r && v.trigger.nominal && v.trigger.last < r.trigger.first && v.clause.first <= r.trigger.first && v.clause.last >= r.trigger.last) : undefined;
      const timing = host ? embeddedReading(tokens, r, host) : undefined;
      const after = timing !== undefined && /^(?:after|following|amid|during)$/.test((tokens[timing.clause.first] as Token).lower);
      out.push(timing && after && !timing.cause ? timing : r);
      continue;
    }
    const embedded = embeddedReading(tokens, r, verb);
    if (embedded) out.push(embedded);
  }
  return out;
}

/**
 * A noun in a verb's clause is its argument or background ("were injured in the raids", "condemned the invasion"),
 * unless it is a happening of another kind that times the clause ("detained before the vote", "fled during the
 * floods"). Nouns on other prepositions ("as part of an inquiry") or causing the verb ("a blast killed") were told as
 * happenings of their own in the first events round; on the check half they were false events (ablation in NOTES.md,
 * issue 14).
 */
/** A day or a period owning the noun ("Sunday's election", "last week's attack"): a particular happening of its own. */
const DAY_OWNER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|weekend|week|month|year)['’]s$/;

function dayPossessive(tokens: readonly Token[], phrase: TokenRange, trigger: Trigger): boolean {
  return tokens.slice(phrase.first, trigger.first).some((t) => DAY_OWNER.test(t.lower));
}

/** Types of a noun that, as the subject of a casualty verb, is a happening of its own ("an airstrike killed 23"). */
const CAUSES: ReadonlySet<EventType> = new Set(['attack', 'accident', 'clash']);

/**
 * "An airstrike on a market killed 23 civilians", "a gas explosion killed four", "fighting has displaced two million
 * people": the attack, accident or clash that kills or drives people out is a happening of its own beside its toll; "the blast killed 20" is the blast already told, when there is one.
 */
function causeReading(tokens: readonly Token[], r: Reading, verb: Reading): Reading | undefined {
  const subject = verb.frame.subject;
  const harms = verb.type === 'casualty' || (verb.type === 'movement' && /^(?:displace|force)$/.test(verb.trigger.lemma ?? ''));
  // ("A stampede that killed 30 pilgrims": the relative pronoun's antecedent causes the deaths too)
  if (!harms || verb.frame.voice !== 'active' || (verb.frame.subjectVia !== undefined && verb.frame.subjectVia !== 'relative') || !CAUSES.has(r.type) || !subject) return undefined;
  if (r.trigger.last > subject.last || r.trigger.last >= verb.trigger.first) return undefined;
  // "An airstrike on a school sheltering displaced families killed 20": a participle inside the subject cuts it
  // short; the noun heads it when nothing but its modifiers stands between them
  if (r.trigger.first < subject.first && !(r.trigger.first >= verb.clause.first && modifiersOnly(tokens, r.trigger.last + 1, subject.first))) return undefined;
  // its time and place are those of the killing's clause ("... killed 23 civilians in Kessa on Saturday")
  const determiner = tokens.slice(subject.first, r.trigger.first).some((t) => DEFINITE.test(t.lower));
  return { ...r, clause: verb.clause, embedded: true, cause: true, outer: verb.clause, ...(determiner ? { definite: true } : {}) };
}

/** Tokens from..to-1 are a noun's modifiers: prepositional phrases and participles, no tensed verb and no comma. */
function modifiersOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 8 || !isPreposition(tokens[from])) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post) || t.tags.has('Auxiliary') || t.tags.has('Copula') || /^(?:who|which|that|and|but)$/.test(t.lower)) return false;
    // ("sheltering displaced families": a gerund, or a participle before a noun)
    if (t.tags.has('Verb') && !(t.tags.has('Gerund') || /ing$/.test(t.lower) || (/ed$/.test(t.lower) && tokens[k + 1]?.tags.has('Noun')))) return false;
  }
  return true;
}

function embeddedReading(tokens: readonly Token[], r: Reading, verb: Reading): Reading | undefined {
  if (verb.type === r.type) return undefined;
  const cause = causeReading(tokens, r, verb);
  if (cause) return cause;
  const phrase = nounPhrase(tokens, r);
  const opener = tokens[phrase.first] as Token;
  // "ahead of the vote", "in the run-up to the summit": two-word openers of the same kind
  const before = tokens[phrase.first - 1];
  // ("fled following renewed shelling in the north": the tagger reads "following" as a gerund; round 17,
  // `events/following-as-preposition`)
  const opensTime = (TEMPORAL.test(opener.lower) && (isPreposition(opener) || opener.lower === 'following'))
    || (opener.lower === 'of' && before?.lower === 'ahead') || (opener.lower === 'to' && before?.lower === 'up' && /^(?:run|lead)$/.test(tokens[phrase.first - 2]?.lower ?? ''));
  if (!opensTime && !dayPossessive(tokens, phrase, r.trigger)) return undefined;
  const determiner = tokens.slice(Math.max(r.clause.first, (r.frame.premodifier?.first ?? r.trigger.first) - 1), r.trigger.first).some((t) => DEFINITE.test(t.lower));
  return { ...r, clause: phrase, embedded: true, outer: r.clause, ...(determiner ? { definite: true } : {}) };
}

