import { CALENDAR_WORDS } from '../nlp/gazetteer/lexicon.js';
import { isCommonWordName, lookupCapital, lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { BUSINESS_ACT_VERBS, BUSINESS_SELF_ACTS, GROUP_NOUNS, INDUSTRY_HEADS, ORG_HEAD_WORDS, PROPOSED_INDUSTRY_HEADS, TAKEOVER_VERBS } from '../nlp/lexicon/organizations.js';
import { NAME_TITLES as MODEL_NAME_TITLES } from './names/v1/lexicon.js';
import { EVENT_HEAD_WORDS, NON_ACTOR_ACRONYMS } from '../nlp/lexicon/non-actors.js';
import { MONTH_ABBREVIATIONS } from './time/lexicon.js';
import { reportingLemma } from '../nlp/lexicon/reporting-verbs.js';
import { NAME_TITLES, POST_NOMINALS, ROLE_NOUNS } from '../nlp/lexicon/titles.js';
import { LOCATIVE_PREPOSITIONS, PLACE_APPOSITION_NOUNS, PLACE_TYPE_WORDS } from '../nlp/lexicon/name-cues.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import type { NameMention, ProposedName } from './names.js';
import { doctrineModifier } from './name-demonyms.js';

/**
 * Repairs of the learned tagger's proposals (./names/tagger.ts) for classes of names its training data holds too
 * few of: long institution names, companies named by a common word, products and events. Each works on the
 * proposals of one sentence (or of the article) in place, before the proposals are voted and carried over.
 */

/** Heads of schools, museums and academies, whose names end in the place they serve. */
const SCHOLARLY_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'school', 'academy', 'conservatory', 'museum', 'library', 'observatory', 'seminary', 'institute']);

/**
 * Head words of institutions whose names go on with "for/of/on ..." ("the National Association for the
 * Advancement of Colored People", "the Institute of Electrical Engineers"). Corporate words ("Corp", "Group") are
 * not among them: "Acme Corp of Ohio" names a company and its seat.
 */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'association', 'organization', 'organisation', 'institution', 'council', 'committee', 'commission', 'society',
  'foundation', 'center', 'centre', 'centers', 'centres', 'league', 'federation', 'confederation', 'union', 'fund', 'bank', 'office', 'agency', 'alliance',
  'coalition', 'movement', 'front', 'party', 'bureau', 'board', 'ministry', 'department', 'authority', 'conference',
  'congress', 'assembly', 'court', 'tribunal', 'survey', 'chamber', 'chambers', ...SCHOLARLY_HEADS,
]);

/** Heads of armed bodies whose names go on with "for" and their aim ("Democratic Forces for the Liberation of X"). */
const ARMED_AIM_HEADS: ReadonlySet<string> = new Set(['forces', 'army', 'brigades', 'militia']);

/**
 * Continents and world regions, which end the names of international bodies ("the Organization for Security and
 * Co-operation in Europe", "the Conference on Interaction and Confidence-Building Measures in Asia"); a city after
 * "in" is where a body sits, not part of its name ("the Institute for Fiscal Studies in London").
 */
const WORLD_REGIONS: ReadonlySet<string> = new Set([
  'europe', 'asia', 'africa', 'america', 'the americas', 'americas', 'latin america', 'north america', 'south america',
  'central america', 'the middle east', 'middle east', 'the pacific', 'asia-pacific', 'the asia-pacific', 'eurasia',
  'central asia', 'south asia', 'southeast asia', 'east asia', 'the caribbean', 'caribbean', 'oceania', 'the balkans',
  'the arab world', 'the gulf', 'the mediterranean', 'the baltic', 'scandinavia', 'west africa', 'east africa',
  'southern africa', 'north africa', 'central europe', 'eastern europe', 'western europe',
]);

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** "for the Advancement of Colored People": a preposition, an optional article, then capitalised words with inner glue. */
const INSTITUTION_TAIL = new RegExp(String.raw`^\s(?:for|of|on)\s+(?:the\s+)?${NAME_WORD}(?:\s+(?:(?:of|for|and|&|the)\s+(?:the\s+)?)?${NAME_WORD})*`, 'u');

/** The tail's words up to the last capitalised one before a calendar word ("Bank of Ruritania on Monday"). */
function trimTail(tail: string): string {
  const words = tail.split(/(\s+)/);
  let keep = words.length;
  for (let k = 0; k < words.length; k++) {
    if (CALENDAR_WORDS.has((words[k] as string).toLowerCase().replace(/[.’']s?$/, ''))) {
      keep = k;
      break;
    }
  }
  let out = words.slice(0, keep);
  // drop trailing glue and spaces
  while (out.length > 0 && !/^\p{Lu}/u.test(out[out.length - 1] as string)) out = out.slice(0, -1);
  // a period that ends the sentence or a possessive is not part of the name
  return out.join('').replace(/(?:['’]s?|\.)$/u, '');
}

/** Capitalised words with inner glue ending in "of" (and perhaps "the") right before a name: "National Conservatory of Music of ". */
const HEAD_OF_BEFORE = new RegExp(String.raw`(?:${NAME_WORD}\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?)+$`, 'u');

/**
 * "the University of Northern Vestland", "the National Conservatory of Music of Ruritania": a place the tagger
 * proposed right after capitalised words holding the head of a school, museum or academy and "of" is the last part
 * of that body's name (the tagger proposed nothing for the words before it). Other heads are left alone: "the
 * Ministry of Defence of Russia" and "the Office of the President of Ukraine" speak for the state, which keeps its
 * reading, and "the Union of Soviet Socialist Republics" is a state.
 */
function institutionsOfPlaces(text: string, proposals: ProposedName[]): void {
  for (let k = 0; k < proposals.length; k++) {
    const q = proposals[k] as ProposedName;
    if (q.type !== 'LOC') continue;
    const before = text.slice(Math.max(0, q.start - 80), q.start);
    if (!/\sof\s+(?:the\s+)?$/.test(before)) continue;
    const run = HEAD_OF_BEFORE.exec(before);
    if (!run) continue;
    let start = q.start - run[0].length;
    const previous = proposals[k - 1];
    if (previous && previous.end > start) continue;
    const words = run[0].split(/\s+/);
    const head = words.findIndex((w) => SCHOLARLY_HEADS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
    if (head < 0) continue;
    // the name opens at its first capitalised word ("the" before it is no part of it)
    const opening = /^(?:The|the)\s+/.exec(run[0]);
    if (opening) start += opening[0].length;
    if (lookupCountry(text.slice(start, q.end))) continue;
    q.start = start;
    q.type = 'ORG';
  }
}

/**
 * Long institution names the tagger cut at an inner preposition are one organisation again: an organisation
 * ending in an institution's head and followed by "for/of/on" and capitalised words ("the National Association" +
 * "for the Advancement of Colored People"), and one with inner glue followed by "in" and a continent or region
 * ("Organization for Security and Co-operation" + "in Europe"). Names the tagger proposed inside the tail are
 * part of the whole name. Works on one sentence's proposals, in place.
 */
export function joinInstitutionTails(text: string, proposals: ProposedName[]): void {
  proposals.sort((a, b) => a.start - b.start);
  institutionsOfPlaces(text, proposals);
  for (let i = 0; i < proposals.length; i++) {
    const p = proposals[i] as ProposedName;
    const name = text.slice(p.start, p.end);
    const head = (/(\p{L}+)$/u.exec(name)?.[1] ?? '').toLowerCase();
    // "the Africa Centres" + "for Disease Control": a plural head the model's frozen lists lack, typed a place
    const pluralHead = /s$/.test(head) && INSTITUTION_HEADS.has(head.slice(0, -1));
    if (p.type !== 'ORG' && !(p.type === 'LOC' && pluralHead)) continue;
    let end = -1;
    // ("the Democratic Forces" + "for the Liberation of Velmaria": armed bodies named by their aim, round 24; "the
    // Armed Forces of Ukraine" is left to speak for its state)
    const aimHead = ARMED_AIM_HEADS.has(head) && /^\sfor\s/u.test(text.slice(p.end, p.end + 5));
    const tail = INSTITUTION_HEADS.has(head) || pluralHead || aimHead ? INSTITUTION_TAIL.exec(text.slice(p.end, p.end + 160)) : null;
    if (tail) {
      const kept = trimTail(tail[0]);
      if (kept.length > 0) end = p.end + kept.length;
    }
    if (end < 0 && /\s(?:for|of|on)\s/.test(name)) {
      const next = proposals[i + 1];
      const gap = next ? text.slice(p.end, next.start) : '';
      const region = next ? text.slice(next.start, next.end).toLowerCase() : '';
      if (next && next.type === 'LOC' && /^\sin\s+(?:the\s+)?$/.test(gap) && (WORLD_REGIONS.has(region) || WORLD_REGIONS.has(`the ${region}`))) end = next.end;
    }
    if (end <= p.end) continue;
    // a proposal that starts inside the tail and runs past it is a name of its own: the tail stops before it
    let j = i + 1;
    while (j < proposals.length && (proposals[j] as ProposedName).start < end) j++;
    const last = proposals[j - 1] as ProposedName;
    if (j - 1 > i && last.end > end) continue;
    p.end = end;
    p.type = 'ORG';
    proposals.splice(i + 1, j - i - 1);
  }
}

const OPENING_WORDS = String.raw`(?:${NAME_WORD}\s+){0,3}`;
const HEAD_AND_TAIL = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])(${OPENING_WORDS})(\p{Lu}\p{Ll}+)(?=\s(?:for|of|on)\s)`, 'gu');

/**
 * "The Centers for Disease Control and Prevention said", "the Confederation of African Football fined": a
 * capitalised institution head with a capitalised tail after "for/of/on" in which the tagger proposed nothing at
 * all and the rule layer read only fragments is one organisation when it acts (a verb follows it). A head the tagger already put in a name is left to `joinInstitutionTails`.
 */
export function unproposedInstitutions(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (const m of sentence.text.matchAll(HEAD_AND_TAIL)) {
    const head = m[2] as string;
    if (!INSTITUTION_HEADS.has(head.toLowerCase())) continue;
    const headStart = sentence.start + (m.index ?? 0) + (m[1] as string).length;
    const headEnd = headStart + head.length;
    // the tagger may have stopped at the head and called it a place ("the Africa Centres" + "for Disease ...")
    const opened = proposals.find((p) => p.start < headEnd && headStart < p.end);
    if (opened && (opened.type !== 'LOC' || opened.end !== headEnd)) continue;
    const tail = INSTITUTION_TAIL.exec(text.slice(headEnd, Math.min(headEnd + 160, sentence.end)));
    const kept = tail ? trimTail(tail[0]) : '';
    if (kept.length === 0) continue;
    // capitalised words right before the head open the name ("Africa Centres for ...", "U.S. Centers for ..."),
    // back to a determiner, a title or a possessive ("The", "President", "Kenya's" open none)
    let start = opened?.start ?? headStart;
    if (!opened) for (const w of (m[1] as string).trim().split(/\s+/).filter((x) => x.length > 0).reverse()) {
      if (/^(?:The|A|An|This|That|Its|Their)$/.test(w) || /['’]s?$/.test(w) || TITLE_FIRST_WORDS.has(w.toLowerCase())) break;
      start = text.lastIndexOf(w, start - 1);
    }
    const end = headEnd + kept.length;
    // a name the tagger found inside the run ("Zambia" in "the Football Association of Zambia") may be all the
    // run names (a venue, a governor's seat): those runs are left alone
    if (proposals.some((p) => p !== opened && p.start < end && start < p.end)) continue;
    // only a body that acts, as a verb's subject ("... Prevention said", "... Football fined"): a venue or a seat
    // of learning named this way is often a place to annotators ("a concert at the Centre for Performing Arts")
    const next = sentence.tokens.findIndex((t) => t.start >= end);
    const verb = next < 0 ? undefined : sentence.tokens.slice(next, next + 2).find((t) => !t.tags.has('Adverb'));
    if (!verb || !verb.tags.has('Verb') || verb.tags.has('Gerund') || /^\s*,/.test(text.slice(end, verb.start))) continue;
    // nor one the rule layer read as a whole name of its own (kept after the tagger as it stands)
    if (ruleNames.some((r) => r.start < end && headEnd < r.end && r.cls !== 'unknown')) continue;
    if (opened) proposals.splice(proposals.indexOf(opened), 1);
    proposals.push({ start, end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** The first words of titles ("President", "Chief"): a capitalised one opening a clause is a title, not a company. */
export const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(NAME_TITLES.map((t) => (t.toLowerCase().split(/\s+/)[0] as string).replace(/\.$/, '')));

/**
 * Verbs of what a company does, after which a bare capitalised common word is a company's name: "Apple unveiled a
 * phone", "On Monday, Shell launched ...", "Target cut its forecast". A thing named by a common noun ("Growth
 * slowed", "Oil rose", "Rain cut power") does none of these, or not with a bare singular subject.
 */
const COMPANY_ACTS: ReadonlySet<string> = new Set([
  'unveiled', 'unveils', 'introduced', 'introduces', 'released', 'releases', 'launched', 'launches', 'announced',
  'announces', 'hired', 'hires', 'acquired', 'acquires', 'bought', 'buys', 'agreed', 'agrees', 'signed', 'signs',
  'recalled', 'recalls', 'reported', 'reports', 'sued', 'sues', 'appointed', 'appoints', 'invested', 'invests',
  'pledged', 'pledges', 'plans', 'planned', 'laid', 'lays', 'unveil', 'shipped', 'ships', 'debuted', 'debuts',
  'rolled', 'rolls', 'confirmed', 'confirms', 'denied', 'denies', 'declined', 'declines', 'settled', 'settles',
]);
/** Verbs that make a company of a bare common word only with "its" after them: "Target cut its outlook". */
const COMPANY_ACTS_ON_ITS: ReadonlySet<string> = new Set(['cut', 'cuts', 'raised', 'raises', 'lowered', 'lowers', 'closed', 'closes', 'opened', 'opens', 'sold', 'sells', 'moved', 'moves', 'expanded', 'expands', 'reorganized', 'restructured']);

const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord', 'Value', 'Date', 'Plural'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific'];

/** Whether a capitalised token opens a clause: the sentence's first word, or after a comma, a colon or "and". */
function opensClause(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1] as Token;
  return /[,;:]\s*$/.test(prev.post) || prev.lower === 'and' || prev.lower === 'but';
}

/**
 * A company named by a common word (or a noun compromise knows) that opens a clause and does what companies do ("Apple unveiled ...", "On
 * Monday, Shell launched ...", "Target cut its outlook") is proposed as an organisation where the tagger proposed
 * nothing: the tagger learned that a capitalised common word at the start of a sentence is usually no name. Not
 * when the text also writes the word in lower case (then it is a word), nor for titles, group nouns ("Police"),
 * plurals, places, demonyms and calendar words.
 */
export function commonWordCompanies(text: string, sentence: TaggedSentence, proposals: ProposedName[], lowerCaseWords: ReadonlySet<string>): void {
  const { tokens } = sentence;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !opensClause(tokens, i) || !/^\s+$/.test(t.post)) continue;
    const next = tokens[i + 1] as Token;
    const acts = COMPANY_ACTS.has(next.lower) || (COMPANY_ACTS_ON_ITS.has(next.lower) && tokens[i + 2]?.lower === 'its');
    // a dictionary word ("Apple", "Shell") or a noun compromise knows that is no proper noun ("Oracle")
    const word = isCommonWordName(t.lower) || (t.tags.has('Noun') && !t.tags.has('ProperNoun'));
    if (!acts || !word || lowerCaseWords.has(t.lower)) continue;
    if (FUNCTION_TAGS.some((tag) => t.tags.has(tag)) || PERSON_TAGS.some((tag) => t.tags.has(tag))) continue;
    if (TITLE_FIRST_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || ORG_HEAD_WORDS.has(t.lower)) continue;
    if (t.lower.endsWith('s') && isCommonWordName(t.lower.slice(0, -1))) continue;
    if (lookupCountry(t.text) || lookupCapital(t.text) || lookupDemonym(t.text) || lookupCity(t.text)) continue;
    if (proposals.some((p) => p.start < t.end && t.start < p.end)) continue;
    proposals.push({ start: t.start, end: t.end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * "the Corolla would be built", "after the Velo was introduced": a single word proposed as a person right after
 * "the" and heading its noun phrase is a product or a work, not a person ("the Varga administration" keeps its
 * person, who modifies the noun after it).
 */
export function dropProductsAfterArticle(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const { tokens } = sentence;
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type !== 'PER' || /\s/.test(text.slice(p.start, p.end))) continue;
    if (!/\b[Tt]he\s+$/.test(text.slice(Math.max(0, p.start - 5), p.start))) continue;
    const at = tokens.findIndex((t) => t.start <= p.start && p.start < t.end);
    const tok = tokens[at];
    if (!tok || tok.end !== p.end && !/^['’]s?$/.test(text.slice(p.end, tok.end))) continue;
    const next = tokens[at + 1];
    // a noun right after is what the name modifies ("the Varga administration", "the Okafor family")
    if (next && !/[,;:.!?)"”]\s*$/.test(tok.post) && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Verb')) continue;
    proposals.splice(k, 1);
  }
}

/** "the World Wide Games Expo (WWGE)": a capitalised phrase and the acronym written in brackets after it. */
const DEFINED_ACRONYM = /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){1,8})\((\p{Lu}{2,8})\)/gu;

/**
 * The acronyms a text defines as short forms of an event's name ("the Northern Games Expo (NGE)"): they name that
 * event wherever they are written, so they are neither organisations nor persons.
 */
function eventAcronyms(text: string): Set<string> {
  const events = new Set<string>();
  if (!text.includes('(')) return events;
  for (const m of text.matchAll(DEFINED_ACRONYM)) {
    const words = (m[1] as string).trim().split(/\s+/);
    if (EVENT_HEAD_WORDS.has((words[words.length - 1] as string).toLowerCase().replace(/['’]s$/, ''))) events.add(m[2] as string);
  }
  return events;
}

/**
 * An acronym of an event the text spells out ("the Nordic Games Expo (NGE)") is no name, whoever proposed it: it is
 * dropped from the tagger's proposals and from the rule layer's names of every sentence, in place.
 */
export function dropEventAcronyms(text: string, proposals: ProposedName[][], ruleNames: NameMention[][]): void {
  const events = eventAcronyms(text);
  if (events.size === 0) return;
  for (const list of proposals) for (let k = list.length - 1; k >= 0; k--) if (events.has(text.slice((list[k] as ProposedName).start, (list[k] as ProposedName).end))) list.splice(k, 1);
  ruleNames.forEach((list, k) => { ruleNames[k] = list.filter((r) => !events.has(r.text)); });
}

/** Words of titles ("lady", "minister", "secretary"), for title phrases the tagger proposes as persons. */
const TITLE_WORDS: ReadonlySet<string> = new Set(NAME_TITLES.flatMap((t) => t.toLowerCase().replace(/\./g, '').split(/[\s-]+/)));
const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third']);

/**
 * "the First Lady", "the First Minister", "First Deputy Prime Minister": an ordinal and title words are a title
 * phrase, never a person's name (the holder is named elsewhere or not at all).
 */
export function dropTitlePhrases(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type !== 'PER') continue;
    const words = text.slice(p.start, p.end).toLowerCase().replace(/['’]s?$/, '').split(/\s+/);
    if (words.length >= 2 && ORDINALS.has(words[0] as string) && words.slice(1).every((w) => TITLE_WORDS.has(w))) proposals.splice(k, 1);
  }
}

/** Titles of two words or more, lower case without periods, as word lists ("secretary of state", "district judge"). */
const LONG_TITLES: readonly (readonly string[])[] = NAME_TITLES.map((t) => t.toLowerCase().replace(/\./g, '').split(/\s+/)).filter((w) => w.length >= 2);
/** The words of a stretch of text with their offsets (a word is letters with inner periods, hyphens, apostrophes). */
const WORD = /\p{L}[\p{L}\p{M}.'’-]*/gu;

function wordsIn(text: string, from: number, to: number): { start: number; end: number; lower: string }[] {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => ({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, lower: m[0].toLowerCase().replace(/\./g, '') }));
}

/**
 * Titles of the live list that the model's frozen list (src/extract/names/v1) lacks, as lower-case phrases without
 * periods ("commodore", "chief superintendent"): the tagger reads them as unknown capitalised words and may take them
 * into the holder's name. Titles the model knew stay as it proposed them (the annotated data keeps "Capt." in a
 * pseudonym such as "Capt. Midnight").
 */
const TITLES_MODEL_LACKS: ReadonlySet<string> = new Set(
  NAME_TITLES.filter((t) => !MODEL_NAME_TITLES.includes(t)).map((t) => t.toLowerCase().replace(/\./g, '')),
);

/** Whether a title ("Squadron Leader", "Commodore") is one of TITLES_MODEL_LACKS, whatever its case and periods. */
export function titleModelLacks(title: string): boolean {
  return TITLES_MODEL_LACKS.has(title.toLowerCase().replace(/\./g, ''));
}

/** LONG_TITLES as one key each, their words joined by a space (no word holds one): a lookup instead of a scan of the list. */
const LONG_TITLE_KEYS: ReadonlySet<string> = new Set(LONG_TITLES.map((t) => t.join(' ')));

/** Whether `words` (lower case) are a title of LONG_TITLES (`titlePhrasesAroundNames` asks for every word pair of every proposal). */
function isTitle(words: readonly string[]): boolean {
  return words.length >= 2 && LONG_TITLE_KEYS.has(words.join(' '));
}

/**
 * Title phrases the model's frozen word lists lack (src/extract/names/v1: titles added to the live list later,
 * "Minority Leader", "District Judge"; "Secretary of State" split at "of"), around a person's name:
 * "Secretary of | State Marian Oduya" proposed as one name loses the title's last word and is the person;
 * "Senate Minority | Leader Karen Ostrowski", "U.S. District | Judge Robert Pitman": a proposal ending in the first
 * words of a title the text completes, with a capitalised name after it, is the title's modifier, not a name.
 */
/** Where a title may stand at a person's head, longest first: [its first word, its words] ("Squadron Leader X", "Labour | MP X"). */
const OPENING_TITLE_SPANS: readonly (readonly [number, number])[] = [[0, 2], [0, 1], [1, 2], [1, 1]];

/** A person proposal without a title of TITLES_MODEL_LACKS at its head and a post-nominal at its end; undefined when it has neither. */
function personWithoutModelTitle(text: string, p: ProposedName, inside: readonly { start: number; end: number; lower: string }[]): ProposedName | undefined {
  const lastWord = text.slice(p.start, p.end).split(/\s+/).at(-1) as string;
  const end = inside.length >= 3 && POST_NOMINALS.has(lastWord) ? (inside[inside.length - 2] as { end: number }).end : p.end;
  const capitalised = (at: number) => /^\p{Lu}/u.test(text.slice(at, at + 1));
  const span = OPENING_TITLE_SPANS.find(([from, n]) => from + n < inside.length && (from === 0 || capitalised(p.start)) && titleModelLacks(inside.slice(from, from + n).map((w) => w.lower).join(' ')));
  const nameFirst = span ? inside[span[0] + span[1]] : undefined;
  const start = nameFirst && capitalised(nameFirst.start) && nameFirst.start < end ? nameFirst.start : p.start;
  return start === p.start && end === p.end ? undefined : { ...p, start, end };
}

export function titlePhrasesAroundNames(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const inside = wordsIn(text, p.start, p.end);
    const before = wordsIn(text, Math.max(0, p.start - 40), p.start).slice(-3);
    // opening: a person proposed with a title the frozen lists lack at its head, perhaps after a party's or a
    // state's word ("Commodore Ana Velez", "Labour MP Tom Reed"); a post-nominal closing it goes ("Ana Ruiz KC")
    const person = p.type === 'PER' ? personWithoutModelTitle(text, p, inside) : undefined;
    if (person) {
      proposals[k] = person;
      continue;
    }
    // leading: words before the proposal and its first words make a title; the rest is the holder's name
    for (let j = 1; j < inside.length; j++) {
      const head = inside.slice(0, j).map((w) => w.lower);
      if (!/^\s+$/.test(text.slice((before.at(-1) ?? { end: p.start }).end, p.start))) break;
      const found = before.some((_, b) => isTitle([...before.slice(b).map((w) => w.lower), ...head]));
      if (found && /^\p{Lu}/u.test(text.slice((inside[j] as { start: number }).start))) {
        proposals[k] = { ...p, start: (inside[j] as { start: number }).start, type: 'PER' };
        break;
      }
    }
    // trailing: the proposal's last words and the next ones make a title, and a person's name follows
    const after = wordsIn(text, p.end, Math.min(text.length, p.end + 60)).slice(0, 3);
    const adjacent = (n: number) => /^\s+$/.test(text.slice(n === 0 ? p.end : (after[n - 1] as { end: number }).end, after[n]?.start ?? p.end));
    const titleAt = inside.findIndex((_, i) => [0, 1, 2].some((n) => {
      const name = after[n];
      if (!name || !after.slice(0, n + 1).every((_, m) => adjacent(m))) return false;
      return isTitle([...inside.slice(i), ...after.slice(0, n)].map((w) => w.lower)) && proposals.some((q) => q.start === name.start && q.type === 'PER');
    }));
    if (titleAt < 0) continue;
    // a state before the office stays the state ("U.S. District Judge"); a body is part of the title ("Senate Minority Leader")
    const modifier = titleAt > 0 ? text.slice((proposals[k] as ProposedName).start, (inside[titleAt - 1] as { end: number }).end) : '';
    if (modifier && (lookupCountry(modifier) || lookupCapital(modifier))) proposals[k] = { ...(proposals[k] as ProposedName), end: (inside[titleAt - 1] as { end: number }).end };
    else proposals.splice(k, 1);
  }
}

/**
 * "White House officials said", "State Department spokesman X said": the model's frozen rule features
 * (src/extract/names/v1) drop a sentence's capitalised first word, so the tagger may propose the name from its
 * second word ("House"). When that word is a common word and the live rule layer reads one name from the first word
 * through it, the proposal opens where that name does.
 */
export function sentenceOpeningNames(sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly { start: number; end: number }[]): void {
  const [first, second] = sentence.tokens;
  if (!first || !second || !/^\p{Lu}/u.test(first.text)) return;
  proposals.forEach((p, k) => {
    // one common word ("House", "Department"): a name of its own ("Paul Tse", "Canada") keeps its first word out
    if (p.start !== second.start || p.end !== second.end || !isCommonWordName(second.text)) return;
    if (ruleNames.some((r) => r.start === first.start && r.end >= p.end)) proposals[k] = { ...p, start: first.start };
  });
}

/**
 * "Toyota and Honda recalled cars": names joined by "and" share their position, so a first conjunct the tagger
 * typed a place, before an organisation that acts with it, is an organisation too, when the live rule layer reads
 * it as acting (the model's frozen rule features, src/extract/names/v1, read only the last conjunct as acting).
 * A country or capital stays a place: the entity stage reads an acting state as its government.
 */
export function coordinatedActors(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  proposals.forEach((p, k) => {
    const next = proposals[k + 1];
    if (p.type !== 'LOC' || next?.type !== 'ORG' || !/^\s+and\s+$/.test(text.slice(p.end, next.start))) return;
    const name = text.slice(p.start, p.end);
    if (lookupCountry(name) || lookupCapital(name)) return;
    if (ruleNames.some((r) => r.start === p.start && r.end === p.end && r.agentive)) proposals[k] = { ...p, type: 'ORG' };
  });
}

/**
 * "sent him to Cleveland and Dayton", "in Lyon, Nantes and Lille": a one-word name the tagger typed a person,
 * joined by "and" or a list comma to a place it proposed before, is a place too when the live rule layer reads it
 * as one (a surname alone is seldom listed with towns; "Hale and Ruiz met" has no place before it).
 */
export function coordinatedPlaces(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  proposals.forEach((p, k) => {
    const before = proposals[k - 1];
    if (p.type !== 'PER' || before?.type !== 'LOC') return;
    if (!/^(?:\s+(?:and|or)\s+|,\s+)$/.test(text.slice(before.end, p.start))) return;
    if (!/\s/.test(text.slice(p.start, p.end)) && ruleNames.some((r) => r.start === p.start && r.end === p.end && r.cls === 'place')) proposals[k] = { ...p, type: 'LOC' };
    else if (/\s/.test(text.slice(p.start, p.end)) && placesAfterPreposition(text, before, p)) proposals[k] = { ...p, type: 'LOC' };
  });
}

/**
 * "camps in Gaza City and Khan Younis", "raids near Tarvos and Pell Harbour.": a name of several words joined to a
 * place that a locative preposition governs is a place too, when it ends the phrase (the sentence's end, a comma, a
 * preposition) rather than opening a clause ("talks in Oslo and Ana Ruiz said"). Round 16 lead.
 */
function placesAfterPreposition(text: string, place: ProposedName, p: ProposedName): boolean {
  if (!/\b(?:in|at|near|across|around|outside|inside|from|to|into|between|through)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, place.start - 12), place.start))) return false;
  return /^(?:\s*[.,;:!?)]|\s+(?:on|in|at|near|after|before|during|since|over|and|where|which|as|while|early|late|last|this|overnight)\b|\s*$)/.test(text.slice(p.end, p.end + 20));
}

/** "the 82nd " / "the 1922 " / "the 9/11 " right before a name: an ordinal, a number or a date-like number after "the". */
const NUMBER_BEFORE = /\bthe\s+((\d+(?:st|nd|rd|th))|\d+(?:\/\d+)?)\s+$/i;

/**
 * The last words of a numbered formation's name: the echelons of English military usage (NATO APP-6 echelon
 * names; "5th Fleet", "9th Circuit" for the numbered appeals courts of the US). Id `names.numbered-unit-heads`
 * (round 22).
 */
const NUMBERED_UNIT_HEADS: ReadonlySet<string> = new Set([
  'brigade', 'division', 'battalion', 'regiment', 'army', 'corps', 'fleet', 'squadron', 'wing', 'flotilla',
  'cavalry', 'infantry', 'artillery', 'marines', 'circuit',
]);

/** An ordinal in figures and the space after it, ending right before a name ("47th ", "101st "), whatever opens it. */
const ORDINAL_BEFORE = /(?<![\p{L}\d])(\d+(?:st|nd|rd|th))\s+$/u;

/**
 * "the 82nd Airborne Division", "the 1922 Committee", "the 9/11 Commission": a number after "the" that opens a
 * body's name is part of it; the tagger proposes the words after it. An ordinal always opens the name; a plain
 * number only when the words after it are a bare institution head ("Committee"), which names nothing alone ("the
 * 2019 Democratic Party platform" keeps its party). After any other opener ("Ukraine's 47th Mechanized Brigade",
 * "its 3rd Assault Brigade"; round 22) an ordinal opens only a formation's name (ending in NUMBERED_UNIT_HEADS):
 * "Liverpool won its 20th Premier League title" counts titles.
 */
export function numberedBodies(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'ORG') continue;
    const before = text.slice(Math.max(0, p.start - 24), p.start);
    const number = NUMBER_BEFORE.exec(before);
    const name = text.slice(p.start, p.end);
    if (number && (number[2] || (!/\s/.test(name) && INSTITUTION_HEADS.has(name.toLowerCase())))) {
      // the number and the space after it
      p.start -= number[0].length - number[0].indexOf(number[1] as string);
      continue;
    }
    const ordinal = NUMBERED_UNIT_HEADS.has(/(\p{L}+)$/u.exec(name)?.[1]?.toLowerCase() ?? '') ? ORDINAL_BEFORE.exec(before.slice(-12)) : null;
    if (ordinal) p.start -= ordinal[0].length;
  }
}

/**
 * Domains that public agencies are named by, directly before the name of their country ("Environment Canada",
 * "Statistics Norway", "Transport Malta", "Sport England", "Enterprise Ireland", "Air Canada", "Team Canada"): the
 * naming pattern of national agencies, public companies and teams in English (general usage; no entry comes from an
 * eval article). A nation of the United Kingdom counts as a country here.
 */
const AGENCY_DOMAINS: ReadonlySet<string> = new Set([
  'environment', 'statistics', 'transport', 'health', 'fisheries', 'agriculture', 'forestry', 'parks', 'heritage',
  'sport', 'tourism', 'trade', 'enterprise', 'invest', 'business', 'revenue', 'customs', 'immigration', 'justice',
  'finance', 'energy', 'education', 'housing', 'industry', 'culture', 'water', 'infrastructure', 'innovation',
  'highways', 'railways', 'post', 'air', 'radio', 'team', 'visit', 'historic', 'natural', 'sustainable',
]);
const UK_NATIONS: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/**
 * "Environment Canada said", "figures from Statistics Norway": a domain word of AGENCY_DOMAINS right before a
 * country's name names an agency, an organisation; the tagger reads the country alone, or the whole as a place or
 * a person.
 */
export function agenciesOfCountries(text: string, proposals: ProposedName[]): void {
  proposals.forEach((p, k) => {
    const name = text.slice(p.start, p.end);
    const isNation = (n: string) => lookupCountry(n) !== undefined || UK_NATIONS.has(n.toLowerCase());
    const inside = /^(\p{Lu}\p{Ll}+)\s+(.+)$/u.exec(name);
    if (inside && AGENCY_DOMAINS.has((inside[1] as string).toLowerCase()) && isNation(inside[2] as string)) {
      proposals[k] = { ...p, type: 'ORG' };
      return;
    }
    const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, p.start - 30), p.start));
    if (!before || !AGENCY_DOMAINS.has((before[1] as string).toLowerCase()) || !isNation(name)) return;
    const start = p.start - before[0].length;
    if (proposals.some((q) => q !== p && q.end > start && q.start < p.start)) return;
    proposals[k] = { ...p, start, type: 'ORG' };
  });
}

/**
 * "Rolls-Royce said on Thursday it would cut 2,000 jobs", "Kordwerk said it will close two plants": "said" and "it"
 * with a modal and a business act (BUSINESS_ACT_VERBS, TAKEOVER_VERBS, BUSINESS_SELF_ACTS) refer to the sentence's
 * opener as a company does to itself; "it would be hard", "it would take years" (the pronoun of a situation) are no
 * business acts (issue 12, round 17).
 */
let saidItPattern: RegExp | undefined;
export function saidItWouldAct(rest: string): RegExpExecArray | null {
  // ("announced on Wednesday it would close": the same pronoun after a company's announcement; round 20)
  saidItPattern ??= new RegExp(String.raw`\b(?:said|announced)\b[^,;.]{0,30}?\bit\s+(?:would|will|had|has|planned|plans|was\s+planning|is\s+planning)\s+(?:to\s+)?(?:${[...BUSINESS_ACT_VERBS, ...TAKEOVER_VERBS, ...BUSINESS_SELF_ACTS].filter((v) => !/\s/.test(v)).join('|')})\b`, 'u');
  return saidItPattern.exec(rest);
}

/**
 * "Barlow said its profit fell", "Kessler reported a loss and said its chief executive would leave": a one-word name
 * the tagger typed a person, opening the sentence, that the same sentence refers to as "its" (with no other name, no personal pronoun
 * and no definite noun phrase, which "its" could point to, in between) is a company named like a surname.
 */
export function companiesReferredToAsIts(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const first = sentence.tokens[0];
  proposals.forEach((p, k) => {
    if (p.type !== 'PER' || !first || p.start !== first.start || /\s/.test(text.slice(p.start, p.end))) return;
    const next = proposals[k + 1]?.start ?? sentence.end;
    const rest = text.slice(p.end, Math.min(next, sentence.end));
    const its = /\bits\b/.exec(rest) ?? saidItWouldAct(rest);
    if (!its || /\b(?:he|she|his|her|him|they|their|the|this|that)\b/i.test(rest.slice(0, its.index))) return;
    proposals[k] = { ...p, type: 'ORG' };
  });
}

/** "Testing, Inspection and Certification (TIC)": capitalised words, perhaps with glue and commas, then an acronym in brackets. */
const DEFINED_TERM = /((?:\p{Lu}[\p{L}\p{M}'’-]*,?\s+(?:(?:of|for|and|on|the|&)\s+)*){2,8})\((\p{Lu}{2,8}s?)\)/gu;

/**
 * The spans of terms a text spells out before their acronym, when the capitals of the words spell it
 * ("Testing, Inspection and Certification (TIC)", "Remote Sensing Kit (RSK)").
 */
/** The first letters of a run's capitalised words ("Forum for Democratic Change" -> "FDC"): what an acronym of it spells. */
export function capitalInitials(run: string): string {
  return run.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

function definedTerms(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(DEFINED_TERM)) {
    const phrase = (m[1] as string).trimEnd();
    const initials = capitalInitials(phrase);
    const acronym = (m[2] as string).replace(/s$/, '');
    if (initials.endsWith(acronym)) {
      const end = (m.index ?? 0) + phrase.length;
      // the term is the last words whose capitals spell the acronym
      let start = end;
      let left = acronym.length;
      while (left > 0) {
        const before = /\p{Lu}[\p{L}\p{M}'’-]*[,\s]*(?:(?:of|for|and|on|the|&)\s+)*$/u.exec(text.slice(m.index ?? 0, start));
        if (!before) break;
        start = (m.index ?? 0) + before.index;
        left--;
      }
      out.push({ start, end });
    }
  }
  return out;
}

/**
 * A single word (no country or town) the tagger proposes inside a term the text spells out before its acronym ("Certification" in
 * "Testing, Inspection and Certification (TIC)") is a word of that term, not a place or a person. Works on all
 * proposals of an article.
 */
export function dropTermFragments(text: string, proposals: ProposedName[][]): void {
  const terms = definedTerms(text);
  if (terms.length === 0) return;
  for (const list of proposals) {
    for (let k = list.length - 1; k >= 0; k--) {
      const p = list[k] as ProposedName;
      if (p.type === 'ORG') continue;
      const inside = terms.some((t) => t.start <= p.start && p.end <= t.end && (t.start < p.start || p.end < t.end));
      const word = text.slice(p.start, p.end);
      if (inside && !/\s/.test(word) && !lookupCountry(word) && !lookupCity(word)) list.splice(k, 1);
    }
  }
}

/**
 * "Lena Varga of the Civic Union", "Tomas Berg of New Farmers Party": a person and the body they belong to, which
 * the tagger may propose as one organisation. Split when the words before "of" are two or three capitalised words
 * opening with a given name and holding no organisation word ("Anna Lind College of Fine Arts" stays whole),
 * and the words after it end in an organisation's head or open with an institution's head and "of" ("the University
 * of Iowa"; "Harlow Brothers of New York" stays whole).
 */
export function splitPersonOfOrganisation(text: string, proposals: ProposedName[], firstNames: ReadonlySet<string>): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type !== 'ORG') continue;
    const m = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s+of\s+(?:the\s+)?(?=\p{Lu})/u.exec(text.slice(p.start, p.end));
    if (!m) continue;
    const person = (m[1] as string).split(/\s+/);
    // a role opening the run is the person's title ("Economist Grace Wanjiru of Equity Bank"); one word after a
    // person proposed right before is that person's surname ("Aisha" | "Nakato of Makerere University")
    const role = person.length >= 3 && PERSON_ROLES.has((person[0] as string).toLowerCase()) ? (person[0] as string).length + 1 : 0;
    const previous = proposals[k - 1];
    const surname = person.length === 1 && previous?.type === 'PER' && /^\s$/.test(text.slice(previous.end, p.start)) ? previous : undefined;
    if (!firstNames.has((person[role ? 1 : 0] as string).toLowerCase()) && !surname && !personSlotBefore(text, p.start, person.length)) continue;
    if (person.some((w) => ORG_HEAD_WORDS.has(w.toLowerCase()) || INSTITUTION_HEADS.has(w.toLowerCase()))) continue;
    if (person.length === 4 && !role) continue;
    // the body must be named as one ("... of Civic Union"): a company named after people may be followed by its seat
    const bodyText = text.slice(p.start + m[0].length, p.end);
    const head = (/(\p{L}+)$/u.exec(bodyText)?.[1] ?? '').toLowerCase();
    // or opens with an institution's head and "of" ("Ellen Park of the University of Iowa", "... of the Bank of Ruritania")
    const opening = /^(\p{L}+)\s+of\s/u.exec(bodyText)?.[1]?.toLowerCase();
    if (!ORG_HEAD_WORDS.has(head) && !INSTITUTION_HEADS.has(head) && !(opening !== undefined && INSTITUTION_HEADS.has(opening))) continue;
    const body = { start: p.start + m[0].length, end: p.end, type: 'ORG' as const };
    if (surname) {
      surname.end = p.start + (m[1] as string).length;
      proposals.splice(k, 1, body);
    } else proposals.splice(k, 1, { start: p.start + role, end: p.start + (m[1] as string).length, type: 'PER' }, body);
  }
}

/** "led by ", "said ", "according to " right before a name: where English writes a person with their body. */
const PERSON_SLOT_BEFORE = /(?:\bby|\bsaid|\bsays|\b[Aa]ccording\s+to)\s+$/u;

/**
 * "The trial will be led by Somchai Wongsawat of Chulalongkorn University", "according to Anong Phromma of Mahidol
 * University": two or three words after the agent's "by" or a verb of saying, before "of" and a body, are a person
 * even when the lexicons lack the given name (Thai, Vietnamese, African names); one word ("by Friends of the
 * Earth") is not enough. Issue 12, round 22.
 */
function personSlotBefore(text: string, start: number, words: number): boolean {
  return words >= 2 && words <= 3 && PERSON_SLOT_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** Words that name a party's creed or people: adjectives in -an/-ic/-ist/-ive/-al ("Republican", "Socialist") and a few nouns. */
const PARTY_CREED = /^(?:\p{Lu}\p{Ll}+(?:an|ic|ist|ive|al|ian)|Labour|Labor|Green|Greens|Reform|Pirate|Workers['’]?|People['’]s)$/u;

/**
 * "the Republican party", "my ties to the Socialist party": a creed written capitalised before a lower-case
 * "party" names that party, which the tagger (trained on names written in capitals) leaves out or cuts.
 * Holidays and other capitalised words before "party" ("a Halloween party") have no creed's form.
 */
export function lowerCasePartyNames(sentence: TaggedSentence, proposals: ProposedName[]): void {
  const { tokens } = sentence;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text !== 'party') continue;
    let first = i;
    while (first > 0 && i - first < 3 && /^\p{Lu}/u.test((tokens[first - 1] as Token).text) && /^\s+$/.test((tokens[first - 1] as Token).post)) first--;
    if (first === i || !PARTY_CREED.test((tokens[first] as Token).text) || CALENDAR_WORDS.has((tokens[first] as Token).lower)) continue;
    // "a Marxist party", "the Islamist party PAS": after "a", or before the party's own name, the phrase describes
    // a party and names none (round 13)
    if (/^an?$/i.test(tokens[first - 1]?.text ?? '') || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) continue;
    const start = (tokens[first] as Token).start;
    if (proposals.some((p) => (p.start < start && p.end > start) || (p.start < t.end && p.end > t.end))) continue;
    for (let k = proposals.length - 1; k >= 0; k--) if ((proposals[k] as ProposedName).start >= start && (proposals[k] as ProposedName).end <= t.end) proposals.splice(k, 1);
    proposals.push({ start, end: t.end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** Role nouns that name a person's office or job, never a company's relation to another ("partner", "rival"). */
export const PERSON_ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS].filter((r) =>
  !['partner', 'owner', 'investor', 'rival', 'opponent', 'critic', 'member', 'veteran', 'agent', 'representative', 'delegate', 'vice'].includes(r)));
/** A person role noun and the comma that opens its apposition: "Velland's aviation minister, ". */
const ROLE_BEFORE_APPOSITION = new RegExp(String.raw`\b(\p{Ll}+)\s*,\s*$`, 'u');

/**
 * "Velland's civil aviation minister, Arvid Holm, welcomed": a name of two or three words set in apposition
 * to a person's role is that person, whatever the tagger made of names its data lacks; a name with an organisation
 * word ("the chief executive, Norvik Group,") stays as proposed.
 */
export function personsInRoleApposition(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number }[] = []): void {
  const inApposition = (start: number, end: number): boolean => {
    const words = text.slice(start, end).split(/\s+/);
    if (words.length < 2 || words.length > 3 || words.some((w) => ORG_HEAD_WORDS.has(w.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(w))) return false;
    const role = ROLE_BEFORE_APPOSITION.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    return role !== undefined && PERSON_ROLES.has(role) && /^\s*[,.;]/.test(text.slice(end, end + 2));
  };
  for (const p of proposals) if (p.type !== 'PER' && inApposition(p.start, p.end)) p.type = 'PER';
  // a name the tagger left out altogether ("The bank's chief economist, Lena Varga, said") but the rule layer found
  let added = false;
  for (const r of ruleNames) {
    if (proposals.some((p) => p.start < r.end && r.start < p.end) || !inApposition(r.start, r.end)) continue;
    proposals.push({ start: r.start, end: r.end, type: 'PER' });
    added = true;
  }
  if (added) proposals.sort((a, b) => a.start - b.start);
}

/**
 * People who work for an employer, written before "at" + the employer's name ("analysts at Halvorsen Brothers",
 * "a professor at Linwood"). Source: the staff and profession nouns of business and wire copy; id names.staff-at.
 */
export const STAFF_NOUNS: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers',
  'scientist', 'scientists', 'engineer', 'engineers', 'executive', 'executives', 'employee', 'employees',
  'worker', 'workers', 'staff', 'staffers', 'trader', 'traders', 'banker', 'bankers', 'professor', 'professors',
  'lecturer', 'lecturers', 'doctor', 'doctors', 'nurse', 'nurses', 'manager', 'managers', 'partner', 'partners',
]);
/** Staff whose "at" names an employer, a firm or an institution, hardly a site ("analysts at Nomura", "a professor at the X Conservatory"). */
const EMPLOYER_STAFF_NOUNS: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'traders', 'banker', 'bankers',
  'professor', 'professors', 'lecturer', 'lecturers', 'researcher', 'researchers', 'scientist', 'scientists',
]);
/** A staff noun, perhaps with a capitalised qualifier, then "at" right before a name: "economists at ". */
const STAFF_AT_BEFORE = /\b(\p{L}+)\s+at\s+(?:the\s+)?$/u;

/**
 * "Analysts at Morgan Keller said": a name after a staff noun and "at" is the employer, an organisation, even when
 * its words are given names and surnames. A name the gazetteer knows as a country, capital or large city ("doctors
 * at Kampala") stays a place;
 * one the tagger typed a place that the gazetteer does not know is the employer too ("Analysts at Nomura said").
 */
export function employersOfStaff(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    if (p.type !== 'PER' && !(p.type === 'LOC' && !stationOfStaff(name))) continue;
    const noun = STAFF_AT_BEFORE.exec(text.slice(Math.max(0, p.start - 30), p.start))?.[1];
    if (noun === undefined || !STAFF_NOUNS.has(noun.toLowerCase())) continue;
    // staff, workers and doctors also work at sites ("the station staff at X Memorial Hall Station", gum-ner-train)
    if (p.type === 'LOC' && !EMPLOYER_STAFF_NOUNS.has(noun.toLowerCase())) continue;
    if (lookupCity(name, { minPopulation: STAFF_CITY_POPULATION }) || lookupCountry(name) || lookupCapital(name)) continue;
    p.type = 'ORG';
  }
}

/**
 * Cities big enough that analysts or scientists "at" them are placed there rather than employed ("economists at
 * Kampala"); a village of the same name as a firm or a university is no such place ("analysts at Bernstein",
 * "researchers at Stanford": the gazetteer's villages of 956 and 13,809 people; round 14).
 */
const STAFF_CITY_POPULATION = 100_000;

/** Whether a name the tagger typed a place reads as where staff are rather than who employs them. */
function stationOfStaff(name: string): boolean {
  const city = lookupCity(name);
  return city !== undefined ? city.population >= STAFF_CITY_POPULATION : knownPlaceName(name);
}

/**
 * "A State Department spokesman said", "An Interior Ministry official said": the indefinite article that opens a
 * sentence is capitalised, and the tagger sometimes takes it into the name after it. No name opens with "A" or
 * "An" followed by another capitalised word that the rule layer read as a name of its own, so the article is cut.
 */
export function dropOpeningArticle(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number }[]): void {
  for (const p of proposals) {
    const article = /^(?:A|An)\s+/.exec(text.slice(p.start, p.end))?.[0];
    if (article === undefined || !ruleNames.some((r) => r.start === p.start + article.length && r.end <= p.end)) continue;
    p.start += article.length;
  }
}

/** "Tarkel Shipping said": no person's name ends in an industry noun; a proposed person that does is a company. */
export function industryCompanies(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'PER') continue;
    const words = text.slice(p.start, p.end).split(/\s+/);
    const last = words[words.length - 1] as string;
    if (words.length >= 2 && /^\p{Lu}/u.test(last) && PROPOSED_INDUSTRY_HEADS.has(last.toLowerCase())) p.type = 'ORG';
  }
}

/**
 * "SAO PAULO, May 28 (Reuters) -": the names of a wire dateline before the agency's bracket are where the report
 * was filed, whatever the tagger made of capitals standing alone; typing them as places before the article's votes
 * keeps a dateline read as a person from turning the body's "in Sao Paulo" into one.
 */
export function datelinePlaces(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  if (sentence.blockKind !== 'dateline') return;
  const bracket = text.indexOf('(', sentence.start);
  const end = bracket >= 0 && bracket < sentence.end ? bracket : sentence.end;
  for (const p of proposals) if (p.start < end) p.type = 'LOC';
  // "ADEN, Yemen (AP) -": a short city in capitals alone is no name to the tagger (it reads as an acronym); the
  // dateline's city is where the report was filed all the same
  const city = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}$/u.exec(text.slice(sentence.start, end).trimEnd());
  if (city && !proposals.some((p) => p.start < sentence.start + city[0].length)) proposals.push({ start: sentence.start, end: sentence.start + city[0].length, type: 'LOC' });
}

/**
 * Verbs by which a body named by common words acts at the start of a sentence ("Civic Passion won three seats",
 * "Network Rail declined to comment"), besides the verbs of reporting and of companies. Source: the acts of parties,
 * bands, unions and operators in wire copy; id names.body-acts.
 */
const BODY_ACTS: ReadonlySet<string> = new Set([
  'won', 'wins', 'lost', 'loses', 'took', 'takes', 'held', 'holds', 'staged', 'stages', 'organised', 'organized',
  'boycotted', 'boycotts', 'fielded', 'fields', 'formed', 'forms', 'joined', 'joins', 'left', 'quit', 'quits',
  'called', 'calls', 'urged', 'urges', 'vowed', 'vows', 'threatened', 'threatens', 'cancelled', 'canceled',
  'postponed', 'played', 'plays', 'performed', 'toured', 'withdrew', 'withdraws', 'campaigned', 'rejected', 'rejects',
]);
/** Words that open a capitalised phrase which is no name of a body ("Many Families", "Last Week", "Both Sides"). */
const OPENING_TAGS = ['Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord', 'Value', 'Date', 'Month', 'WeekDay', 'Honorific'];

/** Whether a capitalised token can be a plain word of a body's name: an English word, no given name or surname, title, role, group noun, calendar word or place. */
function isBodyWord(t: Token, lexicons: PersonNameLists): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || OPENING_TAGS.some((tag) => t.tags.has(tag))) return false;
  if (lexicons.firstNames.has(t.lower) || lexicons.surnames.has(t.lower) || t.tags.has('FirstName') || t.tags.has('LastName')) return false;
  if (TITLE_FIRST_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return false;
  if (lookupDemonym(t.text) || lookupCountry(t.text) || lookupCapital(t.text)) return false;
  return isEnglishWord(t.lower);
}

/** Given names and surnames the tagger's model carries (./names/model.ts `lexicons`). */
export interface PersonNameLists {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

/**
 * "Civic Passion won three seats", "Network Rail declined to comment", "Morning Tide announced a tour": two
 * capitalised English words (neither a given name nor a surname of the model's lists, nor a title, role, group noun,
 * calendar word or place) that open a paragraph sentence and act (a verb of reporting, of companies, or of
 * BODY_ACTS right after them) name a party, a band or an operator. The tagger proposed nothing for them, or a
 * person (its data holds few bodies named by plain words, and a capital at the start of a sentence says nothing):
 * either becomes an organisation. A person's name has a given name or a surname ("Bill Gates said", "Grace Mills
 * said" stay persons, and so does "Green Dawn said", whose words are also names); "Prime Minister" is a title.
 */
export function commonWordBodies(sentence: TaggedSentence, proposals: ProposedName[], lexicons: PersonNameLists): void {
  const { tokens } = sentence;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!opensClause(tokens, i)) continue;
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    const verb = tokens[i + 2] as Token;
    if (!/^\s+$/.test(a.post) || !/^\s+$/.test(b.post) || !isBodyWord(a, lexicons) || !isBodyWord(b, lexicons)) continue;
    if (!(BODY_ACTS.has(verb.lower) || COMPANY_ACTS.has(verb.lower) || reportingLemma(verb.lower) !== undefined) || !verb.tags.has('Verb')) continue;
    if (lookupCity(`${a.text} ${b.text}`) || lookupCountry(`${a.text} ${b.text}`)) continue;
    const overlapping = proposals.filter((p) => p.start < b.end && a.start < p.end);
    const person = overlapping[0];
    // the person may be the second word alone: the tagger dropped the capital that opens the sentence ("Border Patrol")
    if (overlapping.length > 1 || (person && !(person.type === 'PER' && (person.start === a.start || person.start === b.start) && person.end === b.end))) continue;
    if (person) Object.assign(person, { start: a.start, type: 'ORG' });
    else proposals.push({ start: a.start, end: b.end, type: 'ORG' });
  }
  proposals.sort((x, y) => x.start - y.start);
}

/** Nouns of news media that an acronym right after them names ("state television TVR", "the private channel NTA"). */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['channel', 'network', 'television', 'radio', 'daily', 'outlet', 'broadcaster', 'agency']);

/** Whether a lower-case word is a noun for a kind of body, right after which an acronym is that body's name. */
function bodyNounBeforeAcronym(word: string): boolean {
  return MEDIA_NOUNS.has(word) || BODY_APPOSITION_NOUNS.has(word);
}

/** Group nouns after which an acronym names the body the group belongs to ("KDP fighters", "SDF troops"). */
const MEMBER_GROUPS: ReadonlySet<string> = new Set([
  'fighters', 'troops', 'forces', 'militants', 'militiamen', 'militia', 'rebels', 'soldiers', 'gunmen', 'guerrillas',
  'members', 'supporters', 'activists', 'officials', 'lawmakers', 'leaders', 'commanders', 'units', 'loyalists',
]);

/**
 * "KDP fighters clashed", "shelled by YPG troops": an acronym written right before a group noun of MEMBER_GROUPS
 * (or before "shares"/"stock": "GM shares rose") names an organisation (the group stays a group actor beside it, as "Hamas fighters" gives Hamas and its
 * fighters), where the tagger proposed nothing. So does one written right after a noun for a kind of body ("told
 * state broadcaster KBN", "the official news agency WAM reported", "the ruling party ZANU-PF"): the tagger finds
 * an unknown acronym as a subject but often not as such an apposition's name. A country's or a currency's acronym
 * ("US troops", "UK officials"), or one the lexicon knows to be no actor, is left alone.
 */
export function acronymsOfGroups(sentence: TaggedSentence, proposals: ProposedName[]): void {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}{2,6}(?:-\p{Lu}{1,4})?$/u.test(t.text)) continue;
    const before = tokens[i - 1];
    const afterBodyNoun = before !== undefined && /^\s+$/.test(before.post) && bodyNounBeforeAcronym(before.lower) && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
    // ("GM shares rose", "BP stock fell": a listed company's shares; round 15)
    const beforeGroup = i + 1 < tokens.length && /^\s+$/.test(t.post) && (MEMBER_GROUPS.has((tokens[i + 1] as Token).lower) || /^(?:shares|stock)$/.test((tokens[i + 1] as Token).lower));
    if (!afterBodyNoun && !beforeGroup) continue;
    if (NON_ACTOR_ACRONYMS.has(t.text) || lookupCountry(t.text) || lookupDemonym(t.text) || lookupCapital(t.text)) continue;
    if (proposals.some((p) => p.start < t.end && t.start < p.end)) continue;
    proposals.push({ start: t.start, end: t.end, type: 'ORG' });
  }
  proposals.sort((x, y) => x.start - y.start);
}

/** Verbs by which a company moves a counted quantity of goods or staff ("recalled 40,000 cars", "cut 1,200 jobs"). */
const COUNTED_ACTS: ReadonlySet<string> = new Set([
  'recalled', 'recalls', 'shipped', 'ships', 'delivered', 'delivers', 'sold', 'sells', 'produced', 'produces',
  'built', 'builds', 'exported', 'exports', 'cut', 'cuts', 'shed', 'sheds', 'axed', 'axes', 'hired', 'hires',
]);
/** Nouns of measure after a number ("20 percent", "3 points"): what is cut or sold is then no count of goods. */
const MEASURE_NOUNS = /^(?:percent|per|%|points?|percentage|basis|years?|months?|weeks?|days?|hours?|times|votes?|seats?|speeches|pages)$/;
/** Words that may stand between such a verb and its number ("sold nearly 2 million", "cut about 300"). */
const APPROXIMATORS = /^(?:about|around|nearly|almost|some|roughly|over|more|than|up|to|another|an|a|additional|a further)$/;

/**
 * "Ford recalled 40,000 cars", "Marlow delivered 31 jets": a one-word name opening a paragraph's clause that
 * recalls, ships, delivers, sells or cuts a number of things is a company named like a surname, whether the tagger
 * typed it a person or proposed nothing. A person does not ship 31 jets; one who "recalled how" is no such case, and
 * one who "recalled 40 years" is kept when the text names the person in full elsewhere ("Anna Berg ... Berg
 * recalled"), or the word is a given name that is no English word ("Anna").
 */
export function companiesMovingNumbers(text: string, sentence: TaggedSentence, proposals: ProposedName[], firstNames: ReadonlySet<string>): void {
  const { tokens } = sentence;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !opensClause(tokens, i) || !COUNTED_ACTS.has((tokens[i + 1] as Token).lower)) continue;
    let k = i + 2;
    while (k < tokens.length && APPROXIMATORS.test((tokens[k] as Token).lower)) k++;
    const count = tokens[k];
    if (!count || !(/^\d/.test(count.text) || count.tags.has('Value'))) continue;
    // "cut 20 percent of the budget", "sold 3 points": a measure, which people cut too; a count of things is a company's
    if (/%$/.test(count.text) || MEASURE_NOUNS.test(tokens[k + 1]?.lower ?? '')) continue;
    if (OPENING_TAGS.some((tag) => t.tags.has(tag)) || TITLE_FIRST_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) continue;
    // no city test: towns are named like surnames too ('Marlow', 'Ford'), and a town does not ship jets
    if (lookupDemonym(t.text) || lookupCountry(t.text) || lookupCapital(t.text)) continue;
    if ((firstNames.has(t.lower) && !isEnglishWord(t.lower)) || new RegExp(String.raw`\p{Lu}[\p{L}.]*\s+${t.text}\b`, 'u').test(text)) continue;
    organisationAt(proposals, t);
  }
  proposals.sort((x, y) => x.start - y.start);
}

/**
 * Words that end a company's name after the place it is named for ("Galway Shipping", "Kiruna Steel", "Oslo
 * Energy"): the industry heads, and the utilities and trades companies are named by. Sites ("Airport",
 * "Hospital", "Bay") are not among them. Source: company naming in business wire copy; id names.place-companies.
 */
const PLACE_COMPANY_HEADS: ReadonlySet<string> = new Set([
  ...INDUSTRY_HEADS, 'steel', 'energy', 'power', 'water', 'gas', 'oil', 'petroleum', 'electric', 'telecom', 'airlines',
  'airways', 'motors', 'insurance', 'pharmaceuticals', 'holdings', 'industries', 'enterprises', 'technologies',
  'systems', 'securities', 'brewers', 'mills', 'cement', 'paper', 'textile', 'chemical', 'refining', 'resources',
]);

/**
 * Words that close a company's name ("Kestrel International", "Velmar Group"), seldom a place's: a proposed place
 * ending in one is a company unless a locative preposition (LOCATIVE_PREPOSITIONS) governs it ("flights at Dulles International", an
 * airport). Source: company naming in business wire copy; id names.company-closing-words.
 */
const COMPANY_CLOSING_WORDS: ReadonlySet<string> = new Set(['international', 'group', 'corporation', 'incorporated', 'worldwide']);

/**
 * Words that open the name of a river bank or a shoal rather than a lender ("the West Bank", "the Left Bank"):
 * compass points and sides. Source: English place naming; id names.bank-places.
 */
const BANK_PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([
  'west', 'east', 'north', 'south', 'northern', 'southern', 'eastern', 'western', 'left', 'right', 'upper', 'lower',
]);

/**
 * "rival Hallam Bank", "Kiruna Bank": a proposed place whose last word is "Bank" names a lender, unless a compass
 * point or side opens it ("the West Bank"); the tagger reads the word as a place's head because the one bank that
 * news names most often is a territory. One word alone ("Bank") is never a lender's name.
 */
function namedBank(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words[words.length - 1] === 'Bank' && !BANK_PLACE_FIRST_WORDS.has((words[0] as string).toLowerCase());
}

/**
 * "Shares of Galway Shipping fell", "a stake in Kiruna Steel": a place the tagger proposed, followed by a
 * capitalised company head of PLACE_COMPANY_HEADS (or ending in one) that no further capitalised word continues,
 * is a company named for the place: one organisation over both. "Workers in Galway said shipping stopped" keeps
 * its place (the head is in lower case).
 */
export function placeCompanies(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'LOC') continue;
    const name = text.slice(p.start, p.end);
    const last = /(\p{Lu}\p{Ll}+)$/u.exec(name)?.[1];
    const governing = /(\p{L}+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, p.start - 20), p.start))?.[1]?.toLowerCase() ?? '';
    const closing = last !== undefined && COMPANY_CLOSING_WORDS.has(last.toLowerCase()) && !LOCATIVE_PREPOSITIONS.has(governing);
    if (/\s/.test(name) && last !== undefined && (PLACE_COMPANY_HEADS.has(last.toLowerCase()) || namedBank(name) || closing)) {
      p.type = 'ORG';
      continue;
    }
    const after = /^\s(\p{Lu}\p{Ll}+)(?!['’]?\s*\p{Lu}|-)/u.exec(text.slice(p.end, p.end + 40));
    if (!after || !PLACE_COMPANY_HEADS.has((after[1] as string).toLowerCase())) continue;
    const end = p.end + after[0].length;
    if (proposals.some((q) => q !== p && q.start < end && q.end > p.end)) continue;
    p.end = end;
    p.type = 'ORG';
  }
}

/** Weekday names that are no weekday but a named day with the word before them ("Good Friday", "Super Tuesday"). */
const NAMED_DAY_FIRST_WORDS: ReadonlySet<string> = new Set([
  'good', 'black', 'cyber', 'easter', 'super', 'ash', 'palm', 'holy', 'maundy', 'bloody', 'blue', 'giving', 'whit',
  'shrove', 'fat', 'low', 'plough', 'mothering', 'trinity', 'passion',
]);
const WEEKDAY_AT_END = / (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "Rain fell in Velmar Monday", "troops entered Accra Friday": wire copy writes the day right after a place without
 * "on", and the tagger takes it into the name. A place or organisation proposal ending in a weekday ends before it,
 * unless the word before makes a named day ("Good Friday", "Super Tuesday").
 */
export function dropTrailingWeekdays(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type === 'PER') continue;
    const name = text.slice(p.start, p.end);
    const day = WEEKDAY_AT_END.exec(name);
    if (!day) continue;
    const rest = name.slice(0, day.index);
    const before = (rest.split(/\s+/).pop() ?? '').toLowerCase();
    if (rest.length === 0 || NAMED_DAY_FIRST_WORDS.has(before)) continue;
    p.end = p.start + rest.length;
  }
}

/**
 * Whether a span is a month abbreviation written before its day ("to be completed by Feb. 15", "on Nov. 8"): a date,
 * never a name, though the rule layer reads a capitalised short word before a full stop as one (the times stage's
 * MONTH_ABBREVIATIONS; round 15, id `names/month-abbreviations`).
 */
export function monthBeforeDay(text: string, span: { start: number; end: number }): boolean {
  const word = text.slice(span.start, span.end);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && MONTH_ABBREVIATIONS.has(word.toLowerCase()) && /^\.?\s*\d/.test(text.slice(span.end, span.end + 4));
}

/**
 * Heads of bodies that no place, building or site is named with (unlike "Center", "Bank", "Court", "Museum"):
 * a name the tagger typed a place that ends in one is the body. Source: INSTITUTION_HEADS less the heads of sites;
 * id `names/non-site-body-heads`.
 */
const NON_SITE_BODY_HEADS: ReadonlySet<string> = new Set([
  'survey', 'bureau', 'agency', 'ministry', 'department', 'commission', 'committee', 'council', 'authority',
  'federation', 'confederation', 'association', 'society', 'foundation', 'organization', 'organisation', 'party',
  'coalition', 'movement', 'league', 'fund',
]);

/** Heads of campaigning and monitoring bodies, besides INSTITUTION_HEADS: "Civil Rights Project", "Human Rights Watch". */
const CAMPAIGN_BODY_HEADS: ReadonlySet<string> = new Set(['project', 'network', 'watch', 'trust', 'forum']);
/** Heads of markets named after their city ("the New York Stock Exchange", "the London Metal Exchange"). */
const MARKET_BODY_HEADS: ReadonlySet<string> = new Set(['exchange']);

/** Capitalised words after a place, the last an institution's head: " Civil Rights Project", " Democratic Party". */
const BODY_AFTER_PLACE = /^(?: \p{Lu}[\p{Ll}-]+){1,4}(?![\p{L}\p{M}'’-])(?! +\p{Lu})/u;

/** An acronym of three to six capitals right after a place, with no capitalised word after it. */
const ACRONYM_AFTER_PLACE = /^ (\p{Lu}{3,6})(?![\p{L}\p{M}\d'’&-])(?! +\p{Lu})/u;
/** Acronyms written after a place that name no body: time zones. Source: time zone abbreviations; id names.zone-acronyms. */
const NON_BODY_ACRONYMS: ReadonlySet<string> = new Set(['GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'IST', 'JST', 'AEST', 'AEDT']);

/**
 * "the Texas Civil Rights Project", "the Ohio Democratic Party", "the Velmar Department of Public Safety": a place
 * the tagger proposed that opens a run of capitalised words ending in an institution's head (INSTITUTION_HEADS)
 * is the first word of that institution's name: one organisation over the run and its "of ..." tail. The tagger
 * often stops after the place or a word past it ("Texas Civil"). Works on one sentence's proposals, in place.
 */
export function placesOpeningBodies(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    // "the Tokyo Stock Exchange" proposed as an organisation "Tokyo Stock": the tagger stopped inside the run
    if (p.type === 'ORG') {
      extendBodyRun(text, p, proposals);
      continue;
    }
    if (p.type !== 'LOC') continue;
    // the run starts at the place: the words after the proposal, plus any the proposal already took past the place
    const runStart = /^\p{Lu}[\p{L}.-]*/u.exec(text.slice(p.start, p.end))?.[0].length ?? 0;
    const acronym = ACRONYM_AFTER_PLACE.exec(text.slice(p.end, p.end + 12));
    // "the North Carolina NAACP", "the Texas GOP": an acronym right after a state or city is its branch of that body
    // (a country's acronym body is national, a name of its own: "the UK RAF", "U.S. FDA")
    if (acronym && !NON_BODY_ACRONYMS.has(acronym[1] as string) && !lookupCountry(text.slice(p.start, p.end)) && !proposals.some((q) => q !== p && q.start < p.end + acronym[0].length && q.end > p.end)) {
      p.end += acronym[0].length;
      p.type = 'ORG';
      continue;
    }
    if (runStart > 0) extendBodyRun(text, p, proposals, runStart);
  }
}

/**
 * Extends a proposal over the capitalised words after its first `from` characters when they end in an
 * institution's head, with the head's "of ..." tail; the proposal becomes that organisation.
 */
function extendBodyRun(text: string, p: ProposedName, proposals: readonly ProposedName[], from = p.end - p.start): void {
  const after = BODY_AFTER_PLACE.exec(text.slice(p.start + from, p.start + from + 80));
  if (!after) return;
  const end = p.start + from + after[0].length;
  const head = (after[0].trim().split(/\s+/).pop() as string).toLowerCase();
  // "the United States Geological Survey" proposed whole as a place: a place's name ending in the head of a body
  // that is never a site is that body ("the Kennedy Space Center", "the West Bank" stay places)
  if (end < p.end || (end === p.end && !(p.type === 'LOC' && NON_SITE_BODY_HEADS.has(head)))) return;
  if (!(INSTITUTION_HEADS.has(head) || CAMPAIGN_BODY_HEADS.has(head) || MARKET_BODY_HEADS.has(head)) || proposals.some((q) => q !== p && q.start < end && q.end > p.start)) return;
  const tail = INSTITUTION_TAIL.exec(text.slice(end, end + 160));
  const kept = tail ? trimTail(tail[0]) : '';
  p.end = end + kept.length;
  p.type = 'ORG';
}

/** " of People Power", " of the Steady Hand": "of", perhaps "the", then capitalised words, after a person's name. */
const OF_BODY_AFTER = /^ +of +(?:the +)?(\p{Lu}[\p{L}\p{M}'’-]*(?: +\p{Lu}[\p{L}\p{M}'’-]*){0,4})(?![\p{L}\p{M}'’-])(?!,\s*\p{Lu}\p{L}*(?:,|\s+and\s))/u;

/** Whether a capitalised run is a place the gazetteer knows, or ends in a word of place (Harbour, County, Street). */
function looksLikePlace(run: string): boolean {
  const last = (run.split(/\s+/).pop() as string).toLowerCase();
  return knownPlaceName(run) || Object.hasOwn(PLACE_TYPE_WORDS, last);
}

/** Whether a capitalised run is a place the gazetteer knows (a country, capital, city or demonym). */
/** Lower-case nouns after a stock market index's name ("the Nikkei share average", "the Kospi index"). */
// ("the Nikkei Stock Average", "the Kospi Composite Index": capitalised or not, perhaps with an industry modifier)
// ("the FTSE 100 index", "the Nikkei 225 average": the number of stocks may stand between; round 13)
const INDEX_NOUNS_AFTER = /^\s+(?:\d{2,4}\s+)?(?:(?:share|stock|price|benchmark|composite|blue-chip|industrial|transportation|utility)\s+)?(?:index|average|composite|gauge)\b/i;
/** Words right before an index's name ("the benchmark Kospi", "the blue-chip Sensex"). */
const INDEX_WORDS_BEFORE = /\b(?:benchmark|blue-chip|index|gauge)\s+$/;

/**
 * Short names of the main stock market indices, as market reports write them alone ("the Kospi fell"). Names that
 * are also a company or an exchange ("Nasdaq", "FTSE", "Dow") are left out. Source: the exchanges' own index names;
 * id names.market-indices.
 */
const MARKET_INDICES: ReadonlySet<string> = new Set([
  'Nikkei', 'Topix', 'Kospi', 'Kosdaq', 'Sensex', 'Nifty', 'Ibovespa', 'Merval', 'DAX', 'CAC', 'IBEX', 'Ibex',
  'Hang Seng', 'Jakarta Composite', 'Shanghai Composite', 'Straits Times Index', 'Euro Stoxx', 'Stoxx', 'Taiex',
  'ASX', 'Bovespa', 'MSCI', 'SMI', 'AEX', 'OMX', 'PSEi', 'Tadawul',
]);
/** A market move after an index's name: "the Kospi fell 8.8 percent", "the Nikkei closed up". */
const INDEX_MOVES_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:fell|rose|gained|lost|slid|slumped|climbed|jumped|plunged|dropped|added|ended|closed|tumbled|surged|edged|shed|finished|rallied|sank)\b/u;

/**
 * "Japan's Nikkei share average plunged", "the benchmark Kospi fell 8 percent": a name written before an index
 * noun or after "benchmark" names a stock market index, which is neither an actor nor a place (the tagger reads a
 * lone one as a person); every proposal with its text in the article goes, so "the Nikkei fell" later goes too.
 * Works on the whole article's proposals, in place; returns the index names found (the rule layer's readings of them
 * are not kept either: "the FTSE 100 index" was an organisation "FTSE", round 13).
 */
export function dropMarketIndices(text: string, proposals: ProposedName[][]): ReadonlySet<string> {
  const indices = new Set<string>();
  for (const p of proposals.flat()) {
    const name = text.slice(p.start, p.end);
    const moves = MARKET_INDICES.has(name) && INDEX_MOVES_AFTER.test(text.slice(p.end, p.end + 40));
    if (moves || namesMarketIndex(text, p)) indices.add(name);
  }
  if (indices.size === 0) return indices;
  for (const list of proposals) for (let k = list.length - 1; k >= 0; k--) if (indices.has(text.slice((list[k] as ProposedName).start, (list[k] as ProposedName).end))) list.splice(k, 1);
  return indices;
}

/** Whether the name at `span` stands before an index noun or after "benchmark" ("the AEX index", "the benchmark Kospi") or ends in one. */
export function namesMarketIndex(text: string, span: { start: number; end: number }): boolean {
  // ("The Dow Jones Industrial Average fell", "the Nikkei Stock Average": the index noun inside the name; round 15)
  if (/\s(?:Average|Index)$/u.test(text.slice(span.start, span.end))) return true;
  return INDEX_NOUNS_AFTER.test(text.slice(span.end, span.end + 30)) || INDEX_WORDS_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) || indexNamedAfterCoinedWords(text, span.end);
}

/** One or two capitalised coined words or acronyms, then an index noun ("MSCI" + " Colcap index"); compiled once. */
const CODE_WORDS_BEFORE_INDEX = /^((?:\s+[\p{Lu}][\p{L}\d&/-]*){1,2})(?=\s+(?:index|gauge)\b)/u;

/**
 * "the MSCI Colcap index", "the FTSE Bursa Malaysia KLCI index": the tagger stops before an index's own code word it
 * has never seen, so the provider's name before it looked like a body (round 24). The words between must be no
 * English words ("the Conference Board Employment Trends index" keeps the board).
 */
function indexNamedAfterCoinedWords(text: string, end: number): boolean {
  const run = CODE_WORDS_BEFORE_INDEX.exec(text.slice(end, end + 40))?.[1];
  return run !== undefined && run.trim().split(/\s+/).every((w) => !isEnglishWord(w.toLowerCase()));
}

/**
 * "head of research at Phillip Securities Japan": a person proposed over a name with a capitalised organisation
 * head after its first word ("Securities", "Group", "Motors"), which the live rule layer reads as an organisation,
 * is that organisation, unless the head is also a surname ("Ana Church").
 */
export function organisationsWithInnerHeads(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], surnames: ReadonlySet<string>): void {
  for (const p of proposals) {
    if (p.type !== 'PER') continue;
    const words = text.slice(p.start, p.end).split(/\s+/).slice(1);
    const head = words.find((w) => /^\p{Lu}\p{Ll}/u.test(w) && ORG_HEAD_WORDS.has(w.toLowerCase()) && !surnames.has(w.toLowerCase()));
    if (head && ruleNames.some((r) => r.start === p.start && r.end === p.end && r.cls === 'organization')) p.type = 'ORG';
  }
}

/**
 * "Guinea-Bissau", "Port-au-Prince", "Timor-Leste": the tokenizer cuts some hyphenated place names where a
 * capital follows the hyphen, and the tagger then proposes the pieces. A proposal inside a hyphenated word whose
 * whole is a country, capital or city of the gazetteer becomes one place over the word, and the other proposals
 * inside it go. "the Paris-Berlin route" keeps two places (the whole is no known place).
 */
export function hyphenatedPlaces(text: string, proposals: ProposedName[]): void {
  for (let k = 0; k < proposals.length; k++) {
    const p = proposals[k] as ProposedName;
    const left = /(?:\p{L}+-)+$/u.exec(text.slice(Math.max(0, p.start - 40), p.start))?.[0] ?? '';
    const right = /^(?:-\p{L}+)+/u.exec(text.slice(p.end, p.end + 40))?.[0] ?? '';
    if (!left && !right) continue;
    const start = p.start - left.length;
    const end = p.end + right.length;
    if (/\p{L}/u.test(text[start - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
    const whole = text.slice(start, end);
    if (!lookupCountry(whole) && !lookupCapital(whole) && !lookupCity(whole)) continue;
    const place: ProposedName = { ...p, start, end, type: 'LOC' };
    proposals[k] = place;
    for (let j = proposals.length - 1; j >= 0; j--) if (j !== k && (proposals[j] as ProposedName).start < end && start < (proposals[j] as ProposedName).end) proposals.splice(j, 1);
    k = proposals.indexOf(place);
  }
}

export function knownPlaceName(run: string): boolean {
  return lookupCountry(run) !== undefined || lookupCapital(run) !== undefined || lookupCity(run) !== undefined || lookupDemonym(run) !== undefined;
}

/** Whether a title or role is written right before `start` ("Senator Jo Hale", "Mayor Ana Ruiz"). */
function titledAt(text: string, start: number): boolean {
  const word = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  return word !== undefined && (TITLE_FIRST_WORDS.has(word) || ROLE_NOUNS.has(word));
}

/**
 * "Raymond Chan of People Power", "Nathan Law of Demosisto": capitalised words after a person's name and "of" (on
 * the same line) name the body the person belongs to, an organisation, when the tagger proposed nothing there, a
 * person, or an organisation cut short ("People" of "People Power"); not a word of a list ("of the Architectural,
 * Surveying and Planning constituency"). A place is left alone: one the gazetteer knows or the
 * tagger proposed ("Jo Hale of Ohio"), one ending in a word of place ("of Kestrel Harbour"), and any after a titled
 * person ("Senator Jo Hale of Wexley", where "of" gives the constituency).
 */
export function bodiesOfMembers(text: string, proposals: ProposedName[]): void {
  for (const p of [...proposals]) {
    if (p.type !== 'PER' || titledAt(text, p.start)) continue;
    const m = OF_BODY_AFTER.exec(text.slice(p.end, p.end + 80));
    if (!m) continue;
    const run = trimTail(` ${m[1] as string}`).trim();
    if (run.length === 0 || looksLikePlace(run)) continue;
    const start = p.end + m[0].length - (m[1] as string).length;
    const end = start + run.length;
    const inside = proposals.filter((q) => q.start < end && start < q.end);
    if (inside.length > 1 || inside.some((q) => q.type === 'LOC' || q.start < start || q.end > end)) continue;
    const body = inside[0];
    if (body) Object.assign(body, { start, end, type: 'ORG' });
    else proposals.push({ start, end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** "Youngspiration's ", "New People Party's ": capitalised words and a possessive, at the end of the text before a name. */
const OWNER_BEFORE = /(?:^|[^\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}-]*(?: +\p{Lu}[\p{L}\p{M}-]*){0,3})['’]s +$/u;
/** Words before "'s" that are a pronoun and a verb ("It's Warhol", "That's Mara Quist"), not an owner. */
const CONTRACTED_PRONOUNS = /^(?:it|he|she|that|there|here|what|who|where|how|this|let)$/i;

/**
 * "Demosisto's Nathan Law", "Labour's Ed Brannock": capitalised words in the possessive right before a person's
 * name name the body the person belongs to, an organisation, when the tagger proposed nothing, a cut organisation or
 * a one-word person that is no known surname there ("Sanders's Jeff Weaver" is an aide), and no given name opens them. A place in the possessive is a place ("Hong Kong's Carrie Wan"), and so is a
 * calendar word ("Tuesday's").
 */
export function bodiesOwningPersons(text: string, proposals: ProposedName[], lexicons: PersonNameLists): void {
  const { firstNames, surnames } = lexicons;
  for (const p of [...proposals]) {
    if (p.type !== 'PER') continue;
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const m = OWNER_BEFORE.exec(before);
    if (!m) continue;
    // "pro-Beijing New People Party's": a stance prefix is no part of the body's name
    // (a sentence-opening article is no part of it either: "The NPP's Mahamudu Bawumia conceded"; round 23)
    const run = (m[1] as string).replace(/^(?:Pro|Anti|Ex|Non)-\p{Lu}[\p{L}\p{M}-]* +/u, '').replace(/^The +(?=\S)/u, '');
    const words = run.split(/\s+/);
    if (CONTRACTED_PRONOUNS.test(run) || looksLikePlace(run) || CALENDAR_WORDS.has(run.toLowerCase()) || firstNames.has((words[0] as string).toLowerCase())) continue;
    if (words.some((w) => TITLE_FIRST_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()))) continue;
    const start = p.start - before.length + (m.index as number) + m[0].lastIndexOf(run);
    const end = start + run.length;
    const inside = proposals.filter((q) => q !== p && q.start < end && start < q.end);
    if (inside.length > 1) continue;
    const owner = inside[0];
    // the tagger's organisation may be cut short ("People Party" of "New People Party's")
    const cutBody = owner?.type === 'ORG' && owner.start >= start && owner.end === end;
    // a one-word person that no name list knows ("Quietus's"); "Sanders's Jeff Weaver" is a person's aide
    const unknownPerson = owner?.type === 'PER' && words.length === 1 && !surnames.has(run.toLowerCase());
    if (owner && !cutBody && !(owner.start === start && owner.end === end && unknownPerson)) continue;
    if (owner) Object.assign(owner, { start, end, type: 'ORG' });
    else proposals.push({ start, end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * The words before a storm's given name in weather and disaster copy ("Hurricane Delia", "Typhoon Haikui",
 * "Tropical Storm Bret", "Storm Ciaran"): the naming of the WMO regional cyclone lists and of the European
 * storm-naming services. A named storm is no person, organisation or place (the open NER data, GUM, leaves
 * "Cyclone Phailin" untagged). Id: `names/storm-names`.
 */
const STORM_WORDS = /^(?:(?:super\s+)?typhoon|hurricane|(?:tropical\s+|winter\s+|subtropical\s+)?storm|(?:tropical\s+)?cyclone|tropical\s+depression)$/i;
const STORM_BEFORE = /\b((?:Super\s+)?Typhoon|Hurricane|(?:Tropical\s+|Winter\s+|Subtropical\s+)?Storm|(?:Tropical\s+)?Cyclone|Tropical\s+Depression)\s+$/;

/** "Hurricane Delia killed four people": a storm's name, with or without its storm word, is dropped. */
export function dropStormNames(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const words = text.slice(p.start, p.end).split(/\s+/);
    const opensWithStorm = words.length >= 2 && [1, 2, 3].some((n) => n < words.length && STORM_WORDS.test(words.slice(0, n).join(' ')));
    if (opensWithStorm || STORM_BEFORE.test(text.slice(Math.max(0, p.start - 25), p.start))) proposals.splice(k, 1);
  }
}

/**
 * Lower-case nouns of administrative units written after a region's name ("Idlib province", "the Aisne
 * department", "the Kherson region", "Kern county"): general English usage of wire copy for the first- and
 * second-level divisions of a country. Id: `names/admin-unit-nouns`.
 */
const ADMIN_UNIT_NOUNS: ReadonlySet<string> = new Set([
  // the region nouns of the rule layer's place types, and the divisions it does not type
  ...Object.entries(PLACE_TYPE_WORDS).filter(([, kind]) => kind === 'region').map(([word]) => word),
  'department', 'municipality', 'canton', 'emirate', 'parish', 'borough', 'commune', 'subdistrict', 'township', 'valley',
]);

/** Units after which an unproposed word is a place: not "department" ("the Health department") nor "valley". */
const UNPROPOSED_PLACE_UNITS = /^(?:province|state|region|district|county|prefecture|governorate|oblast|canton|emirate)$/;

/**
 * A possessive of up to three capitalised words opening a span before another capitalised word: "China's " of "China's
 * Shanxi", "South Sudan's " (the owner in group 1; callers check it is a country). Shared with name-context-repairs.ts.
 */
export const COUNTRY_POSSESSIVE_OPENING = /^(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})['’]s\s+(?=\p{Lu})/u;

/**
 * "Shelling hit Idlib province", "a tree fell in the Aisne department": one or two capitalised words right before
 * a lower-case noun of ADMIN_UNIT_NOUNS name a place, whatever the tagger typed them ("department" heads a
 * ministry only when capitalised); a name the tagger missed is taken from the live rule layer when it reads it
 * there.
 */
export function placesBeforeAdminNouns(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], sentence?: TaggedSentence): void {
  const unitAfter = (end: number): boolean => {
    const m = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 20));
    return m !== null && ADMIN_UNIT_NOUNS.has(m[1] as string) && !/^\s+\p{Ll}+\s+(?:of|for)\b/u.test(text.slice(end, end + 30));
  };
  // "Russian territory", "the Kurdish region": a people's adjective says whose, it names no place
  // ("pro-Beijing district councillor": a lower-case word opens no place name either)
  // (the demonyms in -i are the gazetteer's, "Iraqi", "Omani"; the shape alone took "Shanxi province", "Hebei
  // province" for adjectives; round 19)
  // (a word compromise's lexicon holds as a region is a place whatever its ending: "Fujian province", "Jiangxi
  // province"; the -ian shape had dropped them; round 20, `names/region-tag-over-demonym-shape`)
  const regionAt = (start: number): boolean => sentence?.tokens.find((t) => t.start === start)?.tags.has('Region') === true;
  const adjectival = (name: string, start = -1): boolean => !/^\p{Lu}/u.test(name) || lookupDemonym(name) !== undefined || (/^\p{Lu}\p{Ll}+(?:ian|ese|ish|ic)$/u.test(name) && !regionAt(start));
  proposals.forEach((p, k) => {
    // ("northern China's Shanxi province", "Congo's North Kivu province": the country's possessive only says whose;
    // the place is the name after it; round 19, `names/possessive-before-admin-unit`)
    const owner = COUNTRY_POSSESSIVE_OPENING.exec(text.slice(p.start, p.end));
    const start = owner && lookupCountry(owner[1] as string) && unitAfter(p.end) ? p.start + owner[0].length : p.start;
    const name = text.slice(start, p.end);
    if ((p.type !== 'LOC' || start > p.start) && unitAfter(p.end) && name.split(/\s+/).length <= 2 && !adjectival(name, start)) proposals[k] = { ...p, start, type: 'LOC' };
  });
  for (const r of ruleNames) {
    if (r.cls !== 'place' || !unitAfter(r.end) || adjectival(text.slice(r.start, r.end), r.start) || proposals.some((p) => p.start < r.end && p.end > r.start)) continue;
    proposals.push({ start: r.start, end: r.end, type: 'LOC' });
  }
  // ("Floods hit Hunan province": one capitalised word inside the sentence that neither the tagger nor the rule layer
  // proposed, right before the unit noun, is the place; round 19, `names/unproposed-before-admin-unit`)
  for (const t of sentence?.tokens ?? []) {
    const prev = sentence?.tokens[t.index - 1];
    if (t.index === 0 || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) || !/^\s+$/.test(t.post) || !unitAfter(t.end) || adjectival(t.text, t.start) || isEnglishWord(t.lower)) continue;
    if (!UNPROPOSED_PLACE_UNITS.test(/^\s+(\p{Ll}+)/u.exec(text.slice(t.end, t.end + 20))?.[1] ?? '')) continue;
    if ((prev && /^\p{Lu}/u.test(prev.text) && /^\s+$/.test(prev.post)) || CALENDAR_WORDS.has(t.lower) || TITLE_FIRST_WORDS.has(t.lower) || proposals.some((p) => p.start < t.end && t.start < p.end)) continue;
    proposals.push({ start: t.start, end: t.end, type: 'LOC' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * Nouns for bodies that an apposition gives a name ("Morning Tide, a folk band from the coast,", "Kestrel, a
 * Swedish engineering firm,"). Source: the descriptions of companies, parties and groups in wire copy; id
 * names.body-apposition.
 */
const BODY_APPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'band', 'party', 'group', 'company', 'firm', 'charity', 'union', 'movement', 'organisation', 'organization',
  'club', 'team', 'agency', 'bank', 'airline', 'carrier', 'retailer', 'manufacturer', 'maker', 'startup',
  'start-up', 'broadcaster', 'newspaper', 'publisher', 'coalition', 'alliance', 'militia', 'faction', 'insurer',
  'lender', 'conglomerate', 'chain', 'supplier', 'operator', 'developer', 'producer', 'choir', 'orchestra',
  'ensemble', 'foundation', 'nonprofit', 'non-profit', 'consultancy', 'brewer', 'miner', 'utility', 'exporter',
  // round 11: campaign money and advocacy ("Priorities USA Action, the main super PAC backing X,")
  'pac', 'lobby', 'tank', 'regulator', 'watchdog', 'monitor',
]);
/** ", a folk band from the coast,", ", Brazil's biggest steelmaker,": an article or a possessive name after the comma. */
// ("Kataib Hezbollah, one of the largest militias,": "one of" and a plural head, round 11)
const APPOSITION_OPENS = /^\s*,\s+(?:one\s+of\s+)?(?:a|an|the|its|their|\p{Lu}[\p{L}.]*['’]s)\s+([^,.;:()"“”]{1,80})/u;
/** Where a noun phrase's post-modifiers begin: its head is the word before. */
// (participles that take an object: "the main super PAC backing X", round 11)
const POST_MODIFIER = /\s(?:from|in|at|on|with|of|for|that|which|who|whose|based|known|founded|set|run|owned|backed|led|whom|backing|supporting|opposing|representing|seeking|fighting|formed|created|allied|aligned|affiliated|linked|loyal)\b/u;

/**
 * Whether the text at `at` (right after a name) is an apposition headed by a noun of BODY_APPOSITION_NOUNS, with no
 * role noun in it ("a party leader", "a member of the band" are about a person).
 */
/** Whether a body noun with "the" or a possessive and a comma stands right before `p`, and a comma or a full stop right after it. */
function bodyNounBefore(text: string, p: ProposedName): boolean {
  const lead = text.slice(Math.max(0, p.start - 60), p.start);
  // ("His team, Velo Nord,", "its parent company, Delmar Holdings,", "Ardenia's ruling party, Nova Esquerda,": a
  // possessive opens the description as "the" does; round 19, `names/body-noun-apposition-possessive`)
  const before = /\b(?:the|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]*),\s*$/u.exec(lead);
  // ("the leader of the party, X,": the name is the leader's; "Ben Ode of the rights group, X," names the group)
  if (before === null || /\b\p{Ll}+\s+(?:of|for)\s+$/u.test(lead.slice(0, before.index)) || /\s(?:of|for|at|in)\s/.test(before[0])) return false;
  // (after a possessive only a noun that names no person's trade: "his publisher, Simrock," is a person)
  const noun = before[1] as string;
  const possessed = !/^the\b/.test(before[0]);
  return (possessed ? POSSESSED_BODY_NOUNS.has(noun) : BODY_APPOSITION_NOUNS.has(noun)) && /^\s*[,.;]/.test(text.slice(p.end, p.end + 3));
}

/** Nouns of BODY_APPOSITION_NOUNS that name no person after "his"/"its"/"X's" ("his team, Velo Nord,"; not "his publisher"). */
const POSSESSED_BODY_NOUNS: ReadonlySet<string> = new Set([
  'party', 'team', 'club', 'group', 'company', 'firm', 'union', 'movement', 'organisation', 'organization', 'charity',
  'bank', 'airline', 'agency', 'coalition', 'alliance', 'militia', 'faction', 'foundation', 'band', 'broadcaster',
  'newspaper', 'insurer', 'conglomerate', 'lender', 'carrier', 'retailer',
]);

function bodyApposition(text: string, at: number): boolean {
  const phrase = APPOSITION_OPENS.exec(text.slice(at, at + 100))?.[1];
  if (phrase === undefined) return false;
  const cut = POST_MODIFIER.exec(` ${phrase}`);
  const words = (cut ? ` ${phrase}`.slice(0, cut.index) : phrase).trim().toLowerCase().split(/\s+/);
  const written = words[words.length - 1] as string;
  // "one of the largest militias": the plural head after "one of"
  const head = /^\s*,\s+one\s+of\s/u.test(text.slice(at, at + 20)) ? written.replace(/(?:ie)?s$/u, (s) => (s === 'ies' ? 'y' : '')) : written;
  // "Brazil's second-biggest steelmaker", "a Danish drugmaker": makers of a product are companies
  if ((!BODY_APPOSITION_NOUNS.has(head) && !/^\p{Ll}{3,}maker$/u.test(head)) || words.length > 5) return false;
  // "the world's largest copper producer": a body ranked among its trade, though "producer" is also a person's role
  const ranked = words.slice(0, -1).some((w) => RANKING_WORDS.test(w));
  return !words.some((w, k) => (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''))) && !(ranked && k === words.length - 1));
}

/** Words that rank a body among its trade ("the largest", "second-biggest", "No. 2", "leading"). */
const RANKING_WORDS = /^(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))-)?(?:largest|biggest|smallest|leading|top|dominant|oldest)$/u;

/** Capitalised words that open a sentence and are set off by a comma ("Morning Tide, a folk band"). */
const OPENING_NAME_BEFORE_COMMA = /^((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]*)(?=\s*,)/u;

/**
 * "Morning Tide, a folk band from the coast, said", "Kestrel, a Swedish engineering firm, said": a name the tagger
 * proposed as a person, or capitalised words opening the sentence that it proposed nothing for, followed by an
 * apposition headed by a noun of BODY_APPOSITION_NOUNS, is an organisation; so is a name the tagger read as a place
 * that the gazetteer does not know ("Spanair, the Spanish carrier"). A place keeps its reading ("Galway, a port
 * city"), and an apposition about a person is left ("Ana Ruiz, a party leader,", "X, a member of the band,").
 */
export function bodiesInApposition(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  // "a stake in Spanair, the Spanish carrier": a place the gazetteer does not know is a body too (round 8)
  for (const p of proposals) if ((p.type === 'PER' || (p.type === 'LOC' && !looksLikePlace(text.slice(p.start, p.end)))) && bodyApposition(text, p.end)) p.type = 'ORG';
  // "of the British gay rights organization, Stonewall, said": a name set off by commas right after such a noun
  // (never a given name, "the head of the party, Tom Kale,")
  const givenName = (p: ProposedName) => sentence.tokens.some((t) => t.start === p.start && (t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName')));
  for (const p of proposals) if (p.type === 'PER' && !givenName(p) && bodyNounBefore(text, p)) p.type = 'ORG';
  const opening = OPENING_NAME_BEFORE_COMMA.exec(text.slice(sentence.start, sentence.end))?.[1];
  if (opening === undefined) return;
  const start = sentence.start;
  const end = start + opening.length;
  // "Priorities USA Action, the main super PAC": places or persons the tagger proposed inside a longer opening run
  // give way to the body (a proposal over the whole run was typed above, one reaching past it is left)
  const inside = proposals.filter((p) => p.start < end && start < p.end);
  if (inside.some((p) => p.start < start || p.end > end || (p.start === start && p.end === end)) || !bodyApposition(text, end)) return;
  // "However, a group of ...", "In March, a firm ...": words of no name open the sentence
  const words = sentence.tokens.filter((t) => t.start >= start && t.end <= end);
  if (words.some((t) => OPENING_TAGS.some((tag) => t.tags.has(tag)) || CALENDAR_WORDS.has(t.lower) || GROUP_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower) || TITLE_FIRST_WORDS.has(t.lower))) return;
  for (const p of inside) proposals.splice(proposals.indexOf(p), 1);
  proposals.push({ start, end, type: 'ORG' });
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * Lower-case nouns that say the capitalised word before them names a body ("the Yonhap news agency", "the Wagner
 * group", "the Kestrel firm"). Source: descriptions of agencies, armed groups and companies in wire copy; id
 * names.body-noun-after.
 */
const BODY_NOUNS_AFTER = /^\s+(?:news\s+agency|agency|group|militia|firm|company|bank|airline|carrier|broadcaster|newspaper|network|movement|faction|conglomerate|consortium)\b/u;

/**
 * "according to Yonhap news agency", "fighters of the Wagner group": a single capitalised word right before a
 * lower-case noun of a body is the body's name, an organisation, where the tagger proposed nothing or a person. A
 * demonym or other adjective, a place, calendar word, given name or title before the noun is left, and so is a word
 * after "a"/"an" ("a Dutch company", "an Asian airline", "the Syria group", "the Monday group"), a doctrine's adjective
 * ("the Islamist group"), and a word before a noun that describes the name after it ("Scandinavian carrier SAS").
 */
export function namesBeforeBodyNouns(text: string, sentence: TaggedSentence, proposals: ProposedName[], firstNames: ReadonlySet<string>): void {
  const { tokens } = sentence;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6})$/u.test(t.text) || !BODY_NOUNS_AFTER.test(text.slice(t.end, t.end + 20))) continue;
    const prev = tokens[i - 1] as Token;
    // "an Asian airline", "a Dutch company": an indefinite article or an adjective describes a kind, names no body
    if ((/^\p{Lu}/u.test(prev.text) && !prev.tags.has('Determiner')) || /^an?$/i.test(prev.text) || t.tags.has('Adjective') || t.tags.has('Demonym')) continue;
    // "Scandinavian carrier SAS", "rival lender Nordbank": a noun that describes the name after it (round 8)
    if (/^\s+(?:news\s+)?\p{Ll}+\s+\p{Lu}/u.test(text.slice(t.end, t.end + 40))) continue;
    // ("the Islamist group said", "a Maoist faction": a doctrine's adjective describes the body; round 16 lead)
    if (OPENING_TAGS.some((tag) => t.tags.has(tag)) || firstNames.has(t.lower) || doctrineModifier(text, t)) continue;
    if (TITLE_FIRST_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || looksLikePlace(t.text)) continue;
    organisationAt(proposals, t);
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** Place nouns a name in apposition names ("the capital, Brelov,", "the port city, Aden,"). Id: `names/place-appositions`. */
const PLACE_APPOSITION = new RegExp(String.raw`(?<!\bof\s)\bthe\s+(?:[\p{Ll}-]+\s+){0,2}(?:${PLACE_APPOSITION_NOUNS.join('|')})\s*,\s*$`, 'u');

/** A demonym and a place noun opening a span ("Kenyan capital Nairobi", "Syrian port city Latakia"). */
const DEMONYM_PLACE_NOUN_OPENING = new RegExp(String.raw`^((?:\p{Lu}[\p{L}-]*\s+){1,2})(?:port\s+|border\s+|coastal\s+|southern\s+|northern\s+|eastern\s+|western\s+)?(?:${PLACE_APPOSITION_NOUNS.join('|')})\s+(?=\p{Lu})`, 'u');

/**
 * "told reporters in the capital, Brelov, that ...", "fighting reached the port city, Aden.": a name set off by
 * commas right after a place noun with "the" is that place, whatever the tagger typed it.
 */
export function placesInApposition(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    // "The Kenyan capital Nairobi hosted the talks": a span opened by a demonym and a place noun is the place named
    // after them (the tagger took the three words for a body)
    const opening = DEMONYM_PLACE_NOUN_OPENING.exec(text.slice(p.start, p.end));
    if (opening && (opening[1] as string).trim().split(/\s+/).every((w) => lookupDemonym(w) !== undefined)) {
      p.start += opening[0].length;
      p.type = 'LOC';
      continue;
    }
    // "the president of the region, Ana Ruiz,": a place noun that is a complement names a person's office; a
    // person's full name is never the place
    if (p.type === 'LOC' || (p.type === 'PER' && /\s/.test(text.slice(p.start, p.end))) || !PLACE_APPOSITION.test(text.slice(Math.max(0, p.start - 50), p.start))) continue;
    if (/^\s*[,.;:)]/.test(text.slice(p.end, p.end + 2)) || p.end >= text.length) p.type = 'LOC';
  }
}

/**
 * Makes the token `t` an organisation: a person proposed over exactly its span is retyped, a token with no proposal
 * gets one; anything else overlapping it (another span, several proposals) is left alone.
 */
export function organisationAt(proposals: ProposedName[], t: { start: number; end: number }): void {
  const overlapping = proposals.filter((p) => p.start < t.end && t.start < p.end);
  const person = overlapping[0];
  if (overlapping.length > 1 || (person && !(person.type === 'PER' && person.start === t.start && person.end === t.end))) return;
  if (person) person.type = 'ORG';
  else proposals.push({ start: t.start, end: t.end, type: 'ORG' });
}
