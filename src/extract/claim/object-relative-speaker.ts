/**
 * The speaker of ", who said" / ", which said" when the relative pronoun's antecedent is a common noun phrase that
 * is the object of a verb or a preposition mid-sentence: the phrase speaks as it would opening its own clause.
 */
import type { Actor } from '../../schema/actor.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { subjectPhraseSpeaker, type SpeakerBook } from './subject-speaker.js';

/** Words that may stand inside the object phrase before its head ("the newly elected", "some", "two"). */
const PHRASE_DETERMINERS = /^(?:the|a|an|some|many|several|both|all|most|other|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/;
/** Prepositions whose object is a complement or a place of the noun before them ("refugees in camps"): that noun, not the object, is the antecedent. */
const COMPLEMENT_PREPOSITIONS = /^(?:in|at|on|near|across|inside|outside|around)$/;
/** Punctuation that closes a phrase: the object phrase runs from its governor to the comma before the pronoun. */
const PHRASE_BREAK = /[,;:()"“”—–]/;

/**
 * "The plan drew criticism from environmental groups, who say it would drain the marsh", "The levy angered
 * opposition lawmakers, who said it ignored farmers", "The bill was welcomed by the nurses' union, which said ...":
 * the object of a verb or of "by", "from", "with", "to" before ", who" / ", which" speaks, read as the same phrase
 * opening "Environmental groups say". The object of a place or complement preposition ("a survey of farmers, which
 * said", "refugees in camps, who said") is left alone: its antecedent is the noun before it. Returns null when no
 * such phrase stands before the pronoun. Id: `speaker/object-before-relative` (round 23, the round-22 lead
 * leftover).
 */
export function objectBeforeRelativeSpeaker(text: string, sentence: TaggedSentence, pronoun: number, cueFirst: number, book: SpeakerBook): Actor | null {
  const { tokens } = sentence;
  const start = objectPhraseStart(tokens, pronoun - 1);
  if (start < 0) return null;
  // the phrase alone before the cue, its comma dropped, as in a clause of its own
  const phrase = tokens.slice(start, pronoun).map((t, j, all) => (j === all.length - 1 ? { ...t, post: ' ' } : t));
  const clause: Token[] = [...phrase, ...tokens.slice(cueFirst)];
  return subjectPhraseSpeaker(text, { ...sentence, tokens: clause }, phrase.length, book);
}

/**
 * The first token of the noun phrase ending at `end` when a verb or a governing preposition stands right before
 * it, else -1. The phrase holds determiners, numbers, adjectives, nouns and possessives only.
 */
function objectPhraseStart(tokens: readonly Token[], end: number): number {
  const head = tokens[end];
  // (a capitalised head is a name, which the entity stage proposes or leaves out: only common nouns here)
  if (!head || !head.tags.has('Noun') || head.tags.has('Pronoun') || !/^\p{Ll}/u.test(head.text) || !/,\s*$/.test(head.post)) return -1;
  let ofSeen = false;
  for (let j = end - 1; j >= Math.max(0, end - 8); j--) {
    const t = tokens[j] as Token;
    if (PHRASE_BREAK.test(t.post)) return -1;
    // ("the families of the missing sailors": an of-complement stays in the phrase, whose head speaks)
    if (t.lower === 'of' && !ofSeen) {
      ofSeen = true;
      continue;
    }
    if (t.tags.has('Preposition')) return COMPLEMENT_PREPOSITIONS.test(t.lower) ? -1 : j + 1;
    const afterDeterminer = PHRASE_DETERMINERS.test(tokens[j - 1]?.lower ?? '');
    // ("the grieving parents": a participle after a determiner modifies the head; else the verb governs the phrase)
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !afterDeterminer) return t.tags.has('Auxiliary') ? -1 : j + 1;
    if (!(PHRASE_DETERMINERS.test(t.lower) || t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Verb'))) return -1;
  }
  return -1;
}
