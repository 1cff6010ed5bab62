/**
 * Features of the name tagger: for each token, what a linear model weighs (word, shape, affixes, neighbours,
 * compromise's tags, gazetteer and word-list membership, the rule layer's reading, document evidence). Training
 * and tagging call the same function, so a feature means the same thing in both. A feature is a template
 * number mixed with the hashes of its values (`mix`), never a string: the tagger builds no strings per token,
 * and the model is a flat table of 2^bits rows with no string index.
 */
import { isCommonWordName, lookupCapital, lookupCity, lookupCountry, lookupDemonym, lookupSeatOfGovernment } from '../../nlp/gazetteer.js';
import { CALENDAR_WORDS } from '../../nlp/gazetteer/lexicon.js';
import { CORPORATE_SUFFIXES, NAME_TITLES, ORG_HEAD_WORDS, ROLE_NOUNS } from './v1/lexicon.js';
import type { NameToken } from './tokenize.js';
import type { WordClassTable } from './word-classes.js';
import { hashString } from './hash.js';

/**
 * The version of what the tagger sees: these feature templates, the frozen word lists and rule layer of ./v1/
 * (a copy of the state at commit 313bc87) and the gazetteers. A model file records the version it was trained
 * with and is refused under another (./model.ts). Change it whenever a change here or in ./v1/ would change the
 * features of any token, and retrain (`npm run train:names`); `test/name-features.test.ts` fails when the
 * features of the NER dev file differ from the fingerprint the shipped model recorded.
 */
export const FEATURE_VERSION = 1;

/** compromise tags worth a feature: name classes, parts of speech, and the words that are never names. */
const TAG_FEATURES = [
  'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'Company', 'School', 'ProperNoun', 'Acronym', 'Noun', 'Plural', 'Singular', 'Verb',
  'PastTense', 'Gerund', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun',
  'Possessive', 'Value', 'Date', 'Month', 'WeekDay', 'Demonym', 'Abbreviation', 'Url', 'Email', 'HashTag',
  'AtMention', 'Expression', 'QuestionWord', 'Copula', 'Auxiliary', 'Modal', 'Unit', 'Currency',
];
/** The few tags that also describe a neighbour. */
const NEIGHBOUR_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Organization', 'ProperNoun', 'Verb', 'Determiner', 'Preposition', 'Noun', 'Adjective', 'Value'];

/** Single words that title a person ("President", "Gen.", "Mr."): the first word of each title. */
const TITLE_WORDS = new Set(NAME_TITLES.map((t) => (t.toLowerCase().split(/\s+/)[0] as string).replace(/\.$/, '')));

/**
 * What the rest of the text tells about a word: seen in lower case, seen capitalised inside a sentence, and the
 * contexts a capitalised word is seen in anywhere in the text (bits of DOC_CONTEXTS): after a title, after a given
 * name, before an organisation word, before a verb of saying, before a possessive. A name's type is usually the
 * same wherever the text writes it, and one mention often says more than the others ("Mara Quist ... Quist left").
 * (A preposition of place before the word is not among them: "at the ministry", "to Parliament" made places of
 * organisations on the news eval halves.)
 */
export interface DocumentEvidence {
  lowerCase: ReadonlySet<string>;
  capitalisedInside: ReadonlySet<string>;
  contexts?: ReadonlyMap<string, number>;
}

/** The contexts whose presence anywhere in a text is a feature of every mention of the word (one bit each, in this order). */
const DOC_CONTEXTS = ['title', 'given-name', 'org-word', 'says', 'possessive'] as const;
/** Verbs of saying after a name ("X said"). */
const SAYS_WORDS = new Set(['said', 'says', 'told', 'added', 'announced', 'stated', 'explained', 'denied', 'argued', 'wrote']);

/** The context bits of a capitalised token (DOC_CONTEXTS order). */
function contextBits(tokens: readonly NameToken[], i: number, lexicons: NameLexicons | undefined): number {
  const before = tokens[i - 1]?.text;
  const after = tokens[i + 1]?.text.toLowerCase();
  let bits = 0;
  if (before !== undefined) {
    const lower = before.toLowerCase();
    if (TITLE_WORDS.has(lower.replace(/\.$/, ''))) bits |= 1;
    if (lexicons && capitalised(before) && lexicons.firstNames.has(lower)) bits |= 2;
  }
  if (after !== undefined && (ORG_HEAD_WORDS.has(after) || CORPORATE_SUFFIXES.has(after))) bits |= 4;
  if (after !== undefined && SAYS_WORDS.has(after)) bits |= 8;
  if (after === "'s" || after === '’s') bits |= 16;
  return bits;
}

/**
 * Collects the document evidence of a text's sentences (each an array of tokens). A word counts as
 * capitalised inside a sentence when it is not the first token and does not follow an opening quote or colon.
 */
export function documentEvidence(sentences: readonly (readonly NameToken[])[], lexicons?: NameLexicons): DocumentEvidence {
  const lowerCase = new Set<string>();
  const capitalisedInside = new Set<string>();
  const contexts = new Map<string, number>();
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      if (!/^\p{L}/u.test(t.text)) return;
      const lower = t.text.toLowerCase();
      if (t.text === lower) {
        lowerCase.add(lower);
        return;
      }
      if (i > 0 && !/^[“"‘'(:\-–—]$/u.test(tokens[i - 1]?.text ?? '')) capitalisedInside.add(lower);
      const bits = contextBits(tokens, i, lexicons);
      if (bits) contexts.set(lower, (contexts.get(lower) ?? 0) | bits);
    });
  }
  return { lowerCase, capitalisedInside, contexts };
}

function shape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

interface GazetteerHit {
  first: number;
  last: number;
  kind: string;
}

const gazetteerCache = new Map<string, string[]>();

/** The gazetteer classes of a name, remembered (names recur, and a lookup normalises the name each time). */
function gazetteerKinds(name: string, single: boolean): string[] {
  const key = single ? name : `${name} `;
  const hit = gazetteerCache.get(key);
  if (hit) return hit;
  const kinds: string[] = [];
  if (lookupCountry(name)) kinds.push('country');
  if (lookupCapital(name)) kinds.push('capital');
  if (lookupSeatOfGovernment(name)) kinds.push('seat');
  const city = /^\p{Lu}{1,3}$/u.test(name) ? undefined : lookupCity(name);
  if (city) kinds.push(city.population >= 100_000 ? 'city-big' : city.population >= 10_000 ? 'city' : 'city-small');
  if (single && lookupDemonym(name)) kinds.push('demonym');
  if (gazetteerCache.size >= 50_000) gazetteerCache.clear();
  gazetteerCache.set(key, kinds);
  return kinds;
}

/** Longest gazetteer names starting at capitalised tokens: countries, capitals, seats of government, cities (by size), demonyms. */
function gazetteerHits(tokens: readonly NameToken[], text: string): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as NameToken;
    if (!capitalised(first.text) || !/^\p{L}/u.test(first.text)) continue;
    for (let j = Math.min(tokens.length - 1, i + 3); j >= i; j--) {
      const last = tokens[j] as NameToken;
      if (!/[\p{L}.]$/u.test(last.text) || (j > i && !capitalised(last.text))) continue;
      const kinds = gazetteerKinds(text.slice(first.start, last.end), j === i);
      if (kinds.length === 0) continue;
      for (const kind of kinds) hits.push({ first: i, last: j, kind });
      i = j;
      break;
    }
  }
  return hits;
}

/** The tokens of a sentence with what the tagger needs besides their text. */
export interface FeatureInput {
  /** The text the token offsets point into. */
  text: string;
  tokens: readonly NameToken[];
  /** compromise's tags for each token (undefined where none overlaps it). */
  tags: ReadonlyArray<ReadonlySet<string> | undefined>;
  evidence: DocumentEvidence;
  /** What the rule layer (../names.ts) made of each token, e.g. ["person", "B", "agentive"]; stacked as features. */
  rules?: ReadonlyArray<readonly string[] | undefined>;
  /** Word lists the model carries (lower case). */
  lexicons?: NameLexicons;
  /** Classes of words learned from unlabelled text (./word-classes.ts), when the model was trained with them. */
  wordClasses?: WordClassTable;
}

/** Lists of words a model was trained with and carries in its file: given names and surnames of many countries. */
export interface NameLexicons {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}


/** Mixes a value into a hash (a murmur3-style finaliser, so nearby inputs scatter). */
export function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  // kept a signed 32-bit integer, which V8 stores unboxed
  return x | 0;
}

/** Template numbers: each kind of feature mixes its values into its own number. */
const T = {
  bias: 1, word: 2, form: 3, shape: 4, prefix: 5, suffix: 6, prev: 7, next: 8, prev2: 9, next2: 10, prevShape: 11,
  nextShape: 12, prevShapePair: 13, nextShapePair: 14, prevBigram: 15, nextBigram: 16, shape3Left: 17, shape3Mid: 18,
  hyphen: 19, flag: 20, tag: 21, prevTag: 22, nextTag: 23, capCommon: 24, rule: 25, ruleClassPos: 26, rulePrev: 27,
  ruleNext: 28, gazetteer: 29, gazetteerNext: 30, gazetteerPrev: 31, docContext: 32, wordClass: 33, wordClassCap: 34,
  prevClass: 35, nextClass: 36, frequency: 37, unknownWord: 38,
} as const;

const FLAG = Object.fromEntries(
  ['first', 'allcaps-line', 'titlecase-line', 'common', 'doc-lower', 'doc-cap-inside', 'lower|doc-cap', 'calendar', 'title', 'role',
    'org-head', 'corp-suffix', 'title-1', 'role-1', 'org-head+1', 'corp-suffix+1', 'first-name', 'surname', 'first-name-1',
    'surname+1'].map((f) => [f, mix(T.flag, hashString(f))]),
) as Record<string, number>;
const DOC_CONTEXT_FLAGS = DOC_CONTEXTS.map((c) => mix(T.docContext, hashString(c)));
const TAG_HASHES = TAG_FEATURES.map((t) => hashString(t));
const NEIGHBOUR_TAG_HASHES = NEIGHBOUR_TAGS.map((t) => hashString(t));
const TAG_INDEX = new Map(TAG_FEATURES.map((t, k) => [t, k]));
const NEIGHBOUR_INDEX = new Map(NEIGHBOUR_TAGS.map((t, k) => [t, k]));
const BOUNDARY_START = hashString('<s>');
const BOUNDARY_END = hashString('</s>');

/** Position of each tag of TAG_FEATURES, for the membership key below. */
const TAG_POSITION = new Map(TAG_FEATURES.map((t, k) => [t, k]));
// the key packs membership into one exact double: 30 bits plus 22 more at most
if (TAG_FEATURES.length > 52) throw new Error('TAG_FEATURES outgrew the 52-bit membership key of tagFeatures');

/**
 * The tag features of one compromise term's tag set. They depend only on which of TAG_FEATURES the set holds
 * (NEIGHBOUR_TAGS are among them), so they are kept per membership: a few dozen distinct sets cover a corpus, while
 * every token has a Set of its own. The key walks the token's few tags instead of asking the set for each of the
 * 46 features.
 */
const tagFeatureCache = new Map<number, { own: number[]; before: number[]; after: number[] }>();

function tagFeatures(tags: ReadonlySet<string>): { own: number[]; before: number[]; after: number[] } {
  let low = 0;
  let high = 0;
  for (const tag of tags) {
    const k = TAG_POSITION.get(tag);
    if (k === undefined) continue;
    if (k < 30) low |= 1 << k;
    else high |= 1 << (k - 30);
  }
  const key = low + high * 2 ** 30;
  let hit = tagFeatureCache.get(key);
  if (hit) return hit;
  hit = { own: [], before: [], after: [] };
  TAG_FEATURES.forEach((t, k) => {
    if (tags.has(t)) hit!.own.push(mix(T.tag, TAG_HASHES[k] as number));
  });
  NEIGHBOUR_TAGS.forEach((t, k) => {
    if (!tags.has(t)) return;
    hit!.before.push(mix(T.prevTag, NEIGHBOUR_TAG_HASHES[k] as number));
    hit!.after.push(mix(T.nextTag, NEIGHBOUR_TAG_HASHES[k] as number));
  });
  tagFeatureCache.set(key, hit);
  return hit;
}

/** What the features need of a word form, computed once per form and kept (the same words recur). */
interface WordInfo {
  lower: string;
  lowerHash: number;
  shapeHash: number;
  letter: boolean;
  capitalised: boolean;
  common: boolean;
  /** Features of the word alone: form, lower case, shape, affixes, list memberships. */
  own: number[];
}

const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 100_000;

function wordInfo(form: string): WordInfo {
  const hit = wordCache.get(form);
  if (hit) return hit;
  const lower = form.toLowerCase();
  const lowerHash = hashString(lower);
  const shapeHash = hashString(shape(form));
  const letter = /^\p{L}/u.test(form);
  const common = letter && isCommonWordName(lower);
  const own = [mix(T.word, lowerHash), mix(T.form, hashString(form)), mix(T.shape, shapeHash)];
  for (let k = 1; k <= 3 && k < lower.length; k++) own.push(mix(mix(T.prefix, k), hashString(lower.slice(0, k))));
  for (let k = 1; k <= 4 && k < lower.length; k++) own.push(mix(mix(T.suffix, k), hashString(lower.slice(-k))));
  const bare = lower.replace(/\.$/, '');
  if (common) own.push(FLAG.common as number);
  if (CALENDAR_WORDS.has(lower)) own.push(FLAG.calendar as number);
  if (TITLE_WORDS.has(bare)) own.push(FLAG.title as number);
  if (ROLE_NOUNS.has(lower)) own.push(FLAG.role as number);
  if (ORG_HEAD_WORDS.has(lower)) own.push(FLAG['org-head'] as number);
  if (CORPORATE_SUFFIXES.has(lower)) own.push(FLAG['corp-suffix'] as number);
  const info: WordInfo = { lower, lowerHash, shapeHash, letter, capitalised: capitalised(form), common, own };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(form, info);
  return info;
}

/** The feature ids of a sentence's tokens, flat: token i's ids are `ids[offsets[i]]` to `ids[offsets[i + 1] - 1]`. */
export interface SentenceFeatures {
  ids: Int32Array;
  offsets: Int32Array;
}

/**
 * The hashed feature ids of every token of a sentence, in a table of 2^bits rows.
 *
 * @example sentenceFeatureIds({ text, tokens, tags, evidence }, 20).offsets.length === tokens.length + 1 // true
 */
export function sentenceFeatureIds(input: FeatureInput, bits: number): SentenceFeatures {
  const { tokens, tags, evidence, text, rules } = input;
  const mask = (1 << bits) - 1;
  const n = tokens.length;
  const words = tokens.map((t) => wordInfo(t.text));
  // a headline or a line written in capitals tells nothing by its capitals
  const allCaps = tokens.filter((t) => /\p{L}/u.test(t.text)).every((t) => !/\p{Ll}/u.test(t.text));
  const titleCase = n > 3 && tokens.filter((t) => /^\p{L}{4,}/u.test(t.text)).every((t) => capitalised(t.text));
  const gazetteer = gazetteerFeatures(tokens, text);
  const ruleClass = rules?.map((r) => (r ? hashString(r[0] as string) : 0));
  const classes = input.wordClasses ? words.map((w) => (w.letter ? (input.wordClasses as WordClassTable).entryOfHash(w.lowerHash) : -1)) : undefined;
  const offsets = new Int32Array(n + 1);
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = f.length;
    const w = words[i] as WordInfo;
    windowFeatures(f, words, i);
    if (i === 0) f.push(FLAG.first as number);
    if (allCaps) f.push(FLAG['allcaps-line'] as number);
    if (titleCase) f.push(FLAG['titlecase-line'] as number);
    const own = tags[i];
    if (own) for (const h of tagFeatures(own).own) f.push(h);
    const before = tags[i - 1];
    if (before) for (const h of tagFeatures(before).before) f.push(h);
    const after = tags[i + 1];
    if (after) for (const h of tagFeatures(after).after) f.push(h);
    if (w.letter) documentFeatures(f, w, i, evidence);
    neighbourFeatures(f, words[i - 1], words[i + 1]);
    if (rules && ruleClass) ruleFeatures(f, rules[i], ruleClass, i);
    if (input.lexicons && w.letter) lexiconFeatures(f, w, words[i - 1], words[i + 1], input.lexicons);
    f.push(...(gazetteer[i] as number[]));
    if (classes) classFeatures(f, classes, input.wordClasses as WordClassTable, w, i);
  }
  offsets[n] = f.length;
  const ids = new Int32Array(f.length);
  for (let k = 0; k < f.length; k++) ids[k] = (f[k] as number) & mask;
  return { ids, offsets };
}

/** Each token's gazetteer features: inside a known place or name list entry, or just before or after one. */
function gazetteerFeatures(tokens: readonly NameToken[], text: string): number[][] {
  const n = tokens.length;
  const gazetteer: number[][] = tokens.map(() => []);
  for (const hit of gazetteerHits(tokens, text)) {
    const kind = hashString(hit.kind);
    for (let k = hit.first; k <= hit.last; k++) (gazetteer[k] as number[]).push(mix(mix(T.gazetteer, kind), k === hit.first ? 1 : 2));
    if (hit.first > 0) (gazetteer[hit.first - 1] as number[]).push(mix(T.gazetteerNext, kind));
    if (hit.last + 1 < n) (gazetteer[hit.last + 1] as number[]).push(mix(T.gazetteerPrev, kind));
  }
  return gazetteer;
}

/** The lower-case hash of word k of a sentence, or a boundary marker before its start or after its end. */
function lowerHashAt(words: readonly WordInfo[], k: number): number {
  return k < 0 ? BOUNDARY_START : k >= words.length ? BOUNDARY_END : (words[k] as WordInfo).lowerHash;
}

/** The shape hash of word k of a sentence, or a boundary marker before its start or after its end. */
function shapeHashAt(words: readonly WordInfo[], k: number): number {
  return k < 0 ? BOUNDARY_START : k >= words.length ? BOUNDARY_END : (words[k] as WordInfo).shapeHash;
}

/** The word's own features and its window: neighbouring words, shapes, bigrams, shape trigrams, hyphen joins. */
function windowFeatures(f: number[], words: readonly WordInfo[], i: number): void {
  const w = words[i] as WordInfo;
  const hw = w.lowerHash;
  const hs = w.shapeHash;
  // words and shapes one and two before (w1, w2, s1, s2) and after (v1, v2, t1, t2)
  const w1 = lowerHashAt(words, i - 1);
  const w2 = lowerHashAt(words, i - 2);
  const v1 = lowerHashAt(words, i + 1);
  const v2 = lowerHashAt(words, i + 2);
  const s1 = shapeHashAt(words, i - 1);
  const s2 = shapeHashAt(words, i - 2);
  const t1 = shapeHashAt(words, i + 1);
  const t2 = shapeHashAt(words, i + 2);
  f.push(T.bias, ...w.own);
  f.push(mix(T.prev, w1), mix(T.next, v1), mix(T.prev2, w2), mix(T.next2, v2));
  f.push(mix(T.prevShape, s1), mix(T.nextShape, t1));
  f.push(mix(mix(T.prevShapePair, s1), hs), mix(mix(T.nextShapePair, hs), t1));
  f.push(mix(mix(T.prevBigram, w1), hw), mix(mix(T.nextBigram, hw), v1));
  f.push(mix(mix(mix(T.shape3Left, s2), s1), hs), mix(mix(mix(T.shape3Mid, s1), hs), t1));
  // "Kim Jong-un", "Cheng Chung-tai": a word after a hyphen continues the capitalised word before it
  if (words[i - 1]?.lower === '-' || words[i + 1]?.lower === '-') f.push(mix(mix(mix(T.hyphen, s2), hs), t2));
}

/** What the rest of the document says of a word: written in lower case, capitalised inside sentences, its contexts. */
function documentFeatures(f: number[], w: WordInfo, i: number, evidence: DocumentEvidence): void {
  if (w.capitalised) {
    if (evidence.lowerCase.has(w.lower)) f.push(FLAG['doc-lower'] as number);
    if (i === 0 && evidence.capitalisedInside.has(w.lower)) f.push(FLAG['doc-cap-inside'] as number);
    f.push(mix(mix(T.capCommon, w.common ? 1 : 0), i === 0 ? 1 : 0));
    const seen = evidence.contexts?.get(w.lower) ?? 0;
    if (seen) for (let b = 0; b < DOC_CONTEXTS.length; b++) if (seen & (1 << b)) f.push(DOC_CONTEXT_FLAGS[b] as number);
  } else if (evidence.capitalisedInside.has(w.lower)) {
    f.push(FLAG['lower|doc-cap'] as number);
  }
}

/** A title or role noun before the word, an organisation head or company suffix after it. */
function neighbourFeatures(f: number[], prevWord: WordInfo | undefined, nextWord: WordInfo | undefined): void {
  if (prevWord) {
    const bare = prevWord.lower.replace(/\.$/, '');
    if (TITLE_WORDS.has(bare)) f.push(FLAG['title-1'] as number);
    if (ROLE_NOUNS.has(prevWord.lower)) f.push(FLAG['role-1'] as number);
  }
  if (nextWord) {
    if (ORG_HEAD_WORDS.has(nextWord.lower)) f.push(FLAG['org-head+1'] as number);
    if (CORPORATE_SUFFIXES.has(nextWord.lower)) f.push(FLAG['corp-suffix+1'] as number);
  }
}

/** What the rule layer made of the word and of its neighbours. */
function ruleFeatures(f: number[], r: readonly string[] | undefined, ruleClass: readonly number[], i: number): void {
  if (r) {
    for (const x of r) f.push(mix(T.rule, hashString(x)));
    if (r.length >= 2) f.push(mix(mix(T.ruleClassPos, ruleClass[i] as number), hashString(r[1] as string)));
  }
  f.push(mix(T.rulePrev, ruleClass[i - 1] ?? 0), mix(T.ruleNext, ruleClass[i + 1] ?? 0));
}

/** Given-name and surname list membership of the word and its neighbours. */
function lexiconFeatures(f: number[], w: WordInfo, prevWord: WordInfo | undefined, nextWord: WordInfo | undefined, lexicons: NameLexicons): void {
  if (lexicons.firstNames.has(w.lower)) f.push(FLAG['first-name'] as number);
  if (lexicons.surnames.has(w.lower)) f.push(FLAG.surname as number);
  if (prevWord && lexicons.firstNames.has(prevWord.lower)) f.push(FLAG['first-name-1'] as number);
  if (nextWord && lexicons.surnames.has(nextWord.lower)) f.push(FLAG['surname+1'] as number);
}

/**
 * The word's classes from unlabelled text at every level, its coarse class with its capital, how frequent it is
 * in that text (a power-of-two bucket of its rank) with its capital, and the classes of its neighbours. A word the
 * table lacks is rare or misspelt, which for a capitalised word says "name".
 */
function classFeatures(f: number[], entries: readonly number[], table: WordClassTable, w: WordInfo, i: number): void {
  const k = entries[i] as number;
  const cap = w.capitalised ? 1 : 0;
  if (k < 0) {
    if (w.letter) f.push(mix(T.unknownWord, cap));
  } else {
    for (let l = 0; l < table.levels; l++) f.push(mix(mix(T.wordClass, l), table.classAt(k, l)));
    f.push(mix(mix(T.wordClassCap, table.classAt(k, 1)), cap));
    f.push(mix(mix(T.frequency, table.frequencyAt(k)), cap));
  }
  const before = i > 0 ? (entries[i - 1] as number) : -2;
  const after = i + 1 < entries.length ? (entries[i + 1] as number) : -2;
  for (let l = 0; l < 2 && l < table.levels; l++) {
    f.push(mix(mix(T.prevClass, l), before < 0 ? before : table.classAt(before, l)));
    f.push(mix(mix(T.nextClass, l), after < 0 ? after : table.classAt(after, l)));
  }
}
