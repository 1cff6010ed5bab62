import type { Actor } from '../schema/actor.js';
import type { NewsEvent, Participant, ParticipantRole, EventType } from '../schema/event.js';
import type { Span } from '../schema/span.js';
import type { Time } from '../schema/time.js';
import { CAMEO_BY_TRIGGER, CAMEO_ROOT } from '../nlp/lexicon/event-triggers.js';
import { own } from '../nlp/lexicon/own.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { recordId } from '../ids.js';
import { pushTo } from '../multimap.js';
import { firstAtOrAfter, groupBySentence, within } from './spans-index.js';
import type { ClaimDraft } from './claims.js';
import type { EntityMention } from './entities.js';
import { findTriggers, nounTypeOf, type Trigger } from './event/triggers.js';
import { modalityOf } from './event/modality.js';
import { articlePlaces, placeOf } from './event/place.js';

export interface EventOptions {
  referenceDate: string | null;
  idPrefix: string;
}

/** Definite mentions that refer back to a happening already reported, not a new one. */
const ANAPHORIC_DETERMINER = /^(?:the|this|that|these|those|such)$/i;
const WEAPON_SUBJECT = /\b(?:missiles?|shells?|rockets?|bombs?|drones?|rounds|mortars?|grenades?)\b(?:\s+\S+){0,3}\s*$/i;
const FACTUAL: ReadonlySet<string> = new Set(['asserted', 'claimed', 'denied']);
const COORDINATOR = /^(?:and|or)$/;
const AUXILIARY = /^(?:was|were|is|are|been|be|being|had|has|have|then|later|also|subsequently)$/;

/** The clause around a trigger: bounded by ; : , and coordinated verbs ("and striking ..."). */
function clauseAround(sentence: TaggedSentence, trigger: Trigger): Span {
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
    // "..., with police firing tear gas": the absolute clause after "with" is its own happening
    if (t.lower === 'with' && !trigger.nominal && (tokens[trigger.first] as Token).tags.has('Gerund') && k + 1 < trigger.first) break;
    first = k;
  }
  let last = trigger.last;
  for (let k = trigger.last; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    last = k;
    if (/[;:,]/.test(t.post) && k >= trigger.last) break;
    const after = tokens[k + 1];
    const afterNext = tokens[k + 2];
    if (after && (after.lower === 'and' || after.lower === 'but') && afterNext && startsVerbPhrase(afterNext, tokens[k + 3])) break;
  }
  const start = (tokens[first] as Token).start;
  const end = Math.min((tokens[last] as Token).end, start + 600);
  return { start, end };
}

/** "and arresting protesters", "and fired shots" start a new verb phrase; "and stun grenades" does not. */
function startsVerbPhrase(word: Token, next: Token | undefined): boolean {
  if (word.tags.has('Gerund') || word.tags.has('PastTense')) return true;
  if (!word.tags.has('Verb') || word.tags.has('Noun')) return false;
  return !(next && next.tags.has('Noun') && !next.tags.has('Pronoun'));
}

function roleFor(type: EventType, before: boolean, lemma: string | undefined): ParticipantRole {
  if (lemma === 'host') return before ? 'host' : 'attendee';
  if (type === 'meeting' || type === 'visit' || type === 'election') return 'attendee';
  if (type === 'protest' || type === 'clash') return before ? 'agent' : 'participant';
  return before ? 'agent' : 'patient';
}

/** "were arrested and deported", "invading and occupying": one happening told with two verbs. */
function coordinatedWith(sentence: TaggedSentence, earlier: Trigger, later: Trigger): boolean {
  if (earlier.nominal || later.nominal) return false;
  const between = sentence.tokens.slice(earlier.last + 1, later.first);
  if (between.length === 0) return false;
  if (between.some((t) => /[;:]/.test(t.post)) || /[;:]/.test((sentence.tokens[earlier.last] as Token).post)) return false;
  if (COORDINATOR.test((between[0] as Token).lower) && between.length <= 3) {
    return between.slice(1).every((t) => AUXILIARY.test(t.lower) || t.tags.has('Adverb'));
  }
  // "clearing the site and renaming it": the same actor's second act of the same kind, no subject of its own
  const conj = between[between.length - 1] as Token;
  return earlier.type === later.type && between.length <= 7 && COORDINATOR.test(conj.lower) && !/,/.test((between[between.length - 2] as Token | undefined)?.post ?? '');
}

/**
 * Finds events from trigger verbs and nominalisations, with type, CAMEO root, participants with roles, place,
 * date, counts and durations, and a modality that keeps claims, denials, plans and hypotheses apart.
 *
 * One event per happening: triggers of one clause are one event (the first trigger names it), coordinated verbs
 * ("arrested and deported") are one event whose span covers both, and a later definite mention of a kind already
 * reported ("the talks ended", "The agreement is scheduled to be signed") adds no event. A bare noun with no actor,
 * place or time in its clause ("fighting continues") is a generic mention and adds none either.
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
  const article = articlePlaces(text, mentions);
  // quotations run across sentences, never across paragraphs
  const mentionsBySentence = groupBySentence(mentions);
  const timesByStart = [...times].sort((a, b) => a.start - b.start);
  const seenTypes = new Set<EventType>();
  const claimsBySentence = claimsPerSentence(sentences, claims);
  const disputersOf = new Map<string, ClaimDraft[]>();
  for (const c of claims) for (const id of c.disputes) pushTo(disputersOf, id, c);
  const paragraphStart = new Map<number, number>();
  for (const s of sentences) if (!paragraphStart.has(s.blockIndex)) paragraphStart.set(s.blockIndex, s.start);
  for (const sentence of sentences) {
    if (sentence.blockKind !== 'paragraph') continue;
    const sentenceMentions = mentionsBySentence.get(sentence.index) ?? [];
    const triggers = preferVerbs(sentence, findTriggers(sentence, sentenceMentions));
    const kept: Array<{ trigger: Trigger; clause: Span; event: NewsEvent }> = [];
    for (const trigger of triggers) {
      const firstTok = sentence.tokens[trigger.first] as Token;
      const lastTok = sentence.tokens[trigger.last] as Token;
      const prev = sentence.tokens[trigger.first - 1];
      // a definite nominal that refers back to a reported happening of the same type is not a new event
      if (trigger.nominal && prev && ANAPHORIC_DETERMINER.test(prev.lower) && seenTypes.has(trigger.type)) continue;
      const clause = clauseAround(sentence, trigger);
      const coordinated = kept.find((k) => coordinatedWith(sentence, k.trigger, trigger));
      if (coordinated) {
        coordinated.event.end = Math.max(coordinated.event.end, clause.end);
        continue;
      }
      // one event per clause: a second trigger in the same clause describes the same happening
      // except the mission of a deployment ("were dispatched ... to destroy the loudspeakers"): two happenings
      const purpose = !trigger.nominal && prev?.lower === 'to';
      if (kept.some((k) => k.event.trigger.start >= clause.start && k.event.trigger.end <= clause.end && !(purpose && k.trigger.type === 'movement' && trigger.type !== 'movement'))) continue;
      // "Six shells hit the area" after "firing 36 shells": the effect of an attack the paragraph already reports
      if (trigger.type === 'attack' && !trigger.nominal && WEAPON_SUBJECT.test(text.slice(clause.start, firstTok.start))
        && attackSince(events, paragraphStart.get(sentence.blockIndex) ?? sentence.start)) continue;
      const earlier = trigger.nominal ? undefined : refersBack(text, clause, firstTok.start, trigger.type, events);
      if (earlier) {
        // the later mention may be the one that dates it ("The agreement is scheduled to be signed on September 2")
        const when = within(timesByStart, clause).find((t) => t.kind === 'date');
        if (earlier.date === null && when) earlier.date = when.value;
        continue;
      }
      const clauseMentions = sentenceMentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      const participants: Participant[] = [];
      for (const m of clauseMentions) {
        if (m.record !== 'actor' || !actorIds.has(m.recordId)) continue;
        if (participants.some((p) => p.actorId === m.recordId)) continue;
        participants.push({ actorId: m.recordId, role: roleFor(trigger.type, m.end <= firstTok.start, trigger.lemma) });
      }
      // "Novak and Haddad, who met ...": a relative clause's subject is its antecedent
      if (!trigger.nominal && !participants.some((p) => p.role === 'agent' || p.role === 'host' || p.role === 'attendee')
        && /^(?:who|which|that)\s/i.test(text.slice(clause.start, firstTok.start))) {
        for (const actorId of antecedentActors(text, sentenceMentions, clause.start, actorIds)) {
          if (!participants.some((p) => p.actorId === actorId)) participants.push({ actorId, role: roleFor(trigger.type, true, trigger.lemma) });
        }
      }
      const clauseTimes = within(timesByStart, clause);
      const clauseTime = clauseTimes.find((t) => t.kind !== 'duration' && t.kind !== 'set');
      const time = clauseTime
        ?? within(timesByStart, sentence).find((t) => t.kind === 'date' && /^\d{4}|^X{4}/.test(t.value));
      const duration = clauseTimes.find((t) => t.kind === 'duration');
      const count = /^\s*(?:in|of|at)?\s*(\d[\d,]*)\s+(\p{L}+)/u.exec(text.slice(lastTok.end, clause.end))
        ?? /\b(\d[\d,]*)\s+(\p{L}+)/u.exec(text.slice(lastTok.end, clause.end));
      const reporting = (claimsBySentence.get(sentence.index) ?? []).filter((c) => firstTok.start >= c.contentStart && firstTok.end <= c.contentEnd);
      const disputing = [...new Set(reporting.flatMap((r) => disputersOf.get(r.id) ?? []))];
      // only an explicit denial or rejection makes the event denied; a dismissal ("propaganda") links but leaves it claimed
      const denying = disputing.filter((c) => c.kind === 'denial' || c.kind === 'rejection');
      const modality = modalityOf({
        text, clauseStart: clause.start, clauseEnd: clause.end, triggerStart: firstTok.start, triggerEnd: lastTok.end,
        nominal: trigger.nominal, reporting, denying,
        quoted: insideQuotes(text.slice(paragraphStart.get(sentence.blockIndex) ?? sentence.start, firstTok.start)),
        attributedSentence: /^\W*according to\b|,\s*according to\b/i.test(sentence.text),
      });
      const clausePlaces = clauseMentions.some((m) => m.record === 'place');
      // a bare asserted noun with nothing to anchor it is a generic mention ("fighting continues", "in combat")
      const governed = sentence.tokens.slice(0, trigger.first).some((t) => t.start >= clause.start && t.tags.has('Verb') && !t.tags.has('Auxiliary'));
      if (trigger.nominal && modality === 'asserted' && !governed && participants.length === 0 && !clausePlaces && !clauseTime && !duration) continue;
      // "the ministry said it captured X", "reported capturing X": with no subject of its own, the speaker's side acted
      if (!trigger.nominal && reporting.length > 0 && !participants.some((p) => p.role === 'agent')
        && (/\b(?:it|they|we|he|she)\s+(?:\S+\s+){0,2}$/i.test(text.slice(clause.start, firstTok.start)) || firstTok.tags.has('Gerund'))) {
        const speaker = reporting[reporting.length - 1]?.claimantId;
        if (speaker && actorIds.has(speaker) && !participants.some((p) => p.actorId === speaker)) participants.unshift({ actorId: speaker, role: 'agent' });
      }
      const factual = modality === 'asserted' || modality === 'claimed' || modality === 'denied';
      const date = time && /^\d{4}|^X{4}/.test(time.value)
        ? time.value
        : factual
          ? inheritDate(events, trigger.type) ?? (reportsNow(text.slice(clause.start, lastTok.end)) ? publicationDay(options.referenceDate) : null)
          : null;
      const event: NewsEvent = {
        id: recordId('event', `${options.idPrefix}${events.length + 1}`),
        type: trigger.type,
        cameo: own(CAMEO_BY_TRIGGER, trigger.lemma ?? firstTok.lower) ?? CAMEO_ROOT[trigger.type],
        trigger: { start: firstTok.start, end: lastTok.end, text: text.slice(firstTok.start, lastTok.end) },
        start: clause.start,
        end: clause.end,
        date,
        placeIds: placeOf({ text, clause, trigger: { start: firstTok.start, end: lastTok.end }, sentenceMentions, article, sameHappening: factual ? inheritPlace(events, trigger.type) : [], referredEvent: (t) => referredPlaces(t, events) }),
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
      events.push(event);
      seenTypes.add(event.type);
      kept.push({ trigger, clause, event });
    }
  }
  return events;
}

/**
 * In a clause with a verb trigger and noun triggers, the verb reports the happening and the nouns are its
 * arguments or background ("Two women taking part in Sunday's march were arrested"): the nouns go.
 */
function preferVerbs(sentence: TaggedSentence, triggers: Trigger[]): Trigger[] {
  const clauses = triggers.map((t) => clauseAround(sentence, t));
  const at = (t: Trigger): number => (sentence.tokens[t.first] as Token).start;
  return triggers.filter((t, i) => {
    if (!t.nominal) return true;
    const own = clauses[i] as Span;
    return !triggers.some((v, j) => {
      if (v.nominal) return false;
      const other = clauses[j] as Span;
      return at(v) >= own.start && at(v) < own.end && at(t) >= other.start && at(t) < other.end;
    });
  });
}

/** Whether an attack was reported since `from` (events are in text order, so the scan stops early). */
function attackSince(events: readonly NewsEvent[], from: number): boolean {
  for (let i = events.length - 1; i >= 0 && (events[i] as NewsEvent).start >= from; i--) if ((events[i] as NewsEvent).type === 'attack') return true;
  return false;
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

/**
 * "The agreement is scheduled to be signed": a verb whose subject is a definite noun of a kind already reported
 * tells more about that happening, not a new one.
 */
function refersBack(text: string, clause: Span, triggerStart: number, type: EventType, events: readonly NewsEvent[]): NewsEvent | undefined {
  const earlier = events.findLast((e) => e.type === type);
  if (!earlier) return undefined;
  const before = text.slice(clause.start, triggerStart);
  const definite = /^(?:the|this|that|these|those)\s+(?:\S+\s+)?(?:agreement|deal|accord|treaty|meeting|talks|summit|protest|march|rally|attack|strike|vote|election|arrest|visit)s?\b/i.test(before);
  return definite ? earlier : undefined;
}

/** An odd number of double quotation marks before a point of its sentence puts the point inside a quotation. */
function insideQuotes(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** A later report of the same kind of happening, close by, takes the date of the first ("linked events"). */
function inheritDate(events: readonly NewsEvent[], type: EventType): string | undefined {
  const last = events.findLast((e) => e.type === type && e.modality === 'asserted');
  return last?.date ?? undefined;
}

/** A later report of the same kind of happening takes the place of the first. */
function inheritPlace(events: readonly NewsEvent[], type: EventType): string[] {
  const last = events.findLast((e) => e.type === type && e.modality === 'asserted');
  return last ? [...last.placeIds] : [];
}

/** "in the offensive", "during the protest": the places of the last event of that noun's type. */
function referredPlaces(clauseText: string, events: readonly NewsEvent[]): string[] {
  for (const match of clauseText.matchAll(/\b(?:in|during|at|after|since|before)\s+the\s+(\p{L}+)/gu)) {
    const type = nounTypeOf((match[1] ?? '').toLowerCase());
    if (!type) continue;
    // a definite noun refers back to something that happened, not to a plan or a possibility
    const last = events.findLast((e) => e.type === type && e.placeIds.length > 0 && FACTUAL.has(e.modality));
    if (last) return [...last.placeIds];
  }
  return [];
}

/**
 * A happening told in the present or present perfect ("have died", "are protesting", "has been arrested") is the
 * news of the day: it takes the publication date. A bare simple past without a time is left undated, since news
 * uses it as much for background ("when Bush sent troops") as for the day's events.
 */
function reportsNow(upToTrigger: string): boolean {
  return /\b(?:has|have|is|are|am)\s+(?:\w+ly\s+)?(?:been\s+)?\S+(?:ed|en|ing|t)\s*$/i.test(upToTrigger)
    || /\b(?:has|have)\s+(?:\w+ly\s+)?\S+\s*$/i.test(upToTrigger);
}

function publicationDay(reference: string | null): string | null {
  return reference && /^\d{4}-\d{2}-\d{2}/.test(reference) ? reference.slice(0, 10) : null;
}

/** The actors named right before a relative clause: the last one, and the one joined to it by "and". */
function antecedentActors(text: string, mentions: readonly EntityMention[], clauseStart: number, actorIds: ReadonlySet<string>): string[] {
  const before = mentions
    .filter((m) => m.record === 'actor' && actorIds.has(m.recordId) && m.end <= clauseStart)
    .sort((a, b) => b.end - a.end);
  const last = before[0];
  if (!last || !/^[\s,]*$/.test(text.slice(last.end, clauseStart))) return [];
  const ids = [last.recordId];
  const previous = before[1];
  if (previous && /^\s+and\s+[^,;.]{0,40}$/.test(text.slice(previous.end, last.start))) ids.unshift(previous.recordId);
  return ids;
}
