import type { TaggedSentence } from '../../nlp/tokens.js';

/*
 * An interview printed as questions and answers ("Q: Will you raise rates? / A: We do not see room for a rise."): the
 * questions are the interviewer's and claim nothing; each answer is a claim of the person interviewed, named in the
 * introduction ("In an interview with the Herald, central bank governor Erik Lund said ..."), whose words run to the end
 * of the answer's line. Source: the Q&A layout of printed interviews. Id: `claims/interview-answer` (round 21).
 */

/** A question's or an answer's label opening a line. */
const TURN_LABEL = /^(Q|A|Question|Answer)\s*[:.]\s+(?=\S)/;

/** A turn of the interview: who holds it and where its line ends. */
export interface InterviewTurn {
  kind: 'question' | 'answer';
  /** Offset of the first word after the label. */
  contentStart: number;
  /** End of the turn's line (exclusive). */
  lineEnd: number;
}

/** The turn a labelled line opens at `sentence`, or null when the sentence opens no line with a label. */
export function turnOpenedAt(text: string, sentence: TaggedSentence): InterviewTurn | null {
  if (sentence.start > 0 && text[sentence.start - 1] !== '\n') return null;
  const label = TURN_LABEL.exec(text.slice(sentence.start, sentence.end));
  if (label === null) return null;
  const newline = text.indexOf('\n', sentence.start);
  const kind = /^(?:Q|Question)$/.test(label[1] as string) ? 'question' : 'answer';
  return { kind, contentStart: sentence.start + label[0].length, lineEnd: newline < 0 ? text.length : newline };
}

/**
 * The turn `sentence` belongs to: the one it opens, else the previous turn while the sentence stands on that turn's
 * line ("Are they wrong?" after "Q: Markets expect a cut in September."); an answer only after a question was seen.
 */
export function turnOf(text: string, sentence: TaggedSentence, previous: InterviewTurn | null, questionSeen: boolean): InterviewTurn | null {
  const opened = turnOpenedAt(text, sentence);
  if (opened !== null) return opened.kind === 'answer' && !questionSeen ? null : opened;
  return previous !== null && sentence.start < previous.lineEnd ? previous : null;
}
