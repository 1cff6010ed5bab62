/*
 * Context words the event stage uses to decide whether a trigger word reports a happening where it stands
 * (`src/extract/event/triggers.ts`). Each list says where it comes from and has an id; no entry comes from an
 * evaluation article.
 */

/**
 * Irregular past forms of trigger verbs that suffix stripping cannot undo ("fought" -> "fight").
 * Source: English irregular verb tables, restricted to the verbs of `event-triggers.ts`. Id:
 * `event-cues/irregular-past`.
 */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  met: 'meet', struck: 'strike', took: 'take', taken: 'take', fought: 'fight', led: 'lead', shot: 'shoot',
  hit: 'hit', left: 'leave', fled: 'flee', sold: 'sell', bought: 'buy', withdrew: 'withdraw', withdrawn: 'withdraw',
  overran: 'overrun', overrun: 'overrun', fired: 'fire', retook: 'retake', retaken: 'retake', held: 'hold',
  began: 'begin', ran: 'run', killed: 'kill', died: 'die', dying: 'die', signed: 'sign', flew: 'fly', flown: 'fly',
  went: 'go', gone: 'go', came: 'come', hung: 'hang', caught: 'catch', found: 'find', hurt: 'hurt', kept: 'keep',
  freed: 'free', lit: 'light', sank: 'sink', sunk: 'sink', overthrew: 'overthrow', overthrown: 'overthrow',
  froze: 'freeze', sought: 'seek', brought: 'bring', stole: 'steal', rode: 'ride', drove: 'drive', dealt: 'deal',
};

/**
 * Words after which "to VERB" states a wish, ability or readiness, not a happening ("equipped to repel", "might want
 * to attack"); plans and attempts ("plan to", "tried to") are kept and given a modality instead.
 * Source: control verbs and adjectives of English grammars (want/wish/hope; able/ready/willing), written for this
 * library. Id: `event-cues/non-eventive-governors`.
 */
export const NON_EVENTIVE_GOVERNORS: ReadonlySet<string> = new Set([
  'want', 'wants', 'wanted', 'wanting', 'wish', 'wishes', 'wished', 'equipped', 'able', 'unable', 'capable', 'ready',
  'willing', 'designed', 'trained', 'enough', 'hope', 'hopes', 'hoped',
]);

/**
 * Verbs that ask somebody else to act: what they ask for is a call (a claim), not yet a happening ("invited reporters
 * to visit").
 * Source: directive verbs of English grammars (urge, ask, invite, call, instruct), written for this library. Id:
 * `event-cues/request`.
 */
export const REQUEST = /^(?:urge[sd]?|urging|ask(?:s|ed|ing)?|invite[sd]?|inviting|encourage[sd]?|encouraging|call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|tell(?:s|ing)?|told|instruct(?:s|ed|ing)?)$/;

/**
 * Verbs of preventing: what they prevent has not happened ("to avert further rallies").
 * Source: English verbs of prevention, written for this library. Id: `event-cues/prevent`.
 */
export const PREVENT = /^(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|avert(?:s|ed|ing)?|deter(?:s|red|ring)?)$/;

/**
 * Nouns after which "of" + a gerund or noun names a kind of act, not one act ("a history of torturing").
 * Source: English nouns of habit, risk and kind, written for this library. Id: `event-cues/generic-of`.
 */
export const GENERIC_OF = /^(?:history|record|practice|policy|pattern|habit|culture|risk|threat|fear|danger|fears|risks|threats|capable|tradition|trend|kind|type|form|forms|crime|crimes)$/;

/**
 * Words before a bare plural that pick out a particular, announced happening ("ahead of planned referendums").
 * Source: English adjectives of schedule, written for this library. Id: `event-cues/scheduled`.
 */
export const SCHEDULED = /^(?:planned|scheduled|upcoming|forthcoming|proposed|expected|impending|coming|promised|announced|next)$/;

/**
 * Verbs before "for" that make a bare plural after it the news itself ("called for nationwide rallies").
 * Source: written for this library. Id: `event-cues/call-for`.
 */
export const CALL = /^(?:call|calls|called|calling|push|pushed|pushing|appeal|appealed|appealing)$/;

/**
 * Words before "strike" that make it a blow of force ("air strike", "drone strike").
 * Source: military usage of "strike" (CAMEO 195 "employ aerial weapons"), written for this library. Id: `event-
 * cues/strike-weapon`.
 */
export const STRIKE_WEAPON = /^(?:air|missile|drone|rocket|military|artillery|retaliatory|pre-emptive|preemptive|precision|surgical|nuclear|naval|aerial|israeli|american|russian|us|u\.s\.|coalition|nato)$/;

/**
 * Words before "strike" that make it strike action ("general strike", "hunger strike", "went on strike").
 * Source: labour usage of "strike" (CAMEO 143 "conduct strike or boycott"), written for this library. Id: `event-
 * cues/labour-strike`.
 */
export const LABOUR_STRIKE = /^(?:on|general|hunger|national|nationwide|workers|workers'|teachers|doctors|rail|transport|public-sector|union|wildcat|two-day|one-day|24-hour|48-hour|indefinite)$/;

/**
 * Heavy weapons that make "fire" a noun of attack ("artillery fire").
 * Source: weapon names of general English, written for this library. Id: `event-cues/weapon-fire`.
 */
export const WEAPON_FIRE = /^(?:artillery|gun|gunfire|mortar|rocket|tank|sniper|machine-gun|machinegun|cannon|anti-aircraft|naval|small-arms)$/;

/**
 * Modifiers that make "operation(s)" an armed one ("military operation", "counter-terrorism operations").
 * Source: general military usage, written for this library. Id: `event-cues/military-operation`.
 */
export const MILITARY = /^(?:military|ground|air|naval|combat|offensive|counter-?terrorism|counter-?insurgency|security|armed|nato|army|joint)$/;

/**
 * Things one fights against that are no party: "the fight against corruption" is a policy, not a clash.
 * Source: policy vocabulary of news ("war on drugs", "fight against poverty"), written for this library. Id: `event-
 * cues/abstract-foes`.
 */
export const ABSTRACT_FOES = /^(?:corruption|terrorism|poverty|crime|disease|diseases|cancer|malaria|aids|hiv|inflation|unemployment|hunger|drugs|trafficking|extremism|racism|discrimination|climate|impunity|fraud|piracy|illiteracy|pollution|change)$/;

/**
 * Trigger verbs whose noun-tagged forms are other words ("a hit", "the order", "a charge"): no verb trigger then.
 * Source: compromise tags for English noun/verb homographs, written for this library. Id: `event-cues/noun-read-
 * verbs`.
 */
export const NOUN_READ_VERBS: ReadonlySet<string> = new Set(['hit', 'target', 'order', 'release', 'launch', 'clear', 'join', 'leave', 'cross', 'supply', 'fund', 'charge', 'sentence', 'deliver']);

/** Modifiers of "case" that make it a court case ('a corruption case'). Source: legal usage, written for this library. Id: `event-cues/legal-case`. */
export const LEGAL_CASE = /^(?:court|legal|criminal|civil|corruption|murder|libel|fraud|terrorism|treason)$/;
