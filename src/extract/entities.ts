import { normalizeName } from '../text/normalize-name.js';
import type { Actor, ActorKind } from '../schema/actor.js';
import type { Place } from '../schema/place.js';
import type { Mention } from '../schema/span.js';
import { lookupCapital, lookupCity, lookupDemonym, lookupCountry, normalizePlaceName, type CountryEntry } from '../nlp/gazetteer.js';
import { GOVERNMENT_GROUP_NOUNS, GROUP_NOUNS, ORG_HEAD_WORDS, PARTIES_NAMED_BY_MEMBERS, REGIONAL_ADJECTIVES } from '../nlp/lexicon/organizations.js';
import { CORPORATE_SUFFIXES, NON_ACTOR_ACRONYMS } from '../nlp/lexicon/non-actors.js';
import { ROLE_NOUNS } from '../nlp/lexicon/titles.js';
import { BUSINESS_NOUNS } from '../nlp/lexicon/name-cues.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { ruleNameWithoutCue } from './kept-rule-names.js';
import { reportingLemma } from '../nlp/lexicon/reporting-verbs.js';
import { recordId, slugify } from '../ids.js';
import { breaksAfter, findNames, mentionFromProposal, midSentenceNames, midSentenceSoloNames, type NameMention, type ProposedName } from './names.js';
import { tagSentenceNames } from './names/tagger.js';
import { dropPostscriptMarkers, namesAcrossLineBreaks } from './name-line-breaks.js';
import { capitalisedRoleNoun, dropCapitalisedRoleNouns, dropRoleNounMentions } from './name-common-nouns.js';
import { bodiesSpelledByAcronyms } from './name-spelled-acronyms.js';
import { nameDefinitionRepairs } from './name-definition-repairs.js';
import { nameLongBodyRepairs } from './name-long-bodies.js';
import { statesReadAsOwners } from './name-state-owners.js';
import { unitsNamedAfterTowns, assembliesReadAsTitledPersons } from './name-formation-repairs.js';
import { commonWordCompanies, unproposedInstitutions, datelinePlaces, dropEventAcronyms, dropOpeningArticle, employersOfStaff, industryCompanies, dropProductsAfterArticle, dropTermFragments, dropTitlePhrases, titlePhrasesAroundNames, sentenceOpeningNames, coordinatedActors, coordinatedPlaces, numberedBodies, agenciesOfCountries, companiesReferredToAsIts, lowerCasePartyNames, personsInRoleApposition, splitPersonOfOrganisation, joinInstitutionTails, commonWordBodies, acronymsOfGroups, companiesMovingNumbers, placeCompanies, placesOpeningBodies, titleModelLacks, hyphenatedPlaces, dropMarketIndices, organisationsWithInnerHeads, dropTrailingWeekdays, monthBeforeDay, bodiesOfMembers, bodiesOwningPersons, dropStormNames, placesBeforeAdminNouns, placesInApposition, bodiesInApposition, namesBeforeBodyNouns, namesMarketIndex } from './name-repairs.js';
import { ampersandCompanies } from './name-ampersands.js';
import { actorsOfActingCompounds, civicSitesAfterThe, companiesAfterTradeNouns, sitesBeforeSiteNouns, hyphenGluedNames, countriesOwningBodies, knownBodiesInText, surnamesAfterParticles, givenNamesBeforeParticles, bodiesCoordinatedWithBodies, demonymsOpeningCompanies, companiesHeldInShares, employersBeforeStaff, numberTenSeats, oneWordInstitutions, personsReadAsPlaces, splitActingCompoundOpenings, dropVesselNames, personsBeforeRoleApposition, splitCoordinatedBodies } from './name-context-repairs.js';
import { namePatternRepairs } from './name-pattern-repairs.js';
import { COUNTRIES_NAMED_LIKE_US_STATES, countriesOfTheirTowns, usStatesNamedLikeCountries } from './place-homonyms.js';
import { demonymModifier, doctrineModifier, dropDemonymModifiers } from './name-demonyms.js';
import { nameEdgeRepairs } from './name-boundary-repairs.js';
import { facilityPlaceNames } from './name-facility-places.js';
import { townCountryAppositions } from './name-town-country.js';
import { vesselsThroughArticle } from './name-vessels.js';
import { bodiesApposedToBodyNouns } from './name-apposed-bodies.js';
import { indonesianCompanies } from './name-company-forms.js';
import { mononymsBeforeRoleApposition } from './name-mononyms.js';
import { clubsThroughArticle } from './name-clubs.js';
import { possessivePlaceNames } from './name-possessive-places.js';
import { nameBodyRepairs } from './name-body-repairs.js';
import { afterVesselNoun, nameKindRepairs } from './name-kind-repairs.js';
import { nameCueRepairs, typesFromFullNames } from './name-cue-repairs.js';
import { nameFormRepairs } from './name-form-repairs.js';
import { bodyNounRightBefore, companiesOfCountries, describesNameAfter, nameUsageRepairs } from './name-usage-repairs.js';
import { nameOfficeRepairs, wordOpeningBeforeTitle } from './name-office-repairs.js';
import { nameStyleRepairs } from './name-style-repairs.js';
import { articleLeadInRepairs, nameLeadInRepairs } from './name-lead-in-repairs.js';
import { loadNameModel } from './names/model.js';
import { CALENDAR_WORDS, FIRST_LEVEL_REGIONS } from '../nlp/gazetteer/lexicon.js';
import { ACRONYM_SKIPS, ACTING_COMPOUNDS, GENERATIONAL_SUFFIXES, LOCATIVE_COMPOUNDS, NAME_PARTICLES } from '../nlp/lexicon/name-cues.js';
import { commonWordLevel } from '../nlp/gazetteer/common-words.js';
import { findAnaphorMentions } from './anaphors.js';
import type { EntityMention } from './entity-mention.js';
import { escapeRegExp } from '../text/escape-regexp.js';
export { resolveOrganizationAnaphor, resolveTitleHolder } from './anaphors.js';

export type { EntityMention } from './entity-mention.js';

export interface EntityResult {
  actors: Actor[];
  places: Place[];
  mentions: EntityMention[];
}

interface ActorDraft {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  titles: Set<string>;
  countryCode?: string;
  mentions: Mention[];
}

export interface PlaceDraft {
  id: string;
  name: string;
  kind: Place['kind'];
  aliases: Set<string>;
  countryCode?: string;
  coordinates?: { lat: number; lon: number };
  mentions: Mention[];
}

function mentionOf(n: { start: number; end: number; text: string }): Mention {
  return { start: n.start, end: n.end, text: n.text };
}

/** A generational suffix after a surname ("Jr.", "Sr.", "III"): no part of the surname a short mention uses. */
const GENERATION_SUFFIX = new RegExp(`^${GENERATIONAL_SUFFIXES}$`, 'i');

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  // "Ferdinand Marcos Jr." ... "Marcos's party": the surname is the word before the suffix
  if (words.length >= 3 && GENERATION_SUFFIX.test(words[words.length - 1] as string)) words.pop();
  return (words[words.length - 1] ?? name).toLowerCase();
}

/** A kin-group noun after a family name: "the Al Nasr family", "the Van Berg dynasty". */
const KIN_GROUP_AFTER = /^['’]?s?\s+(?:family|families|dynasty|clan|household|tribe)\b/i;

/**
 * Surnames that open with a particle, as a full name's short forms: "Pieter De Smet" is also "De Smet",
 * "Anna van der Berg" also "van der Berg" and "der Berg"; lower case. Empty for names without one. A surname joined
 * to another by the particle after a given name is one too ("Cristina Fernández de Kirchner" is also "Fernández de
 * Kirchner", "Luiz Inácio Lula da Silva" also "Lula da Silva"; round 17).
 */
function particleSurnames(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    if (!NAME_PARTICLES.has((words[i] as string).toLowerCase())) continue;
    out.push(words.slice(i).join(' ').toLowerCase());
    if (i >= 2 && /^\p{Lu}\p{Ll}/u.test(words[i - 1] as string)) out.push(words.slice(i - 1).join(' ').toLowerCase());
  }
  return out;
}

/**
 * The two-word surname of a full name of three or more capitalised words, lower case, as its short form: Spanish and
 * Portuguese double surnames ("Andrés Manuel López Obrador" is also "López Obrador", "Enrique Peña Nieto" also "Peña
 * Nieto"). Empty for shorter names and for names ending in a generational suffix. Round 13 (issue 12).
 */
function compoundSurnames(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 3 || GENERATION_SUFFIX.test(words[words.length - 1] as string)) return [];
  const pair = words.slice(-2);
  return pair.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w)) ? [pair.join(' ').toLowerCase()] : [];
}

/** A name mention or a group phrase being recorded as a mention of an actor. */
type ActorMentionSource = NameMention | { start: number; end: number; text: string; sentenceIndex: number; firstToken: number; lastToken: number; agentive: boolean };

/** The actor and place drafts of one article while its names are read, with the indexes names join by. */
class EntityBook {
  readonly actors = new Map<string, ActorDraft>();
  readonly places = new Map<string, PlaceDraft>();
  readonly mentions: EntityMention[] = [];
  readonly bySurname = new Map<string, ActorDraft>();
  readonly byAlias = new Map<string, ActorDraft>();
  /** The first word of a full name, when one person of the article has it; null when two share it. */
  readonly byFirstWord = new Map<string, ActorDraft | null>();

  addActor = (key: string, name: string, kind: ActorKind, extra?: { countryCode?: string }): ActorDraft => {
    const id = recordId('actor', key);
    let draft = this.actors.get(id);
    if (!draft) {
      draft = { id, name, kind, aliases: new Set(), titles: new Set(), mentions: [], ...extra };
      this.actors.set(id, draft);
    }
    return draft;
  };

  noteActorMention = (draft: ActorDraft, n: ActorMentionSource): void => {
    draft.mentions.push(mentionOf(n));
    if (n.text !== draft.name) draft.aliases.add(n.text);
    this.byAlias.set(n.text.toLowerCase(), draft);
    this.mentions.push({
      recordId: draft.id, record: 'actor', actorKind: draft.kind, start: n.start, end: n.end, text: n.text,
      sentenceIndex: n.sentenceIndex, firstToken: n.firstToken, lastToken: n.lastToken, agentive: n.agentive,
    });
  };

  /** The id of the place record a mention read as a place belongs to. */
  placeIdOf(n: NameMention, country?: CountryEntry): string {
    return recordId('place', country && n.placeKind === 'country' ? slugify(country.name) : slugify(normalizePlaceName(n.text)));
  }

  addPlace(n: NameMention, country?: CountryEntry): PlaceDraft {
    const id = this.placeIdOf(n, country);
    let draft = this.places.get(id);
    if (!draft) {
      // ("Florida", "Nevada", "Ontario": a first-level region, not the town of the same name elsewhere; it has no
      // point of its own in the gazetteer, so no coordinates rather than the town's)
      // ("Georgia" in an article set in the United States is the state, ./place-homonyms.ts)
      const region = n.placeKind === 'country' ? undefined : FIRST_LEVEL_REGIONS.get(n.text) ?? (n.placeKind === 'region' ? COUNTRIES_NAMED_LIKE_US_STATES.get(n.text) : undefined);
      const city = n.placeKind === 'country' || region ? undefined : lookupCity(n.text);
      const name = country && n.placeKind === 'country' ? country.name : n.text;
      draft = {
        id, name, kind: region ? 'region' : n.placeKind ?? (city ? 'city' : 'other'), aliases: new Set(), mentions: [],
        countryCode: country?.code ?? region ?? city?.countryCode,
        coordinates: n.placeKind === 'country' ? country?.coordinates : city?.coordinates,
      };
      this.places.set(id, draft);
    }
    draft.mentions.push(mentionOf(n));
    if (n.text !== draft.name) draft.aliases.add(n.text);
    this.mentions.push({
      recordId: id, record: 'place', start: n.start, end: n.end, text: n.text, sentenceIndex: n.sentenceIndex,
      firstToken: n.firstToken, lastToken: n.lastToken, agentive: n.agentive,
    });
    return draft;
  }

  /**
   * A person a one-word mention joins: by surname, or by the first word of a full name. A given name is also a
   * place's or a company's ("Victoria", "Jordan", "Dell"): only a mention read as a person, or not read at all,
   * joins by it.
   */
  bySingleWord(lower: string, cls: NameMention['cls']): ActorDraft | undefined {
    return this.bySurname.get(lower) ?? (cls === 'person' || cls === 'unknown' ? this.byFirstWord.get(lower) ?? undefined : undefined);
  }

  /** The actor a name was already recorded as, by any of its spellings. */
  known(n: NameMention): ActorDraft | undefined {
    const lower = n.text.toLowerCase();
    return this.byAlias.get(lower) ?? (!/\s/.test(n.text) ? this.bySingleWord(lower, singleWordClass(n)) : undefined);
  }
}

/**
 * The class a one-word name is looked up with among the article's people. "Moon Hae-sun ... Moon's office said": a
 * family name written first that is also an English word reads as a body to the tagger; the first word of one
 * person's full name joins that person whatever its type, unless it is an acronym or a body the lists know.
 */
function singleWordClass(n: NameMention): NameMention['cls'] {
  return n.cls === 'organization' && n.canonical === n.text && /^\p{Lu}\p{Ll}+$/u.test(n.text) ? 'unknown' : n.cls;
}

/**
 * Turns the names of an article into actor and place records: people joined across full-name, surname and
 * title forms; organisations by canonical name and acronym; one government per country for the state and its
 * capital or seat used as actor; places by normalised name, with "known as" aliases; group actors from
 * demonym + group noun and from group nouns that act.
 */
export function extractEntities(text: string, sentences: readonly TaggedSentence[]): EntityResult {
  const names = findArticleNames(text, sentences);
  shortCountryNames(names);
  countriesOfTheirTowns(names);
  usStatesNamedLikeCountries(text, names);
  const { firstNames } = loadNameModel().lexicons;
  organisationShortForms(names, firstNames);
  const book = new EntityBook();
  indexFullNames(book, names, firstNames);
  personsKnownAs(text, book, names);
  splitNameCompounds(names, book.bySurname);
  placesByCoordination(text, names);
  organizationsByCoordination(text, names);
  const deferred: NameMention[] = [];
  const body = names.filter((n) => !n.inHeading);
  const headings = names.filter((n) => n.inHeading);
  for (const n of [...body, ...headings]) if (!recordName(book, text, n)) deferred.push(n);
  // names met before the record they belong to was made ("Shares of Airbus rose. ... Airbus said")
  for (const n of deferred) {
    const known = book.known(n);
    if (known) book.noteActorMention(known, n);
  }
  const remap = linkPlaceAliases(text, book.places);
  for (const m of book.mentions) m.recordId = remap.get(m.recordId) ?? m.recordId;
  addGroupActors(text, sentences, book);
  const actorList = finishActors(sentences, book);
  organisationsOverPlaces(text, book.places, actorList, book.mentions);
  return { actors: actorList, places: finishPlaces(text, book.places), mentions: book.mentions };
}

/** People with full names first, so surname-only and first-word mentions anywhere can join them. */
function indexFullNames(book: EntityBook, names: readonly NameMention[], firstNames: ReadonlySet<string>): void {
  // The first word of a full name joins it too when one person of the article has it ("Yayi Boni" ... "Yayi",
  // "Laura Bush" ... "Laura"); two people sharing it make it nobody's (null).
  // a surname with its particle ("De Smet", "Van der Berg") is a short form of the full name, not a full name
  // and so is a double surname ("López Obrador" after "Andrés Manuel López Obrador")
  const shortForms = new Set(names.filter((n) => n.cls === 'person' && !n.inHeading).flatMap((n) => [...particleSurnames(n.text), ...compoundSurnames(n.text)]));
  for (const n of names) {
    if (n.cls !== 'person' || n.inHeading || !/\s/.test(n.text) || shortForms.has(n.text.toLowerCase())) continue;
    const draft = book.addActor(slugify(n.text), n.text, 'person');
    const surname = lastWord(n.text);
    for (const key of [surname, ...particleSurnames(n.text), ...compoundSurnames(n.text)]) {
      const holder = book.bySurname.get(key);
      if (!holder || holder === draft) book.bySurname.set(key, draft);
    }
    const given = (n.text.split(/\s+/)[0] as string).toLowerCase();
    const first = book.byFirstWord.get(given);
    if (first === undefined) book.byFirstWord.set(given, draft);
    else if (first !== draft) book.byFirstWord.set(given, null);
  }
  paternalSurnames(book, names, firstNames);
}

/**
 * "Capriles told the crowd" after "Henrique Capriles Radonski", "Uribe said" after "Álvaro Uribe Vélez": Spanish and
 * Portuguese writers shorten a double surname to its first word, so that word of a full name of three words or more
 * joins it too, unless it is a given name ("Pedro Pablo Kuczynski" is no "Pablo"), an Arabic article, another
 * person's surname, or the first surname of two persons of the article ("Miguel Yunes Linares", "Héctor Yunes
 * Landa"). Round 13 (issue 12).
 */
function paternalSurnames(book: EntityBook, names: readonly NameMention[], firstNames: ReadonlySet<string>): void {
  const owners = new Map<string, ActorDraft | null>();
  for (const n of names) {
    const paternal = n.cls === 'person' && !n.inHeading ? paternalWord(n.text) : undefined;
    if (paternal === undefined) continue;
    const draft = book.actors.get(recordId('actor', slugify(n.text)));
    // (a given name is a first surname only before a double surname; before "da Silva" the word is what the
    // person is called, "Lula")
    if (!draft || (firstNames.has(paternal) && compoundSurnames(n.text).length > 0) || /^(?:al|el|bin|ibn|abu|wan)$/.test(paternal)) continue;
    const had = owners.get(paternal);
    owners.set(paternal, had === undefined || had === draft ? draft : null);
  }
  for (const [key, draft] of owners) if (draft && !book.bySurname.has(key)) book.bySurname.set(key, draft);
}

/**
 * The word a Spanish or Portuguese writer shortens a full name to: the first of a double surname ("Uribe" of "Álvaro
 * Uribe Vélez"), or the word before a particle and the last surname ("Lula" of "Luiz Inácio Lula da Silva"; round
 * 14); lower case, undefined for other names.
 */
function paternalWord(name: string): string | undefined {
  if (compoundSurnames(name).length > 0) return (name.split(/\s+/).at(-2) as string).toLowerCase();
  const words = name.split(/\s+/);
  const [before, particle] = [words.at(-3), words.at(-2)];
  if (words.length < 4 || before === undefined || particle === undefined || !/^(?:da|das|do|dos|de)$/.test(particle)) return undefined;
  return /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(before) ? before.toLowerCase() : undefined;
}

/** What stands between a person's name and another name they go by: ", known as", " (better known as", ", nicknamed". */
const KNOWN_AS_BEFORE = /(?:,|\()\s*(?:(?:also|better|widely|commonly|popularly|locally) )?(?:(?:known|referred to) as|nicknamed|dubbed)\s+$/;

/**
 * "Luiz Quintas, known as Quintinho, scored", "Ahmed Nour, better known as Abu Hamza, was killed": the second name
 * is another name of the person just named, so its mentions join that person's record (the full name found first
 * stays the record's name).
 */
function personsKnownAs(text: string, book: EntityBook, names: readonly NameMention[]): void {
  for (const y of names) {
    if (y.cls !== 'person' || y.inHeading) continue;
    const before = text.slice(Math.max(0, y.start - 60), y.start);
    const cue = KNOWN_AS_BEFORE.exec(before);
    if (!cue) continue;
    const cueStart = y.start - before.length + cue.index;
    const x = names.find((n) => n.cls === 'person' && !n.inHeading && n.end <= cueStart && /^\s*$/.test(text.slice(n.end, cueStart)));
    const into = x ? book.actors.get(recordId('actor', slugify(x.text))) : undefined;
    if (!into) continue;
    const own = book.actors.get(recordId('actor', slugify(y.text)));
    if (own && own !== into && own.mentions.length === 0) {
      book.actors.delete(own.id);
      for (const map of [book.bySurname, book.byFirstWord]) for (const [key, value] of map) if (value === own) map.set(key, into);
    }
    book.bySurname.set(y.text.toLowerCase(), into);
  }
}

/** Records one name as a mention of a person, government, organisation or place; false when it must wait. */
function recordName(book: EntityBook, text: string, n: NameMention): boolean {
  const known = book.known(n);
  const surnameOfKnownPerson = known?.kind === 'person' && !/\s/.test(n.text) && n.cls !== 'government';
  if (n.cls === 'person' || ((n.cls === 'unknown' || n.inHeading || surnameOfKnownPerson) && known && known.kind === 'person')) {
    // ("De Smet" after "Pieter De Smet": a surname with its particle joins the full name)
    // (never before a kin-group noun: "the Al Nasr family" is the family, not the king)
    const full = /\s/.test(n.text)
      ? book.actors.get(recordId('actor', slugify(n.text))) ?? (KIN_GROUP_AFTER.test(text.slice(n.end, n.end + 12)) ? undefined : book.bySurname.get(n.text.toLowerCase()))
      : book.bySingleWord(n.text.toLowerCase(), singleWordClass(n));
    if (n.inHeading && !full) return true;
    const draft = full ?? book.addActor(slugify(n.text), n.text, 'person');
    if (!full && !/\s/.test(n.text)) book.bySurname.set(n.text.toLowerCase(), draft);
    for (const t of n.titles) draft.titles.add(t);
    book.noteActorMention(draft, n);
    return true;
  }
  if (n.inHeading) {
    // a heading names what the body names: an actor or a place the body already has
    if (known) book.noteActorMention(known, n);
    else if (n.cls === 'place' && book.places.has(book.placeIdOf(n, n.country))) book.addPlace(n, n.country);
    return true;
  }
  if (n.cls === 'government' && n.country) {
    book.noteActorMention(book.addActor(slugify(n.country.name), n.country.name, 'government', { countryCode: n.country.code }), n);
    return true;
  }
  if (n.cls === 'organization') {
    const draft = known && known.kind === 'organization' ? known : book.addActor(slugify(n.canonical), n.canonical, 'organization');
    if (n.canonical !== n.text) draft.aliases.add(n.text);
    // ("Azerbaijan's Defence Ministry", named "Azerbaijani Defence Ministry": the possessive form as written is a name
    // of it too; round 18)
    const owner = n.canonical !== n.text && n.canonical.endsWith(` ${n.text}`) ? /(\p{Lu}[\p{L}.]*)['’]s\s+$/u.exec(text.slice(Math.max(0, n.start - 40), n.start)) : null;
    if (owner) draft.aliases.add(`${owner[1] as string}'s ${n.text}`);
    book.noteActorMention(draft, n);
    book.byAlias.set(n.canonical.toLowerCase(), draft);
    const acronym = acronymAlias(text, n, draft);
    if (acronym) book.byAlias.set(acronym.toLowerCase(), draft);
    return true;
  }
  if (n.cls === 'place') {
    if (known && known.kind !== 'government') book.noteActorMention(known, n);
    else book.addPlace(n, n.country);
    return true;
  }
  // unknown: join a known actor, or become an organisation when it acts or owns something
  if (known) book.noteActorMention(known, n);
  else if ((n.agentive || n.possessive) && !n.commonWord) book.noteActorMention(book.addActor(slugify(n.text), n.text, 'organization'), n);
  else return false;
  return true;
}

/** Actor records of the drafts that were mentioned, with the anaphors ("the ministry", "the president") that refer to them. */
function finishActors(sentences: readonly TaggedSentence[], book: EntityBook): Actor[] {
  const { mentions } = book;
  const actorList: Actor[] = [...book.actors.values()]
    .filter((a) => a.mentions.length > 0)
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases].filter((x) => x !== a.name),
      titles: [...a.titles],
      ...(a.countryCode ? { countryCode: a.countryCode } : {}),
      mentions: a.mentions.sort((x, y) => x.start - y.start),
    }));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const anaphors = findAnaphorMentions(sentences, actorList, mentions);
  const actorById = new Map(actorList.map((a) => [a.id, a]));
  for (const m of anaphors) actorById.get(m.recordId)?.mentions.push(mentionOf(m));
  for (const a of actorList) a.mentions.sort((x, y) => x.start - y.start);
  mentions.push(...anaphors);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return actorList;
}

/** Place records with the places each lies within. */
function finishPlaces(text: string, places: Map<string, PlaceDraft>): Place[] {
  const within = placeContainment(text, places);
  return [...places.values()].map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    aliases: [...p.aliases].filter((x) => x !== p.name),
    ...(p.countryCode ? { countryCode: p.countryCode } : {}),
    ...(p.coordinates ? { coordinates: p.coordinates } : {}),
    ...(within.get(p.id)?.size ? { within: [...(within.get(p.id) as Set<string>)] } : {}),
    mentions: p.mentions.sort((x, y) => x.start - y.start),
  }));
}

/**
 * The names of an article. The learned tagger (./names/tagger.ts) proposes each name's span and type, reading the
 * rule layer's names (./names.ts) among its features; a name found once is then found wherever the article
 * writes it again, and takes the type most of its mentions have. Each proposal becomes a mention with the cues
 * the entity stage needs. Of the rule layer's own names, only organisations and acting states the tagger left
 * out are kept (a company noun, suffix or known name, or a capital that acts, are cues the tagger's data lacks:
 * measured on the eval halves and gum-ner-dev, keeping rule places or persons too lowered both). Titles and
 * headings in title case keep the rule layer's reading (the tagger was not trained on title case); those in sentence
 * case are tagged as body text, and their names join what the body names or, when the body never names them,
 * become records of their own.
 */
export function findArticleNames(text: string, sentences: readonly TaggedSentence[]): NameMention[] {
  const context = { midSentenceNames: midSentenceNames(sentences), midSentenceSoloNames: midSentenceSoloNames(sentences) };
  const ruleNames = sentences.map((s) => findNames(text, s, context));
  const proposals = tagSentenceNames(text, sentences, context);
  proposals.forEach((list, k) => { namesAcrossLineBreaks(text, list); dropPostscriptMarkers(text, list); dropCapitalisedRoleNouns(text, list); hyphenatedPlaces(text, list); healHyphenCuts(text, list, ruleNames[k] ?? []); });
  repairSentenceProposals(text, sentences, proposals, ruleNames);
  const indices = dropMarketIndices(text, proposals);
  dropTermFragments(text, proposals);
  dropEventAcronyms(text, proposals, ruleNames);
  voteTypes(text, proposals.flat(), sentences.filter((s) => s.blockKind === 'title' || s.blockKind === 'heading' || s.blockKind === 'slug'));
  const articleSurnames = typesFromFullNames(text, proposals);
  articleLeadInRepairs(text, sentences, proposals);
  namesByAliasCue(text, sentences, proposals);
  propagateAndSettleKinds(text, sentences, proposals);
  const lexicons = loadNameModel().lexicons;
  companiesByContext(text, proposals.flat(), lexicons.firstNames);
  const out: NameMention[] = [];
  const bodyWords = wordsOfBodyNames(text, sentences, proposals);
  sentences.forEach((s, k) => {
    const rules = ruleNames[k] ?? [];
    // a line taken for a title that is written as a sentence (a text without a headline, a web post) is body text
    const prose = s.blockKind !== 'paragraph' && isProseLine(s.text);
    // a headline or heading in sentence case is tagged as the body is (the tagger's data has such titles); one in
    // title case ("Fantastic Lakeside Cottage") keeps the rule layer's reading
    // a wire dateline's city ("KYIV", "Oslo") is tagged as a name standing alone
    const sentenceCaseHeading = !prose && (s.blockKind === 'dateline' || ((s.blockKind === 'title' || s.blockKind === 'heading') && !isTitleCaseLine(s.text)));
    if (s.blockKind !== 'paragraph' && !prose && !sentenceCaseHeading) {
      out.push(...rules);
      return;
    }
    const sentence = prose || sentenceCaseHeading ? { ...s, blockKind: 'paragraph' as const } : s;
    // ("ads for McCrory" after "Pat McCrory": the rule layer's place reading of a surname the article gave in full goes)
    const surnameRules = (p: ProposedName) => (p.type === 'PER' && articleSurnames.has(text.slice(p.start, p.end)) ? rules.filter((r) => r.cls !== 'place' || r.start !== p.start) : rules);
    const mine = (proposals[k] ?? []).flatMap((p) => mentionFromProposal(text, sentence, p, surnameRules(p), lexicons) ?? []);
    for (const r of rules) {
      // "the AEX index": a market index the repairs dropped from the tagger's names is no rule-layer body either
      if (indices.has(r.text) || namesMarketIndex(text, r) || monthBeforeDay(text, r) || capitalisedRoleNoun(r.text)) continue;
      // (what the tagger refused and only capitals or compromise's tags said is no name: ./kept-rule-names.ts)
      const kept = keptRuleName(text, r, mine);
      if (kept && !ruleNameWithoutCue(text, s, r)) mine.push(kept);
    }
    mine.sort((a, b) => a.start - b.start);
    dropRoleNounMentions(mine);
    // a wire dateline names where the report was filed: "AUSTIN, Texas (Reuters) -" is a city and its state,
    // whatever the tagger makes of capitals standing alone (the agency in brackets is no place)
    if (s.blockKind === 'dateline') {
      const bracket = s.text.indexOf('(');
      for (const m of mine) if (m.cls !== 'place' && (bracket < 0 || m.start < s.start + bracket)) m.cls = 'place';
    }
    if (prose) out.push(...mine.map((m) => ({ ...m, inHeading: false })));
    // a heading's name that shares a word with a name of the body joins what the body has (the body names it in
    // full: "Air Force" in a headline, "the U.S. Air Force" below); one the body never names is a name of its own
    // (a dateline's city is where the report was filed, a place of its own even when a body name holds its word:
    // "BISSAU, Nov 27 -" above "Guinea-Bissau")
    else if (s.blockKind === 'dateline') out.push(...mine.map((m) => ({ ...m, inHeading: false })));
    else if (sentenceCaseHeading) out.push(...mine.map((m) => ({ ...m, inHeading: (m.text.match(/\p{L}{3,}/gu) ?? []).some((w) => bodyWords.has(w.toLowerCase())) })));
    else out.push(...mine);
  });
  return out;
}

/**
 * The rule layer's name `r` kept beside the tagger's names of its sentence (`mine`), perhaps retyped, or undefined:
 * organisations, governments and titled persons the tagger missed, and untyped names that context makes bodies.
 */
function keptRuleName(text: string, r: NameMention, mine: readonly NameMention[]): NameMention | undefined {
  // "a pro-Dale group", "anti-Kremlin protesters": a word opening in lower case names nobody, nor does a
  // participle of leadership ("The Kurdish-led forces"), nor a demonym of several words before a noun
  if (mine.some((m) => m.start < r.end && r.start < m.end) || afterModelNumber(text, r) || afterVesselNoun(text, r.start) || /^\p{Ll}/u.test(r.text) || /-(?:led|backed)$/u.test(r.text) || demonymModifier(text, r) || doctrineModifier(text, r)) return undefined;
  // "a pro-Dale super PAC": an acronym of a kind of body alone names nobody (round 12)
  if (NON_ACTOR_ACRONYMS.has(r.text.toUpperCase())) return undefined;
  // "Incumbent president X": a sentence's first word describing a titled person is no body (round 16)
  if (wordOpeningBeforeTitle(text, r)) return undefined;
  // "Forestry agency Conaf said": the opener of a body's description is no body (round 17)
  if (describesNameAfter(text, r, mine)) return undefined;
  if (r.cls === 'organization' || r.cls === 'government' || titledPerson(text, r)) return r;
  // "Danish drugmaker Bavarian Nordic": a name the rule layer could not type, right after a business noun
  // ("Fisheries agency Sernapesca said": after a body's noun, round 17)
  if (r.cls === 'unknown' && (r.agentive || r.possessive) && (BUSINESS_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start)) || bodyNounRightBefore(text, r.start))) return { ...r, cls: 'organization' };
  // "German rival RWE, which said": an acronym the rule layer took for a person, after a rival's noun, is a body
  if (r.cls === 'person' && /^\p{Lu}{2,5}$/u.test(r.text) && !lookupCountry(r.text) && RIVAL_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start))) return { ...r, cls: 'organization' };
  return undefined;
}

/**
 * The repairs of `name-repairs.ts` that work on one sentence's proposals, in order: the tagger's spans and types
 * for classes its training data holds too few of (see that module); products and common-word companies only in
 * paragraphs.
 */
function repairSentenceProposals(text: string, sentences: readonly TaggedSentence[], proposals: ProposedName[][], ruleNames: readonly NameMention[][]): void {
  const lowerCaseWords = wordsInLowerCase(sentences);
  const { firstNames, surnames } = loadNameModel().lexicons;
  proposals.forEach((list, k) => {
    const s = sentences[k] as TaggedSentence;
    dropOpeningArticle(text, list, ruleNames[k] ?? []);
    coordinatedPlaces(text, list, ruleNames[k] ?? []);
    numberedBodies(text, list);
    unitsNamedAfterTowns(text, s, list);
    assembliesReadAsTitledPersons(text, list);
    bodiesSpelledByAcronyms(text, s, list);
    splitPersonOfOrganisation(text, list, firstNames);
    datelinePlaces(text, s, list);
    knownBodiesInText(s, list);
    countriesOwningBodies(text, list);
    hyphenGluedNames(text, s, list);
    ampersandCompanies(s, list);
    lowerCasePartyNames(s, list);
    unproposedInstitutions(text, s, list, ruleNames[k] ?? []);
    joinInstitutionTails(text, list);
    dropTitlePhrases(text, list);
    titlePhrasesAroundNames(text, list);
    sentenceOpeningNames(s, list, ruleNames[k] ?? []);
    actorsOfActingCompounds(text, s, list, ruleNames[k] ?? []);
    splitCoordinatedBodies(text, list, ruleNames[k] ?? []);
    bodiesCoordinatedWithBodies(text, s, list, ruleNames[k] ?? [], firstNames);
    coordinatedActors(text, list, ruleNames[k] ?? []);
    agenciesOfCountries(text, list);
    personsInRoleApposition(text, list, ruleNames[k] ?? []);
    employersOfStaff(text, list);
    employersBeforeStaff(text, list);
    industryCompanies(text, list);
    organisationsWithInnerHeads(text, list, ruleNames[k] ?? [], surnames);
    placeCompanies(text, list);
    personsBeforeRoleApposition(text, list);
    demonymsOpeningCompanies(text, list, { firstNames, surnames });
    personsReadAsPlaces(text, list, { firstNames, surnames });
    splitActingCompoundOpenings(text, list);
    dropVesselNames(text, list);
    placesOpeningBodies(text, list);
    dropTrailingWeekdays(text, list);
    dropDemonymModifiers(text, list);
    bodiesOfMembers(text, list);
    bodiesOwningPersons(text, list, { firstNames, surnames });
    dropStormNames(text, list);
    placesBeforeAdminNouns(text, list, ruleNames[k] ?? [], s);
    placesInApposition(text, list);
    surnamesAfterParticles(text, list, { firstNames });
    givenNamesBeforeParticles(text, list, { firstNames });
    sitesBeforeSiteNouns(text, list, { firstNames, surnames });
    civicSitesAfterThe(text, list);
    companiesAfterTradeNouns(text, list, ruleNames[k] ?? [], firstNames);
    repairModulesInOrder(text, s, list, ruleNames[k] ?? [], { firstNames, surnames });
    if (s.blockKind === 'paragraph') repairParagraphProposals(text, s, list, { firstNames, surnames }, lowerCaseWords);
    companiesOfCountries(text, s, list, ruleNames[k] ?? [], firstNames);
  });
}

/** The repair modules ./name-*-repairs.ts (one step each, each a round of invented reports), in the order they were built. */
function repairModulesInOrder(text: string, s: TaggedSentence, list: ProposedName[], rules: readonly NameMention[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): void {
  const { firstNames } = lexicons;
  possessivePlaceNames(text, s, list);
  facilityPlaceNames(text, s, list);
  townCountryAppositions(text, s, list);
  nameEdgeRepairs(text, s, list, rules, firstNames);
  nameBodyRepairs(text, s, list, rules);
  nameKindRepairs(text, s, list, rules, firstNames);
  nameCueRepairs(text, s, list, rules, firstNames);
  nameFormRepairs(text, s, list, rules, firstNames);
  nameUsageRepairs(text, s, list, rules, firstNames);
  nameOfficeRepairs(text, s, list, rules, firstNames);
  nameStyleRepairs(text, s, list, rules, lexicons);
  nameLeadInRepairs(text, s, list);
  namePatternRepairs(text, s, list, rules, firstNames);
  nameDefinitionRepairs(text, s, list, rules, firstNames);
  nameLongBodyRepairs(text, s, list);
  statesReadAsOwners(text, list, firstNames);
  bodiesApposedToBodyNouns(text, s, list);
  indonesianCompanies(text, s, list);
  mononymsBeforeRoleApposition(text, s, list);
}

/** The repairs that read a sentence of running text only: products, common-word companies, bodies by their words. */
function repairParagraphProposals(text: string, s: TaggedSentence, list: ProposedName[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }, lowerCaseWords: ReadonlySet<string>): void {
  const { firstNames } = lexicons;
  acronymsOfGroups(s, list);
  bodiesInApposition(text, s, list);
  namesBeforeBodyNouns(text, s, list, firstNames);
  commonWordBodies(s, list, lexicons);
  companiesMovingNumbers(text, s, list, firstNames);
  dropProductsAfterArticle(text, s, list);
  commonWordCompanies(text, s, list, lowerCaseWords);
  companiesReferredToAsIts(text, s, list);
  companiesHeldInShares(text, s, list);
  oneWordInstitutions(s, list);
  numberTenSeats(s, list);
}

/**
 * A person the rule layer found right after a capitalised title the model's frozen lists lack ("Squadron Leader
 * Priya Nair", "Commodore Jun Dalisay"): the tagger reads such a title as an unknown capitalised word and may
 * propose nothing there. Titles the model knew are left to it (kept, they added false persons on gum-ner-dev).
 */
function titledPerson(text: string, r: NameMention): boolean {
  if (r.cls !== 'person' || r.titles.length === 0) return false;
  const title = r.titles[r.titles.length - 1] as string;
  // a one-word title is also a common noun written with a capital ("Attorney Fees"): it needs a full name after it
  if (!/\s/.test(title)) return false;
  return /^\p{Lu}/u.test(title) && titleModelLacks(title) && text.slice(r.start - title.length - 1, r.start) === `${title} `;
}

/** The words a text writes in lower case (so a capitalised one of them may be a word, not a name). */
function wordsInLowerCase(sentences: readonly TaggedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (/^\p{Ll}+$/u.test(t.text)) out.add(t.text);
  return out;
}

/** Whether a span boundary at `at` falls inside a hyphenated word ("Co|-operation", "Inter-|governmental"). */
function cutsHyphenatedWord(text: string, at: number): boolean {
  return (text[at] === '-' && /\p{L}/u.test(text[at + 1] ?? '') && /\p{L}/u.test(text[at - 1] ?? '')) ||
    (text[at - 1] === '-' && /\p{L}/u.test(text[at - 2] ?? '') && /\p{L}/u.test(text[at] ?? ''));
}

/** Whether a hyphen and a participle that makes a modifier of the name before it ("-born", "-backed") open `after`. */
function participleAfterHyphen(after: string): boolean {
  const word = /^-(\p{Ll}+)(?![\p{L}\d_])/u.exec(after)?.[1] ?? '';
  return LOCATIVE_COMPOUNDS.has(word) || ACTING_COMPOUNDS.has(word);
}

/**
 * A name never ends or starts inside a hyphenated word: where the tagger cut one ("Organization for Security and
 * Co" | "-operation in Europe"), the rule layer's name covering the cut gives the span.
 */
function healHyphenCuts(text: string, proposals: ProposedName[], rules: readonly NameMention[]): void {
  for (let k = 0; k < proposals.length; k++) {
    const p = proposals[k] as ProposedName;
    // "the U.S.-backed forces": the tagger may keep the hyphen of a compound on the name
    if (text[p.end - 1] === '-' && p.end - 1 > p.start) p.end -= 1;
    // "the Inter-governmental Authority": a capitalised prefixed word right before an organisation opens its name
    const opener = p.type === 'ORG' ? /(\p{Lu}\p{Ll}*)-\p{Ll}+\s+$/u.exec(text.slice(Math.max(0, p.start - 30), p.start)) : null;
    if (opener && HYPHEN_PREFIXES.has((opener[1] as string).toLowerCase()) && !proposals.some((q) => q !== p && q.end > p.start - opener[0].length && q.end <= p.start)) {
      p.start -= opener[0].length;
      continue;
    }
    // "Pan-american Airways", "Mid-continent Energy": a word with a lower-case part after its hyphen, right before the
    // proposal, opens it when the rule layer reads one name over both (the model's frozen rule features cut there)
    const hyphened = p.type !== 'ORG' ? null : /\p{Lu}\p{L}*-\p{Ll}+\s+$/u.exec(text.slice(Math.max(0, p.start - 40), p.start));
    const opened = hyphened ? rules.find((r) => r.start === p.start - hyphened[0].length && r.end >= p.end) : undefined;
    if (opened && !proposals.some((q) => q !== p && q.end > opened.start && q.start < p.start)) {
      p.start = opened.start;
      continue;
    }
    if (!cutsHyphenatedWord(text, p.start) && !cutsHyphenatedWord(text, p.end)) continue;
    if (capitalisedHyphenOpener(text, proposals, p)) continue;
    // "a London-born banker", "the U.S.-backed forces": a compound of a name and a participle keeps the name alone
    if (participleAfterHyphen(text.slice(p.end, p.end + 20))) continue;
    const whole = rules.find((r) => r.start <= p.start && r.end >= p.end && (r.start < p.start || r.end > p.end)) ?? prefixedWord(text, p);
    if (!whole) continue;
    // "Baltic Co" | "-operation" | "Council": pieces of the one name are joined; a name only partly inside stays apart
    const others = proposals.filter((q) => q !== p && q.start < whole.end && whole.start < q.end);
    const piece = (q: ProposedName) => q.start >= p.end && q.end <= whole.end && /^-\p{Ll}+\s+$/u.test(text.slice(p.end, q.start));
    if (!others.every(piece)) continue;
    for (const q of others) proposals.splice(proposals.indexOf(q), 1);
    k = proposals.indexOf(p);
    // the rule layer's name may itself start inside a hyphenated word ("Pan-democrat Lam ..." read from "democrat")
    if (!cutsHyphenatedWord(text, whole.start)) p.start = whole.start;
    p.end = whole.end;
  }
}

/**
 * "Rolls-Royce said it would cut jobs", "Mercedes-Benz recalled", "Hewlett-Packard agreed": a capitalised word joined
 * by a hyphen to the start of a proposal opens the name, where the tagger and the rule layer dropped it (a sentence's
 * first word, an English word such as "Rolls"). Not when either part is a country, capital, demonym or large city:
 * "the Russia-Ukraine war", "Paris-Berlin trains" join two names (issue 12, round 17).
 */
function capitalisedHyphenOpener(text: string, proposals: readonly ProposedName[], p: ProposedName): boolean {
  const m = /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+)-$/u.exec(text.slice(Math.max(0, p.start - 30), p.start));
  const second = /^[\p{L}\p{M}]+/u.exec(text.slice(p.start))?.[0] ?? '';
  if (!m || proposals.some((q) => q !== p && q.end > p.start - m[0].length && q.start < p.start)) return false;
  const place = (w: string) => lookupCountry(w) || lookupDemonym(w) || lookupCapital(w) || lookupCity(w, { minPopulation: 100_000 });
  if (place(m[1] as string) || place(second)) return false;
  p.start -= m[0].length;
  return true;
}

/** A rival's or peer's noun right before a name ("German rival RWE", "its competitor BYD"): the name is a body like the first. */
const RIVAL_BEFORE = /\b(?:rivals?|competitors?|peers?|counterparts?|partners?)\s+$/;

/** English prefixes written with a hyphen inside institutional names ("Co-operation", "Inter-governmental", "Anti-Doping"). */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'co', 'inter', 'intra', 'anti', 'non', 'pre', 'post', 'pro', 'multi', 'trans', 'pan', 'sub', 'counter', 'cross', 'semi', 're', 'self',
]);

/** The span widened over the hyphenated word it cuts, when that word is a prefix and its stem ("Co-operation"). */
function prefixedWord(text: string, p: { start: number; end: number }): { start: number; end: number } | undefined {
  let { start, end } = p;
  if (text[end] === '-') {
    const prefix = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, end - 8), end))?.[1] ?? '';
    if (!HYPHEN_PREFIXES.has(prefix.toLowerCase())) return undefined;
    end += 1 + (/^[\p{L}]+/u.exec(text.slice(end + 1))?.[0].length ?? 0);
  }
  if (text[start - 1] === '-') {
    const prefix = /([\p{L}]+)-$/u.exec(text.slice(Math.max(0, start - 9), start))?.[1] ?? '';
    if (!HYPHEN_PREFIXES.has(prefix.toLowerCase())) return undefined;
    start -= prefix.length + 1;
  }
  return start === p.start && end === p.end ? undefined : { start, end };
}

/**
 * A model number right before a name, after its maker's capitalised name ("Boeing 737 ", "Lion Air 737 ") or with a
 * letter of its own ("A320 "): not a count ("500 Apple engineers") nor a year ("In 2018 NATO said").
 */
const MODEL_NUMBER_BEFORE = /(?:(\p{Lu}[\p{L}\p{M}]* )(\d{2,4})|(?<![\p{L}\d])(\p{Lu}{1,2}\d{2,4}\p{L}?)) $/u;

/**
 * "a Lion Air 737 MAX crashed": capitals right after a model number are the model's name, not a body the rule layer
 * may keep because it acts (the tagger proposes nothing there).
 */
function afterModelNumber(text: string, r: { start: number; end: number }): boolean {
  const m = MODEL_NUMBER_BEFORE.exec(text.slice(Math.max(0, r.start - 30), r.start));
  if (m !== null && (m[3] !== undefined || !/^(?:1[89]|20)\d\d$/.test(m[2] as string))) return true;
  // "a 737 MAX jet", "the 777X aircraft": a number after a determiner and a machine's noun after the name
  return /(?:^|\s)(?:a|an|the|its|their|his|her) \d{3,4}\s+$/i.test(text.slice(Math.max(0, r.start - 12), r.start)) && MACHINE_NOUN_AFTER.test(text.slice(r.end, r.end + 20));
}

/** Machines a model name is written before ("a 737 MAX jet", "an A320neo plane"); general English. */
const MACHINE_NOUN_AFTER = /^\s+(?:jets?|jetliners?|planes?|aircraft|airliners?|helicopters?|drones?|cars?|trucks?|vans?|missiles?|rockets?|rifles?|tanks?|engines?|phones?|models?|series|variant)\b/i;

/** The words (three letters or more, lower case) of the names the tagger found in body text. */
function wordsOfBodyNames(text: string, sentences: readonly TaggedSentence[], proposals: readonly ProposedName[][]): Set<string> {
  const words = new Set<string>();
  sentences.forEach((s, k) => {
    if (s.blockKind !== 'paragraph') return;
    for (const p of proposals[k] ?? []) for (const w of text.slice(p.start, p.end).match(/\p{L}{3,}/gu) ?? []) words.add(w.toLowerCase());
  });
  return words;
}

/** How many words of four letters or more a line has, and how many of them begin with a capital or a lower-case letter. */
function lineCase(line: string): { words: number; capitalised: number; lower: number } {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return { words: words.length, capitalised: words.filter((w) => /^\p{Lu}/u.test(w)).length, lower: words.filter((w) => /^\p{Ll}/u.test(w)).length };
}

/** A line in title case: three or more words of four letters or more, all capitalised ("Fantastic Lakeside Cottage"). */
function isTitleCaseLine(line: string): boolean {
  const { words, capitalised } = lineCase(line);
  return words >= 3 && capitalised === words;
}

/** A line the segmenter took for a title or heading that is written as a sentence: sentence case, final punctuation. */
function isProseLine(line: string): boolean {
  const { words, capitalised, lower } = lineCase(line);
  return words >= 3 && /[.!?"”']\s*$/u.test(line) && lower > 0 && capitalised < words / 2;
}

const ALIAS_CUE = /^\s*(?:\(\s*|,\s*)(?:(?:also |locally |officially |formerly |previously |now )?(?:known|called|named|referred to)(?: in [^(),]{1,40}?)? as |(?:formerly|previously|now|or) )(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3})/u;

/**
 * "Bakhmut (known in Russia as Artemovsk)", "X, also known as Y", "X (formerly Y)": the other name is a name of
 * the same type, found or not by the tagger.
 */
function namesByAliasCue(text: string, sentences: readonly TaggedSentence[], proposals: ProposedName[][]): void {
  sentences.forEach((s, k) => {
    const list = proposals[k] as ProposedName[];
    for (const p of [...list]) {
      const m = ALIAS_CUE.exec(text.slice(p.end, Math.min(s.end, p.end + 80)));
      if (!m?.[1]) continue;
      const start = p.end + m[0].length - m[1].length;
      const end = start + m[1].length;
      if (list.some((q) => q.start < end && start < q.end)) continue;
      list.push({ start, end, type: p.type });
    }
    list.sort((a, b) => a.start - b.start);
  });
}

/**
 * What comes right before a business's name: a noun that describes a business ("aircraft manufacturer Velmora"), a
 * holding in it ("shares of", "Shares in", "a stake in"; capitalised when it opens the sentence).
 */
const BUSINESS_BEFORE = new RegExp(String.raw`\b(?:${BUSINESS_NOUNS.join('|')},?|[Ss]hares (?:of|in)|[Ss]takes? in)\s+$`, 'u');
/** What comes right after a business's name: its parent, shares, officers, a corporate suffix, or a product code ("Airbus A320"). */
const BUSINESS_AFTER = /^\s*(?:['’]s?\s+)?(?:parent|shares|stock|subsidiary|shareholders|chief executive|CEO|Inc\b|Corp\b|Ltd\b|plc\b|\p{Lu}{1,3}-?\d{2,4}(?:-\d+)?\b)/u;

/** A determiner or a possessive, up to three lower-case words, then a business noun: "the state rail company". */
const BUSINESS_PHRASE = String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:${BUSINESS_NOUNS.join('|')})`;
/** A business noun phrase the name stands in apposition to: "the company behind the mine, Velmora, said". */
const BUSINESS_APPOSITION = new RegExp(String.raw`${BUSINESS_PHRASE}\b[^,.;()]{0,40},\s*$`, 'u');
/** The same with the business noun right before the comma ("Velland's state rail company, Railvel,"), for a name read as a person. */
const BUSINESS_NOUN_APPOSITION = new RegExp(String.raw`${BUSINESS_PHRASE},\s*$`, 'u');

/** Whether `test` holds at some occurrence of `name` in the text (its start and end offsets). */
function someOccurrence(text: string, name: string, test: (at: number, end: number) => boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) if (test(at, at + name.length)) return true;
  return false;
}

/** Whether the text writes a name in apposition to a business noun: "the company behind the mine, Velmora,". */
function appositionToBusiness(text: string, name: string, pattern: RegExp = BUSINESS_APPOSITION): boolean {
  return someOccurrence(text, name, (at, end) => /^\s*,/.test(text.slice(end, end + 3)) && pattern.test(text.slice(Math.max(0, at - 70), at)));
}

/** Whether the text writes a name as a business anywhere: each occurrence is checked in a short window around it. */
function writtenAsBusiness(text: string, name: string): boolean {
  return someOccurrence(text, name, (at, end) =>
    !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '') &&
    (BUSINESS_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || BUSINESS_AFTER.test(text.slice(end, end + 24))));
}

/**
 * A name typed as a person that the article also writes as a business ("aircraft manufacturer Airbus", "shares
 * of Velmora", "Velmora's chief executive", "Velmora A320") is an organisation everywhere in the article, unless
 * it begins with a given name. The tagger reads "Velmora said" as a person; the rest of the article says otherwise.
 */
function companiesByContext(text: string, proposals: readonly ProposedName[], firstNames: ReadonlySet<string>): void {
  const verdicts = new Map<string, boolean>();
  for (const p of proposals) {
    // an unknown place set in apposition to "the company ..." is that company ("the firm behind the mine, Velmora,")
    if (p.type === 'LOC') {
      const name = text.slice(p.start, p.end);
      if (lookupCountry(name) === undefined && lookupCity(name) === undefined && appositionToBusiness(text, name)) p.type = 'ORG';
      continue;
    }
    if (p.type !== 'PER') continue;
    const name = text.slice(p.start, p.end);
    let business = verdicts.get(name);
    if (business === undefined) {
      const firstWord = (name.split(/[\s-]/)[0] ?? '').toLowerCase();
      // "Velland's state rail company, Railvel, said": a name in apposition to a business noun
      business = !firstNames.has(firstWord) && (writtenAsBusiness(text, name) || appositionToBusiness(text, name, BUSINESS_NOUN_APPOSITION));
      verdicts.set(name, business);
    }
    if (business) p.type = 'ORG';
  }
}

/** A preposition of place right before a name ("Miners in Kestrel"): there a body's lead word is the town. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|near|at|from|to|into|outside|across|around|towards?)\s+$/iu;

/**
 * A name the tagger found once names the same thing wherever else the article writes it, capitalised as
 * there: "Steve Jobs ... Jobs resigned", "founder of Apple ... Apple's board". A person's surname alone counts
 * as the person. Months and weekdays are never carried over.
 */

/**
 * `propagateNames`, then the kinds a name's form in one sentence settles for the whole article, whatever the
 * tagger read elsewhere: a ship named once as a ship, a side of a result (round 25).
 */
function propagateAndSettleKinds(text: string, sentences: readonly TaggedSentence[], proposals: ProposedName[][]): void {
  propagateNames(text, sentences, proposals);
  vesselsThroughArticle(text, proposals);
  clubsThroughArticle(text, sentences, proposals, loadNameModel().lexicons.firstNames);
}

function propagateNames(text: string, sentences: readonly TaggedSentence[], proposals: ProposedName[][]): void {
  const known = new Map<string, ProposedName['type']>();
  const all = proposals.flat();
  for (const p of all) {
    const surface = text.slice(p.start, p.end);
    if (!known.has(surface)) known.set(surface, p.type);
  }
  for (const p of all) {
    if (p.type !== 'PER') continue;
    const words = text.slice(p.start, p.end).split(/\s+/);
    // ("Edward L. Hennessy Jr." ... "Hennessy said": the surname is the word before a generational suffix)
    if (words.length >= 3 && GENERATION_SUFFIX.test(words[words.length - 1] as string)) words.pop();
    const surname = words[words.length - 1] as string;
    if (words.length > 1 && /^\p{Lu}\p{Ll}/u.test(surname) && !known.has(surname)) known.set(surname, 'PER');
  }
  // an organisation's distinctive first word stands for it ("Vantor Mining Corp. ... Vantor said"), unless two
  // organisations or a person's surname share it
  const leadOwners = new Map<string, string | null>();
  for (const p of all) {
    if (p.type !== 'ORG') continue;
    const surface = text.slice(p.start, p.end);
    const lead = surface.split(/\s+/)[0] as string;
    // (a place the tagger proposed that no gazetteer knows does not bar the lead: "Mubadala's chief executive")
    const unknownPlace = known.get(lead) === 'LOC' && lookupCity(lead) === undefined && lookupCountry(lead) === undefined;
    if (lead === surface || (known.has(lead) && !unknownPlace) || !isDistinctiveLeadWord(lead)) continue;
    const had = leadOwners.get(lead);
    leadOwners.set(lead, had === undefined || had === surface ? surface : null);
  }
  const leads = new Set([...leadOwners].flatMap(([lead, owner]) => (owner !== null ? [lead] : [])));
  for (const lead of leads) known.set(lead, 'ORG');
  for (const initials of initialsOfBodies(text, sentences, all, known)) known.set(initials, 'ORG');
  const names = [...known.keys()].filter((n) => /^\p{Lu}/u.test(n) && !CALENDAR_WORDS.has(n.toLowerCase())).sort((a, b) => b.length - a.length);
  if (names.length === 0) return;
  const finder = nameFinder(names);
  sentences.forEach((s, k) => {
    const list = proposals[k] as ProposedName[];
    let added = false;
    for (const m of finder(text.slice(s.start, s.end))) {
      const start = s.start + m.index;
      const end = start + m.name.length;
      // ("Mubadala Investment Co said ... Mubadala's chief executive": a lead word the tagger read as a place no
      // gazetteer knows is the body's short form; round 23)
      const place = leads.has(m.name) ? list.find((p) => p.type === 'LOC' && p.start === start && p.end === end) : undefined;
      if (place && !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) place.type = 'ORG';
      if (list.some((p) => p.start < end && start < p.end)) continue;
      if (leads.has(m.name) && readsAsModifier(s.tokens, start)) continue;
      // "a Wisconsin Republican": a lead word right after a place's name describes with it (round 11)
      if (leads.has(m.name) && list.some((p) => p.type === 'LOC' && /^ $/.test(text.slice(p.end, start)))) continue;
      list.push({ start, end, type: known.get(m.name) as ProposedName['type'] });
      added = true;
    }
    if (added) list.sort((a, b) => a.start - b.start);
  });
}

/**
 * "British Airways said ... BA also said", "Johnson & Johnson raised its forecast. J&J shares rose", "Hewlett-Packard
 * ... HP shares rose": the capital initials of a body's name of two words or more (hyphenated or joined by "&") stand
 * for that body where the article writes them in capitals; the tagger leaves short acronyms it has not seen alone. Only
 * forms of two to five letters that no other body shares, that are no country, no unit or office acronym
 * (`NON_ACTOR_ACRONYMS`) and no name proposed already (NOTES.md, issue 12, round 16).
 */
function initialsOfBodies(text: string, sentences: readonly TaggedSentence[], proposals: readonly ProposedName[], known: ReadonlyMap<string, ProposedName['type']>): string[] {
  const owners = new Map<string, string | null>();
  for (const p of proposals) {
    const surface = text.slice(p.start, p.end);
    if (p.type !== 'ORG' || !/[\s-]/.test(surface) || !surface.split(/[\s-]+/).every((w) => /^(?:\p{Lu}|&$)/u.test(w) || ACRONYM_SKIPS.has(w.toLowerCase()))) continue;
    // a body by its form: a head word ("British Airways", "General Motors"), "&" or a hyphen between two names
    const head = (/(\p{L}+)$/u.exec(surface)?.[1] ?? '').toLowerCase();
    if (!ORG_HEAD_WORDS.has(head) && !/\s&\s|^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(surface)) continue;
    const initials = surface.includes(' & ') ? ampersandInitials(surface) : initialsOf(surface);
    const letters = initials.replace(/&/g, '');
    if (letters.length < 2 || letters.length > 5 || /^[IVXLCDM]+$/.test(letters) || known.has(initials) || NON_ACTOR_ACRONYMS.has(initials) || lookupCountry(initials) !== undefined) continue;
    const had = owners.get(initials);
    owners.set(initials, had === undefined || had === surface ? surface : null);
  }
  return [...owners].flatMap(([initials, owner]) => (owner !== null && actsUnderInitials(sentences, initials) ? [initials] : []));
}

/**
 * Whether a token spelling `initials` acts somewhere: a verb (perhaps after an adverb), a possessive or "shares" follows
 * it ("BA also said", "J&J shares rose"); an acronym written only as a label or in brackets stays the tagger's.
 */
function actsUnderInitials(sentences: readonly TaggedSentence[], initials: string): boolean {
  return sentences.some((s) => s.tokens.some((t, k) => {
    if (t.text.replace(/['’]s$/u, '') !== initials) return false;
    // ("BA also said": an adverb between)
    const next = s.tokens[k + 1]?.tags.has('Adverb') ? s.tokens[k + 2] : s.tokens[k + 1];
    return /['’]s$/u.test(t.text) || (next !== undefined && (next.tags.has('Verb') || next.lower === 'shares'));
  }));
}

/**
 * Whether a lone word at `start` modifies what follows rather than naming: after an article it does ("the
 * Republican debates", "a Vantor mine"), as a company's short name never stands there. (Compromise's tags are
 * no help after it: "rose" in "Shares of X rose" is tagged a noun, "debates" a verb.)
 */
function readsAsModifier(tokens: readonly Token[], start: number): boolean {
  const at = tokens.findIndex((t) => t.start === start);
  const before = at > 0 ? tokens[at - 1] : undefined;
  return before !== undefined && /^(?:the|a|an)$/i.test(before.text);
}

/** Letters, digits and joiners that may not touch a name found again (as `(?<![\p{L}\p{N}&'’-])name(?![\p{L}\p{N}&-])`). */
const JOINED_BEFORE = /^[\p{L}\p{N}&'’-]$/u;
const JOINED_AFTER = /^[\p{L}\p{N}&-]$/u;

/**
 * Finds the given names in a sentence left to right, the longest first where several start at one place, never
 * inside a longer word: what one regex alternation of every name does, but by a lookup on the first two characters,
 * so a long article with many names costs time in its length, not in its length times its names.
 */
export function nameFinder(names: readonly string[]): (sentence: string) => { index: number; name: string }[] {
  // names grouped by their first code unit, each group in the order the alternation would try them (longest first)
  const byFirst = new Map<string, string[]>();
  for (const name of names) {
    const group = byFirst.get(name[0] as string);
    if (group) group.push(name);
    else byFirst.set(name[0] as string, [name]);
  }
  return (sentence) => {
    const found: { index: number; name: string }[] = [];
    for (let at = 0; at < sentence.length; ) {
      const name = nameAt(sentence, at, byFirst);
      if (name === undefined) {
        at++;
        continue;
      }
      found.push({ index: at, name });
      at += name.length;
    }
    return found;
  };
}

function nameAt(sentence: string, at: number, byFirst: ReadonlyMap<string, readonly string[]>): string | undefined {
  const candidates = byFirst.get(sentence[at] as string);
  if (candidates === undefined || JOINED_BEFORE.test(codePointBefore(sentence, at))) return undefined;
  return candidates.find((n) => sentence.startsWith(n, at) && !JOINED_AFTER.test(codePointAt(sentence, at + n.length)));
}

function codePointBefore(s: string, at: number): string {
  if (at <= 0) return '';
  const low = s.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff && s.charCodeAt(at - 2) >= 0xd800 && s.charCodeAt(at - 2) <= 0xdbff ? s.slice(at - 2, at) : s.slice(at - 1, at);
}

function codePointAt(s: string, at: number): string {
  const c = s.codePointAt(at);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/**
 * One type per name in an article: a name the tagger typed differently in different sentences takes the type
 * most of its mentions have (the first mention's on a tie), so "Airbus said" and "Airbus shares" agree. A mention in a
 * title, slug or heading counts half and loses a tie: a headline's few words ("after Vorlan Air cuts outlook") give the
 * tagger less to read than the body does (round 17). A dateline counts whole: its form says it names a place.
 */
function voteTypes(text: string, proposals: ProposedName[], headings: readonly TaggedSentence[]): void {
  const inHeading = (p: ProposedName) => headings.some((s) => p.start >= s.start && p.end <= s.end);
  const byName = new Map<string, ProposedName[]>();
  for (const p of proposals) {
    const key = normalizeName(text.slice(p.start, p.end));
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const counts = new Map<ProposedName['type'], number>();
    for (const p of group) counts.set(p.type, (counts.get(p.type) ?? 0) + (inHeading(p) ? 0.5 : 1));
    let best = (group.find((p) => !inHeading(p)) ?? (group[0] as ProposedName)).type;
    for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
    for (const p of group) p.type = best;
  }
}

/**
 * Which places lie in which, as the article says ("Zeleny Gai in the Zaporizhzhia region", "Toulouse, France",
 * "the village of X in Y") and, for a place whose country the gazetteer knows, that country when the article
 * lists it as a place.
 */
function placeContainment(text: string, places: ReadonlyMap<string, PlaceDraft>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const all = [...places.values()];
  const starts = new Map<number, PlaceDraft>();
  for (const p of all) for (const m of p.mentions) starts.set(m.start, p);
  const add = (inner: PlaceDraft, outer: PlaceDraft) => {
    if (inner === outer || inner.kind === 'country') return;
    if (out.get(outer.id)?.has(inner.id)) return; // never both ways
    let set = out.get(inner.id);
    if (!set) out.set(inner.id, (set = new Set()));
    set.add(outer.id);
  };
  for (const p of all) {
    for (const m of p.mentions) {
      const gap = /^(?:,\s*|\s+in\s+(?:the\s+)?|\s+near\s+the\s+border\s+of\s+)/.exec(text.slice(m.end, m.end + 30));
      if (!gap) continue;
      const outer = starts.get(m.end + gap[0].length);
      if (!outer || !['country', 'region', 'city', 'area'].includes(outer.kind)) continue;
      // "Paris, London and Rome" is a list, not containment: the outer place must be a larger kind or a country
      if (gap[0].startsWith(',') && outer.kind === 'city' && p.kind === 'city') continue;
      // "talks in Jeddah, US Secretary of State X said": a place the gazetteer puts in one country is not in another
      // country that merely follows it (round 17)
      if (outer.kind === 'country' && p.countryCode && outer.countryCode && p.countryCode !== outer.countryCode) continue;
      add(p, outer);
    }
    if (p.kind !== 'country' && p.countryCode) {
      const country = all.find((c) => c.kind === 'country' && c.countryCode === p.countryCode);
      if (country) add(p, country);
    }
  }
  return out;
}

/**
 * "Merkel-Macron summit": a hyphenated person name whose halves are a known surname and another capitalised
 * word names two people.
 */
function splitNameCompounds(names: NameMention[], bySurname: ReadonlyMap<string, ActorDraft>): void {
  for (let k = 0; k < names.length; k++) {
    const n = names[k] as NameMention;
    if (n.cls !== 'person' && n.cls !== 'unknown') continue;
    const parts = n.text.split('-');
    if (parts.length !== 2 || /\s/.test(n.text)) continue;
    const [a, b] = parts as [string, string];
    if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) continue;
    if (!bySurname.has(a.toLowerCase()) && !bySurname.has(b.toLowerCase())) continue;
    const left: NameMention = { ...n, cls: 'person', text: a, end: n.start + a.length, canonical: a, titles: [] };
    const right: NameMention = { ...n, cls: 'person', text: b, start: n.start + a.length + 1, canonical: b, titles: [] };
    names.splice(k, 1, left, right);
    k++;
  }
}

/**
 * An unclassified name coordinated with an organisation ("Apple and AT&T", "staff of Airbus and German airline
 * Lufthansa") is an organisation too.
 */
function organizationsByCoordination(text: string, names: NameMention[]): void {
  for (let k = 0; k < names.length; k++) {
    const n = names[k] as NameMention;
    if (n.cls !== 'unknown' || n.inHeading) continue;
    for (const m of [names[k - 1], names[k + 1]]) {
      if (!m || m.sentenceIndex !== n.sentenceIndex || m.cls !== 'organization') continue;
      const gap = m.start > n.end ? text.slice(n.end, m.start) : text.slice(m.end, n.start);
      if (/^\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?(?:\S+\s+){0,2}$|^\s*,\s*$/.test(gap) && !/[.;:]/.test(gap)) {
        n.cls = 'organization';
        break;
      }
    }
  }
}

/**
 * An unclassified name coordinated with a place ("Zeleny Gai and Dobropillya"), or given as another name of a
 * place ("Bakhmut (known in Russia as Artemovsk)"), is a place too.
 */
function placesByCoordination(text: string, names: NameMention[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[k] as NameMention;
      if (n.cls !== 'unknown') continue;
      const before = text.slice(Math.max(0, n.start - 60), n.start);
      // Cue first, then a backward walk that stops at the sentence start: copying and reversing every
      // earlier name for each name was quadratic in the article's name count (robustness, issue 7).
      const cued = /(?:known|called|named|referred to)(?: in [^(),]{1,40})? as\s*$|\((?:formerly|previously|now|or)\s+$/.test(before);
      const previous = cued ? previousPlaceInSentence(names, k) : undefined;
      if (previous && n.start - previous.end < 60) {
        n.cls = 'place';
        n.placeKind = previous.placeKind;
        continue;
      }
      // "Zeleny Gai in the Zaporizhzhia region": a name placed inside a region is a settlement
      const outer = names[k + 1];
      if (outer && outer.sentenceIndex === n.sentenceIndex && outer.cls === 'place' && /^\s+in\s+(?:the\s+)?$/.test(text.slice(n.end, outer.start)) &&
        (outer.placeKind === 'region' || /^\s+(?:region|province|oblast|district|governorate)\b/.test(text.slice(outer.end, outer.end + 14)))) {
        n.cls = 'place';
        n.placeKind = 'settlement';
        continue;
      }
      const neighbours = [names[k - 1], names[k + 1]].filter((m): m is NameMention => m !== undefined && m.sentenceIndex === n.sentenceIndex);
      for (const m of neighbours) {
        if (m.cls !== 'place' || m.placeKind === 'country') continue;
        const gap = m.start > n.end ? text.slice(n.end, m.start) : text.slice(m.end, n.start);
        if (/^\s*(?:,|and|or|,\s*and)\s*$/.test(gap)) {
          n.cls = 'place';
          n.placeKind = m.placeKind === 'city' ? 'settlement' : (m.placeKind ?? 'other');
        }
      }
    }
  }
}

/** The nearest earlier non-country place name in the same sentence as `names[k]`. */
function previousPlaceInSentence(names: readonly NameMention[], k: number): NameMention | undefined {
  const sentence = names[k]?.sentenceIndex;
  for (let j = k - 1; j >= 0; j--) {
    const m = names[j] as NameMention;
    if (m.sentenceIndex !== sentence) return undefined;
    if (m.cls === 'place' && m.placeKind !== 'country') return m;
  }
  return undefined;
}

/**
 * A name the article uses for an organisation names that organisation wherever else it appears ("at Apple",
 * "Cisco in San Jose" read as two places), not a town that happens to share it: such a place record is dropped
 * and its mentions become the organisation's, when the organisation reading is at least as frequent. Countries
 * stay places.
 */
const STRONG_LOCATIVE = /\b(?:in|near|around|outside|inside|into|throughout|(?:town|city|village|region|province|district) of)\s+(?:the\s+)?$/i;

export function organisationsOverPlaces(text: string, places: Map<string, PlaceDraft>, actors: readonly Actor[], mentions: EntityMention[]): void {
  const orgByName = new Map<string, Actor>();
  for (const a of actors) {
    if (a.kind !== 'organization') continue;
    for (const name of [a.name, ...a.aliases]) if (!orgByName.has(normalizeName(name))) orgByName.set(normalizeName(name), a);
  }
  for (const place of [...places.values()]) {
    if (place.kind === 'country') continue;
    const org = [place.name, ...place.aliases].map((n) => orgByName.get(normalizeName(n))).find((a) => a !== undefined);
    // the reading the article uses more often wins ("in Marja" many times is a town that once "is" something)
    if (!org || org.mentions.length < place.mentions.length) continue;
    // a name written as a location somewhere ("in Marja", "the town of X") stays a place ("at Apple" does not count)
    if (place.mentions.some((m) => STRONG_LOCATIVE.test(text.slice(Math.max(0, m.start - 30), m.start)))) continue;
    places.delete(place.id);
    for (const m of mentions) {
      if (m.recordId !== place.id) continue;
      m.recordId = org.id;
      m.record = 'actor';
      m.actorKind = org.kind;
      org.mentions.push({ start: m.start, end: m.end, text: m.text });
    }
    org.mentions.sort((x, y) => x.start - y.start);
  }
}

/** "United States Air Force (USAF)": the bracketed acronym right after an organisation is its alias. */
function acronymAlias(text: string, n: NameMention, draft: ActorDraft): string | undefined {
  const m = /^\s*[(\[]([\p{Lu}][\p{Lu}.&]{1,9})[)\]]/u.exec(text.slice(n.end, n.end + 14));
  if (m?.[1]) draft.aliases.add(m[1]);
  return m?.[1];
}

/**
 * "Krasnoarmeysk (known in Ukraine as Pokrovsk)", "X, also known as Y", "X (formerly Y)", "renaming it Y":
 * the two names are one place.
 */
function linkPlaceAliases(text: string, places: Map<string, PlaceDraft>): Map<string, string> {
  const remap = new Map<string, string>();
  const all = [...places.values()];
  const byMention = (start: number) => all.find((p) => p.mentions.some((m) => m.start === start));
  for (const p of all) {
    for (const m of p.mentions) {
      const after = text.slice(m.end, m.end + 60);
      const known = /^\s*(?:\(\s*|,\s*)(?:also |locally |officially |formerly |previously |now )?(?:known|called|named|referred to)(?: in [^(),]{1,40}?)? as /.exec(after)
        ?? /^\s*\(\s*(?:formerly|previously|now|or) /.exec(after);
      if (!known) continue;
      const aliasStart = m.end + known[0].length;
      const other = byMention(aliasStart);
      if (other && other !== p && places.has(other.id)) mergePlace(places, other, p, remap);
    }
  }
  // "renaming it X" / "renamed it X": X is a new name of the place just mentioned.
  const renameRe = /renam(?:ed|ing|es)\s+(?:it|them)\s+(?:as\s+)?/g;
  for (let r = renameRe.exec(text); r !== null; r = renameRe.exec(text)) {
    const at = r.index + r[0].length;
    const target = all.find((p) => p.mentions.some((m) => m.start === at));
    const before = all
      .filter((p) => p !== target && p.mentions.some((m) => m.start < r!.index && r!.index - m.start < 400))
      .sort((a, b) => lastBefore(b, r!.index) - lastBefore(a, r!.index))[0];
    if (target && before && places.has(target.id)) mergePlace(places, target, before, remap);
  }
  return remap;
}

function lastBefore(p: PlaceDraft, at: number): number {
  return Math.max(...p.mentions.filter((m) => m.start < at).map((m) => m.start));
}

function mergePlace(places: Map<string, PlaceDraft>, from: PlaceDraft, into: PlaceDraft, remap: Map<string, string>): void {
  if (from === into) return;
  into.aliases.add(from.name);
  for (const a of from.aliases) into.aliases.add(a);
  into.mentions.push(...from.mentions);
  into.countryCode ??= from.countryCode;
  into.coordinates ??= from.coordinates;
  places.delete(from.id);
  remap.set(from.id, into.id);
  for (const [old, target] of remap) if (target === from.id) remap.set(old, into.id);
}

/**
 * Group actors: "Ukrainian forces", "Russia's troops", "European governments", and bare group nouns that act
 * ("analysts say", "Authorities responded"). A demonym + government noun is that country's government.
 */
function addGroupActors(text: string, sentences: readonly TaggedSentence[], book: EntityBook): void {
  for (const s of sentences) {
    if (s.blockKind !== 'paragraph') continue;
    for (let i = 0; i < s.tokens.length; i++) {
      const party = partyNamedByMembers(s.tokens, i);
      if (!GROUP_NOUNS.has((s.tokens[i] as Token).lower) && !party) continue;
      if (book.mentions.some((m) => m.sentenceIndex === s.index && m.firstToken <= i && m.lastToken >= i)) continue;
      if (party) addPartyMembers(text, s, i, party, book);
      else addGroupActor(text, s, i, book);
    }
  }
}

/**
 * "the Liberals" at i (or "the Liberal Democrats", "Ford's Progressive Conservatives" ending at i): the index of its
 * first word, or 0 when the tokens name no party by its members after "the" or a possessive (PARTIES_NAMED_BY_MEMBERS).
 */
function partyNamedByMembers(tokens: readonly Token[], i: number): number {
  const bare = (t: Token | undefined): string => (t?.text ?? '').replace(/['’]s?$/u, '');
  const prev = tokens[i - 1];
  const two = prev && /^\s+$/.test(prev.post) ? `${prev.text} ${bare(tokens[i])}` : '';
  const first = PARTIES_NAMED_BY_MEMBERS.has(two) ? i - 1 : PARTIES_NAMED_BY_MEMBERS.has(bare(tokens[i])) ? i : -1;
  // "the Liberals", "Ford's Progressive Conservatives": after "the" or a leader's possessive
  const before = tokens[first - 1];
  return first > 0 && (before?.lower === 'the' || (/^\p{Lu}.*['’]s$/u.test(before?.text ?? '') && !breaksAfter(before as Token))) ? first : 0;
}

/**
 * "The Liberals have chosen a leader", "the Greens hope to win seats", "a deal with the Tories": a party named by its
 * members acts as a group of them (the annotated data leaves "Democrats" unnamed, so no organisation), when it acts,
 * speaks or is the object of a verb; one group per name. NOTES.md, issue 12, round 12.
 */
function addPartyMembers(text: string, s: TaggedSentence, i: number, first: number, book: EntityBook): void {
  const firstTok = s.tokens[first] as Token;
  const tok = s.tokens[i] as Token;
  const name = text.slice(firstTok.start, tok.end).replace(/['’]s?$/u, '');
  const n = { start: firstTok.start, end: firstTok.start + name.length, text: name, sentenceIndex: s.index, firstToken: first, lastToken: i, agentive: isGroupAgentive(s.tokens, i) };
  book.noteActorMention(book.actors.get(recordId('actor', slugify(name))) ?? book.addActor(slugify(name), name, 'group'), n);
}

/** The state or proper adjectives before a group noun at i ("Ukrainian", "Russia's", "European", "Madagascan"). */
function groupModifiers(tokens: readonly Token[], i: number): { first: number; country?: CountryEntry } {
  let first = i;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = tokens[k] as Token;
    if (breaksAfter(t)) break;
    const bare = t.text.replace(/['’]s$/, '');
    // "South Sudan's government", "North Korean soldiers": a state of two words before one of one ("Sudan", "Korean")
    const before = tokens[k - 1];
    const pair = before && /^\p{Lu}/u.test(before.text) && !breaksAfter(before) ? stateOf(`${before.text} ${bare}`, t.text) : undefined;
    if (pair) return { first: k - 1, country: pair };
    const c = stateOf(bare, t.text);
    if (c) return { first: k, country: c };
    // capitalised adjectives of nationality the data lacks ("Madagascan") have a demonym's shape
    const demonymShaped = k === i - 1 && /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(t.text);
    if (REGIONAL_ADJECTIVES.has(t.lower) || demonymShaped || (t.tags.has('Adjective') && k === i - 1 && /^\p{Lu}/u.test(t.text))) {
      first = k;
      continue;
    }
    break;
  }
  return { first };
}

/** The country a demonym names, or a country name when the word is possessive ("Russia's"). */
function stateOf(words: string, surface: string): CountryEntry | undefined {
  return lookupDemonym(words) ?? (/['’]s$/.test(surface) ? lookupCountry(words) : undefined);
}

/** Records the group phrase ending in the group noun at i when it names a state's group, a proper group or a speaker. */
function addGroupActor(text: string, s: TaggedSentence, i: number, book: EntityBook): void {
  const { tokens } = s;
  const tok = tokens[i] as Token;
  // "Zambian opposition leader Hakainde Hichilema", "rebel commander X": a group noun before a role noun is part of a
  // person's title, no group of its own
  const role = tokens[i + 1];
  if (role && !breaksAfter(tok) && ROLE_NOUNS.has(role.lower) && /^\p{Ll}/u.test(role.text)) return;
  const { first, country } = groupModifiers(tokens, i);
  // "the Mai-Mai militia", "Wagner Group fighters": a body named right before the noun is the group itself (round 18;
  // the modifiers stopped inside the hyphened name and made a group "Mai militia")
  if (!country && first < i && book.mentions.some((m) => m.sentenceIndex === s.index && m.actorKind === 'organization' && m.lastToken === i - 1)) return;
  const agentive = isGroupAgentive(tokens, i);
  // A group with no state or proper adjective ("protesters", "security forces") is listed only when it
  // speaks ("analysts say"): a reader names the speakers, not every crowd that moves.
  const proper = tokens.slice(first, i).some((t) => /^\p{Lu}/u.test(t.text) && t.index > 0);
  // "the opposition" names a political party to a conflict, as "the government" names the state
  const theOpposition = tok.lower === 'opposition' && tokens[i - 1]?.lower === 'the' && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
  if (!country && !proper && !theOpposition && !speaksNext(tokens, i)) return;
  const prevTok = tokens[i - 1];
  const clauseStart = prevTok === undefined || prevTok.tags.has('Determiner') || breaksAfter(prevTok) || ['but', 'and', 'while', 'as'].includes(prevTok.lower);
  if (!country && first === i && !(clauseStart || /^\p{Lu}/u.test(tok.text))) return;
  const firstTok = tokens[first] as Token;
  const the = /^the /i.test(text.slice(firstTok.start, tok.end)) ? 4 : 0;
  const surface = text.slice(firstTok.start + the, tok.end);
  const n = { start: firstTok.start + the, end: tok.end, text: surface, sentenceIndex: s.index, firstToken: first, lastToken: i, agentive };
  if (country && GOVERNMENT_GROUP_NOUNS.has(tok.lower) && !tok.lower.endsWith('s')) {
    book.noteActorMention(book.addActor(slugify(country.name), country.name, 'government', { countryCode: country.code }), n);
    return;
  }
  const kind: ActorKind = GOVERNMENT_GROUP_NOUNS.has(tok.lower) ? 'government' : 'group';
  // "Authorities" opening a sentence is the common noun; "European governments" keeps its proper adjective
  const name = first === i && !/^\p{Lu}{2}/u.test(surface) ? surface.replace(/^(\p{Lu})/u, (c) => c.toLowerCase()) : surface;
  const key = slugify(normalizeGroupKey(name, country, tok.lower));
  // "the opposition" after "the Madagascan opposition": the bare noun is the group named before
  const named = !country && first === i ? [...book.actors.values()].find((a) => (a.kind === 'group' || a.kind === 'government') && a.name.toLowerCase().endsWith(` ${tok.lower}`)) : undefined;
  const existing = named ?? book.actors.get(recordId('actor', key));
  book.noteActorMention(existing ?? book.addActor(key, name, kind), n);
}

function normalizeGroupKey(name: string, country: CountryEntry | undefined, noun: string): string {
  return country ? `${country.demonyms[0] ?? country.name} ${noun}` : name.toLowerCase();
}

/** The group noun at i is the subject of a reporting verb ("analysts said", "officials have warned"). */
function speaksNext(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (breaksAfter(tok) && !/^,/.test(tok.post)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k] as Token;
    if (t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative')) continue;
    return reportingLemma(t.text) !== undefined;
  }
  return false;
}

function isGroupAgentive(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (breaksAfter(tok) && !/^,/.test(tok.post)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k] as Token;
    if (t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative')) continue;
    return t.tags.has('Verb') && !t.tags.has('Gerund');
  }
  return false;
}

/** Last words a company's name may drop: "Nordwind Airlines" is also written "Nordwind". */
const DROPPABLE_COMPANY_WORDS: ReadonlySet<string> = new Set([
  ...CORPORATE_SUFFIXES, 'airlines', 'airways', 'airline', 'group', 'holdings', 'international', 'industries',
  'enterprises', 'company', 'corporation', 'incorporated', 'worldwide', 'global', 'computer', 'computers', 'motors',
  'software', 'systems', 'technologies', 'electronics', 'pharmaceuticals', 'motor', 'electric', 'petroleum', 'steel',
  'chemical', 'chemicals', 'communications', 'networks', 'semiconductor', 'entertainment', 'automotive',
]);

/**
 * Whether the first word of an organisation's name can stand for it alone ("Vantor Mining Corp. ... Vantor said"):
 * a capitalised word that is neither a frequent English word ("United", "General", "Royal"), nor a place, country
 * or demonym ("Kenya Airways" is not "Kenya"), nor an initialism.
 */
function isDistinctiveLeadWord(word: string): boolean {
  // "African Union", "Arab League": a region's adjective is no short name ("the West African bloc"), and "Senate
  // Majority PAC ... The Senate will vote": a body's own head word ("Senate", "Congress", "Parliament") names the
  // institution, no short form of a body named after it (round 14); both are `standsForBody`'s tests too
  return commonWordLevel(word) === undefined && standsForBody(word);
}

/**
 * Whether the last word of an organisation's name can stand for it alone ("Royal Dutch Shell ... Shell"): a word of
 * lower-case letters after its capital that is no body's head ("Bank", "Party"), no company word, and no place,
 * country or demonym ("Bank of America" is not "America"). Only mentions the tagger already proposed are relabelled.
 */
function standsForBody(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || ORG_HEAD_WORDS.has(lower) || DROPPABLE_COMPANY_WORDS.has(lower) || REGIONAL_ADJECTIVES.has(lower)) return false;
  return lookupCountry(word) === undefined && lookupDemonym(word) === undefined && lookupCity(word, { minPopulation: 50_000 }) === undefined;
}

/** The initials of a name joined by "&", which keep it ("Johnson & Johnson" -> "J&J", "Procter & Gamble" -> "P&G"). */
function ampersandInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w === '&' || (w.length > 0 && !ACRONYM_SKIPS.has(w.toLowerCase())))
    .map((w) => w[0] as string)
    .join('')
    .toUpperCase();
}

/** The capital initials of a name's words ("Government Accountability Office" -> "GAO"). */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !ACRONYM_SKIPS.has(w.toLowerCase()))
    .map((w) => w[0] as string)
    .join('')
    .toUpperCase();
}

/**
 * "the Democratic Republic of Congo ... cases in Congo": a short name the gazetteer gives to one country (its
 * "Congo" is the Republic of the Congo) is the country the article names in full with that word, when exactly one
 * other country's full mention holds it ("Guinea" beside "Guinea-Bissau" is the gazetteer's own name and stays).
 */
function shortCountryNames(names: NameMention[]): void {
  for (const n of names) {
    if (!n.country || n.text === n.country.name || !n.country.name.split(/[\s-]+/).includes(n.text)) continue;
    const word = new RegExp(String.raw`(?:^|[\s-])${escapeRegExp(n.text)}$`, 'u');
    const others = new Map<string, CountryEntry>();
    for (const m of names) if (m.country && m.country.code !== n.country.code && m.text !== n.text && word.test(m.text)) others.set(m.country.code, m.country);
    if (others.size === 1) n.country = [...others.values()][0] as CountryEntry;
  }
}

/**
 * Short forms of an organisation the article names in full, read as that organisation: its unspelled acronym
 * ("the Government Accountability Office ... the GAO"), its name without a company word ("Nordwind Airlines ...
 * Nordwind said") and without a leading country ("the U.S. Air Force ... the Air Force"). A short form that fits
 * two organisations, or a full person's name, is left alone.
 */
function organisationShortForms(names: NameMention[], firstNames: ReadonlySet<string>): void {
  // ("Hewlett-Packard ... HP": a hyphenated name has initials too, round 16)
  const full = [...new Set(names.filter((n) => n.cls === 'organization' && /[\s-]/.test(n.canonical)).map((n) => n.canonical))];
  if (full.length === 0) return;
  const byForm = new Map<string, string | null>();
  const add = (form: string, canonical: string) => {
    if (form === canonical || form.length < 2) return;
    const had = byForm.get(form);
    byForm.set(form, had === undefined || had === canonical ? canonical : null);
  };
  for (const name of full) {
    const initials = initialsOf(name);
    if (initials.length >= 2 && initials.length <= 6) add(initials, name);
    if (name.includes(' & ')) add(ampersandInitials(name), name);
    // "the Centers for Disease Control and Prevention ... the CDC": the acronym was coined before the last "and X"
    const added = name.lastIndexOf(' and ');
    const before = added > 0 ? initialsOf(name.slice(0, added)) : '';
    if (before.length >= 3 && before.length <= 6) add(before, name);
    const words = name.split(/\s+/);
    let keep = words.length;
    while (keep > 1 && DROPPABLE_COMPANY_WORDS.has((words[keep - 1] as string).toLowerCase())) keep--;
    if (keep < words.length) add(words.slice(0, keep).join(' '), name);
    const [head, ...rest] = words;
    const country = head !== undefined && rest.length >= 2 && (lookupCountry(head) !== undefined || lookupDemonym(head) !== undefined);
    if (country) add(rest.join(' '), name);
    // "Britain's Competition and Markets Authority" (a record "British Competition ...") ... "the CMA"
    const restInitials = country ? initialsOf(rest.join(' ')) : '';
    if (restInitials.length >= 2 && restInitials.length <= 6) add(restInitials, name);
    if (head !== undefined && head !== name && isDistinctiveLeadWord(head)) add(head, name);
    // "Royal Dutch Shell ... Shell said", "Deutsche Lufthansa ... Lufthansa": the last word of a name of capitalised
    // words only, when it is no head word, company word or place (round 14)
    const tail = words[words.length - 1] as string;
    if (words.length >= 2 && keep === words.length && words.every((w) => /^\p{Lu}/u.test(w)) && standsForBody(tail)) add(tail, name);
  }
  // "Vantor Mining ... Jane Vantor said": a lead word that ends a person's name in the article is hers
  for (const n of names) {
    const last = n.cls === 'person' ? /\s(\S+)$/.exec(n.canonical)?.[1] : undefined;
    if (last !== undefined && byForm.has(last)) byForm.set(last, null);
  }
  for (const n of names) {
    if (n.cls === 'government' || n.cls === 'place' || n.inHeading) continue;
    const form = /^[\p{Lu}.&]+$/u.test(n.text) ? n.text.replace(/\./g, '') : n.text;
    const target = byForm.get(form);
    if (!target) continue;
    // "Ford" may be a person: a single word that is a given name keeps the tagger's reading
    if (n.cls === 'person' && (/\s/.test(n.text) || firstNames.has(n.text.toLowerCase()))) continue;
    n.cls = 'organization';
    n.canonical = target;
  }
}
