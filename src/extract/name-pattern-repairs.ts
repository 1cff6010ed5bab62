import { PLURAL_BODY_NOUNS } from '../nlp/lexicon/organizations.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import type { NameMention, ProposedName } from './names.js';
import { saidItWouldAct } from './name-repairs.js';
import { replaceWithin } from './name-kind-repairs.js';

/**
 * Repairs of the tagger's proposals for names whose kind an English pattern around them says, probed in round 20
 * (NOTES.md, issue 12, round 20): "X and other carmakers" (a hyponym before its kind), "Save the Forests" (a
 * campaign named by an imperative), and a company named like a person that the sentence calls "it" ("Halvorsen
 * Brandt said it would close two plants"). Like ./name-lead-in-repairs.ts, each was found on invented reports and
 * works in place.
 */

/** The per-sentence repairs of this module, in order (called after ./name-lead-in-repairs.ts). */
export function namePatternRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  bodiesBeforeOtherBodies(text, proposals, ruleNames, givenNames);
  campaignsNamedSave(text, sentence, proposals);
  twoWordCompaniesSayingIt(text, sentence, proposals, givenNames);
  proposals.sort((a, b) => a.start - b.start);
}

/** "and other carmakers", "or other Asian lenders", "and other AI companies": up to two modifiers, then a plural of bodies. */
const AND_OTHER_BODIES = new RegExp(String.raw`^\s*,?\s+(?:and|or)\s+other\s+(?:[\p{L}-]+\s+){0,2}?(?:${PLURAL_BODY_NOUNS.join('|')})\b`, 'u');

/** What joins two names of one list: a comma, "and", "or". */
const LIST_GLUE = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

/**
 * "Orders from Kestrana and other carmakers fell", "loans to Brenford, Olvey and other retailers": a name before
 * "and other" and a plural of bodies is one of those bodies (the mirror of "carmakers such as X", round 11's
 * `bodiesListedAfterPluralBodies`); the tagger read such unknown names as places after "from" and persons after
 * "to", or not at all. The names listed before it with commas and "and" are bodies too. A name the gazetteer knows
 * as a country ("Norway and other lenders" is rare, "Norway and other countries" is no body) or one that opens with
 * a given name keeps its type; a rule-layer name nobody proposed is proposed.
 */
function bodiesBeforeOtherBodies(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  if (!/\bother\b/.test(text.slice(proposals[0]?.start ?? ruleNames[0]?.start ?? 0, (proposals.at(-1)?.end ?? 0) + 80))) return;
  const spans = [...proposals.map((p) => ({ start: p.start, end: p.end, proposal: p as ProposedName | undefined })),
    ...ruleNames.filter((r) => r.cls !== 'person' && !r.country && !proposals.some((q) => q.start < r.end && r.start < q.end)).map((r) => ({ start: r.start, end: r.end, proposal: undefined }))]
    .sort((a, b) => b.start - a.start);
  let listed = false;
  let nextStart = -1;
  for (const span of spans) {
    listed = AND_OTHER_BODIES.test(text.slice(span.end, span.end + 60)) || (listed && LIST_GLUE.test(text.slice(span.end, nextStart)));
    nextStart = span.start;
    if (!listed) continue;
    const name = text.slice(span.start, span.end);
    if (givenNames.has((name.split(/\s+/)[0] as string).toLowerCase()) || ruleNames.some((r) => r.start === span.start && r.country)) continue;
    if (!span.proposal) proposals.push({ start: span.start, end: span.end, type: 'ORG' });
    else span.proposal.type = 'ORG';
  }
}

/** "Save the Forests", "Save the Danube": the imperative, "the", and one to three capitalised words. */
const SAVE_THE = /\bSave the (?:\p{Lu}[\p{L}\p{M}'’-]*)(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}/gu;

/**
 * "Save the Forests said the logging had resumed", "activists from Save the Danube": a campaign or charity named by
 * the imperative "Save the" and its cause is one body; the tagger and the rule layer read the cause alone, a place
 * ("Danube") or a body "Rivers", or nothing. A lower-case "save the" is the verb.
 */
function campaignsNamedSave(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const own = text.slice(sentence.start, sentence.end);
  if (!own.includes('Save the ')) return;
  for (const m of own.matchAll(SAVE_THE)) {
    const start = sentence.start + (m.index ?? 0);
    replaceWithin(proposals, { start, end: start + m[0].length, type: 'ORG' });
  }
}

/**
 * "Halvorsen Brandt announced on Wednesday it would close two plants", "Merrow Lindqvist said it will hire 300
 * workers": two capitalised words opening the sentence, the first no given name of the lexicons, that "said" or
 * "announced" and then "it" with a modal and a business act refer to are a company named after its founders (the
 * one-word form is round 17's `companiesReferredToAsIts`). "Dana Whitfield said it would ..." keeps the person.
 */
function twoWordCompaniesSayingIt(text: string, sentence: TaggedSentence, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  const first = proposals[0];
  if (!first || first.type !== 'PER' || first.start !== sentence.tokens[0]?.start) return;
  const words = text.slice(first.start, first.end).split(' ');
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || givenNames.has((words[0] as string).toLowerCase())) return;
  const rest = text.slice(first.end, Math.min(proposals[1]?.start ?? sentence.end, sentence.end));
  const it = saidItWouldAct(rest);
  if (!it || /\b(?:he|she|his|her|him|they|their)\b/i.test(rest.slice(0, it.index))) return;
  first.type = 'ORG';
}
