/**
 * The tagger's features of an annotated document, as training computes them: the document's sentences joined by
 * newlines into one text, tagged by compromise, read by the frozen rule layer, cut into the tagger's tokens, with
 * document evidence over all of them. Training (scripts/train-names.ts) and the feature-fingerprint test share it,
 * so the fingerprint a model records is of exactly the features it was trained on.
 */
import { createHash } from 'node:crypto';
import { tagSentences } from '../../src/nlp/tokens.js';
import type { Sentence } from '../../src/text/sentences.js';
import { documentEvidence, sentenceFeatureIds, type NameLexicons, type SentenceFeatures } from '../../src/extract/names/features.js';
import { prepareSentence, ruleMentions } from '../../src/extract/names/tagger.js';
import type { NameToken } from '../../src/extract/names/tokenize.js';
import type { WordClassTable } from '../../src/extract/names/word-classes.js';
import type { NerDocument } from './iob2.js';

/** One sentence of a document: where it starts in the document's text, its tagger tokens and feature ids. */
export interface SentenceOfDocument {
  offset: number;
  tokens: NameToken[];
  ids: SentenceFeatures;
}

/** The feature ids of every sentence of an annotated document, in a table of 2^bits rows. */
export function documentFeatureIds(doc: NerDocument, bits: number, lexicons: NameLexicons, wordClasses?: WordClassTable): SentenceOfDocument[] {
  let text = '';
  const sentences: Sentence[] = [];
  for (const s of doc.sentences) {
    if (text.length > 0) text += '\n';
    sentences.push({ start: text.length, end: text.length + s.text.length, text: s.text, blockIndex: 0, blockKind: 'paragraph' });
    text += s.text;
  }
  const tagged = tagSentences(text, sentences);
  const mentions = ruleMentions(text, tagged);
  const prepared = tagged.map((s, k) => prepareSentence(text, s, mentions[k] ?? []));
  const evidence = documentEvidence(prepared.map((p) => p.tokens), lexicons);
  return prepared.map(({ tokens, tags, rules }, k) => ({
    offset: (sentences[k] as Sentence).start,
    tokens,
    ids: sentenceFeatureIds({ text, tokens, tags, rules, evidence, lexicons, wordClasses }, bits),
  }));
}

/**
 * A SHA-256 of feature ids (each sentence's offsets, then its ids, little-endian 32-bit): equal exactly when every
 * token of every sentence has the same features.
 *
 * @example featureFingerprint([]) // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function featureFingerprint(features: readonly SentenceFeatures[]): string {
  const hash = createHash('sha256');
  for (const f of features) {
    hash.update(new Uint8Array(f.offsets.buffer, f.offsets.byteOffset, f.offsets.byteLength));
    hash.update(new Uint8Array(f.ids.buffer, f.ids.byteOffset, f.ids.byteLength));
  }
  return hash.digest('hex');
}
