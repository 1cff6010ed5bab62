import { DOMAIN_AGENCY_OPENERS, MAKER_OF, ONE_WORD_PARTIES, OUTLET_NOUNS, PLURAL_BODY_NOUNS, VESSEL_NOUNS } from '../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { COMPOUND_REGION_NAMES } from '../nlp/gazetteer/lexicon.js';
import { NON_ACTOR_ACRONYMS } from '../nlp/lexicon/non-actors.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { lookupCity, lookupCountry } from '../nlp/gazetteer.js';
import { breaksAfter, type NameMention, type ProposedName } from './names.js';
import { bodiesCoordinatedWithBodies } from './name-context-repairs.js';

/**
 * Repairs of the tagger's proposals (./names/tagger.ts) that give a name the kind its surroundings say: a one-word party
 * ("Labour"), a ship, a news agency, a brand after "the maker of". Like ./name-body-repairs.ts,
 * each works in place on one sentence's proposals and was found on invented reports (NOTES.md, issue 12, round 12).
 */

/** The repairs of this module, in order, for one sentence's proposals (called after ./name-body-repairs.ts). */
export function nameKindRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  // "Vorlan Air and Lufthansa cut routes": a body the later repairs made (an airline's name) takes the coined word
  // joined to it by "and" along, as one the tagger proposed does (round 10's repair, read again)
  bodiesCoordinatedWithBodies(text, sentence, proposals, ruleNames, givenNames);
  compoundRegions(text, sentence, proposals);
  dropKindAcronyms(text, proposals);
  dropStanceCompounds(text, proposals);
  dropOperationNames(text, proposals);
  bodiesBeforeBodyAppositions(text, proposals, ruleNames, givenNames);
  oneWordParties(sentence, proposals);
  bodiesAfterPartyAdjectives(text, proposals);
  domainAgencies(text, sentence, proposals);
  institutionsOverAnd(text, proposals);
  bodiesListedAfterPluralBodies(text, proposals, ruleNames, givenNames);
  dropVesselNames(text, proposals);
  agenciesAfterOutletNouns(text, proposals, ruleNames);
  dropBrandsAfterMakers(text, proposals);
}

/** Puts `p` in place of the proposals inside it, unless one crosses its edges. */
export function replaceWithin(proposals: ProposedName[], p: ProposedName): void {
  if (proposals.some((q) => q.start < p.end && p.start < q.end && (q.start < p.start || q.end > p.end))) return;
  for (let k = proposals.length - 1; k >= 0; k--) if ((proposals[k] as ProposedName).start >= p.start && (proposals[k] as ProposedName).end <= p.end) proposals.splice(k, 1);
  proposals.push(p);
  proposals.sort((a, b) => a.start - b.start);
}

/** "a pro-Dale super PAC said": an acronym of a kind of body or a unit alone (NON_ACTOR_ACRONYMS) names nobody. */
function dropKindAcronyms(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (NON_ACTOR_ACRONYMS.has(text.slice(p.start, p.end).toUpperCase())) proposals.splice(k, 1);
  }
}

/**
 * "Anti-Orlov protesters marched", "Pro-Clinton super PAC spends": a person or place after a stance prefix, or a
 * proposal made of the compound, is a modifier naming nobody; a body keeps its prefix ("the Anti-Doping Agency").
 */
function dropStanceCompounds(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type === 'ORG') continue;
    const own = /^(?:pro|anti)-\p{Lu}[\p{L}'’-]*$/iu.test(text.slice(p.start, p.end));
    if (own || /(?<![\p{L}-])(?:pro|anti)-$/iu.test(text.slice(Math.max(0, p.start - 5), p.start))) proposals.splice(k, 1);
  }
}

/**
 * "troops of Operation Hadin Kai repelled", "Operation Sea Guardian ended": a military or police operation's name is
 * no person or place; a proposal right after "Operation" (or opening with it) goes.
 */
function dropOperationNames(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    if (p.type !== 'ORG' && (/^Operation\s/u.test(text.slice(p.start, p.end)) || /(?<![\p{L}])Operation(?:\s+\p{Lu}[\p{L}'’-]*)*\s+$/u.test(before))) proposals.splice(k, 1);
  }
}

/** An apposition of a kind of body after a name, perhaps after its acronym in brackets ("(ISWAP), a rival faction,"). */
// (a capitalised adjective of a doctrine or people may stand among the modifiers: "(JVP), a Marxist party,"; round 13)
const BODY_APPOSITION_AFTER = /^\s*(?:\(\s*\p{Lu}[\p{Lu}\d&-]+\s*\)\s*)?,\s+(?:a|an|the|its)\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+(?:ist|ic|an))\s+){0,3}(?:faction|group|militia|movement|party|coalition|alliance|organi[sz]ation|affiliate|offshoot|wing|network|union|federation)\b(?!['’])/u;

/**
 * "The Islamic State West Africa Province (ISWAP), a rival faction, has stepped up attacks", "the Kivu Liberation
 * Front, an armed group, said": a name in apposition with a kind of body is that body, whatever place or person the
 * tagger read in its words ("Province", "Front").
 */
function bodiesBeforeBodyAppositions(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  // ("says Tom Ellery, the group's director": a possessed role is no apposition of a body, nor is a given name's)
  const fits = (span: { start: number; end: number }): boolean => {
    const name = text.slice(span.start, span.end);
    return /\s/.test(name) && !givenNames.has((name.split(/\s+/)[0] as string).toLowerCase()) && BODY_APPOSITION_AFTER.test(text.slice(span.end, span.end + 80));
  };
  for (const p of proposals) if (p.type !== 'ORG' && fits(p)) p.type = 'ORG';
  // a name the tagger left out, that the rule layer could not type
  for (const r of ruleNames) {
    if (r.cls !== 'unknown' || proposals.some((q) => q.start < r.end && r.start < q.end) || !fits(r)) continue;
    proposals.push({ start: r.start, end: r.end, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** The compound region names, longest first, as one pattern ("Azad Jammu and Kashmir" before "Jammu and Kashmir"). */
let compoundRegionPattern: RegExp | undefined;

/**
 * "Troops moved into Jammu and Kashmir", "Officials in Baden-Württemberg agreed", "Rhineland-Palatinate said": a region
 * whose name joins two names by "and" or a hyphen is one place, whatever halves the tagger proposed.
 */
function compoundRegions(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  compoundRegionPattern ??= new RegExp(String.raw`(?<![\p{L}-])(?:${[...COMPOUND_REGION_NAMES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\p{L}-])`, 'gu');
  const within = text.slice(sentence.start, sentence.end);
  for (const m of within.matchAll(compoundRegionPattern)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    for (let k = proposals.length - 1; k >= 0; k--) {
      const q = proposals[k] as ProposedName;
      if (q.start < end && start < q.end && q.start >= start && q.end <= end) proposals.splice(k, 1);
    }
    if (proposals.some((q) => q.start < end && start < q.end)) continue;
    proposals.push({ start, end, type: 'LOC' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** Whether the word after a party's name leaves it standing as a name: a verb, an auxiliary, a preposition, a break. */
function standsAlone(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last] as Token;
  const next = tokens[last + 1];
  if (!next || breaksAfter(t) || /['’]s?$/.test(t.text) || /[,;:)]/.test(t.post)) return true;
  if (/^\p{Lu}/u.test(next.text)) return false;
  return !next.tags.has('Noun') || next.tags.has('Verb') || next.tags.has('Plural') && !next.tags.has('Possessive');
}

/**
 * "Voters backed Labour in the north", "the support of the Greens and Labor", "Labor trails in most polls": a one-word
 * party that is also a common noun, written with its capital, is the party (the tagger's data types "Labour" ORG, but
 * it proposes few; the rule layer leaves it untyped). Not before a capitalised word ("the Labor Department") or a
 * noun it modifies; a sentence-opening "Labor" only before a finite verb, in a sentence about electoral politics
 * ("Labor costs rose", "Labor shifted from farming to mining" are no party). Parties named by their members in the
 * plural ("the Liberals") are groups (entities.ts, `addGroupActors`): the annotated data leaves "Democrats" unnamed.
 */
function oneWordParties(sentence: TaggedSentence, proposals: ProposedName[]): void {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const bare = t.text.replace(/['’]s?$/u, '');
    if (!ONE_WORD_PARTIES.has(bare)) continue;
    if (i === 0 ? !openingPartyActs(tokens, i) : !standsAlone(tokens, i)) continue;
    if (i > 0 && /^\p{Lu}/u.test((tokens[i - 1] as Token).text) && !breaksAfter(tokens[i - 1] as Token)) continue;
    replaceWithin(proposals, { start: t.start, end: t.start + bare.length, type: 'ORG' });
  }
}

/** "the opposition", "the ruling", "the main opposition", "Kenya's governing": words that open a party's name in copy. */
const PARTY_ADJECTIVES_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.]*['’]s?)\s+(?:(?:main|largest|biggest|former|once-dominant|centre-left|centre-right|center-left|center-right|left-wing|right-wing|nationalist|populist)\s+)?(?:opposition|ruling|governing)\s+$/u;

/**
 * "The opposition Samyukta Lok Morcha won", "the ruling Partai Karya Rakyat said": a name right after "the
 * opposition" or "the ruling" is a party (or a coalition), whatever person the tagger read in its coined words.
 */
function bodiesAfterPartyAdjectives(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type === 'PER' && PARTY_ADJECTIVES_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start))) p.type = 'ORG';
  }
}

/** Heads that open an institution's name before "for" or "of" ("Centre for Strategic and International Studies"). */
const INSTITUTION_HEAD_FIRST = /^(?:Centre|Center|Institute|Council|Foundation|Society|Association|Commission|Committee|Department|Ministry|Office|School|College|Academy|Agency|Bureau|Fund|Federation|Union|Board|Authority|Organisation|Organization)\s+(?:for|of|on)\s/u;

/**
 * "Analysts at the Centre for Strategic and International Studies said", "the Institute for Energy and Water Policy
 * in Nairobi said": the tagger (and the rule layer, which reads two bodies) ends an institution's name at "and". When
 * the name opens with an institution's head before "for"/"of" and the capitalised words after "and" are all English
 * words ("Water Policy", "International Studies"), they are the rest of the name; a coined word or a name of its own
 * after "and" ("the Institute for Energy and Siemens", "the Ministry of Defence and the Army") is left alone.
 */
function institutionsOverAnd(text: string, proposals: ProposedName[]): void {
  for (const p of [...proposals]) {
    if (p.type !== 'ORG' || !INSTITUTION_HEAD_FIRST.test(text.slice(p.start, p.end + 1))) continue;
    const tail = /^\s+and\s+((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(p.end, p.end + 80));
    if (!tail || !(tail[1] as string).split(/\s+/).every((w) => isEnglishWord(w) && !lookupCountry(w))) continue;
    replaceWithin(proposals, { start: p.start, end: p.end + tail[0].length, type: 'ORG' });
  }
}

/**
 * "Elections Ontario said", "Statistics Canada reported", "figures from Statistics Norway": a domain noun of public
 * service followed by a country or a province is the agency, not a person or a place; one the tagger cut or left
 * out is proposed whole.
 */
function domainAgencies(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const { tokens } = sentence;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const place = tokens[i + 1] as Token;
    if (!DOMAIN_AGENCY_OPENERS.has(t.text) || !/^\s+$/.test(t.post) || /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && !breaksAfter(place)) continue;
    const bare = place.text.replace(/['’]s?$/u, '');
    if (!lookupCountry(bare) && !place.tags.has('Region')) continue;
    replaceWithin(proposals, { start: t.start, end: place.start + bare.length, type: 'ORG' });
  }
}

/** A plural of bodies before a list ("unions, including", "carmakers such as"): the names listed are bodies. */
const PLURAL_BODIES_BEFORE = new RegExp(String.raw`\b(?:${PLURAL_BODY_NOUNS.join('|')})\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+$`, 'i');

/**
 * "The company's unions, including IG Metall and Verdi, said", "unions, including Unifor and Teamcor,": names in a
 * list after a plural of bodies are bodies. A name the rule layer found that the tagger did not propose is proposed;
 * one the tagger read as a place or a person is retyped unless the gazetteer knows the place or it opens with a
 * given name.
 */
function bodiesListedAfterPluralBodies(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  const spans = [...proposals.map((p) => ({ start: p.start, end: p.end, proposal: p as ProposedName | undefined })),
    ...ruleNames.filter((r) => r.cls !== 'person' && r.cls !== 'place' && !proposals.some((q) => q.start < r.end && r.start < q.end)).map((r) => ({ start: r.start, end: r.end, proposal: undefined }))]
    .sort((a, b) => a.start - b.start);
  let listed = false;
  let prevEnd = -1;
  for (const span of spans) {
    listed = PLURAL_BODIES_BEFORE.test(text.slice(Math.max(0, span.start - 50), span.start)) || (listed && /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/.test(text.slice(prevEnd, span.start)));
    prevEnd = span.end;
    if (!listed) continue;
    const name = text.slice(span.start, span.end);
    if (!span.proposal) proposals.push({ start: span.start, end: span.end, type: 'ORG' });
    else if (span.proposal.type !== 'ORG' && !lookupCountry(name) && !lookupCity(name) && !givenNames.has((name.split(/\s+/)[0] as string).toLowerCase())) span.proposal.type = 'ORG';
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** Words of electoral politics: a sentence-opening "Labor" among them is the party ("Labor shifted from farming" is not). */
const POLITICAL_WORDS = /^(?:polls?|seats?|elections?|votes?|voters|leader|leadership|party|government|opposition|parliament|mps|coalition|campaign|candidates?|ministers?|majority|ballot|electorate|policy|policies|preferences)$/;

/**
 * "Labor trails in most polls", "Labour has chosen a new leader": the word after a sentence-opening party is its verb,
 * and the sentence speaks of electoral politics.
 */
function openingPartyActs(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || /^\p{Lu}/u.test(next.text) || !tokens.some((t) => POLITICAL_WORDS.test(t.lower))) return false;
  if (next.tags.has('Auxiliary') || next.tags.has('Modal') || next.tags.has('Copula') || (next.tags.has('PastTense') && !next.tags.has('Noun'))) return true;
  const after = tokens[i + 2];
  return /\p{Ll}s$/u.test(next.text) && after !== undefined && (after.tags.has('Preposition') || after.tags.has('Determiner') || after.tags.has('Adverb'));
}

const VESSEL_BEFORE = new RegExp(String.raw`\b(?:(?:${[...VESSEL_NOUNS].join('|')}),?\s+(?:the\s+|called\s+|named\s+)?|aboard\s+(?:the\s+)?)$`, 'u');

/** A vessel noun written right before a name, with no comma: "the tanker Front Altair", "the bulk carrier True Confidence". */
const VESSEL_RIGHT_BEFORE = new RegExp(String.raw`\b(?:${[...VESSEL_NOUNS].join('|')})\s+$`, 'u');

/**
 * Whether a name stands right after a vessel noun with no comma ("the tanker Front Altair caught fire"): it is the
 * ship's, whatever body the tagger or the rule layer read (entities.ts `keptRuleName` asks too; round 19).
 */
export function afterVesselNoun(text: string, start: number): boolean {
  return VESSEL_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * "A survey ship, the Kemal Reis, left port", "the tanker Sea Falcon", "aboard the Ocean Star": a name right after a
 * vessel noun or "aboard" is the vessel, read by the tagger as a person or a place; it goes (a ship is no actor). An
 * organisation goes only with no comma between ("hit a tanker, Velmar Shipping said" names the speaker).
 */
function dropVesselNames(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type === 'ORG' ? afterVesselNoun(text, p.start) : VESSEL_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) proposals.splice(k, 1);
  }
}

/**
 * "The news agency Agence Velmar-Presse reported", "the state broadcaster Radio Ardenia said": a name right after a
 * news agency's or outlet's noun is that outlet, whatever type the tagger gave it; where the tagger cut a hyphenated
 * name the rule layer read whole, the rule layer's span is taken.
 */
function agenciesAfterOutletNouns(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number }[]): void {
  for (const p of [...proposals]) {
    if (!OUTLET_NOUNS.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
    p.type = 'ORG';
    const whole = ruleNames.find((r) => r.start === p.start && r.end > p.end && /^-/.test(text.slice(p.end, r.end)));
    if (whole) replaceWithin(proposals, { start: p.start, end: whole.end, type: 'ORG' });
  }
}

/**
 * "Stellantis, the maker of Jeep and Fiat cars,", "makers of Kestrel and Brannock beers": names after a maker's noun
 * and "of" (and the names listed with them) are brands; one the tagger read as a person goes.
 */
function dropBrandsAfterMakers(text: string, proposals: ProposedName[]): void {
  let listed = false;
  let prevEnd = -1;
  for (let k = 0; k < proposals.length; k++) {
    const p = proposals[k] as ProposedName;
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    listed = MAKER_OF.test(before) || (listed && prevEnd >= 0 && /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/.test(text.slice(prevEnd, p.start)));
    prevEnd = p.end;
    if (listed && p.type === 'PER') {
      proposals.splice(k, 1);
      k--;
    }
  }
}
