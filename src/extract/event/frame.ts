import type { Token } from '../../nlp/tokens.js';
import { EVENT_NOUNS, EVENT_VERBS, LIGHT_VERBS } from '../../nlp/lexicon/event-triggers.js';
import { own } from '../../nlp/lexicon/own.js';
import { ALLEGIANCE_TO, BACKED_BY, COMPLEMENT_VERBS, CONVENED, EQUIPPED_WITH, IRREGULAR_PAST, PERSON_HEADS, PORTION_NOUNS, QUANTITY_APPROXIMATORS, STRIKE_WEAPON } from '../../nlp/lexicon/event-cues.js';
import { ROLE_NOUNS } from '../../nlp/lexicon/titles.js';
import { reportingLemma } from '../../nlp/lexicon/reporting-verbs.js';
import {
  isBeOrGet, isFiniteVerb, isReducedParticiple, mistaggedNoun, isRelative, isSubordinator, isVerbGroupFiller, opensClause, restrictiveRelative, type TokenRange,
} from './clause.js';

/**
 * The argument structure of a trigger, read from its clause: who stands before the verb, what follows it, and the
 * prepositional phrases around it. Roles come from here, not from word order: a passive subject is what the act
 * was done to, "by X" is who did it.
 */
export interface Frame {
  voice: 'active' | 'passive' | 'nominal';
  /** The subject of the verb (or of the light verb governing a noun trigger), as a token range. */
  subject: TokenRange | null;
  /** The subject was not in the clause: reached through a relative word, a coordination or a controlling verb. */
  subjectVia?: 'relative' | 'coordination' | 'control' | 'adjunct' | 'fronted';
  /** The noun phrase right after the verb. */
  object: TokenRange | null;
  /** Prepositional phrases after the trigger and its object, inside its clause. */
  preps: Array<{ prep: string; range: TokenRange }>;
  /** Words before a noun trigger inside its noun phrase ("Ortega's visit", "the Peruvian uprising"). */
  premodifier: TokenRange | null;
  /** The premodifier ends in a possessive ("Marlow's visit"). */
  possessive: boolean;
  /** The verb that governs a noun trigger ("held talks", "carried out strikes"), by lemma. */
  governor?: string;
  /** That verb is passive with the noun after it ("was handed a prison sentence"): its subject is the recipient. */
  governorPassive?: boolean;
}

const PREPOSITIONS = new Set([
  'of', 'by', 'with', 'between', 'among', 'against', 'on', 'in', 'at', 'to', 'into', 'from', 'for', 'near', 'outside',
  'inside', 'toward', 'towards', 'across', 'through', 'throughout', 'around', 'during', 'over', 'under', 'about',
  'after', 'before', 'since', 'until', 'onto', 'upon', 'via', 'within', 'without', 'behind', 'beyond', 'amid', 'alongside',
]);
const PARTICLES = /^(?:out|down|up|back|off|over|away|in|on)$/;
const SUBJECT_PRONOUNS = /^(?:he|she|they|it|we|i|you)$/;
/** An apposition naming who came along ("joined by her deputy", "along with aides"). */
const ACCOMPANIED = /^(?:accompanied by|joined by|flanked by|along with|together with|alongside)\b/;
/** Verbs a noun subject occurs with, after which its phrases go on ("raids could be carried out by militias"). */
const OCCURS = /^(?:take|took|taken|taking|takes|occur|occurs|occurred|happen|happens|happened|continue|continues|continued)$/;
/**
 * Verbs of a happening's outbreak, after which its phrases go on too ("Fighting broke out between rival gangs",
 * "clashes erupted between police and protesters", "talks began with the rebels"). Id: `events/onset-verbs`.
 */
const ONSETS = /^(?:broke|break|breaks|breaking|erupted|erupt|erupts|flared|flare|flares|raged|rages|began|begin|begins|begun|started|starts|resumed|resumes|escalated|intensified)$/;

export function isPreposition(tok: Token | undefined): boolean {
  return tok !== undefined && (PREPOSITIONS.has(tok.lower) || (tok.tags.has('Preposition') && !isSubordinator(tok) && !isRelative(tok)));
}

/** A word that can stand inside a noun phrase. */
export function isNominal(tok: Token | undefined): boolean {
  if (tok === undefined) return false;
  if (PREPOSITIONS.has(tok.lower) || tok.tags.has('Preposition') || tok.tags.has('Conjunction') || isSubordinator(tok) || isRelative(tok)) return false;
  if (tok.tags.has('Verb') && !tok.tags.has('Noun') && !tok.tags.has('Adjective') && !tok.tags.has('ProperNoun')) {
    // "Witness", "March": capitalised words inside a name
    return /^\p{Lu}/u.test(tok.text) && tok.index > 0 && !tok.tags.has('Auxiliary');
  }
  return (
    tok.tags.has('Noun') || tok.tags.has('ProperNoun') || tok.tags.has('Pronoun') || tok.tags.has('Adjective') ||
    tok.tags.has('Determiner') || tok.tags.has('Value') || tok.tags.has('Cardinal') || tok.tags.has('Possessive') ||
    tok.tags.has('Acronym') || tok.tags.has('Date') || /^\p{Lu}/u.test(tok.text) || /^\d/.test(tok.text)
  );
}

/** A comma-enclosed stretch that describes the noun before it: an apposition, a relative or participial clause. */
function describesNoun(tokens: readonly Token[], from: number, to: number): boolean {
  const head = tokens[from];
  const before = tokens[from - 1];
  if (!head || !before || !isNominal(before) || before.tags.has('Preposition')) return false;
  if (isRelative(head) || head.tags.has('Gerund')) return true;
  if ((head.tags.has('PastTense') || head.tags.has('Participle')) && (tokens[from + 1]?.lower === 'by' || tokens[from + 1]?.tags.has('Preposition'))) return true;
  if (head.tags.has('Adverb') && from === to) return true; // "X, however, said"
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (isFiniteVerb(tokens, k) || isSubordinator(t) || /[;:]/.test(t.post)) return false;
  }
  return isNominal(head);
}

/**
 * Whether the comma-enclosed `from`..`to` is only a name ("Arvid Holm", "Lena Varga and Tomas Reinholt") after a
 * phrase `np` whose head is a common noun ("the country's foreign minister", "the two ministers").
 */
function namesDescription(tokens: readonly Token[], np: TokenRange, from: number, to: number): boolean {
  const head = tokens[np.last] as Token;
  // ("His main rival, Vera Koss, conceded": the tagger reads a noun of people before a comma as an adjective; round 25)
  if (/^\p{Lu}/u.test(head.text) || head.tags.has('Pronoun') || !(head.tags.has('Noun') || PERSON_HEADS.test(head.lower))) return false;
  // ("Her challenger, former mayor Ivo Renn, conceded": a lower-case title before the name; round 25,
  // `events/titled-apposition`)
  let start = from;
  while (start < to && /^\p{Ll}/u.test((tokens[start] as Token).text) && (ROLE_NOUNS.has((tokens[start] as Token).lower) || (tokens[start] as Token).tags.has('Adjective'))) start++;
  if (start > from && !ROLE_NOUNS.has((tokens[start - 1] as Token).lower)) return false;
  let names = 0;
  for (let k = start; k <= to; k++) {
    const t = tokens[k] as Token;
    if (/^(?:and|&)$/.test(t.lower) && k > from && k < to) continue;
    if (!/^\p{Lu}/u.test(t.text) || t.tags.has('Pronoun') || t.tags.has('Date')) return false;
    names++;
  }
  return names >= 2 || (names === 1 && (tokens[start] as Token).tags.has('ProperNoun'));
}

/**
 * "met his Jordanian counterpart, Samir Haddad, in Amman": an object whose head is a title or a description takes in
 * the name the comma-enclosed apposition after it gives.
 */
function withNamingApposition(tokens: readonly Token[], np: TokenRange, clauseLast: number): TokenRange {
  if (!/,/.test((tokens[np.last] as Token).post)) return np;
  let to = np.last + 1;
  while (to < clauseLast && !/[,;:.]/.test((tokens[to] as Token).post)) to++;
  if (to > clauseLast || to - np.last > 4 || !/[,.]/.test((tokens[to] as Token).post)) return np;
  return namesDescription(tokens, np, np.last + 1, to) ? { first: np.first, last: to } : np;
}

/** A gerund, or an -ing word the tagger read as a noun where it heads a phrase (", killing 12 fighters"). */
function gerundLike(tok: Token): boolean {
  return tok.tags.has('Gerund') || (/ing$/.test(tok.lower) && tok.lower.length > 5);
}

/** The start of the verb group that ends at `i`: auxiliaries, modals, negation and adverbs before it ("had not yet been"). */
export function verbGroupStart(tokens: readonly Token[], i: number): number {
  let g = i;
  while (g > 0 && isVerbGroupFiller(tokens[g - 1]) && !/[,;:]/.test((tokens[g - 1] as Token).post)) g--;
  if (g > 0 && tokens[g - 1]?.lower === 'to') g--;
  return g;
}

/**
 * The last tensed verb before `end`; after a comma, the one before a relative clause that ends there ("police opened
 * fire on protesters who stormed parliament, killing five": the gerund goes with the main clause; round 14).
 */
function verbBeforeComma(tokens: readonly Token[], end: number, comma: boolean): number {
  const v = previousFiniteVerb(tokens, end);
  const g = v >= 0 ? verbGroupStart(tokens, v) : -1;
  // ("Rebels attacked a convoy that was carrying aid, killing three drivers": "that" right after a noun opens a relative
  // too, and the gerund goes with the main clause; round 15)
  const thatRelative = g > 1 && tokens[g - 1]?.lower === 'that' && isNominal(tokens[g - 2]) && !(tokens[g - 2] as Token).tags.has('Verb');
  if (comma && g > 0 && (isRelative(tokens[g - 1]) || thatRelative)) return previousFiniteVerb(tokens, g - 1);
  const opener = comma && g > 0 ? trailingAdverbialOpener(tokens, g) : -1;
  return opener > 0 ? previousFiniteVerb(tokens, opener) : v;
}

/** Subordinators of a trailing adverbial clause ("as he walked", "while residents slept") a gerund after it skips. */
const ADVERBIAL_OPENERS = /^(?:as|while|whilst|when|after|because|since|although|though|once|whereas)$/;

/**
 * "A gunman opened fire on the mayor as he walked to his car, killing him", "Rebels attacked the village while
 * residents slept, killing 12": a gerund after a trailing adverbial clause goes with the main clause, not with the
 * clause's own verb. The index of the subordinator, or -1. Not when the main clause is progressive ("A bus was passing
 * the market when a bomb exploded, killing 12": the when-clause tells the news). Round 23, `events/adverbial-gerund`.
 */
function trailingAdverbialOpener(tokens: readonly Token[], g: number): number {
  const np = phraseEndingAt(tokens, g - 1, true);
  const k = np ? np.first - 1 : -1;
  if (k <= 0 || !ADVERBIAL_OPENERS.test((tokens[k] as Token).lower) || /[,;:]/.test((tokens[k - 1] as Token).post)) return -1;
  const main = previousFiniteVerb(tokens, k);
  if (main < 0) return -1;
  const progressive = tokens.slice(verbGroupStart(tokens, main), k).some((t, j, group) => isBeOrGet(t) && /ing$/.test(group[j + 1]?.lower ?? ''));
  return progressive ? -1 : k;
}

/** Index of the last tensed verb before `before` in the sentence, stopping at ; and : */
function previousFiniteVerb(tokens: readonly Token[], before: number): number {
  for (let k = before - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (/[;:]/.test(t.post)) return -1;
    // ("carried out strikes": a verb-tagged word after a particle or determiner is a noun)
    const before = tokens[k - 1];
    if (before && (before.tags.has('Particle') || before.tags.has('Determiner') || before.tags.has('Adjective') || before.tags.has('Possessive'))) continue;
    // ("Rebels shelled army positions outside the town": a plural right after a verb's first object noun is that
    // object's head, whatever the tagger made of it; round 14)
    if (before && (isNominal(before) || mistaggedNoun(before)) && !before.tags.has('Pronoun') && t.tags.has('PresentTense') && /s$/.test(t.lower) && k >= 2 && isFiniteVerb(tokens, k - 2)) continue;
    // ("ordered the flags lowered and visited the wounded": a participle after the object of "ordered" is that
    // object's complement, and the verb after "and" shares the subject of "ordered"; round 22)
    if (objectComplement(tokens, k)) continue;
    // ("killed nearly 9,000 people and destroyed": an adverb before a number is the object's, not the verb group's)
    // ("Floods swept away bridges and destroyed crops": a particle after the verb is the verb's, not a filler before
    // another verb; round 24, `events/particle-object-retag`)
    if (isFiniteVerb(tokens, k) && (!isVerbGroupFiller(tokens[k + 1]) || quantityBefore(tokens, k + 1) || PARTICLES.test(tokens[k + 1]?.lower ?? ''))) return k;
  }
  return -1;
}

/**
 * Whether the verb at `k` is the complement of an object ("declared the district closed", "kept the border shut",
 * "had his passport seized"): a participle right after a noun phrase that follows a verb taking an object and its
 * complement (`COMPLEMENT_VERBS`). Round 22, `events/object-complement`.
 */
function objectComplement(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (!isNominal(tokens[j])) return false;
  while (j > 0 && j > k - 6 && !/[,;:]/.test((tokens[j - 1] as Token).post) && (isNominal(tokens[j - 1]) || /^(?:the|a|an|its|their|his|her|our|all|both|some)$/.test((tokens[j - 1] as Token).lower) || (tokens[j - 1] as Token).tags.has('Adjective') || (tokens[j - 1] as Token).tags.has('Value'))) j--;
  return j > 0 && COMPLEMENT_VERBS.test((tokens[j - 1] as Token).lower);
}

/** Whether the token at `i` is an adverb of quantity before a number ("nearly 9,000", "about 40", "almost half"). */
function quantityBefore(tokens: readonly Token[], i: number): boolean {
  return /^(?:nearly|almost|about|around|roughly|approximately|some|over|just|only)$/.test(tokens[i]?.lower ?? '') && (tokens[i + 1]?.tags.has('Value') ?? false);
}


/**
 * "Israeli airstrikes killed 12", "Heavy floods swept ...": a plural noun of a happening the tagger read as a present
 * verb, at the start of the sentence or after a determiner, number or modifier, right before the verb group it is the
 * subject of ("the army raids homes" has a noun after it, not a verb).
 */
function mistaggedEventPlural(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!t.tags.has('Verb') || !/s$/.test(t.lower) || own(EVENT_NOUNS, t.lower.slice(0, -1)) === undefined) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!next || !(next.tags.has('Verb') || isVerbGroupFiller(next)) || next.tags.has('Noun') || /[,;:]/.test(t.post)) return false;
  return prev === undefined || /[,;:]/.test(prev.post) ? k === 0 : prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Demonym') || prev.tags.has('Value');
}

/**
 * "Two dams burst", "three boats capsized": a plural after a count, right before the verb group, is the counted noun
 * the tagger read as a present verb (a number is never the subject of "dams" or "boats" as verbs).
 */
function countedPlural(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!countedNoun(tokens, k) || /[,;:]/.test((tokens[k] as Token).post)) return false;
  return next !== undefined && (next.tags.has('Verb') || isVerbGroupFiller(next)) && !next.tags.has('Noun');
}

/** "four engineers", "two dams": a plural right after a count is a noun, whatever reading the tagger gave it. */
export function countedNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (!t.tags.has('Verb') || t.tags.has('PastTense') || !/[^s]s$/.test(t.lower) || prev === undefined || /[,;:]/.test(prev.post)) return false;
  // ("handed over three Italian engineers": one adjective or capitalised modifier between the count and the noun; round 16)
  const modifier = (prev.tags.has('Adjective') || (prev.tags.has('ProperNoun') && /^\p{Lu}/u.test(prev.text))) && !prev.tags.has('Verb');
  return prev.tags.has('Cardinal') || (modifier && tokens[k - 2]?.tags.has('Cardinal') === true && !/[,;:]/.test((tokens[k - 2] as Token).post));
}

/**
 * "heavily armed men stormed", "said masked gunmen opened fire": an -ed form right before the plural noun it describes,
 * after an adverb, a determiner, a number, a verb or the start of the sentence (no subject of its own before it).
 */
function participleModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  // ("Protesters loyal to the ousted president blocked": a participle between a determiner and a noun modifies it; round 15)
  const determined = prev?.tags.has('Determiner') === true && next?.tags.has('Noun') === true && !next.tags.has('Date');
  if (!/ed$/.test(t.lower) || !t.tags.has('Verb') || !(next?.tags.has('Plural') || determined) || next?.tags.has('Pronoun') || /[,;:]/.test(t.post)) return false;
  return prev === undefined || /[,;:]/.test(prev.post) || prev.tags.has('Adverb') || prev.tags.has('Determiner') || prev.tags.has('Value') || (prev.tags.has('Verb') && !prev.tags.has('Noun'));
}

/** Adverbs of time the tagger reads as adjectives between a subject and its verb ("police later arrested"). */
const TIME_ADVERBS = /^(?:later|earlier|then|also|quickly|immediately|subsequently)$/;

/** The noun phrase that ends at `end`, scanning left to a verb, clause opener or punctuation. */
function phraseEndingAt(tokens: readonly Token[], end: number, stopAtPrepositions: boolean): TokenRange | null {
  let start = end + 1;
  // "an appeals court later reversed": the adverb the tagger read as an adjective is no part of the subject
  const last = end > 0 && TIME_ADVERBS.test((tokens[end] as Token).lower) && mistaggedNoun(tokens[end - 1] as Token) ? end - 1 : end;
  for (let k = end; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (k < end && /[;:,()]/.test(t.post) && !nameListGoesOn(tokens, k, end)) break;
    // "..., and police arrested 14 people": the tagger reads "police" after "and" as a verb; a group noun right
    // before the verb group is its subject
    // ("Pirates seized a tanker": opening the sentence before a past verb or an auxiliary too; round 14)
    const opening = k === 0 && (tokens[k + 1]?.tags.has('PastTense') || isVerbGroupFiller(tokens[k + 1]));
    if ((k > 0 || opening) && mistaggedNoun(t) && k === last
      && (tokens[k + 1]?.tags.has('Verb') || isVerbGroupFiller(tokens[k + 1]) || TIME_ADVERBS.test(tokens[k + 1]?.lower ?? ''))) {
      start = k;
      continue;
    }
    if ((k === last && (mistaggedEventPlural(tokens, k) || countedPlural(tokens, k))) || (k < end && participleModifier(tokens, k))) {
      start = k;
      continue;
    }
    if (isFiniteVerb(tokens, k) || isRelative(t) || t.lower === 'that' || (isSubordinator(t) && opensClause(tokens, k))) break;
    if (stopAtPrepositions && isPreposition(t)) break;
    if (t.tags.has('Verb') && !isNominal(t) && !t.tags.has('Gerund') && !isReducedParticiple(tokens, k) && !(t.tags.has('PastTense') && tokens[k + 1]?.lower === 'by')) break;
    start = k;
  }
  return start <= last ? { first: start, last } : null;
}

/**
 * "Egypt, Turkey and Greece sent rescue teams": at the comma after a name, a list of names that ends in "and" before
 * the verb goes on (the first conjunct had been cut off the subject). Not after a preposition ("In Cairo, Egypt and
 * Turkey agreed"). Round 16, `events/name-list-subject`.
 */
function nameListGoesOn(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (t.post.trim() !== ',' || !t.tags.has('ProperNoun') || !next || !/^\p{Lu}/u.test(next.text)) return false;
  let j = k - 1;
  while (j >= 0 && (tokens[j] as Token).tags.has('ProperNoun') && !/[,;:]/.test((tokens[j] as Token).post)) j--;
  if (j >= 0 && !/,/.test((tokens[j] as Token).post) && !(tokens[j] as Token).tags.has('Determiner')) return false;
  const rest = tokens.slice(k + 1, end + 1);
  return rest.some((w) => /^(?:and|or)$/.test(w.lower)) && !rest.slice(0, -1).some((w) => /[;:()]/.test(w.post));
}

/** The subject of the verb group starting at `g`, and how it was reached. */
function subjectOf(tokens: readonly Token[], g: number, depth = 0): SubjectFound {
  if (depth > 3 || g <= 0) return null;
  // the verb the group leads to, past auxiliaries and adverbs ("suddenly marching", "had not yet been")
  let h = g;
  while (h < tokens.length - 1 && (isVerbGroupFiller(tokens[h]) || (tokens[h] as Token).lower === 'to') && !(tokens[h] as Token).tags.has('Gerund')) h++;
  // "after being rescued": a group opened by a gerund auxiliary is a gerund phrase
  const verb = (tokens[g] as Token).tags.has('Gerund') && isBeOrGet(tokens[g]) || /^having$/.test((tokens[g] as Token).lower) ? tokens[g] as Token : tokens[h] as Token;
  // "to visit": the object of a verb of sending or asking ("sent Ortega to visit"), else the subject of the verb before
  if ((tokens[g] as Token).lower === 'to') return infinitiveSubject(tokens, g, depth);
  // "North Korea test-fired a missile": the tagger splits off "test-" as a noun; it is part of the verb (round 16,
  // `events/test-prefix`)
  const end = g - 1 - (g >= 2 && /^test$/.test((tokens[g - 1] as Token).lower) && (tokens[g - 1] as Token).post.trim() === '-' ? 1 : 0);
  const prev = tokens[end] as Token;
  const shared = sharedSubject(tokens, g, verb, depth);
  if (shared !== undefined) return shared;
  // "X, a Y, did": skip the apposition, relative or participial clause the comma before the verb closes
  if (/,/.test(prev.post)) {
    let q = end - 1;
    while (q >= 0 && !/[,;:]/.test((tokens[q] as Token).post)) q--;
    if (q < 0 || !/,/.test((tokens[q] as Token).post) || !describesNoun(tokens, q + 1, end)) return null;
    // "The minister, joined by her deputy Ana Ruiz, began": the company the apposition names acts too
    const company = ACCOMPANIED.test(tokens.slice(q + 1, q + 3).map((t) => t.lower).join(' '));
    const np = phraseEndingAt(tokens, q, false);
    // "Velland's president, Arvid Holm, will travel", "the two ministers, A and B, held talks": a title or a
    // description named by the apposition; the name is who acts
    if (np && !company && namesDescription(tokens, np, q + 1, end)) return { range: { first: q + 1, last: end } };
    return np ? { range: company ? { first: np.first, last: end } : np } : null;
  }
  // "A quake in 2015 killed ...", "The storm on Friday destroyed ...": a time phrase after the subject's head is
  // no part of what acts
  const head = allegianceHost(tokens, relativeHost(tokens, timeAfterSubject(tokens, end)));
  const np = gerundLike(verb) ? phraseEndingAt(tokens, head, true) : phraseEndingAt(tokens, head, false);
  return np ? { range: np } : null;
}

/**
 * "Protesters who gathered outside parliament clashed": the subject of a verb right after a restrictive who-relative is
 * the noun before "who"; the index of that noun, or `end` when no such relative ends at `end` (round 14).
 */
function relativeHost(tokens: readonly Token[], end: number): number {
  for (let k = end; k > Math.max(0, end - 12); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post) && k < end) return end;
    if (t.lower === 'who' && k < end && restrictiveRelative(tokens, k)) return k - 1;
  }
  return end;
}

/**
 * "Militants linked to al-Qaeda attacked", "Rebels backed by Rwanda seized": the subject of a verb after an allegiance
 * phrase is the noun before it; the index of that noun, or `end` when no such phrase ends at `end` (round 15, second
 * wave, `event-cues/allegiance`).
 */
function allegianceHost(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k > Math.max(0, end - 8); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post)) return end;
    const prep = tokens[k + 1]?.lower ?? '';
    // ("Men armed with machetes attacked": a group's equipment describes it too, `event-cues/equipped-with`)
    const tied = ((ALLEGIANCE_TO.test(t.lower) || EQUIPPED_WITH.test(t.lower)) && /^(?:to|with)$/.test(prep)) || (BACKED_BY.test(t.lower) && prep === 'by');
    const host = tokens[k - 1] as Token;
    // ("Militants linked to ...": the tagger may read the participle as the subject's own verb)
    if (tied && (host.tags.has('Noun') || mistaggedNoun(host)) && !/[,;:]/.test(host.post)) return k - 1;
    if (isFiniteVerb(tokens, k)) return end;
  }
  return end;
}

/** Words of a time phrase between a subject and its verb ("on Monday", "last weekend", "late on Wednesday"). */
const TIME_PHRASE_WORDS = /^(?:in|on|during|last|this|next|earlier|late|early|overnight)$/;

/**
 * "A quake in 2015 killed ...", "Japan last weekend marked ...", "The army late on Wednesday said ...": a time phrase
 * after the subject's head is no part of what acts; the index of the word before it, or `end` when there is none.
 * Id: `events/time-after-subject`.
 */
function timeAfterSubject(tokens: readonly Token[], end: number): number {
  let k = end;
  let dated = false;
  while (k >= 0 && /[^,;:]$|^$/.test((tokens[k] as Token).post) && ((tokens[k] as Token).tags.has('Date') || /^\d{4}$/.test((tokens[k] as Token).text) || TIME_PHRASE_WORDS.test((tokens[k] as Token).lower))) {
    if ((tokens[k] as Token).tags.has('Date') || /^\d{4}$/.test((tokens[k] as Token).text)) dated = true;
    k--;
  }
  if (!dated || k < 0 || k === end || !isNominal(tokens[k]) || (tokens[k] as Token).tags.has('Date') || /[,;:]/.test((tokens[k] as Token).post)) return end;
  // ("activists arrested in Nairobi last week were released": after a prepositional phrase the time is the phrase's verb's;
  // round 20: also when words of the noun phrase stand between, "kidnapped in central Mali last December have been
  // freed", "detained in the restive Kedar region last January", `events/time-after-place-phrase`)
  // ("Two nurses abducted in northern Niger in March were freed", "A tanker seized by Iran in May has been released":
  // after a participle's phrase even "in"/"on" opens the participle's time)
  const prep = phraseOpening(tokens, k) - 1;
  if (isPreposition(tokens[prep]) && (!/^(?:in|on|during)$/.test((tokens[k + 1] as Token).lower) || participleBefore(tokens, prep))) return end;
  // the phrase must open with a word of time, not run on from a noun ("the 2015 quake")
  return TIME_PHRASE_WORDS.test((tokens[k + 1] as Token).lower) || (tokens[k + 1] as Token).tags.has('Date') ? k : end;
}

/**
 * A past participle opens the chain of phrases that ends with the preposition at `prep` ("abducted in northern Niger",
 * "seized by Iran's Revolutionary Guards in the Gulf"): back over noun-phrase words and prepositions only.
 */
function participleBefore(tokens: readonly Token[], prep: number): boolean {
  for (let j = prep - 1; j >= Math.max(0, prep - 8); j--) {
    const t = tokens[j] as Token;
    if (/[,;:]/.test(t.post)) return false;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return t.tags.has('PastTense') || t.tags.has('Participle');
    if (!(isPreposition(t) || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value'))) return false;
  }
  return false;
}

/**
 * The first word of the noun phrase whose head is at `k`: back over up to four determiners, adjectives and nouns with
 * no punctuation between ("the restive Kedar region", "central Mali").
 */
function phraseOpening(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && j > k - 4) {
    const t = tokens[j - 1] as Token;
    if (/[,;:]/.test(t.post) || t.tags.has('Date') || t.tags.has('Verb') || !(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun'))) break;
    j--;
  }
  return j;
}

/** What a subject search finds: the subject's tokens and how the clause came by it, or null for none. */
type SubjectFound = { range: TokenRange; via?: Frame['subjectVia'] } | null;


/** Where the quantity phrase before token `first` starts ("more than" before "600 people"), else `first`. */
function quantityPhraseStart(tokens: readonly Token[], first: number): number {
  let k = first;
  // (the phrase may already hold the opener's last word: "least 40 families")
  while (k < first + 2 && QUANTITY_APPROXIMATORS.test((tokens[k] as Token).lower)) k++;
  if (!/^[\d,.]+$|^(?:hundreds|thousands|dozens|millions|tens)$/.test(tokens[k]?.lower ?? '')) return first;
  while (k > 0 && k > first - 3 && QUANTITY_APPROXIMATORS.test((tokens[k - 1] as Token).lower) && !/[,;:]/.test((tokens[k - 1] as Token).post)) k--;
  return k;
}

/** The subject of an infinitive at `g` ("to"): the object of a verb of sending or asking, else the governing verb's subject. */
function infinitiveSubject(tokens: readonly Token[], g: number, depth: number): SubjectFound {
  const prev = tokens[g - 1] as Token;
  if (isNominal(prev) && !/[,;:]/.test(prev.post)) {
    let np = phraseEndingAt(tokens, g - 1, true);
    // ", forcing government troops to withdraw": the gerund that opens the phrase governs the infinitive
    if (np && np.first < np.last && (tokens[np.first] as Token).tags.has('Gerund')) np = { first: np.first + 1, last: np.last };
    // "forced more than 600 people to flee", "ordered at least 40 families to leave": a quantity phrase before the
    // number is part of the object; the verb stands before it
    const before = np ? tokens[quantityPhraseStart(tokens, np.first) - 1] : undefined;
    // "were the deadliest this year": after a copula the infinitive is said of the copula's subject
    if (np && before && isBeOrGet(before)) {
      const found = subjectOf(tokens, verbGroupStart(tokens, np.first - 1), depth + 1);
      return found ? { range: found.range, via: 'control' } : null;
    }
    if (np && before && (before.tags.has('Verb') || before.lower === 'for')) return { range: np, via: 'control' };
  }
  const governing = previousFiniteVerbOrInfinitive(tokens, g);
  if (governing >= 0) {
    const found = subjectOf(tokens, verbGroupStart(tokens, governing), depth + 1);
    return found ? { range: found.range, via: 'control' } : null;
  }
  return null;
}

/**
 * The subject a clause shares with another: a relative word's antecedent, the subject of a coordinated or adjunct
 * verb, of the verb a gerund completes; undefined when the clause is not of such a kind.
 */
function sharedSubject(tokens: readonly Token[], g: number, verb: Token, depth: number): SubjectFound | undefined {
  const end = g - 1;
  const prev = tokens[end] as Token;
  // "the delegates, who arrived": the relative word stands for the noun before it
  // ("a stampede that killed 30": "that" right before the verb, after a noun, is the relative pronoun)
  // (a relative word with a speaker's parenthesis before the verb still stands for the noun before it: `toldRelative`)
  const told = toldRelative(tokens, end);
  if (told >= 0 || (isRelative(prev) && prev.lower !== 'where') || (prev.lower === 'that' && end > 0 && isNominal(tokens[end - 1]) && !(tokens[end - 1] as Token).tags.has('Verb') && !/[,;:]/.test((tokens[end - 1] as Token).post))) {
    const k = (told >= 0 ? told : end) - 1;
    if (k >= 0) {
      const np = phraseEndingAt(tokens, k, false);
      if (np) return { range: np, via: 'relative' };
    }
    return null;
  }
  // "police using batons and detaining marchers": a gerund after "and" shares the subject of the gerund before
  if (/^(?:and|or)$/.test(prev.lower) && gerundLike(verb)) {
    for (let k = end - 1; k >= 0 && !/[;:]/.test((tokens[k] as Token).post); k--) {
      if (!(tokens[k] as Token).tags.has('Gerund')) continue;
      const found = subjectOf(tokens, verbGroupStart(tokens, k), depth + 1);
      if (found) return { range: found.range, via: 'coordination' };
      break;
    }
  }
  // "... and are now pushing back": the subject of the verb before the coordinator
  if (/^(?:and|but|or)$/.test(prev.lower) || (/,/.test(prev.post) && gerundLike(verb))) {
    const v = verbBeforeComma(tokens, end, /,/.test(prev.post));
    if (v < 0) return null;
    const found = subjectOf(tokens, verbGroupStart(tokens, v), depth + 1);
    return found ? { range: found.range, via: /,/.test(prev.post) ? 'adjunct' : 'coordination' } : null;
  }
  if (gerundLike(verb) && (isPreposition(prev) || isSubordinator(prev))) return adjunctGerundSubject(tokens, g, verb, depth);
  // "reported capturing", "began conducting": a gerund complement shares the subject of the verb it completes
  // ("Witnesses said fighting had continued", "said shelling resumed": a gerund with a tensed verb of its own after it
  // is that verb's subject, a happening named as a noun, and whoever said it takes no part)
  if (gerundLike(verb) && prev.tags.has('Verb') && !prev.tags.has('Noun') && !/[,;:]/.test(prev.post) && !headsOwnClause(tokens, verb)) {
    const found = subjectOf(tokens, verbGroupStart(tokens, end), depth + 1);
    return found ? { range: found.range, via: 'control' } : null;
  }
  return undefined;
}

/**
 * "after a night in Lima, the minister flew", "answered by clearing the square": a gerund after a preposition or
 * subordinator shares the subject of its clause's verb.
 */
function adjunctGerundSubject(tokens: readonly Token[], g: number, verb: Token, depth: number): SubjectFound {
  const end = g - 1;
  const prev = tokens[end] as Token;
  // ("after fighting erupted", "when shelling resumed": a gerund with a tensed verb of its own is that verb's subject,
  // a happening named as a noun; the main clause's subject takes no part in it; round 15)
  if (headsOwnClause(tokens, verb)) return null;
  // "accused foreign agencies of organising the protests": the one accused is the gerund's subject; "police stopped
  // the marchers from reaching the square": so is the one kept from the act
  const accused = /^(?:of|for|from)$/.test(prev.lower) ? accusedObject(tokens, end - 1, prev.lower === 'from' ? PREVENTING : ACCUSING) : null;
  if (accused) return { range: accused, via: 'control' };
  // "accused rebels of violating the ceasefire by firing mortars": a by-gerund telling how the accused did the act the
  // accusation names has the accused as its subject too (round 20, `events/accused-by-gerund`)
  const accusedHow = prev.lower === 'by' ? accusedGerundBefore(tokens, end - 1) : null;
  if (accusedHow) return { range: accusedHow, via: 'control' };
  const v = previousFiniteVerb(tokens, end);
  if (v >= 0) {
    const found = subjectOf(tokens, verbGroupStart(tokens, v), depth + 1);
    if (found) return { range: found.range, via: 'adjunct' };
  }
  const main = nextFiniteVerbAfterComma(tokens, g);
  if (main >= 0) {
    const found = subjectOf(tokens, verbGroupStart(tokens, main), depth + 1);
    if (found) return { range: found.range, via: 'adjunct' };
  }
  return null;
}

/** The one accused of the gerund ("of violating the ceasefire") in the phrase that ends at `from`, if any. */
function accusedGerundBefore(tokens: readonly Token[], from: number): TokenRange | null {
  for (let k = from; k >= Math.max(2, from - 8); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post) || isFiniteVerb(tokens, k)) return null;
    if (/ing$/.test(t.lower) && /^(?:of|for)$/.test((tokens[k - 1] as Token).lower)) return accusedObject(tokens, k - 2, ACCUSING);
  }
  return null;
}

/**
 * The index of the relative word ("which", "who") before a speaker and a reporting verb ending at `end` ("which it
 * said", "who witnesses say", "which officials said"), or -1.
 */
function toldRelative(tokens: readonly Token[], end: number): number {
  // ("the vessels, which it said had entered Chinese waters", "two men who witnesses said had attacked")
  const verb = tokens[end];
  if (!verb || reportingLemma(verb.lower) === undefined || !verb.tags.has('Verb') || /[,;:]/.test(verb.post)) return -1;
  for (let k = end - 1; k >= Math.max(1, end - 3); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post)) return -1;
    if (/^(?:which|who|that)$/.test(t.lower)) return k < end - 1 && k > 0 && isNominal(tokens[k - 1]) ? k : -1;
    if (!(t.tags.has('Pronoun') || t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('ProperNoun'))) return -1;
  }
  return -1;
}

/**
 * A gerund followed by a tensed verb or auxiliary of its own ("fighting had continued", "shelling resumed"), or one
 * opening its sentence or clause with a relative after it ("Fighting that broke out in May has killed 2,000"): the
 * gerund names the happening as its clause's subject.
 */
export function headsOwnClause(tokens: readonly Token[], gerund: Token): boolean {
  const next = tokens[gerund.index + 1];
  if (!next || /[,;:]/.test(gerund.post)) return false;
  const before = tokens[gerund.index - 1];
  if (/^(?:that|which)$/.test(next.lower) && (before === undefined || /[,;:]/.test(before.post))) return true;
  return next.tags.has('Auxiliary') || next.tags.has('Copula') || next.tags.has('Modal') || (next.tags.has('PastTense') && !next.tags.has('Noun') && !next.tags.has('Adjective'));
}

/** Verbs whose object a following "of/for" + gerund is said of ("accused X of ...", "blamed X for ..."). */
const ACCUSING = /^(?:accus\w*|suspect\w*|blam\w*|charg\w*|convict\w*|acquit\w*|cleared|clears|clear|clearing|criticis\w*|criticiz\w*|condemn\w*|praised?|praising|thank\w*)$/;
/**
 * Verbs that keep their object from a following "from" + gerund ("barred the commission from announcing", "stopped
 * protesters from marching"): the object is who would have done it. Id: `events/preventing-verbs`.
 */
export const PREVENTING = /^(?:prevent\w*|stop|stops|stopped|stopping|bar|bars|barred|barring|ban|bans|banned|banning|block\w*|keep|keeps|kept|keeping|deter\w*|prohibit\w*|forbid\w*|forbade|restrain\w*|dissuad\w*|discourag\w*|disqualif\w*|exclud\w*)$/;

/** The object of an accusing verb that ends at `k` ("accused [foreign agencies] of"), if any. */
function accusedObject(tokens: readonly Token[], k: number, verbs: RegExp): TokenRange | null {
  if (k < 0) return null;
  const np = phraseEndingAt(tokens, k, true);
  if (!np) return null;
  // ", accusing the RSF of occupying homes": a gerund of accusing opens the phrase the scan took in
  const opener = tokens[np.first] as Token;
  if (np.first < np.last && opener.tags.has('Gerund') && verbs.test(opener.lower)) return { first: np.first + 1, last: np.last };
  const verb = tokens[np.first - 1];
  return verb && verbs.test(verb.lower) ? np : null;
}

function previousFiniteVerbOrInfinitive(tokens: readonly Token[], to: number): number {
  const prev = tokens[to - 1];
  if (prev && prev.tags.has('Verb') && !prev.tags.has('Noun')) return to - 1;
  return previousFiniteVerb(tokens, to);
}

/** The first tensed verb after the comma that closes a fronted phrase ("After a night in Lima, the minister flew"). */
function nextFiniteVerbAfterComma(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !/,/.test((tokens[k] as Token).post)) {
    if (/[;:]/.test((tokens[k] as Token).post)) return -1;
    k++;
  }
  for (k = k + 1; k < tokens.length; k++) {
    if (/[;:]/.test((tokens[k] as Token).post)) return -1;
    if (isFiniteVerb(tokens, k)) return k;
  }
  return -1;
}

/** "greeted the freed Americans", "visited the injured soldiers": an -ed form between a determiner or number and a noun modifies the noun. */
function participleBeforeNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!/(?:ed|en)$/.test(t.lower) || !prev || !next || /[,;:]/.test(t.post)) return false;
  return (prev.tags.has('Determiner') || prev.tags.has('Value')) && next.tags.has('Noun') && !next.tags.has('Pronoun') && !(next.tags.has('Verb') && !next.tags.has('Plural'));
}

/**
 * "rammed a Philippine supply boat", "boarded the fishing boat near the reef": a base-form verb after a singular noun
 * or an -ing modifier, inside a phrase a determiner opens, and closing it (punctuation, a preposition, a conjunction
 * or the sentence's end follows) is the compound's head noun the tagger read as a verb. A plural before it ("the
 * rebels attack") is a subject with its verb. Id: `events/compound-head-noun` (round 21).
 */
function compoundHead(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (k <= from || !prev || !t.tags.has('Infinitive') || t.tags.has('Auxiliary') || t.tags.has('Gerund') || /[,;:()]/.test(prev.post)) return false;
  if (!((prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Pronoun')) || (prev.tags.has('Gerund') && k - 1 > from))) return false;
  const opener = tokens[from] as Token;
  if (!(opener.tags.has('Determiner') || opener.tags.has('Possessive') || opener.tags.has('Value'))) return false;
  return next === undefined || /[,;:.!?)]/.test(t.post) || isPreposition(next) || next.tags.has('Conjunction');
}

/** A noun phrase from `from` on, up to a preposition, verb, clause opener or punctuation ("and" joins names). */
function phraseStartingAt(tokens: readonly Token[], from: number, limit: number): TokenRange | null {
  let last = from - 1;
  for (let k = from; k <= limit; k++) {
    const t = tokens[k] as Token;
    if (k > from && isPreposition(t) && t.lower !== 'of') break;
    if (k > from && t.lower === 'of' && !isNominal(tokens[k + 1])) break;
    if (t.lower === 'and' || t.lower === 'or') {
      if (k === from || !isNominal(tokens[k + 1]) || (tokens[k + 1] as Token).tags.has('Verb')) break;
      last = k;
      continue;
    }
    if (!isNominal(t) && !countedNoun(tokens, k) && t.lower !== 'of' && !participleBeforeNoun(tokens, k) && !(k === from && modifyingGerund(tokens, k, limit)) && !compoundHead(tokens, k, from)) break;
    if (isSubordinator(t) || isRelative(t) || t.lower === 'that') break;
    last = k;
    if (/[,;:()]/.test(t.post)) break;
  }
  return last >= from ? { first: from, last } : null;
}

/**
 * The prepositional phrases from `from` to `limit` that hang on the trigger: a chain of them, over adverbs and times
 * ("detained four judges last week as part of an inquiry"), up to a verb ("The protest ended ... with police firing":
 * the phrase after "ended" is not the protest's).
 */
function prepositionalPhrases(tokens: readonly Token[], from: number, limit: number): Frame['preps'] {
  const preps: Frame['preps'] = [];
  let k = from;
  while (k <= limit) {
    const t = tokens[k] as Token;
    if (isPreposition(t) && !/[,;:]/.test(t.post)) {
      const np = phraseStartingAt(tokens, k + 1, limit) ?? bareFormAfter(tokens, k, limit);
      if (np) {
        preps.push({ prep: t.lower, range: np });
        k = np.last + 1;
        continue;
      }
    }
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) break;
    k++;
  }
  return preps;
}

/**
 * "removed the president from power": a base-form verb right after a preposition other than "to" is the noun the
 * tagger misread ("power" as a verb); it is the phrase. Id: `events/bare-form-after-preposition`.
 */
function bareFormAfter(tokens: readonly Token[], k: number, limit: number): TokenRange | null {
  const next = tokens[k + 1];
  if (k + 1 > limit || !next || (tokens[k] as Token).lower === 'to' || !next.tags.has('Infinitive') || next.tags.has('Gerund') || next.tags.has('Auxiliary')) return null;
  return { first: k + 1, last: k + 1 };
}

/**
 * "was arrested in 2024 and charged with fraud", "were detained and later released": a participle coordinated with
 * a passive verb group shares its voice (and its subject undergoes both), unless an object follows it ("Police
 * were called and arrested two men").
 */
function passiveCoordinate(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k] as Token).tags.has('Adverb')) k--;
  if (!/^(?:and|or)$/.test(tokens[k]?.lower ?? '')) return false;
  const v = previousFiniteVerb(tokens, k);
  if (v < 0) return false;
  const verb = tokens[v] as Token;
  const beforeVerb = tokens.slice(verbGroupStart(tokens, v), v);
  if (!beforeVerb.some((t) => isBeOrGet(t)) || !(verb.tags.has('PastTense') || verb.tags.has('Participle') || verb.tags.has('Passive'))) return false;
  const next = tokens[first + 1];
  return !(next && (next.tags.has('Determiner') || next.tags.has('Pronoun') || next.tags.has('Value') || next.tags.has('ProperNoun') || next.tags.has('Plural')));
}

/**
 * "fired warning shots", "sank a fishing boat": an -ing word right before a common noun, naming no happening of its
 * own, modifies the noun: the object starts there (the tagger reads "warning" as a verb). Id: `events/gerund-modifier`.
 */
function modifyingGerund(tokens: readonly Token[], k: number, clauseLast: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!t.tags.has('Gerund') || k + 1 > clauseLast || !next || /[,;:]/.test(t.post)) return false;
  if (!next.tags.has('Noun') || next.tags.has('ProperNoun') || next.tags.has('Pronoun') || next.tags.has('Date') || next.tags.has('Verb')) return false;
  // ("opened fire on striking miners", "fired on fleeing villagers": what people are doing, said of them before
  // their noun; these verbs take no people as objects; round 24, `events/people-state-gerunds`)
  if (PEOPLE_STATE_GERUNDS.test(t.lower)) return true;
  const stem = t.lower.slice(0, -3);
  return ![stem, `${stem}e`, stem.slice(0, -1)].some((w) => Object.hasOwn(EVENT_VERBS, w));
}

/** -ing forms of acts that describe the people doing them ("striking miners", "protesting farmers"). */
const PEOPLE_STATE_GERUNDS = /^(?:striking|protesting|fleeing|marching|rioting|demonstrating|rallying|mourning|retreating|advancing)$/;

/** The frame of a verb trigger spanning `first`..`last`, inside the clause ending at `clauseLast`. */
export function verbFrame(tokens: readonly Token[], first: number, last: number, clauseLast: number, intransitive: boolean): Frame {
  const g = verbGroupStart(tokens, first);
  const trig = tokens[first] as Token;
  const groupBe = tokens.slice(g, first).some((t) => isBeOrGet(t));
  // ("A bulk carrier was hit by a missile": the tagger may read an irregular participle after "was" as a noun; round 15)
  const participle = trig.tags.has('PastTense') || trig.tags.has('Participle') || trig.tags.has('Passive') || /(?:ed|en|wn|ung)$/.test(trig.lower)
    || (groupBe && Object.hasOwn(IRREGULAR_PAST, trig.lower) && !/ing$/.test(trig.lower));
  const reduced = !intransitive && participle && !groupBe && g === first && isReducedParticiple(tokens, first);
  const passive = !intransitive && participle && (groupBe || trig.tags.has('Passive') || reduced || (g === first && passiveCoordinate(tokens, first)));
  let subject = subjectOf(tokens, g);
  // a reduced participle ("individuals arrested Wednesday") is said of the noun right before it
  if (reduced || (passive && !groupBe && g === first && trig.tags.has('Passive'))) {
    const np = phraseEndingAt(tokens, first - 1, true);
    subject = np ? { range: np } : subject;
  }
  let k = last + 1;
  while (k <= clauseLast && PARTICLES.test((tokens[k] as Token).lower) && (tokens[k] as Token).tags.has('Particle')) k++;
  // "killing at least 12 fighters", "detained more than 40 people": a quantity before the object
  const quantity = /^(?:at least|at most|more than|less than|fewer than|up to|as many as|about|around|nearly|almost|over|some|roughly|approximately)\b/.exec(tokens.slice(k, k + 3).map((t) => t.lower).join(' '));
  if (quantity) k += quantity[0].split(' ').length;
  const found = !passive && k <= clauseLast && (isNominal(tokens[k]) || modifyingGerund(tokens, k, clauseLast)) && !isPreposition(tokens[k]) ? phraseStartingAt(tokens, k, clauseLast) : null;
  const object = found ? withNamingApposition(tokens, found, clauseLast) : null;
  const preps = prepositionalPhrases(tokens, object ? object.last + 1 : k, clauseLast);
  return {
    voice: passive ? 'passive' : 'active', subject: subject?.range ?? null, object, preps, premodifier: null, possessive: false,
    ...(subject?.via ? { subjectVia: subject.via } : {}),
  };
}

/**
 * The frame of a noun trigger: its premodifier ("Marlow's visit"), its prepositional phrases ("the arrest of Y by X"),
 * and, when a light verb governs it ("held talks", "carried out strikes", "joined the march") or it opens the
 * sentence as a fronted phrase ("In an interview with X, Y said"), the subject of that verb.
 */
export function nounFrame(tokens: readonly Token[], first: number, last: number, clauseLast: number): Frame {
  let m = first;
  while (m > 0) {
    const t = tokens[m - 1] as Token;
    // "carried out air strikes": the tagger reads "air" as a verb; a weapon word before the noun modifies it
    const modifier = isNominal(t) || (m === first && STRIKE_WEAPON.test(t.lower) && !t.tags.has('PastTense'));
    if (/[,;:()]/.test(t.post) || !modifier || t.tags.has('Determiner') || t.tags.has('Pronoun') && !t.tags.has('Possessive')) break;
    // "with residents reporting air strikes": an -ing form of telling or seeing, even read as a noun, takes the
    // happening as its object; who reports it is no part of its phrase
    if (tellingIng(t)) break;
    m--;
  }
  const premodifier = m < first ? { first: m, last: first - 1 } : null;
  const possessive = premodifier !== null && tokens.slice(premodifier.first, premodifier.last + 1).some((t) => /['’]s?$/.test(t.text) || t.tags.has('Possessive') || /^['’]/.test(t.post));
  // "further raids could be carried out by militias": the phrases after an occurrence verb are the noun's
  let from = last + 1;
  let k = from;
  while (k <= clauseLast && isVerbGroupFiller(tokens[k])) k++;
  if (k <= clauseLast && OCCURS.test((tokens[k] as Token).lower)) from = (tokens[k + 1] as Token | undefined)?.lower === 'place' ? k + 2 : k + 1;
  else if (k <= clauseLast && k === last + 1 && ONSETS.test((tokens[k] as Token).lower)) from = /^(?:out|up)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  // "attacks could be carried out by rebels": a passive light verb after the noun, with its agent
  else if (k <= clauseLast && isBeOrGet(tokens[k - 1]) && (tokens[k] as Token).tags.has('PastTense')) {
    const particle = tokens[k + 1] && PARTICLES.test((tokens[k + 1] as Token).lower) ? 1 : 0;
    if (lightVerbLemma(tokens.slice(k, k + 1 + particle).map((t) => t.lower))) from = k + 1 + particle;
  }
  const preps = prepositionalPhrases(tokens, from, clauseLast);
  // the verb that governs the noun phrase: "held crisis talks", "joined Friday's march", "carried out strikes"
  const portion = portionStart(tokens, m);
  let d = portion >= 0 ? portion : m - 1;
  while (d >= 0 && ((tokens[d] as Token).tags.has('Determiner') || (tokens[d] as Token).tags.has('Value') || (tokens[d] as Token).tags.has('Adjective'))) d--;
  let governor: string | undefined;
  let passiveGovernor = false;
  let subject: ReturnType<typeof subjectOf> = null;
  for (const [span, lemma] of governingVerbs(tokens, d)) {
    // "called a general strike" convenes it; "called the attack cowardly" names an act already told
    if (lemma === 'call' && !(CONVENED.test((tokens[first] as Token).lower) && !tokens.slice(span + 1, first).some((t) => /^(?:the|this|that|these|those)$/.test(t.lower)))) continue;
    // "in what it called a pre-emptive strike", "what officials called a coup": naming a happening, not convening it
    if (lemma === 'call' && tokens.slice(Math.max(0, span - 3), span).some((t) => t.lower === 'what')) continue;
    governor = lemma;
    const group = verbGroupStart(tokens, span);
    // ("was handed a three-year sentence", "were given suspended sentences": round 24, `events/passive-giving`)
    passiveGovernor = tokens.slice(group, span).some((t) => isBeOrGet(t));
    subject = subjectOf(tokens, group);
    break;
  }
  // "In an interview with a radio station, the governor denied ...": a fronted phrase is said of the main clause's subject
  let via: Frame['subjectVia'] | undefined = subject?.via;
  if (!subject && isPreposition(tokens[d]) && d <= 1) {
    const main = nextFiniteVerbAfterComma(tokens, first);
    if (main >= 0) {
      subject = subjectOf(tokens, verbGroupStart(tokens, main));
      via = 'fronted';
    }
  }
  return { voice: 'nominal', subject: subject?.range ?? null, object: null, preps, premodifier, possessive, ...(governor ? { governor } : {}), ...(passiveGovernor ? { governorPassive: true } : {}), ...(via ? { subjectVia: via } : {}) };
}

/**
 * "held five hours of talks", "a new round of talks", "a series of raids": the index of the determiner or number that
 * opens a portion of happenings ending in "of" right before `i`, or -1. A portion with neither ("years of fighting")
 * is no particular happening.
 */
export function portionStart(tokens: readonly Token[], i: number): number {
  if (tokens[i - 1]?.lower !== 'of' || !PORTION_NOUNS.test(tokens[i - 2]?.lower ?? '')) return -1;
  let k = i - 3;
  while (k >= 0 && (tokens[k] as Token).tags.has('Adjective') && !/[,;:]/.test((tokens[k] as Token).post)) k--;
  const opener = tokens[k];
  return opener && (opener.tags.has('Determiner') || opener.tags.has('Value') || opener.tags.has('Cardinal')) ? k : -1;
}

/** Light verbs right before a noun phrase ending at `d` ("held", "carried out", "took part in"), with their lemma. */
function governingVerbs(tokens: readonly Token[], d: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let span = 1; span <= 3; span++) {
    const start = d - span + 1;
    if (start < 0) break;
    const words = tokens.slice(start, d + 1);
    if (!(words[0] as Token).tags.has('Verb') && !(words[0] as Token).tags.has('Gerund')) continue;
    const lemma = lightVerbLemma(words.map((t) => t.lower));
    if (lemma) out.push([start, lemma]);
  }
  return out;
}

/** -ing forms of perceiving that take a happening as object ("witnesses seeing shelling", "residents hearing gunfire"). */
const PERCEIVING = /^(?:seeing|hearing|witnessing|watching|filming|recording|recalling|recounting|fearing|fleeing)$/;

/** An -ing form of telling or perceiving ("reporting", "describing", "seeing"), however the tagger read it. */
export function tellingIng(t: Token): boolean {
  return /ing$/.test(t.lower) && (reportingLemma(t.lower) !== undefined || PERCEIVING.test(t.lower));
}

/** Irregular past forms of light verbs. General English morphology. */
const LIGHT_VERB_IRREGULAR: Readonly<Record<string, string>> = {
  held: 'hold', took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give', began: 'begin', begun: 'begin',
  led: 'lead', had: 'have', has: 'have', waged: 'wage', staged: 'stage',
  // round 24: "Miners went on strike" had no subject, "sought talks" no asker (`events/irregular-light-verbs`)
  went: 'go', gone: 'go', sought: 'seek', brought: 'bring', underwent: 'undergo', undergone: 'undergo',
};

/** Answers of lightVerbLemma by phrase: it is asked of every verb and its next words, most of them many times. */
const lightVerbCache = new Map<string, string | null>();
const LIGHT_VERB_CACHE_LIMIT = 50_000;

/** "carried out" -> "carry out", "held" -> "hold": the light verb a phrase is, if any. */
export function lightVerbLemma(words: readonly string[]): string | undefined {
  const phrase = words.join(' ');
  const cached = lightVerbCache.get(phrase);
  if (cached !== undefined) return cached ?? undefined;
  const found = lightVerbOf(words) ?? null;
  if (lightVerbCache.size >= LIGHT_VERB_CACHE_LIMIT) lightVerbCache.clear();
  lightVerbCache.set(phrase, found);
  return found ?? undefined;
}

function lightVerbOf(words: readonly string[]): string | undefined {
  const [head, ...rest] = words;
  if (head === undefined) return undefined;
  const forms = [head, head.replace(/ied$/, 'y'), head.replace(/ed$/, ''), head.replace(/d$/, ''), head.replace(/e?s$/, ''), head.replace(/s$/, ''), head.replace(/ing$/, ''), head.replace(/ing$/, 'e'), head.replace(/(\w)\1(?:ed|ing)$/, '$1')]; // ("slapped", "planned")
  const base = own(LIGHT_VERB_IRREGULAR, head) ?? forms.find((f) => own(LIGHT_VERBS, [f, ...rest].join(' ')) !== undefined);
  if (base === undefined) return undefined;
  const key = [base, ...rest].join(' ');
  return own(LIGHT_VERBS, key) !== undefined ? key : undefined;
}

/** The pronoun a subject range is, if it is one word ("he", "they"). */
export function subjectPronoun(tokens: readonly Token[], range: TokenRange | null): string | undefined {
  if (!range || range.first !== range.last) return undefined;
  const lower = (tokens[range.first] as Token).lower;
  return SUBJECT_PRONOUNS.test(lower) ? lower : undefined;
}
