import type { Token } from '../../nlp/tokens.js';
import { EVALUATIVE_MANNER, FALSITY_WORDS, FRAMING_IMPERATIVES } from '../../nlp/lexicon/claim-kinds.js';

/*
 * Kinds read from the grammatical form of the claimed words (round 24, helper claims27): the mood of a quote, a
 * happening or an account said not to be so, and a judgement carried by an adverb of manner. Each export is used by
 * `claim/kind.ts`, whose `NEUTRAL_RULES` name them by id.
 */

/** Words that may stand before an imperative's verb: "Please stay", "Do not drink", "Never give up", "Just go". */
const IMPERATIVE_LEAD_INS: ReadonlySet<string> = new Set(['please', 'do', 'not', "don't", 'don’t', 'dont', 'never', 'just', 'now', 'so', 'always', 'simply', 'then']);
const FRAMING_SET: ReadonlySet<string> = new Set(FRAMING_IMPERATIVES.words);

/**
 * Whether the claimed words open with an imperative: a bare verb with no subject before it ('"Wash your hands and stay
 * home," the agency said', '"Do not drink the water," the council said', '"Vote for change," she told the crowd',
 * '"Let\'s finish the job," the coach said'). The speaker directs its hearers: a `call`, whatever a harm or a condition
 * later in the quote says. compromise's `Imperative` tag, or a base form before a word no subject can open with
 * ("Get vaccinated", "Call 911", "Stay at home"; "Record profits show" opens with a noun). Not a word that frames or
 * thanks ("Believe me, ...", "Thank you", "Let me be clear", "Look, ..."). Id: `kind/imperative` (round 24).
 */
export function opensWithImperative(tokens: readonly Token[]): boolean {
  let i = 0;
  while (i < 3 && IMPERATIVE_LEAD_INS.has(tokens[i]?.lower ?? '')) i++;
  const verb = tokens[i];
  if (verb === undefined || FRAMING_SET.has(verb.lower) || /,/.test(verb.post)) return false;
  if (verb.lower === 'let' && tokens[i + 1]?.lower === 'me') return false;
  if (finiteVerbLater(tokens, i)) return false;
  if (verb.tags.has('Imperative')) return true;
  const next = tokens[i + 1];
  if (!verb.tags.has('Infinitive') || next === undefined) return false;
  return QUANTIFIERS.has(next.lower) || (['Determiner', 'Pronoun', 'Value', 'Preposition', 'Adverb', 'PastTense'].some((tag) => next.tags.has(tag)) && !next.tags.has('Noun'));
}

const QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'each', 'some', 'any', 'no', 'more', 'less']);
/** Words that end an imperative's first clause: what follows may have a subject of its own ("until the smoke clears"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'if', 'unless', 'until', 'before', 'after', 'when', 'while', 'because', 'so', 'what', 'who', 'which', 'that', 'where', 'how', 'as']);

/**
 * Whether a finite verb follows the opening word in its clause, past the word right after it: then the opening word
 * and what follows it are a subject ("Record crowds came to every match": "Record" is no imperative), while "Get
 * vaccinated" keeps its participle right after the verb.
 */
function finiteVerbLater(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (CLAUSE_OPENERS.has(t.lower)) return false;
    if (k >= verb + 2 && t.tags.has('Verb') && !t.tags.has('Infinitive') && !t.tags.has('Gerund') && !t.tags.has('Participle') && (t.tags.has('PastTense') || t.tags.has('PresentTense'))) return true;
    if (/[,;:.!?]/.test(t.post)) return false;
  }
  return false;
}

/**
 * A happening said not to have taken place: "the meeting never took place", "that simply did not happen", "the shooting
 * never occurred", "there has been no cover-up". Not a happening still ahead ("has not happened yet") or new ("had
 * never happened before"). Id: `kind/denied-occurrence` (round 24; "there was no attack" was `kind/negated-fact`).
 */
export const DENIED_OCCURRENCE = /\b(?:(?:did|does|do|has|have|had)(?:\s+not|n['’]t)|never)\s+(?:\p{L}+ly\s+)?(?:ever\s+)?(?:happen(?:ed|s)?|occur(?:red|s)?|t(?:ake|ook|aken)\s+place|exist(?:ed|s)?)\b(?!\s+(?:yet|before|since|until|again|so far)\b)|\bthere\s+(?:has|have|had)\s+(?:\p{L}+ly\s+)?(?:never\s+)?been\s+no\b(?!\s+doubt)/iu;

/** A copula and what a claim is said to be when it is not so: "were untrue", "is completely false", "was full of lies". */
const CALLED_FALSE = new RegExp(String.raw`\b(?:is|are|was|were|be|been|remains?|['’]s)\s+(?:(?:\p{L}+ly|simply|just|all|nothing\s+but|full\s+of)\s+)*(?:not\s+(?:true|correct|accurate)\b|(?:a\s+|an\s+)?(?:(?:total|complete|outright|blatant|pack\s+of|tissue\s+of)\s+)?(?:${FALSITY_WORDS.words.join('|')})\b)`, 'iu');
/** Accounts a speaker can call false: what someone claimed, reported or showed. */
const ACCOUNT_WORDS = String.raw`claims?|reports?|allegations?|accusations?|charges?|rumou?rs?|stories|story|suggestions?|assertions?|accounts?|figures|videos?|footage|photos?|photographs?|pictures?|images?|documents?|letters?|leaks?|articles?`;
const ACCOUNT_SUBJECT = new RegExp(String.raw`\b(?:${ACCOUNT_WORDS})\b`, 'i');
const PRONOUN_SUBJECT = /^(?:this|that|it|these|those|all\s+(?:of\s+)?(?:this|that|it)|everything|which)$/i;

/**
 * An account the speaker calls false: "said the reports of a sale were untrue", "the allegations are baseless", '"That
 * is a lie," she said', "This is simply not true". It denies what others said, a `denial`, not a judgement; a judgement
 * of anything else stays one ("the plan is wrong"). The subject is the words from the clause's last comma, "that" or
 * start up to the copula: it names an account, or is a pronoun of one. Id: `kind/called-false` (round 24).
 */
export function callsFalse(content: string): boolean {
  const m = CALLED_FALSE.exec(content);
  if (m === null) return false;
  const before = content.slice(0, m.index).replace(/["“”]/g, '');
  const subject = (before.split(/[,;:]|\bthat\b|\bbut\b/i).pop() ?? '').trim();
  if (PRONOUN_SUBJECT.test(subject) || (ACCOUNT_SUBJECT.test(subject) && subject.split(/\s+/).length <= 10)) return true;
  const phrase = (before.split(/[,;:]|\bbut\b/i).pop() ?? '').trim();
  return ACCOUNT_WITH_CLAUSE.test(phrase) && phrase.split(/\s+/).length <= 30;
}

/**
 * An account named with the clause it holds: "the claims that its troops had crossed the border were false", "reports
 * that the envoy had been expelled are untrue", "the allegation that it funded the rebels was baseless" (the subject is
 * the account, not the clause after its "that", so the rule above did not see it). Id: `kind/called-false-clause`
 * (round 25).
 */
const ACCOUNT_WITH_CLAUSE = new RegExp(String.raw`^(?:(?:the|these|those|such|all|any|recent|earlier|media|press|news)\s+){0,2}(?:[\p{L}-]+\s+)?(?:${ACCOUNT_WORDS})\s+that\b`, 'iu');

const MANNER_SET: ReadonlySet<string> = new Set(EVALUATIVE_MANNER.words);
const MANNER_DEGREE: ReadonlySet<string> = new Set(['very', 'so', 'really', 'extremely', 'pretty', 'quite', 'incredibly', 'remarkably', 'exceptionally']);

/**
 * An act judged by how it was done: an adverb of evaluative manner after its verb or object ("her side had defended
 * badly", "the referee handled the game superbly", "we played really well"). Not an adverb of degree before a word it
 * grades ("was badly damaged", "poorly paid workers"), not "as well". Id: `kind/evaluative-manner` (round 24).
 */
export function judgesManner(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!MANNER_SET.has(t.lower) && t.lower !== 'well') return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev === undefined || prev.lower === 'as' || prev.tags.has('Copula') || prev.tags.has('Auxiliary')) return false;
    const open = next !== undefined && !/[,;:.!?"”]/.test(t.post);
    if (open && next.tags.has('Verb')) return false;
    // (a bare "well" is left alone: "the talks went well" tells an outcome, "as well", "well known")
    if (t.lower === 'well') return MANNER_DEGREE.has(prev.lower) && (tokens[i - 2]?.tags.has('Verb') ?? false);
    // after its verb the adverb tells the manner ("performed admirably all season"); after an object only when no
    // adjective follows that it could grade instead
    return prev.tags.has('Verb') || ((prev.tags.has('Noun') || MANNER_DEGREE.has(prev.lower)) && !(open && next.tags.has('Adjective')));
  });
}
