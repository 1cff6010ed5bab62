import type { Sentence } from '../text/sentences.js';
import { getNlp } from './plugin.js';

/** A word of a sentence with compromise's tags and offsets into the original text. */
export interface Token {
  text: string;
  /** Lower-case form without punctuation. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation and space before and after, as compromise splits them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the token in its sentence. */
  index: number;
}

export interface TaggedSentence extends Sentence {
  index: number;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: Set<string>;
}

/**
 * Tags each sentence with compromise, one sentence at a time so cost stays linear in the article length.
 * compromise's terms are lossless (pre + text + post reproduces the input), which gives exact offsets.
 */
export function tagSentences(sentences: readonly Sentence[]): TaggedSentence[] {
  const nlp = getNlp();
  return sentences.map((sentence, index) => {
    const doc = nlp(sentence.text) as unknown as { docs: CompromiseTerm[][] };
    const tokens: Token[] = [];
    let cursor = sentence.start;
    for (const terms of doc.docs) {
      for (const term of terms) {
        cursor += term.pre.length;
        const start = cursor;
        const end = start + term.text.length;
        cursor = end + term.post.length;
        if (term.text.length === 0) continue;
        tokens.push({
          text: term.text,
          lower: term.text.toLowerCase(),
          start,
          end,
          pre: term.pre,
          post: term.post,
          tags: term.tags,
          index: tokens.length,
        });
      }
    }
    return { ...sentence, index, tokens };
  });
}
