/**
 * The learned name tagger: finds names of persons (PER), organisations (ORG) and locations (LOC) in sentences
 * with an averaged structured perceptron over BIO labels (trained by `npm run train:names` on the open data
 * of ../shared/eval/ner; see ./README.md). It proposes names and types; the entity stage builds records on them.
 */
import { segmentText } from '../../text/segment.js';
import { splitSentences } from '../../text/sentences.js';
import { tagSentences, type TaggedSentence, type Token } from '../../nlp/tokens.js';
import { LABEL_COUNT, spansOfLabels, viterbi, type NameType } from './decode.js';
import { documentEvidence, sentenceFeatureIds, type DocumentEvidence, type SentenceFeatures } from './features.js';
import { loadNameModel, type NameModel } from './model.js';
import { tokenizeNames, type NameToken } from './tokenize.js';
import { findNames, midSentenceNames, type NameContext, type NameMention } from './v1/rules.js';

/** A name the tagger found: offsets into the text (end exclusive) and the sentence it is in. */
export interface TaggedName {
  start: number;
  end: number;
  type: NameType;
  sentenceIndex: number;
}

/** A sentence cut into the tagger's tokens, each with the compromise tags of the word it lies in. */
export interface PreparedSentence {
  tokens: NameToken[];
  tags: Array<ReadonlySet<string> | undefined>;
  rules: Array<readonly string[] | undefined>;
}

/**
 * What the rule layer found, token by token: the class of the name a token lies in, its place in the name
 * (B, I), and the cues the rules read (the name acts, follows a locative preposition, is a possessive, has titles).
 */
export function ruleFeatures(tokens: readonly NameToken[], mentions: readonly NameMention[]): Array<readonly string[] | undefined> {
  const out: Array<string[] | undefined> = tokens.map(() => undefined);
  let i = 0;
  // mentions come in text order; tokens too, so one pass pairs them
  for (const m of mentions) {
    while (i > 0 && (tokens[i - 1] as NameToken).end > m.start) i--;
    while (i < tokens.length && (tokens[i] as NameToken).end <= m.start) i++;
    for (let k = i; k < tokens.length && (tokens[k] as NameToken).start < m.end; k++) {
      const r = [m.cls, k === i ? 'B' : 'I'];
      if (m.agentive) r.push('agentive');
      if (m.locative) r.push('locative');
      if (m.possessive) r.push('possessive');
      if (m.titles.length > 0) r.push('titled');
      if (m.country) r.push('country');
      out[k] = r;
    }
  }
  return out;
}

/** Gives each tagger token the tags of the compromise term that holds its first character. */
export function alignTags(tokens: readonly NameToken[], terms: readonly Pick<Token, 'start' | 'end' | 'tags'>[]): Array<ReadonlySet<string> | undefined> {
  const out: Array<ReadonlySet<string> | undefined> = [];
  let k = 0;
  for (const t of tokens) {
    while (k < terms.length && (terms[k] as Token).end <= t.start) k++;
    const term = terms[k];
    out.push(term && term.start <= t.start && t.start < term.end ? term.tags : term && term.start < t.end && t.end <= term.end ? term.tags : undefined);
  }
  return out;
}

/** Cuts a tagged sentence into the tagger's tokens. */
export function prepareSentence(text: string, sentence: Pick<TaggedSentence, 'start' | 'end' | 'tokens'>, mentions: readonly NameMention[]): PreparedSentence {
  const tokens = tokenizeNames(text, sentence.start, sentence.end);
  return { tokens, tags: alignTags(tokens, sentence.tokens), rules: ruleFeatures(tokens, mentions) };
}

/**
 * The frozen rule layer's names of each sentence (./v1/rules.ts), which the features read. The entity stage runs
 * the live rule layer (../names.ts) for its own records; the tagger never sees that one, so improving it does not
 * change what the model was trained to read. The article context (words written capitalised mid-sentence) is the
 * same for both layers (`midSentenceNames` is identical code over the same tokens), so a caller that has it passes it.
 */
export function ruleMentions(text: string, sentences: readonly TaggedSentence[], context: NameContext = { midSentenceNames: midSentenceNames(sentences) }): NameMention[][] {
  return sentences.map((s) => findNames(text, s, context));
}

/** Emission scores of a sentence, `n * LABEL_COUNT`: the weights of each token's features summed per label. */
export function emissions(model: Pick<NameModel, 'weights' | 'scale'>, features: SentenceFeatures): Float64Array {
  const { ids, offsets } = features;
  const n = offsets.length - 1;
  const out = new Float64Array(n * LABEL_COUNT);
  const { weights, scale } = model;
  // one local per label (LABEL_COUNT is 7): the inner loop is the tagger's hottest code
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
      const row = (ids[k] as number) * 7;
      s0 += weights[row] as number;
      s1 += weights[row + 1] as number;
      s2 += weights[row + 2] as number;
      s3 += weights[row + 3] as number;
      s4 += weights[row + 4] as number;
      s5 += weights[row + 5] as number;
      s6 += weights[row + 6] as number;
    }
    const at = i * 7;
    out[at] = s0 * scale;
    out[at + 1] = s1 * scale;
    out[at + 2] = s2 * scale;
    out[at + 3] = s3 * scale;
    out[at + 4] = s4 * scale;
    out[at + 5] = s5 * scale;
    out[at + 6] = s6 * scale;
  }
  return out;
}

/** Lower-case words after a hyphen that make the hyphenated word a modifier, not part of a name ("Lee-led"). */
const COMPOUND_HEAD = /^(?:\p{Ll}+(?:ed|ing|ly|ian|ist|ism)|based|born|run|made|style|like|type|era|wide|free|bound|owned|friendly|backed|linked|era|class|level|year|old|day)$/u;

/**
 * A person's name does not end inside a written word: "Cheng Chung-tai", "Kim Jong-un" end after the syllable
 * joined by the hyphen, which the model (trained on text where names rarely have lower-case parts) stops short of.
 * Words such as "-based", "-led" after a name stay outside it.
 */
function extendHyphenatedNames(tokens: readonly NameToken[], spans: Array<{ first: number; last: number; type: NameType }>): typeof spans {
  spans.forEach((span, k) => {
    if (span.type !== 'PER') return;
    const limit = spans[k + 1]?.first ?? tokens.length;
    while (span.last + 2 < limit) {
      const end = tokens[span.last] as NameToken;
      const hyphen = tokens[span.last + 1] as NameToken;
      const part = tokens[span.last + 2] as NameToken;
      if (hyphen.text !== '-' || hyphen.start !== end.end || part.start !== hyphen.end) break;
      if (!/^\p{Ll}{1,6}$/u.test(part.text) || COMPOUND_HEAD.test(part.text)) break;
      span.last += 2;
    }
  });
  return spans;
}

/** Decodes prepared sentences of one text; document evidence is gathered over all of them. */
export function tagPrepared(text: string, prepared: readonly PreparedSentence[], model: NameModel = loadNameModel(), evidence?: DocumentEvidence): Array<Array<{ first: number; last: number; type: NameType }>> {
  const docEvidence = evidence ?? documentEvidence(prepared.map((p) => p.tokens), model.lexicons);
  return prepared.map((p) => {
    if (p.tokens.length === 0) return [];
    const ids = sentenceFeatureIds({ text, tokens: p.tokens, tags: p.tags, rules: p.rules, evidence: docEvidence, lexicons: model.lexicons, wordClasses: model.wordClasses }, model.bits);
    return extendHyphenatedNames(p.tokens, spansOfLabels(viterbi(emissions(model, ids), p.tokens.length, model.transitions, model.start)));
  });
}

/**
 * The names in sentences that compromise has tagged (the parser's own sentences), sentence by sentence.
 * Headings and titles are tagged too; what to do with their names is the entity stage's choice. `context` is the
 * article's name context when the caller computed it already (../entities.ts does, for the live rule layer).
 */
export function tagSentenceNames(text: string, sentences: readonly TaggedSentence[], context?: NameContext): TaggedName[][] {
  const mentions = ruleMentions(text, sentences, context);
  const prepared = sentences.map((s, k) => prepareSentence(text, s, mentions[k] ?? []));
  const spans = tagPrepared(text, prepared);
  return spans.map((list, k) => {
    const tokens = (prepared[k] as PreparedSentence).tokens;
    const sentenceIndex = (sentences[k] as TaggedSentence).index;
    return list.map((s) => ({ start: (tokens[s.first] as NameToken).start, end: (tokens[s.last] as NameToken).end, type: s.type, sentenceIndex }));
  });
}

/**
 * The names of a whole text, found by the tagger alone (no rules).
 *
 * @example tagNames('Lena Varga met Acme Corp officials in Oslo.').map((n) => n.type) // ['PER', 'ORG', 'LOC']
 */
export function tagNames(text: string): TaggedName[] {
  const sentences = tagSentences(text, splitSentences(text, segmentText(text)));
  return tagSentenceNames(text, sentences).flat();
}
