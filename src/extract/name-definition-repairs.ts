import type { TaggedSentence } from '../nlp/tokens.js';
import type { ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals where the sentence defines what a name is, probed in round 23 (NOTES.md, issue
 * 12, round 23, helper names24): a settlement or district named by a word no list knows, set in apposition ("Dabuko,
 * a village 30 km from the border,") or in a copula ("Oruzgan is a remote district in the south"). The tagger
 * proposes nothing for such a word (it has no place feature and the gazetteer lacks it), or a person, and the rule
 * layer leaves it unknown; wire copy names villages and districts so all the time.
 */

/** The per-sentence repairs of this module, in order (called after ./name-pattern-repairs.ts). */
export function nameDefinitionRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  placesDefinedAsSettlements(text, sentence, proposals, givenNames);
  proposals.sort((a, b) => a.start - b.start);
}

/** Nouns of a settlement or an administrative area that define a place in apposition or after "is a". */
const SETTLEMENT_NOUNS = 'town|village|city|district|province|region|island|county|port|settlement|suburb|municipality|hamlet|oasis|commune|township|neighbourhood|neighborhood|enclave|outpost|atoll';

/**
 * One to three capitalised words, then ", a/an/the" or " is/was a/an", at most three modifiers (words in lower
 * case, numbers, hyphenated compounds), and a settlement noun ("Dabuko, a farming village", "Sokwere, the nearest
 * town", "Oruzgan is a remote district"). Compiled once.
 */
const DEFINED_AS_SETTLEMENT = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2})(?:, (?:a|an|the) | (?:is|was) (?:a|an|the) )(?:[\p{Ll}\d][\p{Ll}\d,.-]* ){0,3}(?:${SETTLEMENT_NOUNS})(?![\p{L}'’-])`,
  'gu',
);

/**
 * What may follow the settlement noun when it heads the phrase: the end of the clause, a number or a preposition
 * or relative word. A noun after it makes it a modifier ("a village elder", "a town councillor", "the city
 * council"): the name is then a person's or a body's.
 */
const HEAD_FOLLOWER = /^(?:\s*[,.;:)!?—–-]|\s*$|\s+\d|\s+(?:of|in|on|near|north|south|east|west|northeast|northwest|southeast|southwest|about|some|with|where|which|that|whose|along|at|outside|close|just|around|by|from|across|inside|known|home|located|situated|bordering|and|overlooking|famous)\b)/u;

/** Words that open a clause before a name and are not part of it ("In Dabuko, a village ..."). */
const OPENING_WORD = /^(?:In|At|On|From|Near|To|The|And|But|By|Of|For|With|Outside|Inside|Around|After|Before|Across|Into|Toward|Towards)\s+/u;

/**
 * "Gunmen attacked Dabuko, a village 30 km from the border", "Oruzgan is a remote district in the south",
 * "The bodies were taken to Sokwere, the nearest town, where": a name defined as a settlement or an area is that
 * place. With no proposal on it, a place is proposed (later repairs carry it to the article's other mentions); a
 * person proposed over exactly its span is retyped unless it opens with a given name the lexicons know. A body or
 * a longer proposal is left ("Lake Port Holdings, a port operator," never matches: "operator" follows the noun).
 */
export function placesDefinedAsSettlements(text: string, sentence: TaggedSentence, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(DEFINED_AS_SETTLEMENT)) {
    if (!HEAD_FOLLOWER.test(slice.slice((m.index as number) + m[0].length))) continue;
    const opening = OPENING_WORD.exec(m[1] as string)?.[0].length ?? 0;
    const name = (m[1] as string).slice(opening);
    const start = sentence.start + (m.index as number) + opening;
    if (!/^\p{Lu}\p{Ll}/u.test(name) || closedClassWordAt(sentence, start)) continue;
    const end = start + name.length;
    const overlapping = proposals.filter((p) => p.start < end && start < p.end);
    const same = overlapping[0];
    if (overlapping.length > 1 || (same && (same.start !== start || same.end !== end || same.type === 'ORG'))) continue;
    if (same?.type === 'PER' && givenNames.has((name.split(' ')[0] as string).toLowerCase())) continue;
    if (same) same.type = 'LOC';
    else proposals.push({ start, end, type: 'LOC' });
  }
}

/** Tags of words that define nothing by name ("It is the largest town", "This was a village", "There is a port"). */
const CLOSED_CLASS_TAGS = ['Pronoun', 'Determiner', 'Adverb', 'Conjunction', 'Preposition', 'QuestionWord'];

/** Whether the token opening at `start` is a pronoun, determiner or other closed-class word. */
function closedClassWordAt(sentence: TaggedSentence, start: number): boolean {
  const t = sentence.tokens.find((k) => k.start === start);
  return t !== undefined && CLOSED_CLASS_TAGS.some((tag) => t.tags.has(tag));
}
