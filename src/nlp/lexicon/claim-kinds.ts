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
  words: ['attack\\w*', 'strike', 'strikes', 'punish\\w*', 'destroy\\w*', 'retaliat\\w*', 'fight back', 'charges', 'sanctions?',
    'consequences', 'war', 'crackdown', 'reprisals?', 'assimilat\\w*', 'tough', 'losses', 'danger\\w*', 'threat\\w*', 'risks?',
    'collapse', 'catastroph\\w*', 'disaster', 'bloodshed', 'violence', 'persecut\\w*', 'execut\\w*', 'arrest\\w*'],
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
    'death toll'],
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

/** Obligation: "needs more support", "must withdraw", "should be released", "we cannot allow this". */
export const OBLIGATION_WORDS: KindWordList = {
  id: 'kind-words/obligation',
  // "needs approval from regulators" states a procedure's requirement, no call
  words: ['needs?(?! (?:in|for|at|on|from|of|by|during|with|now|today|(?:(?:regulatory|shareholder|government|court|parliamentary|final)\\s+)?(?:approval|approvals|permission|consent|clearance|authori[sz]ation|ratification|sign-off)\\b))(?=\\s+\\w)', 'must(?!-)', 'should', 'ought to', 'has to', 'have to', 'calls? (?:for|on)',
    'cannot (?:leave|allow|accept|let|stand by|ignore)'],
};

/** Nouns that judge: "is just the beginning", "remains a top priority", "a mistake", "a scandal". */
export const JUDGING_NOUNS: KindWordList = {
  id: 'kind-words/judging-nouns',
  words: ['beginning', 'priority', 'mistake', 'success', 'failure', 'disgrace', 'provocation', 'victory', 'defeat', 'breakthrough',
    'concerns?', 'lack of', 'shame', 'scandal', 'outrage', 'tragedy', 'farce', 'travesty',
    // (round 14: "barbarism, not counterterrorism", "a sham", "a witch hunt", "an insult to voters")
    'barbarism', 'sham', 'hoax', 'witch hunt', 'insult', 'atrocity', 'betrayal', 'blunder', 'fiasco', 'charade', 'embarrassment'],
};

/** Verbs that draw a conclusion from a fact: "her safe return shows there is hope", "this means the plan failed". */
export const INFERENCE_WORDS: KindWordList = {
  id: 'kind-words/inference',
  words: ['shows', 'proves', 'demonstrates', 'means'],
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
    'unqualified', 'unbalanced', 'one-sided', 'unprovoked', 'uncalled-for', 'unsubstantiated'],
};

/** One case-insensitive pattern matching any word of the list at word boundaries. */
export function kindWordPattern(list: KindWordList): RegExp {
  return new RegExp(`\\b(?:${list.words.join('|')})\\b`, 'i');
}
