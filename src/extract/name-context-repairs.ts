import { CALENDAR_WORDS } from '../nlp/gazetteer/lexicon.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { lookupCapital, lookupCity, lookupCountry, lookupDemonym, lookupSeatOfGovernment } from '../nlp/gazetteer.js';
import { ROLE_NOUNS, TIME_BOUNDED_MODIFIERS } from '../nlp/lexicon/titles.js';
import { ACTING_COMPOUNDS, NAME_PARTICLES, PLACE_TYPE_WORDS, SURNAME_LIKE_SITE_HEADS } from '../nlp/lexicon/name-cues.js';
import { FORUM_GROUPINGS, GLUED_BANK_NAME, HUMANITARIAN_BODIES, INDUSTRY_HEADS, NEWS_OUTLETS, ORG_HEAD_WORDS, PROPOSED_INDUSTRY_HEADS, REGIONAL_ADJECTIVES } from '../nlp/lexicon/organizations.js';
import { CORPORATE_SUFFIXES, NON_ACTOR_ACRONYMS } from '../nlp/lexicon/non-actors.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { COUNTRY_POSSESSIVE_OPENING, PERSON_ROLES, STAFF_NOUNS, TITLE_FIRST_WORDS, knownPlaceName, organisationAt } from './name-repairs.js';
import { bodyNamedAfterCity, type NameMention, type ProposedName } from './names.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Repairs of the tagger's proposals (./names/tagger.ts) that read the words around a name: coordinations of two
 * bodies, appositions, compounds. Like ./name-repairs.ts, each works in place on one sentence's proposals and was
 * found on invented wire, business and political reports (NOTES.md, issue 12, round 8).
 */

/** Words that end a body's name and make it whole ("Amnesty International", "British Airways", "Norvik Corp"). */
const BODY_FINAL_WORDS: ReadonlySet<string> = new Set([...ORG_HEAD_WORDS, ...CORPORATE_SUFFIXES, ...INDUSTRY_HEADS, 'international']);
export const CAPITALISED_RUN = /^\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*)*$/u;

/**
 * Whether `part` (a run of capitalised words) is a name on its own: an acronym, a name ending in a body's word, a
 * country, or a country or demonym before a word ("U.S. Steel", "China Mobile", "Deutsche Bank").
 */
function completeName(part: string): boolean {
  const words = part.split(/\s+/);
  const first = words[0] as string;
  const last = (words[words.length - 1] as string).toLowerCase();
  // ("Commerzbank and Deutsche Bank": a coined word ending in "bank" is a bank's whole name, round 14)
  if (/^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(part) || lookupCountry(part) !== undefined || GLUED_BANK_NAME.test(part)) return true;
  return words.length > 1 && (BODY_FINAL_WORDS.has(last) || lookupCountry(first) !== undefined || lookupDemonym(first) !== undefined);
}

/**
 * "Amnesty International and Human Rights Watch urged", "U.S. Steel and Nucor cut prices": two bodies joined by
 * "and" are two names, which the tagger (and the rule layer) read as one. A name shared by both ("the Victoria and
 * Albert Museum", "Ways and Means Committee", "Bath and Body Works", "Bosnia and Herzegovina") has no head of its
 * own before "and", so a proposal is split only when the part before "and" is a whole name (an acronym, ending in
 * a body's word or a corporate suffix, a country, a country or demonym before a word) and the part after is more
 * than one plain English word. Measured and dropped (NER test files, aggregates): a part written alone elsewhere
 * in the text as evidence, and a coined word before a whole name ("Ryanair and British Airways"), each added
 * false names.
 */
export function splitCoordinatedBodies(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const parts = coordinatedParts(text, proposals[k] as ProposedName);
    if (parts) proposals.splice(k, 1, ...parts);
  }
  // a body the rule layer read over both names, where the tagger proposed nothing, is kept by the entity stage whole
  let added = false;
  for (const r of ruleNames) {
    if (r.cls !== 'organization' || proposals.some((q) => q.start < r.end && r.start < q.end)) continue;
    const parts = coordinatedParts(text, { start: r.start, end: r.end, type: 'ORG' });
    if (!parts) continue;
    proposals.push(...parts);
    added = true;
  }
  if (added) proposals.sort((a, b) => a.start - b.start);
}

/** Heads of public agencies named for two fields joined by "and" ("Drug Administration", "Wildlife Service"). */
const AGENCY_HEADS: ReadonlySet<string> = new Set([
  'administration', 'agency', 'service', 'services', 'commission', 'authority', 'bureau', 'office', 'board', 'enforcement',
  'institute', 'council', 'department', 'ministry', 'directorate', 'inspectorate',
]);

/**
 * "the U.S. Food and Drug Administration", "the U.S. Fish and Wildlife Service", "the Indian Space and Research
 * Agency": a country and one plain word before "and", and plain words ending in an agency's head after it, are
 * one agency named for two fields; the country (or demonym) before one word made "U.S. Food" look whole (round 21). "U.S. Steel
 * and Nucor" (a coined word after "and") is still two bodies.
 */
function agencyOfTwoFields(before: string, after: string): boolean {
  const first = before.split(/\s+/);
  const second = after.split(/\s+/);
  const head = (second[second.length - 1] as string).toLowerCase();
  return first.length === 2 && (lookupCountry(first[0] as string) !== undefined || lookupDemonym(first[0] as string) !== undefined) && isEnglishWord(first[1] as string) &&
    second.length >= 2 && second.length <= 3 && AGENCY_HEADS.has(head) && second.slice(0, -1).every((w) => isEnglishWord(w));
}

/** The two names of a proposal "A and B" when it names two bodies (see splitCoordinatedBodies), else undefined. */
function coordinatedParts(text: string, p: ProposedName): ProposedName[] | undefined {
  if (p.type === 'PER') return undefined;
  const name = text.slice(p.start, p.end);
  const and = / and /.exec(name);
  if (!and || name.indexOf(' and ', and.index + 1) >= 0 || lookupCountry(name)) return undefined;
  const before = name.slice(0, and.index);
  const after = name.slice(and.index + 5);
  if (!CAPITALISED_RUN.test(before) || !CAPITALISED_RUN.test(after)) return undefined;
  // "European Aeronautic Defence and Space Company", "Tarkel Mining and Shipping": industries joined in one name
  if (PROPOSED_INDUSTRY_HEADS.has((/^\p{L}+/u.exec(after)?.[0] ?? '').toLowerCase())) return undefined;
  const plainWord = (part: string) => !/\s/.test(part) && isEnglishWord(part);
  if (agencyOfTwoFields(before, after)) return undefined;
  // "Norvik Steel and Halden Corp": a corporate suffix after one word ends the second name only, when the first has
  // two words or more ("European Aeronautic Defence and Space Company EADS N.V." is one name)
  const afterWords = after.split(/\s+/);
  const suffixed = /\s/.test(before) && afterWords.length === 2 && CORPORATE_SUFFIXES.has((afterWords[1] as string).toLowerCase());
  if (!((completeName(before) && !plainWord(after)) || suffixed || namedAfterTheirCities(before, after))) return undefined;
  const typeOf = (part: string): ProposedName['type'] => (lookupCountry(part) ? 'LOC' : p.type);
  const second = p.start + and.index + 5;
  return [{ start: p.start, end: p.start + and.index, type: typeOf(before) }, { start: second, end: p.end, type: typeOf(after) }];
}

/**
 * "Manchester United and Real Madrid were fined", "Bayern Munich and Inter Milan drew", "Dynamo Kiev and Red Star
 * Belgrade": two names of two or three words, each holding a large city's name beside a word of its own, are two
 * bodies named after their cities (clubs, mostly), not one (issue 12, round 17). A city alone on either side ("Kansas
 * City and St Louis" has a two-word city, no word of its own) is no evidence.
 */
function namedAfterTheirCities(before: string, after: string): boolean {
  return bodyNamedAfterCity(before) && bodyNamedAfterCity(after);
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remained', 'became', 'becomes']);
const AND_BETWEEN = /^\s+and\s+(?:the\s+)?$/;

/**
 * "Greenpeace and the Sierra Club sued", "Deutsche Bank and Commerzbank ended talks": names joined by "and" share
 * their kind, so a name the rule layer found but could not type (or read as a body), joined to a body the tagger
 * proposed, is a body too; the tagger tends to drop a coined word there ("Lufthansa", "Nucor"). Not a plain English
 * word alone ("Bath and Body Works"), a given name, or a name the tagger proposed otherwise.
 */
export function bodiesCoordinatedWithBodies(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  const added: ProposedName[] = [];
  // an adjective or a creed ("mainly Buddhist and the United Nations") is no body
  // nor a word after a form of "be" ("is mainly Buddhist and"), a predicate, not a subject
  const adjective = (span: { start: number }) => {
    const i = sentence.tokens.findIndex((t) => t.start === span.start);
    const t = sentence.tokens[i];
    if (!t || t.tags.has('Adjective') || lookupDemonym(t.text) !== undefined) return true;
    let j = i - 1;
    while (j >= 0 && (sentence.tokens[j] as Token).tags.has('Adverb')) j--;
    return j >= 0 && BE_FORMS.has((sentence.tokens[j] as Token).lower);
  };
  const wholeBody = (r: NameMention) => !lookupCountry(r.text) && !NON_ACTOR_ACRONYMS.has(r.text) && completeName(text.slice(r.start, r.end));
  const bodyLike = (span: { start: number; end: number }) => {
    const name = text.slice(span.start, span.end);
    return /^\p{Lu}/u.test(name) && (/\s/.test(name) ? !modifiesNoun(text, span, sentence) : !isEnglishWord(name) && !givenNames.has(name.toLowerCase()) && !adjective(span));
  };
  for (const r of ruleNames) {
    if ((r.cls !== 'unknown' && r.cls !== 'organization') || r.titles.length > 0) continue;
    // "Siemens and General Electric": the rule layer's one body over both, the tagger's proposal over the second
    for (const part of partsAroundAnd(text, r)) {
      if (!proposals.some((q) => q.start < part.end && part.start < q.end) && proposals.some((q) => q.type === 'ORG' && joinedByAnd(text, part, q) && q.start >= r.start && q.end <= r.end) && bodyLike(part)) added.push({ ...part, type: 'ORG' });
    }
    if (proposals.some((q) => q.start < r.end && r.start < q.end) || !bodyLike(r)) continue;
    if (proposals.some((q) => q.type === 'ORG' && joinedByAnd(text, r, q))) added.push({ start: r.start, end: r.end, type: 'ORG' });
    // "UNICEF and the World Food Programme warned": two names the tagger left out, one of them plainly a body
    else if (ruleNames.some((o) => o !== r && joinedByAnd(text, r, o) && (o.cls === 'unknown' || o.cls === 'organization') && !proposals.some((q) => q.start < o.end && o.start < q.end) && (wholeBody(o) || wholeBody(r)) && bodyLike(o))) added.push({ start: r.start, end: r.end, type: 'ORG' });
  }
  // "Lufthansa and Air France-KLM": a coined word the tagger typed a person, beside a body, with no given name
  // before it anywhere in the text ("Merkel and Siemens" keeps Merkel when the text names Angela Merkel)
  proposals.forEach((p, k) => {
    const name = text.slice(p.start, p.end);
    if (p.type !== 'PER' || /\s/.test(name) || isEnglishWord(name) || givenNames.has(name.toLowerCase()) || adjective(p)) return;
    if (!proposals.some((q) => q.type === 'ORG' && joinedByAnd(text, p, q))) return;
    const rule = ruleNames.find((r) => r.start === p.start && r.end === p.end);
    if (!rule || rule.cls !== 'unknown' || rule.titles.length > 0 || afterGivenName(text, name, givenNames)) return;
    proposals[k] = { ...p, type: 'ORG' };
  });
  if (added.length === 0) return;
  proposals.push(...added);
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * "the West African bloc", "the South American trade group": capitalised words ending in a regional adjective or a
 * demonym, before a lower-case word, modify that noun; they name no body.
 */
function modifiesNoun(text: string, span: { start: number; end: number }, sentence: TaggedSentence): boolean {
  if (!/^\s+\p{Ll}/u.test(text.slice(span.end, span.end + 3))) return false;
  const last = sentence.tokens.find((t) => t.end === span.end);
  const word = /(\p{L}+)$/u.exec(text.slice(span.start, span.end))?.[1] ?? '';
  return REGIONAL_ADJECTIVES.has(word.toLowerCase()) || lookupDemonym(word) !== undefined || (last?.tags.has('Adjective') ?? false);
}

/** The two sides of a span joined by one "and" (with no other "and"), else none. */
function partsAroundAnd(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const name = text.slice(span.start, span.end);
  const at = name.indexOf(' and ');
  if (at < 0 || name.indexOf(' and ', at + 1) >= 0) return [];
  return [{ start: span.start, end: span.start + at }, { start: span.start + at + 5, end: span.end }];
}

/** Whether `a` and `b` are joined by "and" (perhaps "and the"), in either order. */
function joinedByAnd(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.end <= b.start ? AND_BETWEEN.test(text.slice(a.end, b.start)) : b.end <= a.start && AND_BETWEEN.test(text.slice(b.end, a.start));
}

/** Whether the text writes `word` right after a given name anywhere ("Angela Merkel"). */
function afterGivenName(text: string, word: string, givenNames: ReadonlySet<string>): boolean {
  const escaped = escapeRegExp(word);
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+)\s+${escaped}(?![\p{L}\p{M}])`, 'gu'))) if (givenNames.has((m[1] as string).toLowerCase())) return true;
  return false;
}

/** A person's office or job (./name-repairs.ts), less words a body is also called ("a market leader", "the sector's chief"). */
// (and nouns only a person is called that are no titles: "Diosdado Cabello, a senior figure in the ruling party,"
// was a place; round 13)
export const OFFICE_ROLES: ReadonlySet<string> = new Set([
  ...[...PERSON_ROLES].filter((r) => !['head', 'leader', 'chief', 'general', 'king', 'queen'].includes(r)),
  'figure', 'politician', 'activist', 'lawmaker', 'businessman', 'businesswoman', 'billionaire', 'tycoon', 'daughter', 'widow',
]);
/** A political side's word right before "leader" ("opposition leader", "rebel leader", "party leader"). */
const POLITICAL_LEADER = /\b(?:opposition|party|rebel|militia|separatist|militant|spiritual|religious|supreme|union|protest|student|tribal|coup|junta|insurgent|guerrilla|parliamentary|majority|minority)\s+leader$/u;
/** ", a spokeswoman for", ", the party's deputy leader,": an apposition whose head is a person's office. */
export const ROLE_APPOSITION_AFTER = /^\s*,\s+(?:a|an|the|its|his|her|their|\p{Lu}[\p{L}\p{M}'’.-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)(?=\s*(?:,|\.|;|\s(?:for|of|at|with|to|in|on|from|who)\b))/u;
const NAME_WORDS = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}$/u;

/**
 * "Georgia Banks, a spokeswoman for the Red Cross, said": a name of two or three words set before an apposition
 * whose head is a person's office is that person, whatever the tagger made of a first word that is also a place
 * (the reverse order of ./name-repairs.ts `personsInRoleApposition`); a name with a body's word stays as proposed.
 */
export function personsBeforeRoleApposition(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type === 'PER') continue;
    const name = text.slice(p.start, p.end);
    if (!NAME_WORDS.test(name) || name.split(/\s+/).some((w) => BODY_FINAL_WORDS.has(w.toLowerCase()))) continue;
    const apposition = ROLE_APPOSITION_AFTER.exec(text.slice(p.end, p.end + 80));
    const role = apposition?.[1];
    // ("Khaleda Zia, the Bangladeshi opposition leader, was jailed": a leader of a political side is a person, where
    // "a market leader" is no office; round 17)
    if (role && (OFFICE_ROLES.has(role) || (role === 'leader' && POLITICAL_LEADER.test(apposition?.[0] ?? '')))) p.type = 'PER';
  }
}

/** Prepositions of place before a name: after them a given name and a surname name a place ("in Grace Hill"). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|from|to|into|outside|across|around|of|via|toward|towards)\s+$/i;

/**
 * A given name before a surname, proposed as a place, is a person's name in two cases the tagger misreads:
 * - the given name is also a place ("Georgia Mills of the union said", "Chelsea Rowe chairs the committee");
 * - the surname is also a word of the land ("freed opposition politician Amadou Fall", "Voters backed Ruth Hill");
 *   the given name is then no place, and the whole no known place.
 * Not after a preposition of place ("in Jordan Mills", "in Grace Hill"), nor with a second word of a site, place or
 * body ("Victoria Station", "Austin Energy", "Victoria Park").
 */
export function personsReadAsPlaces(text: string, proposals: ProposedName[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): void {
  for (const p of proposals) {
    if (p.type === 'PER') continue;
    const name = text.slice(p.start, p.end);
    const words = name.split(/\s+/);
    if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const [given, family] = (words as [string, string]).map((w) => w.toLowerCase()) as [string, string];
    if (!lexicons.firstNames.has(given) || !lexicons.surnames.has(family)) continue;
    if (BODY_FINAL_WORDS.has(family) || SURNAME_LIKE_SITE_HEADS.has(family) || family in PLACE_TYPE_WORDS || lookupCity(name)) continue;
    const givenIsPlace = lookupCountry(given) || lookupCity(given) || lookupCapital(given);
    if (!givenIsPlace && (p.type !== 'LOC' || knownPlaceName(name))) continue;
    if (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))) continue;
    p.type = 'PER';
  }
}

/** A proposal opening with a name, a hyphen and a participle of acting, then a name ("Houthi-run al-Masirah"). */
const ACTING_COMPOUND_OPENING = /^(\S+)-(\p{Ll}+)\s+(?=\p{L})/u;

/**
 * "Houthi-run al-Masirah television", "Hamas-run Al-Aqsa radio": where the tagger proposed one name over an acting
 * compound and the name after it, the compound only says who runs the body; the body is the name after it, and the
 * name before the hyphen is a body of its own.
 */
export function splitActingCompoundOpenings(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const m = ACTING_COMPOUND_OPENING.exec(text.slice(p.start, p.end));
    if (!m || !ACTING_COMPOUNDS.has(m[2] as string)) continue;
    const owner: ProposedName = { start: p.start, end: p.start + (m[1] as string).length, type: 'ORG' };
    proposals.splice(k, 1, owner, { ...p, start: p.start + m[0].length });
  }
}

/**
 * Prefixes of ships' names: merchant and motor vessels, research and fishing vessels, navies' ships (general maritime
 * usage; "KM" is Indonesian "kapal motor").
 */
/** Prefixes written before a ship's name ("MV", "HMS", "KM"); read here and by ./name-vessels.ts. */
export const VESSEL_PREFIXES: readonly string[] = ['MV', 'M/V', 'MS', 'MT', 'SS', 'RMS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'USS', 'USNS', 'INS', 'KM', 'RV', 'FV'];
const VESSEL_PREFIX = new RegExp(`^(?:${VESSEL_PREFIXES.join('|')})$`);

/**
 * "The KM Lestari Maju was sailing", "the MV Sea Breeze capsized": a name after a ship's prefix names a vessel, no
 * actor and no place (the tagger read a person); it is dropped, prefix or not inside it.
 */
export function dropVesselNames(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const first = /^\S+/.exec(text.slice(p.start, p.end))?.[0] ?? '';
    // ("the MV Ocean Pearl": the tagger may leave the prefix and a first word outside)
    const before = /(\S+)(?:\s+\p{Lu}\S*){0,2}\s+$/u.exec(text.slice(Math.max(0, p.start - 30), p.start))?.[1] ?? '';
    if ((VESSEL_PREFIX.test(first) && p.end - p.start > first.length) || VESSEL_PREFIX.test(before)) proposals.splice(k, 1);
  }
}

/** A name joined by a hyphen to a participle of acting: "U.S.-backed", "Qatar-brokered", "EADS-led". */
const ACTING_COMPOUND = /(?<![\p{L}\p{M}.'’-])((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*)?)-(\p{Ll}+)(?![\p{L}\p{M}-])/gu;

/**
 * "U.S.-backed forces", "a Qatar-brokered truce", "Kremlin-backed separatists": a state, its capital or seat before
 * a participle of acting (`ACTING_COMPOUNDS`) names who backed, brokered or led, so the state acts (an organisation
 * proposal, which the entity stage reads as its government), where the rule layer read the whole compound as one
 * organisation ("U.S.-backed") or the state as the land. Bodies ("NATO-led") are left to the tagger.
 */
export function actorsOfActingCompounds(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: NameMention[]): void {
  const body = text.slice(sentence.start, sentence.end);
  let added = false;
  for (const m of body.matchAll(ACTING_COMPOUND)) {
    if (!ACTING_COMPOUNDS.has(m[2] as string)) continue;
    const start = sentence.start + m.index;
    const end = start + (m[1] as string).length;
    const whole = end + 1 + (m[2] as string).length;
    for (let k = ruleNames.length - 1; k >= 0; k--) {
      const r = ruleNames[k] as NameMention;
      // the state alone read as the land ("Qatar" of "Qatar-brokered") gives way to the acting state
      if ((r.start <= start && r.end >= whole) || (r.start === start && r.end === end && r.cls === 'place')) ruleNames.splice(k, 1);
    }
    if (proposals.some((q) => q.start < end && start < q.end)) continue;
    const name = m[1] as string;
    const state = lookupCountry(name) ?? lookupCapital(name) ?? lookupSeatOfGovernment(name);
    if (!state) continue;
    proposals.push({ start, end, type: 'ORG' });
    added = true;
  }
  if (added) proposals.sort((a, b) => a.start - b.start);
}

/** "shares in", "a stake in", "shares of the": what an investor holds is a company's name after these. */
const HOLDING_BEFORE = /\b(?:shares?|stakes?|stock|holdings?|shareholding|equity)\s+(?:in|of)\s+(?:the\s+)?$/i;
const CAPITALISED_NAME_AT = /^\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){0,3}/u;

/**
 * "Shares in Finnair fell", "a stake in Spanair", "shares of Kelvora rose": a name after a noun of holding and
 * "in"/"of" is a company, where the tagger read a place (after "in") or a person, or proposed nothing. A place the
 * gazetteer knows ("shares in London fell", "stocks in Asia") or a calendar word keeps its reading.
 */
export function companiesHeldInShares(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  let added = false;
  for (const t of sentence.tokens) {
    if (!/^\p{Lu}/u.test(t.text) || !HOLDING_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 30), t.start))) continue;
    const run = CAPITALISED_NAME_AT.exec(text.slice(t.start, sentence.end))?.[0].replace(/[.,]$/, '') ?? '';
    const start = t.start;
    const end = start + run.length;
    if (!run || knownPlaceName(run) || CALENDAR_WORDS.has(t.lower)) continue;
    const overlapping = proposals.filter((q) => q.start < end && start < q.end);
    if (overlapping.length === 0) {
      proposals.push({ start, end, type: 'ORG' });
      added = true;
    } else if (overlapping.length === 1 && (overlapping[0] as ProposedName).start === start) (overlapping[0] as ProposedName).type = 'ORG';
  }
  if (added) proposals.sort((a, b) => a.start - b.start);
}

/** Capitalised words, then a lower-case noun, right before a person's name: "Merrill Lynch analyst ", "UBS economist ". */
const EMPLOYER_AND_STAFF_BEFORE = /(?<![\p{L}\p{M}'’.&-])((?:\p{Lu}[\p{L}\p{M}'’.&-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.&-]*)\s+(\p{Ll}+)\s+$/u;
const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "Merrill Lynch analyst John Kemp said", "Nordea economist Petra Lund", "UBS analyst Mark Dunne": a name before a
 * staff noun (./name-repairs.ts STAFF_NOUNS, or a spokesperson) and a person's name is that person's employer, an
 * organisation, where the tagger proposed nothing or a person (the rule layer takes the employer into the title).
 * A one-word name must be an acronym, a body's word, a seat of government or no English word ("Senior analyst",
 * "German economist" are no employers); a place the gazetteer knows is left.
 */
export function employersBeforeStaff(text: string, proposals: ProposedName[]): void {
  for (const p of [...proposals]) {
    if (p.type !== 'PER') continue;
    const m = EMPLOYER_AND_STAFF_BEFORE.exec(text.slice(Math.max(0, p.start - 60), p.start));
    const noun = m?.[2] ?? '';
    if (!m || !(STAFF_NOUNS.has(noun) || SPOKES_NOUNS.has(noun)) || (noun.endsWith('s') && !SPOKES_NOUNS.has(noun))) continue;
    const run = m[1] as string;
    // ("...to leave the European Union.\n\nChief executive Michael O'Leary": a run over a sentence's end is none; round 13)
    if (/\n|\p{Ll}{2}\.\s/u.test(run)) continue;
    const start = p.start - m[0].length;
    const end = start + run.length;
    const words = run.split(/\s+/);
    const first = (words[0] as string).toLowerCase().replace(/\.$/, '');
    if (TITLE_FIRST_WORDS.has(first) || ROLE_NOUNS.has(first) || TIME_BOUNDED_MODIFIERS.has(first) || knownPlaceName(run) || CALENDAR_WORDS.has(first)) continue;
    if (words.length === 1 && !/^\p{Lu}{2,}$/u.test(run) && isEnglishWord(run) && !BODY_FINAL_WORDS.has(first) && !lookupSeatOfGovernment(run)) continue;
    organisationAt(proposals, { start, end });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * Public institutions that English news names by one capitalised word after "the" ("the Treasury said", "the Fed
 * raised rates", "a vote in the Commons", "the Politburo met"). Source: the usual short names of finance ministries,
 * central banks and legislatures in wire copy; seats of government ("the Kremlin") are in the gazetteer's
 * SEATS_OF_GOVERNMENT. Id: `names/one-word-institutions`.
 */
const ONE_WORD_INSTITUTIONS: ReadonlySet<string> = new Set([
  'treasury', 'fed', 'exchequer', 'commons', 'politburo', 'bundesbank', 'bundesrat', 'riksbank', 'riksdag',
  'storting', 'folketing', 'sejm', 'majlis', 'rada', 'verkhovna',
]);
/** What an institution's name modifies in "the Treasury notes", "the Fed funds rate": then it names no body. */
const INSTRUMENT_WORDS = /^(?:bills?|notes?|bonds?|yields?|securities|debt|market|markets|auctions?|issues?|prices?|futures|rates?|funds?|refunding|curve|benchmark)$/;

/**
 * "the Treasury said", "the Fed raised rates", "a vote in the Commons": a word of ONE_WORD_INSTITUTIONS written
 * capitalised after "the" names that body, an organisation, where the tagger proposed nothing (its data holds few
 * such names); not when it modifies a financial instrument ("the Treasury bills", "the Fed funds rate").
 */
export function oneWordInstitutions(sentence: TaggedSentence, proposals: ProposedName[]): void {
  const { tokens } = sentence;
  let added = false;
  tokens.forEach((t, i) => {
    if (i === 0 || !/^\p{Lu}/u.test(t.text) || !ONE_WORD_INSTITUTIONS.has(t.lower) || (tokens[i - 1] as Token).lower !== 'the') return;
    const next = tokens[i + 1];
    if (next && /^\s+$/.test(t.post) && (INSTRUMENT_WORDS.test(next.lower) || /^\p{Lu}/u.test(next.text))) return;
    if (proposals.some((q) => q.start < t.end && t.start < q.end)) return;
    proposals.push({ start: t.start, end: t.end, type: 'ORG' });
    added = true;
  });
  if (added) proposals.sort((a, b) => a.start - b.start);
}

/** The seat of Britain's prime minister by its number ("Number 10 said", "a spokesman for No. 10"). */
const NUMBER_TEN = /^(?:Number|No\.?)$/;

/**
 * "Number 10 said", "No. 10 declined to comment": the prime minister's office named by its door number, which the
 * gazetteer lists among SEATS_OF_GOVERNMENT and the tagger never proposes (a number is no name in its data); an
 * organisation proposal that the entity stage reads as the government. Not before a noun ("the number 10 shirt",
 * "No. 10 seed" have no capital or are followed by a noun).
 */
export function numberTenSeats(sentence: TaggedSentence, proposals: ProposedName[]): void {
  const { tokens } = sentence;
  let added = false;
  tokens.forEach((t, i) => {
    const number = tokens[i - 1];
    if (t.text !== '10' || !number || !NUMBER_TEN.test(number.text)) return;
    const next = tokens[i + 1];
    if (next && /^\s+$/.test(t.post) && !next.tags.has('Verb') && !['and', 'or', 'but', 'on', 'in', 'that', 'had', 'has'].includes(next.lower)) return;
    if (proposals.some((q) => q.start < t.end && number.start < q.end)) return;
    proposals.push({ start: number.start, end: t.end, type: 'ORG' });
    added = true;
  });
  if (added) proposals.sort((a, b) => a.start - b.start);
}

/**
 * Words that end the name of a national carrier or utility after a demonym ("British Airways", "Turkish Airlines",
 * "Malaysian Airlines", "Indian Railways", "Nigerian Breweries"), and no name alone. Source: the names of state and
 * former state carriers, telecoms, railways and oil companies in wire copy; id `names.company-heads-after-demonym`
 * (round 15).
 */
const COMPANY_HEADS_AFTER_DEMONYM: ReadonlySet<string> = new Set([
  'Airways', 'Airlines', 'Railways', 'Telecom', 'Telecommunications', 'Petroleum', 'Steel', 'Breweries', 'Shipping',
  'Broadcasting',
]);

/**
 * "Rival Norwegian Air Shuttle said", "Danish Crown Foods said": a demonym right before words the tagger proposed as a
 * person opens a company's name when those words are no person's name (the first is no given name, the last a
 * plain English word and no surname: "Air Shuttle"); the tagger drops the demonym and reads the rest as a name.
 * "Norwegian Magnus Berg" keeps its person.
 */
export function demonymsOpeningCompanies(text: string, proposals: ProposedName[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): void {
  for (const p of proposals) {
    if (p.type !== 'PER' && p.type !== 'ORG') continue;
    const demonym = /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, p.start - 30), p.start));
    if (!demonym || !(lookupDemonym(demonym[1] as string) || REGIONAL_ADJECTIVES.has((demonym[1] as string).toLowerCase()))) continue;
    // ("British Airways said", "Turkish Airlines cancelled": a company head alone is no name; the demonym opens it)
    if (p.type === 'ORG') {
      if (COMPANY_HEADS_AFTER_DEMONYM.has(text.slice(p.start, p.end))) p.start -= demonym[0].length;
      continue;
    }
    const words = text.slice(p.start, p.end).split(/\s+/);
    const first = (words[0] as string).toLowerCase();
    const last = words[words.length - 1] as string;
    if (words.length < 2 || lexicons.firstNames.has(first) || !isEnglishWord(last) || lexicons.surnames.has(last.toLowerCase())) continue;
    p.start -= demonym[0].length;
    p.type = 'ORG';
  }
}

let knownBodyPattern: RegExp | undefined;

/**
 * Aid agencies, charities and UN agencies written as news writes them (`HUMANITARIAN_BODIES`), and forums of states
 * known by a number (`FORUM_GROUPINGS`: "the G20", "the Group of Seven") and news outlets cited as sources
 * (`NEWS_OUTLETS`: "The Guardian", "Al Jazeera"), are bodies wherever
 * the tagger cut them ("Save the Children" gave "Children"), typed them ("Christian Aid" and "Doctors Without
 * Borders" read as persons) or left them out ("UNICEF and the World Food Programme warned" at a sentence's start).
 * A longer body the tagger proposed around one stays ("Oxfam America", "Save the Children Fund").
 */
export function knownBodiesInText(sentence: TaggedSentence, proposals: ProposedName[]): void {
  knownBodyPattern ??= new RegExp(
    `(?<![\\p{L}\\p{M}&'’.-])(?:${Object.keys({ ...HUMANITARIAN_BODIES, ...FORUM_GROUPINGS, ...NEWS_OUTLETS }).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}&-])`,
    'gu',
  );
  for (const m of sentence.text.matchAll(knownBodyPattern)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (proposals.some((p) => p.type === 'ORG' && p.start <= start && p.end >= end && p.end - p.start > end - start)) continue;
    replaceOverlapping(proposals, { start, end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** Removes every proposal overlapping `span` and adds `span` (unsorted; callers sort once at the end). */
export function replaceOverlapping(proposals: ProposedName[], span: ProposedName): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const q = proposals[k] as ProposedName;
    if (q.start < span.end && span.start < q.end) proposals.splice(k, 1);
  }
  proposals.push(span);
}

const PARTICLE_RUN = String.raw`(?:${[...NAME_PARTICLES].filter((p) => p.length > 1).join('|')})(?:\s+(?:${[...NAME_PARTICLES].filter((p) => p.length > 1).join('|')}))?`;
// ("Faisal bin Nasser Al Mahri": a Gulf family name opens with a capitalised article, "Al", which takes the word
// after it; round 13)
const PARTICLE_SURNAME_AFTER = new RegExp(String.raw`^\s+${PARTICLE_RUN}\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?!(?:Al|El)\s)\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)?(?:\s+(?:Al|El)\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)?(?=[\s,.;:)]|$)`, 'u');
const PERSON_WITH_PARTICLE = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+${PARTICLE_RUN}\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$`, 'u');

/**
 * Surnames written with a lower-case particle after a given name ("Daniel arap Moi", "Maria das Dores Lima",
 * "Juan Carlos de la Vega"), and places named so ("Rio Grande do Sul"): a person or place the tagger stopped at the
 * particle runs on to the name's end, and a run that
 * opens with a given name of the lists and holds a particle is a person, not a body or a place (the tagger's
 * data holds few such names). A run with a body's word stays as it is ("Banco do Brasil" has none of the particles).
 */
export function surnamesAfterParticles(text: string, proposals: ProposedName[], lexicons: { firstNames: ReadonlySet<string> }): void {
  proposals.sort((a, b) => a.start - b.start);
  for (let i = 0; i < proposals.length; i++) {
    const p = proposals[i] as ProposedName;
    const name = text.slice(p.start, p.end);
    if (p.type !== 'PER') {
      const first = (/^\p{L}+/u.exec(name)?.[0] ?? '').toLowerCase();
      // ("Rio de Janeiro", "Santa Cruz de Tenerife": a known city opening with a given name stays a place; round 16 lead)
      if (PERSON_WITH_PARTICLE.test(name) && lexicons.firstNames.has(first) && !name.split(/\s+/).some((w) => ORG_HEAD_WORDS.has(w.toLowerCase())) && !knownPlaceName(name)) p.type = 'PER';
      if (p.type !== 'LOC') continue;
    }
    const after = PARTICLE_SURNAME_AFTER.exec(text.slice(p.end, p.end + 60));
    if (!after) continue;
    // (a place runs on too: "Rio Grande do Sul", "Mato Grosso do Sul", "Santiago de Compostela")
    const end = p.end + after[0].length;
    // "Ana Ruiz de Espana" is rare; a country after the particle is where she is from, not her surname
    if (lookupCountry(text.slice(p.end, end).trim().split(/\s+/).pop() ?? '')) continue;
    p.end = end;
    for (let k = proposals.length - 1; k > i; k--) if ((proposals[k] as ProposedName).start < end) proposals.splice(k, 1);
  }
}

/** A capitalised word and a particle run right before a name ("Kian delos ", "Jan van der "). */
const GIVEN_NAME_AND_PARTICLES_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)\s+${PARTICLE_RUN}\s+$`, 'u');

/**
 * "the teenager, Kian delos Santos, said", "minister Jan van der Berg resigned": a person the tagger proposed after a
 * particle, with a given name of the lists before the particle, runs back over both (the tagger kept "Santos" or
 * "der Berg" alone, and "Jan" as a person of its own). Round 16 lead, the mirror of `surnamesAfterParticles`.
 */
export function givenNamesBeforeParticles(text: string, proposals: ProposedName[], lexicons: { firstNames: ReadonlySet<string> }): void {
  for (const p of [...proposals]) {
    if (p.type !== 'PER') continue;
    const before = GIVEN_NAME_AND_PARTICLES_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start));
    if (!before || !lexicons.firstNames.has((before[1] as string).toLowerCase())) continue;
    const from = p.start - before[0].length;
    for (let k = proposals.length - 1; k >= 0; k--) {
      const q = proposals[k] as ProposedName;
      if (q !== p && q.start >= from && q.end <= p.start) proposals.splice(k, 1);
    }
    p.start = from;
  }
}


/**
 * "Norway's Competition and Consumer Authority opened an inquiry": a body the tagger proposed with the possessive
 * of a country before it is the country and the body, as "Britain's Competition and Markets Authority" is read.
 */
export function countriesOwningBodies(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type !== 'ORG') continue;
    const m = COUNTRY_POSSESSIVE_OPENING.exec(text.slice(p.start, p.end));
    if (!m || !lookupCountry(m[1] as string)) continue;
    proposals.splice(k, 1, { start: p.start, end: p.start + (m[1] as string).length, type: 'LOC' }, { start: p.start + m[0].length, end: p.end, type: 'ORG' });
  }
}

/** A name joined by the Persian/Urdu izafat or the Arabic article between hyphens ("Jamaat-e-Islami", "Zia-ul-Haq"). */
const HYPHEN_GLUED_NAME = /(?<![\p{L}\p{M}-])\p{Lu}\p{Ll}+(?:-(?:e|i|ul|ut|ud|ur|al|us)-\p{Lu}\p{Ll}+)+(?![\p{L}\p{M}-])/gu;

/**
 * Names of South Asian and Persian parties and armed groups glued by a lower-case "-e-" or "-i-" ("Pakistan
 * Tehreek-e-Insaf", "Jamaat-e-Islami called a strike", "blamed Lashkar-e-Taiba", "the Tehrik-i-Taliban Pakistan")
 * are one organisation: the tagger cut them at the hyphen, typed a part as a person or place, or missed them. A
 * name glued by the Arabic article ("Zia-ul-Haq", "Hizb-ut-Tahrir") is a person as often as a body: it is only made
 * whole, with the type the tagger gave it. A country's name right after belongs to the name.
 */
export function hyphenGluedNames(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const m of sentence.text.matchAll(HYPHEN_GLUED_NAME)) {
    let start = sentence.start + (m.index ?? 0);
    let end = start + m[0].length;
    const izafat = /-(?:e|i)-/.test(m[0]);
    const country = /^ (\p{Lu}\p{L}+)(?![\p{L}\p{M}-])/u.exec(text.slice(end, end + 40));
    if (country && lookupCountry(country[1] as string)) end += country[0].length;
    const overlapping = proposals.filter((p) => p.start < end && start < p.end);
    if ((overlapping.length === 0 && !izafat) || overlapping.some((p) => p.end > end)) continue;
    // "Pakistan Tehreek-e" proposed as a place: the words before the glued name open it
    start = Math.min(start, ...overlapping.map((p) => p.start));
    const type = izafat ? 'ORG' : (overlapping[0] as ProposedName | undefined)?.type ?? 'ORG';
    for (const p of overlapping) proposals.splice(proposals.indexOf(p), 1);
    proposals.push({ start, end, type });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** Lower-case nouns of industrial sites a name can stand before ("the Kestrel field", "its Norvik and Tava mines"). */
const SITE_NOUN_AFTER = /^\s+(?:mines?|oilfields?|gasfields?|fields|field|refiner(?:y|ies)|smelters?|dams?|reactors?|deposits?|pipelines?|terminals?|plants?|concessions?)\b/u;
const AND_NAME_AFTER = /^\s+and\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?=\s)/u;

/**
 * "Output at its El Teniente and Chuquicamata mines fell", "which controls the Los Pelambres mine": a name before a
 * noun of an industrial site names the site, a place, not a person (the tagger reads unknown two-word names as
 * persons); a name joined to it by "and" before a plural site noun is a site too. A name with a given name or surname
 * of the lists stays as the tagger read it ("the Vogtle plant" may be the family's).
 */
export function sitesBeforeSiteNouns(text: string, proposals: ProposedName[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): void {
  // articles and particles of place names ("El", "Los", "Al") are no given names, whatever the lists hold
  const listed = (from: number, to: number) => text.slice(from, to).toLowerCase().split(/\s+/)
    .some((w) => !NAME_PARTICLES.has(w) && !/^(?:los|las|les)$/.test(w) && (lexicons.firstNames.has(w) || lexicons.surnames.has(w)));
  for (const p of [...proposals]) {
    if (p.type !== 'PER' || listed(p.start, p.end)) continue;
    const and = AND_NAME_AFTER.exec(text.slice(p.end, p.end + 60));
    const siteAt = and ? p.end + and[0].length : p.end;
    if (!SITE_NOUN_AFTER.test(text.slice(siteAt, siteAt + 16))) continue;
    p.type = 'LOC';
    if (!and) continue;
    const start = p.end + and[0].length - (and[1] as string).length;
    const other = proposals.find((q) => q.start < siteAt && start < q.end);
    if (other) other.type = 'LOC';
    else proposals.push({ start, end: siteAt, type: 'LOC' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** Lower-case nouns of public sites named after a person or a place ("the Khadija school", "the Omari mosque"). */
const CIVIC_SITE_NOUN_AFTER = /^\s+(?:schools?|hospitals?|clinics?|mosques?|churches|church|cathedral|temples?|synagogues?|shrines?|camps?|stadiums?|markets?|universit(?:y|ies)|prisons?|jails?|bridges?|squares?|airports?|stations?|compounds?|barracks|crossings?)\b/u;

/**
 * "The strike hit the Khadija school", "near the Omari mosque": a name the tagger read as a person, written after "the"
 * and before a lower-case noun of a public site, names the site (a person takes no "the"). Id: `names/civic-sites`.
 */
export function civicSitesAfterThe(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'PER' || !/\bthe\s+$/i.test(text.slice(Math.max(0, p.start - 4), p.start))) continue;
    if (CIVIC_SITE_NOUN_AFTER.test(text.slice(p.end, p.end + 16))) p.type = 'LOC';
  }
}

/**
 * Nouns of a trade written right before a company's name ("producers BHP Billiton and Anglo American", "drugmaker
 * Teva Bloom", "lender Norrbank"). Words that also describe persons ("rival", "lawmaker", "filmmaker") are left out.
 * Source: business-wire descriptions of companies; id `names.trade-nouns-before`.
 */
const TRADE_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'producer', 'miner', 'steelmaker', 'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'truckmaker',
  'toymaker', 'refiner', 'shipper', 'shipbuilder', 'lender', 'insurer', 'retailer', 'airline', 'carrier', 'bank',
  'brewer', 'utility', 'exporter', 'manufacturer', 'conglomerate', 'broadcaster', 'telecom', 'operator',
]);
const TRADE_NOUN_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{L}+)\s+$/u;
/**
 * An industry before "giant" ("mining giant Rio Tinto", "oil giant Santos", "tech giant Velmora"): a company, as a
 * trade noun says; "literary giant" and other giants of a field of art stay people. Source: business-wire
 * descriptions of large companies; id `names.industry-giant` (round 18).
 */
const INDUSTRY_GIANT_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(?:mining|oil|gas|energy|retail|tech|technology|software|internet|e-commerce|media|telecoms?|banking|insurance|steel|chemicals?|pharmaceutical|drug|food|beverage|tobacco|shipping|aerospace|defen[cs]e|car|auto|chip|consumer|agribusiness|commodities|logistics)\s+giant\s+$/iu;

/** The trade noun (singular form) right before `start`, and whether it was plural. */
function tradeNounBefore(text: string, start: number): { plural: boolean } | undefined {
  const word = TRADE_NOUN_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  if (word === 'giant') return INDUSTRY_GIANT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ? { plural: false } : undefined;
  if (TRADE_NOUNS_BEFORE.has(word)) return { plural: false };
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
  return word !== singular && TRADE_NOUNS_BEFORE.has(singular) ? { plural: true } : undefined;
}

/**
 * A name right after a noun of a trade is a company ("Rival producers BHP Billiton and Anglo American cut output",
 * "Shares of drugmaker Teva Bloom rose"): the tagger's person or place becomes a body, a name the rule layer read
 * that the tagger left out is proposed, and after a plural noun so is the name joined by "and". A person named
 * with a given name of the lists stays a person ("steelmaker Arvid Halden" may be the founder).
 */
export function companiesAfterTradeNouns(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], firstNames: ReadonlySet<string>): void {
  const asCompany = (start: number, end: number): void => {
    const p = proposals.find((q) => q.start < end && start < q.end);
    if (!p) proposals.push({ start, end, type: 'ORG' });
    else if (p.start === start && !(p.type === 'PER' && firstNames.has((/^\p{L}+/u.exec(text.slice(start, end))?.[0] ?? '').toLowerCase()))) p.type = 'ORG';
  };
  const names = [...proposals.map((p) => ({ start: p.start, end: p.end })), ...ruleNames.filter((r) => !proposals.some((p) => p.start < r.end && r.start < p.end))];
  for (const n of names) {
    const trade = tradeNounBefore(text, n.start);
    if (!trade || lookupCountry(text.slice(n.start, n.end))) continue;
    // "KGX" of "KGX Resources": the rule layer's longer name from the same word, when nothing else lies inside it
    const longer = ruleNames.find((r) => r.start === n.start && r.end > n.end && !proposals.some((p) => p.start >= n.end && p.start < r.end));
    const own = proposals.find((p) => p.start === n.start && p.end === n.end);
    if (longer && own) own.end = n.end = longer.end;
    asCompany(n.start, n.end);
    const and = trade.plural ? /^\s+and\s+/.exec(text.slice(n.end, n.end + 8)) : null;
    const next = and ? names.find((m) => m.start === n.end + (and[0] as string).length) : undefined;
    if (next && !lookupCountry(text.slice(next.start, next.end))) asCompany(next.start, next.end);
  }
  proposals.sort((a, b) => a.start - b.start);
}
