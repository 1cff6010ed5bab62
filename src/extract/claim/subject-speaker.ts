import { normalizeName } from '../../text/normalize-name.js';
import { WEEKDAYS } from '../time/lexicon.js';
import type { Actor, ActorKind } from '../../schema/actor.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { GROUP_NOUNS, ORG_ANAPHORS } from '../../nlp/lexicon/organizations.js';
import { EVENT_HEAD_WORDS, NON_ACTOR_ACRONYMS } from '../../nlp/lexicon/non-actors.js';
import { ANSWERED_CLAIM_NOUNS, reportingLemma } from '../../nlp/lexicon/reporting-verbs.js';
import { NAME_TITLES, NAME_TITLES_LOWER, PARTY_MEMBER_NOUNS, POST_NOMINALS, ROLE_NOUNS, TITLE_ANAPHOR_NOUNS } from '../../nlp/lexicon/titles.js';
import { isEnglishWord } from '../../nlp/gazetteer/common-words.js';
import { lookupCountry, lookupDemonym } from '../../nlp/gazetteer.js';
import { actingCompoundAt } from '../../nlp/lexicon/name-cues.js';
import { LEGAL_DOCUMENTS } from './document-source.js';
import { recordId, slugify } from '../../ids.js';

/**
 * Speakers the entity stage did not find. A claim needs a claimant, and the subject of a reporting verb is a
 * speaker by construction ("Norvik has confirmed", "Some customers reported", "a government spokesperson
 * said"), so the claims stage names it itself rather than drop the claim. This is the documented hook by which
 * claims add actors: every actor made here has the mention of its subject phrase, and an actor the entity stage
 * already knows (by name or alias, case-insensitively) is reused instead.
 */
export interface SpeakerBook {
  /** Every actor, the entity stage's and the ones made here, by id. */
  actors: Map<string, Actor>;
  /** Actors made by the claims stage, in order of creation. */
  created: Actor[];
}

/** Singular role nouns that speak for an organisation ("a spokesman said", "the ministry's spokeswoman said"). */
const SPEAKER_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'source', 'analyst', 'expert',
  'witness', 'resident', 'diplomat', 'lawyer', 'attorney', 'insider', 'executive',
  // unnamed sources of political and business reporting ("a senior aide said", '..., said one adviser')
  'aide', 'adviser', 'advisor', 'staffer', 'strategist', 'pollster', 'consultant', 'economist', 'negotiator',
  'investigator', 'officer', 'doctor', 'scientist', 'researcher', 'activist', 'lawmaker', 'legislator', 'organizer',
  'organiser', 'engineer', 'employee', 'banker', 'trader', 'worker', 'member', 'donor', 'delegate', 'campaigner',
  // court and police roles of crime and court reporting ("a judge in Velmar ruled, saying ...")
  'judge', 'prosecutor', 'coroner', 'detective',
  // roles held for a campaign, a party or a company ("Sanders' campaign manager accused", "the party's treasurer
  // said", "the company's general counsel wrote")
  'manager', 'counsel', 'treasurer',
]);
/** Whether a singular noun names an unnamed speaker's role ("official", "witness", "aide"). */
export function isSpeakerRole(word: string): boolean {
  return SPEAKER_ROLES.has(word);
}

/**
 * Whether a singular noun names one member of a group that speaks ("rebel", "protester", "villager"), or one
 * person news leaves unnamed ("one man", "a woman").
 */
export function isGroupMember(word: string): boolean {
  if (word === 'man' || word === 'woman') return true;
  if (!/^\p{Ll}+$/u.test(word) || word.endsWith('s')) return false;
  const plural = word.endsWith('man') ? `${word.slice(0, -3)}men` : `${word}s`;
  return GROUP_NOUNS.has(plural) || EXTRA_GROUP_SPEAKERS.has(plural);
}

/**
 * Singular roles that are unnamed sources of their own, not a body's voice ("a diplomat familiar with the talks said",
 * "according to one witness"); spokespersons and representatives speak for the body they name instead.
 */
const UNNAMED_SOURCE_ROLES: ReadonlySet<string> = new Set([...SPEAKER_ROLES].filter((r) => !/^(?:spokes|representative|executive|member|lawyer|attorney)/.test(r)));
/** Further plural speakers news quotes without naming them. */
const EXTRA_GROUP_SPEAKERS: ReadonlySet<string> = new Set([
  'customers', 'users', 'members', 'employees', 'staff', 'parents', 'teachers', 'scientists', 'pilots',
  'engineers', 'regulators', 'executives', 'spokespeople', 'representatives', 'people', 'participants', 'polls',
  'surveys', 'studies', 'reports', 'media', 'newspapers', 'aides', 'advisers', 'advisors', 'insiders', 'staffers',
  'bankers', 'lawyers', 'attorneys', 'agencies', 'mediators', 'charities', 'organisations', 'organizations',
  'campaigners', 'monitors', 'strategists', 'pollsters', 'consultants', 'groups', 'organizers', 'organisers',
  'donors', 'delegates',
  // political camps and people of a cause, as US political reporting quotes them ("Some conservatives accused")
  'conservatives', 'liberals', 'progressives', 'moderates', 'hardliners', 'opponents', 'proponents', 'advocates',
  'skeptics', 'sceptics', 'families', 'victims', 'veterans',
  // holders of one office in the plural ("At least four conservative senators said", "Several governors warned")
  'senators', 'governors', 'mayors', 'judges', 'justices', 'ambassadors', 'envoys', 'candidates',
  // heads of state and government in the plural, which no agent suffix marks ("The presidents of Moldova and Romania
  // said" went to Romania; round 20, `speaker/group-of-named-list`)
  'presidents', 'heads', 'chiefs', 'kings', 'emirs', 'monarchs',
  // the parties to a conflict or a negotiation ("Both sides accused each other", "The two camps said"); id
  // `speaker/both-sides`
  'sides', 'camps',
  // people close to a person ("Friends of Ms Shah insisted", "Colleagues of the minister said"; round 13)
  'friends', 'colleagues', 'associates', 'confidants', 'loyalists',
]);
/**
 * Head nouns of bodies that speak as one ("Ardenia's air force", "the national weather service", "the
 * country's disaster agency"): the generic organisation nouns and a few more.
 */
const BODY_HEADS: ReadonlySet<string> = new Set([
  ...ORG_ANAPHORS, 'force', 'service', 'navy', 'regulator', 'watchdog', 'authority', 'broadcaster', 'network',
  'newspaper', 'institute', 'union', 'board', 'bureau', 'directorate', 'command', 'cabinet', 'parliament',
  'legislature', 'assembly', 'presidency', 'embassy', 'consulate', 'operator', 'utility', 'prosecutor', 'campaign',
  'club', 'league', 'federation', 'association', 'society', 'foundation', 'charity', 'panel', 'jury', 'tribunal',
  // peacekeeping and diplomatic missions ("The UN mission condemned", "the EU delegation said")
  'mission', 'delegation',
  // broadcasters named by what they are ("State television said", "state radio reported")
  'television', 'radio', 'tv',
  // a state's maritime force written as one word ("The Greek coastguard said"; round 19)
  'coastguard',
]);
/**
 * Words that make "guard" a force of a state rather than a person on watch ("the coast guard said", "Ardenia's
 * national guard said", "the border guard service"; "a security guard said" is a person). Id
 * `speaker/guard-bodies`, round 19.
 */
const GUARD_BODY_MODIFIERS = /^(?:coast|national|border|presidential|republican|revolutionary|civil|royal)$/;
/** "guard" at `k` heads the name of a state's force (GUARD_BODY_MODIFIERS right before it). */
const guardBodyAt = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k] as Token).lower === 'guard' && GUARD_BODY_MODIFIERS.test(tokens[k - 1]?.lower ?? '');

/** Words that open a noun phrase but are not part of a speaker's name. */
const DETERMINERS = /^(?:the|a|an|some|many|several|most|few|other|two|three|four|five|both|all|its|their|his|her|one|no)$/i;
/** Quantifiers before a plural name ("several Republicans", "many Democrats"): no part of the name. */
const QUANTIFIERS = /^(?:some|many|several|most|few|both|all|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/i;
/** Capitalised words that are never a speaker's name at the head of a subject. */
const NOT_NAMES = /^(?:i|it|this|that|these|those|there|here|he|she|they|we|you|but|and|or|so|yet|then|now|also|however|meanwhile|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|in|on|at|after|before|when|while|if|as|with|for|by|from|according)$/i;

/** A word of a proper name: capitalised, or an Arabic article prefix ("al-Rimah"). */
const NAME_WORD = /^(?:\p{Lu}|(?:al|el|ad|ash|ibn|bin|van|von|de)(?:-\p{L}|$))/u;

/** Words that make a capitalised name an organisation's ("Norvik Commercial Airplanes", "Acme Computer"). */
const ORGANIZATION_WORDS = /^(?:inc|corp|corporation|co|company|ltd|limited|plc|llc|group|holdings|airlines?|airways|airplanes|aircraft|aerospace|motors|computers?|systems|technologies|industries|bank|union|ministry|office|agency|council|party|association|institute|university|college|committee|commission|force|forces|army|navy|police|news|times|post|press|network|television|radio|media|foundation|fund|court|parliament|congress|senate|assembly|government|department|authority|board|league|federation|organi[sz]ation|society|club|team|bureau|service|services|center|centre|trust|partners|capital|energy|oil|gas|exchange|markets?|reserve|securities|communications|pharmaceuticals|labs?|studios?|records|entertainment|electronics|software|international|global|national|federal|republic|kingdom|states|nations|council|programme|program)\.?$/i;

interface NameIndex {
  size: number;
  /** Normalised name or alias -> the first actor with it. */
  byName: Map<string, Actor>;
  /** "Acme" -> "Acme Inc.": a non-person's name less trailing corporate words. */
  byCorporateStem: Map<string, Actor>;
  /** A person's surname -> the first person with it. */
  bySurname: Map<string, Actor>;
}

const indexes = new WeakMap<SpeakerBook, NameIndex>();

/**
 * Name lookups go through an index rebuilt when the book grows (the only way it changes while claims are read),
 * so each lookup is O(1) and a long article stays linear.
 */
function nameIndex(book: SpeakerBook): NameIndex {
  const cached = indexes.get(book);
  if (cached && cached.size === book.actors.size) return cached;
  const index: NameIndex = { size: book.actors.size, byName: new Map(), byCorporateStem: new Map(), bySurname: new Map() };
  for (const a of book.actors.values()) {
    for (const x of [a.name, ...a.aliases]) {
      const n = normalizeName(x);
      if (!index.byName.has(n)) index.byName.set(n, a);
    }
    const words = normalizeName(a.name).split(/\s+/);
    if (a.kind === 'person') {
      const last = words[words.length - 1] as string;
      if (!index.bySurname.has(last)) index.bySurname.set(last, a);
      continue;
    }
    // every stem whose remaining words are all corporate words ("apple computer inc" -> "apple computer", "apple")
    for (let k = words.length - 1; k >= 1 && ORGANIZATION_WORDS.test(words[k] as string); k--) {
      const stem = words.slice(0, k).join(' ');
      if (!index.byCorporateStem.has(stem)) index.byCorporateStem.set(stem, a);
    }
  }
  indexes.set(book, index);
  return index;
}

function findByName(book: SpeakerBook, name: string, at = Infinity): Actor | undefined {
  const n = normalizeName(name);
  if (n.length === 0) return undefined;
  const index = nameIndex(book);
  // exact name or alias; else "Acme" for an article that also names "Acme Inc."; else "Haddad" for a person
  // named "Rami Yusuf Haddad" before
  return index.byName.get(n) ?? index.byCorporateStem.get(n) ?? (n.includes(' ') ? bodyNamedWithKind(index.byName, n) ?? bodyNamedInLowerCase(book, name, n, at) ?? describedKnownBody(book, n) : index.bySurname.get(n));
}

/** Heads of bodies that news copy names again in lower case with the words of their full name. */
const BODY_HEADS_IN_LOWER_CASE = /\s(?:commission|ministry|agency|department|council|committee|court|bank|authority|tribunal|board|office)$/;

/**
 * "The electoral commission said" after "the Electoral Commission of Zambia", "the central bank" after "the Central
 * Bank of Kenya": a lower-case phrase of two or more words ending in a body's head, whose words stand together in the
 * name of exactly one known organisation, is that organisation, not a second one. Id: `speaker/body-named-in-lower-case`
 * (NOTES.md, issue 12, round 12).
 */
function bodyNamedInLowerCase(book: SpeakerBook, name: string, n: string, at: number): Actor | undefined {
  if (!/^\p{Ll}/u.test(name) || !BODY_HEADS_IN_LOWER_CASE.test(n)) return undefined;
  const found = [...book.actors.values()].filter((a) => (a.kind === 'organization' || a.kind === 'government') && ` ${normalizeName(a.name)} `.includes(` ${n} `));
  // with two such bodies, the one named last before the phrase
  const lastBefore = (a: Actor): number => Math.max(-1, ...a.mentions.filter((m) => m.end <= at).map((m) => m.start));
  const named = found.filter((a) => lastBefore(a) >= 0).sort((a, b) => lastBefore(b) - lastBefore(a));
  return named[0];
}

/** Generic nouns a body's name may be followed by in running text ("the United Auto Workers union"). */
const BODY_KIND_NOUNS = /\s(?:union|party|group|company|movement|alliance|coalition|federation|association|militia|television|radio|channel|newspaper|broadcaster)$/;

/**
 * "The United Auto Workers union said" after "United Auto Workers": a known organisation's name followed by the kind of
 * body it is names that organisation, not a second one. Id: `speaker/name-with-body-kind`.
 */
function bodyNamedWithKind(byName: ReadonlyMap<string, Actor>, n: string): Actor | undefined {
  const kind = BODY_KIND_NOUNS.exec(n);
  const known = kind ? byName.get(n.slice(0, kind.index)) : undefined;
  return known && (known.kind === 'organization' || known.kind === 'group') ? known : undefined;
}

/** Kinds of body a description of a known one ends in ("the Russian ministry", "the opposition Congress party"). */
const DESCRIBED_BODY_HEADS: ReadonlySet<string> = new Set(['ministry', 'party', 'union', 'agency', 'army', 'navy', 'police', 'commission', 'council', 'court', 'movement', 'alliance', 'coalition', 'militia', 'group', 'company']);
/** Words that place a body in politics without naming it ("the opposition Congress party", "the ruling party"). */
const STANCE_MODIFIERS: ReadonlySet<string> = new Set(['opposition', 'ruling', 'governing', 'main', 'largest', 'biggest', 'rival', 'powerful', 'influential']);

/**
 * "The Russian ministry claimed" after "Russia's Defense Ministry said", "The opposition Congress party blamed" after
 * "Congress": a description ending in a kind of body names the one known body whose name holds its head (or is its
 * modifiers, "the Congress party") and every word of its modifiers (a demonym as its country), not a second body;
 * none when two known bodies fit. `n` is normalised. Id: `speaker/described-known-body`.
 */
function describedKnownBody(book: SpeakerBook, n: string): Actor | undefined {
  const words = n.split(/\s+/);
  const head = words[words.length - 1] as string;
  if (!DESCRIBED_BODY_HEADS.has(head)) return undefined;
  const modifiers = words.slice(0, -1).filter((w) => !STANCE_MODIFIERS.has(w));
  if (modifiers.length === 0) return undefined;
  // each modifier's country once, not once per known body and word
  const wanted = modifiers.map((w) => ({ w, country: countryOf(w) }));
  const fits: Actor[] = [];
  for (const a of book.actors.values()) {
    if (a.kind !== 'organization' && a.kind !== 'group') continue;
    const own = normalizeName(a.name).split(/\s+/);
    if (!(own.includes(head) || own.join(' ') === modifiers.join(' '))) continue;
    const countries = wanted.some((x) => x.country !== undefined) ? own.map(countryOf) : [];
    if (wanted.every(({ w, country }) => own.includes(w) || (country !== undefined && countries.includes(country)))) fits.push(a);
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Whether a held title names a country other than `country` ("Russia's ambassador", "Russian ambassador" when
 * "Brazil's ambassador" speaks): envoys and ministers of several states sit in one debate, so a country's official
 * is never the holder of the same title for another (it was: "Brazil's ambassador told the council" went to the
 * Russian envoy named before). Id: `speaker/title-of-another-country` (round 25).
 */
function otherCountryTitle(title: string, country: string | undefined): boolean {
  if (country === undefined) return false;
  return title.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && (countryOf(w) ?? country) !== country);
}

/** The country a demonym or country word names ("russian", "russia's" -> "Russia"). */
function countryOf(word: string): string | undefined {
  const w = word.replace(/['’]s?$/, '');
  return (lookupDemonym(w) ?? lookupCountry(w))?.name;
}

/**
 * The known actor a phrase ends in: "President Ana Ruiz, speaking in Lisbon, said" read as a phrase is Ana Ruiz,
 * whom the entity stage found with her title, not a second actor named "President Ana Ruiz".
 */
function actorEndingPhrase(book: SpeakerBook, at: { start: number; end: number; text: string }): Actor | undefined {
  for (const a of book.actors.values()) {
    const m = a.mentions.find((x) => x.end === at.end && x.start > at.start);
    if (!m) continue;
    // only titles and modifiers before the name: "Critics of the senator", "Fishermen in southern Chile" are
    // groups with a complement, not the name
    const before = at.text.slice(0, m.start - at.start);
    return /^(?:[\p{L}.'’-]+\s+)+$/u.test(before) && !PHRASE_JOINERS.test(before) ? a : undefined;
  }
  return undefined;
}

/** Words that join a head to a complement: the name after them is not what the phrase names. */
const PHRASE_JOINERS = /\b(?:of|in|for|on|at|from|with|and|or|near|by|to|against|about)\b/i;

export function makeSpeaker(book: SpeakerBook, name: string, kind: ActorKind, at: { start: number; end: number; text: string }): Actor {
  const existing = findByName(book, name, at.start) ?? actorEndingPhrase(book, at);
  if (existing) return existing;
  const id = recordId('actor', slugify(name));
  const clash = book.actors.get(id);
  if (clash) return clash;
  const actor: Actor = { id, name, kind, aliases: [], titles: [], mentions: [at] };
  book.actors.set(id, actor);
  book.created.push(actor);
  return actor;
}

/**
 * A made speaker's name as running text writes it: the first letter lower case ("Residents of the valley" opening a
 * sentence is "residents of the valley"), but an acronym stays as written ("according to the SITE monitoring group"
 * gave "sITE monitoring group"; round 14, `speaker/acronym-kept`).
 */
export function lowerFirst(name: string): string {
  return /^\p{Lu}{2,}\b/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** Pronouns are resolved by the speaker stage, never made into actors ("We", "He" opening a quote sentence). */
const PRONOUNS = /^(?:i|we|he|she|they|it|you|this|that|these|those|who|which|one|someone|somebody|everyone|everybody|nobody|none|all|both|each)$/;

/** Skips adverbs and auxiliaries ("has also", "did not") to the last word of the subject phrase. */
function subjectEnd(tokens: readonly Token[], cueFirst: number): number {
  let k = cueFirst - 1;
  while (k >= 0) {
    const t = tokens[k] as Token;
    // ("have long accused": the tagger reads "long" after a perfect auxiliary as an adjective)
    const longAfterPerfect = t.lower === 'long' && /^(?:has|have|had)$/.test(tokens[k - 1]?.lower ?? '');
    // "Residents there said", "Officials here said": a place adverb after the subject (the tagger reads it as a noun)
    const placeAdverb = /^(?:there|here)$/.test(t.lower) && k === cueFirst - 1 && tokens[k - 1]?.tags.has('Plural') === true && !/[,;:]/.test(tokens[k - 1]?.post ?? '');
    if (placeAdverb) {
      k--;
      continue;
    }
    if (t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative') || longAfterPerfect || /^(?:has|have|had|did|does|do|today|yesterday|tonight|now|also|recently|earlier|later)$/i.test(t.lower)) {
      // "..., who was not authorized to speak publicly, said": an adverb closing a relative clause or apposition
      if (k === cueFirst - 1 && /,\s*$/.test(t.post) && !/[;:]/.test(t.post)) break;
      if (/[,;:]/.test(t.post)) return -1;
      k--;
      continue;
    }
    // "A federal judge on Tuesday blocked": the day of the act between subject and verb
    // (a weekday closing a comma-set aside is the aside's: ", visiting the region on Monday, said")
    if (k >= 2 && (tokens[k - 1] as Token).lower === 'on' && WEEKDAYS.has(t.lower) && !/,/.test(t.post)) {
      k -= 2;
      continue;
    }
    break;
  }
  if (k < 0) return -1;
  // an apposition closed by a comma right before the cue: "Norvik, the region's biggest maker, has announced"
  if (/,\s*$/.test((tokens[k] as Token).post)) {
    // (a relative clause may be long: "One official, who asked not to be named because the talks were private, said")
    for (let j = k - 1; j >= Math.max(0, k - 20); j--) {
      if (/,\s*$/.test((tokens[j] as Token).post)) return j;
    }
    // "The rebels, loyal to ..., said": read up to the relation word, the head's comma opens the phrase
    return RELATION_WORDS.test(tokens[cueFirst]?.lower ?? '') ? k : -1;
  }
  return k;
}

/**
 * The actor named by the subject phrase that ends right before a cue, found or made: a run of capitalised
 * words ("Acme Computer", "Norvik") or a group or role noun with its modifiers ("Some customers", "U.S.
 * officials", "a government spokesperson"). Returns null when the words before the cue are no subject phrase.
 *
 * @example
 * // "Norvik has confirmed a glitch." with no actor found by the entity stage gives a new "Norvik" actor
 */
/** Finds a known actor by a name as written: exact name or alias, a corporate short form, or a person's surname. */
export function knownActor(book: SpeakerBook, name: string): Actor | undefined {
  return findByName(book, name);
}

/**
 * A share of a plural of people, as polls report it, opening its clause before the plural: "Six in 10 respondents
 * said", "Two-thirds of voters said", "Fifty-five percent of Americans said", "Nearly half of Republicans said", "A
 * majority of likely voters said". Source: the wording of poll results in news reports.
 */
const PROPORTION = /^(?:(?:but|while|and)\s+)?(?:(?:nearly|almost|about|roughly|around|some|only|just|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)|(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|[\p{L}-]+\s+(?:percent|per\s+cent)|half|(?:a|the)\s+(?:(?:large|slim|narrow|clear|small)\s+)?(?:majority|minority|third|quarter|fifth)|(?:one|two|three|four)[\s-](?:thirds?|quarters?|fifths?))\s+of)\s+(?:the\s+|all\s+)?$/iu;
/** Plurals of people that poll results count, beyond the agent nouns ("respondents", "adults"). */
const POLLED_PLURALS = /^(?:respondents|people|adults|citizens|households|parents|students|participants|residents|women|men|those)$/;
/** Participles naming the people a poll asked after "those" ("those polled", "those surveyed"). */
const POLLED_PARTICIPLES = /^(?:polled|surveyed|questioned|interviewed|asked|sampled)$/;

/**
 * The plural that a share opening the clause counts speaks as a group ("six in 10 respondents said" gives
 * "respondents"); null when the subject is no such phrase. Id: `speaker/poll-share` (round 19).
 */
function proportionGroup(text: string, tokens: readonly Token[], k: number, book: SpeakerBook): Actor | null {
  const head = tokens[k] as Token;
  // ("Nearly two-thirds of those polled said", "Half of those surveyed said": the people a poll asked; round 20,
  // `speaker/those-polled`)
  const polled = POLLED_PARTICIPLES.test(head.lower) && tokens[k - 1]?.lower === 'those';
  const people = polled || personPlural(head.lower) || POLLED_PLURALS.test(head.lower) || ((GROUP_NOUNS.has(head.lower) || EXTRA_GROUP_SPEAKERS.has(head.lower)) && head.lower.endsWith('s')) || (/^\p{Lu}\p{Ll}+s$/u.test(head.text) && peoplePlural(head.text));
  if (!people) return null;
  let clause = 0;
  for (let j = k - 1; j >= 0; j--) if (/[,;:"“”—–]\s*$/.test((tokens[j] as Token).post)) { clause = j + 1; break; }
  for (let j = k; j >= Math.max(clause, k - 2); j--) {
    const lead = text.slice((tokens[clause] as Token).start, (tokens[j] as Token).start);
    if (j > clause && PROPORTION.test(lead)) return makeSpeaker(book, text.slice((tokens[j] as Token).start, head.end), 'group', { start: (tokens[j] as Token).start, end: head.end, text: text.slice((tokens[j] as Token).start, head.end) });
    if (j < k && !((tokens[j] as Token).tags.has('Adjective') || /^\p{Lu}/u.test((tokens[j] as Token).text))) return null;
  }
  return null;
}

export function subjectPhraseSpeaker(text: string, sentence: TaggedSentence, cueFirst: number, book: SpeakerBook): Actor | null {
  const { tokens } = sentence;
  const k = subjectEnd(tokens, cueFirst);
  if (k < 0) return null;
  const head = tokens[k] as Token;
  if (head.tags.has('Pronoun') || head.tags.has('Date') || head.tags.has('Value') || PRONOUNS.test(head.lower)) return null;
  const headWord = head.lower;
  const share = proportionGroup(text, tokens, k, book);
  if (share) return share;
  const each = eachSide(tokens, k, book);
  if (each) return each;
  const party = courtParty(tokens, k, book);
  if (party) return party;
  const isGroup = GROUP_NOUNS.has(headWord) || EXTRA_GROUP_SPEAKERS.has(headWord);
  const isRole = SPEAKER_ROLES.has(headWord) || unnamedAgent(tokens, k) || JUDGE_NOUNS.has(headWord);
  // "Supporters of the plan argue", "Residents of the valley said": a group noun with its complement
  // ("Troops on both sides said", "Supporters of the rebels said": a group noun may head the complement too; "members
  // of the opposition" are the opposition)
  const complemented = !isRole ? groupBeforeComplement(tokens, k) : -1;
  if (complemented >= 0 && isGroup && /^(?:members|parts|sections|factions|ranks)$/.test((tokens[complemented] as Token).lower)) return groupSubject(text, tokens, k, false, book);
  // "Democrats in the state legislature said": the named plural speaks, as it does when the complement is a name
  if (complemented >= 0 && namedPlural(tokens, complemented)) {
    const plural = tokens[complemented] as Token;
    return makeSpeaker(book, plural.text, 'group', { start: plural.start, end: plural.end, text: plural.text });
  }
  if (complemented >= 0) return groupSubject(text, tokens, complemented, false, book, head);
  if (!isGroup && !isRole && (TITLE_ANAPHOR_NOUNS.has(headWord) || POSSESSED_ROLE_HEADS.has(headWord))) {
    const titled = titledSubject(text, tokens, k, book);
    if (titled !== undefined) return titled;
  }
  if (/^\p{Lu}/u.test(head.text) && !NOT_NAMES.test(head.lower) && !isGroup && !isRole) return namedSubject(text, tokens, k, book) ?? modifiedSubject(text, tokens, k, book);
  // "a spokesman for the mediators said": a plural noun that a role speaks for is a group
  const spokenFor = !isGroup && !isRole && /s$/.test(headWord) && head.tags.has('Noun') && speaksFor(tokens, /^(?:the|both|all|several|two|three)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1);
  if (spokenFor) return groupSubject(text, tokens, k, false, book);
  if (!isGroup && !isRole) {
    const body = (BODY_HEADS.has(headWord) || guardBodyAt(tokens, k) ? bodySubject(text, tokens, k, book) : null) ?? modifiedSubject(text, tokens, k, book);
    return body ?? (pluralSource(tokens, k, cueFirst) ? groupSubject(text, tokens, k, false, book) : null);
  }
  return groupSubject(text, tokens, k, isRole, book);
}

/** Parties of a court case named by their side (`speaker/court-party`, round 15, claims17): US and UK court reporting. */
const COURT_PARTIES = /^(?:state|prosecution|defense|defence|plaintiffs?|claimants?)$/;

/**
 * "The state had claimed that the agency exceeded its authority", "Lawyers for the state argued in court filings",
 * "In court papers, the prosecution argued", "The defence said": a party of a court case named by its side speaks as a
 * body of its own ("state", "prosecution"), opening its clause or spoken for by a role; never a modifier ("the state
 * legislature") nor the object of another preposition ("funding from the state"). Id: `speaker/court-party`.
 */
function courtParty(tokens: readonly Token[], k: number, book: SpeakerBook, name?: string): Actor | null {
  // ("The state's lawyers argued", "the prosecution's attorneys said": the party's counsel speak for it, as "X's
  // lawyer said" does for X)
  const party = tokens[k - 1]?.lower.replace(/['’]s?$/, '') ?? '';
  if (/^(?:lawyers?|attorneys?|counsel)$/.test((tokens[k] as Token).lower) && /['’]s?$/.test(tokens[k - 1]?.text ?? '') && COURT_PARTIES.test(party)) return courtParty(tokens, k - 1, book, party);
  const head = tokens[k] as Token;
  if (!COURT_PARTIES.test(name ?? head.lower) || tokens[k - 1]?.lower !== 'the') return null;
  const opener = tokens[k - 2];
  if (opener !== undefined && !/[,;:"“”—–]\s*$/.test(opener.post) && !/^(?:and|but|while|as|because|although|though|that)$/.test(opener.lower) && !speaksFor(tokens, k - 2)) return null;
  const word = name ?? head.lower;
  return makeSpeaker(book, word, 'organization', { start: head.start, end: head.start + word.length, text: head.text.slice(0, word.length) });
}

/**
 * "Each side accuses the other of breaking the truce", "Each camp insists its candidate won": the singular with
 * "each" opening the subject speaks for the parties as "Both sides said" does (the same group, "sides" or "camps");
 * "the other side" and "on each side of the border" stay places. Id: `speaker/each-side`.
 */
function eachSide(tokens: readonly Token[], k: number, book: SpeakerBook): Actor | null {
  const head = tokens[k] as Token;
  const each = tokens[k - 1];
  if (!/^(?:side|camp)$/.test(head.lower) || each?.lower !== 'each') return null;
  const opener = tokens[k - 2];
  if (opener !== undefined && !/[,;:"“”—–]\s*$/.test(opener.post) && !/^(?:and|but|while|as|because|although|though)$/.test(opener.lower)) return null;
  return makeSpeaker(book, `${head.lower}s`, 'group', { start: each.start, end: head.end, text: `${each.text} ${head.text}` });
}

/**
 * Role heads besides the titles that a named possessor makes one official ("the EU's foreign policy chief"; "Canada's
 * opposition leader", "the party's leader": round 17, `speaker/possessed-leader`).
 */
const POSSESSED_ROLE_HEADS: ReadonlySet<string> = new Set(['chief', 'head', 'leader']);

/**
 * Adjectives and participles that tie a subject to someone named after them ("loyal to", "allied with", "backed
 * by"): the name is their object, never the speaker. Source: English relation adjectives of conflict and political
 * reporting. Id: `speaker/relation-phrase-object`.
 */
export const RELATION_WORDS = /^(?:loyal|close|allied|aligned|linked|opposed|affiliated|sympathetic|backed|supported|funded|financed|armed|sponsored|led|commanded|trained|tied|connected|related)$/;

/**
 * Subordinators that open a clause with a subject of its own ("two days after officials said ...", "when
 * residents told reporters ..."): the phrase after them is the cue's subject, not a preposition's object. Id:
 * `speaker/subject-after-subordinator`.
 */
const SUBORDINATORS = /^(?:after|before|when|while|since|because|until|although|though|once|whereas|as)$/;

/** Plural bodies that speak as sources ("some clinics warned", "several hospitals said"). */
const SPEAKING_BODIES = /^(?:clinics|hospitals|schools|universities|companies|firms|banks|airlines|carriers|lenders|insurers|retailers|charities|churches|unions|agencies|ministries|councils|courts|newspapers|outlets|broadcasters|websites|embassies|governments|parties|groups)$/;
/** Plurals that are no source of their own ("others said", "both said"). */
const NOT_SOURCES = /^(?:others|both|all|many|some|few|these|those|things|ones|years|days|weeks|months|times)$/;
/** Verbs a thing can be the subject of ("data showed", "figures suggest"): only documents and studies find. */
const FINDING_FORMS = /^(?:show|shows|showed|shown|find|finds|found|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|confirm|confirms|confirmed)$/;

/** Plurals of nouns of agents and people by their suffix ("retailers", "economists", "residents", "employees"). */
const AGENT_NOUN_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ees|men)$/;

/**
 * "Abortion providers said", "some clinics warned that": a lower-case plural noun that opens the clause and speaks
 * with a verb of saying (not of finding: "figures showed" names no source) is a group of unnamed sources.
 */
function pluralSource(tokens: readonly Token[], k: number, cueFirst: number): boolean {
  const head = tokens[k] as Token;
  // (the tagger reads "banks" as a person's name, Singular: a speaking body's plural is read by its word; round 13)
  if (!(head.tags.has('Plural') || SPEAKING_BODIES.test(head.text)) || !/^\p{Ll}[\p{Ll}-]+(?:s|men)$/u.test(head.text) || NOT_SOURCES.test(head.lower)) return false;
  // people by their agent suffix ("providers", "organizers", "economists", "physicians", "residents", "employees")
  // or bodies that speak ("clinics", "hospitals"); "the radiation findings have called into question" is no source
  if (!AGENT_NOUN_PLURAL.test(head.lower) && !SPEAKING_BODIES.test(head.lower)) return false;
  if (FINDING_FORMS.test((tokens[cueFirst] as Token).lower)) return false;
  // the phrase opens the sentence, or a clause after ", but" / ", and": never an object or a complement
  let first = k;
  while (first > 0 && k - first < 3) {
    const t = tokens[first - 1] as Token;
    if (/[,;:()"“”—–]/.test(t.post) || !(t.tags.has('Adjective') || t.tags.has('Noun') || DETERMINERS.test(t.lower)) || t.tags.has('Pronoun')) break;
    first--;
  }
  const before = tokens[first - 1];
  // ("..., the companies said.": a postposed attribution after the clause it reports opens a clause too)
  const postposed = before !== undefined && /[,"”]\s*$/.test(before.post) && /^(?:the|both|two|three|several|many|some|other)$/.test((tokens[first] as Token).lower);
  return before === undefined || postposed || (/^(?:but|and|while)$/.test(before.lower) && /,\s*$/.test(tokens[first - 2]?.post ?? '')) || SUBORDINATORS.test(before.lower);
}

/**
 * "..., a person familiar with the matter said", "two people briefed on the talks said": a source noun with its
 * modifier, the whole clause-initial phrase ending at `k` (no comma inside).
 */
function modifiedSubject(text: string, tokens: readonly Token[], k: number, book: SpeakerBook): Actor | null {
  let first = k;
  while (first > 0 && k - first < 12 && !/[,;:"“”—–()]/.test((tokens[first - 1] as Token).post)) first--;
  // the phrase opens the clause: the sentence's start or a punctuation mark
  if (first > 0 && !/[,;:"“”—–]/.test((tokens[first - 1] as Token).post)) return null;
  // "and authorities who are trying to maintain": an infinitive or auxiliary before the cue is no subject's end
  // ("An aide who has worked for the senator said": a perfect auxiliary right after "who" belongs to the relative
  // clause, which closes before the cue; round 13, `speaker/relative-perfect`)
  const perfectAfterWho = (t: Token): boolean => /^(?:has|have|had)$/.test(t.lower) && tokens[t.index - 1]?.lower === 'who' && t.index < k - 1;
  if ((tokens[k] as Token).lower === 'to' || tokens.slice(first, k + 1).some((t) => (t.tags.has('Auxiliary') && !perfectAfterWho(t)) || t.tags.has('Modal') || t.tags.has('Conjunction'))) return null;
  return modifiedSource(text, tokens, first, k, book);
}

/**
 * "A person close to the mayor said", "..., one person close to the family said", "Two people close to Mayor Ann Lee
 * said": a source noun (person, people, source) with a relation modifier ("close to", "allied with") is an unnamed
 * source named by its whole phrase, as "a person familiar with the talks" is; the name inside the modifier is its
 * object (the relation path took the head alone, and "person" names no speaker). Null when the subject before the
 * cue is no such phrase. Id: `speaker/source-with-relation` (round 13).
 */
const sourceHead = (w: string): boolean => /^(?:person|people|source|sources)$/.test(w) || GROUP_NOUNS.has(w) || EXTRA_GROUP_SPEAKERS.has(w);

export function sourceWithRelation(text: string, tokens: readonly Token[], cueFirst: number, book: SpeakerBook): Actor | null {
  const k = subjectEnd(tokens, cueFirst);
  // (the tagger reads "people" before "close" as a verb and "close" as an adverb: the words are read, not the tags)
  const relation = tokens.findIndex((t, j) => j > 0 && j < k && RELATION_WORDS.test(t.lower) && /^(?:to|with|by)$/.test(tokens[j + 1]?.lower ?? '')
    && sourceHead((tokens[j - 1] as Token).lower) && !tokens.slice(j - 1, k).some((x) => /[,;:()"“”]/.test(x.post)));
  if (relation <= 0) return null;
  let first = relation - 1;
  while (first > 0 && relation - first < 4 && !/[,;:"“”—–()]/.test((tokens[first - 1] as Token).post)) first--;
  // the phrase opens the clause: the sentence's start or a punctuation mark
  if (first > 0 && !/[,;:"“”—–]/.test((tokens[first - 1] as Token).post)) return null;
  return modifiedSource(text, tokens, first, k, book);
}

/**
 * '..., said two people briefed on the talks.': a source phrase after the cue that runs to the sentence's end,
 * found or made; null when the words after the cue are no such phrase.
 */
export function postposedSource(text: string, sentence: TaggedSentence, cueLast: number, book: SpeakerBook): Actor | null {
  const { tokens } = sentence;
  let last = tokens.length - 1;
  // '..., said one senior aide, who spoke on condition of anonymity': the phrase ends before its relative clause
  const comma = tokens.findIndex((t, k) => k > cueLast && /[,;:]/.test(t.post));
  if (comma >= 0 && comma < last && /^(?:who|whom)$/.test((tokens[comma + 1] as Token).lower)) last = comma;
  // '..., said one strategist who advises the campaign.': a restrictive relative clause closes the phrase too
  const who = tokens.findIndex((t, k) => k > cueLast + 1 && k <= cueLast + 5 && /^(?:who|whom)$/.test(t.lower) && !/[,;:]/.test((tokens[k - 1] as Token).post));
  if (who > 0 && who - 1 < last && (comma < 0 || who < comma)) last = who - 1;
  if (last <= cueLast || tokens.slice(cueLast + 1, last).some((t) => /[,;:]/.test(t.post))) return null;
  return modifiedSource(text, tokens, cueLast + 1, last, book) ?? postposedRole(text, tokens, cueLast + 1, last, book);
}

/**
 * '..., said one senior aide.', '..., said two advisers.': determiners and modifiers before a role or group noun
 * that ends the phrase; the modifiers stay in the speaker's name ("senior aide").
 */
function postposedRole(text: string, tokens: readonly Token[], first: number, last: number, book: SpeakerBook): Actor | null {
  const head = tokens[last] as Token;
  // ('..., said one man, who gave only his first name': one of a group, or one person, after "one/a/another")
  // ('..., said one Democratic strategist': a singular agent noun after "one/a/another", as `unnamedAgent` reads it)
  const oneOf = /^(?:one|a|an|another)$/.test((tokens[first] as Token).lower);
  const member = oneOf && (isGroupMember(head.lower) || (/^\p{Ll}+(?:er|or|ist|ian)$/u.test(head.text) && !NOT_PERSON_SINGULARS.test(head.lower) && head.tags.has('Singular')));
  const singular = SPEAKER_ROLES.has(head.lower) || member;
  if ((!singular && !GROUP_NOUNS.has(head.lower) && !EXTRA_GROUP_SPEAKERS.has(head.lower)) || last - first > 4) return null;
  let from = first;
  while (from < last && DETERMINERS.test((tokens[from] as Token).lower)) from++;
  const modifiers = tokens.slice(from, last);
  if (modifiers.some((t) => t.tags.has('Verb') || t.tags.has('Preposition') || /^\p{Lu}/u.test(t.text) && t.tags.has('Person'))) return null;
  const startTok = tokens[from] as Token;
  const name = text.slice(startTok.start, head.end);
  return makeSpeaker(book, name, singular ? 'person' : 'group', { start: startTok.start, end: head.end, text: name });
}

/**
 * "a spokeswoman for the foreign ministry said", "an official of the rebels said": token `at` is "for"/"of"/"with"
 * after a speaker role opening the sentence's subject, so the body or group after it speaks through that role.
 */
function speaksFor(tokens: readonly Token[], at: number): boolean {
  const prep = tokens[at];
  const role = tokens[at - 1];
  // ("Lawyers for the challengers said": several of the role speak for them as one does)
  const singular = role?.lower.replace(/s$/, '') ?? '';
  // ("The head of the national geophysics institute warned": the head of an unnamed body speaks for it, as "the
  // director of", "the chief of"; id `speaker/head-of-body`)
  const head = /^(?:head|chief|director)$/.test(role?.lower ?? '') && prep?.lower === 'of' && tokens[at + 1]?.lower === 'the';
  if (!prep || !role || !/^(?:for|of|with|at|from|to)$/.test(prep.lower) || !(SPEAKER_ROLES.has(role.lower) || SPEAKER_ROLES.has(singular) || /^spokes/.test(role.lower) || head)) return false;
  const opener = tokens[at - 2];
  return !opener || DETERMINERS.test(opener.lower) || /[,;:"“”—–]/.test(opener.post);
}

/** Courts and the words that say which court ("the federal appeals court", "a state district court"); US and UK court names. */
const COURT_HEADS: ReadonlySet<string> = new Set(['court', 'tribunal', 'panel']);
const COURT_MODIFIERS: ReadonlySet<string> = new Set(['appeals', 'appellate', 'circuit', 'district', 'supreme', 'superior', 'county', 'bankruptcy', 'constitutional', 'high', 'crown', 'magistrates']);
/** Whether token `j` names the kind of the court after it ("appeals" in "a federal appeals court"). */
export function courtModifier(tokens: readonly Token[], j: number): boolean {
  return COURT_MODIFIERS.has((tokens[j] as Token).lower) && COURT_HEADS.has(tokens[j + 1]?.lower ?? '');
}
/** Judges who rule as unnamed speakers with their modifier ("A federal judge ruled that ..."; "A judge said" names nobody). */
const JUDGE_NOUNS: ReadonlySet<string> = new Set(['judge', 'justice', 'magistrate']);

/** Place nouns whose possessive only says where a body belongs ("the country's disaster agency"). */
const PLACE_POSSESSORS: ReadonlySet<string> = new Set(['country', 'nation', 'state', 'city', 'region', 'province', 'island', 'territory', 'capital', 'town']);

/** A possessor word: "Ardenia's", "the Netherlands'". */
function isPossessor(t: Token): boolean {
  return /['’]s$/i.test(t.text) || /^['’]/.test(t.post);
}

/**
 * A body named by a description ending at `k` with its modifiers and a possessor ("Ardenia's air force", "the
 * national weather service", "the country's disaster agency" -> "disaster agency": a common-noun possessor is
 * dropped), made an organisation. Needs a modifier or a named possessor ("the agency" alone is an anaphor) and
 * the subject's place at the start of its clause.
 */
function bodySubject(text: string, tokens: readonly Token[], k: number, book: SpeakerBook): Actor | null {
  let first = k;
  let named = false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j] as Token;
    // "the three-judge panel": the parts of a hyphenated modifier, whatever the tagger made of them
    const hyphenated = t.tags.has('Hyphenated');
    // "A federal appeals court ruled": the tagger reads "appeals" as a verb; it names the kind of court ("State
    // television said": nor is a capitalised word opening the sentence a verb)
    // (", state television said", ", state news agency SANA reported": "state" modifies a broadcaster or agency)
    // "Houthi-run al-Masirah television said": who runs the body is no part of its name
    // (a name after it: "al-Masirah" comes as "al" and "Masirah")
    if (actingCompoundAt(tokens, j) && /^\p{Lu}/u.test((tokens[j + 1]?.post === '-' ? tokens[j + 2] : tokens[j + 1])?.text ?? '')) break;
    const courtKind = (COURT_MODIFIERS.has(t.lower) && COURT_HEADS.has((tokens[k] as Token).lower)) || (j === 0 && /^\p{Lu}/u.test(t.text)) || t.lower === 'state';
    if ((DETERMINERS.test(t.lower) && !hyphenated) || (t.tags.has('Verb') && !hyphenated && !courtKind) || t.tags.has('Preposition') || /[,;:()"“”—–]/.test(t.post)) break;
    if (!(t.tags.has('Adjective') || t.tags.has('Noun') || hyphenated || /^\p{Lu}/u.test(t.text) || t.lower === 'state')) break;
    if (isPossessor(t)) {
      // "the country's disaster agency": a place noun as possessor only says whose; "the mayor's office", "the
      // teachers' union": a role or group possessor names the body
      const word = t.lower.replace(/['’]s?$/, '');
      if (/^\p{Lu}/u.test(t.text) && !NOT_NAMES.test(word)) named = true;
      if (named || !PLACE_POSSESSORS.has(word)) first = j;
      // "North Korea's foreign ministry", "Sri Lanka's navy": a possessor of several capitalised words (never across
      // a dash: "Kyiv, Ardenia — Ardenia's air force said", a dateline before it; round 16)
      while (named && first > 0 && first > j - 3 && /^\p{Lu}/u.test((tokens[first - 1] as Token).text) && !/[,;:()"“”—–]/.test((tokens[first - 1] as Token).post)
        && !DETERMINERS.test((tokens[first - 1] as Token).lower)) first--;
      // "the flight attendants' union", "the air traffic controllers' union": lower-case modifiers of a group
      // possessor (id `speaker/modified-group-possessor`)
      // ("The Swedish pilots' union said", "the Kenyan doctors' union": a demonym before them too; round 16,
      // `speaker/demonym-group-possessor`)
      while (!named && first > 0 && first > j - 3 && (lowerModifier(tokens[first - 1] as Token) || demonymModifierAt(tokens, first - 1))) first--;
      break;
    }
    first = j;
  }
  if (first === k) return null;
  let opener = first - 1;
  if (actingCompoundAt(tokens, opener) && first < k + 1) opener -= 2;
  while (opener >= 0 && (isPossessor(tokens[opener] as Token) || DETERMINERS.test((tokens[opener] as Token).lower)) && opener >= first - 3) opener--;
  const before = tokens[opener];
  // ("..., a figure the interior ministry disputed": the subject of an answer in apposition to a claim; "services,
  // which the interior ministry said was needed": the subject of a relative clause)
  if (before && !/[,;:"“”—–]/.test(before.post) && !/^(?:and|but|while|as|that|which|when)$/i.test(before.lower) && !speaksFor(tokens, opener) && !answeringNoun(tokens, opener)) return null;
  const startTok = tokens[first] as Token;
  const name = text.slice(startTok.start, (tokens[k] as Token).end);
  // as written: "Ardenia's air force", "Ardenian foreign ministry"; a sentence-initial common word in lower case
  const display = first === 0 && !named && !startTok.tags.has('ProperNoun') ? lowerFirst(name) : name;
  return makeSpeaker(book, display, 'organization', { start: startTok.start, end: (tokens[k] as Token).end, text: name });
}

/** What may stand before a participle that modifies a group head: "the", a possessor, a demonym, an adverb in -ly. */
function participleOpenerAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || /[,;:()"“”—–]/.test(t.post)) return false;
  return /^(?:the|its|their)$/.test(t.lower) || isPossessor(t) || demonymModifierAt(tokens, j) || /^\p{Ll}+ly$/u.test(t.text);
}

/** A demonym modifying the words after it ("Swedish" in "The Swedish pilots' union"), not closing a phrase. */
function demonymModifierAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/[,;:()"“”—–]/.test(t.post) && lookupDemonym(t.text) !== undefined && lookupCountry(t.text) === undefined;
}

/** A lower-case noun or adjective that may modify the noun after it ("flight" in "flight attendants'"). */
function lowerModifier(t: Token): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Verb') && !DETERMINERS.test(t.lower) && !/[,;:()"“”]/.test(t.post);
}

/** Nouns of claiming an answer in apposition names ("..., a charge the party's chairwoman rejected"). */
const ANSWERED_NOUNS = new RegExp(`^(?:${ANSWERED_CLAIM_NOUNS.join('|')})s?$`);

/**
 * Words a capitalised subject may be that name nobody: a question word opening a quote ('"Why now?" asked X'), a
 * quantifier standing for people of a group named before ("One donor said ... Another said", "Others said"; round 16
 * lead, `speaker/quantifier-not-name`), a title alone ("The Chief Minister said": no person "Minister" titled "Chief").
 */
function namesNobody(name: string): boolean {
  return /^(?:why|what|who|whom|whose|how|when|where|which|another|one|others?|some|many|most|both|several|few|all|each|none|either|neither)$/i.test(name)
    || NAME_TITLES_LOWER.has(name.toLowerCase());
}

/** Whether token `k` is the noun of an answer in apposition after a comma (", a figure the ministry disputed"). */
export function answeringNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && ANSWERED_NOUNS.test(t.lower) && /,\s*$/.test(tokens[k - 2]?.post ?? '');
}

/**
 * "Egypt's foreign minister said", "Ardenia's defence minister warned", "the country's prime minister said": a
 * title with its modifiers and a possessor. The person holding that title, when the article names exactly one
 * (a holder of "Foreign Minister" for "foreign minister"); else, with a named possessor, a person described by
 * the phrase as written ("Egypt's foreign minister"), as readers and annotators keep an unnamed official; null
 * when nobody answers; undefined when the words before the title are no such phrase.
 */
function titledSubject(text: string, tokens: readonly Token[], k: number, book: SpeakerBook): Actor | null | undefined {
  let first = k;
  let possessor: Token | undefined;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j] as Token;
    if (isPossessor(t)) {
      possessor = t;
      break;
    }
    if (/[,;:()"“”]/.test(t.post) || !/^\p{L}[\p{L}-]*$/u.test(t.text) || t.tags.has('Verb') || DETERMINERS.test(t.lower) || t.tags.has('Preposition')) break;
    first = j;
  }
  if (!possessor) return undefined;
  // the phrase opens its clause: "Egypt's foreign minister" or "the country's prime minister"
  // "The European Union's foreign policy chief": the possessor's name may run over several capitalised words
  let nameFirst = possessor.index;
  while (nameFirst > 0 && /^\p{Lu}/u.test((tokens[nameFirst - 1] as Token).text) && !/[,;:()"“”]/.test((tokens[nameFirst - 1] as Token).post) && (tokens[nameFirst - 1] as Token).lower !== 'the') nameFirst--;
  const opener = tokens[nameFirst - 1];
  const openerAt = opener?.lower === 'the' ? tokens[nameFirst - 2] : opener;
  // ("..., a charge the party's chairwoman flatly rejected": the subject of an answer in apposition to a claim)
  const answering = openerAt !== undefined && answeringNoun(tokens, openerAt.index);
  if (openerAt && !/[,;:"“”—–]/.test(openerAt.post) && !/^(?:and|but|while|as|that|when)$/i.test(openerAt.lower) && !answering) return undefined;
  const title = tokens.slice(first, k + 1).map((t) => t.lower).join(' ');
  const possessorCountry = countryOf(possessor.text);
  const holders = [...book.actors.values()].filter((a) => a.kind === 'person' && a.titles.some((x) => (x.toLowerCase() === title || x.toLowerCase().endsWith(` ${title}`)) && !otherCountryTitle(x, possessorCountry)));
  if (holders.length === 1) return holders[0] as Actor;
  if (holders.length > 1) return null;
  const possessorWord = possessor.lower.replace(/['’]s?$/, '');
  const named = /^\p{Lu}/u.test(possessor.text) && !NOT_NAMES.test(possessorWord);
  // "the party's chairwoman", "the committee's chairman": a body's officer with nobody named is an unnamed official of
  // that body, as "the party's treasurer" is (a place's officer, "the country's prime minister", is somebody the
  // article should name: no speaker)
  if (!named && opener?.lower === 'the' && /^\p{Ll}+$/u.test(possessorWord) && possessor.tags.has('Noun') && !PLACE_POSSESSORS.has(possessorWord) && !NOT_NAMES.test(possessorWord)) {
    const at = possessor.start;
    const phrase = text.slice(at, (tokens[k] as Token).end);
    return makeSpeaker(book, phrase, 'person', { start: at, end: (tokens[k] as Token).end, text: phrase });
  }
  if (!named) return null;
  const from = (tokens[nameFirst] as Token).start;
  const name = text.slice(from, (tokens[k] as Token).end);
  return makeSpeaker(book, name, 'person', { start: from, end: (tokens[k] as Token).end, text: name });
}

/**
 * A group noun, "of/in/from/on", an optional "the" and up to two lower-case modifiers right before a name ("Critics
 * of the senator", "Farmers in northern Kenya", "Republicans on the House Oversight Committee"); group 1 is the group noun. The modifiers
 * are content words, never a preposition, conjunction or verb form that would start another phrase.
 */
const COMPLEMENT_WORD = String.raw`(?!(?:and|or|but|to|at|near|with|by|for|on|of|in|from|who|which|that|said|says|told)\s)\p{Ll}[\p{Ll}-]+\s+`;
/** ... with one nested complement too ("Fishermen in the port of Gallen", "Residents of villages near the dam"). */
// (round 13: an honorific before the name, "Supporters of Ms Shah", "Friends of Mr Lee")
const GROUP_COMPLEMENT = new RegExp(String.raw`\b(\p{L}+)\s+(?:of|in|from|on)\s+(?:the\s+)?(?:${COMPLEMENT_WORD}){0,2}(?:(?<=\p{Ll}\s)(?:of|in|near)\s+(?:the\s+)?(?:${COMPLEMENT_WORD}){0,2})?(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?$`, 'u');

/** Whether the text before a name ends with a group noun and its complement ("Critics of the senator", "Farmers in northern Kenya"). */
export function complementOfGroup(before: string): boolean {
  const group = GROUP_COMPLEMENT.exec(before)?.[1]?.toLowerCase() ?? '';
  return (group.endsWith('s') && (GROUP_NOUNS.has(group) || EXTRA_GROUP_SPEAKERS.has(group))) || personPlural(group);
}

/**
 * ", with party leaders warning of ...": the group that the noun phrase of an absolute clause names (tokens `from`
 * to `to`, inclusive), made as a speaker when its head is a group noun or a plural of people; null otherwise
 * ("with some warning" names no one).
 */
export function absoluteGroup(text: string, tokens: readonly Token[], from: number, to: number, book: SpeakerBook): Actor | null {
  const head = tokens[to] as Token;
  const isGroup = head.tags.has('Plural') && (GROUP_NOUNS.has(head.lower) || EXTRA_GROUP_SPEAKERS.has(head.lower) || personPlural(head.lower));
  if (!isGroup) return null;
  let first = from;
  while (first < to && /^(?:the|some|many|other)$/.test((tokens[first] as Token).lower)) first++;
  const start = (tokens[first] as Token).start;
  const name = text.slice(start, head.end);
  return makeSpeaker(book, name, 'group', { start, end: head.end, text: name });
}

/** Singular nouns that end like agent nouns but name no person ("a computer", "a letter"). */
/** Kin and close relations that speak as persons of their own ("his uncle said", "Haddad's widow told CNN"). */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'mother', 'father', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'uncle', 'aunt', 'cousin', 'nephew',
  'niece', 'grandmother', 'grandfather', 'widow', 'widower', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'girlfriend',
  'boyfriend', 'stepfather', 'stepmother', 'parents', 'family',
]);

/**
 * Singular nouns of one person that news quotes unnamed and that neither end like agent nouns nor carry compromise's
 * `Actor` tag ("a nurse at the clinic said", "one pilgrim told the agency"). Id: `speaker-words/unnamed-person-nouns`
 * (round 20; occupations, patients and bystanders of disaster, conflict and court reporting).
 */
const UNNAMED_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'nurse', 'medic', 'paramedic', 'midwife', 'surgeon', 'patient', 'victim', 'migrant', 'pilgrim', 'student', 'pupil',
  'guard', 'neighbour', 'neighbor', 'tenant', 'landlord', 'merchant', 'vendor', 'clerk', 'chef', 'nun', 'imam',
  'rabbi', 'vicar', 'bishop', 'veteran', 'conscript', 'recruit', 'cadet', 'colleague', 'classmate', 'relative',
  'friend', 'fan', 'spectator', 'bystander', 'passer-by', 'survivor', 'evacuee', 'hostage', 'detainee', 'inmate',
  // compounds in -man/-woman of trades and forces (titles such as "chairman", "spokesman" speak for a body instead)
  'fisherman', 'boatman', 'policeman', 'policewoman', 'fireman', 'businessman', 'businesswoman', 'tradesman',
  'craftsman', 'herdsman', 'tribesman', 'militiaman', 'serviceman', 'servicewoman', 'cameraman', 'doorman',
]);

const NOT_PERSON_SINGULARS = /^(?:computer|paper|letter|order|number|center|centre|tower|water|border|matter|quarter|power|river|corner|chamber|minister|other|error|sector|factor|motor|mirror|monitor|indicator|operator|regulator|elevator|calendar|meter|poster|container|layer|register|trailer|charter|cluster|barrier)$/;

/**
 * "One longtime fundraiser, who asked not to be named, said": a singular person noun by its agent suffix with a
 * modifier after "one", "a" or "an" is an unnamed source (as a role noun is). A kin noun is one with or without a
 * modifier ('"He never came home," one mother told the court', "A grieving widow said"; id `speaker/unnamed-kin`).
 */
function unnamedAgent(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k] as Token;
  if (!unnamedPersonNoun(head)) return false;
  const opener = tokens[k - 2]?.lower === 'one' || /^(?:a|an)$/.test(tokens[k - 2]?.lower ?? '') ? k - 2 : tokens[k - 3] && /^(?:one|a|an)$/.test((tokens[k - 3] as Token).lower) ? k - 3 : -1;
  return opener >= 0 && (opener === 0 || /[,;:"“”—–]\s*$/.test((tokens[opener - 1] as Token).post));
}

/**
 * A singular noun of one person news may leave unnamed: an agent noun ("developer", "contractor", "fundraiser") or
 * a kin noun ("mother", "widow"). With "one", "a" or "an" before it, it speaks as an unnamed source ('"He never came
 * home," one mother told the court', "A contractor told the jury that ..."; id `speaker/unnamed-kin`).
 */
export function unnamedPersonNoun(head: Token): boolean {
  if (KIN_NOUNS.has(head.lower)) return !/^(?:parents|family)$/.test(head.lower);
  if (UNNAMED_PERSON_NOUNS.has(head.lower)) return true;
  return /^\p{Ll}+(?:er|or|ist|ian)$/u.test(head.text) && !NOT_PERSON_SINGULARS.test(head.lower) && head.tags.has('Singular');
}

/** Plurals that are no people though they end like agent nouns ("numbers from the ministry", "letters from"). */
const NOT_PERSON_PLURALS = /^(?:numbers|orders|papers|letters|figures|centers|centres|towers|waters|borders|matters|headquarters|quarters|members)$/;

/** "fishermen", "traders", "economists", "physicians": a lower-case plural of people by its agent suffix. */
function personPlural(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]+(?:ers|ors|ists|ians|men)$/u.test(word) && !NOT_PERSON_PLURALS.test(word);
}

/**
 * "Democrats in the state legislature praised", "Kurds in northern Syria said": where the text before a name ends
 * with a capitalised plural and its complement, the offset of that plural's first letter, else -1.
 */
export function namedGroupBeforeComplement(before: string, offset: number): number {
  const m = GROUP_COMPLEMENT.exec(before);
  const group = m?.[1] ?? '';
  return m && /^\p{Lu}\p{Ll}+s$/u.test(group) ? offset + m.index + m[0].indexOf(group) : -1;
}

/** The index of a plural group noun followed by "of/in/from" and a short complement ending at `k`, or -1. */
function groupBeforeComplement(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(1, k - 8); j--) {
    const t = tokens[j] as Token;
    // "Residents of the flooded valley": a participle after "the" modifies the complement's noun
    const participle = t.tags.has('Verb') && /ed$/.test(t.lower) && tokens[j - 1]?.lower === 'the';
    // "Officials in Lyon, Nantes and Lille": a list comma between names of a complement ending in "and"
    const listComma = /^,\s*$/.test(t.post) && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && tokens.slice(j + 1, k).some((x) => x.lower === 'and');
    if ((/[,;:()"“”]/.test(t.post) && !listComma) || (t.tags.has('Verb') && !participle)) return -1;
    if (!/^(?:of|in|from|on|near)$/.test(t.lower)) continue;
    const group = (tokens[j - 1] as Token).lower;
    // ("Residents on both sides of the river said", "Families on either side of the border": "on both sides of" is a
    // place of the group before it, not the group; round 20, `speaker/sides-as-place`)
    if (/^sides?$/.test(group) && /^(?:both|either|each|all|opposite)$/.test(tokens[j - 2]?.lower ?? '') && /^(?:on|from)$/.test(tokens[j - 3]?.lower ?? '')) {
      j -= 2;
      continue;
    }
    // ("Police in Kenya said": a collective noun that takes a plural verb is as plural; round 17)
    if (((GROUP_NOUNS.has(group) || EXTRA_GROUP_SPEAKERS.has(group)) && (group.endsWith('s') || PLURAL_COLLECTIVES.has(group))) || personPlural(group) || namedPlural(tokens, j - 1)) return j - 1;
    // "Fishermen in the port of Gallen": a common noun before "of" or "near" heads a complement nested in the group's
    if (!((t.lower === 'of' || t.lower === 'near') && /^\p{Ll}/u.test((tokens[j - 1] as Token).text) && (tokens[j - 1] as Token).tags.has('Noun'))) return -1;
  }
  return -1;
}

/**
 * "A nurse at the hospital said", "a resident of the town told Reuters": one unnamed person with a complement speaks
 * (the speaker made for the person noun and its modifiers after the opener); null when the subject is no such
 * phrase or a named body stands in the complement ("an analyst at Kessler Bank": the body is read as before).
 */
export function unnamedWithComplement(text: string, tokens: readonly Token[], cueFirst: number, book: SpeakerBook, namedBodyIn: (start: number, end: number) => boolean): Actor | null {
  const k = subjectEnd(tokens, cueFirst);
  // ("a cousin of the activist who had accused": a cue inside a relative clause has no such subject)
  if (k <= 0 || !(tokens[k] as Token).tags.has('Noun') || /^(?:who|which|that)$/.test((tokens[k] as Token).lower)) return null;
  const oneOf = unnamedBeforeComplement(tokens, k);
  if (oneOf < 0 || namedBodyIn((tokens[oneOf] as Token).end, (tokens[k] as Token).end)) return null;
  const opener = tokens.findLastIndex((t, i) => i < oneOf && /^(?:a|an|one)$/.test(t.lower));
  const startTok = tokens[opener + 1] as Token;
  const name = text.slice(startTok.start, (tokens[oneOf] as Token).end);
  return makeSpeaker(book, lowerFirst(name), 'person', { start: startTok.start, end: startTok.start + name.length, text: name });
}

/**
 * The index of a singular noun of one unnamed person ("resident", "nurse", "witness") opened by "a", "an" or "one"
 * at the start of the clause and followed by a short complement ending at `k` ("A nurse at the hospital", "one
 * resident of the town", "a driver from the company"), or -1. A complement does not make the place or body the
 * speaker. Id: `speaker/unnamed-person-complement` (round 20).
 */
function unnamedBeforeComplement(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(2, k - 6); j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”]/.test(t.post) || t.tags.has('Verb')) return -1;
    if (!/^(?:of|in|at|from|on|near|inside|outside)$/.test(t.lower)) continue;
    const head = tokens[j - 1] as Token;
    // (spokespersons and representatives speak for the body they name: "a spokesman for the ministry")
    const person = UNNAMED_SOURCE_ROLES.has(head.lower) || isGroupMember(head.lower) || unnamedPersonNoun(head) || (head.tags.has('Actor') && head.tags.has('Singular') && !SPEAKER_ROLES.has(head.lower));
    // ("An official at the transport ministry said", "a source at the state oil company": a role at a body speaks
    // for the body, as before)
    if (!person || /[,;:()"“”]/.test(head.post) || (SPEAKER_ROLES.has(head.lower) && BODY_HEADS.has((tokens[k] as Token).lower))) return -1;
    return unnamedAgent(tokens, j - 1) || /^(?:a|an|one)$/.test(tokens[j - 2]?.lower ?? '') && openerStartsClause(tokens, j - 2) ? j - 1 : -1;
  }
  return -1;
}

/** Whether the token at `i` opens its clause (the sentence's first word, or after a comma, colon or quote mark). */
function openerStartsClause(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[,;:"“”—–]\s*$/.test((tokens[i - 1] as Token).post);
}

/** Collective nouns of people that take a plural verb ("Police in Kenya say", "Staff at the plant were"). */
const PLURAL_COLLECTIVES: ReadonlySet<string> = new Set(['police', 'personnel', 'staff', 'clergy']);

/**
 * "Kurds", "Palestinians", "Democrats" are people; "Shares", "Prices" and "Sales" opening a sentence are not: a
 * capitalised plural names people when it is no common English word, a demonym or a party's members.
 */
export function peoplePlural(word: string): boolean {
  const lower = word.toLowerCase();
  // ("Forecasters said", "Seismologists said": the plural of an English agent noun the word list holds only in the
  // singular is no people's name; round 14)
  return (!isEnglishWord(lower) && !agentsOfEnglishStem(lower)) || PARTY_MEMBER_NOUNS.has(lower.replace(/s$/, '')) || lookupDemonym(word) !== undefined;
}

/** Agent-noun endings of a plural and the endings their stem may have lost: "forecast-ers", "regulat(e)-ors", "seismolog(y)-ists". */
const AGENT_STEMS: readonly [RegExp, readonly string[]][] = [
  [/ers$/, ['', 'e']],
  [/ors$/, ['', 'e']],
  [/ists$/, ['', 'y', 'e']],
  [/ians$/, ['', 'y', 'e']],
];

/**
 * Whether a plural is an agent noun made from an English word ("forecasters", "regulators", "seismologists"), for
 * words the English word list holds in no form of their own. Id: `speaker/agents-of-english-stems` (round 14).
 */
function agentsOfEnglishStem(lower: string): boolean {
  // (a learned science's practitioners: "volcanologists", "climatologists", "oceanographers", "agronomists")
  if (/(?:olog|onom)ists$|ographers$/.test(lower)) return true;
  for (const [ending, restores] of AGENT_STEMS) {
    if (!ending.test(lower)) continue;
    const stem = lower.replace(ending, '');
    // ("shoppers": a consonant doubled before the ending)
    const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    if (stem.length >= 4 && restores.some((r) => isEnglishWord(stem + r) || isEnglishWord(undoubled + r))) return true;
  }
  return false;
}

/** "Democrats" opening "Democrats in the state legislature said": a capitalised plural that opens its clause. */
function namedPlural(tokens: readonly Token[], g: number): boolean {
  const t = tokens[g] as Token;
  const before = tokens[g - 1];
  if (GROUP_NOUNS.has(t.lower) || EXTRA_GROUP_SPEAKERS.has(t.lower) || personPlural(t.lower)) return false;
  // ("Shares of Kessler Bank fell after": capitalised only as the sentence's first word)
  if (g === 0 && !peoplePlural(t.text)) return false;
  return /^\p{Lu}\p{Ll}+s$/u.test(t.text) && (!before || /[,;:"“”—–]\s*$/.test(before.post) || (/^(?:but|and|while)$/.test(before.lower) && /,\s*$/.test(tokens[g - 2]?.post ?? '')));
}

/** A run of capitalised words ending at `k` ("Acme Computer", "al-Rimah in the Western Hills"), found or made. */
/**
 * A subject phrase as a name: without a leading "the" (its start moved past it), a possessive "'s", and the acronym
 * in brackets after the name ("The Indonesian Democratic Party of Struggle (PDI-P), Widodo's party, said": its short
 * form, no part of it; round 12).
 */
function subjectName(phrase: string, at: number): { name: string; start: number } {
  const bare = phrase.replace(/^the\s+/i, '');
  return { name: bare.replace(/['’]s$/, '').replace(/\s*\([^()]*$/u, ''), start: at + phrase.length - bare.length };
}


/**
 * "Elections planned for December were postponed", "Reforms promised by the president": a plural of a common word
 * capitalised only because it opens the sentence names no body (`peoplePlural` keeps "Kurds", "Democrats"); a noun of
 * agents is a group, as it is in lower case ("Retailers reported", "Exporters said"), and so is a plural right before
 * a verb of saying that is no participle of a phrase ("Nurses said the ward was full", "Monks told reporters").
 */
function openingCommonPlural(tokens: readonly Token[], book: SpeakerBook): Actor | null {
  const head = tokens[0] as Token;
  const cue = tokens[1];
  const saying = cue !== undefined && reportingLemma(cue.lower) !== undefined && !/^(?:by|for|in|on|at|to)$/.test(tokens[2]?.lower ?? '');
  return AGENT_NOUN_PLURAL.test(head.lower) || saying ? makeSpeaker(book, head.lower, 'group', { start: head.start, end: head.end, text: head.text }) : null;
}

/**
 * The index of at most two lower-case adjectives right before a named plural `first` (a party's or a people's), else
 * `first`: "Several conservative Republicans said", "the moderate Democrats said" open with the quantifier or
 * determiner before the adjectives. Id: `speaker/adjective-before-named-plural` (round 20).
 */
function adjectivesBefore(tokens: readonly Token[], first: number, head: Token): number {
  if (!/\p{Ll}s$/u.test(head.text) || !peoplePlural(head.text)) return first;
  let lead = first;
  while (lead > 0 && first - lead < 2) {
    const t = tokens[lead - 1] as Token;
    // ("Many exiled Venezuelans": a participle used as an adjective too)
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || !(t.tags.has('Adjective') || /ed$/.test(t.lower)) || /[,;:()"“”]/.test(t.post)) break;
    lead--;
  }
  return lead;
}

function namedSubject(text: string, tokens: readonly Token[], k: number, book: SpeakerBook): Actor | null {
  const head = tokens[k] as Token;
  let first = k;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”]/.test(t.post) || !/^\p{Lu}/u.test(t.text) || NOT_NAMES.test(t.lower) || QUANTIFIERS.test(t.lower)) break;
    first = j;
  }
  // "al-Rimah in the Western Hills", "Bank of Ardenia": a name joined by of/in/for to the name before it
  for (;;) {
    let j = first - 1;
    if (tokens[j]?.lower === 'the') j--;
    const prep = tokens[j];
    if (!prep || !/^(?:of|in|for|on)$/.test(prep.lower)) break;
    let k2 = j - 1;
    let joined = -1;
    while (k2 >= 0 && NAME_WORD.test((tokens[k2] as Token).text) && !NOT_NAMES.test((tokens[k2] as Token).lower) && !/[,;:()"“”]/.test((tokens[k2] as Token).post)) joined = k2--;
    if (joined < 0) break;
    first = joined;
  }
  // only a subject at the start of its clause: "... the deal, Norvik said" but not "the Norvik plan said";
  // "..., but several Republicans said": a quantifier may open the phrase
  const lead = adjectivesBefore(tokens, first, head);
  const quantified = lead > 0 && QUANTIFIERS.test((tokens[lead - 1] as Token).lower) && !/[,;:()"“”]/.test((tokens[lead - 1] as Token).post);
  const before = tokens[quantified ? lead - 2 : lead - 1];
  // ("..., a charge Democrats denied": a named plural answering a claim in apposition; round 15)
  if (before && !/[,;:"“”—–]/.test(before.post) && !/^(?:the|and|but|while|as|that|when)$/i.test(before.lower) && !answeringNoun(tokens, before.index)) return null;
  if (first === k && k === 0 && /^\p{Lu}\p{Ll}+s$/u.test(head.text) && !peoplePlural(head.text)) return openingCommonPlural(tokens, book);
  const { name, start } = subjectName(text.slice((tokens[first] as Token).start, head.end), (tokens[first] as Token).start);
  // ("the PACs said": an acronym of a kind of body names none; round 12)
  if (name.length < 2 || name.split(/\s+/).length > 6 || NON_ACTOR_ACRONYMS.has(name.toUpperCase())) return null;
  // "The Institute for Energy and Water Policy in Nairobi said": a phrase that opens inside a body's name is that body
  const inside = bodyAround(book, start);
  if (inside) return inside;
  if (namesNobody(name)) return null;
  const words = name.split(/\s+/);
  // a name headed by an event's word ("the World Water Forum said") speaks through its organisers, never as a person
  const eventName = EVENT_HEAD_WORDS.has((words[words.length - 1] ?? '').toLowerCase());
  const person = !eventName && (tokens.slice(first, k + 1).some((t) => t.tags.has('Person') || t.tags.has('FirstName'))
    || (words.length >= 2 && words.length <= 3 && !words.some((w) => ORGANIZATION_WORDS.test(w)) && !/\b(?:of|in|for|on|the)\b/i.test(name)
      // ("Islamic Jihad said", "Popular Front said": a name opening with an adjective is a body's; round 16 lead)
      && !(tokens[first] as Token).tags.has('Adjective')));
  // ("The Israelis said", "the Soviets said", "Palestinians said": a demonym's plural names the people, a group, no
  // body (a community's name, "Kurds said", stays a name: test/lead14-claims.test.ts); id `speaker/demonym-plural-group`, round 17)
  if (!person && words.length === 1 && /\p{Ll}s$/u.test(name) && lookupDemonym(name) !== undefined && lookupCountry(name) === undefined) return makeSpeaker(book, name, 'group', { start, end: start + name.length, text: name });
  // ("The Philippines said": a state the entity stage missed speaks as its government; round 17)
  if (!person && words.length <= 3 && lookupCountry(name) !== undefined) return makeSpeaker(book, name, 'government', { start, end: start + name.length, text: name });
  if (!person) return makeSpeaker(book, name, 'organization', { start, end: start + name.length, text: name });
  // "Commodore Jun Dalisay, a spokesman ..., said": a title opening a person's name is the person's title
  const title = openingTitle(name);
  // "Ana Ruiz KC said": an honour or office written after the name is no part of it
  const untitled = title ? name.slice(title.length).trimStart() : name;
  const held = untitled.replace(/\s+(\p{Lu}{2,3})$/u, (all, letters: string) => (POST_NOMINALS.has(letters) ? '' : all));
  const heldStart = start + name.length - untitled.length;
  const actor = makeSpeaker(book, held, 'person', { start: heldStart, end: heldStart + held.length, text: held });
  if (title && !actor.titles.includes(title)) actor.titles.push(title);
  return actor;
}

/** Titles by their number of words, longest first, for `openingTitle`. */
const TITLES_LONGEST_FIRST: readonly string[] = [...NAME_TITLES].sort((a, b) => b.split(' ').length - a.split(' ').length);

/**
 * The body whose name `start` lies inside ("Water Policy in Nairobi" inside "The Institute for Energy and Water Policy
 * in Nairobi said"; "International Studies in Jakarta" after "Analysts at the Centre for Strategic and"): a phrase
 * opening there is the tail of that name, so the body speaks, as "Analysts at Nomura said" is Nomura's claim.
 * Undefined when no organisation's mention holds `start`. Id: `speaker/tail-of-a-body-name` (round 12).
 */
function bodyAround(book: SpeakerBook, start: number): Actor | undefined {
  return [...book.actors.values()].find((a) => a.kind === 'organization' && a.mentions.some((m) => m.start < start && start < m.end));
}

/** The title of NAME_TITLES that opens `name` and leaves at least one capitalised word after it, if any. */
function openingTitle(name: string): string | undefined {
  return TITLES_LONGEST_FIRST.find((t) => name.startsWith(`${t} `) && /^\p{Lu}/u.test(name.slice(t.length + 1)));
}

/**
 * "A Department of Health spokesman said", "A Ministry of Defence spokeswoman said": a spokesperson right after a
 * body's name that holds "of", "for" or "on" (the modifier walk stops at the preposition; "A Department for Education spokesman") speaks for the body, as "a spokesman for
 * the Department of Health" does. Id: `speaker/spokesperson-of-named-body` (round 13).
 */
function spokespersonOfBody(tokens: readonly Token[], k: number, book: SpeakerBook): Actor | undefined {
  const before = tokens[k - 1];
  if (!/^spokes(?:man|woman|person)$/.test((tokens[k] as Token).lower) || !before || !/^\p{Lu}/u.test(before.text) || /[,;:()"“”]/.test(before.post)) return undefined;
  // ("Toyota recalled 1,000 cars. A Toyota spokesman said": a body named before in the article, whatever its name;
  // round 17, `speaker/spokesperson-of-named-body`)
  const namedBefore = (a: Actor, at: number): boolean => a.mentions.some((m) => m.end < at);
  const body = [...book.actors.values()].find((a) => (a.kind === 'organization' || a.kind === 'government') && a.mentions.some((m) => m.end === before.end && (/\s(?:of|for|on|and)\s/.test(m.text) || namedBefore(a, m.start))));
  if (!body) return undefined;
  const mention = body.mentions.find((m) => m.end === before.end) as { start: number };
  const first = tokens.findIndex((t) => t.start === mention.start);
  return first >= 1 && /^(?:a|an|the|one)$/.test((tokens[first - 1] as Token).lower) ? body : undefined;
}

/** A group or role noun ending at `k` with its modifiers ("Some customers", "U.S. officials", "a government spokesperson"). */
/**
 * Nouns by which a writer names an act or outcome in apposition to a clause (", a move ...", ", a victory ...").
 * Source: `content/act-apposition` in claims.ts and the outcome nouns of election and business reports.
 */
const APPOSED_ACT_NOUNS = /^(?:move|step|decision|victory|win|defeat|loss|setback|blow|deal|change|shift|reversal|concession|gain|cut|rise|fall|drop|increase)$/;

/** Whether token `j` is such a noun after "a"/"an" and a comma (", a move officials said ..."). */
export function apposedActNounAt(tokens: readonly Token[], j: number): boolean {
  return APPOSED_ACT_NOUNS.test(tokens[j]?.lower ?? '') && /^(?:a|an)$/.test(tokens[j - 1]?.lower ?? '') && /,\s*$/.test(tokens[j - 2]?.post ?? '');
}

function groupSubject(text: string, tokens: readonly Token[], k: number, isRole: boolean, book: SpeakerBook, phraseEnd?: Token): Actor | null {
  const head = tokens[k] as Token;
  const headWord = head.lower;
  const spokenFor = spokespersonOfBody(tokens, k, book);
  if (spokenFor) return spokenFor;
  let first = k;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j] as Token;
    // "civil rights groups": a plural the tagger reads as a verb, right before the head, modifies it
    // ("State media": a capitalised verb form opening the sentence right before the head modifies it too)
    const pluralModifier = j === k - 1 && t.tags.has('Verb') && (/[^s]s$/.test(t.lower) || (j === 0 && /^\p{Lu}/u.test(t.text))) && !t.tags.has('Auxiliary');
    // ("The Kenyan armed forces denied", "the newly elected councillors said": a participle between a determiner,
    // possessor or demonym and the head is an adjective the tagger read as a past verb; round 19,
    // `speaker/participle-before-group`)
    const participleModifier = (j === k - 1 && /^\p{Ll}+ed$/u.test(t.text) && !/[,;:()"“”—–]/.test(t.post) && participleOpenerAt(tokens, j - 1))
      // (the adverb of that participle: "newly" in "the newly elected senators")
      || (j === k - 2 && first === k - 1 && /^\p{Ll}+ly$/u.test(t.text) && /ed$/.test((tokens[k - 1] as Token).lower));
    // ("But campaigners said": a conjunction opening the sentence is no modifier; round 13)
    // ("..., a claim critics called false", "a charge election officials rejected": the answered noun heads the
    // apposition, the plural after it is the answer's subject; round 14, `speaker/answer-after-claim-noun`)
    const answered = (ANSWERED_CLAIM_NOUNS.includes(t.lower) && /^(?:a|an|the|that|this)$/.test(tokens[j - 1]?.lower ?? ''))
      // ("..., a move officials said was temporary", "..., a decision analysts said would save $50 million": the writer's
      // noun for the act opens a relative clause with no "that"; round 18, `speaker/act-noun-before-relative`)
      || apposedActNounAt(tokens, j);
    // ("The UN-backed government said", "The AU-led force said": a word glued by a hyphen to the participle before
    // the head makes one modifier with it, which governs nothing; id `speaker/hyphened-participle-modifier`, round 16
    // second wave)
    if (tokens[j - 1]?.post === '-' && /^\p{Ll}+ed$/u.test(t.text) && j - 1 >= 0) {
      first = j - 1;
      j--;
      continue;
    }
    if (answered || /[,;:()"“”]/.test(t.post) || DETERMINERS.test(t.lower) || (t.tags.has('Verb') && !pluralModifier && !participleModifier) || t.tags.has('Preposition') || SUBORDINATORS.test(t.lower) || /^(?:but|and|or|yet|so|nor)$/.test(t.lower)) break;
    if (!(t.tags.has('Adjective') || t.tags.has('Noun') || pluralModifier || participleModifier || /^\p{Lu}/u.test(t.text))) break;
    first = j;
  }
  let opener = first - 1;
  if (tokens[opener]?.lower === 'the') opener--;
  const before = tokens[first - 1];
  // "when the roof fell in, emergency services said": a preposition or verb that a comma closes governs nothing after it
  const governs = before !== undefined && !/[,;:()"“”—–]/.test(before.post);
  // ("two days after officials said ...": a subordinator opens a clause whose subject the phrase is)
  if (before && governs && (before.tags.has('Preposition') || before.tags.has('Verb')) && !DETERMINERS.test(before.lower) && !SUBORDINATORS.test(before.lower) && !speaksFor(tokens, opener)) return null;
  const startTok = tokens[first] as Token;
  const end = phraseEnd ?? head;
  const name = text.slice(startTok.start, end.end);
  const inside = bodyAround(book, startTok.start);
  if (inside) return inside;
  if (isRole && first === k) {
    // "the company's spokesman said", "a spokesman said": the organisation last named speaks through them
    return null;
  }
  // ("Residents of the valley" opening a sentence is written lower case; "Palestinians in Gaza" keeps its capital)
  const display = first === k && !peoplePlural(startTok.text) ? lowerFirst(name) : name;
  return makeSpeaker(book, display, isRole && !headWord.endsWith('s') ? 'person' : 'group', { start: startTok.start, end: end.end, text: name });
}

/**
 * The known actor a sentence opens with ("Lee was asked if ..."), found by name even where the entity stage
 * left the mention out; used only to keep track of who the next "he" or "she" is.
 */
export function sentenceOpener(text: string, sentence: TaggedSentence, book: SpeakerBook): Actor | null {
  const { tokens } = sentence;
  let last = -1;
  for (let j = 0; j < Math.min(tokens.length, 5); j++) {
    const t = tokens[j] as Token;
    if (!/^\p{Lu}/u.test(t.text) || NOT_NAMES.test(t.lower)) break;
    last = j;
    if (/[,;:()"“”]/.test(t.post)) break;
  }
  if (last < 0) return null;
  // "Senator Ruth Dale" is known as "Ruth Dale": drop leading titles until a known name remains
  for (let j = 0; j <= last; j++) {
    const found = findByName(book, text.slice((tokens[j] as Token).start, (tokens[last] as Token).end));
    if (found) return found;
  }
  return null;
}

/** Words that open a modifier after a group noun: "aides familiar with the talks", "people close to the minister". */
const POSTMODIFIER = /^(?:familiar|close|loyal|allied|aligned|with|who|briefed|involved|knowledgeable|aware|in|at|from|inside|within|near|speaking|present|on)$/;

/**
 * "according to two aides familiar with the talks", "according to officials in Port Elan": a group noun within the
 * first words of the source phrase `first`..`last`, followed by its modifier, is the source (the phrase's last
 * word is not); "a person familiar with the matter" is a source named by the whole phrase.
 */
function modifiedSource(text: string, tokens: readonly Token[], first: number, last: number, book: SpeakerBook): Actor | null {
  for (let k = first; k < Math.min(last, first + 4); k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (/^(?:person|source)$/.test(t.lower) && POSTMODIFIER.test(next.lower) && last - k <= 10) {
      // "a person familiar with the matter": the head alone names nobody; the phrase is the name
      const phrase = text.slice(t.start, (tokens[last] as Token).end).replace(/[.!?"”’']+$/, '');
      return makeSpeaker(book, phrase, 'person', { start: t.start, end: t.start + phrase.length, text: phrase });
    }
    // "a diplomat familiar with the talks", "a senior official in Kyiv": a singular role with its modifier is one person
    const singular = UNNAMED_SOURCE_ROLES.has(t.lower);
    if (!(GROUP_NOUNS.has(t.lower) || EXTRA_GROUP_SPEAKERS.has(t.lower) || singular) || !POSTMODIFIER.test(next.lower)) continue;
    if (last - k > 10) return null;
    let from = first;
    while (from < k && DETERMINERS.test((tokens[from] as Token).lower)) from++;
    if (tokens.slice(from, k).some((x) => x.tags.has('Verb') || x.tags.has('Preposition'))) return null;
    const startTok = tokens[from] as Token;
    const name = text.slice(startTok.start, t.end);
    return makeSpeaker(book, from === k ? name.toLowerCase() : name, singular ? 'person' : 'group', { start: startTok.start, end: t.end, text: name });
  }
  return null;
}

/** Legal papers that are a source of their own after "according to" ("according to court papers"). */
const LEGAL_PAPERS: ReadonlySet<string> = new Set([...LEGAL_DOCUMENTS, 'papers'].filter((w) => !/^(?:bill|legislation|ruling|resolution|charges)$/.test(w)));

/**
 * "according to a court filing made public on Monday", "according to court papers": a legal paper, with lower-case
 * modifiers and anything after it, speaks as itself, as "The indictment alleges" does (the author, when one is
 * named after it, was taken before this). Null when the phrase holds no such paper within its first words.
 */
function legalPaperSource(text: string, tokens: readonly Token[], first: number, last: number, book: SpeakerBook): Actor | null {
  let from = first;
  while (from < last && DETERMINERS.test((tokens[from] as Token).lower)) from++;
  for (let k = from; k <= Math.min(last, from + 2); k++) {
    const t = tokens[k] as Token;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return null;
    if (!LEGAL_PAPERS.has(t.lower)) continue;
    const startTok = tokens[from] as Token;
    const name = text.slice(startTok.start, t.end);
    return makeSpeaker(book, name, 'organization', { start: startTok.start, end: t.end, text: name });
  }
  return null;
}

/** How many words the source phrase of "according to" may have before its comma. */
const ACCORDING_PHRASE_WORDS = 6;

/**
 * The source named after "according to" when the entity stage found no actor there, found or made: a name
 * ("according to The Monitor" -> organisation, "according to Dana Pike" -> person) or a group noun with its
 * modifiers ("according to the police", "according to local officials" -> group). The phrase must end at a
 * comma or the sentence's end within a few words; "according to plan" and "according to the report" name
 * nobody and give null.
 *
 * @example
 * // "According to the police, the cars had been parked nearby." gives a group actor "police"
 */
/** Singular group nouns of GROUP_NOUNS that name a body speaking as one ("the army", "the government"), unlike "youth". */
const SPEAKING_COLLECTIVES: ReadonlySet<string> = new Set(['army', 'military', 'militia', 'opposition', 'government']);

/**
 * The group a share is taken from, "the people" of "two of the people", "those sources" of "one of those sources": a
 * plural noun closing the phrase names the sources told of before, so it speaks as a group.
 */
function sharedGroup(text: string, tokens: readonly Token[], head: number, last: number, book: SpeakerBook): Actor | null {
  const t = tokens[head] as Token;
  if (head !== last || !/^\p{Ll}+$/u.test(t.text) || !(t.tags.has('Plural') || t.lower === 'people')) return null;
  return makeSpeaker(book, t.lower, 'group', { start: t.start, end: t.end, text: t.text });
}

export function accordingSpeaker(text: string, sentence: TaggedSentence, first: number, book: SpeakerBook): Actor | null {
  const { tokens } = sentence;
  let last = first;
  while (last < tokens.length - 1 && !/[,;:]/.test((tokens[last] as Token).post)) last++;
  const modified = modifiedSource(text, tokens, first, last, book);
  if (modified) return modified;
  const paper = legalPaperSource(text, tokens, first, last, book);
  if (paper) return paper;
  if (last - first >= ACCORDING_PHRASE_WORDS) return null;
  let from = first;
  while (from < last && DETERMINERS.test((tokens[from] as Token).lower)) from++;
  // ("according to two of the people", "according to one of the officials": a share of a group speaks as the group
  // does when it is the subject, "Two of the people said"; round 22, `speaker/according-to-share`)
  if (from > first && from < last && tokens[from]?.lower === 'of' && /^(?:the|these|those)$/.test(tokens[from + 1]?.lower ?? '')) return accordingSpeaker(text, sentence, from + 1, book) ?? sharedGroup(text, tokens, from + 2, last, book);
  const head = tokens[last] as Token;
  const words = tokens.slice(from, last + 1);
  const startTok = tokens[from] as Token;
  const headWord = head.lower.replace(/[.]$/, '');
  // "according to media reports": the reporting noun is a cue of its own, read by the cue finder
  if (reportingLemma(headWord) !== undefined || /^(?:reports?|statements?)$/.test(headWord)) return null;
  // "according to one witness", "according to a senior diplomat": an unnamed source of its own
  if (UNNAMED_SOURCE_ROLES.has(headWord) && words.length <= 3) {
    const name = text.slice(startTok.start, head.end);
    return makeSpeaker(book, from === last ? name.toLowerCase() : name, 'person', { start: startTok.start, end: head.end, text: name });
  }
  // "according to the Korvian fisheries association", "according to the state news agency": a body with its modifiers
  // ("according to the national ombudsman's office": an office's lower-case owner is a modifier too)
  const ownerRole = (t: Token) => /^\p{Ll}[\p{Ll}-]*['’]s$/u.test(t.text);
  if (BODY_HEADS.has(headWord) && last > from && words.slice(0, -1).every((t) => (t.tags.has('Adjective') || t.tags.has('Noun') || /^\p{Lu}/u.test(t.text)) && !t.tags.has('Preposition') && (!t.tags.has('Possessive') || ownerRole(t)))) {
    const name = text.slice(startTok.start, head.end);
    // ("the Kremlin-backed health ministry": a name glued to a participle keeps its capital)
    const proper = /^\p{Lu}/u.test(startTok.text) && (startTok.tags.has('ProperNoun') || startTok.post === '-');
    return knownActor(book, name) ?? makeSpeaker(book, proper ? name : lowerFirst(name), 'organization', { start: startTok.start, end: head.end, text: name });
  }
  // "according to the regional governor", "according to the provincial police chief": a role no one named before holds
  // (a holder named before was taken by the speaker reader already) speaks as the unnamed person it names, as "The
  // regional governor said" does. Id: `speaker/according-to-role` (round 14).
  if (from > first && ROLE_NOUNS.has(headWord) && words.length <= 4 && words.every((t) => /^\p{Ll}/u.test(t.text) && !t.tags.has('Preposition') && !t.tags.has('Verb'))) {
    const name = text.slice(startTok.start, head.end);
    return makeSpeaker(book, name, 'person', { start: startTok.start, end: head.end, text: name });
  }
  if ((GROUP_NOUNS.has(headWord) || EXTRA_GROUP_SPEAKERS.has(headWord))) {
    // ("according to local media", "according to state media": plurals without -s speak as groups too; id
    // `speaker/according-to-media`)
    // ("according to the army", "according to the government": a singular collective speaks as it does as a subject,
    // "The army said"; id `speaker/according-to-collective`, round 15)
    if (!headWord.endsWith('s') && headWord !== 'police' && headWord !== 'media') return SPEAKING_COLLECTIVES.has(headWord) && words.length <= 3 ? groupSubject(text, tokens, last, false, book) : null;
    const name = text.slice(startTok.start, head.end);
    return makeSpeaker(book, from === last ? name.toLowerCase() : name, 'group', { start: startTok.start, end: head.end, text: name });
  }
  if (!words.every((t) => /^\p{Lu}/u.test(t.text) && !NOT_NAMES.test(t.lower) || /^(?:of|for|in|on|the|and)$/.test(t.lower))) return null;
  if (!/^\p{Lu}/u.test(startTok.text) || !/^\p{Lu}/u.test(head.text) || head.tags.has('Date') || head.tags.has('Pronoun')) return null;
  // a name the entity stage did not find is not made here: a new actor from this phrase cost actors precision
  // on the check half (see NOTES, issue 13), so only a name the article already knows is taken
  return knownActor(book, text.slice(startTok.start, head.end).replace(/['’]s$/, '')) ?? null;
}
