/**
 * Mention replacement for training the name tagger: copies of training documents whose names are replaced by
 * other names of the same type, so the model learns the contexts names stand in rather than the few thousand
 * names the annotated data happens to hold. Replacements come half from large lists (given names and surnames,
 * GeoNames cities, countries, organisation names built from organisation head words and corporate suffixes)
 * and half from the names of the training data itself, so list membership does not become the only cue.
 * Within a copy a name is replaced the same way everywhere, and a person's name word by word, so "Ann Okafor"
 * and a later "Okafor" stay one person. Everything is drawn from a seeded generator: the same seed gives the
 * same copies.
 */
import type { NerDocument, NerSentence, NerToken, NerType } from './iob2.js';
import { spansFromTags } from './iob2.js';

/** Where replacement names come from. Lists hold names as written ("Okafor", "San Pedro Sula"). */
export interface NamePools {
  firstNames: readonly string[];
  surnames: readonly string[];
  places: readonly string[];
  countries: readonly string[];
  /** Words an organisation's name ends in ("Holdings", "University", "Inc."). */
  organisationHeads: readonly string[];
  /** Names of each type as they occur in the training documents, as token lists. */
  training: Record<NerType, ReadonlyArray<readonly string[]>>;
  /** Words of person names in the training documents: given names (not last in a name) and last words. */
  trainingFirst: readonly string[];
  trainingLast: readonly string[];
  /** True when a name is a country or capital (kept a country when it is replaced, as governments are named so). */
  isCountryOrCapital: (name: string) => boolean;
}

/** The names of every type in some documents, for the `training` pools. */
export function trainingNames(documents: readonly NerDocument[]): Pick<NamePools, 'training' | 'trainingFirst' | 'trainingLast'> {
  const training: Record<NerType, string[][]> = { PER: [], ORG: [], LOC: [] };
  const first = new Set<string>();
  const last = new Set<string>();
  for (const doc of documents) {
    for (const s of doc.sentences) {
      for (const span of spansFromTags(s.tokens.map((t) => t.tag))) {
        const forms = s.tokens.slice(span.first, span.last + 1).map((t) => t.form);
        if (!forms.every((f) => /^\p{Lu}/u.test(f) || !/\p{L}/u.test(f))) continue;
        training[span.type].push(forms);
        if (span.type === 'PER') {
          forms.forEach((f, k) => {
            if (!/^\p{Lu}\p{Ll}+$/u.test(f)) return;
            (k === forms.length - 1 ? last : first).add(f);
          });
        }
      }
    }
  }
  return { training, trainingFirst: [...first].sort(), trainingLast: [...last].sort() };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Writes a replacement in the case of the name it replaces (all lower case, all capitals, or as listed). */
function inCaseOf(original: readonly string[], words: readonly string[]): string[] {
  const text = original.join(' ');
  if (!/\p{L}/u.test(text)) return [...words];
  if (text === text.toLowerCase()) return words.map((w) => w.toLowerCase());
  if (text === text.toUpperCase() && text.replace(/[^\p{L}]/gu, '').length > 3) return words.map((w) => w.toUpperCase());
  return [...words];
}

function acronym(length: number, next: () => number): string {
  let out = '';
  for (let k = 0; k < length; k++) out += String.fromCharCode(65 + Math.floor(next() * 26));
  return out;
}

/** An invented organisation name: a surname, place or country with an organisation word, or an acronym. */
function organisationName(pools: NamePools, next: () => number): string[] {
  const head = pick(pools.organisationHeads, next);
  const r = next();
  if (r < 0.3) return [pick(pools.surnames, next), head];
  if (r < 0.5) return [...pick(pools.places, next).split(' '), head];
  if (r < 0.65) return [head, 'of', ...pick(pools.places, next).split(' ')];
  if (r < 0.8) return [pick(pools.surnames, next), '&', pick(pools.surnames, next)];
  return [...pick(pools.countries, next).split(' '), head];
}

/** The words of a name as the tokenizer of the training files splits them ("Jean-Luc" -> "Jean", "-", "Luc"). */
function words(name: string[]): string[] {
  return name.flatMap((w) => w.split(/(?<=\p{L})(-)(?=\p{L})/u).filter(Boolean));
}

/**
 * One replaced copy of a document. `share` is the chance that a name is replaced at all (the rest keep theirs,
 * so a copy still has names the data really holds).
 */
export function augmentDocument(doc: NerDocument, pools: NamePools, next: () => number, share = 1, types: readonly NerType[] = ['PER', 'ORG', 'LOC']): NerDocument {
  const wholeNames = new Map<string, string[] | null>();
  const personWords = new Map<string, string | null>();
  const replacePersonWord = (form: string, isLast: boolean): string => {
    // initials, particles and punctuation inside names stay ("J.", "van", "-")
    if (!/^\p{Lu}\p{Ll}+$/u.test(form) && !/^\p{Ll}+$/u.test(form)) return form;
    if (/^\p{Ll}/u.test(form) && ['van', 'von', 'de', 'da', 'der', 'del', 'la', 'le', 'bin', 'al', 'di'].includes(form)) return form;
    let hit = personWords.get(form);
    if (hit === undefined) {
      const fromTraining = next() < 0.5;
      const list = isLast ? (fromTraining ? pools.trainingLast : pools.surnames) : fromTraining ? pools.trainingFirst : pools.firstNames;
      hit = next() < share ? pick(list, next) : null;
      personWords.set(form, hit);
    }
    if (hit === null) return form;
    return /^\p{Ll}/u.test(form) ? hit.toLowerCase() : hit;
  };
  const replaceName = (type: NerType, forms: readonly string[]): string[] => {
    if (!types.includes(type)) return [...forms];
    if (type === 'PER') return forms.map((f, k) => replacePersonWord(f, k === forms.length - 1 && (forms.length > 1 || next() < 0.8)));
    const key = `${type}\u0000${forms.join(' ')}`;
    let hit = wholeNames.get(key);
    if (hit === undefined) {
      if (next() >= share) hit = null;
      else if (pools.isCountryOrCapital(forms.join(' '))) hit = pick(pools.countries, next).split(' ');
      else if (type === 'ORG' && forms.length === 1 && /^\p{Lu}{2,5}$/u.test(forms[0] as string)) hit = [acronym((forms[0] as string).length, next)];
      else if (next() < 0.5) hit = [...pick(pools.training[type], next)];
      else if (type === 'ORG') hit = organisationName(pools, next);
      else hit = (next() < 0.2 ? pick(pools.countries, next) : pick(pools.places, next)).split(' ');
      if (hit) hit = words(inCaseOf(forms, hit));
      wholeNames.set(key, hit);
    }
    return hit ?? [...forms];
  };
  return { id: `${doc.id}+replaced`, sentences: doc.sentences.map((s) => replaceInSentence(s, replaceName)) };
}

/** Rebuilds a sentence with its names replaced: new text, tokens and offsets; tags follow the new words. */
function replaceInSentence(sentence: NerSentence, replaceName: (type: NerType, forms: readonly string[]) => string[]): NerSentence {
  const spans = spansFromTags(sentence.tokens.map((t) => t.tag));
  if (spans.length === 0) return sentence;
  let text = '';
  let cursor = 0;
  const tokens: NerToken[] = [];
  const push = (form: string, tag: string, originalStart: number) => {
    // keep the spacing the original text had before this token
    text += sentence.text.slice(cursor, originalStart);
    tokens.push({ form, tag, start: text.length, end: text.length + form.length });
    text += form;
  };
  let k = 0;
  for (const span of spans) {
    for (; k < span.first; k++) {
      const t = sentence.tokens[k] as NerToken;
      push(t.form, t.tag, t.start);
      cursor = t.end;
    }
    const original = sentence.tokens.slice(span.first, span.last + 1);
    const replaced = replaceName(span.type, original.map((t) => t.form));
    text += sentence.text.slice(cursor, (original[0] as NerToken).start);
    replaced.forEach((w, j) => {
      // words of a name are spaced, except around a hyphen that joins them
      if (j > 0 && w !== '-' && replaced[j - 1] !== '-') text += ' ';
      tokens.push({ form: w, tag: `${j === 0 ? 'B' : 'I'}-${span.type}`, start: text.length, end: text.length + w.length });
      text += w;
    });
    cursor = (original[original.length - 1] as NerToken).end;
    k = span.last + 1;
  }
  for (; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k] as NerToken;
    push(t.form, t.tag, t.start);
    cursor = t.end;
  }
  text += sentence.text.slice(cursor);
  return { id: `${sentence.id}+replaced`, text, tokens };
}
