/**
 * Features of the name tagger: for each token, the strings a linear model weighs (word, shape, affixes,
 * neighbours, compromise's tags, gazetteer and word-list membership, document evidence). Training and tagging
 * call the same function, so a feature means the same thing in both. Features are hashed to ints
 * (`featureIds`), which keeps the model a flat array with no string table.
 */
import { isCommonWordName, lookupCapital, lookupCity, lookupCountry, lookupDemonym, lookupSeatOfGovernment } from '../../nlp/gazetteer.js';
import { CALENDAR_WORDS } from '../../nlp/gazetteer/lexicon.js';
import { ORG_HEAD_WORDS } from '../../nlp/lexicon/organizations.js';
import { CORPORATE_SUFFIXES } from '../../nlp/lexicon/non-actors.js';
import { NAME_TITLES, ROLE_NOUNS } from '../../nlp/lexicon/titles.js';
import type { NameToken } from './tokenize.js';

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

/** What the rest of the text tells about a word: seen in lower case, seen capitalised inside a sentence. */
export interface DocumentEvidence {
  lowerCase: ReadonlySet<string>;
  capitalisedInside: ReadonlySet<string>;
}

/**
 * Collects the document evidence of a text's sentences (each an array of tokens). A word counts as
 * capitalised inside a sentence when it is not the first token and does not follow an opening quote or colon.
 */
export function documentEvidence(sentences: readonly (readonly NameToken[])[]): DocumentEvidence {
  const lowerCase = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      if (!/^\p{L}/u.test(t.text)) return;
      const lower = t.text.toLowerCase();
      if (t.text === lower) lowerCase.add(lower);
      else if (i > 0 && !/^[“"‘'(:\-–—]$/u.test(tokens[i - 1]?.text ?? '')) capitalisedInside.add(lower);
    });
  }
  return { lowerCase, capitalisedInside };
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

/** Longest gazetteer names starting at capitalised tokens: countries, capitals, seats of government, cities (by size), demonyms. */
function gazetteerHits(tokens: readonly NameToken[], text: string): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as NameToken;
    if (!capitalised(first.text) || !/^\p{L}/u.test(first.text)) continue;
    for (let j = Math.min(tokens.length - 1, i + 3); j >= i; j--) {
      const last = tokens[j] as NameToken;
      if (!/[\p{L}.]$/u.test(last.text) || (j > i && !capitalised(last.text))) continue;
      const name = text.slice(first.start, last.end);
      const kinds: string[] = [];
      if (lookupCountry(name)) kinds.push('country');
      if (lookupCapital(name)) kinds.push('capital');
      if (lookupSeatOfGovernment(name)) kinds.push('seat');
      const city = /^\p{Lu}{1,3}$/u.test(name) ? undefined : lookupCity(name);
      if (city) kinds.push(city.population >= 100_000 ? 'city-big' : city.population >= 10_000 ? 'city' : 'city-small');
      if (j === i && lookupDemonym(name)) kinds.push('demonym');
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
}

/**
 * The feature strings of every token of a sentence.
 *
 * @example sentenceFeatures({ text: 'Ann left', tokens: [...], tags: [], evidence })[0].includes('w=ann') // true
 */
export function sentenceFeatures(input: FeatureInput): string[][] {
  const { tokens, tags, evidence, text } = input;
  const n = tokens.length;
  const lower = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => shape(t.text));
  const out: string[][] = tokens.map(() => ['b']);
  const word = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : (lower[k] as string));
  const shp = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : (shapes[k] as string));
  // a headline or a line written in capitals tells nothing by its capitals
  const allCaps = tokens.filter((t) => /\p{L}/u.test(t.text)).every((t) => !/\p{Ll}/u.test(t.text));
  const titleCase = n > 3 && tokens.filter((t) => /^\p{L}{4,}/u.test(t.text)).every((t) => capitalised(t.text));
  for (let i = 0; i < n; i++) {
    const f = out[i] as string[];
    const tok = tokens[i] as NameToken;
    const w = lower[i] as string;
    f.push(`w=${w}`, `W=${tok.text}`, `s=${shapes[i]}`);
    for (let k = 1; k <= 3 && k < w.length; k++) f.push(`p${k}=${w.slice(0, k)}`);
    for (let k = 1; k <= 4 && k < w.length; k++) f.push(`x${k}=${w.slice(-k)}`);
    f.push(`w-1=${word(i - 1)}`, `w+1=${word(i + 1)}`, `w-2=${word(i - 2)}`, `w+2=${word(i + 2)}`);
    f.push(`s-1=${shp(i - 1)}`, `s+1=${shp(i + 1)}`, `s-1s=${shp(i - 1)}|${shapes[i]}`, `ss+1=${shapes[i]}|${shp(i + 1)}`);
    f.push(`w-1w=${word(i - 1)}|${w}`, `ww+1=${w}|${word(i + 1)}`);
    if (i === 0) f.push('first');
    if (allCaps) f.push('allcaps-line');
    if (titleCase) f.push('titlecase-line');
    const own = tags[i];
    if (own) for (const t of TAG_FEATURES) if (own.has(t)) f.push(`t=${t}`);
    for (const [k, label] of [[i - 1, 't-1'], [i + 1, 't+1']] as const) {
      const set = tags[k];
      if (set) for (const t of NEIGHBOUR_TAGS) if (set.has(t)) f.push(`${label}=${t}`);
    }
    if (/^\p{L}/u.test(tok.text)) {
      const common = isCommonWordName(w);
      if (common) f.push('common');
      if (capitalised(tok.text)) {
        if (evidence.lowerCase.has(w)) f.push('doc-lower');
        if (i === 0 && evidence.capitalisedInside.has(w)) f.push('doc-cap-inside');
        f.push(`cap|common=${common}|first=${i === 0}`);
      } else if (evidence.capitalisedInside.has(w)) {
        f.push('lower|doc-cap');
      }
    }
    if (CALENDAR_WORDS.has(w)) f.push('calendar');
    if (TITLE_WORDS.has(w.replace(/\.$/, ''))) f.push('title');
    if (ROLE_NOUNS.has(w)) f.push('role');
    if (ORG_HEAD_WORDS.has(w)) f.push('org-head');
    if (CORPORATE_SUFFIXES.has(w)) f.push('corp-suffix');
    const prev = lower[i - 1];
    if (prev !== undefined && TITLE_WORDS.has(prev.replace(/\.$/, ''))) f.push('title-1');
    if (prev !== undefined && ROLE_NOUNS.has(prev)) f.push('role-1');
    const next = lower[i + 1];
    if (next !== undefined && ORG_HEAD_WORDS.has(next)) f.push('org-head+1');
    if (next !== undefined && CORPORATE_SUFFIXES.has(next)) f.push('corp-suffix+1');
  }
  const rules = input.rules;
  if (rules) {
    for (let i = 0; i < n; i++) {
      const f = out[i] as string[];
      const r = rules[i];
      if (r) for (const x of r) f.push(`r=${x}`);
      if (r && r.length >= 2) f.push(`r=${r[0]}|${r[1]}`);
      const before = rules[i - 1];
      const after = rules[i + 1];
      f.push(`r-1=${before?.[0] ?? '-'}`, `r+1=${after?.[0] ?? '-'}`);
    }
  }
  for (const hit of gazetteerHits(tokens, text)) {
    for (let k = hit.first; k <= hit.last; k++) (out[k] as string[]).push(`g=${hit.kind}|${k === hit.first ? 'B' : 'I'}`);
    if (hit.first > 0) (out[hit.first - 1] as string[]).push(`g+1=${hit.kind}`);
    if (hit.last + 1 < n) (out[hit.last + 1] as string[]).push(`g-1=${hit.kind}`);
  }
  return out;
}

/** FNV-1a over the UTF-16 code units of a feature string. */
export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hashed feature ids of each token, in a table of 2^bits rows. */
export function featureIds(features: readonly (readonly string[])[], bits: number): Int32Array[] {
  const mask = (1 << bits) - 1;
  return features.map((fs) => Int32Array.from(fs, (f) => hashFeature(f) & mask));
}
