/**
 * Postposed speakers: "..., said Ana Ruiz, a spokeswoman", "..., the minister told reporters": the subject after
 * the cue. Moved out of `claims.ts` in round 14, behaviour unchanged.
 */
import { own } from '../../nlp/lexicon/own.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import type { Cue } from './cues.js';
import { HOLDER_PARTICIPLES } from './document-source.js';
import { mentionsIn, resolvePronoun, type Resolver, SUBJECT_PRONOUNS } from './speaker-resolver.js';

/** A speaker phrase after the cue that ends the sentence or opens an apposition: "..., said the Calloway Motors chief, ...". */
export const POSTPOSED_NAME = /^\s*(?:(?:the|a|an|of|and|for|chief|minister|president|spokes\w+|officials?|executive|head|director|secretary|general)\s+|\p{Lu}[\p{L}.'’-]*\s*)+(?:[.!?"”’]*\s*$|,)/u;
/**
 * '..., said police spokeswoman Ana Ruiz.', '..., said fire service spokesman Rafi Karim.': lower-case modifiers of
 * a title before the name (at most four, no pronoun, auxiliary or clause word), then a capitalised name that ends
 * the sentence or opens an apposition.
 */
export const POSTPOSED_TITLED_NAME = /^\s*(?:(?!(?:he|she|it|they|we|i|you|there|this|that|these|those|who|which|would|will|could|should|may|might|must|can|had|has|have|was|were|is|are|be|been|not|no|to|in|on|at|by|with|from|after|before|when|while|if)\s)\p{Ll}[\p{Ll}-]*\s+){1,4}(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:[.!?"”’]*\s*$|,)/u;

export function speakerAfter(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const cueTok = sentence.tokens[cue.last] as Token;
  // '"We are heartbroken," one father told Reuters': who is told is the addressee; these verbs never invert
  if (ADDRESSEE_VERBS.has(cue.lemma) && !cue.according) return null;
  const after = mentionsIn(resolver, sentence.index).filter((x) => x.start >= cueTok.end);
  // "said Ann Lee", "said Senator Ann Lee", "said the bank's chief economist Ann Lee"
  // ("according to an internal memo seen by the Financial Times": who holds a document is no source of it; round 18,
  // `speaker/document-holder-not-author`)
  // ('"...," the minister said in a post on Facebook', 'said at a rally in Toledo with ...': a name inside a phrase
  // that a preposition opens right after the cue is where or how it was said, never who said it; round 21,
  // `speaker/circumstance-after-cue`)
  const gapOpensPhrase = (x: { start: number }): boolean => CIRCUMSTANCE_OPENER.test(text.slice(cueTok.end, x.start));
  const m = after.find((x) => !gapOpensPhrase(x) && (x.start - cueTok.end <= 6 || (/^[\s\p{L}.'’-]{0,40}$/u.test(text.slice(cueTok.end, x.start)) && !text.slice(cueTok.end, x.start).split(/\s+/).some((w) => HOLDER_PARTICIPLES.test(w)))));
  if (m) {
    // "said Norvik Inc. CEO Dana Velk": the name phrase runs on through titles to the person at its head
    let head = m;
    for (const next of after.slice(after.indexOf(m) + 1)) {
      const gap = text.slice(head.end, next.start);
      if (/[,;:]/.test(gap) || gap.length > 40) break;
      head = next;
    }
    const person = [m, head].reverse().find((x) => resolver.actors.get(x.recordId)?.kind === 'person');
    return (person ?? m).recordId;
  }
  const next = sentence.tokens[cue.last + 1];
  const pronoun = next ? own(SUBJECT_PRONOUNS, next.lower) : undefined;
  if (pronoun) return resolvePronoun(pronoun, resolver, next?.lower);
  return null;
}

/** A preposition opening the words right after a cue: a circumstance of the saying ("in a post", "at a rally", "to Siemens"). */
const CIRCUMSTANCE_OPENER = /^\s*(?:in|on|at|to|with|from|during|after|before|via|through|over|into|outside|inside|near|while|when)\s/i;

/** Cues whose object is whom the speaker addresses ("told Reuters", "assured investors"). Id: `speaker/addressee-after`. */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'brief', 'remind', 'notify']);
