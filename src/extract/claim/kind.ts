import type { ClaimKind } from '../../schema/claim.js';
import type { Token } from '../../nlp/tokens.js';
import { EVALUATIVE_MISREAD, EVALUATIVE_PARTICIPLES, FEELING_WORDS, STATE_ADJECTIVES, FIGURATIVE_VICTIMS, HARM_DONE_WORDS, HARM_WORDS, INFERENCE_WORDS, JUDGING_NOUNS, JUDGING_VERBS, kindWordPattern, NOMINAL_HARM_WORDS, NOT_YET_WORDS, OBLIGATION_WORDS, RISK_WORDS } from '../../nlp/lexicon/claim-kinds.js';
import { REPORTING_VERBS, reportingLemma } from '../../nlp/lexicon/reporting-verbs.js';
import { CAPTIVES } from '../../nlp/lexicon/event-triggers.js';
import { callsFalse, DENIED_OCCURRENCE, judgesManner, opensWithImperative } from './kind-speech-acts.js';
import { DEGREE_RESULT, hopesForAct, IMPUTED_PURPOSE, relayedSayingAt, tokensBefore, toldStateOfOthers } from './kind-acts.js';

/*
 * The kind of a claim. A cue with a kind of its own keeps it: "denied" is a denial, "urged" a call, "warned" a
 * warning, "pledged" a pledge, "believes"/"called X Y" an assessment, "reported"/"found" a report. A neutral
 * cue ("said", "told", "added", "according to") says nothing of the act, so the claimed clause decides, by the
 * first rule of `NEUTRAL_RULES` that fires. Each rule has an id and a reason; `kindRule` names the one used.
 */

const HARM = kindWordPattern(HARM_WORDS);
const NOT_YET = kindWordPattern(NOT_YET_WORDS);
/** A denied intention is no threat or pledge: "had no intention of going to war". */
// ("We will never give up", "they would never lay down their arms": "never" after will/would binds the speaker not
// to act, a negative commitment; only a "never" of intending disavows: "never intended to", "never planned to";
// round 15, `kind/will-never`)
// ("We are not going to put troops into a ground war": a negative commitment as "will not" is, `kind/negative-commitment`;
// "not planning to" still disavows a plan)
// ("he would no longer defend Trump", "the party will no longer take part in the talks": a commitment to stop;
// round 16)
const DISAVOWED = /\b(?:no intention|no (?:immediate |current )?plans? to|not (?:planning|intending) to|never (?:intended|planned|meant|wanted|sought|had (?:any|the) intention))\b/i;
const RISK = kindWordPattern(RISK_WORDS);
/**
 * A modal and a harm noun it brings in one clause ("would cause deaths", "could lead to mass casualties among"; not
 * "there were no casualties and the road would reopen"): no comma, semicolon or "and" between them.
 */
const NOMINAL_HARM_AHEAD = new RegExp(String.raw`\b(?:will|would|could|may|might)\b(?:(?!\band\b|\bbut\b)[^,;])*?${kindWordPattern(NOMINAL_HARM_WORDS).source}`, 'i');
/**
 * A risk said to be past or absent is no warning ("the threat has passed", "no longer poses a threat", "the risk
 * was low").
 */
const RISK_LIFTED = /\b(?:no longer|no|little|low|reduced|lower|receded|passed|eased|over)\b|\b(?:not|never)\s+(?:\p{L}+\s+){0,2}?(?:an?\s+|any\s+)?(?:\p{L}+\s+)?(?:threat|risk|danger)|n['’]t\s+(?:\p{L}+\s+){0,2}?(?:an?\s+|any\s+)?(?:\p{L}+\s+)?(?:threat|risk|danger)/iu;
// ("she had received death threats from a gang", "he has faced threats for years": threats received are a harm done
// to the speaker's subject, no warning; round 16, `kind/threats-received`)
const THREATS_RECEIVED = /\b(?:received|receiving|receives|got|faced|suffered)\s+(?:\p{L}+\s+){0,2}?threats?\b/iu;
/**
 * "risk" naming the trade of managing risk, before the noun it modifies ("the bank's risk models had been inadequate",
 * "its risk management failed", "the risk committee met twice"): a function of a firm, no danger ahead. Source: the
 * compounds of banking and insurance reports. Id: `kind/risk-as-modifier` (round 19).
 */
const RISK_AS_MODIFIER = /\brisk\s+(?:models?|modell?ing|management|managers?|assessments?|committees?|officers?|controls?|appetite|profiles?|premiums?|weight(?:s|ings?)?|limits?|systems?|teams?|functions?|analys[ei]s|ratings?|scores?|disclosures?|frameworks?|policies|practices|departments?|units?|officials?)\b/gi;
// ("the missile did not pose a threat to North America", "the leak was not a danger to residents", "it doesn't pose
// any serious risk": a risk said not to exist is no warning; round 16, `kind/risk-denied`)

/**
 * A speaker binding itself not to act: a person or a body, then will/would (or their contraction) and not/never and
 * a verb of an act ("we will never give up", "she would not run for a third term", "the company said it would not
 * cut jobs"); not a thing predicted ("the ruling will not affect contracts"), not an ability or a state ("would not
 * be able to"), not "would not hesitate" (a threat). Id: `kind/negative-commitment` (round 15).
 */
// ("his party would not join any government led by X", "its army will never again cross the river", "our union will
// not sign": a body the speaker's pronoun owns binds itself as the pronoun would; round 25, `kind/owned-body-refusal`)
const OWNED_BODY = String.raw`(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:\p{Ll}+\s+)?(?:government|administration|party|company|ministry|army|military|forces|troops|council|group|union|bank|alliance|coalition|campaign|country|team|side|club|firm|board|movement|bloc|delegation)`;
const NEGATIVE_COMMITMENT = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:and|but|that)\s+)(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|\p{Lu}[\p{L}'’-]+|${OWNED_BODY})(?:\s+(?:will|would|shall)\s*(?:never|not|n['’]t|no\s+longer)|\s+(?:am|are|is|was|were)\s+(?:never|not)\s+going\s+to|['’](?:re|m)\s+(?:never|not)\s+going\s+to)\s+(?:ever\s+|again\s+)?(?!be\b|have\b|need\b|affect|change|matter|happen|work|hesitate|comment|say|know|take\b|last|cost|allow|stand idly)\p{Ll}+`, 'u');
const NEGATIVE_COMMITMENT_WON = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:and|but|that)\s+)(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|\p{Lu}[\p{L}'’-]+)\s+(?:won['’]t|wouldn['’]t)\s+(?:ever\s+)?(?!be\b|have\b|need\b|affect|change|matter|happen|work|hesitate|comment|say|know|take\b|last|cost|allow|stand idly)\p{Ll}+`, 'u');
/**
 * A refusal to accept what is offered or done: "would not accept the offer", "will never recognise the result"; a
 * refusal to act only when the clause opens with it or a pronoun does it ("we refused to sign", "refused to comment"),
 * since a refusal the speaker charges a named other with ("accused Democrats of refusing to negotiate", "the
 * government was refusing to talk") is the other's act, not the speaker's rejection (round 16,
 * `kind/refusal-of-another`); so is the speaker's "does not accept" or "did not recognise" ("she said she did not
 * recognise the result"; round 16 lead).
 */
const REFUSED_ACCEPTANCE = /\b(?:will|would|shall|could|can)\s*(?:never|not|n['’]t)\s+(?:ever\s+)?(?:accept|recogni[sz]e|tolerate|agree to|sign|endorse|back|support)\b|\b(?:won['’]t|wouldn['’]t|cannot|can['’]t)\s+(?:accept|recogni[sz]e|tolerate|agree to)\b|(?:^|\b(?:i|we|he|she|it|they)\s+(?:[\p{L}'’]+\s+){0,2}?)refus(?:e|es|ed|ing) to\b|(?:^|\b(?:i|we|he|she|it|they)\s+)(?:(?:do|does|did)\s+not|don['’]t|doesn['’]t|didn['’]t)\s+(?:accept|recogni[sz]e)\b/iu;

/** Lemmas that perform their act when the speaker utters them in the first person ("we reject", "I urge"). */
const PERFORMATIVE_LEMMAS: ReadonlySet<string> = new Set([
  'urge', 'demand', 'ask', 'appeal', 'implore', 'request', 'plead', 'call', 'reject', 'oppose', 'repudiate', 'deny',
  'refute', 'dispute', 'warn', 'caution', 'pledge', 'promise', 'vow', 'swear', 'guarantee', 'condemn', 'denounce',
  'welcome', 'praise', 'applaud', 'commend', 'deplore', 'decry',
]);
/**
 * The act a clause performs when its speaker names it in the first person present ("We reject these accusations",
 * "I urge the government to act", "we call on both sides", "we condemn this attack"), or when a clause opening with
 * the speaker's pronoun tells its refusal ("it opposed the plan", "she rejected the offer"): the verb's own kind.
 * Id: `kind/performative-in-content` (round 15).
 */
function performedKind(content: string): ClaimKind | undefined {
  const first = /^(?:i|we)\s+(?:(?:also|again|strongly|firmly|hereby|categorically|once again|therefore|now|\p{L}+ly)\s+)*(\p{L}+)\b/iu.exec(content.trim());
  const lemma = first ? reportingLemma((first[1] as string).toLowerCase()) : undefined;
  if (lemma !== undefined && PERFORMATIVE_LEMMAS.has(lemma) && !/(?:ed|ing)$/i.test(first?.[1] ?? '')) {
    if (lemma === 'call' && !/^\S+\s+(?:\p{L}+ly\s+)*call\s+(?:on|for|upon)\b/iu.test(content.trim())) return undefined;
    return REPORTING_VERBS[lemma];
  }
  // ("The Secretary-General urges the leadership to return to dialogue", a spokesman said: the principal's act in
  // the present, conveyed)
  const conveyed = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:(?:also|again|strongly|firmly|\p{L}+ly)\s+)*(\p{Ll}+s)\b/u.exec(content.trim());
  const conveyedLemma = conveyed ? reportingLemma(conveyed[1] as string) : undefined;
  if (conveyedLemma !== undefined && PERFORMATIVE_LEMMAS.has(conveyedLemma) && conveyedLemma !== 'call') return REPORTING_VERBS[conveyedLemma];
  const told = /^(?:he|she|it|they)\s+(?:(?:also|again|strongly|firmly|\p{L}+ly)\s+)*(opposed|rejected|refused|repudiated)\b/iu.exec(content.trim());
  return told ? 'rejection' : undefined;
}

/**
 * A mandative clause: a subject and a bare "be" with a participle, which only a demand can govern ("insisted that the
 * killings be investigated", "said the prisoners be released at once"); not after a modal, "to", "not" or "let".
 * Id: `kind/mandative-be` (round 15).
 */
const MANDATIVE_BE = /(?<!['’])\b(?!(?:to|will|would|could|can|may|might|must|should|shall|not|never|let|cannot|also|always|still|ever|just|that|which|who|and|or|well|then|soon|now|only|yet|already|again|rather|even|possibly|perhaps|certainly|surely|\p{L}+ly)\b)(?:\p{L}+)\s+be\s+(?:\p{L}+ly\s+)?(?:\p{L}+(?:ed|en)|held|made|sent|put|set|brought|kept|paid|told|shown|seen|done|freed|allowed)\b/iu;
const OBLIGATION = kindWordPattern(OBLIGATION_WORDS);
/** Words of commitment by themselves: "intends to", "plans to", "pledged". */
// ("his government was determined to see the reform through": resolve stated is a commitment; round 15)
const COMMITMENT_WORD_SOURCE = String.raw`intention|intends? to|plans? to|promise[sd]?|vow(?:s|ed)?|commit(?:s|ted)? to|pledge[sd]?|determined to|resolved to`;
const COMMITMENT_WORDS = new RegExp(String.raw`\b(?:${COMMITMENT_WORD_SOURCE})\b`, 'i');
/** Commitment: "will use all resources", "plan to re-write", "their intention to take part". */
// (round 13: "said it would fight the closures", "will resist any cuts": a body binding itself to oppose an act;
// id `kind/commitment-to-fight`)
// (round 15: "it will invest $2 billion in the plant", "the government would build 10,000 new homes", "we will rebuild":
// a body's own outlay or work ahead; "will never give up": a negative commitment, `kind/will-never`)
// (round 16: "Islamic Jihad said it would abide by the truce", "the rebels will respect the ceasefire", "the United
// States would work with partners", "Japan would do everything in its power to protect its people": a party binding
// itself to keep a deal, to act with others or to do all it can)
// (round 16: "the agency said it planned to feed 600,000 people", "Lavrov said Moscow intended to host a meeting": a
// plan or intention backshifted in reported speech, right after its subject; "had planned to" is a plan given up)
// (round 17: "insists he will stay in the race", "would veto the bill", "would vote against it", "will not back down": a
// candidate's or a party's own next step in a contest or on a law; "would not resign" binds as "will never give up"
// does; "would appeal" and "would release its results" stay statements, as the claims tests of earlier rounds hold)
const COMMITMENT_ACTS = String.raw`(?:(?:planned|intended|(?:was|were) planning|(?:was|were) intending) to|(?:will|would) (?:invest|build|rebuild|hire|spend|compensate|repay|donate|deploy|send (?:troops|aid|help)|create \S+ jobs)|will (?:not |never )?(?:use|back|support|provide|ensure|defend|protect|help|take part|do everything|keep|continue to|carry on|press on|not give up|stand by|work to|fight|resist|not rest|hold)|(?:will|would) (?:abide by|respect|hono(?:u)?r|observe|comply with|adhere to|stick to|work with|do everything|do whatever|spare no effort|take all necessary)|would (?:back|support|defend|protect|help|fight|resist)|(?:will|would) (?:not |never )?(?:stay in|stay on|remain in the race|sign|veto|cooperate|vote (?:for|against)|seek|push (?:for|ahead)|pursue|campaign|back down|resign|step aside|drop out))`;
/**
 * A party's own release of the people it holds ahead: "Iraq said it would release all foreign hostages", "the rebels
 * will free the two engineers", "would hand over the prisoners": a pledge, like the other commitments; "would release
 * its results" stays a statement (no captives). Source: the captives of the event stage (`events/captives`).
 * Id: `kind/release-of-captives` (round 18).
 */
const CAPTIVE_RELEASE = String.raw`(?:will|would) (?:free|release|hand over) (?:[\p{L}\d-]+ ){0,3}?${CAPTIVES.source.replace(/^\^|\$$/g, '')}`;
/**
 * A will/would of commitment binds its subject: a pronoun or a name ("we will defend", "Lee would back"), not a
 * thing whose effect is predicted ("the ruling would protect voters", "the wall will help").
 */
const COMMITTED_SUBJECT = new RegExp(String.raw`\b(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|\p{Lu}[\p{L}'’-]*|(?:the|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:government|company|ministry|army|military|party|administration|council|group|union|bank|alliance|coalition|campaign|country|state|city|team|side|club|firm|board))\s+(?:${COMMITMENT_ACTS}|${CAPTIVE_RELEASE})\b`, 'u');
/**
 * The speaker's own will or shall, in the first person or through a body it owns ("I will bring your jobs back", "we'll
 * finish the job", "my government will scrap the tax", "our party will freeze energy bills"): a promise of its own act,
 * whatever the verb. Not a state, a perception or a wait ("we will be", "we will see", "I will have to", "we will know").
 * Id: `kind/own-will` (round 24).
 */
const OWN_WILL = /(?:^|[,;:]\s*|\b(?:and|but|that|so|then)\s+)(?:I\s+(?:will|shall)|I['’]ll|(?:[Mm]y|[Oo]ur)\s+(?:[\p{L}-]+\s+)?(?:government|administration|party|company|team|side|club|campaign|ministry|firm|group|union|council)\s+(?:will|shall))\s+(?:(?:\p{L}+ly|also|now|then|not|never|always|ever|all|both)\s+)*(?!(?:be|have|see|know|need|hear|wait|find|learn|look|say|tell|talk|miss|remember|forget|get|wonder|probably|likely|soon)\b)\p{Ll}+/u;
function commits(content: string, tokens: readonly Token[]): boolean {
  if (COMMITMENT_WORDS.test(withoutOwnedPledges(withoutRelativeClauses(content)))) return true;
  if (OWN_WILL.test(content)) return true;
  const subject = COMMITTED_SUBJECT.exec(content);
  return subject !== null && !(subject.index === 0 && commonNounOpening(tokens));
}
/**
 * '"Prices will keep rising," he said', '"Sales will continue to grow"': a plural common noun capitalised only
 * because it opens the quote is a thing whose course is predicted, no party binding itself (the capitalised
 * alternative of COMMITTED_SUBJECT is for names). Id: `kind/forecast-not-pledge` (round 21).
 */
function commonNounOpening(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  return first !== undefined && first.tags.has('Plural') && !first.tags.has('ProperNoun') && !first.tags.has('Pronoun');
}
/** The clause without plans and promises named as things or made before the saying (see below). */
function withoutOwnedPledges(content: string): string {
  return content.replace(OWNED_PLAN_NOUN, ' ').replace(PROMISES_AS_TOPIC, ' ').replace(PLEDGED_BEFORE, ' ').replace(PLEDGE_KEPT_OR_BROKEN, ' ').replace(PLEDGE_RECEIVED, ' ');
}
/**
 * A promise received, in the passive ("he had been promised immunity", "the villagers were promised compensation",
 * "workers say they got promised a bonus"): the clause's subject is who was promised something, so the speaker
 * binds itself to nothing. Id: `kind/pledge-received` (round 19).
 */
const PLEDGE_RECEIVED = /\b(?:be|been|being|is|are|am|was|were|get|gets|got|getting)\s+(?:\p{L}+ly\s+)?(?:promised|pledged|guaranteed|vowed)\b/giu;
/**
 * A pledge kept or broken, with what it promised ("had broken his pledge to support the nominee", "kept their
 * promise to cut taxes", "reneged on a commitment to hold talks"): the pledge is what the claim judges, no commitment
 * of the speaker. Id: `kind/pledge-kept-or-broken` (round 17).
 */
const PLEDGE_KEPT_OR_BROKEN = /\b(?:broken|broke|breaking|breaks|break|violated|violating|abandoned|abandoning|kept|keeping|honou?red|honou?ring|betrayed|reneged\s+on|going\s+back\s+on|went\s+back\s+on)\s+(?:his|her|its|their|a|the|an|that|this)\s+(?:[\p{L}-]+\s+)?(?:promises?|pledges?|vows?|commitments?)(?:\s+to\s+[\p{L}-]+)?/giu;
/**
 * A pledge named as a thing ("breaking the promises it had made", "his campaign pledges") is what the claim is
 * about, not a commitment of the speaker ("our promise to", "we promise" still commit).
 */
// ("People here have heard enough promises", "voters were given many promises", "more empty pledges": promises
// counted or weighed are a thing heard; round 21, `kind/promises-counted`)
const PROMISES_AS_TOPIC = /\b(?:the|its|his|her|their|those|these|such|campaign|election|broken|enough|many|more|empty|hollow|any|no|countless|endless)\s+(?:[\p{L}-]+\s+)?(?:promises?|pledges?|vows?)\b(?!\s+to\b)/giu;
/**
 * A pledge made before the saying, by whoever made it ("as he had promised", "the rebels, having vowed to fight",
 * "as Lee promised in May"), is reported, not made now.
 */
const PLEDGED_BEFORE = /\b(?:(?:had|having)\s+(?:\p{L}+ly\s+)?|as\s+(?:he|she|they|it|\p{Lu}\p{L}+)\s+(?:had\s+)?)(?:promised|vowed|pledged|committed)\b/giu;
/**
 * "the government's plan to clean up bad loans", "the company's plans to cut jobs": a plan owned by a third party is
 * the topic of the claim, no commitment of the speaker ("we plan to", "our intention to" still commit).
 */
// ("the Pentagon is weighing plans to send more troops", "officials are considering plans to": plans weighed are not
// yet made; round 15)
const OWNED_PLAN_NOUN = /\b(?:the|a|an|\p{L}+['’]s?|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|review(?:s|ed|ing)?|discuss(?:es|ed|ing)?|draw(?:s|ing|n)? up|debat(?:es|ed|ing)|explor(?:es|ed|ing)|stud(?:y|ies|ied|ying))\s+(?:[\p{L}-]+\s+){0,2}?(?:plans?|promises?|pledges?|intention)\s+to\b/giu;
const HARM_DONE = kindWordPattern(HARM_DONE_WORDS);
/** "killed" or "dead" of a plan, not of people: "the deal had been killed by the Pentagon", "the bill is dead". */
const FIGURATIVE_HARM = new RegExp(String.raw`\b(?:${FIGURATIVE_VICTIMS.words.join('|')})(?:\s+\w+){0,3}?\s+(?:killed|dead)\b`, 'gi');

/** Whether the clause tells of a harm done (HARM_DONE_WORDS), not of a plan "killed" or "dead". */
function harmDone(content: string): boolean {
  return HARM_DONE.test(content.replace(FIGURATIVE_HARM, ' '));
}
/** A speaker's own belief or feeling: "I hope", "we think". */
const OWN_BELIEF = /\b(?:i|we) (?:hope|think|believe|feel|fear|expect|doubt|trust)\b/i;
/**
 * The speaker's belief told in reported speech: a clause opening with a pronoun, which after a cue is the speaker
 * ("Ann Lee said she believed the plan would fail", "he said he feared more attacks"). Id: `kind/speaker-belief`
 * (round 15).
 */
const SPEAKER_BELIEF = /^(?:he|she|they|it)\s+(?:\p{L}+ly\s+)?(?:believed|thought|feared|doubted|suspected|was convinced|were convinced)\b/iu;
const JUDGING = kindWordPattern(JUDGING_NOUNS);
const JUDGING_ACTS = kindWordPattern(JUDGING_VERBS);
const INFERENCE = kindWordPattern(INFERENCE_WORDS);
const FEELINGS = kindWordPattern(FEELING_WORDS);
/**
 * A feeling word whose subject is a third person ("he was shocked to find", "Lee was pleased with the news"): the
 * clause tells how someone felt, it does not judge; "we are delighted", "deeply saddened" still judge.
 */
const THIRD_PERSON_FEELING = new RegExp(
  String.raw`(?:\b(?:he|she|they)|\b(?!We\b|It\b)[A-Z][a-z]+)\s+(?:is|was|are|were|felt|feels|seemed|seems|had been|has been|have been)\s+(?:(?:very|so|too|quite|\w+ly)\s+)?(?:${FEELING_WORDS.words.join('|')})\b`,
);

/** Whether the clause has a feeling word that is not a third person's. */
function ownFeeling(content: string): boolean {
  const all = new RegExp(FEELINGS.source, 'gi');
  const third = content.match(new RegExp(THIRD_PERSON_FEELING.source, 'g'))?.length ?? 0;
  return (content.match(all)?.length ?? 0) > third;
}

/** A pronoun with a contracted copula, one token to the tagger: "it's cruel", "that's unacceptable". */
const CONTRACTED_COPULA = /^(?:it|that|this|he|she|what|there|they|we|you)['’](?:s|re)$/;
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'remained', 'seems', 'seemed', 'looks']);

/** Whether a copula in the clause is followed by an evaluative adjective ("the enemy is formidable"). */
function judges(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!COPULAS.has((tokens[i] as Token).lower) && !CONTRACTED_COPULA.test((tokens[i] as Token).lower)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
      const t = tokens[k] as Token;
      // ("the firm was encouraging workers to quit": an -ing word with an object is a progressive verb; round 17)
      if (progressiveWithObject(tokens, k)) break;
      // ("the embassy was aware of the reports", "was able to enrich uranium": a state or capacity, no judgement; round
      // 17, `kind/state-adjective`)
      if (STATE_SET.has(t.lower)) break;
      if (t.tags.has('Adjective') && !t.tags.has('Value') && !/(?:ed|en)$/.test(t.lower) && !measures(t) && !thirdPersonFeels(tokens, i, t)) return true;
      // ("the French draft was biased", "the charges are unfounded": a participle that judges; round 14)
      // ("the figures were deeply worrying", "was unfit to be president": read as a verb or a noun; round 17,
      // `kind/evaluative-misread`)
      if (EVALUATIVE_SET.has(t.lower) || MISREAD_SET.has(t.lower)) return true;
      // ("the talks had been frank and constructive": a first adjective of a pair; round 17)
      if (t.tags.has('Adjective') && tokens[k + 1]?.lower === 'and') { k++; continue; }
      if (!(t.tags.has('Adverb') || t.tags.has('Determiner') || t.tags.has('Negative') || t.lower === 'not' || t.lower === 'a')) break;
    }
  }
  return false;
}

const EVALUATIVE_SET: ReadonlySet<string> = new Set(EVALUATIVE_PARTICIPLES.words);
const MISREAD_SET: ReadonlySet<string> = new Set(EVALUATIVE_MISREAD.words);
const STATE_SET: ReadonlySet<string> = new Set(STATE_ADJECTIVES.words);

/** Whether token `k` is an -ing word with a noun phrase after it ("was misleading the public"): a verb, no quality. */
function progressiveWithObject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!/ing$/.test(t.lower) || next === undefined || /[,;:.!?"”]/.test(t.post)) return false;
  return next.tags.has('Determiner') || next.tags.has('Pronoun') || (next.tags.has('Noun') && !next.tags.has('Conjunction'));
}

/** Adverbs of degree that grade a quality ("a completely hostile environment", "extremely dangerous"). */
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['completely', 'extremely', 'totally', 'utterly', 'absolutely', 'incredibly', 'truly', 'terribly', 'very', 'deeply', 'highly', 'hugely', 'enormously', 'grossly']);

/**
 * Whether an adverb of degree grades an adjective anywhere in the clause: the speaker weighs a quality. A feeling
 * ("Marlow was very happy") is left to the feeling rules, which tell whose it is.
 */
function grades(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    if (!DEGREE_ADVERBS.has(t.lower) || next === undefined || FEELING_SET.has(next.lower)) return false;
    return next.tags.has('Adjective') && !next.tags.has('Value') && !/(?:ed|en)$/.test(next.lower) && !measures(next);
  });
}

/**
 * A comparative of measure ("has been much longer than a few hours", "is higher than expected") compares, it does
 * not judge; "better" and "worse" do.
 */
function measures(adjective: Token): boolean {
  return adjective.tags.has('Comparative') && adjective.lower !== 'better' && adjective.lower !== 'worse';
}

const THIRD_PERSONS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const FEELING_SET: ReadonlySet<string> = new Set(FEELING_WORDS.words);

/** A feeling adjective after a copula whose subject is he, she, they or a name ("she was very happy"). */
function thirdPersonFeels(tokens: readonly Token[], copula: number, adjective: Token): boolean {
  const subject = tokens[copula - 1];
  if (!FEELING_SET.has(adjective.lower) || subject === undefined) return false;
  return THIRD_PERSONS.has(subject.lower) || subject.tags.has('ProperNoun');
}

/**
 * A fact said not to be so: a negated copula before a noun phrase or a participle ("was certainly not a staged
 * event", "were not involved"), a negated possession or existence ("has no political aspects", "we don't have",
 * "there was no attack"); "there is no doubt" hedges and "had no regrets", "has no objection" tell a stance, they
 * deny nothing.
 */
/**
 * A party judged unfit to act: "has no standing to lecture anyone", "had no right to expel them", "has no business
 * telling us", "is in no position to demand": an assessment, no fact denied. Id: `kind/no-standing` (round 17).
 */
const UNFIT_OBJECT = String.raw`(?:moral\s+)?(?:standing|right|business|credibility|legitimacy|mandate|authority)\s+(?:to|\w+ing)\b`;
/**
 * A party judged to lack a way forward: "had no mathematical path to the nomination", "has no realistic chance of
 * winning", "the government has no strategy for the crisis": an assessment, no fact denied ("has no plans to close
 * the plant" and "had no intention of" stay denials of an intention). Id: `kind/no-prospect` (round 18).
 */
const PROSPECT_OBJECT = String.raw`(?:[\w-]+\s+)?(?:chances?|path|hope|prospects?|future|strategy|vision|answers?|solutions?|clue|way\s+(?:forward|out))\b`;
const NO_PROSPECT = new RegExp(String.raw`\b(?:has|have|had)\s+no\s+${PROSPECT_OBJECT}`, 'i');
const NO_STANDING = new RegExp(String.raw`\b(?:(?:has|have|had)\s+no\s+${UNFIT_OBJECT}|(?:is|are|was|were)\s+in\s+no\s+position\s+to\b)`, 'i');

/**
 * A quantity said to fall short ("did not have enough doctors", "we don't have much of a race anymore", "they don't
 * have many options left"): a lack measured, no fact denied, as "had no regrets" tells a stance. Id:
 * `kind/short-quantity` (round 19; the round-18 leftover "a negated quantity read as a denial").
 */
const SHORT_QUANTITY = String.raw`(?:nearly\s+|quite\s+|anywhere\s+near\s+)?(?:enough|much|many|sufficient|adequate|a\s+lot|lots|as\s+(?:much|many))\b`;
// ("there was no need to panic": a need denied reassures, no fact is denied; round 25, `kind-words/need-denied`)
const NEGATED_FACT = new RegExp(String.raw`\b(?:(?:is|was|are|were)\s+(?:\w+ly\s+)?not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:\w+ly\s+)?(?:a|an|the|\w+ed)\b|\b(?:has|have|had)\s+no\b(?!\s+(?:regrets?|doubts?|idea|choice|comment|problems?|complaints?|objections?|illusions?|${UNFIT_OBJECT}|${PROSPECT_OBJECT}))|\b(?:do|does|did)(?:\s+not|n['’]t)\s+have\b(?!\s+${SHORT_QUANTITY})|\bthere\s+(?:is|was|are|were)\s+no\b(?!\s+(?:doubt|(?:[a-z-]+\s+)?need\b))`, 'i');

/** "did not go far enough", "has not gone nearly far enough": a measure the speaker finds short. */
const NOT_FAR_ENOUGH = /\b(?:go|goes|went|gone|going)\s+(?:nearly\s+|anywhere\s+near\s+|quite\s+)?far\s+enough\b/i;

/** A negated fact of the main clause, not of a condition ("would sue if the boats were not returned"). */
/** What a speaker set its hopes by: what it wanted, was promised, knows or stands for. */
const STANDARD_VERBS = String.raw`(?:(?:were|was|had\s+been|have\s+been)\s+(?:promised|told|sold|offered)|wanted|want|expected|expect|hoped\s+for|deserve|deserved|need|needed|asked\s+for|voted\s+for|signed\s+up\s+for|fought\s+for|joined|know|knew|believe\s+in|grew\s+up\s+in|stand\s+for|are|were|am)\b`;
/** Nouns that judge what they are said not to be ("the warning was not a surprise", "it is not a problem"). */
// ("this is not the kind of behavior we expect", "that is not the way to make peace": a standard the act falls short
// of judges it; round 14, `kind/judged-not`)
// ("This is not the peace we were promised", "it is not the party I joined", "this is not who we are": what the
// speaker wanted, was promised or knows, set against what is, judges it; nothing said by others is denied; round 24,
// `kind/short-of-standard`, the round-23 lead leftover)
const JUDGED_NOT = new RegExp(String.raw`\b(?:(?:is|was|are|were)\s+(?:\w+ly\s+)?not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|['’]s\s+not)\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:surprise|shock|problem|concern|issue|priority|mistake|success|failure|disaster|crisis|threat|setback|coincidence|(?:kind|sort|type)\s+of|way\s+to|way\s+(?:a|an|the|we|you)\b)\b|(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?|(?:who|what|how)\s+)(?:that\s+)?(?:i|we|you|they|people|voters|our\s+\w+)\s+(?:\w+ly\s+)?(?:(?:had|have|has)\s+)?${STANDARD_VERBS})`, 'i');

/**
 * An act the speaker says it never did: a clause opening with the speaker's pronoun and a negated past act ("I never
 * said that", "she had done nothing wrong", "he did not take any money"); not a decision or a perception not yet had
 * ("she had not decided", "I have not seen the report"). Id: `kind/negated-own-act` (round 15).
 */
// ("it did not comment on leaked documents", "she had not responded to the letter", "he never returned calls": words
// withheld are an absence of speech, nothing said by others is denied; round 25, `kind/comment-withheld`)
const NOT_DENYING_AFTER_NOT = String.raw`yet|decided|seen|see|read|heard|hear|spoken|been told|received word|made up|know|knew|known|expect|expected|think|thought|believe|want|wanted|wish|plan|planned|intend|remember|recall|understand|like|need|needed|comment|commented|respond|responded|reply|replied|discuss|discussed|speak|return(?:ed)? (?:calls|messages|requests)`;
const NEGATED_OWN_ACT = new RegExp(String.raw`^(?:i|we|he|she|they|it)\s+(?:(?:had|has|have|did)\s+)?(?:never|not|n['’]t|done nothing wrong|did nothing wrong)\b(?!\s+(?:${NOT_DENYING_AFTER_NOT})\b)|\b(?:did|done|doing) nothing wrong\b|\bno wrongdoing\b|^(?:i|we|he|she|they|it)\s+(?:didn['’]t|hadn['’]t|hasn['’]t|haven['’]t)\s+(?!(?:${NOT_DENYING_AFTER_NOT})\b)`, 'i');

/**
 * A copula's description denied and replaced in the same clause: "not a victim of the crisis but of poor choices", "not
 * the money but the rules", "not a criminal, but a public servant", and the elliptic "we are not the victims here, the
 * patients are". Id: `kind/corrected-negation` (round 20).
 */
const CORRECTED_NEGATION = /\b(?:is|was|are|were|be|been|am)\s+not\s+(?:(?:just|simply|merely|only)\s+)?(?:a|an|the|of|about|our|their|his|her|its)\b[^;:.]{0,80}?(?:,\s*|\s+)but\s+(?:rather\s+)?(?:a|an|the|of|about|our|their|his|her|its)\b|\b(?:is|was|are|were|am)\s+not\s+(?:a|an|the)\s[^;:.,]{1,60},\s*(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+(?:is|are|was|were)\s*[.!?"”]*$/iu;

function negatedFact(content: string): boolean {
  // ("it did not go far enough": a measure not reached judges, no fact is denied; round 17, `kind/not-far-enough`)
  if (NOT_FAR_ENOUGH.test(content)) return false;
  if (NEGATED_OWN_ACT.test(content.trim())) return true;
  // ("that meeting never took place", "there has been no cover-up": a happening said not to have been; round 24,
  // `kind/denied-occurrence`)
  if (DENIED_OCCURRENCE.test(content) && !/\b(?:if|unless|whether)\b/i.test(content)) return true;
  // ("the warning was not a surprise": a judgement said not to hold is a judgement; round 13, `kind/judged-not`)
  if (JUDGED_NOT.test(content)) return false;
  // ("the economy was not a victim of the crisis but of poor choices", "We are not the victims here, the patients
  // are": a description set aside for another re-describes; nothing said is denied; round 20, `kind/corrected-negation`)
  if (CORRECTED_NEGATION.test(content)) return false;
  const m = NEGATED_FACT.exec(content);
  // "the governor was not worried about the fallout", "we are not satisfied": a feeling denied is a stance, no fact
  const feeling = m !== null && FEELING_SET.has(/(\w+)\s*$/.exec(m[0])?.[1]?.toLowerCase() ?? '');
  return m !== null && !feeling && !/\b(?:if|unless|until|whether|once)\b/i.test(content.slice(0, m.index));
}

/**
 * A harm that is lifted, eased or ended is no threat: "relief from sanctions", "the pace at which sanctions would be
 * lifted", "an end to the violence", "ease the crackdown"; a harm redressed or already suffered.
 */
// ("talks on compensation for damage caused by the troops", "reparations for the killings", "losses suffered in
// the war", "a resolution calling for an inquiry into the killing": a harm made good, looked into or already
// suffered; round 16 lead, `kind/harm-redressed`)
const HARM_UNDONE = /\b(?:(?:inquiry|inquiries|investigation|investigations|probe|inquest|hearing)\s+into\s+(?:the\s+|a\s+|all\s+|past\s+)?(?:[\w-]+\s+){0,2}?(?:killings?|deaths?|attacks?|shootings?|bombings?|violence|abuses?|damage|destruction|losses|crash|collapse|fire|massacre)\b|(?:compensation|reparations?|redress|apolog(?:y|ies)|damages|payments?)\s+(?:for|over)\s+(?:the\s+|all\s+|any\s+|past\s+)?(?:[\w-]+\s+){0,2}?(?:damage|destruction|deaths?|killings?|injur(?:y|ies)|losses|harm|abuses?|suffering|attacks?|violence)(?:\s+(?:caused|done|inflicted|suffered|sustained)\b)?|(?:damage|destruction|harm|losses|injuries|suffering)\s+(?:(?:it|they|he|she|we|the\s+\w+)\s+)?(?:caused|done|inflicted|suffered|sustained)\b|(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|end(?:s|ed|ing)?|remov(?:e|es|ed|ing)|relief from|lifting of|easing of|removal of|end to|halt to)\s+(?:the\s+|all\s+|some\s+|remaining\s+)?(?:[\w-]+\s+)?(?:sanctions?|violence|crackdown|strikes?|war|threats?)|(?:sanctions?|violence|crackdown|strikes?)\s+(?:\w+\s+){0,2}(?:be|being|are|is|were|was)\s+(?:lifted|eased|removed|ended|halted))\b/gi;
function withoutHarmUndone(content: string): string {
  return content.replace(HARM_UNDONE, ' ').replace(VERBAL_ATTACK, ' ').replace(LEGAL_CONTEST, ' ');
}

/**
 * A legal measure contested by the one it targets: "her client would fight the charges in court", "the company will
 * appeal the fine", "vowed to challenge the ruling", "will fight it in the courts". The charges, the fine or the fight
 * is the speaker's side's defence, no harm the speaker threatens. Source: court and business reporting's phrasing of
 * appeals. Id: `kind/legal-contest` (round 20).
 */
const LEGAL_CONTEST = /\b(?:fight(?:s|ing)?|fought|contest(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|appeal(?:s|ed|ing)?(?:\s+against)?|beat|defend(?:s|ed|ing)?\s+(?:himself|herself|itself|themselves|ourselves|myself)\s+against)\s+(?:(?:the|these|those|all|any|his|her|their|its|our|my|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:charges?|allegations?|accusations?|indictment|ruling|decision|verdict|conviction|sentence|fine|penalty|ban|order|lawsuit|suit|case|extradition|deportation|judgment|judgement)\b(?:\s+in\s+(?:the\s+)?courts?)?|\b(?:fight|contest|challenge)\s+(?:it|this|that|them)\s+in\s+(?:the\s+)?courts?\b/gi;

/**
 * Attacks made in words: "attack ads", "ads attacking Trump's business record", "would keep attacking her record on
 * trade": a campaign's criticism, no harm ahead. Id: `kind/verbal-attack` (round 16).
 */
const VERBAL_ATTACK = /\battack\s+(?:ads?|adverts?|commercials?|spots?|lines?)\b|\b(?:ads?|adverts?|commercials?|spots?|mailers?)\s+(?:that\s+)?attack(?:s|ed|ing)?\b|\battack(?:s|ed|ing)?\s+(?:on\s+)?(?:the|his|her|their|its|\p{Lu}[\p{L}.'’-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:record|policies|policy|plans?|comments|remarks|character|positions?|views|stance|candidacy|proposals?|credentials|judgment|judgement|temperament)\b/giu;

/**
 * A relative clause set off by commas describes a noun of the claim, and what it says must happen is no act of the
 * speaker's ("the plant, which must close by June under the law, will be sold").
 */
function withoutRelativeClauses(content: string): string {
  return content.replace(/,\s*(?:which|who)\s[^,;]*(?:,|$)/gi, ',').replace(STANDARD_CLAUSE, ' ');
}

/**
 * A standard measured against in a free relative or a comparison ("We are not where we should be", "the dam is not as
 * safe as it should be", "things are not where they need to be"): the modal names the standard, it asks nothing of
 * anyone. Id: `kind/standard-not-call` (round 23).
 */
const STANDARD_CLAUSE = /\b(?:where|as)\s+(?:we|they|it|he|she|you|i|things|this|that)\s+(?:should|ought\s+to|need\s+to|needs\s+to|must)(?:\s+be)?\b/gi;

/**
 * A who-clause closing the claim describes a person of it ("will reconsider the application of a teenager who fears
 * execution", "would meet the families of soldiers who died in the attack"): its harm is that person's lot, no harm
 * the speaker warns of. Id: `kind/harm-in-closing-who` (round 14).
 */
function withoutClosingWho(content: string): string {
  // (not when a verb of the main clause follows the relative: "the rebels who attacked the town will be punished")
  return content.replace(/\s(?:who|whom|whose)\s(?![^,;]*\b(?:will|would|is|are|was|were|has|have|had|must|should|can|could|may|might)\b)[^,;]*$/i, ' ');
}

/**
 * An indirect question ("would decide whether the officers should face charges") asks what should happen; it calls
 * for nothing. Id: `kind/obligation-in-question` (round 13).
 */
function withoutWhether(content: string): string {
  return content.replace(/\b(?:whether|if)\b[^,;]*/gi, ' ');
}

/**
 * A counterfactual of the past ("the rules would not have stopped the shooting", "the deaths could have been
 * prevented", "the bank should have acted sooner") weighs what did not happen: no future, so no warning or pledge,
 * and a judgement of the speaker. Id: `kind/counterfactual`.
 */
const COUNTERFACTUAL = /\b(?:would|could|might|should)(?:\s+not|n['’]t|\s+never)?\s+have\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ne|ght|lt|t)\b/giu;
/** The same pattern without the global flag, built once, for testing (a global one keeps `lastIndex` between calls). */
const COUNTERFACTUAL_ONE = new RegExp(COUNTERFACTUAL.source, 'iu');
function withoutCounterfactuals(content: string): string {
  return content.replace(COUNTERFACTUAL, ' ');
}

/**
 * "We should recognize from the start that ...", "we must understand that the crisis is deep": an obligation to see a
 * fact asserts the fact as the speaker judges it; nothing is called for. Id: `kind/recognize-that`.
 */
const RECOGNIZE_THAT = /\b(?:must|should|need to|needs to|have to|has to|ought to)\s+(?:all\s+|also\s+|first\s+)?(?:recogni[sz]e|remember|understand|acknowledge|admit|accept|realize|realise|not\s+forget|never\s+forget|be\s+clear|be\s+aware)\b(?:\s+[\p{L}'’,-]+){0,5}?\s+that\b/iu;

/**
 * "I have to be honest", "we must say", "I should admit": an obligation the speaker puts on its own words frames what
 * follows and calls for nothing; "Clinton should be ashamed", "they ought to be embarrassed": a shame said to be due
 * judges its bearer and calls for no act. Id: `kind/obligation-of-speech` (round 14).
 */
const SPEECH_OBLIGATION = /\b(?:i|we)\s+(?:have to|has to|must|need to|should|ought to)\s+(?:be\s+(?:honest|frank|clear|candid|blunt)|say|admit|confess|concede|tell you|point out|note)\b|\b(?:should|ought to|must)\s+be\s+(?:(?:deeply|very|so|truly)\s+)?(?:ashamed|embarrassed|mortified)\b/giu;
const SHAME_DUE = /\b(?:should|ought to|must)\s+be\s+(?:(?:deeply|very|so|truly)\s+)?(?:ashamed|embarrassed|mortified)\b/iu;
function withoutSpeechObligation(content: string): string {
  return content.replace(SPEECH_OBLIGATION, ' ');
}

/** A witness's perception opening the clause ("I saw", "we heard", "I could see"). */
// ("Witness Mary Jones said she heard three explosions": the speaker's pronoun opening reported speech; round 15)
const WITNESSED = /^(?:i|we|he|she|they)\s+(?:\p{L}+ly\s+)?(?:saw|heard|watched|witnessed|noticed|could\s+(?:see|hear|smell))\b/iu;

interface KindRule {
  id: string;
  kind: ClaimKind;
  reason: string;
  test(content: string, tokens: readonly Token[]): boolean;
}

/** Rules for the claims of neutral cues, first match wins. */
export const NEUTRAL_RULES: readonly KindRule[] = [
  { id: 'kind/imperative', kind: 'call', reason: 'words opening with an imperative direct their hearers ("Wash your hands and stay home", "Do not drink the water"; round 24)', test: (_c, t) => opensWithImperative(t) },
  { id: 'kind/called-false', kind: 'denial', reason: 'an account called false denies it ("the reports were untrue", "that is a lie"; round 24)', test: (c) => callsFalse(c) },
  { id: 'kind/refused-acceptance', kind: 'rejection', reason: 'a refusal to accept, recognise or do what is asked is a rejection ("we would not accept the offer", "it refused to negotiate"; round 15)', test: (c) => REFUSED_ACCEPTANCE.test(c) },
  { id: 'kind/negative-commitment', kind: 'pledge', reason: 'a speaker binding itself never or not to act ("we will never give up", "she would not run again"; round 15)', test: (c) => NEGATIVE_COMMITMENT.test(c) || NEGATIVE_COMMITMENT_WON.test(c) },
  { id: 'kind/harm-ahead', kind: 'warning', reason: 'a harm with a future, a possibility or a condition is a warning ("they will attack if provoked")', test: (c) => HARM.test(withoutHarmUndone(withoutClosingWho(c))) && NOT_YET.test(withoutCounterfactuals(c)) },
  { id: 'kind/counterfactual', kind: 'assessment', reason: 'what would or could have happened judges the past ("the rules would not have stopped the attack", "the deaths could have been prevented")', test: (c) => COUNTERFACTUAL_ONE.test(c) },
  { id: 'kind/recognize-that', kind: 'assessment', reason: 'an obligation to see a fact asserts it as the speaker judges it ("we should recognize that the plant has released ...")', test: (c) => RECOGNIZE_THAT.test(c) },
  { id: 'kind/commitment', kind: 'pledge', reason: 'the speaker binds itself to an act ("will not rest", "plans to re-write")', test: (c, t) => commits(c, t) },
  { id: 'kind/obligation', kind: 'call', reason: 'what must, should or needs to happen is a call ("must withdraw", "ought to be a deal")', test: (c) => OBLIGATION.test(withoutSpeechObligation(withoutWhether(withoutRelativeClauses(c)))) },
  { id: 'kind/mandative-be', kind: 'call', reason: 'a bare "be" with a participle after its subject is a demand\'s clause ("that the killings be investigated"; round 15)', test: (c) => MANDATIVE_BE.test(withoutWhether(withoutRelativeClauses(c))) && !/\b(?:if|unless|whether)\b/i.test(c) },
  { id: 'kind/negated-fact', kind: 'denial', reason: 'a clause that says something is not so denies it ("what I saw was not a staged event", "we don\'t have such people", "the inquiry has no political aspects")', test: (c) => negatedFact(c) },
  { id: 'kind/risk-named', kind: 'warning', reason: 'a risk, a threat or a danger named is ahead of whoever faces it ("the outbreak posed a serious threat to children", "rising prices risk pushing the economy into recession"; round 15)', test: (c) => RISK.test(withoutHarmUndone(withoutClosingWho(c.replace(RISK_AS_MODIFIER, ' ')))) && !RISK_LIFTED.test(c) && !THREATS_RECEIVED.test(c) && !COUNTERFACTUAL_ONE.test(c) },
  { id: 'kind/harm-noun-ahead', kind: 'warning', reason: 'a harm named as a noun that a modal brings in its clause is ahead ("the storm would cause deaths across the region", "the offensive could lead to mass casualties"; round 16, second wave)', test: (c) => NOMINAL_HARM_AHEAD.test(withoutHarmUndone(withoutClosingWho(c))) && !COUNTERFACTUAL_ONE.test(c) },
  { id: 'kind/degree-result', kind: 'report', reason: 'a quality measured by what it caused tells what happened ("the storm was so fierce that whole roofs were torn away"; round 21)', test: (c) => DEGREE_RESULT.test(c) },
  { id: 'kind/witnessed', kind: 'report', reason: 'what the speaker saw or heard is a witness\'s report ("I saw body parts on the road", "we heard gunfire all night"; round 14)', test: (c) => WITNESSED.test(c) },
  { id: 'kind/harm-done', kind: 'report', reason: 'a harm that has happened to people or places is a report of what happened ("25 staff members died in the bombings", "the explosion destroyed everything", "her partner was arrested and hanged")', test: (c) => harmDone(withoutHarmUndone(withoutClosingWho(c))) && !OWN_BELIEF.test(c) },
  { id: 'kind/told-state-of-others', kind: 'report', reason: 'how other people feel or what they are going through, told by the speaker, is a report ("the villagers were angry", "many of them are refusing food"; round 23)', test: (_c, t) => toldStateOfOthers(t, (w) => FEELING_SET.has(w)) },
  { id: 'kind/judgement', kind: 'assessment', reason: 'a belief, a feeling, an evaluative word or a conclusion drawn judges ("I hope", "we are delighted", "a scandal", "the plan is reckless", "her return shows there is hope")', test: (c, t) => INFERENCE.test(c) || IMPUTED_PURPOSE.test(c) || CORRECTED_NEGATION.test(c) || NO_STANDING.test(c) || NO_PROSPECT.test(c) || OWN_BELIEF.test(c) || SHAME_DUE.test(c) || JUDGED_NOT.test(c) || JUDGING.test(c) || JUDGING_ACTS.test(c) || SPEAKER_BELIEF.test(c) || ownFeeling(c) || judges(t) || grades(t) || judgesManner(t) },
];

/**
 * Cues that assert a contested fact: what is claimed or alleged is put forward as true, so a future, an obligation,
 * a harm ahead or an evaluative word inside it is no pledge, call, warning or assessment of the speaker ("Apple
 * claimed the phone will provide ...", "the indictments allege plans to ..."). Measured (tune halves): meantime
 * kind +2, wikinews +1, dev -1 (a claimed capture the dev gold calls a report); letting judging words through
 * instead gave tune +1.
 */
const ASSERTING_LEMMAS: ReadonlySet<string> = new Set(['claim', 'allege', 'assert']);

/** Cues that grant a point: what they grant is never a denial of the speaker's. */
const CONCEDING_LEMMAS: ReadonlySet<string> = new Set(['acknowledge', 'admit', 'concede', 'confess', 'grant', 'recognize', 'recognise']);

const PERFORMATIVE_RULE: KindRule = { id: 'kind/performative-in-content', kind: 'statement', reason: 'the speaker performs the act it names ("We reject these accusations", "I urge the government to act"; round 15)', test: (c) => performedKind(c) !== undefined };
const SUGGESTED_ACT_RULE: KindRule = { id: 'kind/suggested-act', kind: 'call', reason: 'a suggestion of what should be done is a call ("suggested that the vote be delayed"; round 16)', test: () => true };
const HOPE_OF_ACT_RULE: KindRule = { id: 'kind/hope-of-another', kind: 'call', reason: 'a hope that another party acts calls on it ("voiced hope that the courts honour the land titles"; round 21)', test: () => true };
const TOLD_TO_ACT_RULE: KindRule = { id: 'kind/told-to-act', kind: 'call', reason: 'telling someone to do something directs it ("told residents to stay indoors", "told banks to raise capital"; round 20)', test: () => true };

/**
 * Whether a told clause is a directive: an infinitive after at most four words of the addressee, none of them a verb
 * ("to stay indoors", "hospitals to cancel routine surgery", "its citizens to leave"); "told reporters that it was due
 * to rain" has a verb before its "to". Id: `kind/told-to-act` (round 20).
 */
function toldToAct(tokens: readonly Token[]): boolean {
  const to = tokens.findIndex((t) => t.lower === 'to');
  if (to < 0 || to > 4) return false;
  const verb = tokens[to + 1];
  if (verb === undefined || !verb.tags.has('Verb') || /[,;:]/.test((tokens[to] as Token).post)) return false;
  return tokens.slice(0, to).every((t) => !t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Adjective') && !t.tags.has('Preposition') && !/[,;:]/.test(t.post));
}

const COMMITMENT_RULE = NEUTRAL_RULES.find((r) => r.id === 'kind/commitment') as KindRule;
const JUDGEMENT_RULE = NEUTRAL_RULES.find((r) => r.id === 'kind/judgement') as KindRule;
const HARM_DONE_RULE = NEUTRAL_RULES.find((r) => r.id === 'kind/harm-done') as KindRule;
/** The rules an "according to" source's clause is read by: acts of warning and calling, then a judgement. */
const ACCORDING_RULE_IDS: ReadonlySet<string> = new Set(['kind/harm-ahead', 'kind/obligation', 'kind/risk-named', 'kind/harm-noun-ahead', 'kind/judgement']);
const ACCORDING_RULES: readonly KindRule[] = NEUTRAL_RULES.filter((r) => ACCORDING_RULE_IDS.has(r.id));

/**
 * The kind of a claim from its cue's kind and its content: a `statement` cue becomes `warning`, `pledge`,
 * `call` or `assessment` when the content reads so (see `NEUTRAL_RULES`).
 *
 * @example
 * refineKind('statement', 'they will attack if provoked', []) // 'warning'
 */
export function refineKind(cueKind: ClaimKind, content: string, contentTokens: readonly Token[], lemma = ''): ClaimKind {
  return kindRule(cueKind, content, contentTokens, lemma)?.kind ?? cueKind;
}

/** Double quotation marks of any style (single ones double as apostrophes). */
const QUOTE_MARKS = /["“”„«»]/g;

/**
 * The month May, written with its capital after a word of time or before a day or a year ("was arrested in May", "since
 * early May", "on May 3", "May 2021"): no modal of possibility, so a harm done in May is no harm ahead ("said her
 * cousin was arrested in May" was a warning). Replaced by a word of the same length that no kind rule reads. Id:
 * `kind/month-may` (round 23).
 */
const MONTH_MAY = /(?<=\b(?:in|since|until|till|by|from|of|to|through|last|next|this|early|late|mid|on|before|after|during|between|and)\s+|mid-)May\b|\bMay(?=\s+\d{1,4}\b)/g;

/** The rule that refines a claim's kind, or undefined when the cue's kind stands. */
export function kindRule(cueKind: ClaimKind, quotedContent: string, contentTokens: readonly Token[], lemma = ''): KindRule | undefined {
  // ('he would not "support someone who attacks my wife"': a quoted phrase inside the clause reads as the clause's
  // words, so its marks never split a pattern; round 17, `kind/quote-marks-ignored`)
  const content = quotedContent.replace(QUOTE_MARKS, '').replace(MONTH_MAY, 'Mai');
  if (DISAVOWED.test(content)) return undefined;
  if (hopesForAct(content, reportingLemma(lemma))) return HOPE_OF_ACT_RULE;
  // "announced his intention to take part": an announced commitment is a pledge
  // ("announced they had agreed on a plan to halt the fighting": a plan named as a thing is the topic, as in
  // `commits`; round 14, `kind/announced-plan-topic`)
  if (cueKind === 'report' && COMMITMENT_WORDS.test(withoutOwnedPledges(content)) && reportingLemma(lemma) !== 'find') return COMMITMENT_RULE;
  // ("According to Varga, the inquiry is an attempt to muzzle critics": what a source is said to hold
  // is weighed as a saying's content is; round 13, `kind/according-to-content`)
  // ("According to the agency, the virus could spread quickly and kill thousands", "according to the group, the
  // government must free all detainees": a source's warning or call is one whoever reports it; round 24,
  // `kind/according-to-act`)
  if (lemma.toLowerCase() === 'according to') return ACCORDING_RULES.find((r) => r.test(content, contentTokens));
  // ("Ana Lee suggested that the vote be delayed", "suggested the talks should move to Geneva": a suggestion of what
  // should be done proposes it, a call; "suggested the vote was rigged" stays a judgement; round 16,
  // `kind/suggested-act`)
  if (reportingLemma(lemma) === 'suggest' && (MANDATIVE_BE.test(withoutWhether(content)) || /\b(?:should|ought to)\b/i.test(withoutWhether(content)))) return SUGGESTED_ACT_RULE;
  if (cueKind !== 'statement') return undefined;
  if (reportingLemma(lemma) === 'tell' && toldToAct(contentTokens)) return TOLD_TO_ACT_RULE;
  // ("Russia claimed its forces had taken the town and killed 40 fighters", "the army claimed it had destroyed two
  // rebel bases": a harm claimed done is reported, contested or not, as a neutral cue's is; round 14,
  // `kind/claimed-harm-done`)
  if (ASSERTING_LEMMAS.has(reportingLemma(lemma) ?? '')) return HARM_DONE_RULE.test(content, contentTokens) && !NOT_YET.test(content) ? HARM_DONE_RULE : undefined;
  // ("acknowledged that the arrangement wasn't the best choice", "admitted there was no plan": a concession grants
  // a fact against the speaker's own side, it denies nothing; round 14, `kind/concession-no-denial`)
  const conceding = CONCEDING_LEMMAS.has(reportingLemma(lemma) ?? lemma.toLowerCase());
  const performed = performedKind(content);
  if (performed !== undefined) return { ...PERFORMATIVE_RULE, kind: performed };
  return neutralRule(content, contentTokens, conceding);
}

/** The first neutral rule that fires, the act rules reading only the clause before a third party's relayed saying. */
function neutralRule(content: string, contentTokens: readonly Token[], conceding: boolean): KindRule | undefined {
  const usable = (r: KindRule): boolean => !(conceding && r.id === 'kind/negated-fact');
  const cut = relayedSayingAt(content);
  if (cut < 0) return NEUTRAL_RULES.find((r) => usable(r) && r.test(content, contentTokens));
  // ("her manager had said the files must disappear": the call is the manager's, relayed; a harm done stays a happening
  // whoever tells it; `kind/relayed-saying`, round 21)
  const own = content.slice(0, cut);
  const ownTokens = tokensBefore(contentTokens, content, cut);
  return NEUTRAL_RULES.find((r) => usable(r) && r.test(own, ownTokens)) ?? (HARM_DONE_RULE.test(content, contentTokens) && !NOT_YET.test(content.slice(cut)) ? HARM_DONE_RULE : undefined);
}
