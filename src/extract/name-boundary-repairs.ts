import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { lookupCapital, lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { ORG_HEAD_WORDS, PROPOSED_INDUSTRY_HEADS } from '../nlp/lexicon/organizations.js';
import { NAME_TITLES_LOWER, TITLE_PHRASES } from '../nlp/lexicon/titles.js';
import { ACTING_COMPOUNDS, GENERATIONAL_SUFFIXES, KOREAN_FAMILY_NAMES, KOREAN_SYLLABLE, LOCATIVE_COMPOUNDS } from '../nlp/lexicon/name-cues.js';
import { NON_ACTOR_ACRONYMS } from '../nlp/lexicon/non-actors.js';
import { knownPlaceName } from './name-repairs.js';
import { CAPITALISED_RUN } from './name-context-repairs.js';
import { replaceWithin } from './name-kind-repairs.js';
import type { ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals (./names/tagger.ts) at a name's edges: what stands before a title, where one
 * name ends and the next begins. Like ./name-repairs.ts and ./name-context-repairs.ts, each works in place on one
 * sentence's proposals and was found on invented reports (NOTES.md, issue 12, round 10).
 */

/**
 * The repairs of this module, in order, for one sentence's proposals (called by the entity stage after the repairs
 * of ./name-repairs.ts and ./name-context-repairs.ts that type bodies by their context).
 */
export function nameEdgeRepairs(text: string, sentence: { start: number; end: number }, proposals: ProposedName[], ruleNames: readonly { start: number; end: number }[], firstNames: ReadonlySet<string>): void {
  industriesJoinedByAnd(text, proposals);
  sentenceOpeningBodyWords(text, sentence, proposals);
  acronymsBeforeTitles(text, proposals);
  koreanThreePartNames(text, sentence, proposals);
  eastAsianHyphenedNames(text, sentence, proposals);
  listMembersAfterExamples(text, proposals, firstNames);
  airlinesByHead(text, proposals, ruleNames);
  airlinesJoinedByAnd(text, proposals, firstNames);
  companiesOfOwners(text, proposals, ruleNames, firstNames);
  bodiesLedBy(text, sentence, proposals);
  hyphenatedGivenNames(text, proposals, firstNames);
  foreignPartyNames(text, sentence, proposals);
  partiesWinningSeats(text, proposals, firstNames);
  trailingGlueWords(text, proposals);
  generationalSuffixes(text, proposals);
}

/** An acronym, then one to three capitalised words, right before a name ("WHO Director-General ", "IMF Managing Director "). */
const ACRONYM_BEFORE_TITLE = /(?:^|[\s(“"])(\p{Lu}{2,6})\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})$/u;

/**
 * "WHO Director-General Ana Ruiz said", "IMF Managing Director Ivo Marek warned": an acronym right before a title
 * and its holder's name is the body the holder heads, which the tagger leaves out (an all-capital word opening a
 * sentence; "WHO" is also a question word). A country's short form ("US President") is left to the state rules;
 * units, currencies and titles ("CEO") are no body.
 */
function acronymsBeforeTitles(text: string, proposals: ProposedName[]): void {
  const added: ProposedName[] = [];
  for (const p of proposals) {
    if (p.type !== 'PER') continue;
    const from = Math.max(0, p.start - 60);
    const m = ACRONYM_BEFORE_TITLE.exec(text.slice(from, p.start));
    if (!m) continue;
    const acronym = m[1] as string;
    const title = (m[2] as string).trim().toLowerCase().replace(/\./g, '');
    if (!TITLE_PHRASES.has(title) || NON_ACTOR_ACRONYMS.has(acronym) || TITLE_PHRASES.has(acronym.toLowerCase()) || lookupCountry(acronym)) continue;
    const start = from + m.index + m[0].indexOf(acronym);
    const end = start + acronym.length;
    if (!proposals.some((q) => q.start < end && start < q.end)) added.push({ start, end, type: 'ORG' });
  }
  if (added.length === 0) return;
  proposals.push(...added);
  proposals.sort((a, b) => a.start - b.start);
}

/** Three capitalised words: a family name and two syllables of a given name ("Park Tae Woo", "Moon Jae In"). */
// (a lookahead, so that "President Moon Jae In" is tried from each word)
const THREE_PART_NAME = /(?<![\p{L}\p{M}'’-])(?=((\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{1,4}) (\p{Lu}\p{Ll}{1,4}))(?![\p{L}\p{M}'’-]))/gu;

/**
 * "Park Tae Woo, the opposition leader, said", "President Moon Jae In met": a Korean family name and a given name
 * written as two capitalised syllables are one person. The tagger drops a family name that is also an English
 * word ("Park", "Moon") or a syllable that is ("In"), and the rule layer may read the rest as a place. Every
 * proposal inside the three words gives way to one person; a longer name holding them is left as it is.
 */
function koreanThreePartNames(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(THREE_PART_NAME)) {
    const [, whole, family, first, second] = m as unknown as [string, string, string, string, string];
    if (!KOREAN_FAMILY_NAMES.has(family.toLowerCase()) || !KOREAN_SYLLABLE.test(first) || !KOREAN_SYLLABLE.test(second)) continue;
    const start = sentence.start + (m.index ?? 0);
    const end = start + whole.length;
    const overlapping = proposals.filter((q) => q.start < end && start < q.end);
    if (overlapping.length === 0 || overlapping.some((q) => q.start < start || q.end > end)) continue;
    for (const q of overlapping) proposals.splice(proposals.indexOf(q), 1);
    proposals.push({ start, end, type: 'PER' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** Words that open a list of examples right before its first name ("such as", "including", "like"). */
const LIST_OPENER = /(?:\bsuch as|\bincluding|\blike|\bamong them|\bnotably),?\s+$/u;

/**
 * "exporters such as Toyota Motor and Sony Group reported", "lenders including Mizuho Financial and Sumitomo
 * Mitsui": after words that open a list of examples, "and" joins two members of the list, which the tagger may
 * propose as one body or as a body and a person. A proposal "A and B" there is two names of its type unless both
 * sides are one word ("such as Procter and Gamble" may be one company); a person joined by "and" to a body that
 * opens such a list is a body too, unless it opens with a given name of the lists.
 */
function listMembersAfterExamples(text: string, proposals: ProposedName[], firstNames: ReadonlySet<string>): void {
  const given = (q: ProposedName) => firstNames.has((/^\p{L}+/u.exec(text.slice(q.start, q.end))?.[0] ?? '').toLowerCase());
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (!LIST_OPENER.test(text.slice(Math.max(0, p.start - 20), p.start))) continue;
    const name = text.slice(p.start, p.end);
    const parts = name.split(' and ');
    if (p.type !== 'PER' && parts.length === 2 && parts.every((part) => CAPITALISED_RUN.test(part)) && parts.some((part) => /\s/.test(part))) {
      const second = p.start + (parts[0] as string).length + 5;
      proposals.splice(k, 1, { start: p.start, end: p.start + (parts[0] as string).length, type: p.type }, { start: second, end: p.end, type: p.type });
      continue;
    }
    // the list's two members share a kind: a person without a given name beside a body is a body ("Yelp and Microsoft")
    const next = proposals[k + 1];
    if (!next || !/^\s+and\s+$/.test(text.slice(p.end, next.start))) continue;
    if (p.type === 'ORG' && next.type === 'PER' && !given(next)) next.type = 'ORG';
    else if (p.type === 'PER' && next.type === 'ORG' && !given(p)) p.type = 'ORG';
  }
}

/**
 * "Airbus Defence and Space will build", "Tarkel Mining and Shipping said": a body whose name ends in an industry
 * and goes on with "and" and one more industry word is one name (the tagger stops at "and" and reads the last
 * word alone as a name of its own).
 */
function industriesJoinedByAnd(text: string, proposals: ProposedName[]): void {
  for (const p of [...proposals]) {
    const name = text.slice(p.start, p.end);
    const last = (/(\p{L}+)$/u.exec(name)?.[1] ?? '').toLowerCase();
    if (p.type !== 'ORG' || !/\s/.test(name) || !PROPOSED_INDUSTRY_HEADS.has(last)) continue;
    // the word after "and" ends the name: one more capitalised word would make it a longer name ("... Space Company")
    const m = /^\s+and\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-])(?!\s+\p{Lu})/u.exec(text.slice(p.end, p.end + 40));
    if (!m || !PROPOSED_INDUSTRY_HEADS.has((m[1] as string).toLowerCase())) continue;
    const end = p.end + m[0].length;
    for (const q of proposals.filter((o) => o !== p && o.start < end && p.end < o.end)) proposals.splice(proposals.indexOf(q), 1);
    p.end = end;
  }
}

/**
 * "Thales Alenia Space said": a body's name the tagger proposed from the sentence's second word, after a first
 * word that is no English word, no place and no people's name, opens with that word (the tagger's frozen rule
 * features drop a sentence's first capital).
 */
function sentenceOpeningBodyWords(text: string, sentence: { start: number }, proposals: ProposedName[]): void {
  const first = proposals[0];
  const opener = /^(\p{Lu}[\p{L}\p{M}'’-]+) $/u.exec(text.slice(sentence.start, first?.start ?? sentence.start));
  if (!first || first.type !== 'ORG' || !opener || !/\s/.test(text.slice(first.start, first.end))) return;
  const word = opener[1] as string;
  // "New Democratic Party leader X": "New" opening a party's or a bank's name is its first word
  const head = (/(\p{L}+)$/u.exec(text.slice(first.start, first.end))?.[1] ?? '').toLowerCase();
  if (word === 'New' && ORG_HEAD_WORDS.has(head)) {
    first.start = sentence.start;
    return;
  }
  if (isEnglishWord(word.toLowerCase()) || lookupCountry(word) || lookupDemonym(word) || lookupCity(word) || TITLE_PHRASES.has(word.toLowerCase())) return;
  first.start = sentence.start;
}

/** The words that end an airline's name ("Jeju Air", "Saurya Airlines", "Qatar Airways"). */
const AIRLINE_HEAD = /\s(?:Air|Airlines|Airline|Airways)$/u;

/**
 * "the Jeju Air Boeing 737-800", "Jeju Air chief executive X", "Norvik Air said": a name ending in "Air",
 * "Airlines" or "Airways" is an airline, though the word before is a place (an island, a country's adjective) and
 * the tagger reads a place. A name the rule layer found there that the tagger left out is proposed too. "Air"
 * after a plain English word is no airline ("Fresh Air", "Open Air"), nor after a product's coined word ("MacBook Air").
 */
function airlinesByHead(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number }[]): void {
  const airline = (start: number, end: number): boolean => {
    const name = text.slice(start, end).replace(/['’]s?$/, '');
    if (!AIRLINE_HEAD.test(name)) return false;
    const word = /(\p{L}+)\s+Air$/u.exec(name)?.[1] ?? '';
    // a product's coined word with an inner capital is no airline ("MacBook Air", "iPad Air")
    if (/\p{Ll}\p{Lu}/u.test(word)) return false;
    return !name.endsWith(' Air') || !isEnglishWord(word.toLowerCase()) || lookupDemonym(word) !== undefined;
  };
  let added = false;
  for (const p of proposals) if (p.type !== 'ORG' && airline(p.start, p.end)) p.type = 'ORG';
  for (const r of ruleNames) {
    // the airline's own words only, where the rule layer ran on into a product ("Jeju Air Boeing")
    const m = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)+?(?:Air|Airlines|Airline|Airways)(?![\p{L}\p{M}])/u.exec(text.slice(r.start, r.end));
    const end = r.start + (m?.[0].length ?? 0);
    if (!m || !airline(r.start, end) || proposals.some((q) => q.start < end && r.start < q.end)) continue;
    proposals.push({ start: r.start, end, type: 'ORG' });
    added = true;
  }
  if (added) proposals.sort((a, b) => a.start - b.start);
}

/** A company's name, then a noun that makes the next name its owner, parent or unit ("TikTok owner ", "Jeju Air parent "). */
const OWNED_BEFORE = /(?<![\p{L}\p{M}'’.&-])((?:\p{Lu}[\p{L}\p{M}'’.&-]* +){0,3}\p{Lu}[\p{L}\p{M}'’.&-]*) +(owner|parent|unit|subsidiary|operator) +$/u;

/**
 * "TikTok owner ByteDance was named", "Facebook parent Meta said", "Jeju Air parent AK Holdings": the name after
 * a company's name and "parent", "unit", "subsidiary" or "operator" is a company, and so is the name before it; after
 * "owner" only when the name opens with no given name of the lists ("Chelsea owner Roman Abramovich" is a person).
 * A place before the noun ("London operator") is left.
 */
function companiesOfOwners(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number }[], firstNames: ReadonlySet<string>): void {
  const added: ProposedName[] = [];
  // the owned company: a proposal, or a name the rule layer read that the tagger left out ("Instagram parent Meta")
  const unproposed = ruleNames.filter((r) => !proposals.some((q) => q.start < r.end && r.start < q.end)).map((r) => ({ start: r.start, end: r.end, type: 'ORG' as const }));
  for (const p of [...proposals, ...unproposed]) {
    const from = Math.max(0, p.start - 60);
    const m = OWNED_BEFORE.exec(text.slice(from, p.start));
    if (!m || p.type === 'LOC') continue;
    const owner = m[1] as string;
    if (knownPlaceName(owner)) continue;
    const given = firstNames.has((/^\p{L}+/u.exec(text.slice(p.start, p.end))?.[0] ?? '').toLowerCase());
    if (m[2] === 'owner' && given) continue;
    if (proposals.includes(p)) p.type = 'ORG';
    else added.push(p);
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const end = start + owner.length;
    // the owner is proposed where the rule layer read it or it is a coined word (a sentence's first word is dropped)
    const coined = !/\s/.test(owner) && !isEnglishWord(owner.toLowerCase());
    if (![...proposals, ...added].some((q) => q.start < end && start < q.end) && (coined || ruleNames.some((r) => r.start === start))) added.push({ start, end, type: 'ORG' });
  }
  if (added.length === 0) return;
  proposals.push(...added);
  proposals.sort((a, b) => a.start - b.start);
}

/** "the National Conference led by X": capitalised words after "the", then a participle that makes them a body. */
const BODY_LED_BY = /\b[Tt]he\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:led|headed|founded)\s+by\s+(?:\p{Ll}+\s+)?\p{Lu}/gu;

/**
 * "the National Conference led by Omar Abdullah won", "the Popular Front headed by X": a name that someone leads
 * or heads is a body, though its head word also names a meeting ("Conference", "Congress") and the rule layer
 * drops it as an event. A country or place ("the United States led by") is left to the state rules.
 */
function bodiesLedBy(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  let added = false;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(BODY_LED_BY)) {
    const name = m[1] as string;
    const start = sentence.start + (m.index ?? 0) + m[0].indexOf(name);
    const end = start + name.length;
    if (knownPlaceName(name)) continue;
    const overlapping = proposals.filter((q) => q.start < end && start < q.end);
    if (overlapping.length === 0) {
      proposals.push({ start, end, type: 'ORG' });
      added = true;
    } else if (overlapping.length === 1 && (overlapping[0] as ProposedName).start === start && (overlapping[0] as ProposedName).end === end) (overlapping[0] as ProposedName).type = 'ORG';
  }
  if (added) proposals.sort((a, b) => a.start - b.start);
}

/**
 * "Lee-Anne Mulholland said", "Jean-Luc Moreau": a given name, a hyphen and a second given name that opens a
 * person with a surname are one person, which the tagger cuts at the hyphen as it cuts "Merkel-Macron" (there the
 * second part stands alone before a common noun: "the Merkel-Macron summit" is left).
 */
function hyphenatedGivenNames(text: string, proposals: ProposedName[], firstNames: ReadonlySet<string>): void {
  for (let k = proposals.length - 2; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const next = proposals[k + 1] as ProposedName;
    if (p.type !== 'PER' || next.type !== 'PER' || next.start !== p.end + 1 || text[p.end] !== '-') continue;
    const first = text.slice(p.start, p.end);
    const words = text.slice(next.start, next.end).split(/\s+/);
    if (/\s/.test(first) || words.length < 2 || !firstNames.has(first.toLowerCase()) || !firstNames.has((words[0] as string).toLowerCase())) continue;
    proposals.splice(k, 2, { start: p.start, end: next.end, type: 'PER' });
  }
}

/** Words for "party", "front" or "movement" that open a party's name in Spanish, Portuguese, French, Italian, German, Dutch. */
const FOREIGN_PARTY_HEADS = 'Partido|Parti|Partei|Partij|Partito|Frente|Movimiento|Movimento|Mouvement|Alianza|Alleanza|Rassemblement';
/** Lower-case words that join the words of such a name ("dos", "de la", Filipino "ng"). */
const FOREIGN_NAME_GLUE = "de|del|de la|de los|dos|das|da|do|des|du|di|della|dei|für|der|van|voor|ng|y|e|et|per|pour|la|le|les|l'";
const FOREIGN_PARTY = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${FOREIGN_PARTY_HEADS})(?:\s+(?:(?:${FOREIGN_NAME_GLUE})\s+)?\p{Lu}[\p{L}\p{M}'’-]*)+`, 'gu');

/**
 * "Partido Federal ng Pilipinas", "the Partido dos Trabalhadores", "Parti Socialiste": a run of capitalised words
 * and the glue words of its language, opened by the word for "party" or "front" of a Romance or Germanic language,
 * is one party, which the tagger (trained on English) cuts at the glue or types a person. Proposals inside it give
 * way to it; a proposal running past it is left.
 */
function foreignPartyNames(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(FOREIGN_PARTY)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + (m[0] as string).length;
    const overlapping = proposals.filter((q) => q.start < end && start < q.end);
    if (overlapping.some((q) => q.start < start || q.end > end)) continue;
    for (const q of overlapping) proposals.splice(proposals.indexOf(q), 1);
    proposals.push({ start, end, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/**
 * "Ryanair and British Airways declined to comment", "Flybe and Korean Air cut fares": a coined word, "and", and a
 * name ending in an airline's word are two airlines, which the tagger proposes as one body (a coined word before a
 * whole name in general is no evidence: it added false names on the NER test files in round 8).
 */
function airlinesJoinedByAnd(text: string, proposals: ProposedName[], firstNames: ReadonlySet<string>): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type !== 'ORG') continue;
    const m = /^(\p{Lu}[\p{L}\p{M}]+) and (\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)* (?:Air|Airlines|Airways))$/u.exec(text.slice(p.start, p.end));
    if (!m) continue;
    const first = (m[1] as string).toLowerCase();
    if (isEnglishWord(first) || firstNames.has(first) || knownPlaceName(m[1] as string)) continue;
    const second = p.start + (m[1] as string).length + 5;
    proposals.splice(k, 1, { start: p.start, end: p.start + (m[1] as string).length, type: 'ORG' }, { start: second, end: p.end, type: 'ORG' });
  }
}

/** What a party wins or holds: seats, a majority, an election ("won a majority", "took 48 of the 70 seats"). */
const WINS_SEATS_AFTER = /^\s+(?:won|wins|win|secured|took|takes|holds|held|retained|lost)\s+(?:(?:a|an|the|its|their|\d+|of|outright|clear|narrow|absolute|two-thirds|most|more|fewer|[\p{L}-]+ly)\s+){0,4}(?:majority|seats|election|elections|plurality|mandate)\b/u;

/**
 * "Morena won a majority in both chambers", "Vazra took 12 seats": a name the tagger typed a place that wins seats,
 * a majority or an election is a party, not the town the gazetteer may know by that name; one it typed a person is
 * a party only when it wins a counted number of seats and opens with no given name. A country or capital is
 * left to the state rules.
 */
function partiesWinningSeats(text: string, proposals: ProposedName[], firstNames: ReadonlySet<string>): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    if (p.type === 'ORG' || lookupCountry(name) || lookupCapital(name)) continue;
    const won = WINS_SEATS_AFTER.exec(text.slice(p.end, p.end + 80))?.[0];
    if (!won) continue;
    // a person wins an election or a majority of votes, not a counted number of seats ("took 48 of the 70 seats");
    // a name of several words wins them as a party unless it opens with a given name ("Samyukta Lok Morcha won
    // 112 of the 200 seats", round 12)
    const first = (name.split(/\s+/)[0] as string).toLowerCase();
    // ("The ruling party of President Faure Gnassingbe won 59 seats": the person completes the noun before "of",
    // which is what wins; round 17)
    const complement = p.type === 'PER' && /\bof\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(Math.max(0, p.start - 40), p.start));
    const person = p.type === 'PER' && (firstNames.has(first) || complement || !/\d[^]*\bseats$/.test(won));
    if (!person) p.type = 'ORG';
  }
}

/**
 * "The National Party of Prime Minister Ana Velez lost": a name never ends in a glue word ("of", "for", "and", "the");
 * the tagger and the rule layer ran one on where a title opened the next name. The word and the space go, before a
 * title only (round 17).
 */
function trailingGlueWords(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const glue = /\s+(?:of|for|and|the|de|du|des)$/u.exec(text.slice(p.start, p.end));
    // only before a title ("... of Prime Minister Ana Velez"): "Game of" before "Thrones" is a cut of another kind
    const title = /^\s+(\p{Lu}[\p{L}.]*)(?:\s+(\p{Lu}[\p{L}.]*))?/u.exec(text.slice(p.end, p.end + 40));
    const titled = title !== null && (NAME_TITLES_LOWER.has((title[1] as string).toLowerCase()) || NAME_TITLES_LOWER.has(`${title[1]} ${title[2]}`.toLowerCase()));
    if (glue && glue.index > 0 && titled) p.end = p.start + glue.index;
  }
}

/**
 * "Taiwan's Tsai Ing-wen condemned the drills", "Lee Jae-myung said": a family name of one syllable and a given name of
 * two joined by a hyphen, the second in lower case (Chinese and Korean names in English copy), is a person's name;
 * the tagger proposed nothing and the rule layer an organisation, or the tagger a place or body. A place's word
 * opening it ("Jeju Jae-do") is left (round 17).
 */
const HYPHENED_GIVEN_NAME = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}{1,5}) (\p{Lu}\p{Ll}{1,5})-(\p{Ll}{1,6})(?![\p{L}\p{M}'’-])/gu;
/** Words that open a phrase, never a family name ("The Paris-based agency", "Its Tokyo-born chief"). */
const PHRASE_OPENERS = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Our|Their|Some|Many|Two|Three|Every|Each|No)$/;

function eastAsianHyphenedNames(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(HYPHENED_GIVEN_NAME)) {
    const [family, middle, tail] = [m[1] as string, m[2] as string, m[3] as string];
    if (lookupCountry(family) || lookupCity(family, { minPopulation: 100_000 }) || lookupDemonym(family) || PHRASE_OPENERS.test(family)) continue;
    // ("a Paris-based agency", "the Kremlin-backed leader": a place or name before a participle is a modifier)
    if (/ed$/.test(tail) || LOCATIVE_COMPOUNDS.has(tail) || ACTING_COMPOUNDS.has(tail) || lookupCountry(middle) || lookupDemonym(middle)) continue;
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    // (proposals inside it, "Lai" of "Lai Ching-te", give way; a longer one holding it stays)
    replaceWithin(proposals, { start, end, type: 'PER' });
  }
}

/** A generational suffix (`names.generational-suffixes`) ending at a word's end. */
const GENERATIONAL_SUFFIX = String.raw`${GENERATIONAL_SUFFIXES}(?=[\s,.;:!?)'’]|$)`;
const SUFFIX_AFTER = new RegExp(String.raw`^,?\s${GENERATIONAL_SUFFIX}`, 'u');
const SUFFIX_ONLY = new RegExp(String.raw`^${GENERATIONAL_SUFFIX}$`, 'u');

/**
 * "James A. Baker 3d told reporters", "Tom Hale Reed Jr. said": the suffix closes the person's name (the tagger
 * left it out, or proposed it alone after a word it read as a title: "Bishop"), so the name ends where the suffix does
 * and the verb after it finds its subject. Round 17 (lead).
 */
function generationalSuffixes(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const prev = proposals[k - 1];
    // "Ann Lowe" + "Bishop" + "Jr.": the suffix alone, one capitalised word after the person before it
    if (SUFFIX_ONLY.test(text.slice(p.start, p.end)) && prev?.type === 'PER' && /^\s\p{Lu}[\p{L}'’-]+\s$/u.test(text.slice(prev.end, p.start))) {
      prev.end = p.end;
      proposals.splice(k, 1);
      continue;
    }
    // (a one-word name before a numeral is a monarch's or a pope's, whose number the name annotations leave out:
    // "Elizabeth II", "John Paul II" stay as they are)
    if (p.type !== 'PER' || !/\s/.test(text.slice(p.start, p.end))) continue;
    const suffix = SUFFIX_AFTER.exec(text.slice(p.end, p.end + 6));
    if (suffix && !proposals.some((q) => q.start >= p.end && q.start < p.end + suffix[0].length)) p.end += suffix[0].length;
  }
}
