import type { ClaimKind } from '../../schema/claim.js';
import type { Span } from '../../schema/span.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { own } from '../../nlp/lexicon/own.js';
import { IMPERSONAL_PARTICIPLES, PASSIVE_BE } from '../../nlp/lexicon/impersonal-reports.js';
import { insideQuote } from '../quotes.js';
import type { Cue } from './cues.js';

/*
 * Attributions that name no speaker: the impersonal passive ("it was alleged that ..."), the same postposed
 * ("..., it was reported on Monday.") and the raising passive ("the envoy is said to have left", "two men were
 * believed to be hiding"). The sentence adverb "reportedly" is left out: measured, it added only unannotated claims
 * (NOTES.md, issue 13). Their claimant is unknown (gold `*`): the
 * subject of a raising passive is what the claim is about, not who made it.
 */

/** An unattributed cue with the span of what it claims (raw offsets, trimmed by the caller). */
export interface ImpersonalCue {
  cue: Cue;
  content: Span;
}

/** Adverbs between "be" and the participle ("is widely believed", "was also said"). */
const BETWEEN_BE_AND_PARTICIPLE = /^(?:widely|also|now|still|long|generally|commonly|further|previously|originally|initially|not|already|once)$/;

/** Auxiliaries between the subject and "be" ("it has been", "it had long been", "he may be"). */
const AUXILIARIES = /^(?:has|have|had|will|would|may|might|could|can|should|must|not|also|long|now|widely)$/;

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'that', 'who', 'whom', 'whose']);

/** What may follow a postposed "it was reported": when, by what channel, then the sentence end. */
const POSTPOSED_TAIL = /^\s*(?:(?:on|in|last|this|early|late|earlier|later)\b[^,;.!?]{0,40})?\s*[.!?]?["”’']?\s*$/i;

function cueOf(sentence: TaggedSentence, first: number, last: number, lemma: string, kind: ClaimKind): Cue {
  const a = sentence.tokens[first] as Token;
  const b = sentence.tokens[last] as Token;
  return { first, last, lemma, kind, text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start), participial: false, according: false };
}

/** The end of the clause that starts at `from`: the next ';' of the sentence, else its end. */
function clauseEnd(text: string, sentence: TaggedSentence, from: number): number {
  const semicolon = text.indexOf(';', from);
  return semicolon >= 0 && semicolon < sentence.end ? semicolon : sentence.end;
}

/** The unattributed cues of a sentence, outside quotes. */
export function findImpersonalCues(text: string, sentence: TaggedSentence, quotes: readonly Span[]): ImpersonalCue[] {
  const { tokens } = sentence;
  const found: ImpersonalCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const kind = own(IMPERSONAL_PARTICIPLES, tok.lower);
    if (!kind || insideQuote(quotes, tok.start)) continue;
    let b = i - 1;
    while (b >= 0 && BETWEEN_BE_AND_PARTICIPLE.test((tokens[b] as Token).lower)) b--;
    const be = tokens[b];
    if (!be || !PASSIVE_BE.has(be.lower) || b < i - 3) continue;
    let s = b - 1;
    while (s >= 0 && AUXILIARIES.test((tokens[s] as Token).lower)) s--;
    const subject = tokens[s];
    const next = tokens[i + 1];
    const saidEnds = /[,;:.!?]/.test(tok.post);
    if (next?.lower === 'by') continue; // an agent follows: an ordinary passive cue
    const cue = cueOf(sentence, i, i, tok.lower, kind);
    if (subject?.lower === 'it') {
      // "it is alleged that ...", "it is believed the ship ...": the clause after the cue is the claim
      const clauseStart = next?.lower === 'that' && !saidEnds ? (next as Token).end
        : !saidEnds && next && (next.tags.has('Determiner') || next.tags.has('ProperNoun')) ? next.start : -1;
      if (clauseStart >= 0) {
        found.push({ cue, content: { start: clauseStart, end: clauseEnd(text, sentence, clauseStart) } });
        continue;
      }
      // "..., it was reported on Monday.": the claim is what comes before
      const before = tokens[s - 1];
      if (before && /,\s*$/.test(before.post) && POSTPOSED_TAIL.test(text.slice(tok.end, sentence.end))) {
        found.push({ cue, content: { start: sentence.start, end: before.end } });
      }
      continue;
    }
    // "the envoy is said to have left": a raising passive; the claim is the clause with its subject
    // "the order, which is believed to be worth ...": a relative clause hedges a detail of a noun phrase; the
    // annotation we follow (GOLD-FORMAT.md) does not count it as a claim
    if (next?.lower === 'to' && !saidEnds && subject !== undefined && !RELATIVE_PRONOUNS.has(subject.lower)) {
      found.push({ cue, content: { start: sentence.start, end: clauseEnd(text, sentence, tok.end) } });
    }
  }
  return found;
}
