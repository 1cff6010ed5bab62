/**
 * Words by which the claimed clause of a neutral cue ("said", "added", "according to") shows what kind of act
 * it is. Sources: the claim kinds of the gold format (`../shared/eval/GOLD-FORMAT.md`: warning, call, pledge,
 * assessment) and the usual reading of modality and evaluation in English usage guides (a harm with a future or
 * condition is a threat; "must"/"needs" is a directive; a commitment of the speaker is a promise; an evaluative
 * noun or adjective of feeling is a judgement). Each list has an id; `claim/kind.ts` names its rules after them.
 * Entries are lower-case words or regular-expression fragments matched at word boundaries.
 */
export interface KindWordList {
  id: string;
  words: readonly string[];
}

/** Harms a speaker can threaten or warn of. */
export const HARM_WORDS: KindWordList = {
  id: 'kind-words/harm',
  // (round 18: "strike a deal" makes one, and an executive is no execution; `kind-words/harm` id kept)
  words: ['attack\\w*', 'strike(?! (?:a|an) (?:[\\w-]+ )?(?:deal|agreement|compromise|balance|bargain|chord|tone|pact|truce|settlement)\\b)', 'strikes', 'punish\\w*', 'destroy\\w*', 'retaliat\\w*', 'fight back', 'charges', 'sanctions?',
    'consequences', 'war', 'crackdown', 'reprisals?', 'assimilat\\w*', 'tough', 'losses', 'danger\\w*', 'threat\\w*', 'risks?',
    'collapse', 'catastroph\\w*', 'disaster', 'bloodshed', 'violence', 'persecut\\w*', 'execut(?:e|es|ed|ing|ions?)', 'arrest\\w*',
    // round 15: hardships and escalations a forecast can warn of ("the storm could cause widespread flooding",
    // "millions face starvation unless aid arrives", "this could spiral out of control", "hospitals could run out of
    // fuel", "any incursion would be met with force", "Washington would pay a heavy price")
    'kill(?:s|ing)?', 'die', 'harm', 'damage', 'flood\\w*', 'famine', 'starv\\w*', 'recession', 'shortages?', 'epidemic',
    'unrest', 'chaos', 'instability', 'escalat\\w*', 'spiral\\w*', 'out of control', 'worsen\\w*', 'deteriorat\\w*', 'run out of',
    'derail\\w*', 'bankrupt\\w*', 'layoffs', 'job losses', 'met with (?:\\w+ ){0,2}force', 'pay (?:a|the) (?:\\w+ )?price', 'regret it',
    // round 18: a toll said to be still rising ("the death toll could rise", "casualties are likely to mount", "the
    // number of dead was expected to climb"): with a modal or a forecast, more deaths ahead
    '(?:(?:death )?toll|casualties|number of (?:dead|deaths|victims|casualties)) (?:[\\w-]+ ){0,3}?(?:rise|climb|mount|increase|grow|go up)',
    // round 25: ruin ahead of livelihoods and services ("the tax would wipe out thousands of small businesses", "the cuts
    // will devastate rural hospitals", "the plan could ruin farmers", "would cripple the economy", "could cost
    // thousands of jobs"); "ruins" (remains) is left out
    'devastat\\w*', 'wip(?:e|es|ed|ing) out', 'ruin(?:ed|ing)?', 'crippl\\w*', 'decimat\\w*', 'cost (?:[\\w,-]+ ){0,3}?(?:jobs|lives)'],
};

/**
 * Words that name a harm as a prospect by themselves: a risk, a threat or a danger is ahead of whoever faces it
 * ("the outbreak posed a serious threat to children", "rising prices risk pushing the economy into recession", "the
 * violence threatened to derail the talks", "thousands of jobs are at risk"). Source: the warning sense of the
 * nouns and verbs of risk in English usage guides; round 15 (`kind/risk-named`).
 */
export const RISK_WORDS: KindWordList = {
  id: 'kind-words/risk',
  words: ['risks?', 'risked', 'risking', 'at risk', 'in danger of', 'threats?', 'threatens', 'threaten(?:s|ed|ing)? to', 'endanger\\w*', 'jeopardi[sz]\\w*',
    'in jeopardy', 'pose[sd]? (?:a|an) (?:\\w+ )?(?:danger|hazard)'],
};

/**
 * Harms done to people or places, as a witness or an official reports them: "died in the bombings", "the explosion
 * destroyed everything", "was arrested and hanged", "routinely detain, torture and execute". Without a future or a
 * condition (a warning) or the speaker's own belief, a clause with one reports what happened.
 */
export const HARM_DONE_WORDS: KindWordList = {
  id: 'kind-words/harm-done',
  words: ['killed', 'died', 'destroyed', 'wounded', 'injured', 'arrested', 'detained', 'executed', 'hanged', 'tortured',
    'torture', 'shelled', 'bombed', 'exploded', 'killing', 'torturing', 'executing', 'shelling', 'destruction', 'deaths', 'casualties', 'dead',
    // (round 14: "the death toll stood at 17": a count of the dead is a report of the harm)
    'death toll',
    // round 15: attacks and flights told as done ("the gunman opened fire on the crowd", "the convoy was ambushed",
    // "soldiers fired on the crowd",
    // "3,000 people had fled across the border", "gunmen stormed the hotel")
    'opened fire', 'ambushed', 'fled', 'displaced', 'clashed', 'stormed', 'abducted', 'kidnapped', 'raided', 'looted',
    'torched', 'stabbed', 'shot dead', 'gunned down', 'massacred', 'fired on', 'shot at'],
};

/**
 * Harms named as nouns, which a forecast brings as much as a report counts: under a modal in their own clause they
 * are ahead ("the storm would cause deaths across the region", "the offensive could lead to mass casualties"); with
 * none they stay a report of harm done. Source: the nouns of `kind-words/harm-done` that name a count of harm; round
 * 16, second wave (`kind/harm-noun-ahead`).
 */
export const NOMINAL_HARM_WORDS: KindWordList = {
  id: 'kind-words/nominal-harm',
  words: ['deaths', 'casualties', 'destruction', 'injur(?:y|ies)', 'loss of life', 'fatalities'],
};

/** What is "killed" without dying: a deal, a bill, a plan. */
export const FIGURATIVE_VICTIMS: KindWordList = {
  id: 'kind-words/figurative-victims',
  words: ['deal', 'bill', 'plan', 'proposal', 'measure', 'idea', 'project', 'talks', 'agreement', 'merger', 'program', 'programme', 'amendment', 'legislation'],
};

/** Future, possibility, condition, desert or likelihood: what turns a harm into a warning. */
export const NOT_YET_WORDS: KindWordList = {
  id: 'kind-words/not-yet',
  words: ['will', 'would', 'may', 'might', 'could', '(?:is|are|am|was|were) going to', 'deserves?', 'if', 'unless', 'otherwise',
    'growing', 'likely'],
};

/**
 * Words that make "needs" a noun after a possessive ("its basic needs", "the country's energy needs"). Source: the
 * collocates of "needs" as a noun in news English. Id: `kind-words/need-as-noun-or-relative` (round 18).
 */
const NEED_NOUN_MODIFIERS = String.raw`(?:(?:own|basic|energy|humanitarian|financial|funding|medical|special|immediate|urgent|daily|future|long-term|security|defen[cs]e|water|food|housing|capital|cash|staffing|training|military|development|most|pressing)\s+){0,2}`;

/**
 * "needs" that is no verb of obligation: a noun after a possessive ("hedged most of its needs", "the region's needs
 * were enormous", "the country's energy needs") or the verb of a relative clause with no "that" ("the very voters he
 * needs to win", "the cash it needs to expand") or after a relative pronoun ("failed those who need it most", "feeding
 * families that need help": round 20), which describes what someone lacks and calls for nothing; "the city
 * needs more police officers", "he needs to raise more money" stay calls. Id: `kind-words/need-as-noun-or-relative`.
 */
// (round 25: a need denied, "saw no immediate need to change its rating", "there is no need to panic", "did not need
// to raise rates", calls for nothing; `kind-words/need-denied`)
const NEED_NOT_OBLIGATION = String.raw`(?<!\bno\s+(?:[a-z-]+\s+)?|\b(?:not|n['’]t)\s+|\b(?:who|that|which)\s+|\b(?:its|his|her|their|our|my|your|whose)\s+${NEED_NOUN_MODIFIERS}|['’]s\s+${NEED_NOUN_MODIFIERS}|\b(?:the|a|an|all|any|every|enough|more|much|no|some|those|these)\s+(?:very\s+|extra\s+)?[a-z-]+\s+(?:he|she|it|they|we|you|i)\s+)`;

/** Obligation: "needs more support", "must withdraw", "should be released", "we cannot allow this". */
export const OBLIGATION_WORDS: KindWordList = {
  id: 'kind-words/obligation',
  // "needs approval from regulators" states a procedure's requirement, no call
  words: [NEED_NOT_OBLIGATION + 'needs?(?! (?:in|for|at|on|from|of|by|during|with|now|today|(?:(?:regulatory|shareholder|government|court|parliamentary|final)\\s+)?(?:approval|approvals|permission|consent|clearance|authori[sz]ation|ratification|sign-off)\\b))(?=\\s+\\w)', 'must(?!-)(?!\\s+(?:be\\s+(?!(?:do|will|some|no|any|every)ing\\b|(?:some|no|any|every)?thing\\b)\\w+ing\\b|have\\s+(?:been|known|seen|heard|had|\\w+ed|\\w+en)\\b))', 'should', 'ought to', 'has to', 'have to',
    // (round 15: not a telephone call "on Monday", nor a call someone will or will not make: "discussed Syria in a
    // telephone call on Monday", "would not call for protests")
    // (round 24: "the government had rejected calls for an inquiry", "amid growing calls for her resignation": calls as
    // a plural noun after a verb, an adjective or a preposition are others' calls, the topic; `kind/calls-as-topic`)
    '(?<!\\b(?:a|the|phone|telephone|video|conference|his|her|their|its|will|would|not|to|never|n[\'’]t|could|may|might)\\s)(?!(?<=\\b(?:[a-z]+ed|growing|mounting|increasing|fresh|new|amid|despite|ignoring|resisting|rejecting|dismissing|public|international|repeated|renewed)\\s)calls\\s)calls? (?:for|on(?!\\s+[a-z]+day\\b))',
    'cannot (?:leave|allow|accept|let|stand by|ignore)',
    // round 15: "it was time for both sides to return to the table", "it is time to act"; an obligation told in the
    // past of reported speech, in the passive ("the company had to be held accountable", "the deaths needed to be
    // investigated": narrative "we had to run out" stays out)
    "it(?:['’]s| is| was) (?:high |long )?time (?:for|to)", '(?:needed|had) to be (?:\\w+(?:ed|en)|held|made|brought|kept|paid|told|shown|done|put|set|stopped)\\b'],
};

/** Nouns that judge: "is just the beginning", "remains a top priority", "a mistake", "a scandal". */
export const JUDGING_NOUNS: KindWordList = {
  id: 'kind-words/judging-nouns',
  words: ['beginning', 'priority', 'mistake', 'success', 'failure', 'disgrace', 'provocation', 'victory', 'defeat', 'breakthrough',
    'concerns?', 'lack of', 'shame', 'scandal', 'outrage', 'tragedy', 'farce', 'travesty',
    // (round 14: "barbarism, not counterterrorism", "a sham", "a witch hunt", "an insult to voters")
    'barbarism', 'sham', 'hoax', 'witch hunt', 'insult', 'atrocity', 'betrayal', 'blunder', 'fiasco', 'charade', 'embarrassment',
    // (round 18, `kind-words/name-calling`: a person or act called names after a copula at a rally or in a tweet, "She
    // is a liar", "he was a coward", "Harlan is a con man", "the deal is a disaster"; "fraud" is left out, the usual
    // charge of a report, "charged with fraud")
    "(?:is|was|are|were|be|been|remains?|['’]s) (?:a |an |just |nothing but |such |the )*(?:\\w+ )?(?:liars?|crooks?|hypocrites?|cowards?|bull(?:y|ies)|racists?|bigots?|clowns?|losers?|puppets?|traitors?|demagogues?|disasters?|con (?:man|men|artists?)|phon(?:y|ies)|joke)"],
};

/**
 * Verbs that judge how an act was done: "the government had mishandled the crisis", "the trial fell far short of
 * international standards", "the police botched the inquiry". Source: the evaluative verbs of English usage guides;
 * round 15 (`kind-words/judging-verbs`). "mismanagement" is left out: it is the usual charge of an accusation
 * ("accused the board of mismanagement"), which reports the charge; with it a wikinews check-half kind dropped.
 */
export const JUDGING_VERBS: KindWordList = {
  id: 'kind-words/judging-verbs',
  words: ['mishandl\\w*', 'botch\\w*', 'bungl\\w*', 'f(?:a|e)ll(?:s|ing)? (?:\\w+ )?short', 'misjudg\\w*',
    'overreact\\w*', 'squander\\w*', '\\w+ly motivated',
    // (round 17: "the plan did not go far enough", `kind/not-far-enough`)
    '(?:go|goes|went|gone|going) (?:nearly |anywhere near |quite )?far enough'],
};

/** Verbs that draw a conclusion from a fact: "her safe return shows there is hope", "this means the plan failed". */
export const INFERENCE_WORDS: KindWordList = {
  id: 'kind-words/inference',
  // round 16 (lead): the epistemic "must" of a conclusion drawn ("he must be hiding something", "they must have known");
  // the same words are kept out of kind-words/obligation
  // (round 17: "the visit was a sign of improving ties", "the vote is proof that ...": a conclusion named by its noun)
  words: ['shows', 'proves', 'demonstrates', 'means', '(?:is|was|are|were) (?:a |an )?(?:clear |strong |positive |further |worrying )?(?:sign|signal|indication|proof|evidence) (?:of|that)', 'must be (?!(?:do|will|some|no|any|every)ing\\b|(?:some|no|any|every)?thing\\b)\\w+ing', 'must have (?:been|known|seen|heard|had|\\w+ed|\\w+en)'],
};

/** Adjectives of feeling that judge although they look like participles: "we are delighted", "deeply saddened". */
export const FEELING_WORDS: KindWordList = {
  id: 'kind-words/feelings',
  words: ['delighted', 'pleased', 'disappointed', 'saddened', 'shocked', 'outraged', 'appalled', 'concerned', 'worried', 'satisfied',
    'convinced', 'horrified', 'dismayed', 'thrilled', 'proud', 'ashamed', 'angry', 'happy', 'sad', 'glad', 'grateful', 'confident',
    // ("he was not surprised": a feeling denied is a stance, no denial of a fact)
    'surprised', 'upset', 'afraid', 'optimistic', 'hopeful', 'alarmed', 'troubled', 'bothered'],
};

/**
 * Participles that judge what they are said of ("the draft was biased", "the charges are unfounded", "the fears are
 * overblown"): evaluative adjectives in form of a participle, which the copula rule otherwise reads as passives
 * ("was arrested"). Source: the evaluative adjectives of English usage guides that end in -ed; round 14.
 */
export const EVALUATIVE_PARTICIPLES: KindWordList = {
  id: 'kind-words/evaluative-participles',
  words: ['biased', 'flawed', 'misguided', 'unfounded', 'unjustified', 'unwarranted', 'misplaced', 'exaggerated', 'overblown',
    'unprecedented', 'ill-advised', 'ill-conceived', 'ill-timed', 'wrongheaded', 'misinformed', 'uninformed', 'outdated', 'overrated',
    'unqualified', 'unbalanced', 'one-sided', 'unprovoked', 'uncalled-for', 'unsubstantiated',
    // (round 17: "Trump had been unprepared for the debate")
    'unprepared', 'ill-prepared', 'ill-equipped'],
};

/**
 * Evaluative adjectives the tagger reads as a verb or a noun after a copula ("the figures were deeply worrying",
 * "the nominee was unfit to be president"): -ing adjectives of the effect a thing has on the one who judges it, and
 * "unfit"/"unworthy". An -ing word with an object after it is a verb ("was misleading the public"). Source: the
 * evaluative adjectives of English usage guides; round 17 (`kind-words/evaluative-misread`).
 */
export const EVALUATIVE_MISREAD: KindWordList = {
  id: 'kind-words/evaluative-misread',
  words: ['worrying', 'troubling', 'alarming', 'disturbing', 'disappointing', 'encouraging', 'shocking', 'appalling',
    'misleading', 'devastating', 'humiliating', 'embarrassing', 'concerning', 'reassuring', 'frightening', 'astonishing',
    'staggering', 'heartbreaking', 'insulting', 'damaging', 'inspiring', 'depressing', 'upsetting', 'promising',
    'unconvincing', 'baffling', 'puzzling', 'sickening', 'disgusting', 'infuriating', 'unfit', 'unworthy'],
};

/**
 * Adjectives of a state, a capacity or an availability, which tell how things stand and judge nothing ("the embassy
 * was aware of the reports", "Iran was able to enrich uranium", "the report was available online"). Source: the non-gradable predicate adjectives of English grammars; round 17 (`kind-words/state-adjectives`).
 */
export const STATE_ADJECTIVES: KindWordList = {
  id: 'kind-words/state-adjectives',
  // ("dead", "alive", "open", "closed", "empty" are left out: said of a deal, a door or a promise they judge, "the deal
  // was dead", an earlier test)
  words: ['aware', 'unaware', 'able', 'unable', 'available', 'unavailable', 'present', 'absent', 'due', 'eligible',
    'ineligible', 'intact', 'underway', 'operational', 'asleep', 'awake', 'capable', 'incapable', 'married', 'pregnant',
    'missing'],
};

/**
 * Imperatives that frame the speaker's own words, thank or invite a thought, and direct no act ("Believe me, ...",
 * "Thank you for coming", "Imagine a country where ...", "Look, ..."). Source: the discourse uses of imperatives in
 * English grammars (pragmatic markers). Id: `kind-words/framing-imperatives` (round 24, `kind/imperative`).
 */
export const FRAMING_IMPERATIVES: KindWordList = {
  id: 'kind-words/framing-imperatives',
  words: ['thank', 'thanks', 'believe', 'trust', 'imagine', 'excuse', 'forgive', 'pardon', 'mind', 'look', 'listen', 'see',
    'say', 'suppose', 'note', 'make', 'welcome', 'congratulations', 'remember', 'guess', 'picture'],
};

/**
 * What an account is called when the speaker says it is not so ("the reports were untrue", "the allegations are
 * baseless", "that is a lie"). Source: the falsity adjectives and nouns of English usage guides; the dismissive words of
 * `claim/disputes.ts` that name untruth (not those that only mock, "absurd", "ridiculous"). Id: `kind-words/falsity`
 * (round 24, `kind/called-false`).
 */
export const FALSITY_WORDS: KindWordList = {
  id: 'kind-words/falsity',
  words: ['false', 'untrue', 'baseless', 'groundless', 'unfounded', 'fabricated', 'fabrications?', 'made up', 'fake', 'lies',
    'lie', 'nonsense', 'rubbish', 'fiction', 'fictitious', 'incorrect', 'inaccurate', 'without (?:any )?(?:foundation|basis)',
    'hoax', 'disinformation', 'misinformation', 'falsehoods?', 'invented'],
};

/**
 * Adverbs of manner that judge how an act was done ("defended badly", "handled the crisis superbly", "acted
 * irresponsibly"), as a coach, a critic or a minister weighs a performance. Source: the adverbs formed from the
 * evaluative adjectives of English usage guides; adverbs of measure or speed ("sharply", "quickly") tell how much or how
 * fast and are left out. Id: `kind-words/evaluative-manner` (round 24, `kind/evaluative-manner`).
 */
export const EVALUATIVE_MANNER: KindWordList = {
  id: 'kind-words/evaluative-manner',
  words: ['brilliantly', 'superbly', 'admirably', 'magnificently', 'excellently', 'wonderfully', 'beautifully', 'impressively',
    'heroically', 'bravely', 'courageously', 'badly', 'poorly', 'terribly', 'awfully', 'dreadfully', 'miserably', 'abysmally',
    'appallingly', 'shamefully', 'disgracefully', 'recklessly', 'irresponsibly', 'responsibly', 'wisely', 'foolishly',
    'naively', 'stupidly', 'cynically', 'cruelly', 'unfairly', 'unjustly', 'callously', 'incompetently', 'sloppily',
    'carelessly', 'shabbily', 'fantastically', 'outstandingly', 'professionally', 'decently', 'honourably',
    'honorably', 'dishonestly', 'inexcusably', 'unacceptably', 'woefully'],
};

/** One case-insensitive pattern matching any word of the list at word boundaries. */
export function kindWordPattern(list: KindWordList): RegExp {
  return new RegExp(`\\b(?:${list.words.join('|')})\\b`, 'i');
}
