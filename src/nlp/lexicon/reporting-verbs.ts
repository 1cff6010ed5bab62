import type { ClaimKind } from '../../schema/claim.js';

/**
 * Verbs of praise and blame that report a judgement only with what it is for: "blamed the rebels for the attack",
 * "blamed the attack on the rebels", "commended the volunteers for their work", "credited the central bank with
 * the recovery", or with the speaker's own naming of the object ("denounced what it called a witch hunt"); never
 * alone ("slammed the door", "hailed a taxi", "the fans applauded", "denounced the attack").
 */
export const FOR_PHRASE_VERBS: ReadonlySet<string> = new Set([
  'blame', 'commend', 'fault', 'rebuke', 'slam', 'lambast', 'lambaste', 'hail', 'applaud', 'chastise', 'castigate',
  'scold', 'reprimand', 'congratulate', 'credit', 'denounce', 'blast', 'rip',
]);

/**
 * Verbs of FOR_PHRASE_VERBS whose plain object is already the judged thing in news: "Local officials blamed the
 * rebel front", "The chairman lambasted the board's decision", "Unions applauded the ruling" (conflict and political
 * reporting, and its annotation, count them as assessments). Left out: slam ("slammed the door"), credit ("credited
 * the account"), fault, congratulate, scold and reprimand (a disciplinary act), and hail and denounce, which earlier
 * rounds keep to their phrase on purpose ("hailed the arrival of spring", "denounced the attack": no claim).
 * Id: `cues/judged-object`.
 */
/**
 * Verbs of attack in political reporting ("slammed the veto", "blasted the governor's handling of the strike",
 * "ripped the decision"): a judgement only when their object is a decision, act or statement (`JUDGED_ACTS` in
 * claim/cues.ts), never a thing or a place ("slammed the door", "blasted the building", "ripped the roof off").
 * Id: `cues/attacked-act`.
 */
export const ATTACK_VERBS: ReadonlySet<string> = new Set(['slam', 'blast', 'rip']);

export const JUDGED_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'blame', 'commend', 'applaud', 'lambast', 'lambaste', 'castigate', 'rebuke', 'chastise',
]);

/**
 * Verbs (and a few multi-word cues) by which news attributes a statement, belief or finding, with the claim
 * kind each signals. Sources: the speech-event predicates of TimeML/MEANTIME annotation guidelines and the
 * reporting-verb lists of English usage guides. Lemma -> kind.
 */
export const REPORTING_VERBS: Readonly<Record<string, ClaimKind>> = {
  // speech: plain statements
  say: 'statement', tell: 'statement', add: 'statement', insist: 'statement', stress: 'statement',
  state: 'statement', note: 'statement', explain: 'statement', comment: 'statement', remark: 'statement',
  reply: 'statement', respond: 'statement', answer: 'statement', argue: 'statement', confirm: 'statement',
  highlight: 'statement', emphasize: 'statement', emphasise: 'statement', reiterate: 'statement',
  write: 'statement', tweet: 'statement', post: 'statement', declare: 'statement', maintain: 'statement',
  mention: 'statement', recall: 'statement', accept: 'statement', admit: 'statement', acknowledge: 'statement',
  concede: 'statement', assert: 'statement', contend: 'statement', observe: 'statement', testify: 'statement',
  proclaim: 'statement', accuse: 'statement', go: 'statement', // "went on (to say) that"
  point: 'statement', // only "pointed out"
  hint: 'statement',
  question: 'assessment', wonder: 'assessment', // only before "whether/if/why/how"
  suggest: 'assessment', tout: 'statement', boast: 'statement', complain: 'statement',
  allege: 'statement', signal: 'statement', underline: 'statement', underscore: 'statement', specify: 'statement',
  // rebuttals and asides of political reporting, cues only before "that", a clause or a quote ("countered that the
  // cuts would pay for themselves", "charged that the vote was rigged"; not "countered the attack", "charged the
  // phone"): CLAUSE_ONLY_CUES in claim/cues.ts
  counter: 'statement', retort: 'statement', charge: 'statement', quip: 'statement', joke: 'statement',
  // (round 23: a turn taken at a shared news conference or hearing, "Wambui interjected that diesel would be exempt";
  // `cues/interjected`)
  interject: 'statement',
  lament: 'assessment', bemoan: 'assessment', decry: 'assessment', denounce: 'assessment', speculate: 'assessment',
  // beliefs, expectations and evaluations
  call: 'assessment', describe: 'report', believe: 'assessment', think: 'assessment', expect: 'assessment',
  predict: 'assessment', forecast: 'assessment', estimate: 'assessment', fear: 'assessment', hope: 'assessment',
  want: 'assessment', feel: 'assessment', consider: 'assessment', assess: 'assessment', reckon: 'assessment',
  doubt: 'assessment', suspect: 'assessment', anticipate: 'assessment', project: 'assessment', prefer: 'assessment',
  worry: 'assessment', plan: 'assessment', intend: 'assessment', voice: 'assessment', express: 'assessment',
  conclude: 'report', label: 'assessment', brand: 'assessment', praise: 'assessment', criticize: 'assessment',
  criticise: 'assessment', welcome: 'assessment', characterize: 'assessment', characterise: 'assessment',
  // findings and announcements
  report: 'report', announce: 'report', claim: 'statement', disclose: 'report', reveal: 'report', find: 'report',
  // (round 14: only "put the death toll at 17", "put the number of dead at 40": a figure given, `cues/put-figure-at`)
  put: 'report',
  // (release, unveil and publish are left out: news uses them for products, not for what someone said)
  show: 'report', indicate: 'report', cite: 'assessment',
  // denials and rejections
  deny: 'denial', dismiss: 'denial', refute: 'denial', dispute: 'denial', contest: 'denial', deride: 'denial',
  reject: 'rejection', rebuff: 'rejection', repudiate: 'rejection', condemn: 'assessment', oppose: 'rejection',
  // judging someone for something: cues only with their "for" phrase (FOR_PHRASE_VERBS)
  ...Object.fromEntries([...FOR_PHRASE_VERBS].map((v) => [v, 'assessment' as const])),
  // calls
  urge: 'call', demand: 'call', ask: 'call', appeal: 'call', invite: 'call', request: 'call', plead: 'call',
  encourage: 'call', implore: 'call',
  // round 13: findings of inquiries and panels ("The inquiry recommended that all ferries be fitted with counters";
  // a cue only before "that" or a clause, CLAUSE_ONLY_CUES in claim/cues.ts: "recommended a buy rating" is no claim)
  recommend: 'call',
  // pressure as a call, only with what it presses for ("pressed the company to settle", "lobbied the governor to
  // veto the bill", "pushed for a vote"; not "pressed the button", "pushed the cart"): `callsForAct` in claim/cues.ts
  press: 'call', lobby: 'call', push: 'call', pressure: 'call',
  // warnings
  warn: 'warning', caution: 'warning', threaten: 'warning',
  // pledges
  // thanks are reported as what someone said ("thanked the donors for their help")
  thank: 'statement',
  pledge: 'pledge', promise: 'pledge', vow: 'pledge', swear: 'pledge', guarantee: 'pledge', commit: 'pledge',
  chant: 'pledge',
};

/**
 * Verbs of a mental state (belief, wish, intention, expectation, knowledge): reported inside another claim with a
 * subject of its own ("Varga said that Ankara wanted a fair solution", "the aide said the campaign believed the
 * controversy would fade"), the state is what the outer speaker says of that subject, not a claim the subject made;
 * verbs of saying and finding nested so ("said Harlan told her", "reported that a study has found") stay claims of
 * their own. Source: the belief and intention verbs of REPORTING_VERBS and the cognition verbs of PARC 3.0.
 * Id: `claims/nested-mental-state`.
 */
export const MENTAL_STATE_LEMMAS: ReadonlySet<string> = new Set([
  'believe', 'think', 'expect', 'fear', 'hope', 'want', 'feel', 'consider', 'doubt', 'suspect', 'anticipate', 'prefer',
  'worry', 'plan', 'intend', 'reckon', 'know', 'realize', 'realise', 'understand', 'assume', 'imagine', 'sense',
]);

/** Irregular forms: form -> lemma. Regular -s/-ed/-ing forms are generated. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', thought: 'think', wrote: 'write', written: 'write', found: 'find',
  shown: 'show', swore: 'swear', sworn: 'swear', felt: 'feel', saw: 'see', forecast: 'forecast',
  'forecasted': 'forecast', underwent: 'undergo', went: 'go', goes: 'go', knew: 'know', known: 'know',
  understood: 'understand', heard: 'hear', seen: 'see', sees: 'see', learnt: 'learn', held: 'hold',
};

function regularForms(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  const cvc = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && !/(w|x|y)$/.test(lemma);
  const stressedLast = ['admit', 'commit', 'refer', 'prefer', 'regret', 'submit', 'occur', 'compel', 'propel'];
  const double = cvc && (lemma.length <= 4 || stressedLast.includes(lemma));
  const third = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  forms.add(third);
  if (lemma.endsWith('e')) {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else if (double) {
    const last = lemma.slice(-1);
    forms.add(`${lemma}${last}ed`);
    forms.add(`${lemma}${last}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
  }
  return [...forms];
}

/**
 * Verbs of knowing, realising, agreeing and perceiving, which political-news annotation (PARC, PolNeAR) counts
 * as attributions of their subject when a clause follows ("knows the race is close", "learned that her aide had
 * leaked the memo") and which name no claim with a plain object ("knows the city", "saw the film"). Lemma ->
 * kind and whether the clause must open with "that" (perception verbs take bare objects too often to risk
 * "saw the crowd gather"). Source: the attribution cues of the PARC 3.0 guidelines. Id: `cues/cognition`.
 */
export const COGNITION_VERBS: Readonly<Record<string, { kind: ClaimKind; needsThat: boolean }>> = {
  know: { kind: 'assessment', needsThat: false }, realize: { kind: 'assessment', needsThat: false },
  realise: { kind: 'assessment', needsThat: false }, understand: { kind: 'assessment', needsThat: false },
  recognize: { kind: 'assessment', needsThat: true }, recognise: { kind: 'assessment', needsThat: true },
  agree: { kind: 'assessment', needsThat: true }, assume: { kind: 'assessment', needsThat: false },
  imagine: { kind: 'assessment', needsThat: true }, remember: { kind: 'statement', needsThat: true },
  sense: { kind: 'assessment', needsThat: true }, learn: { kind: 'report', needsThat: true },
  discover: { kind: 'report', needsThat: true }, notice: { kind: 'report', needsThat: true },
  hear: { kind: 'report', needsThat: true }, see: { kind: 'report', needsThat: true },
  // rulings and determinations of courts, inquiries and investigators ("the court ruled that ..."): PARC counts them
  rule: { kind: 'assessment', needsThat: true }, determine: { kind: 'report', needsThat: true },
  // round 23: a court's holding ("the appeals court held that the agency had exceeded its powers"), a ruling in the
  // words of judgments; "held that post", "held that seat" hold things, so the clause after "that" must have its own
  // subject and verb (claim/cues.ts). Id: `cues/court-held-that`.
  hold: { kind: 'assessment', needsThat: true },
};

let cognitionIndex: Map<string, string> | null = null;

/** Maps an inflected word ("knew", "realizes") to its lemma in `COGNITION_VERBS`, or undefined. */
export function cognitionLemma(word: string): string | undefined {
  if (!cognitionIndex) {
    cognitionIndex = new Map();
    for (const lemma of Object.keys(COGNITION_VERBS)) for (const f of regularForms(lemma)) cognitionIndex.set(f, lemma);
    for (const [form, lemma] of Object.entries(IRREGULAR)) if (Object.hasOwn(COGNITION_VERBS, lemma)) cognitionIndex.set(form, lemma);
  }
  return cognitionIndex.get(word.toLowerCase());
}

let formIndex: Map<string, string> | null = null;

/** Maps an inflected word ("insisted", "says", "warning") to its reporting-verb lemma, or undefined. */
export function reportingLemma(word: string): string | undefined {
  if (!formIndex) {
    formIndex = new Map();
    for (const lemma of Object.keys(REPORTING_VERBS)) for (const f of regularForms(lemma)) formIndex.set(f, lemma);
    for (const [form, lemma] of Object.entries(IRREGULAR)) if (Object.hasOwn(REPORTING_VERBS, lemma)) formIndex.set(form, lemma);
  }
  return formIndex.get(word.toLowerCase());
}

/**
 * Verbs of asking whose indirect question is a claim of the asker ("asked whether the budget was enough"), and
 * the words that open such a question. Source: the attribution relations of PARC 3.0 guidelines (questions are
 * attributions); the kind of asking is `statement`.
 * Id: `cues/questions`.
 */
export const QUESTION_VERBS: Readonly<Record<string, ClaimKind>> = { ask: 'statement', question: 'assessment', wonder: 'assessment' };
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how']);

/**
 * Adjectives of belief or certainty that report a claim after a copula and before "that" ("is convinced that",
 * "remains confident that"). Source: English usage guides' lists of epistemic adjectives. Id: `cues/belief-adjectives`.
 */
export const BELIEF_ADJECTIVES: ReadonlySet<string> = new Set([
  'convinced', 'confident', 'sure', 'certain', 'hopeful', 'adamant', 'optimistic', 'pessimistic', 'doubtful', 'aware', 'afraid', 'worried', 'concerned',
]);

/**
 * Nouns that carry a claim of their possessor when a that-clause follows ("the governor's claim that ...",
 * "his denial that ...", "their fear that ..."), with the kind each signals. "Claims" without a possessor and a
 * that-clause ("insurance claims rose") is no cue. Source: the nominal attributions of PARC 3.0 guidelines.
 * Id: `cues/claim-nouns`.
 */
export const CLAIM_NOUNS: Readonly<Record<string, ClaimKind>> = {
  claim: 'statement', claims: 'statement', assertion: 'statement', allegation: 'report', allegations: 'report',
  accusation: 'statement', accusations: 'statement', denial: 'denial', warning: 'warning', warnings: 'warning',
  threat: 'warning', promise: 'pledge', pledge: 'pledge', vow: 'pledge', insistence: 'statement', argument: 'statement',
  admission: 'statement', announcement: 'report', belief: 'assessment', view: 'assessment', fear: 'assessment',
  fears: 'assessment', hope: 'assessment', suggestion: 'assessment', prediction: 'assessment', conclusion: 'report',
  finding: 'report', demand: 'call', contention: 'statement', suspicion: 'assessment',
  // round 16: delivered by a light verb ("gave an assurance that", "issued an appeal that")
  assurance: 'pledge', assurances: 'pledge', appeal: 'call', plea: 'call',
};

/**
 * Verbs that report speech only when they frame a quote ('"..., " she continued', 'he joked: "..."'): elsewhere
 * they name other acts ("fighting continued", "the crowd laughed"). Lemma -> the forms news uses. Source: the
 * speech-framing verbs of English usage guides. Id: `cues/quote-frames`.
 */
export const QUOTE_FRAME_VERBS: Readonly<Record<string, string>> = {
  continued: 'continue', continues: 'continue', joked: 'joke', jokes: 'joke', quipped: 'quip', quips: 'quip',
  exclaimed: 'exclaim', shouted: 'shout', shouts: 'shout', laughed: 'laugh', sighed: 'sigh', mused: 'muse',
  wondered: 'wonder', screamed: 'scream', yelled: 'yell', whispered: 'whisper', cried: 'cry',
  began: 'begin', boomed: 'boom', chimed: 'chime',
};

/**
 * Nouns of what was claimed that an answer in apposition names ("..., a charge the party's chairwoman rejected", "...,
 * a figure the interior ministry disputed"). Source: wire reporting of disputed statements and tolls.
 */
export const ANSWERED_CLAIM_NOUNS: readonly string[] = [
  'claim', 'charge', 'accusation', 'allegation', 'assertion', 'account', 'figure', 'number', 'estimate', 'toll',
  'version', 'result', 'tally', 'count', 'finding', 'verdict', 'assessment', 'description',
];
