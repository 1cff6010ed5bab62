import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import type { EventType, NewsEvent, Participant, ParticipantRole } from '../../schema/event.js';
import type { TokenRange } from './clause.js';
import type { Frame } from './frame.js';
import type { Trigger } from './triggers.js';
import { nounTypeOf } from './triggers.js';
import { VEHICLES } from '../../nlp/lexicon/event-triggers.js';

/** Words that make a noun phrase point back at something already named. */
const ANAPHORIC = /^(?:the|this|that|these|those|such|his|her|its|their)$/;
/** The instruments of an attack already told: "the charges had been set off" tells more of the bombing. */
const WEAPON = /^(?:bombs?|car-bombs?|missiles?|rockets?|shells?|explosives?|devices?|grenades?|drones?)$/;
/** Nouns for a blast, which an article about a bombing uses for the bombing itself. */
const BLAST = /^(?:explosions?|blasts?)$/;
/** Modalities of a happening told as fact (asserted, claimed or denied), not planned or hypothetical. */
export const FACTUAL: ReadonlySet<string> = new Set(['asserted', 'claimed', 'denied']);
/** Verbs that tell the course of a happening already under way ("the talks collapsed", "fighting resumed"). */
const ASPECTUAL = /^(?:collapsed?|collapses|ended|ends|end|stalled|stall|stalls|resumed|resume|resumes|continued|continues|continue|broke|failed|fails|fail|dragged|stopped|halted|concluded|faltered)$/;

/** Superlatives and ordinals that rank a happening among its kind ("the deadliest ... to hit", "the first ... to strike"). */
const RANKING = /^(?:\w+est|first|second|third|fourth|fifth|last|worst|biggest|largest|strongest|deadliest|most|latest)$/;

/** Words that pick out an earlier happening of a kind than the one told ("the last round of talks", "the previous vote"). */
const PREVIOUS = /^(?:last|previous|earlier|prior|preceding|past|former)$/;

/** Whether an event of `type` may be what a noun of `nounType` (the noun `word`) refers back to. */
function compatible(eventType: EventType, nounType: EventType, word: string, earlierWord?: string): boolean {
  if (eventType === 'legal' && nounType === 'legal' && earlierWord !== undefined) return sameLegalStep(word, earlierWord);
  // "lawmakers passed a bill raising taxes ... in the days before the vote": the vote on the bill, no election
  if (nounType === 'election' && /^votes?$/.test(word) && eventType === 'other' && earlierWord !== undefined) return LEGISLATIVE_ACT.test(earlierWord);
  return eventType === nounType || (BLAST.test(word) && eventType === 'attack') || killingOf(eventType, nounType, word);
}

/**
 * "A gunman shot dead the mayor on Sunday. The assassination drew condemnation", "The killing" after "assassinated":
 * a noun of an attack that kills names the killing told before, and a noun of killing the attack that killed.
 * Id: `happenings/killing-attack` (round 19).
 */
const KILLING_ATTACK = /^(?:assassinations?|shootings?|stabbings?)$/;
const KILLING = /^(?:killings?|murders?|assassinations?|shootings?|stabbings?)$/;

function killingOf(eventType: EventType, nounType: EventType, word: string): boolean {
  return (eventType === 'casualty' && nounType === 'attack' && KILLING_ATTACK.test(word)) || (eventType === 'attack' && nounType === 'casualty' && KILLING.test(word));
}

/** Verbs of a legislature's decision, which a later "the vote" names ("passed the bill ... after the vote"). */
const LEGISLATIVE_ACT = /^(?:pass|passes|passed|passing|approv\w*|adopt\w*|reject\w*|overr\w*|ratif\w*)$/i;

/**
 * Steps of a case, each a happening of its own: charges, a trial, a ruling, an investigation, a lawsuit, an appeal
 * ("Prosecutors charged two generals. Their trial is due to begin next month": the trial is not the charging).
 * Source: the stages of a criminal or civil case in English news, written for this library. Id: `happenings/legal-steps`.
 */
const LEGAL_STEPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['charge', /^(?:charges?|charged|charging|indict\w*|prosecut\w*)$/],
  ['trial', /^(?:trials?|tried)$/],
  ['ruling', /^(?:rulings?|ruled|verdicts?|sentenc\w*|convict\w*|acquit\w*|judgments?|judgements?)$/],
  ['investigation', /^(?:probes?|investigat\w*|inquir(?:y|ies)|inquest)$/],
  ['lawsuit', /^(?:lawsuits?|sued|suing|sues|suits?)$/],
  ['appeal', /^(?:appeals?|appealed)$/],
];

/**
 * "A court convicted three activists on Tuesday. The trial of their lawyer is due to start next month": a step of a case
 * still to come is not the step already done, even the trial a ruling ends. Id: `happenings/legal-step-to-come` (round 19).
 */
export function stepToCome(word: string, earlier: NewsEvent): boolean {
  const step = (w: string): string | undefined => LEGAL_STEPS.find(([, pattern]) => pattern.test(w.toLowerCase().split(/\s+/).at(-1) ?? ''))?.[0];
  const a = step(word);
  return earlier.type === 'legal' && FACTUAL.has(earlier.modality) && a !== undefined && a !== step(earlier.trigger.text);
}

function sameLegalStep(word: string, earlierWord: string): boolean {
  const step = (w: string): string | undefined => LEGAL_STEPS.find(([, pattern]) => pattern.test(w.toLowerCase().split(/\s+/).at(-1) ?? ''))?.[0];
  const a = step(word);
  const b = step(earlierWord);
  // "Prosecutors charged two generals. Their trial ..." is a step to come; "a court convicted 14 activists ... called
  // the trial politically motivated" is the trial that ended in the ruling
  return a === undefined || b === undefined || a === b || (a === 'trial' && b === 'ruling');
}

/** The event type a definite noun phrase starting at `k` names, and its head word, if it is one. */
function definiteEventNoun(tokens: readonly Token[], from: number, to: number): { type: EventType; word: string; at: number } | undefined {
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    const type = nounTypeOf(t.lower);
    if (!type) continue;
    // the determiner before the noun, over at most three modifiers ("these senseless raids")
    for (let d = k - 1; d >= Math.max(from, k - 4); d--) {
      const w = tokens[d] as Token;
      if (ANAPHORIC.test(w.lower)) return { type, word: t.lower, at: k };
      if (!(w.tags.has('Adjective') || w.tags.has('Noun') || w.tags.has('Value'))) break;
    }
  }
  return undefined;
}

/** The latest earlier event a definite noun of `type` can refer to: one that shares an actor if any does, else the latest. */
function latestOfType(events: readonly NewsEvent[], type: EventType, word: string, actorIds: readonly string[], factualOnly: boolean): NewsEvent | undefined {
  const all = events.filter((e) => compatible(e.type, type, word, e.trigger.text) && (!factualOnly || FACTUAL.has(e.modality)));
  // what happened is what a definite noun points back to, before what was planned or supposed
  const factual = all.filter((e) => FACTUAL.has(e.modality));
  const told = factual.length > 0 ? factual : all;
  // "the largest fire since 2018, when a blaze killed 104 ... Police arrested a man on suspicion of starting the
  // fire": a happening dated in an earlier year than the story's is background; "the fire" is the story's own
  const storyYear = Math.max(...events.map((e) => yearOf(e.date)));
  const current = told.filter((e) => yearOf(e.date) === -1 || yearOf(e.date) >= storyYear);
  const candidates = current.length > 0 ? current : told;
  if (candidates.length === 0) return undefined;
  // "a three-day summit in Italy ... the leaders discussed migration ... the Pope addressed the summit": a definite
  // noun names the happening told with the same word before a later one of its type told with another
  const stem = (w: string): string => w.toLowerCase().replace(/s$/, '');
  const sameWord = candidates.findLast((e) => [e.trigger.text, ...(e.mentions ?? []).map((m) => m.trigger.text)].some((t) => stem(t) === stem(word)));
  const latest = sameWord ?? candidates[candidates.length - 1];
  if (actorIds.length === 0) return latest;
  return candidates.findLast((e) => e.participants.some((p) => actorIds.includes(p.actorId))) ?? latest;
}

/** The year of an event's date, or -1 for none. */
function yearOf(date: string | null): number {
  const year = /^\d{4}/.exec(date ?? '');
  return year ? Number(year[0]) : -1;
}

export interface MentionInput {
  /** A calendar date the new mention's own clause gives: an earlier event with another date is another happening. */
  ownDate?: string;
  /** Whether that date is a weekday after the noun ("addressed the summit on Friday"): the days the story covers. */
  ownDateWeekday?: boolean;
  sentence: TaggedSentence;
  trigger: Trigger;
  type: EventType;
  frame: Frame;
  events: readonly NewsEvent[];
  text: string;
  /** Actors the new mention names, to tell "the talks between A and B" from other talks. */
  actorIds?: readonly string[];
  /** Who undergoes the new verb mention's act ("The students were arrested": the students), to find it told before. */
  undergoerIds?: readonly string[];
}

/**
 * The earlier event a new mention belongs to, if it is a later mention of the same happening: a definite noun of a
 * kind already reported ("the attacks", "these talks", "the explosion" after a bombing), or a verb whose subject is
 * one ("The treaty will be ratified", "the raids, which were the deadliest this year"). When
 * the mention names actors, the earlier event must share one ("the talks between A and B" are A and B's talks).
 */
export function earlierMention(input: MentionInput): NewsEvent | undefined {
  const found = findEarlier(input);
  if (!found) return undefined;
  // "the uprising of 1989" is not the march planned for this week; a noun with a date of its own names the
  // happening of that date, so it joins only an earlier one of the same date
  if (input.ownDate && found.date && !input.ownDate.startsWith(found.date) && !found.date.startsWith(input.ownDate)) return undefined;
  // ("Pope Francis addressed the summit on Friday" after "a three-day summit in Italy": a weekday names a day of the
  // happening told, which had none)
  if (input.ownDate && !found.date && input.trigger.nominal && !input.ownDateWeekday) return undefined;
  // "its invasion of Kuwait ... its invasion of Ukraine", "the attack on Kyiv ... the attack on Kharkiv": a noun whose
  // target is named joins no earlier mention that named another target (round 18; `happenings/other-target`)
  if (input.trigger.nominal && otherTarget(input, found)) return undefined;
  return found;
}

/** The name right after "of", "on" or "against" after a trigger ("invasion of Kuwait" -> "Kuwait"). */
const TARGET_AFTER = /^\s+(?:of|on|against)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u;

/** Whether the new noun mention and the earlier event each name a target, and not the same one. */
function otherTarget(input: MentionInput, found: NewsEvent): boolean {
  const last = input.sentence.tokens[input.trigger.last] as Token;
  const target = TARGET_AFTER.exec(input.text.slice(last.end, last.end + 60))?.[1];
  if (!target) return false;
  const earlier = [found.trigger, ...(found.mentions ?? []).map((m) => m.trigger)]
    .map((t) => TARGET_AFTER.exec(input.text.slice(t.end, t.end + 60))?.[1])
    .filter((t): t is string => t !== undefined);
  return earlier.length > 0 && !earlier.includes(target);
}

function findEarlier(input: MentionInput): NewsEvent | undefined {
  const { sentence, trigger, type, frame, events } = input;
  const { tokens } = sentence;
  if (events.length === 0) return undefined;
  if (trigger.nominal) return earlierOfNoun(input);
  // "The meeting, hosted by Iraq's adviser, was the first ...", "the talks mediated by Qatar": a participle right after a
  // definite noun of its kind tells more of the happening that noun points back to
  const before = trigger.first > 0 ? definiteEventNoun(tokens, Math.max(0, trigger.first - 5), trigger.first - 1) : undefined;
  if (before && before.at === trigger.first - 1 && compatible(type, before.type, before.word) && isParticiple(tokens[trigger.first] as Token)) {
    const found = latestOfType(events, before.type, before.word, [], false);
    if (found) return found;
  }
  // "The fire was the largest to hit the region since 2018", "the deadliest quake to strike the country in decades":
  // an infinitive after a superlative or an ordinal ranks the happening already told
  if (tokens[trigger.first - 1]?.lower === 'to' && tokens.slice(Math.max(0, trigger.first - 5), trigger.first - 1).some((t) => RANKING.test(t.lower))) {
    const ranked = events.findLast((e) => e.type === type && FACTUAL.has(e.modality));
    if (ranked) return ranked;
  }
  // "A ferry sank off the coast ... The vessel capsized in rough seas": the vehicle of the accident already told
  // ("The rubber boat had left Zuwara late on Friday. It capsized in high waves": "it" is the vehicle)
  const subjectWords = frame.subject ? tokens.slice(frame.subject.first, frame.subject.last + 1) : [];
  if (type === 'accident' && frame.subject && frame.voice === 'active' && ((/^(?:the|that)$/.test((tokens[frame.subject.first] as Token).lower)
    && subjectWords.slice(1).some((t) => VEHICLES.test(t.lower))) || (subjectWords.length === 1 && subjectWords[0]?.lower === 'it' && frame.subjectVia === undefined))) {
    const accident = events.findLast((e) => e.type === 'accident' && FACTUAL.has(e.modality));
    if (accident) return accident;
  }
  // ("Iran seized a tanker in the Gulf ... Commandos boarded the vessel from helicopters": a definite vessel taken
  // again is the seizure already told; round 19, `happenings/vessel-taken-again`)
  if (type === 'capture' && frame.object && /^(?:the|that)$/.test((tokens[frame.object.first] as Token).lower)
    && tokens.slice(frame.object.first + 1, frame.object.last + 1).some((t) => VEHICLES.test(t.lower))) {
    const seizure = events.findLast((e) => e.type === 'capture' && FACTUAL.has(e.modality));
    if (seizure) return seizure;
  }
  // "won 8.8 million votes", "took 61 percent of the vote", "won 112 seats": the result of the election already told
  if (type === 'election' && frame.object && /^(?:win|take|secure|get|garner|receive|capture|gain)$/.test(trigger.lemma ?? '')
    && tokens.slice(frame.object.first, frame.object.last + 3).some((t) => /^(?:votes?|ballots|seats|percent|per|%)$/.test(t.lower) || /%$/.test(t.text))) {
    const election = events.findLast((e) => e.type === 'election' && FACTUAL.has(e.modality));
    if (election) return election;
  }
  const retold = retoldUndergoers(input);
  if (retold) return retold;
  const args = [frame.subject, frame.object].filter((r): r is TokenRange => r !== null);
  for (const range of args) {
    const noun = definiteEventNoun(tokens, range.first, range.last);
    if (noun && compatible(type, noun.type, noun.word)) return latestOfType(events, noun.type, noun.word, [], false);
    // "the charges had been set off by a timer": the weapons of the attack already told
    if (type === 'attack' && hasDefiniteWeapon(tokens, range)) return events.findLast((e) => e.type === 'attack');
  }
  return undefined;
}

/** Acts whose undergoers a report names again by a definite noun to tell where or how it was done. */
const RETOLD_ON_UNDERGOERS: ReadonlySet<EventType> = new Set(['arrest', 'capture']);
/** A determiner that points back at people already named ("the officers", "those detained"). */
const DEFINITE_PEOPLE = /^(?:the|these|those)$/;

/**
 * "Police arrested two colonels on Saturday ... The four officers were arrested in Varnok", "Gunmen kidnapped three
 * engineers. The engineers were abducted near a mine": the passive of an arrest or a capture whose subject is a
 * definite noun phrase retells the latest such happening when that one named no undergoer or the same ones; its
 * place and people complete it (a new time of its own makes it another, see `earlierMention`). Id:
 * `happenings/retold-undergoers` (round 21).
 */
function retoldUndergoers(input: MentionInput): NewsEvent | undefined {
  const { sentence, frame, type, events } = input;
  if (!RETOLD_ON_UNDERGOERS.has(type) || frame.voice !== 'passive' || !frame.subject || frame.subjectVia !== undefined) return undefined;
  const words = sentence.tokens.slice(frame.subject.first, frame.subject.last + 1);
  // ("The arrests were made in Varnok" names the happening itself, which `definiteEventNoun` reads)
  if (!DEFINITE_PEOPLE.test(words[0]?.lower ?? '') || words.some((t) => nounTypeOf(t.lower) !== undefined)) return undefined;
  const latest = events.findLast((e) => e.type === type);
  if (!latest || !FACTUAL.has(latest.modality)) return undefined;
  const undergoers = latest.participants.filter((p) => undergoes(p.role));
  const mine = input.undergoerIds ?? [];
  return undergoers.length === 0 || undergoers.some((p) => mine.includes(p.actorId)) ? latest : undefined;
}

/** The earlier event a noun mention names again: a definite noun of its kind, or one whose course is told. */
function earlierOfNoun(input: MentionInput): NewsEvent | undefined {
  const { sentence, trigger, type, events } = input;
  const { tokens } = sentence;
  // "The last round of talks broke down in February", "the previous meeting": an earlier happening of the kind, not
  // the one just told
  if (tokens.slice(Math.max(0, trigger.first - 4), trigger.first).some((t) => PREVIOUS.test(t.lower))) return undefined;
  // "denied that talks had collapsed": a happening whose end or course is told is one already told
  for (let k = trigger.last + 1; k < Math.min(tokens.length, trigger.last + 4); k++) {
    const t = tokens[k] as Token;
    if (ASPECTUAL.test(t.lower)) return latestOfType(events, type, (tokens[trigger.last] as Token).lower, input.actorIds ?? [], false);
    if (!(t.tags.has('Auxiliary') || t.tags.has('Adverb') || t.tags.has('Modal') || t.tags.has('Negative'))) break;
  }
  // "the attacks", "these cowardly attacks", "that sit-in", "her talks with the mayor"
  for (let d = trigger.first - 1; d >= Math.max(0, trigger.first - 4); d--) {
    const w = tokens[d] as Token;
    // "Okafor's mediation": a possessor makes the phrase definite too
    // ("conceded that meltdowns had occurred": a "that" opening a clause is no determiner)
    const determiner = ANAPHORIC.test(w.lower) && !(w.lower === 'that' && (w.tags.has('Conjunction') || w.tags.has('Preposition') || tokens[d - 1]?.tags.has('Verb')));
    if (determiner || (d === trigger.first - 1 && /['’]s$/.test(w.text)) || (d < trigger.first - 1 && /['’]s?$/.test(w.text) && w.tags.has('Possessive'))) {
      const word = (tokens[trigger.last] as Token).lower;
      return latestOfType(events, type, word, input.actorIds ?? [], false);
    }
    // ("the first reported clash since 2020": a participle of record among the modifiers)
    if (!(w.tags.has('Adjective') || w.tags.has('Noun') || w.tags.has('Value') || /-$/.test(w.post) || RECORDED.test(w.lower)) || /[,;:]/.test(w.post)) break;
  }
  return undefined;
}

/** Participles that say a happening is on record, read as modifiers ("the first reported clash", "the deadliest recorded quake"). */
const RECORDED = /^(?:reported|recorded|known|confirmed|documented|registered)$/;

function isParticiple(tok: Token): boolean {
  return (tok.tags.has('Participle') || tok.tags.has('PastTense') || tok.tags.has('Passive')) && /(?:ed|en|wn|un|ld|ught)$/.test(tok.lower);
}

function hasDefiniteWeapon(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range.first + 1; k <= range.last; k++) {
    if (WEAPON.test((tokens[k] as Token).lower) && /^(?:the|these|those)$/.test((tokens[range.first] as Token).lower)) return true;
  }
  return false;
}

/**
 * The earlier happening a definite noun inside a clause refers to ("were injured in the raids", "died in the
 * offensive"), for the date and place the clause does not give. Only happenings told as fact are referred to.
 */
export function referredEvent(sentence: TaggedSentence, clause: TokenRange, trigger: Trigger, events: readonly NewsEvent[], settingOnly = false): NewsEvent | undefined {
  const { tokens } = sentence;
  for (let k = clause.first; k <= clause.last; k++) {
    if (k >= trigger.first && k <= trigger.last) continue;
    const noun = definiteEventNoun(tokens, Math.max(clause.first, k - 4), k);
    if (!noun || noun.at !== k) continue;
    if (settingOnly && !isSetting(tokens, clause.first, k)) continue;
    const found = latestOfType(events, noun.type, noun.word, [], true);
    if (found) return found;
  }
  return undefined;
}

/**
 * "were injured in the raids", "died during the fighting": the happening is the setting of the clause, so it times
 * it; "opened an inquiry into the crash", "protested over the killings", "arrested four men in connection with the
 * attack", "charged with the murder" are about it and happen later, "abducted in the days before the vote" before it.
 */
function isSetting(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const t = tokens[j] as Token;
    if (/^(?:into|over|about|for|against|on|after|following|of|before|until|ahead|prior|with)$/.test(t.lower)) return false;
    if (t.tags.has('Preposition') || t.tags.has('Verb')) return true;
  }
  return true;
}

/**
 * The latest earlier event told as fact of the same type that shares an actor with a new one ("the minister flew to
 * Chile" after "the minister began her tour in Peru today"): most likely the same outing told on, so the new event may
 * take its date or place when it has none of its own. An event with no actors has no such kin.
 */
export function sameStoryAs(events: readonly NewsEvent[], type: EventType, named: readonly Participant[], countryOf?: (id: string) => string | undefined): NewsEvent | undefined {
  if (named.length === 0) return undefined;
  const actorIds = named.map((p) => p.actorId);
  const kin = (t: EventType): boolean => t === type || (OUTING.has(t) && OUTING.has(type));
  // "X was extradited on Thursday ... X had himself extradited dozens of traffickers": an actor who underwent the
  // earlier happening and does the new one (or the other way round) tells another story, not the same one told on
  const shares = (e: NewsEvent): boolean => e.participants.some((p) => p.role !== 'participant' && named.some((q) => q.actorId === p.actorId && undergoes(q.role) === undergoes(p.role)));
  // a diplomatic outing is told by its sides: "talks between Norway and Chile ... the Norwegian minister hosted
  // the Chilean envoy" is one outing
  const countries = countryOf && OUTING.has(type) ? new Set(actorIds.map(countryOf).filter((c): c is string => c !== undefined)) : new Set<string>();
  const sameSides = (e: NewsEvent): boolean => countries.size > 0 && e.participants.some((p) => p.role !== 'participant' && countries.has(countryOf?.(p.actorId) ?? ''));
  return events.findLast((e) => kin(e.type) && FACTUAL.has(e.modality) && (shares(e) || (OUTING.has(e.type) && sameSides(e))));
}

/** Whether a role undergoes the act (a patient) rather than doing or attending it. */
function undergoes(role: ParticipantRole): boolean {
  return role === 'patient';
}

/** Kinds of happening one trip is told with: arriving, meeting, speaking to the press, moving on. */
const OUTING: ReadonlySet<EventType> = new Set(['visit', 'meeting', 'statement', 'movement']);
