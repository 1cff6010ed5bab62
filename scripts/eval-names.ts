/**
 * `npm run eval:names -- FILE.iob2 [...] [--source parser|compromise|tagger] [--unit document|sentence] [--governments loc|org]
 * [--json] [--verbose]`:
 * scores named entities on IOB2 files (../shared/eval/ner/README.md) as CoNLL and Universal NER do: a name
 * counts when its exact span and type (PER, ORG, LOC) match. Prints typed and untyped precision, recall and F1
 * overall and per type, for each file.
 *
 * `--source parser` (default) runs `parseArticle` and maps its records to types (scripts/ner/from-records.ts);
 * `compromise` scores compromise's `people()`, `organizations()` and `places()` alone; `tagger` the learned name
 * tagger alone (src/extract/names). `--unit document` (default where the file has `# newdoc`) parses each document as one text, its
 * sentences one a line, so document-level evidence is used; `--unit sentence` parses each sentence alone.
 * `--governments` types a government named by its country or capital: `loc` (default) as the annotated files do,
 * `org` as the Universal NER guidelines write (scripts/ner/from-records.ts).
 * `--verbose` lists the errors, and refuses test files: their errors are not to be read (NER README).
 *
 * @example
 * npm run eval:names -- ../shared/eval/ner/gum-ner-dev.iob2 --source compromise
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { parseArticle } from '../src/parse.js';
import { readIob2, spansFromTags, type NerDocument, type NerSentence, type NerSpan, type NerType } from './ner/iob2.js';
import { alignPredictions, emptyScore, formatScore, prf, scoreSpans, typedTotal, type CharSpan, type NerScore } from './ner/score.js';
import { namesFromParsed, type NameTypeOptions } from './ner/from-records.js';
import { tagNames } from '../src/extract/names/tagger.js';

const USAGE = 'usage: npm run eval:names -- FILE.iob2 [...] [--source parser|compromise|tagger] [--unit document|sentence] [--governments loc|org] [--json] [--verbose]';
type Source = 'parser' | 'compromise' | 'tagger';
type Unit = 'document' | 'sentence';

/** The text a unit is parsed as, and where each of its sentences starts in it. */
interface Unitised {
  text: string;
  sentences: Array<{ sentence: NerSentence; offset: number }>;
}

function units(doc: NerDocument, unit: Unit): Unitised[] {
  if (unit === 'sentence') return doc.sentences.map((sentence) => ({ text: sentence.text, sentences: [{ sentence, offset: 0 }] }));
  let text = '';
  const sentences: Unitised['sentences'] = [];
  for (const sentence of doc.sentences) {
    if (text.length > 0) text += '\n';
    sentences.push({ sentence, offset: text.length });
    text += sentence.text;
  }
  return [{ text, sentences }];
}

function compromiseNames(text: string): CharSpan[] {
  const doc = nlp(text);
  const out: CharSpan[] = [];
  const add = (view: { json: (o: object) => unknown }, type: NerType) => {
    for (const m of view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      // compromise's offsets hold the quotes and punctuation around the words, and a possessive
      while (start < end && /[^\p{L}\p{N}]/u.test(text[start] as string)) start++;
      while (end > start && /[^\p{L}\p{N}]/u.test(text[end - 1] as string)) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      if (end > start) out.push({ start, end, type });
    }
  };
  add(doc.people(), 'PER');
  add(doc.organizations(), 'ORG');
  add(doc.places(), 'LOC');
  return out;
}

function predict(text: string, source: Source, options: NameTypeOptions): CharSpan[] {
  if (source === 'compromise') return compromiseNames(text);
  if (source === 'tagger') return tagNames(text).map((n) => ({ start: n.start, end: n.end, type: n.type }));
  return namesFromParsed(parseArticle(text), options);
}

interface FileResult {
  file: string;
  unit: Unit;
  score: NerScore;
  errors: string[];
  misalignedTokens: number;
}

function describe(sentence: NerSentence, s: NerSpan): string {
  const tokens = sentence.tokens.slice(s.first, s.last + 1);
  return `${s.type} "${sentence.text.slice(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0)}"`;
}

function scoreFile(file: string, source: Source, unitOption: Unit | undefined, verbose: boolean, options: NameTypeOptions = {}): FileResult {
  const parsed = readIob2(readFileSync(file, 'utf8'));
  const hasDocs = parsed.documents.some((d) => d.sentences.length > 1);
  const unit: Unit = unitOption ?? (hasDocs ? 'document' : 'sentence');
  const score = emptyScore();
  const errors: string[] = [];
  for (const doc of parsed.documents) {
    for (const u of units(doc, unit)) {
      const predicted = predict(u.text, source, options);
      for (const { sentence, offset } of u.sentences) {
        const end = offset + sentence.text.length;
        const mine = predicted
          .filter((p) => p.start >= offset && p.start < end)
          .map((p) => ({ start: p.start - offset, end: Math.min(p.end, end) - offset, type: p.type }));
        const gold = spansFromTags(sentence.tokens.map((t) => t.tag));
        const pred = alignPredictions(sentence.tokens, mine);
        scoreSpans(gold, pred, score);
        if (!verbose) continue;
        const goldKeys = new Set(gold.map((s) => `${s.first}:${s.last}:${s.type}`));
        const predKeys = new Set(pred.map((s) => `${s.first}:${s.last}:${s.type}`));
        const missed = gold.filter((s) => !predKeys.has(`${s.first}:${s.last}:${s.type}`));
        const extra = pred.filter((s) => !goldKeys.has(`${s.first}:${s.last}:${s.type}`));
        if (missed.length + extra.length === 0) continue;
        errors.push(`${sentence.id}: ${sentence.text}\n  missed: ${missed.map((s) => describe(sentence, s)).join(', ') || '-'}\n  wrong:  ${extra.map((s) => describe(sentence, s)).join(', ') || '-'}`);
      }
    }
  }
  return { file, unit, score, errors, misalignedTokens: parsed.misalignedTokens };
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        source: { type: 'string', default: 'parser' },
        governments: { type: 'string', default: 'loc' },
        unit: { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  const source = values.source as Source;
  if (!['parser', 'compromise', 'tagger'].includes(source)) {
    console.error(`--source must be parser, compromise or tagger\n${USAGE}`);
    return 2;
  }
  if (values.governments !== 'loc' && values.governments !== 'org') {
    console.error(`--governments must be loc or org\n${USAGE}`);
    return 2;
  }
  if (values.unit !== undefined && values.unit !== 'document' && values.unit !== 'sentence') {
    console.error(`--unit must be document or sentence\n${USAGE}`);
    return 2;
  }
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (values.verbose && positionals.some((f) => /test/i.test(path.basename(f)))) {
    console.error('--verbose lists individual errors, which are not to be read on test files (../shared/eval/ner/README.md); score them without it');
    return 2;
  }
  const results: FileResult[] = [];
  for (const file of positionals) {
    try {
      results.push(scoreFile(file, source, values.unit as Unit | undefined, values.verbose, { governments: values.governments === 'org' ? 'ORG' : 'LOC' }));
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      return 1;
    }
  }
  if (values.json) {
    console.log(JSON.stringify(results.map((r) => ({
      file: r.file, unit: r.unit, source,
      typed: { ...prf(typedTotal(r.score)), ...typedTotal(r.score) },
      untyped: { ...prf(r.score.untyped), ...r.score.untyped },
      perType: Object.fromEntries(Object.entries(r.score.typed).map(([t, c]) => [t, { ...prf(c), ...c }])),
    })), null, 2));
    return 0;
  }
  for (const r of results) {
    if (values.verbose) console.log(r.errors.join('\n'));
    const note = r.misalignedTokens > 0 ? ` (${r.misalignedTokens} tokens not found verbatim in # text)` : '';
    console.log(`== ${r.file} (source ${source}, by ${r.unit})${note} ==\n${formatScore(r.score)}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
