/**
 * Reads named-entity files in the Universal NER IOB2 layout (../shared/eval/ner/README.md): `# newdoc`,
 * `# sent_id` and `# text` comments, then one token a line (index, form, tag, two ignored columns), a blank line
 * after each sentence. Tokens are located in the sentence text by their characters, so spans can be compared
 * with predictions made on the raw text.
 */

export type NerType = 'PER' | 'ORG' | 'LOC';
export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC'];

export interface NerToken {
  form: string;
  /** IOB2 tag with OTH and unknown types folded to O. */
  tag: string;
  /** Offsets into the sentence text (end exclusive). */
  start: number;
  end: number;
}

export interface NerSentence {
  id: string;
  text: string;
  tokens: NerToken[];
}

export interface NerDocument {
  id: string;
  sentences: NerSentence[];
}

/** A name as a range of tokens of one sentence, both ends inclusive. */
export interface NerSpan {
  first: number;
  last: number;
  type: NerType;
}

export class Iob2FormatError extends Error {
  override name = 'Iob2FormatError';
}

function foldTag(tag: string): string {
  const m = /^([BI])-(PER|ORG|LOC)$/.exec(tag);
  return m ? tag : 'O';
}

/**
 * Finds each token's characters in the text, left to right. A token whose form is not found verbatim (a
 * treebank that normalised a quote) takes the characters up to the next whitespace instead, so offsets stay
 * monotonic; the count of such tokens is returned for the caller to report.
 */
function locateTokens(text: string, forms: readonly string[]): { offsets: Array<[number, number]>; misaligned: number } {
  const offsets: Array<[number, number]> = [];
  let cursor = 0;
  let misaligned = 0;
  for (const form of forms) {
    while (cursor < text.length && /\s/.test(text[cursor] as string)) cursor++;
    if (text.startsWith(form, cursor)) {
      offsets.push([cursor, cursor + form.length]);
      cursor += form.length;
      continue;
    }
    misaligned++;
    const found = text.indexOf(form, cursor);
    if (found >= 0 && found - cursor < 3) {
      offsets.push([found, found + form.length]);
      cursor = found + form.length;
      continue;
    }
    let end = cursor;
    while (end < text.length && !/\s/.test(text[end] as string)) end++;
    offsets.push([cursor, Math.max(cursor, end)]);
    cursor = end;
  }
  return { offsets, misaligned };
}

export interface Iob2File {
  documents: NerDocument[];
  /** Tokens whose form was not found verbatim in the sentence text. */
  misalignedTokens: number;
}

/**
 * Parses the content of an IOB2 file. Sentences without a `# newdoc` before them continue the current
 * document; a file with no `# newdoc` at all gives one document a sentence.
 *
 * @example
 * readIob2('# text = Ann left\n1\tAnn\tB-PER\t-\t-\n2\tleft\tO\t-\t-\n').documents[0].sentences[0].tokens[0].end // 3
 */
export function readIob2(content: string): Iob2File {
  const documents: NerDocument[] = [];
  const hasNewdoc = /^# newdoc/m.test(content);
  let misalignedTokens = 0;
  let doc: NerDocument | null = null;
  let sentId = '';
  let text: string | null = null;
  let rows: Array<{ form: string; tag: string }> = [];
  let lineNo = 0;

  const flush = () => {
    if (rows.length === 0) return;
    const sentenceText = text ?? rows.map((r) => r.form).join(' ');
    const { offsets, misaligned } = locateTokens(sentenceText, rows.map((r) => r.form));
    misalignedTokens += misaligned;
    if (!doc || !hasNewdoc) {
      doc = { id: hasNewdoc ? `doc-${documents.length + 1}` : sentId || `sent-${documents.length + 1}`, sentences: [] };
      documents.push(doc);
    }
    doc.sentences.push({
      id: sentId || `${doc.id}-${doc.sentences.length + 1}`,
      text: sentenceText,
      tokens: rows.map((r, k) => ({ form: r.form, tag: r.tag, start: (offsets[k] as [number, number])[0], end: (offsets[k] as [number, number])[1] })),
    });
    rows = [];
    text = null;
    sentId = '';
  };

  for (const line of content.split(/\r?\n/)) {
    lineNo++;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(newdoc id|sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (!m) continue;
      if (m[1] === 'newdoc id') {
        flush();
        doc = { id: (m[2] as string).trim(), sentences: [] };
        documents.push(doc);
      } else if (m[1] === 'sent_id') sentId = (m[2] as string).trim();
      else text = m[2] as string;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 3) throw new Iob2FormatError(`line ${lineNo}: expected index, token and tag separated by tabs`);
    rows.push({ form: cols[1] as string, tag: foldTag((cols[2] as string).trim()) });
  }
  flush();
  return { documents: documents.filter((d) => d.sentences.length > 0), misalignedTokens };
}

/**
 * The names of a sentence from its IOB2 tags, read as conlleval does: an `I-X` that does not continue an
 * `X` name starts a new one.
 */
export function spansFromTags(tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(PER|ORG|LOC)$/.exec(tag);
    if (!m) {
      open = null;
      return;
    }
    const type = m[2] as NerType;
    if (m[1] === 'I' && open && open.type === type) {
      open.last = i;
      return;
    }
    open = { first: i, last: i, type };
    spans.push(open);
  });
  return spans;
}
