import type { Actor } from '../../schema/actor.js';
import type { ClaimDraft } from './draft.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/*
 * Dispute links: a denial, rejection or dismissal points at the claims it answers, when they are in the article.
 */

/** Words that show a claim dismisses other claims ("calling Ardenia's claims 'propaganda'"). */
const DISMISSIVE = /\b(propaganda|lies|lie|false|fake|baseless|untrue|nonsense|fabricat\w*|groundless|disinformation|misinformation|absurd|ridiculous|unfounded|fiction|fantasy|hoax)\b/i;

const CLAIM_NOUNS = /\b(?:claims?|reports?|allegations?|accusations?|assertions?|statements?|accounts?|stories|story|rumou?rs?)\b/i;

const ANAPHORIC_OBJECT = /^(?:these|this|that|those|it|them|(?:the|such|these|those|that|this|his|her|their|its) (?:claims?|reports?|allegations?|accusations?|assertions?|statements?|charges?|account|version|assessment|characteri[sz]ation|criticism|remarks?|comments?|words))\b|^(?:claims?|allegations?|accusations?|assertions?|charges?|assessment|characteri[sz]ation)\s*$/i;

/** "denied any wrongdoing", "denied the charges against him": a denial of what the speaker was accused of. */
const DENIED_ACCUSATION = /^(?:(?:any|all|the)\s+(?:wrongdoing|involvement|responsibility|charges?|allegations?|accusations?)|(?:wrongdoing|involvement|responsibility)(?:\s+for\b|\s+in\b|\s*$))/i;

/** How far back (characters of text) a denial looks for the claim it answers. */
const ANSWER_WINDOW = 1500;

/**
 * Denials, rejections and dismissals point at the claims they answer: an anaphoric object ("denied these")
 * answers the latest claims of another speaker; "X's claims" with a dismissive word answers X's claims.
 */
export function linkDisputes(claims: ClaimDraft[], actors: ReadonlyMap<string, Actor>): void {
  claims.forEach((claim, i) => {
    // a dismissive word counts when it judges what someone said ("called the claims propaganda"), not when it
    // merely occurs in the content ("it would attack loudspeakers broadcasting propaganda")
    const dismissal = DISMISSIVE.test(claim.content) && (claim.kind === 'assessment' || CLAIM_NOUNS.test(claim.content));
    const disputing = claim.kind === 'denial' || claim.kind === 'rejection' || dismissal;
    if (!disputing) return;
    // (nor a rejection: "Russia rejected the prosecutor's accusations ... Kremlin spokesman Dmitry Peskov said the
    // allegations were absurd" answers the accusations, not Russia's own rejection; round 18, `disputes/not-a-rejection`)
    const earlier = claims.slice(0, i).filter((c) => c.claimantId !== claim.claimantId && c.kind !== 'denial' && c.kind !== 'rejection');
    const answered = answeredClaims(claim, earlier, actors);
    if (answered) claim.disputes = answered;
  });
}

/** The ids of the earlier claims of other speakers that a denial, rejection or dismissal answers, if any. */
function answeredClaims(claim: ClaimDraft, earlier: readonly ClaimDraft[], actors: ReadonlyMap<string, Actor>): string[] | undefined {
  // "Lang denied any wrongdoing" / "Bolt denied the charge": the latest claim about the denier answers first
  // (a group the claims stage named for the denial is about a claim whose words name it: "rebels had shelled")
  const denier = claim.claimantId === null ? undefined : actors.get(claim.claimantId);
  const namesDenier = (c: ClaimDraft) => c.about.actorIds.includes(claim.claimantId as string) || (denier?.kind === 'group' && new RegExp(`\\b${escapeRegExp(denier.name)}\\b`, 'i').test(c.content));
  const aboutDenier = claim.claimantId === null ? undefined : earlier.findLast((c) => claim.start - c.start <= ANSWER_WINDOW && namesDenier(c));
  // "X accused the army of shelling districts. The army denied the accusation": a claim noun names its act, so the
  // latest claim made with the noun's verb answers before a claim that merely mentions the denier (round 17,
  // `disputes/noun-of-the-cue`)
  const byVerb = ANAPHORIC_OBJECT.test(claim.content) ? namedByItsVerb(claim, earlier) : undefined;
  if (byVerb) return [byVerb.id];
  if (aboutDenier && (ANAPHORIC_OBJECT.test(claim.content) || DENIED_ACCUSATION.test(claim.content)) && !/^(?:these|those|them)\b/i.test(claim.content)) return [aboutDenier.id];
  // "Ruiz said Hale had taken bribes. Hale denied taking bribes.": a denial of what a claim about the denier says,
  // sharing one of its words (one word is enough when the claim names the denier)
  if (aboutDenier && claim.kind === 'denial' && shared(contentWords(claim.content), contentWords(aboutDenier.content)) >= 1) return [aboutDenier.id];
  if (ANAPHORIC_OBJECT.test(claim.content) && earlier.length > 0) {
    // "denied the accusation" answered above by the noun's verb; else the latest claim
    // ("... Lee rejected the claims" a long way after the last claim of another speaker: an anaphor reaches back
    // only as far as an answer does; round 16, `disputes/anaphor-window`)
    const latest = earlier.findLast((c) => claim.start - c.start <= ANSWER_WINDOW);
    if (latest === undefined) return undefined;
    const plural = /^(these|those|them|the \w+s)\b/i.test(claim.content);
    const targets = plural ? earlier.filter((c) => c.claimantId === latest.claimantId && latest.start - c.start < 400) : [latest];
    return targets.map((c) => c.id);
  }
  const named = claim.about.actorIds.map((id) => actors.get(id)).filter((a): a is Actor => a !== undefined);
  // ("Clinton disputed Trump's account", "rejected the ministry's version of events": an account or version of a
  // named speaker is what that speaker said; round 17, `disputes/named-account`)
  if (/claims?|reports?|allegations?|accusations?|assertions?|accounts?|version|remarks|statements?/i.test(claim.content) && named.length > 0) {
    const targets = earlier.filter((c) => {
      const speaker = c.claimantId ? actors.get(c.claimantId) : undefined;
      return speaker !== undefined && named.some((a) => a.id === speaker.id || sameCountry(a, speaker));
    });
    if (targets.length > 0) return targets.map((c) => c.id);
  }
  // "The army said rebels shelled the market. The rebels denied that they had shelled the market.": a denial whose
  // clause repeats the words of an earlier claim of another speaker answers it
  if (claim.kind !== 'denial' && claim.kind !== 'rejection') return undefined;
  const words = contentWords(claim.content);
  if (words.size < 2) return undefined;
  const echoed = earlier.findLast((c) => claim.start - c.start <= ANSWER_WINDOW && shared(words, contentWords(c.content)) >= Math.max(2, Math.ceil(words.size * 0.4)));
  return echoed ? [echoed.id] : undefined;
}

/**
 * Claim nouns and the cues that make such a claim ("the accusation" answers what someone "accused"). Source: English
 * noun-verb pairs of reporting. Id: `disputes/noun-of-the-cue`.
 */
const NOUN_CUES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\baccusations?\b/i, /^accus/i],
  [/\ballegations?\b/i, /^alleg/i],
  [/\bcharges?\b/i, /^charg/i],
  [/\bclaims?\b/i, /^claim/i],
  [/\bassertions?\b/i, /^assert/i],
  [/\breports?\b/i, /^report/i],
  [/\bcriticism\b/i, /^critici/i],
  [/\bcharacteri[sz]ation\b/i, /^(?:call|describ|characteri|brand|label|dub)/i],
];

/** The latest earlier claim (within the answer window) whose cue is the verb of the claim noun the answer names. */
function namedByItsVerb(claim: ClaimDraft, earlier: readonly ClaimDraft[]): ClaimDraft | undefined {
  const head = /^(?:\w+\s+)?(\w+)/.exec(claim.content)?.[1] ?? '';
  const cue = NOUN_CUES.find(([noun]) => noun.test(head))?.[1];
  return cue ? earlier.findLast((c) => claim.start - c.start <= ANSWER_WINDOW && cue.test(c.cue)) : undefined;
}

/** Words too common to show that a denial repeats a claim. */
const COMMON_WORDS = /^(?:that|this|these|those|with|from|have|been|were|would|could|should|will|they|their|them|there|what|which|about|into|over|after|before|never|also|said|says|made|more|than|then|when|were|being|only|such|some|other)$/;

/** The distinct words of four letters or more in a text, lower-cased, without a plural or past ending. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    if (COMMON_WORDS.test(w)) continue;
    // "taking"/"taken", "bribe"/"bribes": one stem
    out.add(w.replace(/(?:ing|ed|en|es|s|e)$/, ''));
  }
  return out;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

function sameCountry(a: Actor, b: Actor): boolean {
  if (a.countryCode && b.countryCode) return a.countryCode === b.countryCode;
  // "Ardenian Defense Ministry" belongs to Ardenia: a demonym-led organisation name
  const gov = a.kind === 'government' ? a : b.kind === 'government' ? b : undefined;
  const other = gov === a ? b : a;
  if (!gov || other.kind === 'government') return false;
  return gov.aliases.concat(gov.name).some((n) => other.name.startsWith(n.slice(0, Math.max(4, n.length - 2))));
}

