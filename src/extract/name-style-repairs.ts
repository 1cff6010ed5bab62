import { lookupCapital, lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { ACTING_INSTITUTION_HEADS, FOOTBALL_POSITIONS, LIST_BODY_HEADS, ORG_HEAD_WORDS } from '../nlp/lexicon/organizations.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { RESULT_VERBS, SCORE } from './name-body-repairs.js';
import { replaceOverlapping } from './name-context-repairs.js';
import type { NameMention, ProposedName } from './names.js';
import { TITLE_PHRASES } from '../nlp/lexicon/titles.js';
import { NON_ACTOR_ACRONYMS } from '../nlp/lexicon/non-actors.js';
import { reportingLemma } from '../nlp/lexicon/reporting-verbs.js';

/**
 * Repairs of the tagger's proposals for styles of names probed in round 18 (NOTES.md, issue 12, round 18): bodies
 * whose names hold a comma-separated list, the sides of a football result or transfer, institutions that are both a
 * building and a body, companies opened by initials. Like ./name-office-repairs.ts, each works in place on one
 * sentence's proposals and was found on invented reports.
 */

/** The repairs of this module, in order, for one sentence's proposals (called after ./name-office-repairs.ts). */
export function nameStyleRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): void {
  bodiesWithCommaLists(text, sentence, proposals);
  sidesOfResults(text, sentence, proposals, lexicons.firstNames);
  institutionsActing(text, proposals);
  companiesOpenedByInitials(text, sentence, proposals, lexicons);
  namesBeforeMilitia(text, proposals, ruleNames);
  personsAfterCountryPossessive(text, proposals, ruleNames, lexicons);
  personOfBodySplit(text, proposals, ruleNames);
  possessiveNamedBodies(text, proposals);
  kindOfBodyOpeners(text, proposals);
  proposals.sort((a, b) => a.start - b.start);
}

/** A capitalised word of a name. */
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** One to four capitalised words. */
const RUN = String.raw`${CAP}(?: ${CAP}){0,3}`;
const LIST_HEADS = [...LIST_BODY_HEADS].join('|');
const LIST_HEAD_ANYWHERE = new RegExp(`(?:${LIST_HEADS})`, 'u');
/** "Ministry of Lands, Housing and Urban Development": a head, of/for, and a list of fields joined by commas and "and". */
const HEAD_OF_LIST = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(?:${LIST_HEADS}) (?:of|for) (?:the )?(${RUN}(?:, ${RUN})+,? and ${RUN})(?![\p{L}\p{M}])`, 'gu');
/** "The Tanzania Electrical, Mechanical and Electrical Services Agency": a list of fields, then the head, after "the". */
const LIST_BEFORE_HEAD = new RegExp(String.raw`(?<=(?:^|[^\p{L}])[Tt]he )(${RUN}(?:, ${RUN})+,? and (?:${CAP} ){0,3}(?:${LIST_HEADS}))(?![\p{L}\p{M}])`, 'gu');

/**
 * "The Ministry of Lands, Housing and Urban Development said", "the Ministry of Environment, Forest and Climate
 * Change": a body's head, "of" and a list of its fields joined by commas and "and", or such a list before the head
 * after "the", is one name; the tagger and the rule layer cut it at the first comma (round 17 lead's leftover). Each
 * field must be no country, no known town and no person the tagger proposed ("the Ministry of Health, Britain and
 * France said" lists states), and no acronym.
 */
function bodiesWithCommaLists(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const body = text.slice(sentence.start, sentence.end);
  // (both patterns need a comma, "and" and a head: most sentences are ruled out without running them)
  if (!body.includes(', ') || !body.includes(' and ') || !LIST_HEAD_ANYWHERE.test(body)) return;
  for (const pattern of [HEAD_OF_LIST, LIST_BEFORE_HEAD]) {
    for (const m of body.matchAll(pattern)) {
      const listStart = sentence.start + (m.index ?? 0) + m[0].length - (m[1] as string).length;
      const fields = (m[1] as string).split(/,? and |, /);
      let at = listStart;
      const spans = fields.map((f) => {
        const start = text.indexOf(f, at);
        at = start + f.length;
        return { start, end: start + f.length, text: f };
      });
      const ok = spans.every((f, k) => !/^\p{Lu}{2,}$/u.test(f.text) && (k === 0 || (!lookupCountry(f.text) && !lookupCity(f.text) && !lookupDemonym(f.text))) &&
        !proposals.some((q) => q.type === 'PER' && q.start < f.end && f.start < q.end));
      if (!ok) continue;
      let start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      // a proposal that opens before the match ("Federal Ministry of ...") keeps its opening
      for (const q of proposals) if (q.start < start && q.end > start) start = q.start;
      replaceOverlapping(proposals, { start, end, type: 'ORG' });
    }
  }
}

/** A side of a match: one to three capitalised words. */
const SIDE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}`;
/** "Arsenal beat Tottenham 2-1", "Juventus drew 1-1 with Napoli", "Chelsea, who lost 3-0 to Brighton," (round 25: the relative). */
const RESULT_LINE = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])(${SIDE})(?:, who)? (?:${RESULT_VERBS}|drew|lost|won) (?:(${SIDE}) )?(${SCORE})(?: (?:with|to|against|at|over) (?:the )?(${SIDE}))?`, 'gu');
const POSITIONS = [...FOOTBALL_POSITIONS].join('|');
/** "Chelsea signed the Brazilian winger", "Liverpool sacked their manager": a club signs or sacks a player or coach. */
const SIGNING_LINE = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])(${SIDE}) (?:(?:has|have|had) )?(?:signed|sign|signs|sacked|sacks|fired|appointed|loaned|sold|bought|released) (?:the |their |its |a |an )?(?:[\p{L}-]+ ){0,2}(?:${POSITIONS})(?![\p{L}])(?:(?: [\p{Ll}\p{N}-]+){0,4} from (?:the )?(${SIDE}))?`, 'gu');
const SCORE_ANYWHERE = new RegExp(SCORE, 'u');
const POSITION_ANYWHERE = new RegExp(`(?:${POSITIONS})`, 'u');
/** Words that open a sentence before a side ("Yesterday Arsenal beat ..."): no part of the club's name. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['The', 'Then', 'But', 'And', 'Yesterday', 'Today', 'Tonight', 'Meanwhile', 'Earlier', 'Later', 'Also']);

/**
 * "Dorvenne were held 1-1 by Valmora", "Castelrio were beaten 3-0 by Sporting Kelmar": a passive result names both
 * sides (round 25).
 */
const PASSIVE_RESULT = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])(${SIDE}) (?:were|was) (?:held|beaten|thrashed|defeated|edged|stunned|hammered|routed)(?: to a)? (${SCORE})(?: draw| defeat)?(?: at home| away)? by (?:the )?(${SIDE})`, 'gu');

/**
 * "Arsenal beat Tottenham 2-1", "Juventus drew 1-1 with Napoli", "Celtic thrashed Rangers 4-0", "Chelsea signed the
 * Brazilian winger", "signed the striker from Benfica": the sides of a football result and the clubs of a signing are
 * clubs, whatever the tagger read (a person "Chelsea", a town "Arsenal", or nothing). Round 10's `clubsAroundCities`
 * types cities the tagger proposed; this repair also proposes sides it left out. A country is a national side (a place
 * in the NER conventions) and is left; a result with set scores ("6-4, 6-3") is tennis between persons; a side the
 * tagger read as a person of a known given name and a surname ("Novak Djokovic") stays a person, unless that "name"
 * is the Arabic article ("Al Ahly", "El Gouna").
 */
function sidesOfResults(text: string, sentence: TaggedSentence, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  for (const span of resultSides(text, sentence, proposals, givenNames)) replaceOverlapping(proposals, { ...span, type: 'ORG' });
}

/** The spans of the sides of a result and of a signing in a sentence (see `sidesOfResults`); ./name-clubs.ts reads them too. */
export function resultSides(text: string, sentence: TaggedSentence, proposals: readonly ProposedName[], givenNames: ReadonlySet<string>): { start: number; end: number }[] {
  const body = text.slice(sentence.start, sentence.end);
  // (a result needs a score and a signing a position's word: most sentences are ruled out without running the patterns)
  const [score, position] = [SCORE_ANYWHERE.test(body), POSITION_ANYWHERE.test(body)];
  if (!score && !position) return [];
  const sides = score ? sidesOfScores(body) : [];
  for (const m of position ? body.matchAll(SIGNING_LINE) : []) {
    sides.push({ start: m.index ?? 0, text: m[1] as string });
    if (m[2]) sides.push({ start: (m.index ?? 0) + m[0].lastIndexOf(m[2]), text: m[2] });
  }
  const out: { start: number; end: number }[] = [];
  for (const side of sides) {
    let { start, text: name } = side;
    const opener = /^(\p{Lu}\p{Ll}*) /u.exec(name);
    if (opener && SENTENCE_OPENERS.has(opener[1] as string)) {
      start += opener[0].length;
      name = name.slice(opener[0].length);
    }
    // ("lost 3-0 to Varsk Athletic.": a side at the sentence's end leaves its full stop; round 25)
    if (/\p{Ll}{2}\.$/u.test(name)) name = name.slice(0, -1);
    if (name === '' || lookupCountry(name) || lookupDemonym(name)) continue;
    const span = { start: sentence.start + start, end: sentence.start + start + name.length };
    const person = proposals.find((q) => q.type === 'PER' && q.start === span.start && q.end === span.end);
    const words = name.split(' ');
    // ("Al Ahly beat Esperance 2-0": the Arabic article opening a club's name is no given name "Al"; round 21)
    const arabicArticle = /^(?:Al|El)$/.test(words[0] as string);
    if (person && words.length > 1 && !arabicArticle && givenNames.has((words[0] as string).toLowerCase()) && !isEnglishWord((words[0] as string).toLowerCase())) continue;
    out.push(span);
  }
  return out;
}

/** The sides of the results with a score in a sentence's text, active and passive, with their offsets in it. */
function sidesOfScores(body: string): { start: number; text: string }[] {
  const sides: { start: number; text: string }[] = [];
  for (const m of body.matchAll(RESULT_LINE)) {
    const after = body.slice((m.index ?? 0) + m[0].length);
    if (/^\s*(?:,\s*\d|in\s+(?:straight\s+)?sets)/u.test(after)) continue;
    const offset = (m.index ?? 0);
    sides.push({ start: offset, text: m[1] as string });
    if (m[2]) sides.push({ start: offset + m[0].indexOf(` ${m[2]} `, (m[1] as string).length) + 1, text: m[2] });
    if (m[4]) sides.push({ start: offset + m[0].lastIndexOf(m[4]), text: m[4] });
  }
  for (const m of body.matchAll(PASSIVE_RESULT)) {
    sides.push({ start: m.index ?? 0, text: m[1] as string });
    sides.push({ start: (m.index ?? 0) + m[0].lastIndexOf(m[3] as string), text: m[3] as string });
  }
  return sides;
}

/** Verbs of a body's decision or word, beside the reporting verbs ("announced a new director", "declined to comment"). */
const DECISION_VERBS: ReadonlySet<string> = new Set([
  'announce', 'announced', 'announces', 'decline', 'declined', 'declines', 'refuse', 'refused', 'refuses', 'agree', 'agreed', 'agrees',
  'decide', 'decided', 'decides', 'plan', 'plans', 'planned', 'apologised', 'apologized', 'appointed', 'appoints', 'hired', 'sued', 'filed',
]);
/** The verb after a name, past an auxiliary or an adverb, and a seat "in <Place>" ("The Prado Museum in Madrid announced"). */
const VERB_AFTER = /^(?: in (?:\p{Lu}[\p{L}\p{M}'’-]*(?:,? |(?=,? )))+,?)?\s+(?:(?:has|had|have|will|would|is|was|did|does)\s+)?(?:not\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

/**
 * "The Prado Museum in Madrid announced a new director", "The Metropolitan Museum of Art declined to comment": a
 * museum, library, hospital, university or orchestra that speaks or decides is the body, where the tagger read the
 * building (a place); one that stands, lies or opens somewhere stays the building ("The Grand Lake Theater stands at
 * the entrance": GUM annotates such a building a place). "The Victoria and Albert Museum said": a one-word name after
 * "the", "and", and such an institution's name is one name (the tagger read a government "Victoria" and a place
 * "Albert Museum"). A name with such a head is no person's ("the Clarke and Dunmore Gallery" was one).
 */
function institutionsActing(text: string, proposals: ProposedName[]): void {
  for (let k = 0; k + 1 < proposals.length; k++) {
    const [p, q] = [proposals[k] as ProposedName, proposals[k + 1] as ProposedName];
    const first = text.slice(p.start, p.end);
    if (text.slice(p.end, q.start) !== ' and ' || !/^\p{Lu}\p{L}+$/u.test(first) || lookupCountry(first) || !/(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, p.start - 5), p.start))) continue;
    if (!text.slice(q.start, q.end).split(' ').some((w) => ACTING_INSTITUTION_HEADS.has(w))) continue;
    proposals.splice(k, 2, { start: p.start, end: q.end, type: q.type });
  }
  for (const p of proposals) {
    if (p.type === 'ORG' || !text.slice(p.start, p.end).split(' ').some((w) => ACTING_INSTITUTION_HEADS.has(w))) continue;
    // ("the Clarke and Dunmore Gallery" read as a person: an institution's name is no person's)
    p.type = 'LOC';
    const verb = VERB_AFTER.exec(text.slice(p.end, p.end + 80))?.[1];
    if (verb !== undefined && (reportingLemma(verb) !== undefined || DECISION_VERBS.has(verb))) p.type = 'ORG';
  }
}

/** Words of a company's figures and units in a sentence ("profit", "shares", "plant", "chipmaker"). */
const BUSINESS_WORDS = /\b(?:profits?|revenues?|sales|shares|earnings|quarter|quarterly|output|chipmaker|carmaker|automaker|company|subsidiary|plants?|factory|factories|investors|customers|orders)\b/iu;

/**
 * "SK Hynix reported a record profit", "GS Caltex said it would": initials of two or three capitals before a word that
 * is no given name or surname of the lists open a company's name (Korean groups write their names so), not a person's
 * ("JR Smith", "AJ Price" have a surname after the initials), in a sentence about a company's figures or plants, or
 * after a country's possessive ("Russia's RIA Novosti quoted"); elsewhere initials stand for given names in web text
 * ("loose connections to AQ Kahn", uner-ewt-dev).
 */
function companiesOpenedByInitials(text: string, sentence: TaggedSentence, proposals: ProposedName[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): void {
  const business = BUSINESS_WORDS.test(text.slice(sentence.start, sentence.end));
  for (const p of proposals) {
    const m = /^\p{Lu}{2,3} (\p{Lu}\p{Ll}+)$/u.exec(text.slice(p.start, p.end));
    if (p.type !== 'PER' || !m) continue;
    // ("Russia's RIA Novosti quoted": a country's possessive before initials and a word names its agency or company)
    const owner = COUNTRY_POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start))?.[1];
    if (!business && !(owner !== undefined && lookupCountry(owner))) continue;
    const word = (m[1] as string).toLowerCase();
    if (!lexicons.firstNames.has(word) && !lexicons.surnames.has(word)) p.type = 'ORG';
  }
}

/** A militia's own noun after its name ("the Mai-Mai militia", "Raia-Mutomboki militias", "the Mai-Mai group"). */
const MILITIA_AFTER = /^\s+(?:militias?|faction|group)\b/u;

/**
 * "Fighters from the Mai-Mai militia attacked", "the Raia-Mutomboki militia burned houses": a name right before
 * "militia" is the armed group, where the tagger read a person or nothing (round 13's `bodiesBeforeArmedMembers`
 * reads the plural member nouns, "fighters", "gunmen"; a militia is the group itself). A country, a demonym or a town
 * of the gazetteer names whose militia it is ("Darfur militia", "a Sunni militia" are no bodies) and is left.
 */
function namesBeforeMilitia(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  const names = [...proposals, ...ruleNames.filter((r) => r.cls === 'unknown' && !proposals.some((p) => p.start < r.end && r.start < p.end))];
  for (const n of names) {
    const name = text.slice(n.start, n.end);
    if (!MILITIA_AFTER.test(text.slice(n.end, n.end + 12)) || !/^\p{Lu}/u.test(name) || lookupCountry(name) || lookupDemonym(name) || lookupCity(name) || lookupCapital(name)) continue;
    if (isEnglishWord(name.toLowerCase())) continue;
    const own = proposals.find((p) => p.start === n.start && p.end === n.end);
    if (own && own.type === 'PER') own.type = 'ORG';
    else if (!own) proposals.push({ start: n.start, end: n.end, type: 'ORG' });
  }
}

/** A country's possessive right before a name ("Kazakhstan's ", "Japan's "). */
const COUNTRY_POSSESSIVE_BEFORE = /(?<![\p{L}\p{M}-])(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?)['’]s $/u;
/** A given name of two capitalised parts joined by a hyphen ("Kassym-Jomart", "Jean-Claude", "Hans-Dietrich"). */
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** A verb of meeting or speaking with someone, earlier in the clause ("met Japan's ", "talks with Estonia's X and Moldova's "). */
const MEETING_EARLIER = /\b(?:met|meets|meet|meeting|talks\s+with|talked\s+with|spoke\s+(?:with|to)|speaks\s+(?:with|to)|called|phoned|telephoned|hosted|hosts|welcomed|welcomes|congratulated|thanked|visit\s+by)\s[^.;:!?]*$/u;
/** A preposition of place right before a country's possessive ("met in Brazil's ", "talks at Japan's "). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|to|from|near|into|across|outside|inside)\s+$/u;

/**
 * "Xi met Kazakhstan's Kassym-Jomart Tokayev in Astana", "talks with Moldova's Ion Vornicu", "met Lithuania's Ingrida
 * Šimonytė", "Biden met Japan's Fumio Kishida": a country's possessive before a name of two or three words that the
 * tagger left out or read as a place, and that the rule layer read as no place, is the country's leader or minister.
 * One the tagger left out needs a word that is a given name or surname of the lists, a hyphened given name first, or a
 * verb of meeting earlier in the clause; one it read as a place needs the verb of meeting (persons are met, places are
 * visited: "visited Brazil's Mato Grosso" stays a place, as does "met in Brazil's ...") or the rule layer's person. No word may be an English word (but a given
 * name opening it: "Ion"), a body's head, an acronym or a word in lower case ("Brazil's Petroleo Brasileiro", "Japan's
 * Nippon Steel", "Italy's la Repubblica", a gum-ner-dev newspaper, stay out).
 */
function personsAfterCountryPossessive(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], lexicons: { firstNames: ReadonlySet<string>; surnames: ReadonlySet<string> }): void {
  for (const r of ruleNames) {
    if (r.cls !== 'unknown' && r.cls !== 'person') continue;
    const place = proposals.find((p) => p.type === 'LOC' && p.start === r.start && p.end === r.end);
    if (!place && proposals.some((p) => p.start < r.end && r.start < p.end)) continue;
    const before = text.slice(Math.max(0, r.start - 100), r.start);
    const owner = COUNTRY_POSSESSIVE_BEFORE.exec(before);
    if (!owner || !lookupCountry(owner[1] as string)) continue;
    const words = r.text.split(' ');
    const named = (w: string) => w.split('-').some((part) => lexicons.firstNames.has(part.toLowerCase()) || lexicons.surnames.has(part.toLowerCase()));
    const englishWord = (w: string, k: number) => isEnglishWord(w.toLowerCase()) && !(k === 0 && lexicons.firstNames.has(w.toLowerCase()));
    if (words.length < 2 || words.length > 3 || words.some((w, k) => !/^\p{Lu}\p{Ll}/u.test(w) || englishWord(w, k) || ORG_HEAD_WORDS.has(w.toLowerCase()))) continue;
    const ahead = before.slice(0, before.length - owner[0].length);
    const met = MEETING_EARLIER.test(ahead) && !PLACE_PREPOSITION_BEFORE.test(ahead);
    // a name the tagger read as a place needs the meeting or the rule layer's person ("Brazil's Mato Grosso" stays)
    if (place ? !met && r.cls !== 'person' : !words.some(named) && !HYPHENED_GIVEN_NAME.test(words[0] as string) && !met) continue;
    if (place) place.type = 'PER';
    else proposals.push({ start: r.start, end: r.end, type: 'PER' });
  }
}

/**
 * "Keiko Fujimori of Fuerza Popular said", "Ana Vilches of Unidad Ciudadana rejected": the tagger reads one body over
 * a person, "of" and the person's party when neither part has a word it knows; the rule layer reads two names, neither
 * a body nor a place of the gazetteer. The part before "of" (two or three words, no body's head word) is the person,
 * the part after it the body ("Bank of America", "University of Texas" are read as one name by the rule layer too).
 */
function personOfBodySplit(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const at = text.slice(p.start, p.end).indexOf(' of ');
    if (p.type !== 'ORG' || at < 0) continue;
    const left = ruleNames.find((r) => r.start === p.start && r.end === p.start + at);
    const right = ruleNames.find((r) => r.start === p.start + at + 4 && r.end === p.end);
    if (!left || !right || left.cls === 'organization' || left.cls === 'place' || right.cls === 'organization' || right.cls === 'government') continue;
    const words = left.text.split(' ');
    if (words.length < 2 || words.length > 3 || words.some((w) => ORG_HEAD_WORDS.has(w.toLowerCase()) || LIST_BODY_HEADS.has(w) || isEnglishWord(w.toLowerCase()))) continue;
    proposals.splice(k, 1, { start: left.start, end: left.end, type: 'PER' }, { start: right.start, end: right.end, type: 'ORG' });
  }
}

/** "'s List endorsed", "'s List, which backs": a capitalised noun after a possessive, then a verb or a clause's comma. */
const POSSESSED_NOUN_ACTING = /^['’]s (\p{Lu}\p{Ll}+)(?:,| (?:(?:has|had|have|will|would|is|was|did|does)\s+)?(?:not\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+))/u;

/**
 * "EMILY's List endorsed her", "Angie's List said it would": a one-word name the tagger read as a person, its
 * possessive and a capitalised common noun that is no title and no body's head, acting together, are one body's name
 * (a political committee or a company named so); the owner is no person of the article ("Harlan's Cabinet approved",
 * "Velmar's Campaign said" name what a person owns and stay: "Cabinet" and "Campaign"-like heads are body words).
 */
function possessiveNamedBodies(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const m = POSSESSED_NOUN_ACTING.exec(text.slice(p.end, p.end + 60));
    if (p.type !== 'PER' || !m || /\s/.test(text.slice(p.start, p.end))) continue;
    const noun = (m[1] as string).toLowerCase();
    if (!isEnglishWord(noun) || TITLE_PHRASES.has(noun) || ORG_HEAD_WORDS.has(noun) || /^(?:campaign|family|wife|husband|government|administration|office)$/.test(noun)) continue;
    const verb = m[2];
    if (verb !== undefined && !(reportingLemma(verb) !== undefined || DECISION_VERBS.has(verb) || /ed$/.test(verb) || /^(?:spent|spends|backs|backed|won|sent|ran|runs)$/.test(verb))) continue;
    const end = p.end + 3 + (m[1] as string).length;
    if (proposals.some((q) => q !== p && q.start < end && p.end < q.end)) continue;
    p.end = end;
    p.type = 'ORG';
  }
}

/**
 * "the pro-Clinton super PAC Priorities USA Action bought ads", "the super PAC Right to Rise USA said": an acronym of a
 * kind of body (`NON_ACTOR_ACRONYMS`: PAC, PACs) that the tagger read as the first word of the body named after it is
 * the description, no part of the name (a name of its own, "Great America PAC", ends in the acronym and stays).
 */
function kindOfBodyOpeners(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const opener = /^(\p{Lu}+) (?=\p{Lu})/u.exec(text.slice(p.start, p.end));
    if (p.type !== 'ORG' || !opener || !NON_ACTOR_ACRONYMS.has(opener[1] as string)) continue;
    p.start += opener[0].length;
  }
}
