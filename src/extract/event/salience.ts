import type { EventType, NewsEvent } from '../../schema/event.js';
import type { TaggedSentence } from '../../nlp/tokens.js';
import { own } from '../../nlp/lexicon/own.js';
import { nounTypeOf, verbLemma } from './triggers.js';

export interface SalienceInput {
  /** The article's title, if it has one. */
  title: string | null;
  /** Event types and trigger words the title reports ("Car bombings ... kill 130": attack, casualty). */
  titleTypes: ReadonlySet<EventType>;
  /** Where the lead (first paragraph) ends. */
  leadEnd: number;
  textLength: number;
  /** Names and aliases of an actor or place, by id, to find them in the title. */
  namesOf: (id: string) => readonly string[];
}

/** Weights of what makes a happening central to its article; a reader's "what is this about". */
const WEIGHTS = { title: 3, lead: 2, mention: 1, titleParticipant: 1, titlePlace: 0.5, early: 0.5, factual: 0.5 };
const MAX_COUNTED_MENTIONS = 3;

/** Whether one of `names` stands as whole words in a lower-cased title. */
function namedIn(lower: string, names: readonly string[]): boolean {
  return names.some((n) => {
    const needle = n.toLowerCase();
    if (needle.length < 3) return false;
    const at = lower.indexOf(needle);
    if (at < 0) return false;
    const before = lower[at - 1];
    const after = lower[at + needle.length];
    return (before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after));
  });
}

/**
 * The salience of each event, 0..1: points for a title that reports its kind of happening (3), a mention in the
 * lead paragraph (2), each later mention of the same happening (1, up to 3), a participant named in the title (1),
 * its place named in the title (0.5), an early position (up to 0.5) and being told as fact (0.5); then divided by
 * the article's highest score, so the most central event has 1. Only the first event of each type the title names
 * gets the title's points: the title reports one happening, not every one of its kind.
 */
export function salienceOf(events: readonly NewsEvent[], input: SalienceInput): number[] {
  const titled = new Set<EventType>();
  const title = input.title?.toLowerCase();
  const raw = events.map((e) => {
    let score = 0;
    if (input.titleTypes.has(e.type) && !titled.has(e.type) && (e.modality !== 'negated')) {
      titled.add(e.type);
      score += WEIGHTS.title;
    }
    if (e.start < input.leadEnd) score += WEIGHTS.lead;
    score += WEIGHTS.mention * Math.min(MAX_COUNTED_MENTIONS, e.mentions?.length ?? 0);
    if (title) {
      if (e.participants.some((p) => namedIn(title, input.namesOf(p.actorId)))) score += WEIGHTS.titleParticipant;
      if (e.placeIds.some((id) => namedIn(title, input.namesOf(id)))) score += WEIGHTS.titlePlace;
    }
    score += WEIGHTS.early * (1 - e.start / Math.max(1, input.textLength));
    if (e.modality === 'asserted' || e.modality === 'claimed') score += WEIGHTS.factual;
    return score;
  });
  const top = Math.max(0, ...raw);
  return raw.map((r) => (top > 0 ? Math.round((r / top) * 1000) / 1000 : 0));
}

/** Title verbs are read without their clause (titles drop articles and auxiliaries), so only unambiguous ones count. */
const TITLE_VERB_TYPES: Readonly<Record<string, EventType>> = {
  kill: 'casualty', die: 'casualty', arrest: 'arrest', detain: 'arrest', meet: 'meeting', visit: 'visit',
  attack: 'attack', bomb: 'attack', shell: 'attack', protest: 'protest', clash: 'clash', capture: 'capture',
  seize: 'capture', sign: 'agreement', elect: 'election', derail: 'accident', crash: 'accident', collapse: 'accident',
  explode: 'accident', resign: 'other', invade: 'attack', flee: 'movement', return: 'movement', deport: 'movement',
  kidnap: 'capture', sanction: 'sanction', sue: 'legal', charge: 'legal', indict: 'legal',
};

/** The kinds of happening a title names, by its event nouns and unambiguous event verbs ("Car bombings ... kill 130"). */
export function titleTypes(titleSentences: readonly TaggedSentence[]): Set<EventType> {
  const types = new Set<EventType>();
  for (const s of titleSentences) {
    for (const t of s.tokens) {
      const noun = nounTypeOf(t.lower);
      if (noun) types.add(noun);
      const lemma = verbLemma(t.lower);
      const verb = lemma ? own(TITLE_VERB_TYPES, lemma) : undefined;
      if (verb) types.add(verb);
    }
  }
  return types;
}
