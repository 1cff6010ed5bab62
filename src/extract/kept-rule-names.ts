/**
 * When a name only the rule layer found (./names.ts), beside none of the learned tagger's, names nothing
 * (round 21, helper names22). The rule layer reads capitals and compromise's tags; the tagger was trained on those
 * same cues in news and web text and refused the name. Measured on uner-ewt-dev (0 TP, 37 FP among the kept names)
 * and the news halves (where kept companies are right), these forms are wrong in any register:
 * - a single capital letter is a variable or a label ("if Q rises after P");
 * - a name after a lower-case prefix and a hyphen, an adjective of a compound ("the growth of non-Siemens suppliers");
 * - any name of a sentence with every word capitalised (a review or a banner: "Thanks For The Fast Delivery Service And Great Work ...");
 * - an acronym that neither acts nor is a known body, typed only by compromise's tag ("your notes on the TVLM", "the
 *   NPV of the plant"): a term more often than a body (an acronym with "&" is a firm, "AT&T").
 */
import type { NameMention } from './names.js';
import type { TaggedSentence } from '../nlp/tokens.js';

/** "of" or "for" and a gerund right after a name: the act an accusation or blame names ("the RSF of occupying"). */
const ACCUSED_ACT_AFTER = /^['’]?\s+(?:of|for)\s+\p{Ll}+ing\b/u;

/** A sentence of eight words or more, every one capitalised (words of two letters or more, "To", "On" included). */
function everyWordCapitalised(line: string): boolean {
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 8 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Why the rule layer's kept name `r` of sentence `s` names nothing (a reason for messages and tests), or undefined. */
export function ruleNameWithoutCue(text: string, s: TaggedSentence, r: NameMention): string | undefined {
  if (/^\p{Lu}$/u.test(r.text)) return 'single-letter';
  // ("accusing the RSF of occupying homes", "blamed the PKK for attacking": an acronym right before of/for and a
  // gerund is who did the act the accusation names, a body; round 21 review, `names.accused-acronym`)
  if (r.orgCue === 'acronym-tag' && !r.text.includes('&') && !ACCUSED_ACT_AFTER.test(text.slice(r.end, r.end + 30))) return 'acronym-by-tag-only';
  const before = text.slice(Math.max(s.start, r.start - 30), r.start);
  if (/(?:^|[^\p{L}])\p{Ll}+-$/u.test(before)) return 'after-lower-case-prefix';
  if (s.blockKind === 'paragraph' && everyWordCapitalised(s.text)) return 'every-word-capitalised';
  return undefined;
}
