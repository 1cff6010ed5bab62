import { ARMED_GROUP_OPENERS, ARMED_GROUP_OPENERS_BEFORE_ARTICLE, ARMED_MEMBER_NOUNS, FOREIGN_BODY_OPENERS, ORG_HEAD_WORDS, PARTIES_BY_NAME } from '../nlp/lexicon/organizations.js';
import { KOREAN_FAMILY_NAMES, KOREAN_SYLLABLE } from '../nlp/lexicon/name-cues.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { capitalInitials, knownPlaceName } from './name-repairs.js';
import { replaceWithin } from './name-kind-repairs.js';
import { doctrineModifier } from './name-demonyms.js';
import type { NameMention, ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals from a cue word written next to the name: an honorific before a surname, a kind
 * of group before a body's name, the fighters of an armed group after it, the Arabic word that opens an armed or
 * political group's name, an institution's head word opening a sentence. Like ./name-kind-repairs.ts, each works in
 * place on one sentence's proposals and was found on invented reports (NOTES.md, issue 12, round 13).
 */

/** The repairs of this module, in order, for one sentence's proposals (called after ./name-kind-repairs.ts). */
export function nameCueRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  // ("a Trotskyist party": an adjective of a doctrine before a noun names nobody, ./name-demonyms.ts)
  for (let k = proposals.length - 1; k >= 0; k--) if (doctrineModifier(text, proposals[k] as ProposedName)) proposals.splice(k, 1);
  personsAfterHonorifics(text, proposals);
  bodiesAfterGroupNouns(text, proposals, ruleNames, givenNames);
  bodiesBeforeArmedMembers(text, proposals, ruleNames, givenNames);
  armedGroupsByOpener(text, proposals);
  institutionsOpeningSentences(text, sentence, proposals, ruleNames);
  aliasesOfPersons(text, proposals);
  companiesAfterRivalNouns(text, proposals, givenNames);
  nicknamesInsideNames(text, proposals);
  partiesByName(text, proposals, ruleNames);
  koreanHyphenatedNames(text, sentence, proposals);
  bodiesRunOnToAcronyms(text, proposals, ruleNames);
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * British honorifics written without a full stop ("Mr Staley", "Ms Harman", "Mrs Leadsom"), and the Thai and
 * Malaysian ones of NAME_TITLES ("Khun Uttama Savanayana", "Datuk Seri Najib"), then a capitalised name.
 */
const HONORIFIC_OPENING = /^(?:Mr|Mrs|Ms|Miss|Mx|Khun|Tun|Tan Sri|Puan Sri|Datuk(?: Seri)?|Dato['’]?(?: Sri)?|Datin)\.?\s+(?=\p{Lu})/u;

/**
 * "full confidence in Mr Staley", "a letter to Mrs Leadsom": a proposal that opens with an honorific is the person the
 * honorific names (British papers write it without a full stop, and the tagger, reading "in" before it, took the
 * whole for a place); the honorific is a title, not part of the name.
 */
function personsAfterHonorifics(text: string, proposals: ProposedName[]): void {
  // ("Dato' Sri Anwar Musa": the tagger may propose the honorific alone, before the name)
  for (let k = proposals.length - 1; k >= 0; k--) if (HONORIFIC_OPENING.test(`${text.slice((proposals[k] as ProposedName).start, (proposals[k] as ProposedName).end)} X`) && /^['’]?\s+(?:Sri\s+)?\p{Lu}/u.test(text.slice((proposals[k] as ProposedName).end))) proposals.splice(k, 1);
  for (const p of proposals) {
    const m = HONORIFIC_OPENING.exec(text.slice(p.start, p.end));
    if (!m) continue;
    p.start += m[0].length;
    p.type = 'PER';
  }
}

/**
 * Kinds of body written right before a body's name: "the human rights group Foro Penal", "the advocacy group
 * Equality Carolina", "the charity Oxfam", "the watchdog Transparency Alarcia". The noun is lower case and nothing
 * stands between it and the name. Source: English nouns of non-governmental and armed bodies in news copy; id
 * `names.group-nouns-before` (NOTES.md, issue 12, round 13).
 */
const GROUP_NOUN_BEFORE = /\b(?:group|organi[sz]ation|charity|watchdog|movement|coalition|alliance|militia|NGO|faction|association|federation|union)\s+$/u;

/** A verb after the name that makes it the subject of a relative clause ("the coalition Merkel leads"). */
const RELATIVE_VERB_AFTER = /^\s+(?:leads|led|heads|headed|founded|formed|joined|created|chairs|chaired|backs|backed|runs|ran|built|started|left)\b/u;

/**
 * "the human rights group Foro Penal said", "the advocacy group Equality Carolina filed": a name right after a kind of
 * body is that body, whatever person or place the tagger read; a name the tagger left out is taken from the rule
 * layer. A name opening with a given name stays a person ("the movement Greta Lind started"), and so does the subject
 * of a relative clause ("the coalition Varga leads").
 */
function bodiesAfterGroupNouns(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  const names = [...proposals, ...ruleNames.filter((r) => !proposals.some((p) => p.start < r.end && r.start < p.end)).map((r) => ({ start: r.start, end: r.end, type: 'ORG' as const }))];
  for (const n of names) {
    if (n.type === 'ORG' && proposals.includes(n)) continue;
    const name = text.slice(n.start, n.end);
    if (!/^\p{Lu}/u.test(name) || !GROUP_NOUN_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start)) || RELATIVE_VERB_AFTER.test(text.slice(n.end, n.end + 12))) continue;
    if (lookupCountry(name) || givenNames.has((/^\p{L}+/u.exec(name)?.[0] ?? '').toLowerCase())) continue;
    if (proposals.includes(n)) n.type = 'ORG';
    else proposals.push({ start: n.start, end: n.end, type: 'ORG' });
  }
}

/**
 * "Boko Haram fighters raided the village", "Islamic State militants attacked": a name before a noun of an armed
 * group's members is that group; a country, a demonym or a place the gazetteer knows is not ("Syrian rebels",
 * "Kurdistan fighters" name no body).
 */
function bodiesBeforeArmedMembers(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  const names = [...proposals, ...ruleNames.filter((r) => !proposals.some((p) => p.start < r.end && r.start < p.end))];
  for (const n of names) {
    const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(n.end, n.end + 20))?.[1];
    const name = text.slice(n.start, n.end);
    if (next === undefined || !ARMED_MEMBER_NOUNS.has(next) || !/^\p{Lu}/u.test(name) || lookupCountry(name) || lookupDemonym(name) || doctrineModifier(text, n)) continue;
    const own = proposals.find((p) => p.start === n.start && p.end === n.end);
    if (own) own.type = 'ORG';
    // (a one-word surname of the rule layer's lists that is no given name is the group's name too: "Wagner
    // mercenaries", "Wagner fighters"; round 19)
    else if ((n as NameMention).cls !== 'person' || (!/\s/.test(name) && !givenNames.has(name.toLowerCase()))) replaceWithin(proposals, { start: n.start, end: n.end, type: 'ORG' });
  }
}

/**
 * "Mohammed Alloush of Jaish al-Islam", "Kataib Hezbollah fired rockets", "Harakat Nour al-Din al-Zenki denied": a
 * name opened by the Arabic word for an army, brigades, a front, a movement (ARMED_GROUP_OPENERS) is a body, not the
 * person the tagger read in its Arabic words. Openers that are also given names ("Ansar") need an article-prefixed
 * word after them ("Ansar al-Sharia").
 */
function armedGroupsByOpener(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const words = text.slice(p.start, p.end).split(/\s+/);
    if (p.type === 'ORG' || words.length < 2) continue;
    const opener = (words[0] as string).replace(/['’]/g, '');
    const article = words.slice(1).some((w) => /^(?:al|el|ul|ut|ad|ash|as|an|ar)-/iu.test(w) || /^(?:Al|Allah|Hezbollah|Hizbullah|Hizbollah)$/u.test(w));
    if (ARMED_GROUP_OPENERS.has(opener) || (ARMED_GROUP_OPENERS_BEFORE_ARTICLE.has(opener) && article)) p.type = 'ORG';
  }
}

/**
 * "Bank of America analysts said", "Bank of Japan officials said", "Bank of England Governor X said": a sentence that
 * opens with an institution's head word and "of" names the institution, though the tagger and the rule layer cut the
 * capitalised head word off as the sentence's first word (and left the place after "of" alone).
 */
function institutionsOpeningSentences(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  const m = /^(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(?=\p{Lu})/u.exec(text.slice(sentence.start, sentence.end));
  if (!m || !ORG_HEAD_WORDS.has((m[1] as string).toLowerCase())) return;
  const nameStart = sentence.start + m[0].length;
  const ends = [...proposals, ...ruleNames].filter((n) => n.end > nameStart && (n.start === nameStart || text.slice(n.start, nameStart).startsWith('of '))).map((n) => n.end);
  if (ends.length === 0) return;
  const end = Math.max(...ends);
  if (proposals.some((q) => q.start < sentence.start && q.end > sentence.start)) return;
  for (let k = proposals.length - 1; k >= 0; k--) if ((proposals[k] as ProposedName).start < end && (proposals[k] as ProposedName).end > sentence.start) proposals.splice(k, 1);
  proposals.push({ start: sentence.start, end, type: 'ORG' });
}

/** Words of a person's full name: capitalised words and lower-case particles ("Keiko Fujimori", "Staffan de Mistura"). */
const FULL_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|di|del|van|von|bin|al|la|le)\s+)?\p{Lu}[\p{L}'’-]+){1,3}$/u;

/** What stands between a person's name and another name they go by (as entities.ts `KNOWN_AS_BEFORE` reads it). */
const KNOWN_AS_BETWEEN = /^\s*(?:,|\()\s*(?:(?:also|better|widely|commonly|popularly|locally)\s+)?(?:(?:known|referred\s+to)\s+as|nicknamed|dubbed)\s+$/u;

/**
 * "Rodrigo Londoño Echeverri, known as Timochenko, welcomed": the name after "known as" or "nicknamed" that follows a
 * person is that person's other name, whatever place the tagger read in it (a nom de guerre is rarely a word of any
 * list); the entity stage then joins the two (entities.ts `personsKnownAs`).
 */
function aliasesOfPersons(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type === 'PER') continue;
    const person = proposals.find((q) => q.type === 'PER' && q.end < p.start && KNOWN_AS_BETWEEN.test(text.slice(q.end, p.start)));
    // (the cue is the person's evidence: a nom de guerre may be a city's name, "also known as Basra"; round 19)
    if (person) Object.assign(p, { type: 'PER', personCue: 'names.known-as-alias' });
  }
}

/** A rival's noun right before a name, not owned by a person ("his rival") nor the verb ("to rival"). */
const RIVAL_NOUN_BEFORE = /(?<!\b(?:his|her|their|my|our|your|to)\s+(?:[\p{L}-]+\s+)?)\b(?:rivals?|competitors?)\s+$/iu;

/**
 * "RWE posted a loss, and rival Kordwerk, which said it would cut jobs,", "Shares of rival Velmora fell": a one-word
 * name right after a rival's noun in business copy is a company, whatever person the tagger read; a given name
 * stays a person, and so does a name after "his rival" (round 12 did this for acronyms, entities.ts `RIVAL_BEFORE`).
 */
function companiesAfterRivalNouns(text: string, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    if (p.type === 'ORG' || /\s/.test(name) || givenNames.has(name.toLowerCase()) || lookupCountry(name) || lookupDemonym(name)) continue;
    if (RIVAL_NOUN_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) p.type = 'ORG';
  }
}

/** A nickname in quotation marks after a given name, then the surname: ' "Chúo" Torrealba', ' "El Chapo" Guzmán'. */
const NICKNAME_THEN_SURNAME = /^\s+["“]\p{Lu}[\p{L}\p{M}'’. -]{0,24}["”]\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?/u;

/**
 * 'Jesús "Chúo" Torrealba, the coalition's executive secretary, said', 'Joaquín "El Chapo" Guzmán escaped': a person's
 * nickname written in quotation marks between the given name and the surname is inside the name; the tagger stopped
 * at the quotation mark and left the surname alone (a body, as it came out). The person runs on to the surname.
 */
function nicknamesInsideNames(text: string, proposals: ProposedName[]): void {
  for (const p of [...proposals]) {
    const m = p.type === 'PER' ? NICKNAME_THEN_SURNAME.exec(text.slice(p.end, p.end + 80)) : null;
    if (!m || /\s/.test(text.slice(p.start, p.end))) continue;
    const end = p.end + m[0].length;
    for (let k = proposals.length - 1; k >= 0; k--) if ((proposals[k] as ProposedName).start >= p.end && (proposals[k] as ProposedName).start < end) proposals.splice(k, 1);
    p.end = end;
  }
}

/**
 * "Fianna Fáil leader Micheál Martin said", "Golkar led the push", "The PDP-Laban party, which fielded X": a name of
 * PARTIES_BY_NAME, or a name written between "the" and a lower-case "party", is a party, whatever person the tagger
 * read or left out.
 */
function partiesByName(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (const p of proposals) {
    const described = /\bthe\s+$/iu.test(text.slice(Math.max(0, p.start - 5), p.start)) && /^\s+party\b/u.test(text.slice(p.end, p.end + 7));
    if (p.type !== 'ORG' && (PARTIES_BY_NAME.has(text.slice(p.start, p.end)) || described)) p.type = 'ORG';
  }
  for (const r of ruleNames) {
    if (PARTIES_BY_NAME.has(text.slice(r.start, r.end)) && !proposals.some((q) => q.start < r.end && r.start < q.end)) proposals.push({ start: r.start, end: r.end, type: 'ORG' });
  }
}

/** A family name, then a given name of two syllables joined by a hyphen ("Koh Dong-jin", "Lee Jae-yong"). */
const KOREAN_HYPHENATED_NAME = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{1,4})-(\p{Ll}{1,4})(?![\p{L}\p{M}'’-])/gu;

/**
 * "Koh Dong-jin, president of Samsung's mobile business, told": a Korean family name and a hyphenated given name
 * of two syllables are one person, which the tagger may leave out (round 10 did this for names written as three
 * words, ./name-boundary-repairs.ts); proposals inside it give way, one crossing it is left.
 */
function koreanHyphenatedNames(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(KOREAN_HYPHENATED_NAME)) {
    const [whole, family, first, second] = m as unknown as [string, string, string, string];
    if (!KOREAN_FAMILY_NAMES.has(family.toLowerCase()) || !KOREAN_SYLLABLE.test(first) || !KOREAN_SYLLABLE.test(second)) continue;
    const start = sentence.start + (m.index ?? 0);
    replaceWithin(proposals, { start, end: start + whole.length, type: 'PER' });
  }
}

/**
 * "The United Nations Assistance Mission for Iraq (UNAMI) said", "the National Office of Electoral Processes (ONPE)
 * counted": a body the tagger cut short, where the rule layer read the whole run up to a bracketed acronym as an
 * organisation, runs on to the acronym; proposals inside the run ("Iraq") give way.
 */
function bodiesRunOnToAcronyms(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (const r of ruleNames) {
    if (r.cls !== 'organization' || !/^\s*\(\p{Lu}{2,8}\)/u.test(text.slice(r.end, r.end + 12))) continue;
    const cut = proposals.find((q) => q.type === 'ORG' && q.start === r.start && q.end < r.end);
    if (cut) replaceWithin(proposals, { start: r.start, end: r.end, type: 'ORG' });
  }
  // (where neither reached the acronym, the initials of the run's capitalised words must spell it: "(UNAMI)")
  for (const p of [...proposals]) {
    const m = p.type === 'ORG' ? ACRONYM_TAIL.exec(text.slice(p.end, p.end + 80)) : null;
    if (!m) continue;
    const run = text.slice(p.start, p.end) + (m[1] as string);
    const initials = capitalInitials(run);
    if (initials === m[2]) replaceWithin(proposals, { start: p.start, end: p.end + (m[1] as string).length, type: 'ORG' });
  }
}

/** Capitalised words, perhaps joined by "of", "for", "and", "on", then an acronym in brackets. */
const ACRONYM_TAIL = /^((?:\s+(?:(?:of|for|and|on|in|the)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)+)\s*\((\p{Lu}{2,8})\)/u;

/**
 * "Mahinda Rajapaksa was sworn in ... the alliance would vote against Rajapaksa", "a narrow lead over Keiko Fujimori"
 * (with "Alberto Fujimori" and "Fujimori said" elsewhere): a name the tagger typed a place or body that is the
 * surname of a person the article names in full, or a two- or three-word name ending in such a surname, is that
 * person's (or a relative's) name. Neither a country nor a city of 100,000 or more ("Washington", "Lima") is taken:
 * an article names both a person and the city less rarely than it names a family. Returns the surnames of the
 * persons named in full, whose rule-layer reading as a place ("ads for McCrory") then yields to the person.
 */
export function typesFromFullNames(text: string, proposals: readonly ProposedName[][]): ReadonlySet<string> {
  const all = proposals.flat();
  const surnames = new Set<string>();
  for (const p of all) {
    const name = text.slice(p.start, p.end);
    if (p.type !== 'PER') continue;
    const words = name.split(/\s+/);
    if (words.length === 1 && /^\p{Lu}\p{Ll}/u.test(name)) surnames.add(name);
    if (FULL_NAME.test(name)) surnames.add(words[words.length - 1] as string);
  }
  for (const p of all) {
    if (p.type === 'PER') continue;
    const name = text.slice(p.start, p.end);
    const words = name.split(/\s+/);
    const surname = words[words.length - 1] as string;
    if (!surnames.has(surname) || lookupCountry(name) || lookupCity(name, { minPopulation: 100_000 })) continue;
    // ("Deutsche Lufthansa ... Lufthansa said": a name opening with a body's word is no relative's; round 14)
    if (words.length === 1 ? !fullNamed(text, all, name) : !FULL_NAME.test(name) || words.length > 3 || knownPlaceName(name) || words.some((w) => ORG_HEAD_WORDS.has(w.toLowerCase())) || FOREIGN_BODY_OPENERS.has(words[0] as string)) continue;
    p.type = 'PER';
  }
  return new Set([...surnames].filter((s) => fullNamed(text, all, s)));
}

/** Whether some person proposal of the article is a full name ending in `surname`. */
function fullNamed(text: string, all: readonly ProposedName[], surname: string): boolean {
  return all.some((q) => q.type === 'PER' && FULL_NAME.test(text.slice(q.start, q.end)) && text.slice(q.start, q.end).endsWith(` ${surname}`));
}
