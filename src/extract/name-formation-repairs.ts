import type { TaggedSentence } from '../nlp/tokens.js';
import type { ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals for formations, armed and deliberative, probed in round 22 (NOTES.md, issue 12,
 * round 22): a unit named after a town before its lower-case noun ("the Azov regiment"), and an assembly whose
 * name opens with a title-like word ("the General Synod").
 */

/** "the Azov regiment", "the Vostok battalion": "the", one capitalised word, a lower-case noun of one armed unit. */
const UNIT_NOUN_AFTER = /^\s+(?:regiment|brigade|battalion)\b/u;

/**
 * "Fighters of the Azov regiment surrendered", "The Vostok battalion fought in the east": a capitalised word
 * between "the" and a lower-case noun of one unit names the unit, an organisation, even when it is a town's name
 * (units are often named after one); the tagger read the town, and the unit is not where the town is. A demonym
 * or adjective ("the Ukrainian brigade") names no unit and is left.
 */
export function unitsNamedAfterTowns(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const { tokens } = sentence;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as TaggedSentence['tokens'][number];
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^the$/i.test((tokens[i - 1] as TaggedSentence['tokens'][number]).text) || !UNIT_NOUN_AFTER.test(text.slice(t.end, t.end + 12))) continue;
    if (t.tags.has('Demonym') || t.tags.has('Adjective')) continue;
    const overlapping = proposals.filter((p) => p.start < t.end && t.start < p.end);
    const same = overlapping[0];
    if (overlapping.length > 1 || (same && (same.start !== t.start || same.end !== t.end))) continue;
    if (same) same.type = 'ORG';
    else proposals.push({ start: t.start, end: t.end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * Nouns of assemblies and their standing bodies that a title-like word opens ("General Synod", "General
 * Conference", "Supreme Council", "Grand Assembly"): the deliberative bodies of churches, parties, unions and
 * states in English usage. Id `names.assembly-heads`.
 */
const ASSEMBLY_HEADS: ReadonlySet<string> = new Set([
  'synod', 'assembly', 'council', 'conference', 'congress', 'convention', 'convocation', 'presidium', 'politburo',
  'secretariat', 'directorate', 'chapter', 'consistory', 'senate', 'soviet',
]);

/** One or two capitalised words ending right before a name ("General ", "Supreme Central "). */
const CAPITALS_BEFORE = /(?:\p{Lu}\p{Ll}+\s+){1,2}$/u;

/**
 * "The Church of England's General Synod voted", "the party's Supreme Council met": a one-word person the tagger
 * proposed after a capitalised word it took for a title, when the word is an assembly's noun (ASSEMBLY_HEADS), is
 * the assembly, an organisation whose name opens with that word; no person is called "Synod".
 */
export function assembliesReadAsTitledPersons(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'PER' || !ASSEMBLY_HEADS.has(text.slice(p.start, p.end).toLowerCase())) continue;
    const before = CAPITALS_BEFORE.exec(text.slice(Math.max(0, p.start - 30), p.start));
    if (!before || proposals.some((q) => q !== p && q.end > p.start - before[0].length && q.start < p.start)) continue;
    p.start -= before[0].length;
    p.type = 'ORG';
  }
}
