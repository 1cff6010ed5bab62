import { lookupCity, lookupCountry } from '../nlp/gazetteer.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { replaceOverlapping } from './name-context-repairs.js';
import type { ProposedName } from './names.js';

/**
 * Nouns of a kind of body that a name set in apposition after them names ("the farmers' association, the Deutscher
 * Bauernverband,", "the departing party, the Reformist Bloc,"). Source: descriptions of associations, federations,
 * parties and blocs in wire copy; id `names.apposed-body-nouns` (NOTES.md, issue 12, round 25).
 */
const APPOSED_BODY_NOUNS = [
  'association', 'federation', 'confederation', 'union', 'party', 'bloc', 'alliance', 'coalition', 'movement',
  'group', 'lobby', 'council', 'chamber', 'league', 'syndicate', 'cooperative', 'co-operative', 'guild', 'front',
  'organisation', 'organization', 'institute', 'foundation', 'charity', 'network', 'consortium', 'company', 'firm',
  'regulator', 'watchdog', 'agency', 'militia', 'faction', 'club', 'team',
];
/** A capitalised word of a body's name; lower-case joining words of foreign and English names may stand inside. */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const JOIN = String.raw`(?:of|for|and|de|des|du|der|für|la|del|di)`;
/**
 * "The farmers' association, the Deutscher Bauernverband, said", "Its partner party, the Liberal Bloc, said": a
 * determiner or possessive, up to three modifiers (a plural possessive among them), the body noun, a comma, "the" and
 * a capitalised name closed by a comma, a bracket or the sentence's end.
 */
const APPOSED = new RegExp(String.raw`(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}-]*['’]s) (?:[\p{L}-]+(?:['’]s?)? ){0,3}(?:${APPOSED_BODY_NOUNS.join('|')}), the (${WORD}(?: (?:${JOIN} )?${WORD}){0,5})(?=\s*[,(;.])`, 'gu');

/**
 * A name in apposition after a body noun is the body (NOTES.md, issue 12, round 25; the round-24 lead's leftovers):
 * the tagger read "the Deutscher Bauernverband" (a foreign name) as a person, "the Confindustria Veneta" as a place,
 * and proposed nothing for "the Reformist Bloc" (no name ending in "Bloc" is in its data), so the description spoke
 * for the body. `bodyNounBefore` (./name-repairs.ts) types persons after "noun, X," with no "the"; with "the" the
 * apposition is a definite name and no person's ("the party's candidate, the ..." has no body noun). A country or a
 * town in apposition ("the host nation, the Netherlands,") is left.
 */
export function bodiesApposedToBodyNouns(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const body = text.slice(sentence.start, sentence.end);
  // (the pattern needs ", the " and a capital: most sentences are ruled out without running it)
  if (!body.includes(', the ')) return;
  for (const m of body.matchAll(APPOSED)) {
    const name = m[1] as string;
    if (lookupCountry(name) || lookupCity(name)) continue;
    const start = sentence.start + (m.index ?? 0) + m[0].length - name.length;
    const end = start + name.length;
    // a proposal reaching past the name (a longer body the tagger read) or already the body is left
    const inside = proposals.filter((p) => p.start < end && start < p.end);
    if (inside.some((p) => p.start < start || p.end > end || (p.type === 'ORG' && p.start === start && p.end === end))) continue;
    replaceOverlapping(proposals, { start, end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}
