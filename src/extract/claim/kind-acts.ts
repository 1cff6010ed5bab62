import type { Token } from '../../nlp/tokens.js';

/*
 * Kinds that follow the act a claim performs, whatever its words (round 21, helper claims24). Each export is used by
 * `claim/kind.ts`; ids name the rules in its `kindRule`.
 */

/** Verbs of saying whose subject is a third party inside the claimed clause ("her manager had said", "was told"). */
const RELAYED_VERB = /\b(?:said|told|stated|insisted|assured|declared|says|tells)\b/giu;
/** Words a relayed verb may stand after and still have the same subject: auxiliaries and adverbs of time. */
const BEFORE_VERB = /^(?:had|has|have|was|were|also|then|later|once|previously|earlier|repeatedly|allegedly|reportedly|privately|\p{L}+ly)$/iu;
/** A pronoun (the speaker itself, or a joined act of the speaker) or a joiner: the saying is no third party's. */
const OWN_OR_JOINED = /^(?:i|we|he|she|they|it|you|and|but|or|who|which|that|then)$/i;

/**
 * Where a third party's saying starts inside the claimed clause, or -1: "Clara Voss told the jury that her manager had
 * said the files must disappear", "Jan Pohl said the general had told him the town would be shelled". What that party
 * said must, will or should happen is its own call, warning or pledge, relayed: the speaker calls for, warns of and
 * pledges nothing, so the rules that read an act look at the clause before the relayed saying only. Not the speaker's
 * own earlier words ("Karl Dent said he had told the board the plant must close": a pronoun before the verb), not a
 * verb opening the clause. Id: `kind/relayed-saying` (round 21).
 */
export function relayedSayingAt(content: string): number {
  for (const m of content.matchAll(RELAYED_VERB)) {
    const words = content.slice(0, m.index).replace(/[,;:"“”()]/g, ' ').trim().split(/\s+/).filter((w) => w !== '');
    while (words.length > 0 && BEFORE_VERB.test(words[words.length - 1] as string)) words.pop();
    const previous = words[words.length - 1];
    if (previous === undefined || OWN_OR_JOINED.test(previous)) continue;
    return m.index;
  }
  return -1;
}

/** The tokens of the clause before offset `cut` of its text (the clause's first token opens it). */
export function tokensBefore(tokens: readonly Token[], content: string, cut: number): readonly Token[] {
  const first = tokens[0];
  if (first === undefined) return tokens;
  const base = first.start - Math.max(0, content.indexOf(first.text));
  return tokens.filter((t) => t.end - base <= cut);
}

/**
 * A quality measured by what it caused, told in the past ("the storm was so fierce that whole roofs were torn away",
 * "the crowd was so large that police closed the square", "there were so many people that the doors were shut"): the
 * speaker tells what happened, it does not weigh the quality. Source: the degree-result construction of English
 * grammars ("so + adjective + that-clause"). Id: `kind/degree-result` (round 21).
 */
export const DEGREE_RESULT = /\b(?:was|were)\s+(?:\p{L}+ly\s+)?so\s+(?:much\s+|many\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+that\s+(?![^,;]*\b(?:will|shall)\b)/iu;

/**
 * An act described as a move made for a purpose the speaker imputes ("the audit is an attempt by the cabinet to
 * discredit the mayor", "the raid was a ploy to intimidate voters", "the vote is a pretext to delay the
 * election"): the speaker judges why another acted. Nouns of suspected purpose only; "part of an effort to cut costs"
 * tells a purpose. Id: `kind/imputed-purpose` (round 21).
 */
export const IMPUTED_PURPOSE = /\b(?:is|was|are|were|be|been|remains?|['’]s)\s+(?:(?:just|merely|simply|only|nothing\s+but|nothing\s+more\s+than|clearly|obviously|plainly|a|an|the|another|yet\s+another|part\s+of)\s+)+(?:[\p{L}-]+\s+)?(?:attempt|ploy|ruse|pretext|excuse|smokescreen|gambit|stunt|manoeuvre|maneuver|scheme|bid)s?\s+(?:by\s+[^,;]{1,60}?\s+)?(?:to|for)\s+\p{L}+/iu;

/** A hope or wish opening the clause: "she hoped", "we hope that", "(their) hope that". */
const HOPE_HEAD = /^(?:(?:i|we|he|she|they|it)\s+(?:\p{L}+ly\s+)?(?:hopes?|hoped|wish(?:es|ed)?|trust(?:s|ed)?)\s+|(?:(?:the|their|its|his|her|our)\s+)?(?:(?:strong|sincere|fervent)\s+)?(?:hopes?|wish)\s+)(?:that\s+)?/iu;
/**
 * A party that can act: a name, or a body, a side or people named by a common noun ("the company", "the warring
 * parties", "investigators", "both sides"); not a thing or a process ("the talks", "the rain", "peace").
 */
const AGENT = String.raw`(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:(?:the|both|all|its|their|his|her|our)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:government|governments|authorities|police|courts?|company|companies|army|military|parties|sides|rebels|leaders?|ministers?|president|union|junta|regime|council|administration|states|countries|country|employers|management|board|judges?|\p{Ll}+(?:ers|ors|ists|ians))\s+)`;
/** A verb of an act after the party: a modal and a verb, or a bare present (the mandative "respect"). */
const ACT_AFTER = String.raw`(?:(?:will|would|could|can|might|shall)\s+(?:not\s+|now\s+|soon\s+)?(?!be\b|have\b|succeed|resume|hold|last|continue|improve|end\b|work\b|happen|prevail)\p{Ll}+|(?!is\b|are\b|was\b|were\b|has\b|have\b|had\b|will\b|would\b)\p{Ll}+\s+(?:the|a|an|its|their|his|her|all|\p{Lu}))`;
const HOPED_ACT = new RegExp(String.raw`^${AGENT}${ACT_AFTER}`, 'u');
const HOPE_LEMMAS: ReadonlySet<string> = new Set(['hope', 'wish']);
const HOPE_CARRIERS: ReadonlySet<string> = new Set(['voice', 'express', 'say', 'add', 'tell', 'state']);

/**
 * A hope that another party acts calls on it ("The growers' union voiced hope that the courts honour the land
 * titles", "The ministers expressed hope that the warring parties would respect the ceasefire", "she said she hoped
 * the court would free the journalists"); a hope for a thing or a process stays a judgement ("hoped the talks would
 * succeed"). Id: `kind/hope-of-another` (round 21).
 */
export function hopesForAct(content: string, lemma: string | undefined): boolean {
  const trimmed = content.trim();
  const head = HOPE_HEAD.exec(trimmed);
  if (head !== null && lemma !== undefined && (HOPE_CARRIERS.has(lemma) || HOPE_LEMMAS.has(lemma))) return HOPED_ACT.test(trimmed.slice(head[0].length));
  return lemma !== undefined && HOPE_LEMMAS.has(lemma) && HOPED_ACT.test(trimmed.replace(/^that\s+/i, ''));
}

/** Copulas that open a told state ("were pleased", "are contemplating", "was losing"). */
const STATE_COPULAS = /^(?:is|are|was|were)$/;
/** Plural nouns of people by their agent or membership suffix ("villagers", "detainees", "protesters", "residents"). */
const PEOPLE_PLURAL = /^(?:\p{Ll}+(?:ers|ors|ists|ians|ants|ents|ees|men|women)|people|children|families|hostages|prisoners|captives|civilians|refugees|migrants|patients|troops|soldiers|police|crowds|relatives|victims|survivors|inmates)$/u;
/** A quantifier of people before "of them" ("some of them", "many of the prisoners"). */
const PEOPLE_SHARE = /^(?:some|many|most|all|several|few|none|half|one|two|three|dozens|hundreds|thousands)$/;

/**
 * Whether the clause tells how other people are or what they are going through: a feeling after a copula whose holder
 * is a name or a noun ("Ana Lee was pleased with the verdict", "the villagers were angry"), or a progressive whose subject
 * is people ("many of them are refusing food", "the detainees were losing hope"). The speaker relays another's
 * state, judging nothing and committing to nothing: a report, as the wikinews guideline counts a witnessed event. Not a
 * pronoun holder ("she was shocked" after "Ana Lee said" is the speaker's own feeling, a statement), not a progressive
 * of things ("demand was growing"). `feeling` tells the feeling words. Id: `kind/told-state-of-others` (round 23).
 */
export function toldStateOfOthers(tokens: readonly Token[], feeling: (word: string) => boolean): boolean {
  for (let i = 1; i < Math.min(tokens.length - 1, 8); i++) {
    if (!STATE_COPULAS.test((tokens[i] as Token).lower)) continue;
    const subject = tokens[i - 1] as Token;
    const named = subject.tags.has('ProperNoun') || (subject.tags.has('Noun') && !subject.tags.has('Pronoun'));
    let k = i + 1;
    while (k < tokens.length - 1 && (tokens[k] as Token).tags.has('Adverb')) k++;
    const next = tokens[k] as Token;
    if (named && feeling(next.lower) && !/^(?:to|that)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    const people = PEOPLE_PLURAL.test(subject.lower) || (subject.lower === 'them' && tokens[i - 2]?.lower === 'of' && PEOPLE_SHARE.test(tokens[i - 3]?.lower ?? ''));
    if (people && /ing$/.test(next.lower) && next.lower !== 'going' && next.tags.has('Verb')) return true;
    return false;
  }
  return false;
}
