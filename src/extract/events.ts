import type { Actor } from '../schema/actor.js';
import type { EventType, Modality, NewsEvent, Participant } from '../schema/event.js';
import type { Span } from '../schema/span.js';
import type { Time } from '../schema/time.js';
import { CAMEO_BY_TRIGGER, CAMEO_ROOT } from '../nlp/lexicon/event-triggers.js';
import { lookupCountry } from '../nlp/gazetteer.js';
import { own } from '../nlp/lexicon/own.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { recordId } from '../ids.js';
import { pushTo } from '../multimap.js';
import { firstAtOrAfter, groupBySentence, within } from './spans-index.js';
import type { ClaimDraft } from './claims.js';
import type { EntityMention } from './entities.js';
import { ActorIndex } from './event/actor-index.js';
import { occurrenceRelativeEnd, type TokenRange } from './event/clause.js';
import { dateOf, outside } from './event/date.js';
import { isPreposition } from './event/frame.js';
import { earlierMention, referredEvent, sameStoryAs } from './event/happenings.js';
import { modalityOf } from './event/modality.js';
import { articlePlaces, placeDecision, type ArticlePlaces, type PlaceSource } from './event/place.js';
import { nounPhrase, readSentence, type Reading } from './event/readings.js';
import { modifiesNext, participantsOf } from './event/roles.js';
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
}

const WEAPON_SUBJECT = /\b(?:missiles?|shells?|rockets?|bombs?|drones?|rounds|mortars?|grenades?)\b(?:\s+\S+){0,3}\s*$/i;
const FACTUAL: ReadonlySet<string> = new Set(['asserted', 'claimed', 'denied']);
const COORDINATOR = /^(?:and|or)$/;
const AUXILIARY = /^(?:was|were|is|are|been|be|being|had|has|have|then|later|also|subsequently)$/;
/** Words before a noun that make it a new happening of a kind already told ("more such attacks", "another raid"). */
const ANOTHER = /\b(?:more|further|another|new|fresh|other|renewed|subsequent|second|third)\s+(?:\S+\s+){0,2}$/i;
/** Subordinators of a clause that happened at about the time of the clause it hangs on ("killed after bombs struck"). */
const SAME_TIME = /^(?:after|when|as|while|whilst|once)$/;
/** Types whose acts a government does at home, so its country places them when nothing else does. */
const DOMESTIC: ReadonlySet<EventType> = new Set(['legal', 'arrest', 'statement', 'other', 'election']);
/** Types of act one side does to another: a country before the trigger is its actor, not its place. */
const AGENTIVE: ReadonlySet<EventType> = new Set(['attack', 'capture', 'sanction', 'aid', 'movement', 'arrest']);
/** Happenings whose unnamed victims or targets are worth naming as actors ("civilians were killed"). */
const COERCIVE: ReadonlySet<EventType> = new Set(['attack', 'casualty', 'arrest', 'capture', 'clash', 'protest', 'movement']);
/** Happenings a light verb makes planned: "faces deportation", "awaits trial", "promised a full inquiry". */
const AWAITING = /^(?:face|await|promise|pledge|vow|plan)$/;
/** Happenings a light verb asks for, not yet decided: "demanded an inquiry", "proposed talks". */
const ASKING = /^(?:demand|seek|propose)$/;
/** Verbs whose infinitive object is yet to be done: "sent Rice to visit", "ordered troops to withdraw". */
const SENDING = /^(?:sent|send|sends|sending|dispatched|dispatch|ordered|order|orders|asked|instructed|told|deployed)$/;

/** "were arrested and deported", "invading and occupying": one happening told with two verbs. */
function coordinatedWith(sentence: TaggedSentence, earlier: Trigger, later: Trigger, sameType: boolean): boolean {
  if (earlier.nominal || later.nominal) return false;
  const between = sentence.tokens.slice(earlier.last + 1, later.first);
  if (between.length === 0) return false;
  if (between.some((t) => /[;:]/.test(t.post)) || /[;:]/.test((sentence.tokens[earlier.last] as Token).post)) return false;
  if (COORDINATOR.test((between[0] as Token).lower) && between.length <= 3) {
    return between.slice(1).every((t) => AUXILIARY.test(t.lower) || t.tags.has('Adverb'));
  }
  // "clearing the site and renaming it": the same actor's second act of the same kind, no subject of its own
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

/** Whether an attack was reported since `from` (events are in text order, so the scan stops early). */
function attackSince(events: readonly NewsEvent[], from: number): boolean {
  for (let i = events.length - 1; i >= 0 && (events[i] as NewsEvent).start >= from; i--) if ((events[i] as NewsEvent).type === 'attack') return true;
  return false;
}

/**
 * The evidence span of a token range (at most 600 characters); a noun's runs on over a relative right after it that
 * times it ("planned elections, which are to be held next January").
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

/** "Wednesday's election", "last year's protests": a time that dates another happening, not the clause's. */
function datesAnotherNoun(text: string, time: Time, trigger: Span): boolean {
  const after = /^['’]s?\s+(?:[\w-]+\s+){0,2}?([\w-]+)/.exec(text.slice(time.end, time.end + 60));
  if (!after?.[1] || !nounTypeOf(after[1].toLowerCase())) return false;
  const nounStart = time.end + after[0].length - after[1].length;
  return nounStart !== trigger.start;
}

/** The modality a trigger's own words give, before any claim around it is weighed. */
function lexicalModality(sentence: TaggedSentence, reading: Reading): 'planned' | 'hypothetical' | undefined {
  const { tokens } = sentence;
  const { trigger, frame } = reading;
  if (frame.governor && AWAITING.test(frame.governor)) return 'planned';
  if (frame.governor && ASKING.test(frame.governor)) return 'hypothetical';
  // "called for mass protests": calling out one's own protest plans it; calling on others for a ceasefire asks
  if (frame.governor === 'call for') return reading.type === 'protest' ? 'planned' : 'hypothetical';
  // "sent Rice to visit the country": the errand is still to be done
  const g = trigger.first - 1;
  if (!trigger.nominal && tokens[g]?.lower === 'to') {
    for (let k = g - 1; k >= Math.max(0, g - 8); k--) {
      const t = tokens[k] as Token;
      if (SENDING.test(t.lower) && t.tags.has('Verb')) return 'planned';
      if (t.tags.has('Verb') && !t.tags.has('Noun') || /[,;:]/.test(t.post)) break;
    }
  }
  return undefined;
}

/**
 * The happening of this sentence that a clause hangs on, and what the clause may take from it: a "where" clause is
 * at its place and time, a clause of coordinated or adjunct verbs ("..., killing 100 people") at both, a temporal
 * clause ("killed on Sunday after bombs struck") at its time unless a distance is told ("two days after").
 */
function linkOf(sentence: TaggedSentence, reading: Reading, previous: NewsEvent | undefined): { event: NewsEvent; place: boolean } | undefined {
  if (!previous) return undefined;
  const opener = sentence.tokens[reading.clause.first] as Token;
  if (opener.lower === 'where' || reading.frame.subjectVia === 'coordination' || reading.frame.subjectVia === 'adjunct') return { event: previous, place: true };
  const before = sentence.tokens[reading.clause.first - 1];
  if (SAME_TIME.test(opener.lower) && !(before && (before.tags.has('Value') || before.tags.has('Duration') || /^(?:days?|hours?|weeks?|months?|years?|minutes?|shortly|soon|long|just)$/.test(before.lower)))) {
    return { event: previous, place: false };
  }
  return undefined;
}

/** "in Canada and then the Netherlands, where he was detained": the place named right before "where". */
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
 * reported ("the attacks", "the talks ended", "which were the worst to strike") joins it as one of its `mentions`
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
  const events: NewsEvent[] = [];
  const placeSource = new Map<NewsEvent, PlaceSource>();
  const index = new ActorIndex(text, sentences, actors, mentions, claims.map((c) => ({ start: c.contentStart, end: c.contentEnd, speakerId: c.claimantId })));
  const article = articlePlaces(text, mentions);
  const mentionsBySentence = groupBySentence(mentions);
  const timesByStart = [...times].sort((a, b) => a.start - b.start);
  const claimsBySentence = claimsPerSentence(sentences, claims);
  const disputersOf = new Map<string, ClaimDraft[]>();
  for (const c of claims) for (const id of c.disputes) pushTo(disputersOf, id, c);
  const paragraphStart = new Map<number, number>();
  for (const s of sentences) if (!paragraphStart.has(s.blockIndex)) paragraphStart.set(s.blockIndex, s.start);
  for (const sentence of sentences) {
    if (sentence.blockKind !== 'paragraph') continue;
    const sentenceMentions = mentionsBySentence.get(sentence.index) ?? [];
    const readings = readSentence(sentence, sentenceMentions, index);
    const clauses = readings.map((r) => spanOf(sentence, r.clause, text, r.trigger.nominal && !r.embedded ? r.trigger.last : undefined));
    const triggerSpans = readings.map((r) => ({ start: (sentence.tokens[r.trigger.first] as Token).start, end: (sentence.tokens[r.trigger.last] as Token).end }));
    const kept: Array<{ reading: Reading; clause: Span; event: NewsEvent }> = [];
    readings.forEach((reading, ri) => {
      const { trigger, frame } = reading;
      const firstTok = sentence.tokens[trigger.first] as Token;
      const lastTok = sentence.tokens[trigger.last] as Token;
      const triggerSpan = triggerSpans[ri] as Span;
      const prev = sentence.tokens[trigger.first - 1];
      const clause = clauses[ri] as Span;
      // the evidence may run on over an if-clause that conditions the happening
      const evidence = reading.evidenceLast !== undefined ? { start: clause.start, end: Math.min((sentence.tokens[reading.evidenceLast] as Token).end, clause.start + 600) } : clause;
      // "were arrested and deported", "invading and occupying": one happening told with two verbs
      const coordinated = kept.find((k) => coordinatedWith(sentence, k.reading.trigger, trigger, k.reading.type === reading.type));
      if (coordinated) {
        const merged = coordinated.event;
        merged.end = Math.max(merged.end, clause.end);
        // "derailed and overturned in Porto on Monday": the second verb's phrases time and place the one happening
        const when = within(timesByStart, clause).find((t) => t.kind !== 'duration' && t.kind !== 'set' && /^\d{4}/.test(t.value));
        if (merged.date === null && when && FACTUAL.has(merged.modality)) merged.date = when.value;
        if (placeSource.get(merged) !== 'clause') {
          const here = placeDecision({ text, clause, trigger: triggerSpan, sentenceMentions, article });
          if (here.source === 'clause') {
            merged.placeIds = here.ids;
            placeSource.set(merged, 'clause');
          }
        }
        return;
      }
      // one event per clause: a second trigger in the same clause describes the same happening, unless it is an act
      // of another kind in a purpose infinitive or gerund phrase ("sent Rice to visit ... to support Annan in mediating")
      const nonFinite = !trigger.nominal && (prev?.lower === 'to' || (firstTok.tags.has('Gerund') && isPreposition(prev)));
      if (!reading.embedded && kept.some((k) => !k.reading.embedded && k.event.trigger.start >= clause.start && k.event.trigger.end <= clause.end && !(nonFinite && k.reading.type !== reading.type))) return;
      // "Six shells hit the area" after "firing 36 shells": the effect of an attack the paragraph already reports
      if (reading.type === 'attack' && !trigger.nominal && WEAPON_SUBJECT.test(text.slice(clause.start, firstTok.start))
        && attackSince(events, paragraphStart.get(sentence.blockIndex) ?? sentence.start)) return;
      // "hurt in the attacks": a definite noun in another happening's clause names one told before, if there is one
      if (reading.definite && referredEvent(sentence, reading.clause, { ...trigger, first: -1, last: -1 }, events)) return;
      const participants: Participant[] = participantsOf({ sentence, frame, type: reading.type, ...(trigger.lemma ? { lemma: trigger.lemma } : {}), trigger, index });
      const ownTimes = within(timesByStart, clause).filter((t) => !datesAnotherNoun(text, t, triggerSpan));
      // a claim whose cue is this sentence's own legal act ("Britain rejected an asylum request") reports nothing
      const reporting = (claimsBySentence.get(sentence.index) ?? []).filter((c) => firstTok.start >= c.contentStart && firstTok.end <= c.contentEnd
        && !triggerSpans.some((s) => c.cueStart !== undefined && c.cueStart >= s.start && c.cueStart < s.end));
      const disputing = [...new Set(reporting.flatMap((r) => disputersOf.get(r.id) ?? []))];
      // only an explicit denial or rejection makes the event denied; a dismissal ("propaganda") links but leaves it claimed
      const denying = disputing.filter((c) => c.kind === 'denial' || c.kind === 'rejection');
      const context = reading.outer ? spanOf(sentence, reading.outer, text) : clause;
      // a noun with a definite determiner, or in a phrase hanging on a preposition ("in response to a court case"),
      // presupposes its happening
      const definiteNoun = trigger.nominal && (/^(?:the|this|that|these|those)$/.test(prev?.lower ?? '') || isPreposition(sentence.tokens[reading.clause.first]));
      const lexical = lexicalModality(sentence, reading);
      const modality: Modality = modalityOf({
        text, clauseStart: context.start, clauseEnd: context.end, triggerStart: firstTok.start, triggerEnd: lastTok.end,
        nominal: trigger.nominal, reporting, denying,
        quoted: insideQuotes(text.slice(paragraphStart.get(sentence.blockIndex) ?? sentence.start, firstTok.start)),
        attributedSentence: /^\W*according to\b|,\s*according to\b/i.test(sentence.text),
        presupposed: reading.embedded === true || definiteNoun, sentenceEnd: sentence.end,
        ...(lexical ? { lexical } : {}),
      });
      const previous = [...kept].reverse().find((k) => !k.reading.embedded)?.event;
      const link = linkOf(sentence, reading, previous);
      // a later mention of a happening already reported ("the attacks", "which were the worst to strike") joins it;
      // "more such attacks could follow" is another happening. A definite noun points back whatever the clause says
      // of it ("these attacks must not ..."); a verb retells the same happening only when both are told as fact.
      const another = ANOTHER.test(text.slice(Math.max(clause.start, firstTok.start - 40), firstTok.start));
      const ownActors = trigger.nominal ? participantsOf({ sentence, frame: { ...frame, subject: null }, type: reading.type, trigger, index }).map((p) => p.actorId) : [];
      // a noun's own date is one inside its phrase ("the uprising in 2011"), not one elsewhere in its clause
      const phraseSpan = trigger.nominal ? spanOf(sentence, nounPhrase(sentence.tokens, reading), text) : clause;
      const ownDate = ownTimes.find((t) => t.kind === 'date' && /^\d{4}/.test(t.value) && t.start >= phraseSpan.start && t.end <= phraseSpan.end)?.value;
      const sameAct = FACTUAL.has(modality) && link && link.place && link.event.type === reading.type && reading.frame.subjectVia !== undefined ? link.event : undefined;
      // "He will then continue his trip in Rwanda": a light verb making a known happening go on later tells a new part of it
      const newPart = trigger.nominal && frame.governor !== undefined && !FACTUAL.has(modality);
      const earlier = another || newPart ? undefined
        : sameAct ?? earlierMention({ sentence, trigger, type: reading.type, frame, events, text, actorIds: ownActors, ...(ownDate ? { ownDate } : {}) });
      const pointsBack = trigger.nominal || (earlier !== undefined && earlier !== sameAct);
      if (earlier && (pointsBack || (FACTUAL.has(modality) && FACTUAL.has(earlier.modality)))) {
        earlier.mentions = [...(earlier.mentions ?? []), { start: clause.start, end: clause.end, trigger: { start: firstTok.start, end: lastTok.end, text: text.slice(firstTok.start, lastTok.end) } }];
        for (const p of participants) if (!earlier.participants.some((q) => q.actorId === p.actorId)) earlier.participants.push(p);
        if (FACTUAL.has(earlier.modality)) index.commit(participants.filter((p) => p.role === 'agent' || COERCIVE.has(earlier.type)).map((p) => p.actorId));
        // the later mention may be the one that dates or places it ("The agreement is scheduled to be signed on
        // September 2", "At the press conference, held at the airport"); a noun only by what its own phrase says
        const subjectOfClause = trigger.nominal && sentence.tokens.slice(trigger.last + 1).some((t, j) => trigger.last + 1 + j <= reading.clause.last && t.tags.has('Verb') && !t.tags.has('Gerund'));
        const own = trigger.nominal && !subjectOfClause ? spanOf(sentence, nounPhrase(sentence.tokens, reading), text) : clause;
        const when = ownTimes.find((t) => t.kind === 'date' && t.start >= own.start && t.end <= own.end);
        if (earlier.date === null && when) earlier.date = when.value;
        if (placeSource.get(earlier) !== 'clause') {
          const here = placeDecision({ text, clause, trigger: triggerSpan, sentenceMentions, article });
          if (here.source === 'clause') {
            earlier.placeIds = here.ids;
            placeSource.set(earlier, 'clause');
          }
        }
        return;
      }
      const clauseMentions = sentenceMentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      // actors named elsewhere in the clause take part in a role the clause does not say; a government named before a
      // noun ("U.S. presidential envoy") only says whose the envoy is
      for (const m of clauseMentions) {
        if (m.record !== 'actor' || !index.actor(m.recordId) || participants.some((p) => p.actorId === m.recordId)) continue;
        if (index.actor(m.recordId)?.kind === 'government' && modifiesNext(sentence, m.firstToken, sentence.tokens.length - 1)) continue;
        participants.push({ actorId: m.recordId, role: 'participant' });
      }
      const duration = ownTimes.find((t) => t.kind === 'duration');
      const count = /^\s*(?:in|of|at)?\s*(\d[\d,]*)\s+(\p{L}+)/u.exec(text.slice(lastTok.end, clause.end))
        ?? /\b(\d[\d,]*)\s+(\p{L}+)/u.exec(text.slice(lastTok.end, clause.end));
      // "left without charges being pressed": a happening named only as not happening, inside another one, is none;
      // a speaker's "we will not send troops" in quotation marks argues a point rather than reports a non-event
      if (reading.embedded && (modality === 'negated' || modality === 'hypothetical')) return;
      if (modality === 'negated' && insideQuotes(text.slice(paragraphStart.get(sentence.blockIndex) ?? sentence.start, firstTok.start))) return;
      const clausePlaces = clauseMentions.some((m) => m.record === 'place');
      const clauseTime = ownTimes.find((t) => t.kind !== 'duration' && t.kind !== 'set');
      // a bare asserted noun with nothing to anchor it is a generic mention ("fighting continues", "in combat")
      const anchored = reading.embedded === true || frame.governor !== undefined || sentence.tokens.slice(0, trigger.first).some((t) => t.start >= clause.start && t.tags.has('Verb') && !t.tags.has('Auxiliary'));
      if (trigger.nominal && modality === 'asserted' && !anchored && participants.length === 0 && !clausePlaces && !clauseTime && !duration) return;
      // "the ministry said it captured X", "reported capturing X": with no subject of its own, the speaker's side acted
      if (!trigger.nominal && reporting.length > 0 && !participants.some((p) => p.role === 'agent') && frame.subject === null) {
        const speaker = reporting[reporting.length - 1]?.claimantId;
        if (speaker && index.actor(speaker)) {
          const at = participants.findIndex((p) => p.actorId === speaker);
          if (at >= 0) participants.splice(at, 1);
          participants.unshift({ actorId: speaker, role: 'agent' });
        }
      }
      const factual = FACTUAL.has(modality);
      // what the clause refers back to ("hurt in the attacks"), the happening it hangs on ("where he met", ", killing
      // 100 people"), or the same people's last happening of this kind (the same outing told on)
      const referred = referredEvent(sentence, reading.clause, trigger, events);
      const named = participants.filter((p) => p.role !== 'participant' && index.actor(p.actorId)?.kind !== 'group').map((p) => p.actorId);
      const story = sameStoryAs(events, reading.type, named, (id) => index.countryOf(id));
      const dated = [referred, link?.event, story].find((e) => e !== undefined && FACTUAL.has(e.modality) && e.date !== null);
      const date = dateOf({
        clauseTimes: ownTimes, freeSentenceTimes: outside(within(timesByStart, sentence), clauses.filter((_, j) => j !== ri)).filter((t) => !datesAnotherNoun(text, t, triggerSpan)),
        sameHappening: dated?.date, upToTrigger: text.slice(clause.start, lastTok.end), factual, referenceDate: options.referenceDate,
      });
      const placed = [referred, link?.place ? link.event : undefined, story].find((e) => e !== undefined && FACTUAL.has(e.modality) && e.placeIds.length > 0);
      const premodifier = frame.premodifier ? { start: (sentence.tokens[frame.premodifier.first] as Token).start, end: (sentence.tokens[frame.premodifier.last] as Token).end } : undefined;
      const where = whereAntecedent(text, sentence, reading, sentenceMentions);
      const home = DOMESTIC.has(reading.type) ? agentCountry(participants, index, article) : undefined;
      const place = placeDecision({
        text, clause, trigger: triggerSpan, sentenceMentions, article, agentive: AGENTIVE.has(reading.type),
        ...(trigger.nominal ? { nominal: reading.type === 'meeting' || reading.type === 'agreement' ? 'locative' as const : 'locative-or-of' as const } : {}),
        ...(premodifier ? { premodifier } : {}), ...(where ? { whereAntecedent: where } : {}), ...(home ? { agentCountry: home } : {}),
        sameHappening: placed && factual ? placed.placeIds : [],
        referredEvent: () => (referred && FACTUAL.has(referred.modality) ? referred.placeIds : []),
      });
      const lemma = trigger.lemma ?? (trigger.nominal ? firstTok.lower.replace(/s$/, '') : verbLemma(firstTok.lower) ?? firstTok.lower);
      const event: NewsEvent = {
        id: recordId('event', `${options.idPrefix}${events.length + 1}`),
        type: reading.type,
        cameo: reading.cameo ?? own(CAMEO_BY_TRIGGER, lemma) ?? own(CAMEO_BY_TRIGGER, firstTok.lower) ?? CAMEO_ROOT[reading.type],
        trigger: { start: firstTok.start, end: lastTok.end, text: text.slice(firstTok.start, lastTok.end) },
        start: evidence.start,
        end: evidence.end,
        date,
        placeIds: place.ids,
        participants,
        modality,
        claimIds: [...new Set([...reporting, ...disputing].map((c) => c.id))],
      };
      placeSource.set(event, place.source);
      // an unnamed group becomes an actor of the article when it does a thing (told, planned or supposed), or suffers
      // force that happened
      index.commit(participants.filter((p) => (p.role === 'agent' && modality !== 'negated') || (factual && COERCIVE.has(reading.type))).map((p) => p.actorId));
      const attributes: NonNullable<NewsEvent['attributes']> = {};
      if (count?.[1] && count[2]) {
        attributes.count = Number(count[1].replace(/,/g, ''));
        attributes.unit = count[2];
      }
      if (duration) attributes.duration = duration.value;
      if (Object.keys(attributes).length > 0) event.attributes = attributes;
      events.push(event);
      kept.push({ reading, clause, event });
    });
  }
  // groups made for participants no kept happening needed are no actors of the article
  for (const e of events) e.participants = e.participants.filter((p) => index.known(p.actorId));
  addSalience(events, sentences, text, index, mentions);
  return { events, groups: index.made };
}

/** Sets `salience` on every event (see `event/salience.ts`). */
function addSalience(events: NewsEvent[], sentences: readonly TaggedSentence[], text: string, index: ActorIndex, mentions: readonly EntityMention[]): void {
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
  events.forEach((e, i) => {
    e.salience = scores[i] ?? 0;
  });
}
