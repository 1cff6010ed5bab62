import type { PlaceKind } from '../schema/place.js';
import { own } from '../nlp/lexicon/own.js';
import {
  lookupCapital,
  lookupCity,
  lookupCountry,
  lookupDemonym,
  lookupSeatOfGovernment,
  PLACE_CONTEXT_MIN_POPULATION,
  type CountryEntry,
} from '../nlp/gazetteer.js';
import { GROUP_NOUNS, INDUSTRY_HEADS, KNOWN_ORGANIZATIONS, ORG_HEAD_WORDS } from '../nlp/lexicon/organizations.js';
import {
  CORPORATE_SUFFIXES,
  EVENT_HEAD_WORDS,
  HOLIDAYS,
  PROCESS_NAMES,
  LOCATIVE_SITE_HEAD_WORDS,
  NON_ACTOR_ACRONYMS,
  SITE_HEAD_WORDS,
} from '../nlp/lexicon/non-actors.js';
import { CALENDAR_WORDS } from '../nlp/gazetteer/lexicon.js';
import { IRREGULAR_PAST } from './time/lexicon.js';
import { isCommonWordName, isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { HONORIFICS, NAME_TITLES, ROLE_NOUNS, TIME_BOUNDED_MODIFIERS } from '../nlp/lexicon/titles.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { ownsBodyPart } from './name-acronym-owners.js';
import { US_STATE_ABBREVIATIONS, NAME_PARTICLES, DEMONYM_COMBINING_FORMS, INSTITUTION_GLUE, LOCATIVE_PREPOSITIONS, LOCATIVE_POSITION_WORDS, PLACE_TYPE_WORDS, STRONG_LOCATIVES, STATE_ACT_NOUNS, STATIVE_VERBS, SURNAME_LIKE_SITE_HEADS, COMPANY_PART_NOUNS, COMPANY_NOUNS_BEFORE, LOCATIVE_COMPOUNDS, REGIONAL_DEMONYMS, PLACE_APPOSITION_NOUNS, NON_SPATIAL_BEFORE_TO } from '../nlp/lexicon/name-cues.js';

/** What a capitalised name in a sentence denotes, before mentions are joined into records. */
export type NameClass = 'person' | 'organization' | 'government' | 'place' | 'unknown';

/** A proper-name mention found in one sentence. */
export interface NameMention {
  cls: NameClass;
  /** The name without titles, possessive or leading article. */
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
  /** Token range [first, last] of the name in its sentence. */
  firstToken: number;
  lastToken: number;
  titles: string[];
  country?: CountryEntry;
  placeKind?: PlaceKind;
  /** The canonical name for grouping (e.g. "Russian Defense Ministry" for "Russia's Defense Ministry"). */
  canonical: string;
  /** Whether the name is the subject of a following verb ("Kyiv denied"). */
  agentive: boolean;
  /** Whether a locative preposition governs it ("in Ireland"). */
  locative: boolean;
  /** True for mentions in titles and headings, which may only refer to names found in the body. */
  inHeading: boolean;
  /** Written with a possessive ("Apple's", "Okafor's"): the name owns something, so it is an actor. */
  possessive?: boolean;
  /**
   * A single common English word the tagger read as a person with nothing else saying so (no title, not a
   * given name or surname, neither acting nor owning: "there is God"): it names an actor only by joining a
   * name found elsewhere, so it cannot become the person a later "she" refers to.
   */
  commonWord?: boolean;
  /**
   * 'acronym-tag': an acronym typed an organisation only because compromise tags it so (it neither acts nor is a
   * known body); ./kept-rule-names.ts drops it where the tagger refused it ("your notes on the TVLM"; round 21).
   */
  orgCue?: 'acronym-tag';
}

/** Tags compromise gives to words that are names. */
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName', 'Country', 'City', 'Region'];
// a hyphenated title is also matched over the tokenizer's cut at its hyphen ("Director-General" may come as
// "Director" + "General", which alone read as the military rank "General")
const TITLE_SEQUENCES = NAME_TITLES.flatMap((t) => {
  const words = t.toLowerCase().split(/\s+/);
  const cut = words.flatMap((w) => w.split(/-(?=\p{L})/u));
  return cut.length > words.length ? [words, cut] : [words];
}).sort((a, b) => b.length - a.length);

function isCapitalised(token: Token): boolean {
  return /^[\p{Lu}]/u.test(token.text) || /^[\p{Ll}]+-[\p{Lu}]/u.test(token.text);
}

function hasAny(token: Token, tags: readonly string[]): boolean {
  return tags.some((t) => token.tags.has(t));
}

/** Words before "for"/"to" and a journey's destination ("bound for London", "flying to Lagos"). */
const JOURNEY_WORDS: ReadonlySet<string> = new Set(['bound', 'headed', 'heading', 'flying', 'flight', 'sailing', 'travelling', 'traveling', 'destined', 'route', 'returning', 'diverted']);

/** Punctuation in the gap after a token that ends a name (a hyphen joins instead). */
export function breaksAfter(token: Token): boolean {
  return /[,.;:!?()"“”\[\]—–'‘’]/.test(token.post);
}

/** A single capital with its period ("George W. Bush") is an initial inside a name, not the end of it. */
function breaksName(token: Token): boolean {
  if (/^\p{Lu}$/u.test(token.text) && /^\.\s+$/.test(token.post)) return false;
  // "Farmers' Union", "Airbus' plant": the apostrophe of a plural possessive, split later where it belongs
  if (/s$/.test(token.text) && /^['’]\s+$/.test(token.post)) return false;
  return breaksAfter(token);
}

function startsQuoteOrBracket(token: Token): boolean {
  return /[("“‘'\[]/.test(token.pre);
}

function stripPossessive(text: string): { text: string; possessive: boolean } {
  const m = /^(.*?)(['’]s|s['’])$/u.exec(text);
  if (m && m[1]) return { text: m[2]?.startsWith('s') ? `${m[1]}s` : m[1], possessive: true };
  return { text, possessive: false };
}

/** Title sequences by their first word without a final period, longest first: a title match looks at a handful, not all. */
const TITLES_BY_FIRST_WORD = (() => {
  const index = new Map<string, string[][]>();
  for (const seq of TITLE_SEQUENCES) {
    const key = (seq[0] as string).replace(/\.$/, '');
    index.set(key, [...(index.get(key) ?? []), seq]);
  }
  return index;
})();

function matchTitleAt(tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first) return 0;
  const candidates = TITLES_BY_FIRST_WORD.get(first.lower.replace(/['’]s$/, '').replace(/\.$/, ''));
  if (!candidates) return 0;
  for (const seq of candidates) {
    if (from + seq.length - 1 > to) continue;
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      const tok = tokens[from + k];
      const word = tok ? (tok.lower + (tok.post.startsWith('.') && seq[k]?.endsWith('.') ? '.' : '')).replace(/['’]s$/, '') : '';
      if (word !== seq[k] && `${word}.` !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return seq.length;
  }
  return 0;
}

/**
 * Lower-case role phrase written before a name: "presidential envoy", "Merkel aide", "rights activist",
 * "former Prime Minister". Returns the title text and the token where it starts.
 */
function roleBefore(text: string, tokens: readonly Token[], nameStart: number): { title: string; from: number } | null {
  let i = nameStart - 1;
  const head = tokens[i];
  if (!head || !ROLE_NOUNS.has(head.lower) || breaksAfter(head)) return null;
  let from = i;
  // adjectives, possessors and modifiers before the role noun, within a short window
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k];
    if (!t || breaksAfter(t)) break;
    // a capitalised "verb" is a name's word compromise misread ("State Department spokesman")
    if (t.tags.has('Determiner') || t.tags.has('Preposition') || (t.tags.has('Verb') && !isCapitalised(t))) break;
    // "Ishiba beat economic security minister Sanae Takaichi": a past verb after its subject's name, whatever the
    // tagger made of it, opens no title
    if (IRREGULAR_PAST.has(t.lower) && tokens[k - 1] !== undefined && isCapitalised(tokens[k - 1] as Token)) break;
    if (t.tags.has('Adjective') || t.tags.has('Noun') || TIME_BOUNDED_MODIFIERS.has(t.lower) || isCapitalised(t)) from = k;
    else break;
  }
  // "Bank of America chief executive Kenneth Lewis": capitalised words after "of" or "for" end an organisation's
  // name, which says whose the role is; they are no part of the title
  if (/^(?:of|for)$/.test(tokens[from - 1]?.lower ?? '') && isCapitalised(tokens[from - 2] as Token)) {
    while (from < i && isCapitalised(tokens[from] as Token)) from++;
  }
  const first = tokens[from];
  if (!first) return null;
  return { title: text.slice(first.start, head.end), from };
}

interface RawRun {
  first: number;
  last: number;
}

/** Maximal runs of capitalised tokens (with name particles and institution glue between them). */
function capitalisedRuns(sentence: TaggedSentence): RawRun[] {
  const { tokens } = sentence;
  const runs: RawRun[] = [];
  let current: RawRun | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const prev = tokens[i - 1];
    const breakBefore = !prev || breaksName(prev) || startsQuoteOrBracket(tok);
    if (current && breakBefore) {
      runs.push(current);
      current = null;
    }
    const next = tokens[i + 1];
    const glue =
      current !== null &&
      (NAME_PARTICLES.has(tok.lower) || INSTITUTION_GLUE.has(tok.lower)) &&
      !breaksAfter(tok) &&
      next !== undefined &&
      isCapitalised(next) &&
      !CALENDAR_WORDS.has(next.lower);
    // the lower-case tail of a hyphenated name ("Kim Jong-un", "Abu al-Khair")
    // ... or of a hyphenated word inside a longer name ("Organization for Security and Co-operation in Europe")
    const hyphenTail = current !== null && prev?.post === '-' && /^\p{Ll}/u.test(tok.text) && (tok.text.length <= 4 || continuesName(tokens, i + 1));
    const datedName = current !== null && prev !== undefined && CALENDAR_WORDS.has(prev.lower) && tokens[i - 2]?.lower === 'the' && /^\d{1,2}$/.test(tok.text) && namesBody(tokens, i + 1);
    if (isCapitalised(tok) || glue || hyphenTail || datedName || (NAME_PARTICLES.has(tok.lower) && next && isCapitalised(next) && !breaksAfter(tok))) {
      if (current) current.last = i;
      else current = { first: i, last: i };
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  // trim glue from the ends
  return runs
    .map((r) => {
      let { first, last } = r;
      while (first <= last && INSTITUTION_GLUE.has((tokens[first] as Token).lower)) first++;
      while (last >= first && (INSTITUTION_GLUE.has((tokens[last] as Token).lower) || NAME_PARTICLES.has((tokens[last] as Token).lower))) last--;
      return { first, last };
    })
    .filter((r) => r.first <= r.last);
}

/** Whether a capitalised name goes on at token `k`, directly or after glue ("... in Europe"). */
function continuesName(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next || breaksAfter(tokens[k - 1] as Token)) return false;
  if (isCapitalised(next)) return true;
  const after = tokens[k + 1];
  const glue = INSTITUTION_GLUE.has(next.lower) || NAME_PARTICLES.has(next.lower) || /^(?:in|on)$/.test(next.lower);
  return glue && after !== undefined && isCapitalised(after) && !breaksAfter(next);
}

/**
 * "the February 14 Youth Coalition", "the April 6 Movement": after "the", a date opens the name when capitalised
 * words with an institution head follow ("on March 3 Velmora Corp announced" is a date and a name).
 */
function namesBody(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && isCapitalised(tokens[k] as Token) && !breaksAfter(tokens[k] as Token)) k++;
  const last = tokens[k] && isCapitalised(tokens[k] as Token) ? tokens[k] : tokens[k - 1];
  return k > from - 1 && last !== undefined && last.index >= from && ORG_HEAD_WORDS.has(last.lower);
}

/** Splits a run at institution glue ("Russia and the United States") unless the run names an institution. */
function splitGlue(tokens: readonly Token[], run: RawRun): RawRun[] {
  const words = tokens.slice(run.first, run.last + 1);
  // "People's Republic of China", "Bosnia and Herzegovina": a country's full name stays whole
  const whole = words.map((t, k) => t.text + (k < words.length - 1 ? t.post : '')).join('');
  if (lookupCountry(stripPossessive(whole).text) !== undefined) return [run];
  const institutional = words.some((t) => ORG_HEAD_WORDS.has(t.lower.replace(/['’]s$/, '')));
  // "Shanghai Airlines and Xiamen Airlines": two institutions, each with its own head word
  const twoBodies = words.some((t) => t.lower === 'and' && ORG_HEAD_WORDS.has(tokens[t.index - 1]?.lower ?? '') && t.index < run.last - 0);
  if (institutional && !twoBodies && !words.some((t) => t.lower === 'and' && isCountryish(tokens, t.index))) return [run];
  if (institutional && twoBodies) {
    const at = words.find((t) => t.lower === 'and' && ORG_HEAD_WORDS.has(tokens[t.index - 1]?.lower ?? '')) as Token;
    return [{ first: run.first, last: at.index - 1 }, { first: at.index + 1, last: run.last }];
  }
  // glue inside a title ("Secretary of State Ann Lee") joins the title's words, not two names
  const inTitle = new Set<number>();
  for (let k = run.first; k <= run.last; k++) {
    const len = matchTitleAt(tokens, k, run.last);
    for (let j = k + 1; j < k + len - 1; j++) inTitle.add(j);
  }
  const out: RawRun[] = [];
  let start = run.first;
  for (let i = run.first; i <= run.last; i++) {
    if (INSTITUTION_GLUE.has((tokens[i] as Token).lower) && !inTitle.has(i)) {
      if (i - 1 >= start) out.push({ first: start, last: i - 1 });
      start = i + 1;
    }
  }
  if (start <= run.last) out.push({ first: start, last: run.last });
  return out;
}

function isCountryish(tokens: readonly Token[], andIndex: number): boolean {
  const before = tokens[andIndex - 1];
  return before !== undefined && lookupCountry(stripPossessive(before.text).text) !== undefined;
}

/** Splits a run at a possessive inside it: "Russia's Defense Ministry" -> "Russia's" + "Defense Ministry". */
function splitPossessive(tokens: readonly Token[], run: RawRun): RawRun[] {
  const out: RawRun[] = [];
  let start = run.first;
  for (let i = run.first; i < run.last; i++) {
    const tok = tokens[i] as Token;
    // "People's Republic", "Workers' Party", "Women's League": a plural possessive inside an institution's name
    if (/^(?:people|women|men|children|workers|farmers|veterans)['’]s?$|^\p{L}+s['’]$/iu.test(tok.text)) continue;
    if (/s$/.test(tok.text) && /^['’]/.test(tok.post) && isCommonWordName(tok.lower.slice(0, -1))) continue;
    // compromise tags the first word of "Korean People's Army" Possessive too: trust the apostrophe only
    if (/['’]s$|s['’]$/.test(tok.text) || /^['’]\s/.test(tok.post)) {
      out.push({ first: start, last: i });
      start = i + 1;
    }
  }
  out.push({ first: start, last: run.last });
  return out;
}

/**
 * Splits hyphenated compounds of two names ("Merkel-Macron summit", "US-Russia talks") when both halves look like
 * names on their own; keeps names that are hyphenated ("al-Qormozi", "Al-Wefaq", "Hewlett-Packard" with no tags).
 */
function splitHyphens(tokens: readonly Token[], run: RawRun): RawRun[] {
  const out: RawRun[] = [];
  let start = run.first;
  for (let i = run.first; i < run.last; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    // a hyphenated title is one ("Director-General", "Lieutenant-General"), though both halves are person words
    const title = matchTitleAt(tokens, i, run.last) >= 2;
    if (a.post === '-' && isCapitalised(b) && !title && !NAME_PARTICLES.has(a.lower) && looksLikeStandaloneName(a) && looksLikeStandaloneName(b)) {
      out.push({ first: start, last: i });
      start = i + 1;
    }
  }
  out.push({ first: start, last: run.last });
  return out;
}

function looksLikeStandaloneName(token: Token): boolean {
  const bare = stripPossessive(token.text).text;
  return (
    hasAny(token, ['Person', 'Country', 'Place', 'LastName', 'FirstName']) ||
    lookupCountry(bare) !== undefined ||
    lookupCapital(bare) !== undefined
  );
}

/** True when the word after the name (skipping adverbs and auxiliaries) is a finite verb: the name acts. */
function isAgentive(tokens: readonly Token[], last: number): boolean {
  const lastTok = tokens[last];
  if (lastTok && breaksAfter(lastTok) && !/^,\s*$/.test(lastTok.post)) return false;
  if (/[("“]/.test(tokens[last + 1]?.pre ?? '')) return false;
  // "a Britain-based group": the participle of a locative compound is no verb of the name
  if (lastTok && locativeCompound(tokens, last)) return false;
  const verbFrom = appositionEnd(tokens, last) ?? coordinatedNameEnd(tokens, last) ?? last;
  let reach = verbFrom + 4;
  for (let i = verbFrom + 1; i < Math.min(tokens.length, reach); i++) {
    const t = tokens[i] as Token;
    // ("North Korea test-fired a missile": the tagger splits off "test-" as a noun; round 16, `events/test-prefix`)
    if (t.tags.has('Adverb') || t.tags.has('Modal') || t.tags.has('Negative') || (t.lower === 'test' && t.post.trim() === '-')) continue;
    // "Senate Democrats on Tuesday rejected": a day between the subject and its verb
    if (t.lower === 'on' && tokens[i + 1]?.tags.has('WeekDay') && !breaksAfter(tokens[i + 1] as Token)) {
      i++;
      reach += 2;
      continue;
    }
    if (t.tags.has('Auxiliary') || t.tags.has('Copula')) {
      // "Kyiv was watching", "Moscow has found": the auxiliary carries the subject; "Caracas did not comment":
      // the negation between them is no part of the verb
      const after = tokens[i + 1]?.tags.has('Negative') ? tokens[i + 2] : tokens[i + 1];
      if (after && STATIVE_VERBS.has(after.lower)) return false;
      return after !== undefined && (after.tags.has('Verb') || after.tags.has('Gerund') || after.tags.has('Adverb'));
    }
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Participle')) return false;
    // "iTunes", and plural nouns compromise reads as verbs ("US markets were closed") do not make the name act
    if (/^\p{Ll}+\p{Lu}/u.test(t.text) || STATIVE_VERBS.has(t.lower)) return false;
    const following = tokens[i + 1];
    if (t.lower.endsWith('s') && following && !breaksAfter(t) && (following.tags.has('Auxiliary') || following.tags.has('Copula'))) return false;
    return true;
  }
  return false;
}

/**
 * "The United States and the European Union urged", "Russia and China vetoed": the last word of a second name joined
 * to this one by "and", so the verb after the pair is this name's too (the state acts as a government, not as the
 * land). Only a name of capitalised words after "and" (perhaps after "the"); undefined otherwise. NOTES.md, issue 12,
 * round 12.
 */
function coordinatedNameEnd(tokens: readonly Token[], last: number): number | undefined {
  if (tokens[last + 1]?.lower !== 'and' || breaksAfter(tokens[last] as Token) || /,/.test((tokens[last] as Token).post)) return undefined;
  let k = last + 2;
  if (tokens[k]?.lower === 'the') k++;
  if (!tokens[k] || !isCapitalised(tokens[k] as Token)) return undefined;
  while (tokens[k + 1] && isCapitalised(tokens[k + 1] as Token) && !breaksAfter(tokens[k] as Token) && !/,/.test((tokens[k] as Token).post)) k++;
  // ("Colombia and the ELN rebels agreed", "Sudan and the RSF militia signed": a common group noun after the second
  // name heads it, and the verb after it is the pair's; round 23, `names.coordinated-group-head`)
  const head = tokens[k + 1];
  if (head && !breaksAfter(tokens[k] as Token) && !/,/.test((tokens[k] as Token).post) && COORDINATED_GROUP_HEADS.has(head.lower)) k++;
  return k;
}

/** Common nouns that head an armed or political group named before them ("the M23 rebels", "the RSF militia"). */
const COORDINATED_GROUP_HEADS: ReadonlySet<string> = new Set([
  'rebels', 'rebel', 'militia', 'militias', 'separatists', 'insurgents', 'guerrillas', 'guerrilla', 'militants', 'fighters',
  'movement', 'group', 'forces', 'paramilitaries', 'army', 'government', 'authorities', 'leadership',
]);

/** Words that open an apposition or a relative clause set off by commas after a name. */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'which', 'who', 'whose', 'one']);

/**
 * "SNCF, the state rail operator, said", "the NRC, which oversees reactors, said": the last word of an apposition
 * or relative clause closed by a comma right after the name, so the verb after it is the name's. Undefined when
 * no such clause follows; a clause that a sentence break or "and" closes is a list, not an apposition.
 */
function appositionEnd(tokens: readonly Token[], last: number): number | undefined {
  const opener = tokens[last + 1];
  if (!/^,\s*$/.test(tokens[last]?.post ?? '') || !opener || !APPOSITION_OPENERS.has(opener.lower)) return undefined;
  for (let k = last + 1; k < Math.min(tokens.length, last + 14); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'and' || t.lower === 'or') return undefined;
    if (/^,\s*$/.test(t.post)) return k;
    if (breaksAfter(t)) return undefined;
  }
  return undefined;
}

/** The preposition that governs a name, past "the" and a possessor, or "" when none does. */
function prepositionBefore(tokens: readonly Token[], first: number): string {
  let i = first - 1;
  if (tokens[i]?.lower === 'the') i--;
  const possessor = tokens[i];
  if (possessor && isCapitalised(possessor) && (/['’]s$/.test(possessor.text) || /^['’]/.test(possessor.post))) i--;
  if (tokens[i]?.lower === 'the') i--;
  return tokens[i]?.lower ?? '';
}

function isLocative(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  // "in northern Turkey", "in central Nairobi", "in the far north-west of": a word of position between the
  // preposition and the name (up to two: "in far northern Kenya")
  for (let n = 0; n < 2 && LOCATIVE_POSITION_WORDS.test(tokens[i]?.lower ?? '') && !breaksAfter(tokens[i] as Token); n++) i--;
  if (tokens[i]?.lower === 'the') i--;
  // "at Singapore's Changi Airport", "from Airbus' Delivery Center": the preposition governs past the possessor
  const possessor = tokens[i];
  if (possessor && isCapitalised(possessor) && (/['’]s$/.test(possessor.text) || /^['’]/.test(possessor.post))) i--;
  if (tokens[i]?.lower === 'the') i--;
  const prev = tokens[i];
  // "a former mayor of Bogotá", "the outskirts of Kyiv": "of" after a city's office or parts is the place (round 11)
  if (prev?.lower === 'of' && !breaksAfter(prev) && PLACE_OF_NOUNS.has(tokens[i - 1]?.lower ?? '')) return true;
  // "according to the Geological Survey", "in response to Moscow": the "to" of a complex preposition points at no place
  if (prev?.lower === 'to' && NON_SPATIAL_BEFORE_TO.has(tokens[i - 1]?.lower ?? '')) return false;
  return prev !== undefined && LOCATIVE_PREPOSITIONS.has(prev.lower) && !breaksAfter(prev);
}

/** Place nouns a name right after them names ("the Libyan capital Tripoli"). */
const APPOSED_PLACE_NOUNS: ReadonlySet<string> = new Set(PLACE_APPOSITION_NOUNS);

/**
 * "clashes in the Libyan capital Tripoli killed 22", "The Kenyan capital Nairobi hosted the talks", "Libya's capital,
 * Tripoli,": a name set right after "the" (or a possessor) and a place noun is that place, never the state acting,
 * whatever verb follows.
 */
function apposedToPlaceNoun(tokens: readonly Token[], first: number): boolean {
  const noun = tokens[first - 1];
  if (!noun || !APPOSED_PLACE_NOUNS.has(noun.lower) || /[.;:!?()"“”]/.test(noun.post) || !/^\p{Ll}/u.test(noun.text)) return false;
  for (let j = first - 2; j >= Math.max(0, first - 4); j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'the' || /['’]s$/.test(t.text) || /^['’]/.test(t.post)) return true;
    if (breaksAfter(t) || t.tags.has('Verb') || t.tags.has('Preposition') || t.tags.has('Determiner')) return false;
  }
  return false;
}

/**
 * Nouns after which "of" names a place, not a state that acts: a city's or a region's office and its parts ("mayor
 * of Bogotá", "governor of Texas", "the outskirts of Kyiv", "residents of Gaza"). Id names.place-of-nouns.
 */
const PLACE_OF_NOUNS: ReadonlySet<string> = new Set([
  'mayor', 'mayors', 'governor', 'governors', 'outskirts', 'suburbs', 'residents', 'inhabitants', 'streets',
]);

/** A link between two conjuncts: "and", "or", or a list comma ("France, Germany and Italy"). */
function conjunctLink(tokens: readonly Token[], before: number): number {
  const t = tokens[before + 1];
  if (t && /^(?:and|or)$/.test(t.lower) && !breaksAfter(tokens[before] as Token)) return 1;
  if (/^,\s*$/.test((tokens[before] as Token).post)) return t && /^(?:and|or)$/.test(t.lower) ? 1 : 0;
  return -1;
}

/**
 * The first and last token of the coordination of capitalised names the name at [first, last] belongs to: "France,
 * Germany and Italy" for any of the three. A list needs "and" or "or" before its last conjunct; a possessive
 * or a lower-case word ends it. The name alone when it is not coordinated.
 */
function coordination(tokens: readonly Token[], first: number, last: number): { first: number; last: number } {
  const conjunct = (k: number) => tokens[k] !== undefined && isCapitalised(tokens[k] as Token) && !/['’]s?$/.test((tokens[k] as Token).text);
  let hasAnd = false;
  // forward: past each link and the capitalised run after it
  let end = last;
  for (let guard = 0; guard < 6; guard++) {
    const gap = conjunctLink(tokens, end);
    if (gap < 0 || !conjunct(end + gap + 1)) break;
    if (gap === 1) hasAnd = true;
    end += gap + 1;
    while (conjunct(end + 1) && !breaksAfter(tokens[end] as Token)) end++;
    if (gap === 1) break; // "and" closes the list
  }
  // backward: a capitalised run ending right before a link
  let start = first;
  for (let guard = 0; guard < 6; guard++) {
    let prevEnd = start - 1;
    const andWord = /^(?:and|or)$/.test(tokens[prevEnd]?.lower ?? '');
    if (andWord) prevEnd--;
    const prev = tokens[prevEnd];
    if (!prev || !conjunct(prevEnd)) break;
    // "X and Y": nothing ends X; "X, Y": X ends with the list comma and nothing else
    if (andWord ? breaksAfter(prev) : !/^,\s*$/.test(prev.post)) break;
    if (andWord) hasAnd = true;
    start = prevEnd;
    while (start > 0 && conjunct(start - 1) && !breaksAfter(tokens[start - 1] as Token)) start--;
  }
  return hasAnd ? { first: start, last: end } : { first, last };
}

/** Whether the capitalised run starting at `first` is a country or city the gazetteer knows. */
function firstConjunctIsPlace(text: string, tokens: readonly Token[], first: number): boolean {
  let end = first;
  while (tokens[end + 1] && isCapitalised(tokens[end + 1] as Token) && !breaksAfter(tokens[end] as Token)) end++;
  const name = text.slice((tokens[first] as Token).start, (tokens[end] as Token).end);
  return lookupCountry(name) !== undefined || lookupCity(name) !== undefined;
}

/** A place-type word right after the name ("Zaporizhzhia region") or "the village of X" before it. */
function placeTypeAround(tokens: readonly Token[], first: number, last: number): PlaceKind | undefined {
  const after = tokens[last + 1];
  const lastTok = tokens[last];
  if (after && lastTok && !breaksAfter(lastTok)) {
    const kind = own(PLACE_TYPE_WORDS, after.lower);
    if (kind && !isCapitalised(after)) return kind;
  }
  const of = tokens[first - 1];
  const typeWord = tokens[first - 2];
  if (of?.lower === 'of' && typeWord) return own(PLACE_TYPE_WORDS, typeWord.lower);
  return undefined;
}

function orgHeadIn(words: readonly Token[]): boolean {
  return words.some((t, k) => k > 0 && ORG_HEAD_WORDS.has(stripPossessive(t.lower).text));
}

/** Plural demonyms and nationality nouns are not names of actors on their own ("Bahrainis", "Americans"). */
function isDemonymWord(text: string): boolean {
  // "Asian markets fell": a continent's or region's adjective is no more a name than a country's demonym
  if (REGIONAL_DEMONYMS.has(text.toLowerCase())) return true;
  // ("The Philippines signed", "Laos agreed": a country's own name that looks like a demonym's plural is the country;
  // "Saudi", which its country lists as a demonym, stays one; round 21, `names.country-not-demonym-plural`)
  const country = lookupCountry(text);
  if (country && !country.demonyms.includes(text)) return false;
  return lookupDemonym(text) !== undefined || (text.endsWith('s') && lookupDemonym(text.slice(0, -1)) !== undefined);
}

/**
 * The last word of a company's name before its legal forms (the name's last token is one): "Merrill Lynch & Co."
 * drops the ampersand with the form; "Daesan Motor Co Ltd" and "Kurogane Steel Co., Ltd." stack two forms (East Asian
 * companies write "Co Ltd"), both dropped, so the record is "Daesan Motor", as the report's later "Daesan Motor
 * said" writes it (round 25). The first word always stays.
 */
function beforeLegalForms(nameTokens: readonly Token[], ampersand: boolean): Token | undefined {
  let k = nameTokens.length - (ampersand ? 3 : 2);
  while (k > 0 && CORPORATE_SUFFIXES.has((nameTokens[k] as Token).lower.replace(/,$/, ''))) k--;
  return nameTokens[k];
}

function canonicalOrgName(tokens: readonly Token[], text: string, first: number): string {
  const before = tokens[first - 1];
  if (before && /['’]s$/.test(before.text)) {
    const country = lookupCountry(stripPossessive(before.text).text);
    const demonym = country?.demonyms[0];
    if (demonym) return `${demonym} ${text}`;
  }
  return text;
}

/**
 * A country named as a party: right before a role, group or act of a state ("U.S. envoy", "U.S. presidential
 * envoy", "Russian troops" is a demonym and handled elsewhere), or in "between X and Y".
 */
function actsAsParty(tokens: readonly Token[], first: number, last: number): boolean {
  const lastTok = tokens[last];
  if (!lastTok) return false;
  // "a Britain-based monitoring group", "a London-born banker": where a body sits or a person was born is the land
  if (locativeCompound(tokens, last)) return false;
  if (!breaksAfter(lastTok)) {
    for (const t of [tokens[last + 1], tokens[last + 2]]) {
      if (!t || isCapitalised(t)) break;
      if (ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || STATE_ACT_NOUNS.has(t.lower)) return true;
      if (!t.tags.has('Adjective')) break;
    }
  }
  const before = tokens.slice(Math.max(0, first - 6), first).map((t) => t.lower);
  return before.includes('between') && (tokens[first - 1]?.lower === 'between' || tokens[first - 1]?.lower === 'and' || tokens[first - 1]?.lower === 'the');
}

/** Whether the name ending at `last` is joined by a hyphen to a participle of LOCATIVE_COMPOUNDS ("Britain-based"). */
function locativeCompound(tokens: readonly Token[], last: number): boolean {
  return (tokens[last] as Token).post === '-' && LOCATIVE_COMPOUNDS.has(tokens[last + 1]?.lower ?? '');
}

/** "blame Moscow", "urged Kyiv": a capital as the object of a verb (not of a verb of motion) is its state. */
function objectOfVerb(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined || breaksAfter(prev) || !prev.tags.has('Verb')) return false;
  const stem = prev.lower.replace(/(?:ed|d|s|ing)$/, '');
  return PRESSURE_VERB_STEMS.some((v) => stem === v || prev.lower === v);
}

/** Verbs whose object is someone who can answer: "blame Moscow", "urged Kyiv", "accused Washington". */
const PRESSURE_VERB_STEMS = [
  'blame', 'accus', 'accuse', 'urge', 'urg', 'warn', 'press', 'pressur', 'pressure', 'criticiz', 'criticis', 'condemn',
  'thank', 'ask', 'told', 'tell', 'sanction', 'support', 'back', 'call', 'invit', 'invite', 'threaten', 'punish',
  'recogniz', 'recognis', 'lobb', 'lobby', 'persuad', 'convinc', 'trust', 'distrust', 'fight', 'attack', 'fought',
];

/** What the rest of the article tells about a sentence's words. */
export interface NameContext {
  /** Lower-case words seen capitalised in mid-sentence: a sentence-initial capital of one of them is a name. */
  midSentenceNames?: ReadonlySet<string>;
  /** Of those, the words written capitalised mid-sentence on their own, not inside a longer name ("Hamas" in
   * "attacked by Hamas", not "Health" in "the World Health Organization"). */
  midSentenceSoloNames?: ReadonlySet<string>;
}

/** Lower-case words written capitalised mid-sentence with no capitalised word beside them. */
export function midSentenceSoloNames(sentences: readonly TaggedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (s.blockKind !== 'paragraph') continue;
    s.tokens.forEach((t, i) => {
      const prev = s.tokens[i - 1];
      const next = s.tokens[i + 1];
      if (i === 0 || !prev || /[.:!?"“]\s*$/.test(prev.post) || startsQuoteOrBracket(t) || !isCapitalised(t)) return;
      if (isCapitalised(prev) || (next && !breaksAfter(t) && isCapitalised(next))) return;
      out.add(t.lower);
    });
  }
  return out;
}

/** Lower-case words written capitalised somewhere other than at the start of a sentence. */
export function midSentenceNames(sentences: readonly TaggedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (s.blockKind !== 'paragraph') continue;
    s.tokens.forEach((t, i) => {
      const prev = s.tokens[i - 1];
      if (i > 0 && prev && !/[.:!?"“]\s*$/.test(prev.post) && !startsQuoteOrBracket(t) && isCapitalised(t)) out.add(t.lower);
    });
  }
  return out;
}

/** Months, weekdays, holidays, pronouns, units and model numbers: capitalised, but never an actor or place. */
function isNonName(name: string, nameTokens: readonly Token[]): boolean {
  const lower = name.toLowerCase();
  if (CALENDAR_WORDS.has(lower) || HOLIDAYS.has(lower) || PROCESS_NAMES.has(lower) || name === 'I') return true;
  // "the North", "the South" alone are sides of a conflict the text names in full elsewhere
  if (/^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/.test(lower)) return true;
  if (NON_ACTOR_ACRONYMS.has(name.toUpperCase().replace(/\./g, ''))) return true;
  // "A380", "787", "iPhone 3G": names with digits in one word are products and models
  return (nameTokens.length === 1 && /\d/.test(name)) || compoundOfPeoples(name);
}

/**
 * "Franco-German", "Sino-Russian", "Turkish-Syrian", "Israeli-Palestinian": a hyphenated compound of peoples
 * (combining forms or nationality adjectives, at least one of them an adjective the gazetteer knows) describes a
 * relation between them and names nobody; "Indo-Pacific" and "Euro-Atlantic" (a region, a bloc) are left alone.
 */
export function compoundOfPeoples(name: string): boolean {
  const parts = name.split('-');
  if (parts.length < 2 || parts.some((p) => !/^\p{Lu}\p{Ll}+$/u.test(p))) return false;
  const demonym = (p: string): boolean => lookupDemonym(p) !== undefined && lookupCountry(p) === undefined;
  const last = parts[parts.length - 1] as string;
  return demonym(last) && parts.slice(0, -1).every((p) => DEMONYM_COMBINING_FORMS.has(p.toLowerCase()) || demonym(p));
}

/** "Amara Okafor, the speaker of ...", "Lena Varga, a prominent activist": a role in apposition makes a person. */
function appositiveRole(tokens: readonly Token[], last: number): boolean {
  const lastTok = tokens[last];
  if (!lastTok || !/^,\s*$/.test(lastTok.post)) return false;
  for (let k = last + 1; k < Math.min(tokens.length, last + 8); k++) {
    const t = tokens[k] as Token;
    if (ROLE_NOUNS.has(t.lower) || t.lower === 'speaker' || t.lower === 'deputies') return true;
    if (breaksAfter(t) || t.tags.has('Verb')) return false;
  }
  return false;
}

/** A capitalised word that is no English word and no function word ("Northrop ..."): a name even at the start of a sentence. */
function unknownWordName(token: Token, inHeading: boolean): boolean {
  if (inHeading || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
  if (hasAny(token, ['Verb', 'Adjective', 'Adverb', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Plural', 'QuestionWord', 'Value', 'Date'])) return false;
  const lower = token.lower;
  return !isCommonWordName(lower) && !(lower.endsWith('s') && isCommonWordName(lower.slice(0, -1)));
}

/** "Air Canada", "Air India": "Air" before a country or city names an airline. */
function airlineName(tokens: readonly Token[], first: number, last: number): boolean {
  const a = tokens[first];
  const b = tokens[first + 1];
  if (!a || !b || a.lower !== 'air' || first + 1 > last) return false;
  const rest = stripPossessive(b.text).text;
  return lookupCountry(rest) !== undefined || lookupCapital(rest) !== undefined || lookupCity(rest) !== undefined;
}

/**
 * "Ruritanian Army Chief of Staff Colonel Marek Novak", "Apple CEO Steve Jobs": a title chain inside a
 * run separates the name of a body from the person who holds the title; both are names of their own.
 */
function splitTitledPerson(tokens: readonly Token[], run: RawRun): RawRun[] {
  // a run that is only a title ("Chief Operating Officer") is left whole, to be dropped as a bare title
  if (matchTitleAt(tokens, run.first, run.last) === run.last - run.first + 1) return [run];
  // "Chairman and Chief Operating Officer of AirTran Airways": titles of a body; the body is the name
  let at = run.first;
  for (let guard = 0; guard < 4 && at <= run.last; guard++) {
    const len = matchTitleAt(tokens, at, run.last);
    if (len > 0) at += len;
    else if (tokens[at]?.lower === 'and' && at > run.first) at += 1;
    else break;
  }
  if (at > run.first && tokens[at]?.lower === 'of' && at < run.last) return [{ first: at + 1, last: run.last }];
  // "Apple Computer CEO" (the holder follows after "and co-founder"): the body is the name
  for (let k = run.first + 1; k <= run.last; k++) {
    const len = matchTitleAt(tokens, k, run.last);
    if (len > 0 && k + len - 1 === run.last && !HONORIFICS.has(tokens[k]!.lower.replace(/\.$/, ''))) {
      const prefix = tokens.slice(run.first, k);
      if (prefix.length === 1 && (lookupDemonym(prefix[0]!.text) || lookupCountry(prefix[0]!.text))) break;
      if (hasAny(prefix[prefix.length - 1]!, ['Person', 'FirstName', 'LastName'])) break;
      return [{ first: run.first, last: k - 1 }];
    }
  }
  for (let k = run.last - 1; k > run.first; k--) {
    const len = matchTitleAt(tokens, k, run.last);
    if (len === 0 || k + len > run.last) continue;
    const nameToks = tokens.slice(k + len, run.last + 1);
    if (nameToks.length > 4 || nameToks.some((t) => ORG_HEAD_WORDS.has(stripPossessive(t.lower).text) || INSTITUTION_GLUE.has(t.lower))) continue;
    if (!nameToks.some((t) => hasAny(t, ['Person', 'FirstName', 'LastName'])) && nameToks.length < 2) continue;
    // a longer title may hold this one ("Prime Minister"), and titles may precede it ("Chief of Staff Colonel")
    let start = k;
    for (let j = Math.max(run.first, k - 3); j < k; j++) {
      if (matchTitleAt(tokens, j, run.last) >= k - j + 1) {
        start = j;
        break;
      }
    }
    for (let guard = 0; guard < 3; guard++) {
      let moved = false;
      for (const seq of TITLE_SEQUENCES) {
        const from = start - seq.length;
        if (from >= run.first && matchTitleAt(tokens, from, start - 1) === seq.length) {
          start = from;
          moved = true;
          break;
        }
      }
      if (!moved) break;
    }
    if (start === run.first) return [run];
    const prefixLast = start - 1;
    const prefix = tokens.slice(run.first, prefixLast + 1);
    // a lone demonym or country before a title stays with the title ("Russian President X")
    if (prefix.length === 1 && (lookupDemonym(prefix[0]!.text) || lookupCountry(prefix[0]!.text))) return [run];
    return [{ first: run.first, last: prefixLast }, { first: start, last: run.last }];
  }
  return [run];
}

/** An unknown name that owns a company part ("Airbus chief executive") or is the agent of a passive ("by Airbus"). */
function ownerCue(tokens: readonly Token[], first: number, last: number): boolean {
  const lastTok = tokens[last];
  const next = tokens[last + 1];
  if (lastTok && next && !breaksAfter(lastTok) && !isCapitalised(next) &&
    (COMPANY_PART_NOUNS.has(next.lower) || ORG_HEAD_WORDS.has(next.lower) || next.lower === 'newspaper')) return true;
  const prev = tokens[first - 1];
  // "German airline Lufthansa", "Los Angeles based Northrop Grumman": a company noun or "based" before the name
  if (prev && !breaksAfter(prev) && (COMPANY_NOUNS_BEFORE.has(prev.lower) || /(?:^|-)based$/.test(prev.lower))) return true;
  const endsPhrase = !next || breaksAfter(lastTok as Token) || hasAny(next, ['Preposition', 'Conjunction', 'Verb', 'Adverb']);
  // "was bought by X", "under development by X": the agent of a verb or of an action noun; a body is led, headed
  // or founded by a person ("the party, led by Akhilesh Yadav,")
  const governor = tokens[first - 2];
  return prev?.lower === 'by' && !breaksAfter(prev) && endsPhrase && !hasAny(tokens[first] as Token, ['Demonym', 'Adjective']) &&
    governor !== undefined && !PERSON_AGENT_VERBS.has(governor.lower) && (governor.tags.has('Verb') || (governor.tags.has('Noun') && !isCapitalised(governor)));
}

/**
 * Participles whose agent is a person far more often than a company ("led by", "founded by", "written by").
 * Not "hosted" or "presented": companies host events ("an event hosted by Apple"; meantime tune lost a company).
 */
const PERSON_AGENT_VERBS: ReadonlySet<string> = new Set([
  'led', 'headed', 'chaired', 'founded', 'co-founded', 'cofounded', 'commanded', 'coached', 'captained', 'directed',
  'written', 'authored', 'narrated', 'composed', 'painted', 'sung',
]);

/** Words that make the number before them an amount, not a model ("3 million", "40 percent", "200 euros"). */
const AMOUNT_AFTER_NUMBER = /^(?:million|billion|trillion|thousand|hundred|percent|per|euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|shares|jobs|workers|employees|people|tonnes|tons|barrels)$/;

/** "Adam Air Flight 574": the airline is the name; the flight number is not. "Airbus A380": the maker is. */
function trimFlight(tokens: readonly Token[], run: RawRun): RawRun[] {
  const lastTok = tokens[run.last];
  const next = tokens[run.last + 1];
  // "Rolls-Royce Trent 900 engines": the word before a model number names the model, not the maker
  // ("fined Osric Mining 3 million dollars": a number of an amount after the name is no model's)
  if (run.last > run.first && lastTok && !breaksAfter(lastTok) && next && /^\d+$/.test(next.text) && lastTok.lower !== 'flight' &&
    !/['’]s$/.test(lastTok.text) && !AMOUNT_AFTER_NUMBER.test(tokens[run.last + 2]?.lower ?? '')) return [{ first: run.first, last: run.last - 1 }];
  if (run.last > run.first && lastTok && /\d/.test(lastTok.text) && !/\d/.test(tokens[run.last - 1]?.text ?? '0')) return [{ first: run.first, last: run.last - 1 }];
  if (run.last > run.first && lastTok?.lower === 'flight' && next && /^\d/.test(next.text)) return [{ first: run.first, last: run.last - 1 }];
  return [run];
}

/** A capitalised run after sentence-initial capitals and pronouns are dropped, with its titles split off. */
interface NameRun {
  first: number;
  last: number;
  nameFirst: number;
  titles: string[];
  honorific: boolean;
}

/** What a classification step decided: a mention, 'skip' (not a name), or undefined (the next step decides). */
type NameDecision = NameMention | 'skip' | undefined;

/** The facts about one name run every classification step reads. */
interface NameFacts {
  text: string;
  tokens: readonly Token[];
  nameFirst: number;
  last: number;
  nameTokens: readonly Token[];
  startTok: Token;
  endTok: Token;
  name: string;
  titles: readonly string[];
  honorific: boolean;
  possessive: boolean;
  agentive: boolean;
  locative: boolean;
  placeType: PlaceKind | undefined;
  base: Omit<NameMention, 'cls'>;
}

/**
 * Finds the proper-name mentions of a sentence and classifies each as person, organisation, government
 * (a state or its seat acting), or place. Titles are split off, possessives stripped, compounds split.
 */
export function findNames(text: string, sentence: TaggedSentence, context: NameContext = {}): NameMention[] {
  const { tokens } = sentence;
  const inHeading = sentence.blockKind !== 'paragraph';
  const mentions: NameMention[] = [];
  const runs = capitalisedRuns(sentence)
    .flatMap((r) => splitPossessive(tokens, r))
    .flatMap((r) => splitGlue(tokens, r))
    .flatMap((r) => splitHyphens(tokens, r))
    .flatMap((r) => splitTitledPerson(tokens, r))
    .flatMap((r) => trimFlight(tokens, r));
  for (const raw of runs) {
    const run = nameRun(text, tokens, raw, inHeading, context);
    if (!run) continue;
    const facts = nameFacts(text, sentence, run, inHeading);
    if (!facts) continue;
    const decision = classifyByLists(facts) ?? classifyByContext(facts);
    if (decision && decision !== 'skip') mentions.push(decision);
  }
  return mentions;
}

/** Whether the capitalised word at `k` is a common English word modifying the lower-case group noun after it. */
function commonModifierOfGroup(tokens: readonly Token[], k: number, context: NameContext): boolean {
  const word = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || breaksAfter(word) || !/^\p{Ll}+$/u.test(next.text) || !GROUP_NOUNS.has(next.lower)) return false;
  // a word written capitalised mid-sentence only inside a longer name ("the World Health Organization") is still a
  // common word before "officials" ("Health officials said")
  if ((context.midSentenceSoloNames ?? context.midSentenceNames)?.has(word.lower) || lookupDemonym(word.text) || lookupCountry(word.text)) return false;
  return isEnglishWord(word.lower);
}

/** Drops a capital that only opens the sentence and leading pronouns, then splits titles off the front. */
function nameRun(text: string, tokens: readonly Token[], run: RawRun, inHeading: boolean, context: NameContext): NameRun | undefined {
  let { first } = run;
  const { last } = run;
  const firstTok = tokens[first] as Token;
  // A capital that only marks the start of a sentence or heading.
  const sentenceInitial = first === 0 || startsQuoteOrBracket(firstTok) || tokens[first - 1]?.post.includes(':');
  // "Apple Computer today launched": a plain singular noun opening a longer capitalised run is part of the name
  const nounOpensName = !inHeading && last > first && isCapitalised(tokens[first + 1] as Token) && firstTok.tags.has('Singular') &&
    !hasAny(firstTok, ['Verb', 'Adjective', 'Adverb', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Value', 'Date']);
  if (sentenceInitial && !hasAny(firstTok, NAME_TAGS) && !context.midSentenceNames?.has(firstTok.lower) && !unknownWordName(firstTok, inHeading) && !nounOpensName &&
    !opensNameOfCommonWord(tokens, first, last)) {
    if (matchTitleAt(tokens, first, last) === 0 && !airlineName(tokens, first, last)) first++;
  }
  // "Aid workers said", "Rescue workers searched", "Security forces fired": a common English word opening the
  // sentence before a lower-case group noun is its modifier, however compromise tags the phrase, unless the article
  // also writes it capitalised mid-sentence ("Apple workers" in a story about Apple)
  if (sentenceInitial && first === last && commonModifierOfGroup(tokens, first, context)) return undefined;
  // a pronoun is never part of a name ("He", "We" opening a sentence or a quote)
  while (first <= last && (tokens[first] as Token).tags.has('Pronoun')) first++;
  if (first > last) return undefined;
  if (inHeading && tokens.slice(first, last + 1).every((t) => !hasAny(t, NAME_TAGS))) return undefined;
  const { nameFirst, titles, honorific } = leadingTitles(text, tokens, first, last);
  if (nameFirst > last) return undefined;
  const role = roleBefore(text, tokens, nameFirst === first ? first : nameFirst);
  if (role && nameFirst === first) titles.push(role.title);
  return { first, last, nameFirst, titles, honorific };
}

/**
 * "White House officials said", "State Department spokesman X said": at a sentence's start, a
 * capitalised modifier before one capitalised singular common noun is the name's first word, as the noun alone
 * ("House", "Department", "Court") would be no name; a determiner, adverb or number opening the sentence is not,
 * and before a plural ("Senior Democrats") the capital only opens the sentence.
 */
function opensNameOfCommonWord(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first + 1];
  if (last !== first + 1 || !head || !isCapitalised(head) || head.tags.has('Plural') || !isCommonWordName(head.text)) return false;
  // a sentence that is only the phrase ("Great Service!", a review's title) or goes on with "and" is no evidence
  const after = tokens[last + 1];
  if (!after || breaksAfter(head) || after.tags.has('Conjunction')) return false;
  const opener = tokens[first] as Token;
  // compromise reads a sentence-opening "State" as an imperative; a real imperative rarely has a capitalised object
  if (opener.tags.has('Verb') && !opener.tags.has('Imperative')) return false;
  return !hasAny(opener, ['Determiner', 'Pronoun', 'Adverb', 'Value', 'Preposition', 'Conjunction', 'QuestionWord', 'Date']);
}

/** Titles at the front of a run: a demonym or country before a title, then the title, then the name. */
function leadingTitles(text: string, tokens: readonly Token[], first: number, last: number): { nameFirst: number; titles: string[]; honorific: boolean } {
  const titles: string[] = [];
  let nameFirst = first;
  let honorific = false;
  for (let guard = 0; guard < 4 && nameFirst <= last; guard++) {
    const tok = tokens[nameFirst] as Token;
    const bare = stripPossessive(tok.text).text;
    const titleLen = matchTitleAt(tokens, nameFirst, last);
    if (titleLen > 0 && nameFirst + titleLen <= last) {
      const titleText = text.slice(tok.start, (tokens[nameFirst + titleLen - 1] as Token).end);
      const modifier = tokens[nameFirst - 1];
      const bounded = modifier && TIME_BOUNDED_MODIFIERS.has(modifier.lower.replace(/-$/, '')) ? `${modifier.text} ` : '';
      titles.push(`${bounded}${titleText}`.replace(/\.$/, HONORIFICS.has(tok.lower.replace(/\.$/, '')) ? '.' : ''));
      if (HONORIFICS.has(tok.lower.replace(/\.$/, ''))) honorific = true;
      nameFirst += titleLen;
      continue;
    }
    if (nameFirst < last && (lookupDemonym(bare) || (lookupCountry(bare) && matchTitleAt(tokens, nameFirst + 1, last) > 0)) &&
      matchTitleAt(tokens, nameFirst + 1, last) > 0) {
      nameFirst += 1;
      continue;
    }
    break;
  }
  return { nameFirst, titles, honorific };
}

/** The span, possessive and syntactic position of a run's name; undefined when the run holds no letter. */
function nameFacts(text: string, sentence: TaggedSentence, run: NameRun, inHeading: boolean): NameFacts | undefined {
  const { tokens } = sentence;
  const { nameFirst, last, titles, honorific } = run;
  const nameTokens = tokens.slice(nameFirst, last + 1);
  const startTok = nameTokens[0] as Token;
  const endTok = nameTokens[nameTokens.length - 1] as Token;
  const stripped = stripPossessive(text.slice(startTok.start, endTok.end));
  const name = stripped.text;
  // "Airbus' Delivery Center": the apostrophe of a plural-style possessive is split off by the tagger
  const possessive = stripped.possessive || endTok.tags.has('Possessive') || (/s$/.test(endTok.text) && /^['’]/.test(endTok.post));
  if (!/\p{L}/u.test(name)) return undefined;
  // conjuncts share their position: "France and Germany signed" (both act), "from Chad and Niger" (both places)
  const chain = coordination(tokens, nameFirst, last);
  // "a jet bound for London crashed": the destination of a journey is no subject of the verb after it
  const governed = /^(?:for|to)$/.test(tokens[chain.first - 1]?.lower ?? '') && JOURNEY_WORDS.has(tokens[chain.first - 2]?.lower ?? '');
  const agentive = !possessive && !governed && isAgentive(tokens, chain.last);
  // a preposition before the list governs every conjunct only in a list of places ("to Mwangi and Otieno" names people)
  const locative = !possessive && (isLocative(tokens, nameFirst) || apposedToPlaceNoun(tokens, nameFirst) || (chain.first < nameFirst && isLocative(tokens, chain.first) && firstConjunctIsPlace(text, tokens, chain.first)));
  const base = {
    text: name,
    start: startTok.start,
    end: startTok.start + name.length,
    sentenceIndex: sentence.index,
    firstToken: nameFirst,
    lastToken: last,
    titles,
    agentive,
    locative,
    inHeading,
    canonical: name,
  };
  return {
    text, tokens, nameFirst, last, nameTokens, startTok, endTok, name, titles, honorific, possessive, agentive, locative,
    placeType: placeTypeAround(tokens, nameFirst, last), base,
  };
}

/** Decisions from what the name is (known bodies, titles alone, sites, suffixes, seats, countries, capitals, heads). */
function classifyByLists(f: NameFacts): NameDecision {
  const { text, tokens, nameFirst, last, nameTokens, startTok, endTok, name, titles, honorific, agentive, locative, placeType, base } = f;
  const known = own(KNOWN_ORGANIZATIONS, name);
  if (known) return { ...base, cls: 'organization', canonical: known };
  if (isNonName(name, nameTokens)) return 'skip';
  if (nameTokens.length === 1 && isDemonymWord(name)) return 'skip';
  // "Madagascan opposition": a nationality adjective the data lacks, before a common noun
  const following = tokens[last + 1];
  if (nameTokens.length === 1 && /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish)$/u.test(name) && following && !isCapitalised(following) &&
    !breaksAfter(endTok) && hasAny(following, ['Noun']) && !lookupCity(name) && !lookupCapital(name)) return 'skip';
  // a title standing alone ("the Prime Minister said") is resolved to its holder elsewhere
  if (titles.length === 0 && matchTitleAt(tokens, nameFirst, last) === nameTokens.length) return 'skip';
  const headWord = stripPossessive(endTok.lower).text;
  if (nameTokens.length > 1 && EVENT_HEAD_WORDS.has(headWord)) return 'skip';
  if (airlineName(tokens, nameFirst, last)) return { ...base, cls: 'organization' };
  // a seat of government named after its street or hill ("Downing Street", "Capitol Hill") stands for the
  // government before its site head is read: "A Downing Street spokesman said" (the place only where it is one)
  const seat = lookupSeatOfGovernment(name);
  if (seat) return { ...base, cls: locative && !agentive ? 'place' : 'government', country: seat, placeKind: 'site' };
  const surnameLike = SURNAME_LIKE_SITE_HEADS.has(headWord) && hasAny(startTok, ['FirstName']);
  if (nameTokens.length > 1 && titles.length === 0 && !honorific && !surnameLike && (SITE_HEAD_WORDS.has(headWord) || (LOCATIVE_SITE_HEAD_WORDS.has(headWord) && locative && !agentive))) {
    return { ...base, cls: 'place', placeKind: 'site' };
  }
  // "Merrill Lynch & Co.": the legal form goes with the ampersand before it
  const ampersand = nameTokens.length > 2 && /^(?:&|and)$/.test(nameTokens[nameTokens.length - 2]?.lower ?? '');
  const suffix = nameTokens.length > 1 && CORPORATE_SUFFIXES.has(endTok.lower) ? beforeLegalForms(nameTokens, ampersand) : undefined;
  if (suffix) return { ...base, cls: 'organization', canonical: text.slice(startTok.start, suffix.end) };
  const country = lookupCountry(name);
  if (country && nameTokens.length <= 4) {
    // the state when it acts, is named as a party or qualifies what a state does ("U.S. proposals");
    // "in France", "Japan's airline" are the place
    const isPlace = (!agentive && !actsAsParty(tokens, nameFirst, last)) || locative || placeType !== undefined;
    return { ...base, cls: isPlace ? 'place' : 'government', country, placeKind: 'country', canonical: country.name };
  }
  if (nameTokens.length === 1 && isDemonymWord(name)) return 'skip';
  if (titles.length === 0 && nameTokens.length === 1 && matchTitleAt(tokens, nameFirst, nameFirst) > 0) return 'skip';
  const capital = lookupCapital(name);
  if (capital && !orgHeadIn(nameTokens)) {
    const isPlace = (!agentive && !objectOfVerb(tokens, nameFirst)) || locative;
    return { ...base, cls: isPlace ? 'place' : 'government', country: capital, placeKind: 'city' };
  }
  if (orgHeadIn(nameTokens) || ORG_HEAD_WORDS.has(stripPossessive(endTok.lower).text) && nameTokens.length > 1) {
    return { ...base, cls: 'organization', canonical: canonicalOrgName(tokens, name, nameFirst) };
  }
  if (placeType) return { ...base, cls: 'place', placeKind: placeType };
  return undefined;
}

/** The state an abbreviation names when it follows a city and a comma ("Jericho, N.Y."), else undefined. */
function stateAfterCity(tokens: readonly Token[], nameFirst: number, name: string): string | undefined {
  const written = own(US_STATE_ABBREVIATIONS, name) ?? own(US_STATE_ABBREVIATIONS, `${name}.`);
  const city = tokens[nameFirst - 1];
  return written !== undefined && city !== undefined && /^\p{Lu}/u.test(city.text) && /^,\s*$/.test(city.post) ? written : undefined;
}

/** Decisions from tags and the words around a name no list placed (persons, acronyms, towns, owners, things). */
function classifyByContext(f: NameFacts): NameDecision {
  const { tokens, nameFirst, last, nameTokens, endTok, name, titles, honorific, possessive, agentive, locative, base } = f;
  // "Getty, based in Jericho, N.Y., said": a state abbreviated after a city is the state (it was an organisation and
  // spoke for the company)
  const state = stateAfterCity(tokens, nameFirst, name);
  if (state) return { ...base, cls: 'place', placeKind: 'region', canonical: state };
  const personTagged = nameTokens.some((t) => hasAny(t, ['Person', 'FirstName', 'LastName', 'Honorific']));
  const placeTagged = nameTokens.some((t) => hasAny(t, ['Place', 'Country', 'City', 'Region']));
  // compromise reads some acronyms as people; an acronym named like a person is a body ("ANA", "GAO")
  if (personTagged && titles.length === 0 && !honorific && /^[\p{Lu}.&]{2,}$/u.test(name)) return { ...base, cls: 'organization' };
  if (titles.length > 0 || honorific || (personTagged && !placeTagged && !locative)) return { ...base, cls: 'person' };
  // a name that acts is rarely a town (capitals acting were handled above)
  // (a city written in capitals, as datelines write it, "DETROIT (AP) -", is no acronym)
  const capitalsCity = placeTagged && name.length >= 4 && /^\p{Lu}+(?:\s\p{Lu}+)*$/u.test(name) && lookupCity(name) !== undefined;
  const acronym = /^[\p{Lu}.&]+$/u.test(name) && !capitalsCity;
  // "we have NEVER had", "ALWAYS call ahead": a word in capitals that compromise reads as an adverb or a negation
  // (not as an acronym) is emphasis in web and forum text, no body (round 20, `names/capitals-for-emphasis`)
  if (acronym && nameTokens.length === 1 && hasAny(endTok, ['Adverb', 'Negative']) && !hasAny(endTok, ['Acronym', 'Organization', 'Noun'])) return 'skip';
  const city = (agentive && !locative) || (acronym && !locative) ? undefined : lookupCity(name, { placeContext: locative });
  // "in the Shia neighborhoods", "in Western nations": the preposition governs the noun the name modifies
  const nextTok = tokens[last + 1];
  const modifier = !breaksAfter(endTok) && nextTok !== undefined && !isCapitalised(nextTok) && hasAny(nextTok, ['Noun']) &&
    !hasAny(nextTok, ['Date', 'Pronoun']) && own(PLACE_TYPE_WORDS, nextTok.lower) === undefined;
  if (acronym && !placeTagged && !city) {
    // ("the ANC's headquarters", "the PDP's candidate": an acronym owning a member or a body's part; round 23)
    if (agentive || (possessive && ownsBodyPart(tokens, last))) return { ...base, cls: 'organization' };
    return nameTokens.some((t) => t.tags.has('Organization')) ? { ...base, cls: 'organization', orgCue: 'acronym-tag' } : 'skip';
  }
  // a name no list knows is a place only after a preposition of position ("in", "near"): "awarded to X",
  // "skewed towards X" more often name a recipient than a destination
  const spatial = locative && STRONG_LOCATIVES.has(prepositionBefore(tokens, nameFirst));
  if ((placeTagged || spatial || city) && !(modifier && !city && !placeTagged)) return { ...base, cls: 'place', placeKind: city ? 'city' : 'other' };
  // ("Aid agencies said", "Relief agencies": compromise tags the word before a lower-case plural of bodies as part of
  // an organisation; the plural is a kind of body, and the word a common modifier of it)
  const bodyKindAfter = nextTok !== undefined && !breaksAfter(endTok) && /^\p{Ll}/u.test(nextTok.text) && nextTok.tags.has('Plural') && nextTok.tags.has('Organization');
  if ((nameTokens.some((t) => t.tags.has('Organization')) && !bodyKindAfter) || (/^\p{Lu}{2,6}$/u.test(name) && agentive)) return { ...base, cls: 'organization' };
  if (nameTokens.length >= 2 && nameTokens.length <= 4 && appositiveRole(tokens, last)) return { ...base, cls: 'person' };
  if (!personTagged && !placeTagged && !/^\p{Lu}+$/u.test(name) && ownerCue(tokens, nameFirst, last)) return { ...base, cls: 'organization' };
  // "the new Nano comes in two colours", "the Dreamliner will fly": a determiner before an unknown name marks a thing
  const det = tokens[nameFirst - 1];
  const determined = det !== undefined && (det.tags.has('Determiner') || det.tags.has('Possessive') || det.lower === 'new') && !personTagged;
  // "Tarkel Shipping", "Velmor Semiconductors": a name no list placed that ends in an industry noun is a company
  if (nameTokens.length >= 2 && INDUSTRY_HEADS.has(endTok.lower)) return { ...base, cls: 'organization' };
  if ((agentive || possessive) && !determined) {
    return { ...base, cls: nameTokens.length >= 2 && personTagged ? 'person' : 'unknown', possessive };
  }
  return { ...base, cls: 'unknown' };
}

/**
 * A name the tagger typed as a person. When no given name, surname or title says person, the rule layer's
 * organisation or place reading stands, a large town is the town, and a common word that neither acts nor owns
 * ("there is God") is no one ("Bush said", "Bush's" stay persons).
 */
function personFromProposal(
  nameTokens: readonly Token[],
  base: Omit<NameMention, 'cls'>,
  same: NameMention | undefined,
  lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> } | undefined,
): NameMention {
  const name = base.text;
  if (base.titles.length === 0 && lexicons && !personEvidence(name, nameTokens, lexicons)) {
    if (same && (same.cls === 'organization' || same.cls === 'place' || same.cls === 'government')) return { ...same };
    if ((lookupCity(name)?.population ?? 0) >= PLACE_CONTEXT_MIN_POPULATION) return { ...base, cls: 'place', placeKind: 'city' };
    if (nameTokens.length === 1 && !base.agentive && !base.possessive && isCommonWordName(name)) return { ...base, cls: 'unknown', commonWord: true };
  }
  return { ...base, cls: 'person' };
}

/**
 * Titles that also open company names as ordinary words ("General Electric", "Admiral Insurance", "Major League
 * Baseball"). "President", "Judge" and the like do not: "President Bush" is a person whatever "bush" means.
 */
const TITLES_OPENING_COMPANIES: ReadonlySet<string> = new Set(['General', 'Admiral', 'Major']);

/**
 * "General Dynamics", "Admiral Insurance", "General Motors": one of those titles written right before a single
 * dictionary word that is no given name or surname begins a company's name; it is no title of a person.
 * "General Baker" (a surname) and "General Akinola" (no dictionary word) stay persons with their title.
 */
function titleWordCompany(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  base: Omit<NameMention, 'cls'>,
  lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> } | undefined,
): NameMention | undefined {
  const title = tokens[first - 1];
  if (!lexicons || first !== last || base.titles.length !== 1 || !title || base.titles[0] !== title.text) return undefined;
  if (!TITLES_OPENING_COMPANIES.has(title.text) || !/^\s+$/.test(title.post)) return undefined;
  const name = tokens[first] as Token;
  if (!isCommonWordName(name.lower) || personEvidence(name.text, [name], lexicons)) return undefined;
  const whole = text.slice(title.start, name.end);
  return { ...base, text: whole, start: title.start, firstToken: first - 1, titles: [], canonical: whole, cls: 'organization' };
}

/** Event heads that also end the names of bodies ("World Economic Forum", "Clinton Global Initiative"). */
const EVENT_OR_BODY_HEADS: ReadonlySet<string> = new Set(['forum', 'initiative']);

/**
 * "Worldwide Developers Conference", "the Tallinn Music Festival", "the Paris Accord": a name whose last word is an
 * event's head names a happening or a text, not an actor or a place (as the rule layer reads it); a forum or an
 * initiative that acts or owns something is a body.
 */
function namesAnEvent(tokens: readonly Token[], first: number, last: number, acts: boolean): boolean {
  const head = (tokens[last] as Token).lower;
  if (last === first || !EVENT_HEAD_WORDS.has(head)) return false;
  // "the National Conference led by X": someone leads or heads a body, not a meeting
  if (/^(?:led|headed|founded)$/.test(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.lower === 'by') return false;
  return !(EVENT_OR_BODY_HEADS.has(head) && acts);
}

/** A typed name span proposed by the learned tagger (./names/tagger.ts), in characters of the text. */
export interface ProposedName {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
  /**
   * The id of a repair whose cue makes the name a person whatever the lexicons and the rule layer say ("Chivhu's
   * death": `names.possessor-of-a-life`, ./name-lead-in-repairs.ts); a proposal without it needs person evidence.
   */
  personCue?: string;
  /**
   * The id of a repair whose cue makes a state's name the land, never the state acting ("Tarnovo, Bulgaria, were
   * evacuated": `names.town-country-apposition`, ./name-town-country.ts).
   */
  placeCue?: string;
}

/** Titles written right before a name ("Defense Minister", "former President", "Gen."), read backwards from `first`. */
function titlesBefore(text: string, tokens: readonly Token[], first: number): { titles: string[]; honorific: boolean } {
  const titles: string[] = [];
  let honorific = false;
  let at = first;
  for (let guard = 0; guard < 3 && at > 0; guard++) {
    let matched = 0;
    for (let k = Math.max(0, at - 4); k < at; k++) {
      const prev = tokens[at - 1] as Token;
      if (breaksAfter(prev) && !/^\.\s*$/.test(prev.post)) break;
      if (matchTitleAt(tokens, k, at - 1) === at - k) {
        matched = at - k;
        break;
      }
    }
    if (matched === 0) break;
    const from = at - matched;
    const head = tokens[from] as Token;
    const modifier = tokens[from - 1];
    const bounded = modifier && TIME_BOUNDED_MODIFIERS.has(modifier.lower.replace(/-$/, '')) ? `${modifier.text} ` : '';
    const isHonorific = HONORIFICS.has(head.lower.replace(/\.$/, ''));
    // an abbreviation keeps its period ("Sen.", "Lt. Col."): the tokenizer leaves it outside the token
    const lastOfTitle = tokens[at - 1] as Token;
    const abbreviated = /^\./.test(lastOfTitle.post) && lastOfTitle.text.length <= 4;
    const written = text.slice(head.start, lastOfTitle.end + (abbreviated ? 1 : 0));
    titles.unshift(`${bounded}${abbreviated ? written : written.replace(/\.$/, isHonorific ? '.' : '')}`);
    honorific ||= isHonorific;
    at = from;
  }
  if (titles.length === 0) {
    const office = officeBefore(text, tokens, first);
    if (office) titles.push(office);
  }
  if (titles.length === 0) {
    const role = roleBefore(text, tokens, first);
    if (role) titles.push(role.title);
  }
  return { titles, honorific };
}

/**
 * "Minister of Fisheries Ana Ruiz", "Secretary for Trade and Industry Ivo Marek": a one-word title, "of" or "for",
 * and the capitalised name of the office's domain, written right before the name, is one title.
 */
function officeBefore(text: string, tokens: readonly Token[], first: number): string | undefined {
  let k = first - 1;
  let words = 0;
  while (k >= 0 && words < 4 && !breaksAfter(tokens[k] as Token) && (isCapitalised(tokens[k] as Token) || (words > 0 && /^(?:and|&)$/.test((tokens[k] as Token).lower)))) {
    k--;
    words++;
  }
  const glue = tokens[k];
  const head = tokens[k - 1];
  if (words === 0 || !glue || !head || !/^(?:of|for)$/.test(glue.lower) || breaksAfter(head) || breaksAfter(glue)) return undefined;
  if (!isCapitalised(head) || matchTitleAt(tokens, k - 1, k - 1) !== 1 || HONORIFICS.has(head.lower.replace(/\.$/, ''))) return undefined;
  return text.slice(head.start, (tokens[first - 1] as Token).end);
}

/** A family name of one syllable and a hyphened given name in lower case after the hyphen ("Tsai Ing-wen", "Lee Jae-myung"): a Chinese or Korean person's name (round 17). */
const HYPHENED_EAST_ASIAN_NAME = /^\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u;

/** Whether a word of the name is a given name or surname, by the tagger's name lists or compromise's lexicon. */
function personEvidence(name: string, nameTokens: readonly Token[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): boolean {
  if (nameTokens.some((t) => hasAny(t, ['FirstName', 'LastName', 'Honorific', 'MaleName', 'FemaleName'])) || HYPHENED_EAST_ASIAN_NAME.test(name)) return true;
  return name.split(/[\s-]+/).some((w) => lexicons.firstNames.has(w.toLowerCase()) || lexicons.surnames.has(w.toLowerCase()));
}

/** The first and last tokens that overlap `start`..`end`, or undefined when none does. */
function overlappedTokens(tokens: readonly Token[], start: number, end: number): { first: number; last: number } | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.end <= start || t.start >= end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? undefined : { first, last };
}

/**
 * Whether a name of two or three words holds a large city's name beside a word of its own that is no English word and
 * no place ("Manchester United", "Bayern Munich", "Dynamo Kiev", "Olympique Lyon"): a body (a club, mostly) named after
 * its city, not a place. A city's own name of several words ("Kansas City", "Rio de Janeiro") is none. Round 17.
 */
export function bodyNamedAfterCity(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 3 || lookupCity(part) || lookupCountry(part)) return false;
  const city = (w: string) => lookupCity(w, { minPopulation: 100_000 }) !== undefined && !isEnglishWord(w.toLowerCase());
  // ("West Oakland", "Old Delhi", "New Cairo": a position or age word before a city names a part of it)
  const ownWord = (w: string) => !lookupCity(w, { minPopulation: 100_000 }) && !lookupCountry(w) && !lookupDemonym(w) && own(PLACE_TYPE_WORDS, w.toLowerCase()) === undefined &&
    !LOCATIVE_POSITION_WORDS.test(w.toLowerCase()) && !/^(?:old|new|little|big|metro|downtown)$/i.test(w);
  return words.some(city) && words.some(ownWord);
}

/**
 * Builds the mention of a name the tagger proposed: its type decides the class (a country, capital or seat of
 * government typed ORG is that state's government); the cues around it (titles, acting, locative, place type,
 * possessive) are read as for the rule layer's names. A rule name with the same span lends its canonical form.
 */
export function mentionFromProposal(
  text: string,
  sentence: TaggedSentence,
  proposal: ProposedName,
  ruleNames: readonly NameMention[],
  lexicons?: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> },
): NameMention | undefined {
  const { tokens } = sentence;
  const range = overlappedTokens(tokens, proposal.start, proposal.end);
  if (!range) return undefined;
  const { first, last } = range;
  // "The Republic of Moldova signed": the tagger may take the article into a state's full name; the rule layer's
  // reading of the name without it (a government when it acts) is the state's
  const article = /^the\s+/i.exec(text.slice(proposal.start, proposal.end));
  if (article) {
    const trimmed = ruleNames.find((r) => r.start === proposal.start + article[0].length && r.end === proposal.end && r.country);
    if (trimmed) return mentionFromProposal(text, sentence, { ...proposal, start: trimmed.start }, ruleNames, lexicons);
  }
  // "Brindle Inc." is written "Brindle Inc" in records, as the rule layer writes it; the period may also end the sentence
  const suffixPeriod = /\s(?:Inc|Corp|Ltd|Co|Bros)\.$/.test(text.slice(proposal.start, proposal.end)) ? 1 : 0;
  const end = proposal.end - suffixPeriod;
  const name = text.slice(proposal.start, end);
  // the tagger may cut the compound at its hyphen ("Russo" of "Russo-Ukrainian"): the whole word decides
  const word = /^[\p{L}-]*/u.exec(text.slice(proposal.start))?.[0] ?? name;
  if (compoundOfPeoples(name) || compoundOfPeoples(word)) return undefined;
  const same = ruleNames.find((r) => r.start === proposal.start && r.end === end);
  const lastTok = tokens[last] as Token;
  const possessive = /['’]s?$/.test(text.slice(end, lastTok.end)) || (/^['’]/.test(lastTok.post) && /s$/.test(name));
  const agentive = !possessive && isAgentive(tokens, last);
  const locative = !possessive && isLocative(tokens, first);
  // the rule layer reads titles inside its capitalised run; an abbreviated title ends that run ("Sen. Ruth Dale")
  const { titles } = same && same.titles.length > 0 ? { titles: same.titles } : titlesBefore(text, tokens, first);
  const base = {
    text: name, start: proposal.start, end, sentenceIndex: sentence.index, firstToken: first, lastToken: last,
    titles, agentive, locative, inHeading: sentence.blockKind !== 'paragraph', canonical: same?.canonical ?? name,
    ...(possessive ? { possessive } : {}),
  };
  // a state's name: the rule layer's reading of whether it acts (government) or is the land (place) is kept
  if (same && same.country && (same.cls === 'government' || same.cls === 'place') && proposal.type !== 'PER') return proposal.placeCue ? { ...same, cls: 'place' } : { ...same };
  if (proposal.type === 'PER') return titleWordCompany(text, tokens, first, last, base, lexicons) ?? personFromProposal(tokens.slice(first, last + 1), base, same, proposal.personCue ? undefined : lexicons);
  if (!same && namesAnEvent(tokens, first, last, agentive || possessive)) return undefined;
  const [seat, country, capital] = [lookupSeatOfGovernment(name), lookupCountry(name), lookupCapital(name)];
  if (proposal.type === 'ORG') {
    const state = seat ?? country ?? capital;
    if (state) return { ...base, cls: 'government', country: state, placeKind: country && !seat ? 'country' : 'city' };
    if (same) return { ...base, cls: 'organization' };
    const known = own(KNOWN_ORGANIZATIONS, name);
    const nameTokens = tokens.slice(first, last + 1);
    const endTok = nameTokens[nameTokens.length - 1] as Token;
    // "Merrill Lynch & Co.": the legal form goes with the ampersand before it
    const ampersand = nameTokens.length > 2 && /^(?:&|and)$/.test(nameTokens[nameTokens.length - 2]?.lower ?? '');
    const suffix = nameTokens.length > 1 && CORPORATE_SUFFIXES.has(endTok.lower) ? beforeLegalForms(nameTokens, ampersand) : undefined;
    const canonical = known ?? (suffix ? text.slice(proposal.start, suffix.end) : canonicalOrgName(tokens, name, first));
    return { ...base, cls: 'organization', canonical };
  }
  // ("Benfica Lisbon had rejected the offer": a body named after its city, `bodyNamedAfterCity`)
  if (agentive && !country && !capital && last === first + 1 && bodyNamedAfterCity(name)) return { ...base, cls: 'organization' };
  const placeKind = same?.placeKind ?? (country ? 'country' : placeTypeAround(tokens, first, last) ?? (capital || lookupCity(name) ? 'city' : undefined));
  return { ...base, cls: 'place', ...(country ? { country } : capital ? { country: capital } : {}), ...(placeKind ? { placeKind } : {}) };
}
