import type { Actor } from '../schema/actor.js';
import { own } from '../nlp/lexicon/own.js';
import type { Modality, NewsEvent, Participant, ParticipantRole, EventType } from '../schema/event.js';
import type { Span } from '../schema/span.js';
import type { Time } from '../schema/time.js';
import { CAMEO_ROOT, EVENT_NOUNS, EVENT_VERBS } from '../nlp/lexicon/event-triggers.js';
import { GROUP_NOUNS } from '../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { recordId } from '../ids.js';
import type { ClaimDraft } from './claims.js';
import type { EntityMention } from './entities.js';

export interface EventOptions {
  referenceDate: string | null;
  idPrefix: string;
}

/** Past forms that suffix rules cannot undo. */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  met: 'meet', struck: 'strike', took: 'take', taken: 'take', fought: 'fight', led: 'lead', shot: 'shoot',
  hit: 'hit', left: 'leave', fled: 'flee', sold: 'sell', bought: 'buy', withdrew: 'withdraw', withdrawn: 'withdraw',
  overran: 'overrun', overrun: 'overrun', fired: 'fire', retook: 'retake', retaken: 'retake', held: 'hold',
  began: 'begin', ran: 'run', killed: 'kill', died: 'die', dying: 'die', signed: 'sign',
};

/** Verb lemma by suffix stripping, tried against the trigger lexicon only. */
function verbLemma(word: string): string | undefined {
  const w = word.toLowerCase();
  const irregular = own(IRREGULAR_PAST, w);
  const candidates = irregular ? [irregular, w] : [w];
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  if (w.endsWith('ied')) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('es')) candidates.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  return candidates.find((c) => Object.hasOwn(EVENT_VERBS, c));
}

const NEGATION = /\b(?:without|not|never|no|neither|nor|failed to|refused to|n't)\b/i;
const HYPOTHETICAL = /\b(?:potential|possible|possibly|could|would|might|may|if|unless|hinging|hinge|hinges|proposed|prospect of|likely|any)\b/i;
const PLANNED = /\b(?:will|shall|planned|plans?|planning|scheduled|expected to|to be held|upcoming|set to|intends? to|going to|next week|next month|prepar\w+ to|announced (?:his|her|their|its) intention)\b/i;
/** Definite mentions that refer back to a happening already reported, not a new one. */
const ANAPHORIC_DETERMINER = /^(?:the|this|that|these|those|such)$/i;

interface Trigger {
  first: number;
  last: number;
  type: EventType;
  nominal: boolean;
}

function findTriggers(sentence: TaggedSentence, mentions: readonly EntityMention[]): Trigger[] {
  const { tokens } = sentence;
  const triggers: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (mentions.some((m) => m.firstToken <= i && m.lastToken >= i)) continue; // part of a name
    const next = tokens[i + 1];
    if (/^push/.test(tok.lower) && next?.lower === 'back' && tok.tags.has('Verb')) {
      triggers.push({ first: i, last: i + 1, type: 'clash', nominal: false });
      continue;
    }
    const prevTok = tokens[i - 1];
    const nounContext = prevTok === undefined || prevTok.tags.has('Determiner') || prevTok.tags.has('Adjective') || prevTok.tags.has('Possessive') || /-$/.test(prevTok.post);
    const asNoun = own(EVENT_NOUNS, tok.lower.replace(/['’]s$/, ''));
    const verbLemmaOfToken = verbLemma(tok.lower);
    if ((tok.tags.has('Verb') || tok.tags.has('Gerund')) && !(asNoun && nounContext) && verbLemmaOfToken) {
      const lemma = verbLemmaOfToken;
      // participles used as adjectives ("a negotiated settlement") report no happening
      if (prevTok && (prevTok.tags.has('Determiner') || prevTok.tags.has('Adjective')) && !tok.tags.has('Gerund')) continue;
      const type = own(EVENT_VERBS, lemma) as EventType;
      let last = i;
      if (lemma === 'take' || lemma === 'retake') {
        // "took control of X" / "took X" (a place): capture; other uses of "take" are not events
        if (next?.lower === 'control') last = i + 1;
        else if (!(next && mentions.some((m) => m.record === 'place' && m.firstToken === i + 1))) continue;
      }
      if (lemma === 'lead' && !tokens.slice(i + 1, i + 6).some((t) => GROUP_NOUNS.has(t.lower) || /protest|march|rally/.test(t.lower))) continue;
      if (lemma === 'fire' && !tokens.slice(i + 1, i + 4).some((t) => /gas|shot|round|missile|rocket|shell|grenade|bullet|weapon/.test(t.lower))) continue;
      if (['hit', 'target', 'order', 'release', 'launch', 'clear', 'join', 'leave', 'cross', 'supply', 'fund', 'charge', 'sentence', 'deliver'].includes(lemma) && tok.tags.has('Noun')) continue;
      triggers.push({ first: i, last, type, nominal: false });
      continue;
    }
    if (tok.lower === 'push' && next?.lower === 'back') continue;
    const base = tok.lower.replace(/['’]s$/, '');
    const nounType = own(EVENT_NOUNS, base);
    if (nounType && (tok.tags.has('Noun') || tok.tags.has('Plural') || tok.tags.has('Singular') || nounContext || !verbLemmaOfToken)) {
      triggers.push({ first: i, last: i, type: nounType, nominal: true });
    }
  }
  return triggers;
}

/** The clause around a trigger: bounded by ; : , and coordinated verbs ("and striking ..."). */
function clauseAround(text: string, sentence: TaggedSentence, trigger: Trigger): Span {
  const { tokens } = sentence;
  let first = trigger.first;
  for (let k = trigger.first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (/[;:,]/.test(t.post) || /[()]/.test(t.post)) break;
    if ((t.lower === 'and' || t.lower === 'but' || t.lower === 'while') && k + 1 <= trigger.first) {
      const after = tokens[k + 1];
      if (after && (after.tags.has('Verb') || after.tags.has('Gerund')) && k + 1 !== trigger.first) break;
      if (after && k + 1 === trigger.first && !trigger.nominal) break;
    }
    first = k;
  }
  let last = trigger.last;
  for (let k = trigger.last; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    last = k;
    if (/[;:,]/.test(t.post) && k >= trigger.last) break;
    const after = tokens[k + 1];
    const afterNext = tokens[k + 2];
    if (after && (after.lower === 'and' || after.lower === 'but') && afterNext && (afterNext.tags.has('Gerund') || (afterNext.tags.has('Verb') && !afterNext.tags.has('Noun')))) break;
  }
  const start = (tokens[first] as Token).start;
  const end = Math.min((tokens[last] as Token).end, start + 600);
  void text;
  return { start, end };
}

function roleFor(type: EventType, before: boolean, verbLemmaText: string | undefined): ParticipantRole {
  if (verbLemmaText === 'host') return before ? 'host' : 'attendee';
  if (type === 'meeting' || type === 'visit' || type === 'election') return 'attendee';
  if (type === 'protest' || type === 'clash') return before ? 'agent' : 'participant';
  return before ? 'agent' : 'patient';
}

/**
 * Finds events from trigger verbs and nominalisations, with type, CAMEO root, participants with roles, place,
 * date, counts and durations, and a modality that keeps claims, denials, plans and hypotheses apart.
 */
export function extractEvents(
  text: string,
  sentences: readonly TaggedSentence[],
  mentions: readonly EntityMention[],
  actors: readonly Actor[],
  times: readonly Time[],
  claims: readonly ClaimDraft[],
  options: EventOptions,
): NewsEvent[] {
  const events: NewsEvent[] = [];
  const actorIds = new Set(actors.map((a) => a.id));
  for (const sentence of sentences) {
    if (sentence.blockKind !== 'paragraph') continue;
    const sentenceMentions = mentions.filter((m) => m.sentenceIndex === sentence.index);
    const triggers = findTriggers(sentence, sentenceMentions);
    for (const trigger of triggers) {
      const firstTok = sentence.tokens[trigger.first] as Token;
      const lastTok = sentence.tokens[trigger.last] as Token;
      const prev = sentence.tokens[trigger.first - 1];
      // a definite nominal that refers back to a reported happening of the same type is not a new event
      if (trigger.nominal && prev && ANAPHORIC_DETERMINER.test(prev.lower) && events.some((e) => e.type === trigger.type)) continue;
      // inside a claim's cue word (e.g. "statement" of "in a statement") is not an event of its own
      const clause = clauseAround(text, sentence, trigger);
      if (events.some((e) => e.start === clause.start && e.type === trigger.type)) continue;
      const clauseMentions = sentenceMentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      const lemma = trigger.nominal ? undefined : verbLemma(firstTok.lower);
      const participants: Participant[] = [];
      for (const m of clauseMentions) {
        if (m.record !== 'actor' || !actorIds.has(m.recordId)) continue;
        if (participants.some((p) => p.actorId === m.recordId)) continue;
        participants.push({ actorId: m.recordId, role: roleFor(trigger.type, m.end <= firstTok.start, lemma) });
      }
      const placeMentions = clauseMentions.filter((m) => m.record === 'place');
      const placeIds = [...new Set(placeMentions.map((m) => m.recordId))];
      const clauseText = text.slice(clause.start, clause.end);
      const time = times.find((t) => t.start >= clause.start && t.end <= clause.end && t.kind !== 'duration' && t.kind !== 'set')
        ?? times.find((t) => t.start >= sentence.start && t.end <= sentence.end && t.kind === 'date' && /^\d{4}|^X{4}/.test(t.value));
      const duration = times.find((t) => t.start >= clause.start && t.end <= clause.end && t.kind === 'duration');
      const count = /\b(?:in|of|at)?\s*(\d[\d,]*)\s+(\p{L}+)/u.exec(text.slice(lastTok.end, clause.end));
      const reporting = claims.filter((c) => firstTok.start >= c.contentStart && firstTok.end <= c.contentEnd);
      const disputing = claims.filter((c) => c.disputes.some((id) => reporting.some((r) => r.id === id)));
      // only an explicit denial or rejection makes the event denied; a dismissal ("propaganda") links but leaves it claimed
      const denying = disputing.filter((c) => c.kind === 'denial' || c.kind === 'rejection');
      const before = text.slice(clause.start, firstTok.start);
      const around = text.slice(clause.start, Math.min(clause.end, lastTok.end + 40));
      let modality: Modality = 'asserted';
      if (NEGATION.test(before.split(/\s+/).slice(-6).join(' '))) modality = 'negated';
      else if (denying.length > 0) modality = 'denied';
      else if (HYPOTHETICAL.test(before) || reporting.some((c) => c.kind === 'call')) modality = 'hypothetical';
      else if (PLANNED.test(around) || reporting.some((c) => c.kind === 'pledge')) modality = 'planned';
      else if (reporting.length > 0) modality = 'claimed';
      const date = time && /^\d{4}|^X{4}/.test(time.value)
        ? time.value
        : modality === 'asserted' || modality === 'claimed' || modality === 'denied'
          ? inheritDate(events, trigger.type) ?? null
          : null;
      const event: NewsEvent = {
        id: recordId('event', `${options.idPrefix}${events.length + 1}`),
        type: trigger.type,
        cameo: CAMEO_ROOT[trigger.type],
        trigger: { start: firstTok.start, end: lastTok.end, text: text.slice(firstTok.start, lastTok.end) },
        start: clause.start,
        end: clause.end,
        date,
        placeIds: placeIds.length > 0 ? placeIds : modality === 'asserted' ? inheritPlace(events, trigger.type) : [],
        participants,
        modality,
        claimIds: [...new Set([...reporting, ...disputing].map((c) => c.id))],
      };
      const attributes: NonNullable<NewsEvent['attributes']> = {};
      if (count?.[1] && count[2]) {
        attributes.count = Number(count[1].replace(/,/g, ''));
        attributes.unit = count[2];
      }
      if (duration) attributes.duration = duration.value;
      if (Object.keys(attributes).length > 0) event.attributes = attributes;
      void clauseText;
      events.push(event);
    }
  }
  return events;
}

/** A later report of the same kind of happening, close by, takes the date of the first ("linked events"). */
function inheritDate(events: readonly NewsEvent[], type: EventType): string | undefined {
  const last = [...events].reverse().find((e) => e.type === type && e.modality === 'asserted');
  return last?.date ?? undefined;
}

function inheritPlace(events: readonly NewsEvent[], type: EventType): string[] {
  const last = [...events].reverse().find((e) => e.type === type && e.modality === 'asserted');
  return last ? [...last.placeIds] : [];
}
