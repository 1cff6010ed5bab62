import type { Modality } from '../../schema/event.js';
import type { ClaimDraft } from '../claims.js';

const NEGATION = /\b(?:without|not|never|no|neither|nor|failed to|refused to|n't)\b/i;
const HYPOTHETICAL = /\b(?:potential|possible|possibly|could|would|might|may|if|unless|hinging|hinge|hinges|proposed|prospect of|likely|any)\b/i;
const PLANNED = /\b(?:will|shall|planned|plans?|planning|scheduled|expected to|to be held|upcoming|set to|intends? to|going to|next week|next month|prepar\w+ to|announced (?:his|her|their|its) intention)\b/i;
/** Hedges without a named source: the event rests on a report, not on the writer ("were reported killed"). */
const UNATTRIBUTED_REPORT = /\b(?:reportedly|allegedly|(?:is|are|was|were|been) (?:reported|said|alleged|believed|thought) to|(?:is|are|was|were) reported)\b/i;
/** A definite description at the head of a claim presupposes its event rather than claiming it ("says the fight for X is ..."). */
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
}

/**
 * The modality of an event, first rule that fires wins: negated (a negation among the six words before the trigger),
 * denied (a claim in the article denies or rejects the claim that reports it), hypothetical (a conditional or
 * potential word before the trigger, or a call), planned (a plan or future word around it, or a pledge), claimed (the
 * content of a claim or an unattributed hedge), else asserted.
 */
export function modalityOf(input: ModalityInput): Modality {
  const { text, clauseStart, clauseEnd, triggerStart, triggerEnd } = input;
  const before = text.slice(clauseStart, triggerStart);
  const around = text.slice(clauseStart, Math.min(clauseEnd, triggerEnd + 40));
  if (NEGATION.test(before.split(/\s+/).slice(-6).join(' '))) return 'negated';
  if (input.denying.length > 0) return 'denied';
  if (HYPOTHETICAL.test(before) || input.reporting.some((c) => c.kind === 'call')) return 'hypothetical';
  if (PLANNED.test(around) || input.reporting.some((c) => c.kind === 'pledge')) return 'planned';
  const reporting = input.reporting.filter((c) => {
    if (!input.nominal) return true;
    const head = text.slice(c.contentStart, triggerStart);
    if (PRESUPPOSING_HEAD.test(head)) return false;
    if (/^announc/i.test(c.cue) && OWN_ACT.test(head)) return false;
    return true;
  });
  if (reporting.length > 0) return 'claimed';
  if (UNATTRIBUTED_REPORT.test(text.slice(clauseStart, Math.min(clauseEnd, triggerEnd + 20)))) return 'claimed';
  return 'asserted';
}
