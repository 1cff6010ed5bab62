import type { Actor } from '../../schema/actor.js';
import type { TaggedSentence } from '../../nlp/tokens.js';
import type { ClaimDraft } from './draft.js';
import { firstAtOrAfter } from '../spans-index.js';

/**
 * Wire leads describe a speaker before they name him: "Iran's top nuclear negotiator said Monday that ...", and the
 * next paragraph "Ali Bagheri Kani told state television that ...". A person the claims stage made from such a
 * description (an owner's name with "'s", then lower-case words ending in the role) is the person who speaks next,
 * in one of the two paragraphs after, when that person is named there for the first time and without a title of
 * their own: the description's claims go to that person, and the description becomes the person's title. Unnamed
 * sources without an owner ("a senior European diplomat") stay unnamed. Id: `speaker/described-then-named`.
 */
const OWNED_ROLE_DESCRIPTION = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*$/u;

function firstMention(actor: Actor): number {
  return Math.min(...actor.mentions.map((m) => m.start));
}

/** The paragraph (block) index of the sentence holding offset `at`, or -1 (sentences are in text order). */
function blockAt(sentences: readonly TaggedSentence[], at: number): number {
  const s = sentences[firstAtOrAfter(sentences, at + 1) - 1];
  return s && at < s.end ? s.blockIndex : -1;
}

/** A description set before a name by a comma ("Labour's shadow chancellor, Daniel Akande"): its last word. */
const APPOSED_DESCRIPTION = /(?:^|\s)(?:the\s+|an?\s+)?(?:\p{Lu}[\p{L}.'’-]*['’]s\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(\p{Ll}[\p{Ll}-]*),\s*$/u;

/**
 * "The Prime Minister's official spokesman said ... Labour's shadow chancellor, Daniel Akande, said": a person whose
 * first mention comes with a description of its own, of another role than the described speaker's, is somebody
 * else (round 22, `speaker/described-then-named-other-role`); "The negotiator, Ali Kani, told" (the same role) is
 * the described speaker named.
 */
function otherDescription(sentences: readonly TaggedSentence[], at: number, description: string): boolean {
  const sentence = sentences[firstAtOrAfter(sentences, at + 1) - 1];
  if (!sentence || at >= sentence.end) return false;
  const apposed = APPOSED_DESCRIPTION.exec(sentence.text.slice(0, at - sentence.start));
  return apposed !== null && apposed[1] !== description.split(/\s+/).pop()?.toLowerCase();
}

/**
 * Moves the claims of described speakers to the person named right after them; returns the speakers still made by
 * the claims stage (the described ones that found their person are dropped).
 */
export function describedThenNamed(sentences: readonly TaggedSentence[], claims: ClaimDraft[], made: readonly Actor[], actors: ReadonlyMap<string, Actor>): Actor[] {
  const dropped = new Set<string>();
  for (const described of made) {
    if (described.kind !== 'person' || !OWNED_ROLE_DESCRIPTION.test(described.name)) continue;
    const own = claims.filter((c) => c.claimantId === described.id);
    const first = own[0];
    if (!first) continue;
    const block = blockAt(sentences, first.start);
    const next = claims.find((c) => {
      if (c.start <= first.start || c.claimantId === null || c.claimantId === described.id) return false;
      const b = blockAt(sentences, c.start);
      return b > block && b <= block + 2;
    });
    const person = next?.claimantId ? actors.get(next.claimantId) : undefined;
    if (!next || !person || person.kind !== 'person' || person.titles.length > 0 || made.includes(person)) continue;
    // named there for the first time: the person's first mention lies in that claim's paragraph
    if (blockAt(sentences, firstMention(person)) !== blockAt(sentences, next.start)) continue;
    if (otherDescription(sentences, firstMention(person), described.name)) continue;
    for (const c of own) c.claimantId = person.id;
    person.titles.push(described.name);
    person.mentions.push(...described.mentions);
    person.mentions.sort((a, b) => a.start - b.start);
    dropped.add(described.id);
  }
  return made.filter((a) => !dropped.has(a.id));
}
