import type { Modality } from '../../schema/event.js';
import type { ClaimDraft } from '../claims.js';
import { PREVENTING } from './frame.js';
import { ORDERED_BEFORE, STARTED_BY_ORDER } from '../../nlp/lexicon/event-cues.js';

/** Negations ("none of whom were hurt", "nobody was injured"); "no" in a compound ("a no-confidence vote", "a no-fly zone") negates nothing. */
const NEGATION = /\b(?:without|not|never|no(?!-)|none|nobody|neither|nor|failed to|refused to)\b|n't\b/i;
const HYPOTHETICAL = /\b(?:potential|possible|possibly|could|would|might|[Ii]f|[Uu]nless|hinging|hinge|hinges|proposed|prospect of|likely|any|may)\b|\b(?:Potential|Possible|Possibly|Could|Would|Might|Hinging|Proposed|Prospect of|Likely|Any)\b/;
/**
 * "Police have arrested no one", "the raid killed nobody", "charged no suspects": a negative object says the act found
 * nobody to be done to ("no fewer than 20", "no later than Friday" negate nothing).
 */
const NEGATIVE_OBJECT = /^\s+(?:(?:up|out|down)\s+)?(?:no\s+one|no-one|nobody|none|nothing|no\s+(?!(?:fewer|less|more|later|longer|sooner|doubt|matter|sign)\b)[a-z]+)\b/i;
/**
 * "barred the commission from announcing the results", "police stopped them from marching", "refrained from
 * attacking", "blocked the opposition from holding a rally": a happening somebody was kept or kept themselves from did not happen. Id: `events/prevented-from`.
 */
/**
 * "Israel has blocked the entry of aid", "The government banned all demonstrations", "prevented the vote": a happening
 * named as the object of a verb of preventing did not happen (round 15). Id: `events/blocked-noun`.
 */
const BLOCKED_NOUN = /\b(?:block(?:ed|s|ing)?|banned|bans|banning|barred|barring|prevent(?:ed|s|ing)?|prohibit(?:ed|s|ing)?|forbade|forbidden|forbids)\s+((?:[\p{L}'’-]+\s+){0,4})$/iu;
/** Words that may stand between the verb and the noun: its determiner, modifiers and "the entry of" ("blocked roads leading to the rally" has none). */
const BLOCKED_GAP = /^(?:the|a|an|all|any|its|their|his|her|this|that|these|those|further|planned|new|entry|delivery|deliveries|passage|of|opposition|public|mass|street|anti-government)$/i;

function preventedBefore(before: string, nominal: boolean): boolean {
  const blocked = nominal ? BLOCKED_NOUN.exec(before) : null;
  if (blocked && (blocked[1] ?? '').trim().split(/\s+/).filter((w) => w.length > 0).every((w) => BLOCKED_GAP.test(w))) return true;
  // ("blocked the opposition from holding a rally": a noun the gerund after "from" governs)
  const from = nominal ? /\bfrom\s+\p{Ll}+ing\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.exec(before) : /\bfrom\s+$/i.exec(before);
  if (!from) return false;
  const words = before.slice(0, from.index).trim().split(/\s+/).slice(-7);
  return words.some((w) => {
    const word = w.toLowerCase().replace(/[^\p{L}]/gu, '');
    return PREVENTING.test(word) || /^(?:refrain\w*|abstain\w*)$/.test(word);
  });
}
/** Words before a noun that say the happening is still being worked towards ("drafting an accord"). */
// ("trying to broker a ceasefire", "seeking to secure a truce", "working to reach a deal": an aim, not yet reached)
const PLANNED_BEFORE = /\b(?:work(?:s|ed|ing)? (?:on|towards?)|seek(?:s|ing)?|sought|pursu(?:e|es|ed|ing)|draft(?:s|ed|ing)?|prepar(?:e|es|ed|ing) for|(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|work(?:s|ed|ing)?|push(?:es|ed|ing)?|strive|striving|aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|race|racing|scrambl(?:e|es|ed|ing)) to (?:broker|reach|secure|negotiate|hammer out|clinch|strike|seal|agree|arrange|organi[sz]e|hold|stage)(?:\s+on)?)\s+(?:\S+\s+){0,2}$/i;
/** A modal right after a noun trigger's phrase: "a coup in X would be treated as ...". */
// (lower-case "may" only: "on May 3" is a month)
// ("He has denied the charges and his lawyer said he would appeal": a modal of a coordinated clause with its own
// speaker conditions nothing before it)
const MODAL_AFTER = /^(?:(?!\b(?:[Tt]hat|[Ww]hich|[Ww]ho|[Ww]hom|[Ww]here|and|but|said|says|told)\b)[^,;:]){0,40}?\b(?:[Ww]ould|[Cc]ould|[Mm]ight|may)\b/;
/** "ahead of the summit", "in the run-up to the vote": a happening still to come. */
const AHEAD_OF = /\b(?:ahead of|in the run-up to|in the lead-up to|in preparation for|in advance of)\s+(?:the\s+|this\s+|next\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * "announce the results of Sunday's election", "in the aftermath of the quake", "the first anniversary of the coup": a
 * happening whose results, aftermath or anniversary are spoken of has happened, whatever is planned about those.
 */
/**
 * "hostages held since its invasion of Kuwait", "the worst fighting since the 2014 war": a happening a since-phrase
 * counts from has happened, whatever modal governs the clause. Id: `events/since-happened` (round 18).
 */
const SINCE_OPENED = /\bsince\s+(?:(?:the|its|his|her|their|our|this|that|last\s+\p{L}+['’]s|[\p{L}-]+['’]s?)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;
const OUTCOME_OF = /\b(?:results?|outcome|aftermath|wake|recount|tally|anniversary|victims|survivors|winners?|losers?)\s+of\s+(?:the\s+|this\s+|last\s+|[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * "claimed victory in Velmaria's presidential election on Monday", "conceded defeat in the vote on Tuesday": a victory
 * or a defeat in a happening is its outcome, so the happening is over and a later time of the clause dates the claim
 * or the concession, not it. Id: `events/outcome-in`.
 */
const OUTCOME_IN = /\b(?:victory|defeat|win|loss|triumph)\s+in\s+(?:the\s+|this\s+|last\s+|[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Whether the words before a noun trigger speak of its results or aftermath (see `OUTCOME_OF`): it has happened. */
export function outcomeBefore(before: string): boolean {
  return OUTCOME_OF.test(before) || OUTCOME_IN.test(before);
}

/** A clause of time holds the trigger: opened by when/after/... before it, or by "as" with a past verb after it. */
function timeClauseAround(head: string, after: string): boolean {
  if (PRESUPPOSING_CLAUSE.test(head)) return true;
  return /\bas\s+(?:[\p{L}-]+\s+){0,3}$/u.test(head) && /^\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]+ed|began|begun|broke|went|came|met|fell|rose|got)\b/.test(after);
}

/** A temporal clause presupposes its event even inside a claim ("noted the difficulties when the king sent troops"). */
const PRESUPPOSING_CLAUSE = /\b(?:when|after|before|since|once|while)\b[^,;]*$/i;
/** A condition after the trigger: "will strike if the drills go on". */
const CONDITION_AFTER = /^[^;:]{0,80}?\b(?:if|unless)\b/i;
/** A modal or a future that can host a condition of its own ("would pay if", "could collapse unless"). */
const CONDITION_HOST = /\b(?:would|could|will|might|may|can|should|shall|won't|wouldn't|couldn't)\b|['’](?:ll|d)\b/i;

/**
 * "Ana Ruiz, who voted against the plan, said taxpayers would pay if revenue fell short", "voted against it and said
 * the town could go bankrupt unless ...": an if-clause conditions the nearest modal before it; when a modal of a later
 * clause stands between the trigger's clause and the "if", the condition is that clause's, and the trigger's own
 * happening is told as fact (round 22, `events/condition-of-a-later-modal`).
 */
function conditionOfTrigger(rest: string, ownClauseLength: number): boolean {
  const condition = CONDITION_AFTER.exec(rest);
  if (!condition) return false;
  const between = rest.slice(Math.max(0, ownClauseLength), condition[0].length);
  return !CONDITION_HOST.test(between);
}
/** Words of a plan or the future around a trigger ("plans to", "a plan for"; "the senator's tax plan", "the peace plan" name a policy). */
// ("a plot to kill the governor", "conspired to bomb the station": an act plotted is still to come; round 23,
// `events/plotted-act`)
const PLANNED = /\b(?:will|shall|planned|plans?\s+(?:to|for)|plot(?:s|ted|ting)?\s+to|conspir(?:acy|ed|ing|es)\s+to|planning|scheduled|expected to|to be held|upcoming|set to|intends? to|going to|next week|next month|prepar\w+ to|(?:is|are|was|were) due|announced (?:his|her|their|its) intention)\b/i;
/**
 * A relative clause after the trigger whose future is its own act ("approved a law on Monday that will allow police
 * to ...", "signed a deal that will end the war"): its "will" plans nothing of the trigger. A relative clause that
 * holds the trigger's own happening ("a summit that will be held in Paris") still plans it.
 */
const RELATIVE_FUTURE = /\b(?:that|which)\s+(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?!(?:be\s+)?(?:held|staged|convened|take\s+place|happen|begin|start|open|convene|go\s+ahead|resume|continue)\b)/i;
/** A denial whose that-clause runs up to the trigger ("denied that police had detained"), with no clause break between. */
const DENIED_THAT = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}?that\s[^;:.]*$/i;
/** A denial whose object is the trigger's gerund ("the army denied shelling the village", "denied having ordered"). */
const DENIED_GERUND = /\bden(?:y|ies|ied|ying)\s+(?:(?:ever|any|having|that it had|that they had)\s+)?$/i;
/** A future, a modal of will or a vow in the clause an until-clause hangs on. */
const FUTURE_OR_VOW = /\b(?:will|would|shall|won't|wouldn't|'ll|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|swore|swear(?:s|ing)?|promis(?:e|es|ed|ing)|determined)\b/i;
/**
 * A clause of time with its verb in the present ("when he is sentenced", "once they meet", "after the truce takes
 * effect"): after a future host it tells what is still to come. Id: `events/present-time-clause` (round 16).
 */
const PRESENT_TIME_CLAUSE = /^\s*(?:when|once|after|before|as soon as)\s+(?:[^,;.]*\s)?(?:(?:is|are)\s+(?:\w+\s+)?[a-z]+(?:ed|en)|[a-z]+[^s\s]s|meet|sign|arrive|return|vote|take)$/i;
/** A host clause that looks ahead: a future, a modal of will, a vow, or a penalty faced ("faces up to 40 years"). */
const FUTURE_HOST = new RegExp(`${FUTURE_OR_VOW.source}|\\b(?:faces?|facing|expected|due|set to)\\b`, 'i');
/** Hedges without a named source: the event rests on a report, not on the writer ("were reported killed"). */
const UNATTRIBUTED_REPORT = /\b(?:reportedly|allegedly|(?:is|are|was|were|been) (?:reported|said|alleged|believed|thought) to|(?:is|are|was|were) reported)\b/i;
/** A definite description at the head of a claim presupposes its event rather than claiming it ("says the battle for X is ..."). */
const PRESUPPOSING_HEAD = /^\s*(?:the|this|that|these|those)\s+$/i;
/** "announced his resignation": announcing one's own act performs it. */
const OWN_ACT = /^\s*(?:his|her|their|its|my|our)\s+$/i;

export interface ModalityInput {
  text: string;
  clauseStart: number;
  clauseEnd: number;
  triggerStart: number;
  triggerEnd: number;
  nominal: boolean;
  /** Claims whose content holds the trigger. */
  reporting: readonly ClaimDraft[];
  /** Claims that deny or reject one of them. */
  denying: readonly ClaimDraft[];
  /** The trigger stands inside quotation marks: somebody's words, not the writer's. */
  quoted?: boolean;
  /** The sentence is attributed as a whole ("According to X, ..."). */
  attributedSentence?: boolean;
  /**
   * A noun phrase that presupposes its happening: a definite one ("before the election"), or one named inside another
   * happening's clause ("as revenge for a court case"). Somebody's claim about something else does not make it claimed.
   */
  presupposed?: boolean;
  /** Where the trigger's sentence ends: an if-clause after the trigger's own clause still conditions it. */
  sentenceEnd?: number;
  /**
   * A modality the trigger's own words give: a pledge, a call for one's own protest, "faces deportation" (planned), a
   * postponed happening (planned), a cancelled one (negated).
   */
  lexical?: 'planned' | 'hypothetical' | 'negated';
  /** Where the trigger's sentence starts: "X denied that police had detained ..." denies what follows. */
  sentenceStart?: number;
}

/**
 * "The leaders pledged to keep supporting Ukraine, in a communique issued at the end of a three-day summit in Apulia":
 * a phrase after a comma that says where or in what the pledge was made ("at a news conference") is the writer's
 * setting of the saying, and a happening in it, or named by it, is neither pledged nor claimed. Id: `events/pledge-setting` (round 19).
 */
const SAYING_SETTING = /,\s+(?:in|at|during|after|following)\s+(?:an?|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:communiqu[eé]|statement|declaration|speech|address|summit|meeting|conference|talks|rally|session)\b[^;:]*)?$/iu;

/** "an alleged bomb plot", "the alleged massacre": a noun the writer hedges is only claimed. */
/** An accusation or a suspicion right before an act it names, over a first act joined by "and". Id: `events/accused-of`. */
const ACCUSED_OF = /\b(?:accused|suspected|charged|indicted)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:of|with)\s+(?:[^,;.]{0,60}\s+and\s+)?$/iu;
const HEDGED_NOUN = /\b(?:suspected|alleged|purported|apparent|presumed|reported|possible)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The modality of an event, first rule that fires wins: negated (a negation among the six words before the trigger),
 * denied (a claim in the article denies or rejects the claim that reports it), hypothetical (a conditional or
 * potential word before the trigger or a modal after a noun trigger, or a call), planned (a plan or future word around
 * it, a noun still being worked towards, or a pledge), claimed (the content of a claim, a quotation, a sentence
 * opened by "according to", or an unattributed hedge), else asserted. Inside a claim, a temporal clause ("when the king
 * sent troops") and a definite noun at the head of the content ("says the battle for X is ...") are presupposed, and
 * "announced his resignation" performs the act: those stay asserted.
 */
export function modalityOf(input: ModalityInput): Modality {
  const { text, clauseStart, clauseEnd, triggerStart, triggerEnd } = input;
  const before = text.slice(clauseStart, triggerStart);
  const following = text.slice(triggerEnd, Math.min(clauseEnd, triggerEnd + 40));
  const relative = RELATIVE_FUTURE.exec(following);
  const around = text.slice(clauseStart, triggerEnd) + (relative ? following.slice(0, relative.index) : following);
  if (NEGATION.test(before.split(/\s+/).slice(-6).join(' ')) || input.lexical === 'negated') return 'negated';
  if (preventedBefore(before, input.nominal)) return 'negated';
  if (!input.nominal && NEGATIVE_OBJECT.test(text.slice(triggerEnd, Math.min(clauseEnd, triggerEnd + 30)))) return 'negated';
  if (input.denying.length > 0 && !input.presupposed) return 'denied';
  // "the ministry denied that troops had shelled the town": what a denial's that-clause tells is denied
  if (!input.presupposed && input.sentenceStart !== undefined && DENIED_THAT.test(text.slice(input.sentenceStart, triggerStart))) return 'denied';
  if (!input.nominal && /(?:ing|ed)$/i.test(text.slice(triggerStart, triggerEnd).split(/\s+/)[0] ?? '') && DENIED_GERUND.test(text.slice(Math.max(0, triggerStart - 30), triggerStart))) return 'denied';
  const after = text.slice(triggerEnd, clauseEnd);
  const rest = text.slice(triggerEnd, Math.max(clauseEnd, input.sentenceEnd ?? clauseEnd));
  // "Israel would not end the war until Hamas was destroyed", "vowed to fight until every rebel is killed": what an
  // until-clause after a future, a modal or a vow waits for has not happened
  const untilFuture = /^\s*until\b/i.test(before) && input.sentenceStart !== undefined && FUTURE_OR_VOW.test(text.slice(input.sentenceStart, clauseStart));
  // ("faces up to 40 years in prison when he is sentenced next month", "will sign the deal once they meet": a present
  // tense in a clause of time after a future, a vow or "faces" tells what is still to come; round 16)
  const whenFuture = PRESENT_TIME_CLAUSE.test(before + text.slice(triggerStart, triggerEnd)) && input.sentenceStart !== undefined && FUTURE_HOST.test(text.slice(input.sentenceStart, clauseStart));
  // ("urged both sides to show restraint as ceasefire talks resumed in Cairo": a clause of time inside the call is
  // the writer's, not what was called for)
  const called = input.reporting.some((c) => c.kind === 'call' && !timeClauseAround(text.slice(c.contentStart, triggerStart), after));
  if (input.nominal && SINCE_OPENED.test(before)) return 'asserted';
  if (untilFuture || HYPOTHETICAL.test(before) || conditionOfTrigger(rest, after.length) || (input.nominal && MODAL_AFTER.test(after)) || called) return 'hypothetical';
  if (input.lexical) return input.lexical;
  if (input.nominal && OUTCOME_OF.test(before)) return 'asserted';
  if (whenFuture || PLANNED.test(around) || (input.nominal && (PLANNED_BEFORE.test(before) || AHEAD_OF.test(before) || (ORDERED_BEFORE.test(before) && !STARTED_BY_ORDER.test(text.slice(triggerStart, triggerEnd).toLowerCase())))) || input.reporting.some((c) => c.kind === 'pledge' && !SAYING_SETTING.test(text.slice(c.contentStart, triggerStart)))) return 'planned';
  const reporting = input.reporting.filter((c) => {
    const head = text.slice(c.contentStart, triggerStart);
    if (PRESUPPOSING_CLAUSE.test(head)) return false;
    if (c.kind === 'pledge' && SAYING_SETTING.test(head)) return false;
    if (!input.nominal) return true;
    if (PRESUPPOSING_HEAD.test(head)) return false;
    if (/^announc/i.test(c.cue) && OWN_ACT.test(head)) return false;
    return true;
  });
  if (input.nominal && HEDGED_NOUN.test(before)) return 'claimed';
  // "has been accused of kidnapping civilians and bombing pipelines", "suspected of attacking a convoy": the act an
  // accusation names is claimed, whoever accuses
  if (ACCUSED_OF.test(text.slice(input.sentenceStart ?? clauseStart, triggerStart))) return 'claimed';
  if (input.presupposed) return 'asserted';
  if (reporting.length > 0) return 'claimed';
  if (input.quoted || input.attributedSentence) return 'claimed';
  if (UNATTRIBUTED_REPORT.test(text.slice(clauseStart, Math.min(clauseEnd, triggerEnd + 20)))) return 'claimed';
  return 'asserted';
}
