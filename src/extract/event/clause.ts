import type { Token } from '../../nlp/tokens.js';
import { CAUSING_VERBS, PERSON_HEADS } from '../../nlp/lexicon/event-cues.js';
import { INTRANSITIVE_VERBS } from '../../nlp/lexicon/event-triggers.js';
import { ROLE_NOUNS } from '../../nlp/lexicon/titles.js';
import { MONTHS, WEEKDAYS } from '../time/lexicon.js';

/** A run of tokens of one sentence, both ends inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/** Words that open an adverbial clause when a clause follows them ("after two bombs struck", "when it derailed"). */
const SUBORDINATORS = new Set([
  'after', 'before', 'when', 'while', 'whilst', 'as', 'because', 'since', 'although', 'though', 'whereas', 'until',
  'unless', 'if', 'once', 'whenever', 'whether',
]);
/** Relative words that open a clause about the noun before them ("the delegates, who arrived ..."). */
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where']);
const BE_OR_GET = /^(?:is|are|was|were|be|been|being|am|'s|get|gets|got|gotten|getting)$/;
const HAVE = /^(?:has|have|had|having)$/;
const MODAL = /^(?:will|would|can|could|may|might|shall|should|must|'ll|'d)$/;

/** A relative word that opens a clause of its own: after a comma, or "where"; "protesters who want" stays one phrase. */
function opensRelative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (thatRelative(tokens, i) || restrictiveRelative(tokens, i) || contactRelative(tokens, i)) return true;
  if (!RELATIVES.has(t.lower)) return false;
  return t.lower === 'where' || /,/.test(tokens[i - 1]?.post ?? '');
}

/**
 * "arrested two men who had attacked the guards": "who" right after a noun, before a tensed verb of its own, opens a
 * clause whose happening is another one, told at another time. ("that" and "which" were tried too: one more false
 * event on the wikinews check half, so a that-relative stays in its clause and only its dating is its own.)
 */
export function restrictiveRelative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.lower !== 'who' || !prev || /[,;:]/.test(prev.post) || !(prev.tags.has('Noun') || prev.tags.has('Plural'))) return false;
  if (prev.tags.has('Pronoun') || prev.tags.has('Date')) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    if (isFiniteVerb(tokens, k)) return !(tokens[k] as Token).tags.has('Copula') || k > i + 1;
    if (!isVerbGroupFiller(tokens[k])) return false;
  }
  return false;
}

/**
 * "released 14 bus passengers it had seized in April", "freed six aid workers they had abducted": a subject pronoun
 * right after a noun (which the tagger may read as a present verb, "passengers"), before a tensed verb of its own,
 * opens a relative clause with no relative word, whose happening is another one. Id: `events/contact-relative`
 * (round 21).
 */
function contactRelative(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!/^(?:it|they|he|she)$/.test((tokens[i] as Token).lower) || !prev || /[,;:]/.test(prev.post) || prev.tags.has('Pronoun') || prev.tags.has('Date')) return false;
  const plural = /s$/.test(prev.lower) && prev.tags.has('PresentTense');
  if (!(plural || ((prev.tags.has('Noun') || prev.tags.has('Plural')) && !prev.tags.has('Verb')))) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    if (isFiniteVerb(tokens, k)) return true;
    if (!isVerbGroupFiller(tokens[k])) return false;
  }
  return false;
}

/**
 * "a Texas law that would allow state police to arrest migrants", "a plan that could see troops withdraw": "that"
 * after a noun and before a modal opens a relative clause of what the thing would bring about ("said that police
 * would" is a complement: a verb stands before it).
 */
function thatRelative(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if ((tokens[i] as Token).lower !== 'that' || !prev || /[,;:]/.test(prev.post) || !(prev.tags.has('Noun') || prev.tags.has('Plural'))) return false;
  if (prev.tags.has('Pronoun') || prev.tags.has('Verb') || prev.tags.has('Date')) return false;
  const next = tokens[i + 1];
  // only before a modal: "an attack that killed 20" stays one clause (its deaths are the attack's, told with it)
  return next !== undefined && next.tags.has('Modal');
}

export function isSubordinator(tok: Token | undefined): boolean {
  return tok !== undefined && SUBORDINATORS.has(tok.lower);
}

export function isRelative(tok: Token | undefined): boolean {
  return tok !== undefined && RELATIVES.has(tok.lower);
}

export function isBeOrGet(tok: Token | undefined): boolean {
  return tok !== undefined && BE_OR_GET.test(tok.lower);
}

/** An auxiliary, modal, negation or adverb: what may stand inside a verb group ("had not yet been"). */
export function isVerbGroupFiller(tok: Token | undefined): boolean {
  if (tok === undefined) return false;
  // "A tanker seized by Iran in May has been released": the month is no modal (round 20, `events/month-may`)
  if (tok.lower === 'may' && tok.tags.has('Month')) return false;
  return (
    tok.tags.has('Auxiliary') || tok.tags.has('Copula') || tok.tags.has('Modal') || tok.tags.has('Negative') ||
    (tok.tags.has('Adverb') && !tok.tags.has('Date')) || BE_OR_GET.test(tok.lower) || HAVE.test(tok.lower) ||
    MODAL.test(tok.lower) || tok.lower === 'not' || tok.lower === "n't"
  );
}

/** A past form of a verb that never takes an object ("overturned", "collapsed", "died"). */
function intransitivePast(word: string): boolean {
  if (!word.endsWith('ed')) return false;
  const stems = word.endsWith('ied') ? [`${word.slice(0, -3)}y`, word.slice(0, -1)] : [word.slice(0, -2), word.slice(0, -1)];
  return stems.some((s) => INTRANSITIVE_VERBS.has(s));
}

/** Group nouns, courts and vehicles that are verbs too ("to police", "an appeals court", "a fishing boat"), which the tagger may read as verbs as subjects. */
const MISTAGGED_GROUPS = /^(?:jet|drone|police|troops|forces|guards|rebels|protests|officials|militia|crowds|workers|court|courts|judge|judges|boat|bus|ferry|tram|truck|lorry|tanker|vessel|pirates|patrols|ships)$/;

/** A group noun or a court the tagger read as a verb ("an appeals court", "and police arrested"). */
export function mistaggedNoun(tok: Token): boolean {
  return MISTAGGED_GROUPS.test(tok.lower) && tok.tags.has('Verb');
}

/**
 * Participles of what is done to people, which after a noun and before the clause's auxiliary say what befell them
 * ("a former guard convicted of arson", "pupils seized from a school", "two men suspected of attacking police").
 * Source: English legal, captivity and casualty verbs, written for this library. Id: `events/people-participles`.
 */
export const PEOPLE_PARTICIPLES = /^(?:convicted|accused|suspected|charged|jailed|detained|held|kidnapped|abducted|seized|arrested|sentenced|wanted|imprisoned|captured|taken|injured|wounded|rescued|evacuated|displaced|deported|extradited|indicted|acquitted)$/;

/** Past forms of answering an act by another ("responded by", "retaliated by"). Id: `events/answered-by`. */
const ANSWERED = /^(?:responded|reacted|retaliated|replied|answered|countered|hit|struck)$/;

/** Participles of where a body stays ("based in", "stationed near"). Id: `events/stationed-participles`. */
const STATIONED = /^(?:based|stationed|headquartered|located|garrisoned|positioned|camped|quartered)$/;

/** "based in Chad", "stationed near the border": a participle of where a body stays, before its place. */
export function stationedAt(tokens: readonly Token[], i: number): boolean {
  return STATIONED.test((tokens[i] as Token).lower) && /^(?:in|at|near|on|along|inside|outside|across|around)$/.test(tokens[i + 1]?.lower ?? '');
}

/** A participle that modifies the noun before it ("the depots hit by", "individuals arrested Wednesday"). */
export function isReducedParticiple(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (!(tok.tags.has('PastTense') || tok.tags.has('Participle') || tok.tags.has('Passive'))) return false;
  // "when their truck overturned.": a verb that takes no object has no passive participle to modify a noun with
  if (intransitivePast(tok.lower)) return false;
  // "Belarus responded by recalling its ambassadors": a verb of answering before "by" and an -ing form is the clause's
  // verb, and the gerund is how it answered (no passive's agent)
  if (ANSWERED.test(tok.lower) && tokens[i + 1]?.lower === 'by' && /ing$/.test(tokens[i + 2]?.lower ?? '')) return false;
  const prev = tokens[i - 1];
  if (!prev || !(prev.tags.has('Noun') || prev.tags.has('Plural')) || prev.tags.has('Pronoun') || /[,;:]/.test(prev.post)) return false;
  const next = tokens[i + 1];
  if (datedBeforeFiniteVerb(tokens, i)) return true;
  // "French troops based in Chad attacked", "rebels stationed near the border": where a group is based says where it
  // stays, never what it does
  if (stationedAt(tokens, i)) return true;
  // ("The opposition boycotted Saturday's election": a possessive date opens the object's noun phrase, no time of a
  // participle; round 15)
  const dateAfter = (next !== undefined && next.tags.has('Date') && !/['’]s$/.test(next.lower)) || relativeTimeThenAuxiliary(tokens, i);
  if (!(next === undefined || next.lower === 'by' || dateAfter || /[,;:.]/.test(tok.post) || undergoneWhere(tokens, i))) return false;
  // "before the storm hit.", "after the quake struck,": the noun phrase is the subject a subordinator opened
  return !(next === undefined || /[,;:.]/.test(tok.post)) || !subjectOfSubordinator(tokens, i - 1);
}

/** Participles of what befalls people, which are no active verb without an object. Id: `events/undergone-participles`. */
const UNDERGONE_PARTICIPLES = /^(?:killed|slain|trapped|stranded|jailed|detained|held|kidnapped|abducted|imprisoned|captured|taken|injured|wounded|rescued|evacuated|displaced|deported|extradited|arrested|executed|freed|released)$/;
/** Where or when, right after such a participle. */
const WHERE_WHEN_PREPOSITIONS = /^(?:in|during|near|at|on|after|outside|inside|since|across|along|off)$/;

/**
 * "the bodies of three journalists killed in the ambush", "prisoners held in the capital's jail": a participle of
 * what befalls people, after a noun and right before a place or time phrase, takes no object: it says what
 * befell the noun (round 22, `events/undergone-participle-before-where`).
 */
function undergoneWhere(tokens: readonly Token[], i: number): boolean {
  // ("killed at least 20 villagers": a quantity opens the object)
  return UNDERGONE_PARTICIPLES.test((tokens[i] as Token).lower) && WHERE_WHEN_PREPOSITIONS.test(tokens[i + 1]?.lower ?? '')
    && !/^(?:least|most)$/.test(tokens[i + 2]?.lower ?? '');
}

/** Words opening a relative time ("last week", "earlier this month", "late last year"). */
const RELATIVE_TIME_OPENERS = /^(?:last|this|earlier|late|early|previous|past)$/;

/**
 * "Three men arrested last week were charged on Monday", "Two soldiers captured earlier this month were freed": a
 * participle followed by a relative time and then the auxiliary of the clause's verb modifies the noun before it
 * (round 20, `events/relative-time-reduced-relative`).
 */
function relativeTimeThenAuxiliary(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (!RELATIVE_TIME_OPENERS.test(tokens[k]?.lower ?? '')) return false;
  while (k <= i + 3 && tokens[k] !== undefined && (RELATIVE_TIME_OPENERS.test((tokens[k] as Token).lower) || (tokens[k] as Token).tags.has('Determiner'))) k++;
  const time = tokens[k];
  if (!time?.tags.has('Date') || /[,;:]/.test(time.post)) return false;
  const aux = tokens[k + 1];
  return aux !== undefined && /^(?:was|were|is|are|has|have|had|will)$/.test(aux.lower);
}

/**
 * "Two journalists kidnapped in April were released", "Three aid workers abducted in Mali last year have been freed": a
 * participle after a noun whose phrase of place and time holds a date and runs, with no comma, into the auxiliary of
 * the clause's verb modifies the noun (a reduced relative); the verb after the auxiliary is the clause's.
 * Id: `events/dated-reduced-relative`.
 */
export function datedBeforeFiniteVerb(tokens: readonly Token[], i: number): boolean {
  if (relativeTimeThenAuxiliary(tokens, i)) return true;
  const opener = tokens[i + 1];
  if (!opener?.tags.has('Preposition') || /^(?:that|as|than)$/.test(opener.lower) || /[,;:]/.test((tokens[i] as Token).post)) return false;
  // "A former minister convicted of fraud was released", "137 pupils seized from a school were freed": a participle of
  // what is done to people needs no date (round 14). Id: `events/people-reduced-relative`.
  let dated = PEOPLE_PARTICIPLES.test((tokens[i] as Token).lower) && !tokens.slice(i + 1, i + 9).some((t) => t.lower === 'what');
  // (a phrase of agent, place and time may be long: "seized by Iran's Revolutionary Guards in the Gulf in May has been
  // released", round 20)
  for (let k = i + 1; k < Math.min(tokens.length, i + 13); k++) {
    const t = tokens[k] as Token;
    if (t.tags.has('Date')) dated = true;
    if (/^(?:was|were|is|are|has|have|had|will)$/.test(t.lower)) {
      const verb = tokens[k + 1]?.lower === 'been' ? tokens[k + 2] : tokens[k + 1];
      return dated && k > i + 1 && verb !== undefined && verb.tags.has('Verb') && !verb.tags.has('Gerund');
    }
    // ("suspected of attacking police officers were": a gerund after a preposition stays inside the phrase)
    const gerundAfterPreposition = /ing$/.test(t.lower) && (tokens[k - 1] as Token).tags.has('Preposition');
    if (/[,;:]/.test(t.post) || t.tags.has('Verb') && !t.tags.has('Date') && !gerundAfterPreposition || /^(?:who|which|that|and|but)$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * "before the storm hit.", "after the quake hit on Monday": a past form the tagger read as a noun, right after the
 * subject a subordinator opened and before the clause ends or a preposition, is that clause's verb.
 */
export function subordinatePastAt(tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k] as Token;
  const next = tokens[k + 1];
  return tok.tags.has('Noun') && !tok.tags.has('Plural') && /^(?:hit|hurt|struck|fought|shot|swept)$|ed$/.test(tok.lower)
    && (next === undefined || /[,;:.]/.test(tok.post) || (next.tags.has('Preposition') && !/^of$/.test(next.lower))) && k > 0 && subjectOfSubordinator(tokens, k - 1);
}

/** The noun phrase ending at `end` follows a subordinator that opens a clause ("before the storm"). */
function subjectOfSubordinator(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k >= Math.max(0, end - 4); k--) {
    const t = tokens[k] as Token;
    if (k < end && /[,;:]/.test(t.post)) return false;
    if (SUBORDINATORS.has(t.lower) && k < end) return true;
    if (!(t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Possessive') || t.tags.has('ProperNoun'))) return false;
  }
  return false;
}

/** A verb that heads a clause of its own: a tensed verb, not a gerund, an infinitive after "to" or a participle after a noun. */
export function isFiniteVerb(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (!tok.tags.has('Verb') || tok.tags.has('Gerund') || tok.tags.has('Particle')) return false;
  if (!(tok.tags.has('PastTense') || tok.tags.has('PresentTense') || tok.tags.has('Copula') || tok.tags.has('Auxiliary') || tok.tags.has('Modal'))) return false;
  if (tokens[i - 1]?.lower === 'to') return false;
  if (tok.tags.has('Noun') || tok.tags.has('Adjective')) return false;
  // "help facilitate", "make them go": a bare verb after another verb is its complement
  const prev = tokens[i - 1];
  if (prev && prev.tags.has('Verb') && !prev.tags.has('Auxiliary') && !prev.tags.has('Copula') && !prev.tags.has('Modal') && tok.tags.has('Infinitive')) return false;
  return !isReducedParticiple(tokens, i);
}

/**
 * A subordinator at `i` opens a clause when a gerund follows it ("after a night in Lima") or a tensed verb
 * follows before any punctuation ("as the biggest column marched"); otherwise it is a preposition ("since the
 * uprising in 2011", "as part of an inquiry").
 */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k] as Token;
    if (k === i + 1 && t.tags.has('Gerund')) return true;
    if (k === i + 2 && t.tags.has('Gerund') && (tokens[k - 1] as Token).tags.has('Adverb')) return true;
    // "after talks with the government broke down": a plural right after the subordinator is its subject
    if (k === i + 1 && t.tags.has('PresentTense') && /s$/.test(t.lower)) continue;
    // "were killed when police opened fire": a group noun the tagger read as a verb is the clause's subject
    if (k === i + 1 && mistaggedNoun(t)) continue;
    if (isFiniteVerb(tokens, k) || subordinatePastAt(tokens, k)) return k > i + 1;
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
}

/** Only noun-phrase words from `from` to `to`: a list item or an apposition, no verb. */
function nominalRun(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from) return false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return false;
    if (SUBORDINATORS.has(t.lower) || RELATIVES.has(t.lower) || t.lower === 'that') return false;
  }
  return true;
}

/**
 * "on Friday, and officials fear 300 people died", "struck the coast, and experts warn": the words after the
 * coordinator at `and` are the subject of a tensed verb, a clause of its own, not the last item of a list.
 */
function subjectOfVerbAfter(tokens: readonly Token[], and: number): boolean {
  for (let k = and + 1; k < Math.min(tokens.length, and + 6); k++) {
    const t = tokens[k] as Token;
    if (k > and + 1 && isFiniteVerb(tokens, k)) return true;
    if (/[,;:]/.test(t.post) || !nominalRun(tokens, k, k)) return false;
  }
  return false;
}

/**
 * "in Peru, Chile, and Bolivia", "with her, her sons, two lawyers and me": after the comma at `comma`, a list
 * of noun phrases goes on and ends in "and"/"or" plus a noun phrase.
 */
export function listGoesOn(tokens: readonly Token[], comma: number): boolean {
  let from = comma + 1;
  for (let guard = 0; guard < 8 && from < tokens.length; guard++) {
    let to = from;
    while (to < tokens.length - 1 && !/[,;:]/.test((tokens[to] as Token).post) && !/^(?:and|or)$/.test((tokens[to + 1] as Token).lower)) to++;
    const head = tokens[from] as Token;
    if (/^(?:and|or)$/.test(head.lower)) return nominalRun(tokens, from + 1, from + 1) && !subjectOfVerbAfter(tokens, from);
    if (!nominalRun(tokens, from, to) || to - from > 5) return false;
    const next = tokens[to + 1];
    if (next && /^(?:and|or)$/.test(next.lower)) return nominalRun(tokens, to + 2, to + 2) && !subjectOfVerbAfter(tokens, to + 1);
    if (!/,/.test((tokens[to] as Token).post)) return false;
    from = to + 1;
  }
  return false;
}

/**
 * "and he returned", "and the mayor had to close": a coordinator followed by a clause with its own subject, told by
 * a pronoun, a determiner, a name or a number opening it, or an auxiliary before its verb ("and grenades buried
 * near the lake" is a noun with a participle).
 */
export function coordinatesClause(tokens: readonly Token[], i: number): boolean {
  const opener = tokens[i + 1];
  if (!opener || isVerbGroupFiller(opener)) return false;
  const subjectLike = opener.tags.has('Pronoun') || opener.tags.has('Determiner') || opener.tags.has('ProperNoun') || opener.tags.has('Value') || /^\p{Lu}/u.test(opener.text);
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k] as Token;
    if (isFiniteVerb(tokens, k)) return k > i + 1 && (subjectLike || isVerbGroupFiller(tokens[k - 1]) || t.tags.has('Auxiliary') || t.tags.has('Modal'));
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
}

/** A tensed verb between the clause boundary before `i` and `i`: "X said Y and Z" has one, "X and Y met" none. */
function finiteVerbBefore(tokens: readonly Token[], i: number): boolean {
  // "said she and the Chancellor discussed": a subject pronoun before the coordinator joins two subjects
  if (/^(?:he|she|they|we|i)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (/[;:,]/.test(t.post) || SUBORDINATORS.has(t.lower) || RELATIVES.has(t.lower) || t.lower === 'that') return false;
    if (isFiniteVerb(tokens, k)) return !REPORTING_LIKE.test(t.lower);
  }
  return false;
}

/** Verbs whose object is a clause with its own subject ("said Ann and Bo met"): a coordinator after them joins subjects. */
const REPORTING_LIKE = /^(?:said|says|say|told|stated|added|announced|reported|claimed|believes?|believed|thinks?|thought|insisted|noted|confirmed|denied|warned|argued|hoped|knew|learned|heard)$/;

/** "arrest, beat and jail": a list of verbs goes on after the comma at `comma`. */
function verbListGoesOn(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma + 1; k < Math.min(tokens.length, comma + 8); k += 2) {
    const t = tokens[k] as Token;
    // one word an item ("torture" may be tagged a noun); the last, after "and", must be a verb
    if (t.tags.has('Auxiliary') || t.tags.has('Determiner') || t.tags.has('ProperNoun') || !/^\p{Ll}+$/u.test(t.text)) return false;
    const after = tokens[k + 1];
    if (after && /^(?:and|or)$/.test(after.lower)) return (tokens[k + 2]?.tags.has('Verb') ?? false);
    if (!/,/.test(t.post)) return false;
  }
  return false;
}

/** "and arresting protesters", "and fired shots" start a new verb phrase; "and stun grenades" does not. */
export function startsVerbPhrase(word: Token, next: Token | undefined): boolean {
  if (word.tags.has('Gerund') || word.tags.has('PastTense')) return true;
  if (!word.tags.has('Verb') || word.tags.has('Noun')) return false;
  return !(next && next.tags.has('Noun') && !next.tags.has('Pronoun'));
}

/**
 * The clause around a trigger, as tokens: bounded by ; : and commas (a list of names runs on: "in Veloria, Ostria, and
 * Dunmark"), by subordinators and relative words that open another clause ("after two bombs struck", "where he was
 * detained" starts at its opener), and by "and"/"but" before another verb phrase or clause.
 */
export function clauseRange(tokens: readonly Token[], trigger: TokenRange, nominal: boolean): TokenRange {
  const first = clauseStart(tokens, trigger, nominal);
  return { first, last: clauseEnd(tokens, trigger, nominal, first) };
}

/** Where the clause around a trigger starts (see `clauseRange`). */
function clauseStart(tokens: readonly Token[], trigger: TokenRange, nominal: boolean): number {
  let first = trigger.first;
  let sawVerb = false;
  let hostGroup = trigger.first;
  while (hostGroup > 0 && isVerbGroupFiller(tokens[hostGroup - 1])) hostGroup--;
  for (let k = trigger.first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    // "Protesters who gathered outside parliament clashed with police": a verb after a restrictive who-relative that
    // has a verb of its own is the host clause's; the relative is inside its subject (round 14,
    // `events/host-verb-after-relative`)
    if (!nominal && sawVerb && restrictiveRelative(tokens, k)) {
      first = k;
      continue;
    }
    if (k < hostGroup && isFiniteVerb(tokens, k)) sawVerb = true;
    // "in the capital, Lorn, on Saturday to protest": back over a place named in apposition
    const head = [k - 1, k - 2, k - 3].find((j) => j >= 0 && placeApposition(tokens, j) === k);
    if (head !== undefined) {
      k = head;
      first = k;
      continue;
    }
    if (/[;:,()]/.test(t.post)) break;
    // "the killing sparked protests in the capital": the happening it brought about is a clause of its own (the
    // cause's clause runs on over it, so its time and place still reach the cause)
    if (causingVerb(t)) break;
    if ((SUBORDINATORS.has(t.lower) && opensClause(tokens, k)) || opensRelative(tokens, k)) {
      first = k;
      break;
    }
    if (t.lower === 'that' && k + 1 < trigger.first && opensClause(tokens, k)) {
      first = k + 1;
      break;
    }
    if (t.lower === 'and' || t.lower === 'but' || t.lower === 'while') {
      const after = tokens[k + 1] as Token;
      if (k + 1 === trigger.first && !nominal) break;
      if (k + 1 < trigger.first && (after.tags.has('Verb') || after.tags.has('Gerund')) && !after.tags.has('Noun')) break;
      // "she and the Chancellor discussed": coordinated subjects, unless a verb before the "and" closes a clause
      if (!nominal && coordinatesClause(tokens, k) && finiteVerbBefore(tokens, k)) break;
    }
    // "..., with police firing water cannon": the absolute clause after "with" is its own happening
    if (t.lower === 'with' && !nominal && (tokens[trigger.first] as Token).tags.has('Gerund') && k + 1 < trigger.first) break;
    first = k;
  }
  return first;
}

/** Where the clause around a trigger that starts at `first` ends (see `clauseRange`). */
function clauseEnd(tokens: readonly Token[], trigger: TokenRange, nominal: boolean, first: number): number {
  let last = trigger.last;
  const restricted = restrictiveRelative(tokens, first);
  for (let k = trigger.last; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    last = k;
    // a parenthesis after the trigger is an aside inside the clause ("took Port Arlen (known as Arlenport) and ...")
    if (/[;:]/.test(t.post)) break;
    // "rallied in the capital, Lorn, on Saturday": the name of the place is an apposition inside the clause
    const named = Math.max(placeApposition(tokens, k), nameApposition(tokens, k, trigger.last));
    if (named > k) {
      k = named;
      last = k;
      continue;
    }
    if (/,/.test(t.post) && !listGoesOn(tokens, k) && !dateGoesOn(tokens, k) && !(k === trigger.last && !nominal && verbListGoesOn(tokens, k))) break;
    const after = tokens[k + 1];
    if (!after) break;
    if ((SUBORDINATORS.has(after.lower) && opensClause(tokens, k + 1)) || opensRelative(tokens, k + 1)) break;
    // ("who gathered outside parliament | clashed with police": the restrictive relative ends before the host's verb)
    if (restricted && k >= trigger.last && !/^(?:and|or|but)$/.test(t.lower) && isFiniteVerb(tokens, k + 1)) break;
    const afterNext = tokens[k + 2];
    if ((after.lower === 'and' || after.lower === 'but') && afterNext && (startsVerbPhrase(afterNext, tokens[k + 3]) || (!nominal && coordinatesClause(tokens, k + 1)))) break;
  }
  return last;
}

/**
 * "who were captured on October 7, 2023, were ...", "on Friday, March 3": a comma inside a written date (after the day
 * of a month, before its year; after a weekday, before a month) does not end the clause. Id:
 * `events/comma-in-date` (round 16).
 */
function dateGoesOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || t.post.trim() !== ',') return false;
  const month = (w: Token | undefined): boolean => w !== undefined && MONTHS.has(w.lower.replace(/\.$/, ''));
  if (/^\d{1,2}$/.test(t.text) && month(tokens[k - 1]) && /^\d{4}$/.test(next.text)) return true;
  return WEEKDAYS.has(t.lower) && month(next);
}

/** A tensed verb by which one happening brings about another (`CAUSING_VERBS`: "sparked", "prompted"). */
function causingVerb(t: Token): boolean {
  return CAUSING_VERBS.test(t.lower) && t.tags.has('Verb') && !t.tags.has('Noun') && (t.tags.has('PastTense') || t.tags.has('PresentTense'));
}

/** Common nouns of a place whose name may follow in commas ("the capital, Lorn,", "the port city, Varna,"). */
const PLACE_HEADS = /^(?:capital|city|town|village|province|region|state|county|district|port|island|country|area)$/;

/**
 * "in the capital, Lorn, on Saturday": at a comma after a place noun, the index of the token that closes the name
 * in apposition with a second comma, or -1.
 */
function placeApposition(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  if (!/^,$/.test(t.post.trim()) || !PLACE_HEADS.test(t.lower)) return -1;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++) {
    const w = tokens[j] as Token;
    if (!/^\p{Lu}/u.test(w.text)) return -1;
    if (/[;:.]/.test(w.post)) return -1;
    if (/,/.test(w.post)) return j + 1 < tokens.length ? j : -1;
  }
  return -1;
}


/**
 * "met his Jordanian counterpart, Samir Haddad, in Amman", "arrested the group's leader, Omar Said, in a raid": at a
 * comma after a role noun that follows the trigger, the index of the last token of the name in apposition (closed by
 * a comma or the sentence's end), or -1.
 */
function nameApposition(tokens: readonly Token[], k: number, triggerLast: number): number {
  const t = tokens[k] as Token;
  if (k <= triggerLast || !/^,$/.test(t.post.trim()) || /^\p{Lu}/u.test(t.text) || !(ROLE_NOUNS.has(t.lower) || PERSON_HEADS.test(t.lower))) return -1;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++) {
    const w = tokens[j] as Token;
    if (!/^\p{Lu}/u.test(w.text) || w.tags.has('Pronoun') || w.tags.has('Date')) return -1;
    if (/[;:]/.test(w.post)) return -1;
    if (/,/.test(w.post)) return j > k + 1 || w.tags.has('ProperNoun') ? j : -1;
    if (j === tokens.length - 1) return j > k + 1 ? j : -1;
  }
  return -1;
}

/** Verbs a relative clause uses to say when or how a happening takes place ("which are to be held next autumn"). */
const OCCURRENCE = /^(?:held|hold|scheduled|planned|expected|set|due|slated|began|begun|begin|started|start|ended|end|occurred|occur|happened|took|take|lasted|last|came|come)$/;

/**
 * "planned local elections, which are to be held next autumn": the end of a relative clause right after a noun trigger
 * that tells when or how that happening takes place, so its evidence and its time belong to the noun; -1 if none.
 */
export function occurrenceRelativeEnd(tokens: readonly Token[], last: number): number {
  const tok = tokens[last] as Token;
  const rel = tokens[last + 1];
  if (!/,/.test(tok.post) || !rel || !/^(?:which|that)$/.test(rel.lower)) return -1;
  let found = false;
  for (let k = last + 2; k < Math.min(tokens.length, last + 14); k++) {
    const t = tokens[k] as Token;
    if (k <= last + 7 && OCCURRENCE.test(t.lower)) found = true;
    if (/[,;:.]/.test(t.post) || k === tokens.length - 1) return found ? k : -1;
    if (!found && k > last + 7) return -1;
  }
  return -1;
}
