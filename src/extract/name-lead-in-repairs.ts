import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { CALENDAR_WORDS, FIRST_LEVEL_REGIONS } from '../nlp/gazetteer/lexicon.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { HONORIFICS_BEFORE_GIVEN_NAMES, PERSONAL_LIFE_NOUNS, TITLE_WORDS_OPENING_BODIES } from '../nlp/lexicon/titles.js';
import { NAME_PARTICLES } from '../nlp/lexicon/name-cues.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import type { ProposedName } from './names.js';
import { loadNameModel } from './names/model.js';
import { particleSurnamesAlone } from './name-particle-surnames.js';

/**
 * Repairs of the tagger's proposals for styles of names probed in round 19 (NOTES.md, issue 12, round 19): a place
 * fronted without a comma before a body ("In Gaza the Health Ministry said"), a person known by a possessive before a
 * noun of a life ("Chivhu's death"), and a Gulf or royal person named again by an honorific and the given name
 * ("Sheikh Rashad" after "Sheikh Rashad bin Khalid al-Marri"). Like ./name-style-repairs.ts, each was found on invented
 * reports and works in place.
 */

/** The per-sentence repairs of this module, in order (called after ./name-style-repairs.ts). */
export function nameLeadInRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  placesFrontedBeforeBodies(text, proposals);
  possessorsOfLives(text, sentence, proposals);
  demonymsBeforeTitleWordBodies(text, proposals);
  proposals.sort((a, b) => a.start - b.start);
}

/** The article-wide repairs of this module (called after `typesFromFullNames`, ./name-cue-repairs.ts). */
export function articleLeadInRepairs(text: string, sentences: readonly TaggedSentence[], proposals: ProposedName[][]): void {
  // (surnames with particles named alone, round 24: ./name-particle-surnames.ts)
  particleSurnamesAlone(text, sentences, proposals, loadNameModel().lexicons.firstNames);
  honorificShortForms(text, proposals);
  personCuesAcrossArticle(text, sentences, proposals);
}

/** A place or calendar word, "the", and a capitalised name: "Gaza the Health Ministry", "Tuesday the Senate". */
const FRONTED_BEFORE_THE = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}) the (?=\p{Lu})/u;

/** Whether a run of words is a country, a town of 20,000 or more, a first-level region or a day or month. */
function placeOrDay(words: string): boolean {
  return lookupCountry(words) !== undefined || FIRST_LEVEL_REGIONS.has(words) || CALENDAR_WORDS.has(words.toLowerCase()) ||
    lookupCity(words, { minPopulation: 20_000 }) !== undefined;
}

/**
 * "In Gaza the Health Ministry said", "Elsewhere in Colombia the National Liberation Army freed", "in Myanmar the
 * Arakan Army said": a place (or day) fronted without a comma runs straight into the body after "the", and the
 * tagger and the rule layer (for which "the" glues a body's words, "Bank of the West") read one organisation
 * "Gaza the Health Ministry". Inside a body's name "the" follows a glue word ("of the", "for the"), never a
 * capitalised word directly, so such a proposal is split there: the place is a place, the rest keeps its type.
 * Epithets ("Catherine the Great") are persons and left.
 */
function placesFrontedBeforeBodies(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type === 'PER') continue;
    const m = FRONTED_BEFORE_THE.exec(text.slice(p.start, p.end));
    const head = m?.[1];
    if (!m || head === undefined || !placeOrDay(head)) continue;
    const rest = { start: p.start + m[0].length, end: p.end, type: p.type };
    const place: ProposedName[] = CALENDAR_WORDS.has(head.toLowerCase()) ? [] : [{ start: p.start, end: p.start + head.length, type: 'LOC' }];
    proposals.splice(k, 1, ...place, rest);
  }
}

/** "Chivhu's death", "Hamdavi's resignation": a capitalised word, a possessive and the word after it (group 2). */
const POSSESSOR_BEFORE_NOUN = /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}[\p{L}\p{M}-]*) ?['’]s (\p{Ll}+)(?: (\p{Ll}+))?/gu;
/** What stands after "death" when the noun is no person's end ("Gaza's death toll", "Iran's death penalty"). */
const NOT_A_LIFE_AFTER = new Set(['toll', 'tolls', 'penalty', 'sentence', 'sentences', 'squad', 'squads', 'rate', 'rates', 'row', 'camp', 'camps', 'march', 'threat', 'threats', 'count', 'certificate', 'certificates']);

/**
 * "Chivhu's death created a vacuum", "Hamdavi's resignation deepened the crisis", "Mandeni's widow said": a single
 * capitalised word that owns a death, a funeral, a resignation, a spouse or a child is a person (PERSONAL_LIFE_NOUNS),
 * though the tagger proposed nothing or a body there. A country, a town of 20,000 or more, a demonym, a common English
 * word ("Labour's death") and a name right after a body's or a person's other word ("Goldman Sachs's") are left. The
 * cue is the person's evidence (`personCue`): "Mandeni" is also a town the rule layer reads, and the lexicons may lack
 * the name.
 */
function possessorsOfLives(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes("'s ") && !body.includes('’s ')) return;
  // (web text tokenised for annotation writes "Chivhu 's death": the space is allowed)
  for (const m of body.matchAll(POSSESSOR_BEFORE_NOUN)) {
    const [word, noun, after] = [m[1] as string, m[2] as string, m[3]];
    if (!PERSONAL_LIFE_NOUNS.has(noun) || (after !== undefined && NOT_A_LIFE_AFTER.has(after))) continue;
    if (lookupCountry(word) || lookupDemonym(word) || lookupCity(word, { minPopulation: 20_000 }) || isEnglishWord(word.toLowerCase())) continue;
    const start = sentence.start + (m.index ?? 0);
    const end = start + word.length;
    const held = proposals.find((q) => q.start < end && start < q.end);
    if (held && (held.start !== start || held.end !== end)) continue;
    // (a capitalised word right before it makes a longer name the tagger did not take: leave it)
    if (/\p{Lu}[\p{L}\p{M}.]*\s$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    if (held) Object.assign(held, { type: 'PER', personCue: 'names.possessor-of-a-life' });
    else proposals.push({ start, end, type: 'PER', personCue: 'names.possessor-of-a-life' });
  }
}

/** A demonym written right before a proposal: "Egyptian " of "Egyptian Premier League". */
const DEMONYM_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+) $/u;

/**
 * "The Egyptian Premier League was suspended", "the Ukrainian Premier League": a body whose name opens with a word
 * that is also a title ("Premier") keeps the nationality before it, which the rule layer reads as the title's ("the
 * Indian premier") and the tagger therefore leaves out. A demonym directly before such an organisation opens it.
 */
function demonymsBeforeTitleWordBodies(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const opener = /^\p{Lu}\p{Ll}+/u.exec(text.slice(p.start, p.end))?.[0];
    if (p.type !== 'ORG' || opener === undefined || !TITLE_WORDS_OPENING_BODIES.has(opener)) continue;
    const demonym = DEMONYM_BEFORE.exec(text.slice(Math.max(0, p.start - 30), p.start))?.[1];
    if (demonym !== undefined && lookupDemonym(demonym) && !proposals.some((q) => q !== p && q.end === p.start - 1)) p.start -= demonym.length + 1;
  }
}

/** Whether a person's name is a full Gulf, Arabic or royal name: three words or more, or one with a particle. */
function fullNameOf(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 3 || words.some((w) => NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * "Sheikh Rashad later met", "Prince Faisal said", "Sheikh Nawaf held talks" after "Qatar's Emir Sheikh Rashad bin
 * Khalid al-Marri", "Crown Prince Faisal bin Mansour": a Gulf ruler or a royal is named again by an honorific and the
 * given name, which the tagger reads as a person "Sheikh Rashad" (Prince and Sheikh are also given names), a second
 * person beside the first. When the word after the honorific opens a full name of a person of the article, the
 * honorific is a title there (HONORIFICS_BEFORE_GIVEN_NAMES), and the name is the given name, which the entity stage
 * joins to that person. "Sheikh Amina" with no "Amina ..." named in full stays whole. Article-wide: the full name
 * may come in any sentence.
 */
export function honorificShortForms(text: string, proposals: readonly ProposedName[][]): void {
  const all = proposals.flat();
  const givenOpeners = new Set<string>();
  for (const p of all) {
    const name = text.slice(p.start, p.end);
    if (p.type === 'PER' && fullNameOf(name)) givenOpeners.add(name.split(/\s+/)[0] as string);
  }
  if (givenOpeners.size === 0) return;
  for (const p of all) {
    if (p.type !== 'PER') continue;
    const words = text.slice(p.start, p.end).split(' ');
    const honorific = words.length === 3 && HONORIFICS_BEFORE_GIVEN_NAMES.has(`${words[0]} ${words[1]}`) ? 2 : words.length === 2 && HONORIFICS_BEFORE_GIVEN_NAMES.has(words[0] as string) ? 1 : 0;
    if (honorific === 0 || !givenOpeners.has(words[honorific] as string)) continue;
    p.start += words.slice(0, honorific).join(' ').length + 1;
  }
}

/**
 * "Chivhu's death creates a vacuum ... Chivhu's secular nationalism was supple": once a cue has made a name a person
 * in one sentence (`personCue`), the same name elsewhere in the article is that person, whatever the rule layer reads
 * there (a town "Chivhu") and where the tagger proposed nothing. Article-wide, after the sentence repairs.
 */
export function personCuesAcrossArticle(text: string, sentences: readonly TaggedSentence[], proposals: ProposedName[][]): void {
  const cued = new Map<string, string>();
  for (const p of proposals.flat()) if (p.personCue) cued.set(text.slice(p.start, p.end), p.personCue);
  if (cued.size === 0) return;
  sentences.forEach((sentence, k) => {
    const list = proposals[k];
    if (!list || sentence.blockKind !== 'paragraph') return;
    for (const [name, cue] of cued) {
      for (let at = text.indexOf(name, sentence.start); at >= 0 && at + name.length <= sentence.end; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (/[\p{L}\p{M}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{M}]/u.test(text[end] ?? '')) continue;
        const held = list.find((q) => q.start < end && at < q.end);
        if (!held) list.push({ start: at, end, type: 'PER', personCue: cue });
        else if (held.start === at && held.end === end) Object.assign(held, { type: 'PER', personCue: cue });
      }
    }
    list.sort((a, b) => a.start - b.start);
  });
}
