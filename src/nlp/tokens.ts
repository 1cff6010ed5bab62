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

const MAX_CHARS_PER_CALL = 3000;

/**
 * compromise steps that run on every nlp() call and write nothing we read: 'chunks' groups terms into noun/verb
 * chunks (term.chunk) after all tagging is done; it was 9% of compromise's time on the eval texts.
 */
const UNUSED_HOOKS = new Set(['chunks']);

/**
 * Runs `tag` with compromise's hook list lacking UNUSED_HOOKS. compromise keeps one global world, so the list is
 * swapped only for this synchronous call and restored at once: a user's own nlp() calls still chunk.
 */
function withoutUnusedHooks<T>(nlp: ReturnType<typeof getNlp>, tag: () => T): T {
  const world = nlp.world() as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((hook) => !UNUSED_HOOKS.has(hook));
  try {
    return tag();
  } finally {
    world.hooks = hooks;
  }
}

/**
 * Tags the sentences with compromise run of sentences of one block (paragraph, title, heading) at a time:
 * compromise's overhead per call is high, so a call per block is cheaper than a call per sentence, and cost stays linear in the article
 * length. compromise's terms are lossless (pre + text + post reproduces the input), which gives exact offsets;
 * each token then goes to the sentence whose span holds it.
 */
export function tagSentences(text: string, sentences: readonly Sentence[]): TaggedSentence[] {
  const nlp = getNlp();
  const tagged: TaggedSentence[] = sentences.map((sentence, index) => ({ ...sentence, index, tokens: [] }));
  let from = 0;
  while (from < tagged.length) {
    let to = from;
    const blockIndex = (tagged[from] as TaggedSentence).blockIndex;
    // compromise's cost per call grows faster than linearly on long inputs, so a call takes at most a few
    // thousand characters of one block
    while (
      to + 1 < tagged.length &&
      (tagged[to + 1] as TaggedSentence).blockIndex === blockIndex &&
      (tagged[to + 1] as TaggedSentence).end - (tagged[from] as TaggedSentence).start <= MAX_CHARS_PER_CALL
    ) to++;
    const first = tagged[from] as TaggedSentence;
    const last = tagged[to] as TaggedSentence;
    const source = text.slice(first.start, last.end);
    const doc = withoutUnusedHooks(nlp, () => nlp(source)) as unknown as { docs: CompromiseTerm[][] };
    let cursor = first.start;
    let target = from;
    for (const terms of doc.docs) {
      for (const term of terms) {
        cursor += term.pre.length;
        const start = cursor;
        const end = start + term.text.length;
        cursor = end + term.post.length;
        while (target < to && start >= (tagged[target] as TaggedSentence).end) target++;
        const sentence = tagged[target] as TaggedSentence;
        if (term.text.length === 0) {
          // compromise splits a range ("Aug. 3-7, found") into terms, one of them empty, holding the comma after the
          // range: the text after the last token goes on with it, so rules reading a token's `post` see the comma
          const previous = sentence.tokens[sentence.tokens.length - 1];
          if (previous && previous.end + previous.post.length === start - term.pre.length) previous.post += term.pre + term.post;
          continue;
        }
        sentence.tokens.push({
          text: term.text,
          lower: term.text.toLowerCase(),
          start,
          end,
          pre: term.pre,
          post: term.post,
          tags: term.tags,
          index: sentence.tokens.length,
        });
      }
    }
    from = to + 1;
  }
  return tagged;
}
