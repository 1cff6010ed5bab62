import type { ActorKind } from '../../schema/actor.js';
import type { Token } from '../../nlp/tokens.js';

/**
 * Plural nouns that point back to several named actors, with the kinds of actor each may stand for ("the two
 * countries said" after "Kenya and Uganda agreed", "the companies said" after "Acme and Brill agreed to merge").
 * Source: newswire usage for joint statements. Id: `speaker/plural-anaphor-nouns`.
 */
const PLURAL_ANAPHOR_KINDS: Readonly<Record<string, readonly ActorKind[]>> = {
  countries: ['government'], nations: ['government'], governments: ['government'], states: ['government'],
  ...Object.fromEntries(['companies', 'firms', 'banks', 'carriers', 'airlines', 'lenders', 'groups', 'parties', 'carmakers', 'automakers',
    'insurers', 'retailers', 'operators', 'utilities', 'miners', 'exchanges'].map((noun) => [noun, ['organization'] as const])),
  leaders: ['person'], ministers: ['person'], presidents: ['person'],
};

/** Whether a plural noun stands for several organisations ("the companies", "the two banks", "both carriers"). */
export function pluralOfBodies(noun: string): boolean {
  return Object.hasOwn(PLURAL_ANAPHOR_KINDS, noun) && (PLURAL_ANAPHOR_KINDS[noun] as readonly ActorKind[]).includes('organization');
}

/** How many the plural counts ("the two countries", "both companies"), or undefined when it gives no number. */
const COUNTS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4 };

/** A mention of an actor, as the claims stage sees it. */
export interface ActorMention {
  recordId: string;
  start: number;
  end: number;
}

/**
 * "Kenya and Uganda agreed to reopen the border, the two countries said", "Acme and Brill will merge, the companies
 * said": the named actors a plural anaphor right before the cue stands for, each of them a speaker of the claim;
 * null when the subject is no such plural, or the actors of its kinds named in its sentence before it (else in the
 * sentence before) are not as many as it counts (two to four when it gives no number). Id: `speaker/plural-anaphor`.
 */
export function pluralAnaphorSpeakers(
  tokens: readonly Token[],
  cueFirst: number,
  here: readonly ActorMention[],
  before: readonly ActorMention[],
  kindOf: (id: string) => ActorKind | undefined,
): string[] | null {
  let k = cueFirst - 1;
  while (k > 0 && ((tokens[k] as Token).tags.has('Adverb') || (tokens[k] as Token).tags.has('Auxiliary')) && !/[,;:"“”]/.test((tokens[k] as Token).post)) k--;
  const head = tokens[k];
  const kinds = head && Object.hasOwn(PLURAL_ANAPHOR_KINDS, head.lower) ? PLURAL_ANAPHOR_KINDS[head.lower] : undefined;
  if (!kinds) return null;
  // "both countries", "the two countries", "the companies"
  const word = tokens[k - 1]?.lower ?? '';
  const count = Object.hasOwn(COUNTS, word) ? COUNTS[word] : undefined;
  const opener = word === 'both' ? k - 1 : count !== undefined ? k - 2 : k - 1;
  if (word !== 'both' && tokens[opener]?.lower !== 'the') return null;
  // the plural opens its clause: the sentence's start, or after a comma, a quote or "and"/"but"
  const previous = tokens[opener - 1];
  if (previous && !/[,;:"“”—–]\s*$/.test(previous.post) && !/^(?:and|but)$/.test(previous.lower)) return null;
  const subjectStart = (tokens[opener] as Token).start;
  const fitting = (mentions: readonly ActorMention[]): string[] => {
    const ids: string[] = [];
    for (const m of mentions) {
      const kind = kindOf(m.recordId);
      if (m.end <= subjectStart && kind !== undefined && kinds.includes(kind) && !ids.includes(m.recordId)) ids.push(m.recordId);
    }
    return ids;
  };
  const fits = (ids: readonly string[]): boolean => (count !== undefined ? ids.length === count : ids.length >= 2 && ids.length <= 4);
  const inSentence = fitting(here);
  if (fits(inSentence)) return inSentence;
  if (inSentence.length > 0) return null;
  const earlier = fitting(before);
  return fits(earlier) ? earlier : null;
}
