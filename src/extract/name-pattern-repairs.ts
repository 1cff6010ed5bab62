import { INDUSTRY_HEADS, ORG_HEAD_WORDS, PLURAL_BODY_NOUNS } from '../nlp/lexicon/organizations.js';
import { ROLE_NOUNS } from '../nlp/lexicon/titles.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import type { NameMention, ProposedName } from './names.js';
import { saidItWouldAct } from './name-repairs.js';
import { replaceWithin } from './name-kind-repairs.js';

/**
 * Repairs of the tagger's proposals for names whose kind an English pattern around them says, probed in round 20
 * (NOTES.md, issue 12, round 20): "X and other carmakers" (a hyponym before its kind), "Save the Forests" (a
 * campaign named by an imperative), a company named like a person that the sentence calls "it" ("Halvorsen
 * Brandt said it would close two plants"), bands, labels and services named after their noun ("British band The
 * Hollow Lanterns"), and films, novels and albums named after theirs ("her debut novel, Cold Meridian,"). Like ./name-lead-in-repairs.ts, each was found on invented reports and
 * works in place.
 */

/** The per-sentence repairs of this module, in order (called after ./name-lead-in-repairs.ts). */
export function namePatternRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  bodiesBeforeOtherBodies(text, proposals, ruleNames, givenNames);
  campaignsNamedSave(text, sentence, proposals);
  twoWordCompaniesSayingIt(text, sentence, proposals, givenNames);
  bodiesAfterArtsNouns(text, proposals, ruleNames, givenNames);
  dropWorksAfterWorkNouns(text, sentence, proposals);
  personsOfBodiesAfterRoles(text, sentence, proposals);
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

/**
 * Nouns of bodies of the arts and of online services written right before their name: "British band The Hollow
 * Lanterns", "record label Velvet Grove", "Irish rock group X", "streaming service Lumora". Source: the descriptions
 * of bands, labels and online companies in entertainment and business copy; id `names.arts-and-service-bodies`. An app or platform
 * after any modifier is its company ("the budgeting app Pennywise", "the trading platform Quantiva"; round 23), not
 * a rig or a station's platform ("the offshore platform Brage" is a site).
 */
const ARTS_BODY_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(?:band|label|studio|orchestra|(?:rock|pop|folk|punk|metal|rap|indie|boy|girl|dance|theatre|theater) group|(?:streaming|ride-hailing|messaging|delivery|music|video|dating|payments?|food-delivery) (?:service|app|platform|company)|(?:[\p{Ll}-]+ )?(?<!(?:oil|gas|drilling|offshore|production|floating|launch|railway|station|observation|viewing|loading) )(?:app|platform))\s+(?:[Tt]he\s+)?$/iu;

/**
 * "British band The Hollow Lanterns released their album" (a place), "The folk band Tidewater Sisters played" (a
 * person), "Streaming service Lumora said" (a person): a name right after a noun of a band, a label or an online
 * service is that body. A name opening with a given name of the lexicons stays a person ("the band's singer" is
 * no such noun, but "band leader" would be).
 */
function bodiesAfterArtsNouns(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  const unproposed = ruleNames.filter((r) => r.cls !== 'person' && !r.country && !proposals.some((p) => p.start < r.end && r.start < p.end));
  for (const n of [...proposals, ...unproposed]) {
    if (!ARTS_BODY_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) continue;
    const name = text.slice(n.start, n.end);
    if ('type' in n) {
      if (!(n.type === 'PER' && givenNames.has((name.split(/\s+/)[0] as string).toLowerCase()))) n.type = 'ORG';
    } else proposals.push({ start: n.start, end: n.end, type: 'ORG' });
  }
}

/**
 * A noun of a work and the title written right after it: "her debut novel, Cold Meridian,", "his documentary Salt of
 * Kerala", "the band's second album, Iron Valley,"; the title is capitalised words and glue words. Verbs among such
 * nouns ("play", "show", "book", "game") are left out. Source: arts and entertainment copy; id `names.work-nouns`.
 */
const WORK_NOUN_AND_TITLE = /(?<![\p{L}\p{M}'’-])(?:film|movie|novel|album|documentary|memoir|biopic|sitcom|miniseries|series|opera|musical|painting|poem|anthology|novella|screenplay|thriller)\s*,?\s+((?:[Tt]he\s+|An?\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|the|and|in|on|a|to|for|at)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)*)/gu;

/**
 * "Ferreyra's previous film, Winter Harbour, was shown at Cannes" (a place), "Her debut novel, Cold Meridian, sold
 * poorly" (a person), "His documentary Salt of Kerala premiered" (the place Kerala): a title written right after a
 * noun of a work names the work, no actor or place, and the names inside it go with it (the annotated data has no
 * class for works; "Works and products leak as names" was a class left since round 1).
 */
function dropWorksAfterWorkNouns(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const own = text.slice(sentence.start, sentence.end);
  if (!/(?:film|movie|novel|album|documentary|memoir|biopic|sitcom|series|opera|musical|painting|poem|anthology|novella|screenplay|thriller)\b/i.test(own)) return;
  for (const m of own.matchAll(WORK_NOUN_AND_TITLE)) {
    const title = m[1] as string;
    // ("In this movie Google and Amazon create a new world": a title with no comma before it that joins names by
    // "and" is more often the sentence's subjects)
    if (!m[0].includes(',') && /\sand\s/.test(title)) continue;
    const start = sentence.start + (m.index ?? 0) + m[0].length - title.length;
    const end = start + title.length;
    for (let k = proposals.length - 1; k >= 0; k--) {
      const p = proposals[k] as ProposedName;
      if (p.start >= start && p.end <= end) proposals.splice(k, 1);
    }
  }
}

/** A role noun, a name of two to four capitalised words, "of", and a body's name of one to five capitalised words. */
const ROLE_NAME_OF_BODY = /(?<![\p{L}\p{M}'’-])(\p{L}+)\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})\s+of\s+(\p{Lu}[\p{L}\p{M}&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*){0,4})/gu;

/**
 * "Analyst Tran Thi Mai of Hoang Long Securities said" (one organisation), "Economist Nguyen Van Hai of Saigon Capital
 * said" (persons "Nguyen" and "Van Hai"): after a role noun (`ROLE_NOUNS`) a name, "of", and a body ending in a head
 * word of bodies or industries is a person of that body; the tagger reads names it does not know (Vietnamese given
 * names, unlisted in the lexicons round 15's `splitPersonOfOrganisation` reads) into the body.
 */
function personsOfBodiesAfterRoles(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const own = text.slice(sentence.start, sentence.end);
  if (!own.includes(' of ')) return;
  for (const m of own.matchAll(ROLE_NAME_OF_BODY)) {
    const [role, person, body] = [m[1] as string, m[2] as string, m[3] as string];
    const head = (body.split(/\s+/).at(-1) as string).toLowerCase().replace(/\.$/, '');
    if (!ROLE_NOUNS.has(role.toLowerCase()) || !(ORG_HEAD_WORDS.has(head) || INDUSTRY_HEADS.has(head))) continue;
    const personStart = sentence.start + (m.index ?? 0) + m[0].indexOf(person, role.length);
    const bodyStart = sentence.start + (m.index ?? 0) + m[0].length - body.length;
    const bodyEnd = bodyStart + body.length;
    // only where the tagger ran the person into the body, or cut the person in two
    const crossing = proposals.filter((p) => p.start < bodyEnd && personStart < p.end);
    if (!crossing.some((p) => p.start < personStart + person.length && p.end > bodyStart) && crossing.filter((p) => p.end <= personStart + person.length).length < 2) continue;
    for (const p of crossing) proposals.splice(proposals.indexOf(p), 1);
    proposals.push({ start: personStart, end: personStart + person.length, type: 'PER', personCue: 'names.role-before-person-of-body' }, { start: bodyStart, end: bodyEnd, type: 'ORG' });
  }
}
