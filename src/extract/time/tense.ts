import {
  DELIVERY_NOUNS,
  FIGURE_NOUNS,
  FUTURE_GOVERNORS,
  FUTURE_MODALS,
  IRREGULAR_PAST,
  SHORT_REGULAR_PASTS,
  MONTHS,
  NOT_INFINITIVES,
  NOT_PAST_ED,
  NOUNS_AFTER_TO,
  NUMBER_WORDS,
  PRESENT_AUX,
  PROSPECTIVE_GOVERNORS,
  PROSPECTIVE_MODALS,
  WEEKDAYS,
  FORECAST_NOUNS,
} from './lexicon.js';
import { DATED_HAPPENINGS, MONTHLY_FIGURE_NOUNS } from './dates.js';
import type { Tense } from './spec.js';
import { insideNumber, type Token } from './tokens.js';

/**
 * Present-tense verbs of schedules: "the trial begins on Monday" speaks of the future. Not in headlines, whose
 * present tense reports the past ("Apple opens store on Friday").
 */
const SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  'begins', 'begin', 'starts', 'start', 'opens', 'open', 'ends', 'closes', 'resumes', 'runs', 'arrives', 'takes', 'take',
  'expires', 'meets', 'lands', 'departs', 'kicks', 'convenes', 'reopens', 'resume', 'meet', 'convene', 'reopen',
  'close', 'end', 'expire', 'arrive', 'land', 'depart',
  // going somewhere and facing something ahead: "voters go to the polls on Sunday", "he faces trial in October",
  // "the case goes to the jury Monday", "the president travels to Moscow next week"
  'goes', 'go', 'heads', 'head', 'travels', 'travel', 'returns', 'return', 'faces', 'face',
  // round 16: leaving by air or sea ("Bush flies to Washington on Thursday", "The president leaves for Europe Friday")
  'flies', 'fly', 'leaves', 'leave', 'sails', 'sail',
  // round 14: "Britons vote on Thursday", "lawmakers vote Friday on the bill" (a plural subject before it)
  'vote',
  // round 22: acts of election and sports calendars, bare after a plural subject ("The two candidates debate on
  // Wednesday", "Supporters rally in the capital on Saturday", "The two teams play on Friday")
  'debate', 'rally', 'campaign', 'play', 'host',
]);

/**
 * Present forms, often nouns too, of what a legislature, court or board does on its calendar ("The House votes on the
 * plan Wednesday", "The court hears arguments Monday"). Read as verbs only after a body's name or noun (see
 * `bodySubject`): "counted the votes Friday" stays a noun. Id: `times/body-business-verbs` (round 15); source: wire
 * copy of legislative and court calendars.
 */
const BODY_BUSINESS_VERBS: ReadonlySet<string> = new Set([
  'votes', 'debates', 'hears', 'rules', 'decides', 'considers', 'weighs', 'reviews', 'sentences', 'reconvenes', 'adjourns',
]);

/**
 * Singular nouns of bodies that sit on a calendar, and pronouns for one. Id: `times/calendar-bodies` (round 15);
 * source: the subjects of legislative and court calendars in wire copy.
 */
const CALENDAR_BODIES: ReadonlySet<string> = new Set([
  'house', 'senate', 'congress', 'parliament', 'legislature', 'assembly', 'council', 'committee', 'subcommittee',
  'panel', 'board', 'court', 'jury', 'commission', 'cabinet', 'judge', 'tribunal', 'chamber', 'bank', 'fed', 'it',
]);

/**
 * Present verbs of state or thought, which tell no scheduled act ("The company owns the plant", "He believes").
 * Id: `times/stative-presents` (round 15).
 */
const STATIVE_PRESENTS: ReadonlySet<string> = new Set([
  'remains', 'stays', 'seems', 'appears', 'looks', 'means', 'includes', 'contains', 'owns', 'needs', 'wants', 'likes',
  'loves', 'hates', 'lacks', 'belongs', 'depends', 'exists', 'matters', 'deserves', 'costs', 'weighs', 'equals',
  'controls', 'leads', 'trails', 'employs', 'operates', 'serves', 'represents', 'lives', 'works',
  // round 17: a document or figure describing a period ("The report covers January through March", "The index
  // reflects prices in May"; June reports had them next year's)
  'covers', 'spans', 'reflects', 'excludes', 'measures', 'tracks', 'describes', 'summarizes', 'summarises', 'indicates',
  'compares',
  // round 21: an offer or a figure set against a price ("The bid values the company at a premium to Tuesday's close",
  // "the price implies a 20 percent discount to Friday's close"): a valuation holds now, it schedules nothing
  'values', 'prices', 'implies', 'totals', 'amounts', 'exceeds', 'outstrips', 'tops', 'surpasses',
]);

/** Reporting verbs that, with a noun object, name an act on a calendar ("announces its decision Thursday"). */
const SCHEDULED_REPORTS: ReadonlySet<string> = new Set(['announces', 'reports']);

/** Words that may open a subject noun phrase before its verb ("The", "Its", a name). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/**
 * Participles of staging a happening, which after a present "is"/"are" tell the calendar ("The final is played on May
 * 19", "Elections are held in November"). Id: `tense/present-staging-passive`; source: sports fixtures and election
 * calendars.
 */
const STAGING_PARTICIPLES: ReadonlySet<string> = new Set(['held', 'played', 'staged', 'hosted', 'contested']);

/**
 * Present verbs of a product or show coming out, which need no object ("The console launches in March", "The phone
 * ships in October", "The series premieres on Friday"): after a subject they tell the release calendar, so the time is
 * ahead (round 22; was the nearer March, last March in September). Id: `tense/launch-presents`; source: technology and
 * entertainment launch copy.
 */
const LAUNCH_PRESENTS: ReadonlySet<string> = new Set(['launches', 'ships', 'debuts', 'premieres', 'rolls', 'releases']);

/**
 * "The president signs the bill Friday", "The central bank announces its decision Thursday", "The pope celebrates Mass
 * on Sunday": in the body of a report, a verb in the present third person singular right after the sentence's
 * subject tells an act on the calendar, so a time later in its clause lies ahead (round 15; was last week's).
 * Statives ("owns", "remains"), reporting verbs ("says") and plural nouns ("the votes") are left out.
 */
function presentActAfterSubject(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  const subjectEnd = subjectEndBefore(tokens, k);
  if (!verb || verb.kind !== 'word' || verb.cap || subjectEnd <= 0 || subjectEnd > 5 || verb.lower.length < 5 || !/[^su]s$/.test(verb.lower)) return false;
  const l = verb.lower;
  if (PRESENT_AUX.has(l) || STATIVE_PRESENTS.has(l) || (NOUN_PLURAL_ENDINGS.test(l) && !LAUNCH_PRESENTS.has(l))) return false;
  if (REPORTING_PRESENT.has(l) && (!SCHEDULED_REPORTS.has(l) || tokens[k + 1]?.kind !== 'word' || tokens[k + 1]!.lower === 'that')) return false;
  const before = tokens[subjectEnd - 1]!;
  if (before.kind !== 'word' || NOUN_MARKERS.has(before.lower) || COUNT_WORDS.has(before.lower) || pluralSubject(before)) return false;
  // the subject: a name or a determiner and its nouns from the sentence's start, with no verb, number or opening
  // preposition among them ("For the six months through September, net profit dropped")
  if (OPENING_PREPOSITIONS.has(tokens[0]!.lower)) return false;
  for (let p = 0; p < subjectEnd; p++) {
    if (tokens[p]!.kind === 'num' || NUMBER_WORDS.has(tokens[p]!.lower)) return false;
    const t = tokens[p]!;
    if (t.kind !== 'word' && t.text !== '.' && t.text !== '-' && t.text !== "'s") return false;
    if (t.kind === 'word' && !t.cap && !SUBJECT_DETERMINERS.has(t.lower) && (isPastForm(t) || PRESENT_AUX.has(t.lower) || /(?:ly|ing)$/.test(t.lower) || t.lower === 'to')) return false;
  }
  // an object right after it, and no other verb after it in the clause: "Rebel forces on Monday captured", "Retail
  // sales in March rose", "Holiday-quarter sales fell" make the word in -s a plural noun
  const object = tokens[k + 1];
  if (!object || object.kind !== 'word' || (PREPOSITIONS_AFTER_NOUN.has(object.lower) && !LAUNCH_PRESENTS.has(l))) return false;
  for (let p = k + 1; p < Math.min(tokens.length, k + WINDOW); p++) {
    const t = tokens[p]!;
    if (clauseStop(tokens, p) || clauseComma(tokens, p)) break;
    // ("The queen tours the flooded towns on Thursday": a participle between a determiner and its noun is no verb;
    // round 16)
    if (t.kind === 'word' && !t.cap && ((isPastForm(t) && !attributiveParticiple(tokens, p)) || PRESENT_AUX.has(t.lower) || FUTURE_MODALS.has(t.lower) || PROSPECTIVE_MODALS.has(t.lower))) return false;
  }
  return tokens[0]!.cap;
}

/**
 * Plural present verbs of a fixture ("The Lakers host Boston on Thursday", "Arsenal face Chelsea on Sunday"). Id:
 * `tense/team-fixtures` (round 19); source: sports previews and schedules in wire and newspaper copy.
 */
const TEAM_FIXTURE_VERBS: ReadonlySet<string> = new Set(['host', 'play', 'visit', 'welcome', 'face', 'meet', 'entertain']);

/**
 * "The Lakers host Boston on Thursday", "The New York Knicks visit Miami on Friday", "Arsenal face Chelsea on Sunday":
 * a name opening the sentence (after "The" or not) right before a plural present verb of a fixture is a team, and the
 * fixture is on its calendar (round 19; was last Thursday: only a lower-case plural subject made "face" a present). The
 * name is a plural ("Lakers"), two names joined by "and", or, with no -s, has a named opponent after the verb (British
 * "Arsenal face Chelsea").
 */
function teamSubject(tokens: readonly Token[], k: number): boolean {
  const first = tokens[0]?.lower === 'the' ? 1 : 0;
  if (k - first < 1 || k - first > 5 || tokens[k]!.cap) return false;
  // ("Britain and France meet on Thursday": two names joined by "and" are plural whatever their ending)
  let joined = false;
  for (let p = first; p < k; p++) {
    const t = tokens[p]!;
    if (t.lower === 'and' && p > first && p < k - 1) joined = true;
    else if (t.kind !== 'word' || !t.cap || WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)) return false;
  }
  if (joined) return true;
  if (k - first > 3) return false;
  const name = tokens[k - 1]!.lower;
  if (name.length > 3 && name.endsWith('s') && !name.endsWith('ss')) return true;
  return first === 0 && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.cap;
}

/**
 * "when they host Pellborough on Sunday", "Velmar, who face Harlow on Sunday, are fourth": a bare fixture verb right
 * after a plural pronoun, or after "who" (whose bare verb agrees only with a plural: a team or a group), is a plural
 * present of the fixture list, ahead of the report as "The Lakers host Boston on Thursday" is (round 22; was last
 * Sunday). Id: `tense/pronoun-fixtures`.
 */
function pluralAgreement(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]!;
  const before = tokens[k - 1]?.lower ?? '';
  if (verb.cap || verb.lower.endsWith('s')) return false;
  return before === 'they' || before === 'we' || before === 'who';
}

/** Relative pronouns that stand as the subject of the verb right after them ("who visits", "which hosts"). */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/**
 * "The minister, who visits Kenya on Thursday, said aid would rise", "the club, which hosts the final on Sunday": a
 * verb in the present third person right after a subject relative pronoun, with an object, tells an act on the
 * calendar as it does after a subject (round 19; was last Thursday). Statives, reporting verbs and words ending
 * like plural nouns are left out, as `presentActAfterSubject` leaves them. Id: `tense/relative-present-act`.
 */
function relativePresentAct(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || verb.cap || !SUBJECT_RELATIVES.has(tokens[k - 1]?.lower ?? '')) return false;
  const l = verb.lower;
  if (l.length < 5 || !/[^su]s$/.test(l) || PRESENT_AUX.has(l) || STATIVE_PRESENTS.has(l) || REPORTING_PRESENT.has(l)) return false;
  if (NOUN_PLURAL_ENDINGS.test(l) && !VERBS_WITH_NOUN_ENDINGS.has(l)) return false;
  const object = tokens[k + 1];
  return !!object && object.kind === 'word' && !PREPOSITIONS_AFTER_NOUN.has(object.lower);
}

/** Most tokens of an apposition or relative clause set off by commas between a subject and its verb. */
const APPOSITION_REACH = 14;

/**
 * Where the subject of the verb at `k` ends: right before it, or before an apposition or a relative clause set off by
 * two commas ("Serena Williams, the defending champion, plays her match Tuesday", "The team, which has lost five
 * straight games, hosts Denver on Friday": round 18; both were last week's). Id: `tense/apposition-before-verb`.
 */
function subjectEndBefore(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.text !== ',') return k;
  for (let c = k - 2; c >= Math.max(1, k - APPOSITION_REACH); c--) {
    const t = tokens[c]!;
    if (t.text === ',') return c;
    if (t.kind === 'punct' && !['.', '-', "'s", "'"].includes(t.text)) return -1;
  }
  return -1;
}

/** Words opening a sentence before its subject ("For the six months ...", "In March ..."). */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'with', 'from', 'by', 'as', 'when', 'while', 'if', 'through', 'until', 'over', 'despite', 'unlike', 'like', 'amid',
]);

/** Prepositions that follow a plural noun rather than a verb's object ("sales in March", "forces on Monday"). */
const PREPOSITIONS_AFTER_NOUN: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'of', 'from', 'to', 'by', 'with', 'and', 'or', 'through', 'since', 'during', 'after', 'before', 'were', 'was', 'are', 'is', 'have', 'had', 'has']);

/** The word before `k` is a body as a subject: a body noun after no preposition, or a capitalised name. */
function bodySubject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  const before = tokens[k - 1]?.lower ?? '';
  // "of the House votes", "in the committee reviews": a body noun after a preposition is the possessor of a noun
  if (NOUN_MARKERS.has(before) && !['the', 'its', 'their', 'this', 'that'].includes(before)) return false;
  if (CALENDAR_BODIES.has(t.lower)) return true;
  return t.cap && k > 0 && t.lower.length > 2 && !NOUN_MARKERS.has(t.lower) && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower);
}

/** Prepositions between a plural subject and the place it is from ("voters in Ohio", "farmers across Iowa"). */
const SUBJECT_PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'across', 'from', 'of']);

/**
 * "Voters in Ohio go to the polls on Tuesday", "Farmers across New South Wales return": a plural subject with a
 * place named after it, right before a present verb of schedule (round 14; the name hid the subject: last Tuesday).
 */
function placedPluralSubject(tokens: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= k - 3 && tokens[p]?.kind === 'word' && tokens[p]!.cap) p -= 1;
  if (p === k - 1 || !SUBJECT_PLACE_LINKS.has(tokens[p]?.lower ?? '')) return false;
  return pluralSubject(tokens[p - 1], p - 1 === 0);
}

/** Words in -ing that are no verb forms and so do not detach a time from its infinitive ("to cool in the spring and summer"). */
const NOT_GERUNDS: ReadonlySet<string> = new Set(['spring', 'morning', 'evening', 'during', 'nothing', 'something', 'anything', 'everything']);

/** Present verbs of wanting and expecting that take an object and a participle ("wants the law passed"). */
const WANTING_PRESENT: ReadonlySet<string> = new Set(['wants', 'want', 'needs', 'need', 'expects', 'expect', 'wishes', 'wish', 'hopes']);

/** A past participle that is the wanted state of the object of "wants", "needs", "expects" a few words before. */
function wantedResult(tokens: readonly Token[], k: number): boolean {
  if (RELATIVE_SUBJECT_PRONOUNS.has(tokens[k - 1]?.lower ?? '')) return false;
  for (let p = k - 2; p >= Math.max(0, k - 5); p--) {
    const q = tokens[p]!;
    if (q.kind === 'punct' || CLAUSE_OPENERS.has(q.lower)) return false; // "expect that sales rose in March"
    // "which economists expect will show the economy added jobs in March": a modal between them starts a clause of
    // its own, whose past verb tells a past happening (round 14; March was next year's)
    if (FUTURE_MODALS.has(q.lower) || PROSPECTIVE_MODALS.has(q.lower)) return false;
    // ("The company needs the cash it raised on Friday": a subject pronoun opens a relative clause whose past is its
    // own; "The needs of the refugees were discussed": a determiner makes it a noun; round 18, both were next week's)
    if (RELATIVE_SUBJECT_PRONOUNS.has(q.lower)) return false;
    if (WANTING_PRESENT.has(q.lower)) return p < k - 1 && tokens[p + 1]?.lower !== 'to' && !AWAITING_NOUN_MARKERS.has(tokens[p - 1]?.lower ?? '');
  }
  return false;
}

/** Subject pronouns that open a relative clause with no relative word ("the cash it raised"). */
const RELATIVE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** Present third-person verbs of expecting, whose object lies ahead ("expects growth in the second half"). */
const EXPECTING_PRESENT: ReadonlySet<string> = new Set(['expects', 'predicts', 'anticipates', 'foresees', 'envisages', 'envisions']);

/** Present progressives of arrangements ("are meeting", "is visiting"), which tell a plan when a time follows. */
const ARRANGEMENT_PROGRESSIVES: ReadonlySet<string> = new Set([
  'meeting', 'visiting', 'holding', 'hosting', 'leaving', 'flying', 'traveling', 'travelling', 'going', 'heading',
  'coming', 'arriving', 'returning', 'launching', 'opening', 'playing', 'voting', 'staging', 'starting', 'beginning',
]);

/** Past participles that open a sentence about a question put to someone ("Asked Tuesday whether ..."). */
const QUESTIONED_OPENERS: ReadonlySet<string> = new Set(['asked', 'questioned', 'pressed', 'interviewed']);

/** "call" as the one plural present form "call for" takes. */
const CALL: ReadonlySet<string> = new Set(['call']);

/** Their plural forms ("economists expect growth in the second half"), which are also infinitives and imperatives. */
const EXPECTING_PLURAL: ReadonlySet<string> = new Set(['expect', 'predict', 'anticipate', 'foresee', 'envisage', 'envision']);

/**
 * A plural present verb of `forms` (verbs of expecting by default): lower-case, after a word that can end its
 * subject (not "to", not "did", not a modal, not the start of the sentence: "did not expect a loss in the fourth
 * quarter" looked ahead from a past moment).
 */
function pluralPresent(tokens: readonly Token[], k: number, forms: ReadonlySet<string> = EXPECTING_PLURAL): boolean {
  const verb = tokens[k];
  if (!verb || verb.cap || !forms.has(verb.lower)) return false;
  let p = k - 1;
  while (p >= 0 && ['not', "n't", 'also', 'still', 'now', 'generally'].includes(tokens[p]!.lower)) p -= 1;
  const before = tokens[p];
  if (!before || before.kind !== 'word') return false;
  return !['to', 'did', 'didn', 'had', 'would', 'could', 'might', 'may', 'should', 'will', 'can', 'must'].includes(before.lower);
}

/**
 * Present verbs of awaiting or needing a happening, singular and plural. Id: `tense/awaiting-presents` (round 18);
 * source: campaign and market previews ("Rubio needs a win in Florida on Tuesday", "Investors await the Fed decision on
 * Wednesday", "The governor wants a vote by Friday"; all were last week's).
 */
const AWAITING_PRESENT: ReadonlySet<string> = new Set(['awaits', 'needs', 'wants']);
const AWAITING_PLURAL: ReadonlySet<string> = new Set(['await', 'need', 'want']);

/** Words before "need"/"want" that make it a noun ("no need", "the want of"). */
const AWAITING_NOUN_MARKERS: ReadonlySet<string> = new Set(['no', 'the', 'a', 'an', 'any', 'its', 'their', 'his', 'her', 'our', 'in', 'of', 'for']);

/** Words after which a time dates a happening before the need, not the one awaited ("needs aid after the storm on Friday"). */
const AWAITING_BREAKS: ReadonlySet<string> = new Set(['after', 'since', 'following', 'amid', 'despite', 'from', 'of']);

/**
 * A present verb of awaiting or needing whose noun object the time at `start` dates (not "to", which `infinitiveTense`
 * reads), within its clause: what it awaits is still to come. "The city needs aid after the storm on Friday" dates the
 * storm, and a verb between ("needs the cash it raised on Friday") keeps its own tense.
 */
function awaitedHappening(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 9); k--) {
    const t = tokens[k]!;
    if (clauseStop(tokens, k) || clauseComma(tokens, k) || CLAUSE_OPENERS.has(t.lower) || AWAITING_BREAKS.has(t.lower) || isPastForm(t)) return false;
    const next = tokens[k + 1];
    if (t.cap || !next || next.kind !== 'word' || next.lower === 'to' || AWAITING_NOUN_MARKERS.has(tokens[k - 1]?.lower ?? '')) continue;
    if (AWAITING_PRESENT.has(t.lower) || (AWAITING_PLURAL.has(t.lower) && pluralPresent(tokens, k, AWAITING_PLURAL))) return true;
  }
  return false;
}

/** Subjects before which a bare schedule verb is a present tense ("talks resume", "they meet"). */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'you', 'i']);

/** Relative pronouns and subordinators: verbs beyond them belong to another clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'while', 'because', 'although', 'though', 'if', 'unless',
]);

/** Relative pronouns that open a clause set off by commas ("Dorn, who faces an election in May, vowed"). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/** Words that may stand between an auxiliary and its participle ("will not be", "has also been"). */
const CHAIN_FILLERS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'not', 'also', 'already', 'now', 'have', 'still']);

/** Tokens a clause does not continue past. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([';', ':', '(', ')', '—', '–']);

/** Token `k` ends the clause: a stop mark that is not part of a number or clock time ("at 2:15 p.m."). */
function clauseStop(tokens: readonly Token[], k: number): boolean {
  return CLAUSE_STOPS.has(tokens[k]?.text ?? '') && !insideNumber(tokens, k);
}

/** Token `k` is a comma between words, not the thousands mark of a number ("2,500"). */
function clauseComma(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === ',' && !insideNumber(tokens, k);
}

const WINDOW = 14;

export function isPastForm(token: Token): boolean {
  if (IRREGULAR_PAST.has(token.lower) || SHORT_REGULAR_PASTS.has(token.lower)) return true;
  return !token.cap && token.lower.length > 4 && token.lower.endsWith('ed') && !NOT_PAST_ED.has(token.lower);
}

/** A lower-case noun in the plural or a plural pronoun: the subject of a bare present verb ("talks resume"). */
function pluralSubject(token: Token | undefined, sentenceStart = false): boolean {
  if (!token || token.kind !== 'word') return false;
  if (PLURAL_PRONOUNS.has(token.lower)) return true;
  // capitalised only as the first word ("Schools close at noon"), not as a name ("Athens")
  return (!token.cap || sentenceStart) && token.lower.length > 3 && token.lower.endsWith('s') && !token.lower.endsWith('ss');
}

/** The first word after `k` that is not an adverb standing inside a verb group ("could not", "will also"). */
function nextVerbWord(tokens: readonly Token[], k: number): Token | undefined {
  let p = k + 1;
  while (p < tokens.length && CHAIN_FILLERS.has(tokens[p]!.lower) && tokens[p]!.lower !== 'have' && tokens[p]!.lower !== 'be') p += 1;
  return tokens[p];
}

/** "to" followed by a bare verb: an infinitive ("to visit"), not a preposition ("to work", "to the summit"). */
function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k]?.lower !== 'to' || !next || next.kind !== 'word' || next.cap) return false;
  const l = next.lower;
  // "expected to last through the weekend" is the verb; "rose to last year's level" the determiner
  if (l === 'last') return !LAST_AS_DETERMINER.test(tokens[k + 2]?.lower ?? '');
  // "the half year to end-June": "end" glued to what it ends is a noun
  if (l === 'end' && tokens[k + 2]?.text === '-' && !tokens[k + 2]!.space) return false;
  if (tokens[k - 1]?.lower === 'due' && causeAfterDueTo(tokens, k - 1)) return false; // "due to heavy rains"
  // a word in -s other than -ss or -us is a plural noun ("speaking to reporters Tuesday", "appealed to voters"),
  // not an infinitive ("to discuss", "to focus" stay)
  if (/[^su]s$/.test(l)) return false;
  return !NOT_INFINITIVES.has(l) && !NOUNS_AFTER_TO.has(l) && !l.endsWith('ing') && !isPastForm(next);
}

/** Words after "last" that make it a determiner ("last year", "last week's", "last Monday"), not the verb. */
const LAST_AS_DETERMINER = /^(year|years|week|weeks|month|months|quarter|night|weekend|time|season|summer|winter|spring|fall|autumn|decade|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|one|two|three|few|several|minute|day|days|hour|hours|'s)$/;

/**
 * The tense an infinitive takes from the verb that governs it: plans, promises and present or perfect verbs look
 * ahead ("has sent her to visit on Monday", "agreed to meet on Friday"); a plain past verb of doing keeps the
 * infinitive in the past ("went to Paris to meet him on Monday").
 */
function infinitiveTense(tokens: readonly Token[], k: number): Tense {
  // "declined to comment on Tuesday", "refused to testify on Monday": what was refused never happens; the time
  // dates the refusal, in the refusing verb's tense
  const refusal = tokens[k]?.lower === 'to' ? tokens[k - 1] : undefined;
  if (refusal && REFUSING_VERBS.has(refusal.lower)) return isPastForm(refusal) ? 'past' : 'present';
  // "Merrill Lynch agreed to sell itself to Bank of America on Sunday", "Disney agreed to buy Pixar on Tuesday": a deal
  // agreed or offered is done when agreed, so the time dates the agreement (round 15; was next Sunday)
  if (refusal && DEAL_AGREEING.has(refusal.lower) && DEAL_VERBS.has(tokens[k + 1]?.lower ?? '') && !PERFECT_AUX.has(tokens[k - 2]?.lower ?? '')) return 'past';
  for (let p = k - 1; p >= Math.max(0, k - 5); p--) {
    const q = tokens[p]!;
    if (q.kind === 'punct') break;
    if (PROSPECTIVE_GOVERNORS.has(q.lower) || FUTURE_MODALS.has(q.lower) || PROSPECTIVE_MODALS.has(q.lower)) return 'future';
    // "moved in to clear the square", "pulled back to regroup": a particle of the verb before says nothing of its own
    if (p === k - 1 && PURPOSE_PARTICLES.has(q.lower)) continue;
    // An infinitive after a common noun describes it ("an event to be held on Monday"): still to come; unless a past
    // verb of doing governs the noun and the infinitive says what for ("used water cannon to disperse the crowd late
    // on Saturday", "sent troops to restore order on Monday": the act's time is past)
    if (p === k - 1 && q.kind === 'word' && !q.cap && !isPastForm(q) && !NOT_INFINITIVES.has(q.lower)) return purposeOfPastAct(tokens, p, k) ? 'past' : 'future';
    // "Arafat was to meet Mubarak on Monday", "the ministers were to sign it on Friday": an arrangement still ahead
    // ("was to have met" is a perfect infinitive, read as past by its participle)
    if (p === k - 1 && (q.lower === 'was' || q.lower === 'were') && tokens[k + 1]?.lower !== 'have') return 'future';
    if (isPastForm(q)) {
      const aux = [tokens[p - 1]?.lower, tokens[p - 2]?.lower];
      return aux.includes('has') || aux.includes('have') ? 'future' : 'past';
    }
  }
  return 'future';
}

/** Particles of a phrasal verb right before a purpose infinitive ("moved in to clear"). Id: `tense/purpose-particles`. */
const PURPOSE_PARTICLES: ReadonlySet<string> = new Set(['in', 'out', 'up', 'down', 'back', 'off', 'away', 'forward']);

/**
 * "used water cannon to disperse", "deployed soldiers to guard the polls": a plain past verb (no perfect auxiliary, no
 * verb of planning) within three words before the noun at `p`, with an active infinitive after it (not "to be" /
 * "to have", which describe the noun: "set a date to be announced"). Id: `tense/purpose-of-past-act`.
 */
function purposeOfPastAct(tokens: readonly Token[], p: number, k: number): boolean {
  if (/^(?:be|have)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let q = p - 1; q >= Math.max(0, p - 3); q--) {
    const t = tokens[q]!;
    if (t.kind === 'punct' || PROSPECTIVE_GOVERNORS.has(t.lower)) return false;
    // ("used" is too short for the -ed test of `isPastForm`)
    if (isPastForm(t) || t.lower === 'used') return !/^(?:has|have|had)$/.test(tokens[q - 1]?.lower ?? '');
  }
  return false;
}

/** Past verbs of settling on a deal ("agreed to buy"). Id: `times/deal-agreeing` (round 15). */
const PERFECT_AUX: ReadonlySet<string> = new Set(['has', 'have', "'ve"]);
const DEAL_AGREEING: ReadonlySet<string> = new Set(['agreed', 'offered', 'decided', 'voted']);

/**
 * Verbs of a deal a company agrees to, whose agreement is the news ("agreed to acquire X on Monday"). Id:
 * `times/deal-verbs` (round 15); source: merger and acquisition wire copy.
 */
const DEAL_VERBS: ReadonlySet<string> = new Set(['buy', 'sell', 'acquire', 'purchase', 'merge', 'pay', 'settle', 'invest', 'combine', 'divest']);

/** Verbs of refusing an act whose infinitive never happens. Id: `tense/refused-infinitive`. */
const REFUSING_VERBS: ReadonlySet<string> = new Set(['declined', 'refused', 'failed', 'declines', 'refuses', 'fails']);

/** Words that open a noun phrase: after "due to" they name a cause, not an infinitive. */
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'some', 'lack',
  'poor', 'bad', 'heavy', 'high', 'low', 'weak', 'strong', 'higher', 'lower', 'weaker', 'stronger',
]);

/**
 * "closed due to the strike in January", "due to rising costs", "due to Mr. Ortiz's illness": a cause, which says
 * nothing of the future; "is due to start in March", "due to be signed" stay infinitives ahead.
 */
function causeAfterDueTo(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 2];
  if (tokens[k + 1]?.lower !== 'to' || !after) return false;
  return after.kind !== 'word' || after.cap || NOUN_OPENERS.has(after.lower) || (after.lower !== 'be' && /(?:ing|s)$/.test(after.lower));
}

/**
 * "the hearing, originally scheduled for August, was moved to Oct. 14": a plan that was replaced may have fallen on
 * either side of the telling, so its date is the nearer one. "had been scheduled for the fall but was moved up"
 * keeps looking ahead (the fall is still to come).
 */
function formerPlan(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  return FORMER_MARKERS.has(before);
}

/**
 * "had hoped to reach a deal by Monday", "the vote had been expected as early as Thursday", "had planned to fly to
 * Cairo on Sunday": a plan told in the past perfect was overtaken, and the weekday it named may lie on either side of
 * the telling, so it is the nearer one (round 13; was always ahead or always behind). True when such a plan word
 * after "had" or "had been" stands within the clause before `start`. Only weekdays take this reading: a season or
 * quarter planned ("had been scheduled for the fall") is still ahead.
 */
export function overtakenPlanBefore(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    if (clauseStop(tokens, k) || clauseComma(tokens, k)) return false;
    const before = tokens[k - 1]?.lower ?? '';
    if (OVERTAKEN_PLANS.has(tokens[k]!.lower) && (before === 'had' || (before === 'been' && tokens[k - 2]?.lower === 'had'))) return true;
  }
  return false;
}

/** Words of a plan whose past perfect leaves its weekday on either side. Id: `tense/overtaken-plans` (round 13). */
const OVERTAKEN_PLANS: ReadonlySet<string> = new Set(['hoped', 'planned', 'intended', 'expected', 'scheduled', 'wanted', 'aimed', 'slated', 'due', 'set']);

/**
 * Particles of a return after "due" or "expected" ("due back", "expected home"). Id: `tense/return-particles` (round 18);
 * source: diplomatic and space-mission schedules in wire copy ("was due back in Moscow on Tuesday").
 */
const RETURN_PARTICLES: ReadonlySet<string> = new Set(['back', 'home']);

/** Adverbs that mark a plan as replaced ("originally scheduled for"). */
const FORMER_MARKERS: ReadonlySet<string> = new Set(['originally', 'initially', 'previously', 'once']);

/**
 * "is scheduled for", "was due to", "the upcoming vote": a plan word before "to" or "for" (not "due to" a cause). Also
 * "The president was due back on Tuesday", "the crew is expected home Friday": a return planned when it was told lies
 * ahead of it, as "was due to return" does (round 18; was last Tuesday). Id: `tense/return-particles`.
 */
function plannedAhead(tokens: readonly Token[], k: number): boolean {
  const l = tokens[k]!.lower;
  const next = tokens[k + 1]?.lower ?? '';
  if ((l === 'due' || l === 'expected') && RETURN_PARTICLES.has(next)) return true;
  return FUTURE_GOVERNORS.has(l) && (next === 'to' || next === 'for' || l === 'upcoming' || l === 'forthcoming') && !(l === 'due' && causeAfterDueTo(tokens, k));
}

/** Classifies one token as a tense cue, looking at its neighbours for auxiliary chains. */
/** Verbs by which data to come make known figures of a period ("to show a rise in October"). */
const SHOWING_VERBS: ReadonlySet<string> = new Set(['show', 'reveal', 'indicate', 'confirm']);
/** Words before such a verb that put the showing ahead ("expected to show", "will show"). */
const SHOWING_LEADS: ReadonlySet<string> = new Set(['to', 'will', 'would', 'should', 'could', 'may', 'might']);
/** Nouns of a change in a figure, which make the object of "show" a figure ("a rise", "a 3 percent drop"). */
const FIGURE_CHANGES: ReadonlySet<string> = new Set([
  'rise', 'fall', 'increase', 'decrease', 'drop', 'gain', 'decline', 'growth', 'jump', 'slowdown', 'contraction',
  'expansion', 'dip', 'rebound', 'surge', 'slump', 'percent', '%',
]);
/** Tokens after the verb within which the object's change noun must come ("a 0.3 percent rise"). */
const SHOWN_FIGURE_REACH = 6;

/**
 * "Retail sales data on Friday are expected to show a 0.3 percent rise in October" (November): data still to come show
 * figures of a period that has begun or ended, so a time in the object is not ahead of the telling; read as past, it
 * is the latest such period (round 25, id `tense/shown-figure`; was next October). "The carmaker will show its new
 * model in March" has no figure and keeps the future.
 */
function shownFigure(tokens: readonly Token[], k: number): boolean {
  if (!SHOWING_VERBS.has(tokens[k]!.lower) || !SHOWING_LEADS.has(tokens[k - 1]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + SHOWN_FIGURE_REACH && j < tokens.length; j++) {
    const l = tokens[j]!.lower;
    if (FIGURE_CHANGES.has(l)) return true;
    if (l === 'in' || l === 'for' || l === ',') return false;
  }
  return false;
}

function cueAt(tokens: readonly Token[], k: number, headline: boolean): Tense | null {
  const token = tokens[k];
  if (!token || token.kind !== 'word') return null;
  const next = tokens[k + 1]?.lower ?? '';
  const l = token.lower;
  if (FUTURE_MODALS.has(l) || (PROSPECTIVE_MODALS.has(l) && !token.cap)) {
    if (l === 'going' && next !== 'to') return null;
    const verb = nextVerbWord(tokens, k);
    if (verb?.lower === 'have' || verb?.lower === "'ve") return 'past'; // "would have signed", "may have died"
    if (PROSPECTIVE_MODALS.has(l) && verb?.kind !== 'word') return null;
    return 'future';
  }
  if (shownFigure(tokens, k)) return 'past';
  if (infinitiveAt(tokens, k)) return infinitiveTense(tokens, k);
  if (FUTURE_GOVERNORS.has(l) && (next === 'to' || next === 'for') && formerPlan(tokens, k)) return 'present';
  // "rain was forecast for Thursday", "the storm, predicted for Tuesday, never came": a forecast names a time near
  // the telling, on either side (was read past: last Thursday)
  if ((l === 'forecast' || l === 'predicted') && next === 'for') return 'present';
  if (plannedAhead(tokens, k)) return 'future';
  // "the company expects a profit in the second half": what a present verb of expecting governs is to come
  if ((EXPECTING_PRESENT.has(l) || pluralPresent(tokens, k)) && !headline) return 'future';
  // "results are expected as early as Monday", "the vote is scheduled Monday": a present passive of a plan
  if (FUTURE_GOVERNORS.has(l) && presentBeBefore(tokens, k)) return 'future';
  // "the ministers are meeting in Brussels on Monday", "he is visiting China next month": a present progressive of
  // an arrangement tells what is planned
  if (ARRANGEMENT_PROGRESSIVES.has(l) && PRESENT_BE.has(tokens[k - 1]?.lower ?? '') && !headline) return 'future';
  // "the accord calls for elections in June": what a present demand names is still to come
  if ((l === 'calls' || l === 'call') && next === 'for' && !headline && (l === 'calls' || pluralPresent(tokens, k, CALL))) return 'future';
  // "Asked Tuesday whether he would resign, he said": a participle opening the sentence tells a past question
  if (k === 0 && QUESTIONED_OPENERS.has(l)) return 'past';
  // "After losing A$1.9 billion in the year to June, the airline expects ...": a gerund after "after" or "since" tells
  // what came before the main clause. Id: `tense/after-gerund`.
  if (/ing$/.test(l) && l.length > 4 && /^(?:after|since)$/.test(tokens[k - 1]?.lower ?? '')) return 'past';
  // "The House votes on the plan Wednesday", "The court hears arguments Monday": a body's act of business in the
  // present tense, its object between it and the time, is on its calendar (round 15; was last Wednesday)
  if (BODY_BUSINESS_VERBS.has(l) && !headline && bodySubject(tokens, k - 1)) return 'future';
  if (!headline && presentActAfterSubject(tokens, k)) return 'future';
  if (!headline && TEAM_FIXTURE_VERBS.has(l) && (teamSubject(tokens, k) || pluralAgreement(tokens, k))) return 'future';
  if (!headline && relativePresentAct(tokens, k)) return 'future';
  // "to end-June", "a start-up": a schedule verb glued to the next word by a hyphen is part of a compound noun
  if (SCHEDULE_VERBS.has(l) && !headline && !(tokens[k + 1]?.text === '-' && !tokens[k + 1]!.space)) return scheduleVerbTense(tokens, k);
  // "The final is played on May 19", "The election is held in November": a present passive of staging a happening tells
  // its calendar, so the date lies ahead (round 22; was last May's). Id: `tense/present-staging-passive`.
  if (!headline && STAGING_PARTICIPLES.has(l) && presentBeBefore(tokens, k)) return 'future';
  if (foreseenObject(tokens, k)) return 'present';
  if (isPastForm(token) && !attributiveParticiple(tokens, k) && !sequencedNoun(tokens, k)) return pastFormTense(tokens, k);
  if (!headline && coordinatedPresent(tokens, k)) return 'present';
  // "In the second half, fuel costs are expected to rise", "Next year, output is set to double": a present "be" before a
  // participle of planning read left to right from a time before it tells what is to come (round 15; was 'present',
  // and "the second half" in February the one just ended)
  if (PRESENT_BE.has(l) && !headline && plannedAfterBe(tokens, k)) return 'future';
  // (headlines report the past in the present tense; a bare verb after "did not" takes its past, `pastDoBefore`)
  if (PRESENT_AUX.has(l)) return pastDoBefore(tokens, k) ? 'past' : headline ? null : 'present';
  return null;
}

/** The tense a bare or -s schedule verb at `k` ("resume", "opens") gives a time after it, from its subject. */
function scheduleVerbTense(tokens: readonly Token[], k: number): Tense | null {
  const l = tokens[k]!.lower;
  const before = tokens[k - 1]?.lower ?? '';
  if (before === 'to') return infinitiveTense(tokens, k - 1);
  if (gerundObject(tokens, k)) return null;
  if (FUTURE_MODALS.has(before) || /s$/.test(l)) return 'future';
  // "the talks, which resume Wednesday", "talks that open Monday": a relative pronoun standing for a plural
  if (before === 'which' || before === 'that') {
    const antecedent = tokens[k - 2]?.text === ',' ? tokens[k - 3] : tokens[k - 2];
    return pluralSubject(antecedent) ? 'future' : null;
  }
  // ("The talks, which began on Monday, end on Friday": a plural subject before an aside set off by commas; round 19,
  // was last Friday. Id: `tense/apposition-before-verb`)
  const subjectEnd = subjectEndBefore(tokens, k);
  const asideSubject = subjectEnd > 0 && subjectEnd < k && pluralSubject(tokens[subjectEnd - 1], subjectEnd - 1 === 0);
  return asideSubject || pluralSubject(tokens[k - 1], k - 1 === 0) || placedPluralSubject(tokens, k) ? 'future' : null;
}

/**
 * Verbs of starting, going on and stopping that take a gerund with its own object ("began accepting returns", "stopped
 * taking leaves"). Id: `tense/gerund-object` (round 23); source: invented tax-calendar and office copy.
 */
const ASPECT_VERBS: ReadonlySet<string> = new Set([
  'began', 'begins', 'begin', 'started', 'starts', 'start', 'stopped', 'stops', 'continued', 'continues', 'finished',
  'resumed', 'kept', 'halted', 'ceased', 'suspended', 'completed', 'quit',
]);

/**
 * "The IRS began accepting returns on Jan. 29" (March), "started processing returns in January": a schedule word in -s
 * after a gerund that a verb of starting or stopping governs is that gerund's object noun, no present verb of a
 * schedule (round 23; both were next year's). "Trading resumes on Monday", "said voting opens on Friday" keep their
 * verb: no verb of starting governs the gerund there.
 */
function gerundObject(tokens: readonly Token[], k: number): boolean {
  const gerund = tokens[k - 1];
  return !!gerund && /^[a-z]{3,}ing$/.test(gerund.lower) && !gerund.cap && ASPECT_VERBS.has(tokens[k - 2]?.lower ?? '') && /s$/.test(tokens[k]!.lower);
}

/**
 * Past forms of verbs that foresee or signal a happening named as their object ("signalled a cut", "pencilled in two
 * cuts", "predicted a rebound"). Id: `tense/foreseen-object` (round 23); source: invented central-bank minutes and
 * market copy. "expected" is read so already (it is no past form, `NOT_PAST_ED`); "backed" is left out ("backed the
 * bill in March" dates the backing).
 */
const FORESEEING_PASTS: ReadonlySet<string> = new Set([
  'signalled', 'signaled', 'favoured', 'favored', 'pencilled', 'penciled', 'priced', 'flagged', 'predicted', 'projected',
  'forecasted', 'anticipated', 'foresaw', 'envisaged', 'envisioned', 'telegraphed', 'mooted', 'floated',
  // round 24: "expected" read here only before an object of sequence ("Economists expected the first cut in March")
  'expected',
]);

/** Words that open the noun object of a verb of foreseeing ("a cut", "two cuts", "further hikes"). */
const FORESEEN_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'another', 'further', 'more', 'one', 'two', 'three', 'four', 'several', 'some', 'no', 'fewer', 'deeper',
]);

/**
 * "Officials signalled a cut in September" (August), "The bank pencilled in two cuts in December", "Most members
 * favoured a pause in September": a time in the noun object of a past verb of foreseeing dates the happening foreseen,
 * which lies after the foreseeing, so it is the one nearest the report, not the latest before it (round 23; the three
 * were last year's). A time right after the verb ("signalled in March that") dates the signal and is not reached.
 */
function foreseenObject(tokens: readonly Token[], k: number): boolean {
  const l = tokens[k]!.lower;
  if (!FORESEEING_PASTS.has(l)) return false;
  const p = (l.startsWith('penc') || l === 'priced') && tokens[k + 1]?.lower === 'in' ? k + 2 : k + 1;
  // round 24: "the" before a word of sequence too ("signalled the next cut in March", "predicted the first hike in
  // February"); "flagged the risk in its March report" keeps its past. Id: `tense/foreseen-sequence-object`.
  const sequenced = tokens[p]?.lower === 'the' && FORESEEN_SEQUENCE.has(tokens[p + 1]?.lower ?? '');
  return FORESEEN_OPENERS.has(tokens[p]?.lower ?? '') || sequenced;
}

/**
 * "the next cut", "its first bid", "a second hit": a form that is also a past verb, after a determiner and a word of
 * sequence, is a noun, and gives no past to a time after it (round 24; "signalled the next cut in March" was read
 * past). Id: `tense/sequenced-noun`.
 */
function sequencedNoun(tokens: readonly Token[], k: number): boolean {
  return (FORESEEN_SEQUENCE.has(tokens[k - 1]?.lower ?? '') && ATTRIBUTIVE_DETERMINERS.has(tokens[k - 2]?.lower ?? '')) || compoundHeadNoun(tokens, k);
}

/** Past forms that are also nouns heading a compound ("a rate cut", "a takeover bid", "a price hit"). */
const SAME_FORM_NOUNS: ReadonlySet<string> = new Set(['cut', 'hit', 'bid', 'cost', 'set', 'spread', 'shot', 'split', 'shed']);
/** Words right after such a noun that show it is no verb with an object ("a rate cut in June", "a tax cut this year"). */
const AFTER_NOUN_HEAD: ReadonlySet<string> = new Set(['in', 'at', 'on', 'by', 'before', 'after', 'this', 'next', 'as', 'of', 'from', 'for', 'until', ',', '.']);

/**
 * "Traders see a rate cut in June", "expected the first rate cut in June": a past form that is also a noun, after up to
 * two lower-case modifiers and a determiner and before a preposition, heads a noun phrase and gives no past (round 24;
 * June was last year's). "The bank cut rates in June" keeps its verb (an object follows it). Id: `tense/compound-head-noun`.
 */
function compoundHeadNoun(tokens: readonly Token[], k: number): boolean {
  if (!SAME_FORM_NOUNS.has(tokens[k]!.lower) || !AFTER_NOUN_HEAD.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j]!;
    if (ATTRIBUTIVE_DETERMINERS.has(t.lower)) return j < k - 1;
    if (t.kind !== 'word' || t.cap || isPastForm(t) || PRESENT_AUX.has(t.lower)) return false;
  }
  return false;
}

/** Words of sequence after "the" in a foreseen object ("the next cut", "the first hike"). */
const FORESEEN_SEQUENCE: ReadonlySet<string> = new Set(['next', 'first', 'second', 'third', 'initial', 'final', 'last', 'following']);

/** Words that open the object of a verb in -s joined by "and" ("and shows no sign", "and sees little hope"). */
const COORDINATED_OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'no', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'little', 'few', 'every', 'some', 'any', 'nothing', 'signs',
]);

/**
 * "The strike began in October and shows no sign of ending before Christmas" (November), "Sales fell in May but remain
 * weak": a lower-case verb in -s right after "and"/"but", with an object after it, or a verb of lasting ("remain",
 * "stays"), is a present verb of the same subject,
 * and it dates what follows it, not the past verb before the "and" (round 17; Christmas was last year's). Id:
 * `tense/coordinated-present`; source: strike, siege and market copy of wire reports. Not after a lower-case plural
 * ("cars and trucks the company sold": two nouns).
 */
function coordinatedPresent(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.cap || t.lower.length < 4) return false;
  if (!/[^su']s$/.test(t.lower) && !PLURAL_STATE_VERBS.has(t.lower)) return false;
  const link = tokens[k - 1]?.lower ?? '';
  if (link !== 'and' && link !== 'but') return false;
  const conjunct = tokens[k - 2];
  if (conjunct && conjunct.kind === 'word' && !conjunct.cap && /[^su]s$/.test(conjunct.lower)) return false;
  // "Sales dropped in September and remain weak": a verb of lasting needs no object
  return COORDINATED_OBJECT_OPENERS.has(tokens[k + 1]?.lower ?? '') || PRESENT_STATE_VERBS.has(t.lower) || PLURAL_STATE_VERBS.has(t.lower);
}

/**
 * A past "did" (then "not" or "never", or "didn't" as one or two tokens) right before token `k`: "He did not do well on
 * Saturday", "They didn't have a chance on Friday" keep the auxiliary's past (round 16 lead; "do" and "have" read as
 * present sent the day to the nearest one, ahead on a Thursday).
 */
function pastDoBefore(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  if (/^didn['’]?t$/.test(before)) return true;
  if (/^(?:['’]t|t)$/.test(before) && tokens[k - 2]?.lower === 'didn') return true;
  return (before === 'not' || before === 'never') && tokens[k - 2]?.lower === 'did';
}

/** Determiners before a participle used as an adjective ("its preferred stock", "the proposed merger"). */
const ATTRIBUTIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'these', 'those']);

/**
 * "said it will redeem its preferred stock on Nov. 30", "the proposed merger": a form in -ed between a determiner
 * and a lower-case word is an adjective, no past verb (round 14; "preferred" made Nov. 30 last year's).
 */
function attributiveParticiple(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return ATTRIBUTIVE_DETERMINERS.has(tokens[k - 1]?.lower ?? '') && !!next && next.kind === 'word' && !next.cap;
}

/** Words between a present "is"/"are" and its participle that leave the plan a plan ("is not expected", "are now due"). */
const BE_PARTICIPLE_FILLERS: ReadonlySet<string> = new Set(['not', 'never', 'now', 'also', 'still', 'currently', 'tentatively', 'officially', 'widely', 'generally']);

/**
 * A present "is" or "are" right before token `k`, or before one or two fillers ("A decision is not expected before
 * December", "results aren't due until October": a negated plan is still about the future; round 10).
 */
/** "are expected to", "is also scheduled for": a planning participle (then "to" or "for") after the "be" at `k`. */
function plannedAfterBe(tokens: readonly Token[], k: number): boolean {
  let p = k + 1;
  while (p <= k + 2 && BE_PARTICIPLE_FILLERS.has(tokens[p]?.lower ?? '')) p += 1;
  const after = tokens[p + 1]?.lower ?? '';
  return FUTURE_GOVERNORS.has(tokens[p]?.lower ?? '') && (after === 'to' || after === 'for') && !(tokens[p]!.lower === 'due' && causeAfterDueTo(tokens, p));
}

function presentBeBefore(tokens: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= k - 2 && BE_PARTICIPLE_FILLERS.has(tokens[p]?.lower ?? '')) p -= 1;
  return PRESENT_BE.has(tokens[p]?.lower ?? '');
}

/** The tense a past form at `k` gives, read from the auxiliary chain before it. */
function pastFormTense(tokens: readonly Token[], k: number): Tense {
  // "wants the law passed by March", "expects the deal completed by June": a participle after a present verb of
  // wanting and its object is a result still to come
  if (wantedResult(tokens, k)) return 'future';
  // An auxiliary chain decides: "to be held" and "will be delivered" are future, "has been delayed" past,
  // and so is a perfect after a modal of possibility ("may have been killed"); "will have finished" is future.
  let perfect = false;
  for (let p = k - 1; p >= Math.max(0, k - 4); p--) {
    // "in May fell": a capitalised "May" is the month, not the modal
    const q = tokens[p]?.cap && PROSPECTIVE_MODALS.has(tokens[p]!.lower) ? '' : (tokens[p]?.lower ?? '');
    if (q === 'have' || q === "'ve") perfect = true;
    if (q === 'to') return perfect ? 'past' : infinitiveTense(tokens, p);
    if (FUTURE_MODALS.has(q) || PROSPECTIVE_MODALS.has(q)) return perfect && q !== 'will' && q !== 'shall' && q !== "'ll" ? 'past' : 'future';
    if (!CHAIN_FILLERS.has(q) && q !== 'has' && q !== 'had' && q !== 'is' && q !== 'are' && q !== 'was' && q !== 'were') break;
  }
  return 'past';
}

/**
 * Tense of the clause around tokens `[start, end)`: the nearest verb cue to the left within the clause,
 * otherwise the nearest to the right. Bounded windows keep it linear in the sentence length.
 *
 * @example clauseTense(tokenize('It will open on June 17', 0), 4, 6, false) // 'future'
 */
/** Present forms of "be" before a participle of planning ("is expected", "are scheduled"). */
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re"]);

/** Verbs of saying, whose present tense reports ("the ministry says Monday's attack"), not schedules. */
const REPORTING_PRESENT: ReadonlySet<string> = new Set([
  'says', 'tells', 'reports', 'claims', 'adds', 'notes', 'warns', 'argues', 'insists', 'admits', 'announces',
  'confirms', 'denies', 'believes', 'thinks', 'knows', 'hopes', 'expects', 'fears', 'suggests', 'shows', 'writes',
]);

/** Words before a word in -s that make it a noun ("his remarks Friday", "in talks Monday"), not a verb. */
const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'in', 'on',
  'at', 'of', 'for', 'with', 'from', 'after', 'before', 'during', 'by', 'to', 'and', 'or', 'new', 'more', 'no', 'two',
  'three', 'four', 'five', 'some', 'many', 'several', 'weekend', "'s",
]);

/** Number words before a counted noun in -s ("million shares", "dozen cars"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions']);

/**
 * "Parliament votes Friday on the budget", "Congress returns on Monday": in the body of a report (not a headline),
 * a verb in the present third person right before the time tells a schedule, so the day lies ahead. Reporting verbs
 * ("says Monday's attack") and nouns in -s ("his remarks Friday") are left out.
 */
function presentScheduleBefore(tokens: readonly Token[], start: number, end: number): boolean {
  const at = tokens[start - 1]?.lower === 'on' ? start - 2 : start - 1;
  // "the government shuts down on Saturday", "the chief executive steps down Friday": a particle after the verb (round 15)
  const k = VERB_PARTICLES.has(tokens[at]?.lower ?? '') ? at - 1 : at;
  // "Syrian government forces on Tuesday regained control": a verb right after the time makes the word in -s its
  // subject (round 11; was next Tuesday)
  if (verbAfterTime(tokens, end)) return false;
  const verb = tokens[k];
  const subject = tokens[k - 1];
  if (!verb || verb.kind !== 'word' || verb.cap || !subject || subject.kind !== 'word') return false;
  const l = verb.lower;
  if (l.length < 5 || !l.endsWith('s') || /(ss|us|is|ics|ous)$/.test(l) || REPORTING_PRESENT.has(l) || PRESENT_AUX.has(l)) return false;
  // ("The report covers January": a verb of state tells no act on the calendar; round 17)
  if (STATIVE_PRESENTS.has(l)) return false;
  if (NOUN_MARKERS.has(subject.lower) || PRESENT_AUX.has(subject.lower) || isPastForm(subject)) return false;
  // "down from 520 million shares Friday", "traded 40,000 contracts Monday": a word in -s after a number is a
  // counted noun, not a verb of schedule (round 14; Friday was next week's)
  if (COUNT_WORDS.has(subject.lower)) return false;
  // a verb earlier in the clause makes the word in -s its object ("held crisis talks on Thursday")
  for (let p = k - 2; p >= Math.max(0, k - WINDOW); p--) {
    const t = tokens[p]!;
    if (clauseStop(tokens, p) || clauseComma(tokens, p) || CLAUSE_OPENERS.has(t.lower)) break;
    if (cueAt(tokens, p, false)) return false;
  }
  return true;
}

/** Particles of phrasal verbs ("shuts down", "steps down", "takes over"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'off', 'out', 'over', 'back', 'away', 'aside']);

/** Adverbs that may stand between a time and the verb of its clause ("forces on Monday also captured"). */
const ADVERBS_AFTER_TIME: ReadonlySet<string> = new Set(['also', 'again', 'reportedly', 'finally', 'then', 'jointly', 'formally', 'officially']);

/** Auxiliaries and reporting verbs that, right after a time, are the verb of the clause ("Officials on Tuesday said"). */
const VERBS_AFTER_TIME: ReadonlySet<string> = new Set(['said', 'says', 'will', 'would', 'had', 'has', 'have', 'were', 'was', 'did', 'could', 'can', 'may', 'might']);

/** The first word after a time at token `end`, past adverbs, is a past form or an auxiliary: the clause's verb. */
function verbAfterTime(tokens: readonly Token[], end: number): boolean {
  let p = end;
  while (p < tokens.length && (ADVERBS_AFTER_TIME.has(tokens[p]!.lower) || (tokens[p]!.lower.endsWith('ly') && tokens[p]!.lower.length > 4))) p += 1;
  const t = tokens[p];
  return !!t && t.kind === 'word' && !t.cap && (isPastForm(t) || VERBS_AFTER_TIME.has(t.lower));
}

/**
 * "The vote is on Friday", "the deadline is Thursday", "the talks are on Wednesday": a weekday as the predicate of a
 * present "is" or "are" says when something is to happen, so it lies ahead (or is today); a past happening would
 * take "was". Only right after the copula, so "police say Friday's blast" and "is expected ..." keep their readings.
 */
function copulaDate(tokens: readonly Token[], start: number): boolean {
  if (!WEEKDAYS.has(tokens[start]?.lower ?? '')) return false;
  const k = tokens[start - 1]?.lower === 'on' ? start - 2 : start - 1;
  const copula = tokens[k]?.lower ?? '';
  // "the big news is Monday's vote" names a happening, which may be past
  return (copula === 'is' || copula === 'are') && tokens[start + 1]?.lower !== "'s";
}

/**
 * "The Tokyo market is closed on Monday", "the bridge is shut Friday": a present passive right before a weekday tells
 * the state on that day, the nearer one (a past one would take "was").
 */
function presentPassiveDate(tokens: readonly Token[], start: number): boolean {
  if (!WEEKDAYS.has(tokens[start]?.lower ?? '') || tokens[start + 1]?.lower === "'s") return false;
  const k = tokens[start - 1]?.lower === 'on' ? start - 2 : start - 1;
  const participle = tokens[k];
  return !!participle && isPastForm(participle) && PRESENT_BE.has(tokens[k - 1]?.lower ?? '');
}

/** Nouns of what a past happening left behind, before "of" ("the minutes of the July meeting", "the aftermath of"). */
const RECORDS_OF: ReadonlySet<string> = new Set([
  'minutes', 'transcript', 'transcripts', 'record', 'records', 'aftermath', 'wake', 'anniversary', 'footage', 'recording',
  'recordings', 'account', 'accounts', 'review', 'investigation', 'inquiry', 'probe', 'autopsy',
]);

/**
 * "Minutes of the Fed's July meeting, due out Wednesday, could offer clues", "a review of the March crash will be
 * published": the verb speaks of the record; the month dates the happening the record is of, which is over. Only a
 * bare month right before a noun of a happening, after "of" and a record noun (with at most five determiner, adjective or
 * possessive words between).
 */
function recordOfHappening(tokens: readonly Token[], start: number, end: number): boolean {
  if (end !== start + 1 || !MONTHS.has(tokens[start]?.lower ?? '') || !DATED_HAPPENINGS.has(tokens[end]?.lower ?? '')) return false;
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    const l = tokens[k]!.lower;
    if (l === 'of') return RECORDS_OF.has(tokens[k - 1]?.lower ?? '');
    if (tokens[k]!.kind === 'punct' && l !== "'s" && l !== "'") return false;
  }
  return false;
}

/** Determiners between "since" and a time that names a happening ("since the May attack", "since its March low"). */
const SINCE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an']);

/** Verbs that move something to a later date ("postponed until", "adjourned to") or grant time up to one ("gave them until"). */
export const DEFERRAL_VERBS: ReadonlySet<string> = new Set([
  'postponed', 'postpone', 'postpones', 'delayed', 'delay', 'delays', 'adjourned', 'adjourn', 'adjourns', 'deferred',
  'defer', 'defers', 'rescheduled', 'reschedule', 'reschedules', 'pushed', 'extended', 'extend', 'extends', 'gave',
  'given', 'give', 'gives', 'granted', 'grant', 'grants', 'recessed', 'suspended', 'moved', 'put', 'bumped',
  // round 17: "brought forward to April" (a date moved earlier is still ahead)
  'brought',
  // round 24: a parliament sent away until a date ("Parliament was prorogued until September")
  'prorogued', 'prorogue', 'prorogues',
]);

/** Prepositions that take a deferral to its new date ("until Monday", "to March 3", "till next week"). */
export const DEFERRAL_PREPOSITIONS: ReadonlySet<string> = new Set(['until', 'till', 'to', 'into']);

/**
 * Prepositions read only right before the new end of a deferral: "extended its heat warning through the weekend",
 * "suspended flights through Sunday" (round 24; were last weekend's, last Sunday). Id: `tense/deferred-through`.
 */
const DEFERRAL_ENDS: ReadonlySet<string> = new Set(['through', 'thru']);

/**
 * "the hearing was postponed until Jan. 12", "the judge gave them until Feb. 1", "set a March 3 trial date": the
 * new date lies ahead of the telling even when the verb is past. Only within a few words of the verb, so "the
 * strike, which was extended in May, lasted until June 3" keeps its past reading.
 */
function deferredTo(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower ?? '';
  // "set a March 3 trial date", "scheduled a Dec. 8 hearing"
  if ((before === 'a' || before === 'an') && ['set', 'sets', 'scheduled', 'schedules'].includes(tokens[start - 2]?.lower ?? '')) return true;
  if (before === 'for') return scheduledFor(tokens, start);
  if (before === 'of') return setDateOf(tokens, start);
  if (!DEFERRAL_PREPOSITIONS.has(before) && !DEFERRAL_ENDS.has(before)) return false;
  // round 24: nine words back, so a longer object fits ("pushed back the launch of the route to October")
  for (let k = start - 2; k >= Math.max(0, start - 9); k--) {
    const t = tokens[k]!;
    // ("postponed from Nov. 30 to Feb. 2": the point of an abbreviated month does not end the search; round 17)
    if ((t.kind === 'punct' && !(t.text === '.' && !t.space)) || CLAUSE_OPENERS.has(t.lower)) return deferredPastObject(tokens, start);
    if (DEFERRAL_VERBS.has(t.lower)) return true;
  }
  return deferredPastObject(tokens, start);
}

/** Past verbs that fix a happening for a date ("called a strike for Thursday", "scheduled the vote for March 3"). */
const SCHEDULING_VERBS: ReadonlySet<string> = new Set([
  'scheduled', 'rescheduled', 'set', 'called', 'planned', 'slated', 'booked', 'fixed', 'announced', 'convened',
  // round 19: measures proclaimed for a coming day ("declared a truce for Orthodox Christmas", "ordered a curfew for
  // Saturday night", "proclaimed a day of mourning for Monday"; were last year's, last week's)
  'declared', 'ordered', 'proclaimed',
]);

/**
 * "Unions have called a nationwide strike for Thursday", "called an emergency summit of EU leaders for April 10": a date after
 * "for" that a verb of scheduling and its object fixed lies ahead of the telling. Not "called for Thursday's vote"
 * (a possessive names the happening) nor "called for talks" (the verb's own "for").
 */
function scheduledFor(tokens: readonly Token[], start: number): boolean {
  if (tokens[start + 1]?.lower === "'s" || tokens[start + 1]?.lower === "'") return false;
  for (let k = start - 3; k >= Math.max(0, start - 9); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || CLAUSE_OPENERS.has(t.lower)) return false;
    if (SCHEDULING_VERBS.has(t.lower)) return tokens[k + 1]?.lower !== 'for';
  }
  return false;
}

/** Nouns of a date fixed ahead ("a deadline of March 30", "a trial date of Sept. 10"). Id: `times/set-date-nouns` (round 15). */
const SET_DATE_NOUNS: ReadonlySet<string> = new Set(['deadline', 'date']);

/**
 * Verbs that fix or face a date ahead ("set a deadline of", "imposed a deadline of", "faces a deadline of"). Id:
 * `times/date-setting-verbs` (round 15); source: court, legislative and merger calendars in wire copy.
 */
const DATE_SETTING_VERBS: ReadonlySet<string> = new Set([
  ...SCHEDULING_VERBS, 'sets', 'schedules', 'imposed', 'imposes', 'gave', 'gives', 'given', 'established', 'agreed',
  'proposed', 'proposes', 'faces', 'face', 'targeted', 'targets', 'chose', 'picked',
]);

/**
 * "A federal judge set a trial date of Sept. 10", "The board set a target date of Oct. 1 for the merger", "Lawmakers
 * face a deadline of March 1": a date that a verb of fixing gave to a deadline or a date noun lies ahead of the
 * telling (round 15; was last September). "missed a deadline of March 30" keeps its verb.
 */
function setDateOf(tokens: readonly Token[], start: number): boolean {
  if (!SET_DATE_NOUNS.has(tokens[start - 2]?.lower ?? '') || tokens[start + 1]?.lower === "'s") return false;
  for (let k = start - 3; k >= Math.max(0, start - 7); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || CLAUSE_OPENERS.has(t.lower)) return false;
    if (DATE_SETTING_VERBS.has(t.lower)) return tokens[k - 1]?.lower !== 'had';
  }
  return false;
}

/** Prepositions after a comma that take a deferral to its new date. Id: `tense/deferred-object-prepositions` (round 18). */
const DEFERRED_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['until', 'till', 'to']);

/**
 * "extended the mandate of the peacekeepers in Angola for three months, until the end of April": the verb's object
 * and a duration may stand between it and "until". Only "until"/"till" after a comma, and no other verb on the way
 * ("The strike, which was extended in May, lasted until June 3" keeps its past reading).
 */
function deferredPastObject(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower ?? '';
  // round 18: also "to" after the length of the delay ("The launch was postponed a day, to Thursday"; was last Thursday)
  if (!DEFERRED_OBJECT_PREPOSITIONS.has(before) || tokens[start - 2]?.text !== ',') return false;
  for (let k = start - 3; k >= Math.max(0, start - 16); k--) {
    const t = tokens[k]!;
    if (clauseStop(tokens, k) || CLAUSE_OPENERS.has(t.lower) || clauseComma(tokens, k)) return false;
    if (DEFERRAL_VERBS.has(t.lower)) return true;
    if (isPastForm(t) || PRESENT_AUX.has(t.lower)) return false;
  }
  return false;
}

/** Past and present verbs of saying and forecasting whose object is a clause ("said third-quarter profit would fall"). */
const REPORTING_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'reported', 'announced', 'predicted', 'predicts', 'forecast', 'forecasts', 'estimated',
  'estimates', 'warned', 'warns', 'projected', 'projects', 'indicated', 'indicates', 'noted', 'added', 'stated',
  'believed', 'believes', 'thought', 'thinks', 'feared', 'fears', 'hoped', 'suggested', 'cautioned', 'insisted',
]);

/** Words between a verb of saying and the subject of its clause ("said that its", "warned the"). */
const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['that', 'the', 'its', 'their', 'his', 'her', 'our']);

/**
 * "The company said second-half earnings would improve", "analysts said fourth-quarter profit could fall": a
 * quarter or half written as a modifier of the subject of a reported clause takes that clause's tense, not the
 * tense of "said". Only hyphenated quarters and halves before a lower-case noun: "said Monday the plant would
 * reopen" dates the saying, and "said Tuesday's attack would not deter them" names a past happening. Returns the
 * clause's tense, or null when the rule does not apply.
 */
export function reportedSubjectTense(tokens: readonly Token[], start: number, end: number, headline: boolean): Tense | null {
  const last = tokens[end - 1]?.lower ?? '';
  const hyphened = (last === 'quarter' || last === 'half') && tokens[end - 2]?.text === '-';
  const noun = tokens[end];
  if (!hyphened || !noun || noun.kind !== 'word' || noun.cap) return phraseInReportedSubject(tokens, start, end, headline);
  let k = start - 1;
  while (k >= 0 && k >= start - 3 && CLAUSE_SUBJECT_OPENERS.has(tokens[k]!.lower)) k -= 1;
  if (!REPORTING_CLAUSE_VERBS.has(tokens[k]?.lower ?? '')) return null;
  for (let p = end + 1; p < Math.min(tokens.length, end + WINDOW); p++) {
    const token = tokens[p]!;
    if (clauseStop(tokens, p) || clauseComma(tokens, p)) break;
    const cue = cueAt(tokens, p, headline);
    if (cue) return cue;
  }
  return null;
}

/** Prepositions that tie a time to the subject noun of a reported clause ("output in December", "the vote on Monday"). */
const SUBJECT_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'over', 'for', 'on', 'at']);

/** Verbs of saying whose next noun is their object, not the subject of a clause ("told reporters on Monday"). */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(['told', 'warned', 'cautioned']);

/** Adverbs between a clause's subject and its modal ("output in December would likely fall" has none; "also", "still"). */
const SUBJECT_VERB_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'probably', 'likely', 'now', 'not']);

/**
 * "The minister said output in December would fall", "said sales during the holiday quarter would be weak", "He said
 * the vote on Monday would go ahead": with no "that", a time in a phrase after the subject noun of a reported clause
 * takes the tense of that clause's verb right after it, not the past of "said" (round 23; they were last December's,
 * last year's quarter and last Monday; "said that output in December would fall" was already read so). Id:
 * `tense/reported-subject-phrase`. A time right after "said" dates the saying ("said on Monday the plant would
 * reopen"), "announced plans on Monday to close" has no finite verb after the time, and "told reporters on Monday"
 * has an object, not a subject.
 */
function phraseInReportedSubject(tokens: readonly Token[], start: number, end: number, headline: boolean): Tense | null {
  if (headline || !SUBJECT_TIME_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '')) return null;
  let k = start - 2;
  while (k >= start - 4 && tokens[k]?.kind === 'word' && !tokens[k]!.cap && !REPORTING_CLAUSE_VERBS.has(tokens[k]!.lower) && !CLAUSE_OPENERS.has(tokens[k]!.lower) && !SUBJECT_TIME_PREPOSITIONS.has(tokens[k]!.lower)) k -= 1;
  const verb = tokens[k]?.lower ?? '';
  if (k >= start - 2 || !REPORTING_CLAUSE_VERBS.has(verb) || ADDRESSING_VERBS.has(verb)) return null;
  const p = SUBJECT_VERB_ADVERBS.has(tokens[end]?.lower ?? '') ? end + 1 : end;
  const next = tokens[p]?.lower ?? '';
  return FUTURE_MODALS.has(next) || PROSPECTIVE_MODALS.has(next) ? 'future' : null;
}

/** What a monthly release is about, before its noun ("the May jobs report", "the April trade figures"). */
const RELEASE_TOPICS: ReadonlySet<string> = new Set(['jobs', 'trade', 'employment', 'unemployment', 'retail', 'housing', 'payroll', 'factory', 'consumer']);

/**
 * "cut its profit outlook for the year ending March", "raised its forecast for the year ending June 30": a forecast
 * is of a period still running or to come, so its closing date is the next one, not the nearer past one (July:
 * March of next year; round 13). `unit` is the period's noun; a forecast noun stands before "for the".
 * Nouns: `FORECAST_NOUNS` (id `tense/forecast-nouns`).
 */
function forecastFor(tokens: readonly Token[], unit: number): boolean {
  let k = unit - 1;
  while (k > unit - 4 && tokens[k] && tokens[k]!.lower !== 'for') k--;
  return tokens[k]?.lower === 'for' && FORECAST_NOUNS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * Verbs that revise or give a forecast, whose period is still running or to come ("raised its forecast for the fourth
 * quarter"). Id: `tense/forecast-revising-verbs` (round 16); source: the guidance lines of results copy. Verbs that
 * judge a forecast against the outcome ("beat", "missed", "met") are left out: their period is over.
 */
const FORECAST_REVISING_VERBS: ReadonlySet<string> = new Set([
  'raised', 'cut', 'lowered', 'lifted', 'trimmed', 'boosted', 'slashed', 'increased', 'reduced', 'narrowed', 'gave',
  'issued', 'reaffirmed', 'reiterated', 'maintained', 'kept', 'set', 'provided', 'upgraded', 'downgraded', 'revised',
  'raises', 'cuts', 'lowers', 'lifts', 'trims', 'gives', 'issues', 'reaffirms', 'reiterates', 'maintains', 'keeps',
]);

/** Words between a revising verb and the forecast noun ("raised its full-year profit forecast"). */
const FORECAST_NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  'its', 'their', 'the', 'a', 'an', 'his', 'her', 'our', 'profit', 'earnings', 'revenue', 'sales', 'weak', 'strong',
  'cautious', 'gloomy', 'upbeat', 'own', 'financial', 'full', '-', 'year', 'annual', 'quarterly', 'operating', 'margin',
]);

/**
 * "raised its outlook for the September quarter", "raised its forecast for the fourth quarter" (July): a quarter or
 * half after "<forecast> for", the forecast given or revised in a simple past or present, is still running or to
 * come (round 16; was last year's quarter). "beat its forecast for the second quarter" and "had raised" keep the past.
 */
export function revisedForecastFor(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'for' || !FORECAST_NOUNS.has(tokens[start - 2]?.lower ?? '')) return false;
  let k = start - 3;
  while (k >= Math.max(0, start - 9) && FORECAST_NOUN_MODIFIERS.has(tokens[k]!.lower)) k -= 1;
  if (!FORECAST_REVISING_VERBS.has(tokens[k]?.lower ?? '')) return false;
  const aux = tokens[k - 1]?.lower ?? '';
  return aux !== 'had' && aux !== "'d";
}

/** Periods a date after "ending" closes ("the year ending June 30", "the six months ending March 31"). */
const PERIODS_ENDING: ReadonlySet<string> = new Set(['year', 'quarter', 'half', 'half-year', 'period', 'months', 'weeks', 'week', 'month']);

/** Forms of "be" before "due": the clause's own verb then gives the tense ("the report was due in March"). */
const BE_FORMS_BEFORE_DUE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", 'being']);

/** Prepositions between "due" and its date ("due in March", "due on Friday", "due by June 30"). */
const DUE_LINKS: ReadonlySet<string> = new Set(['in', 'on', 'by', 'at', 'before']);

/** Phrases that put a happening after the clause's own time: "ahead of", "on the eve of", "in the run-up to". */
const AHEAD_OF_PHRASES: readonly (readonly string[])[] = [
  ['ahead', 'of'], ['eve', 'of'], ['run-up', 'to'], ['runup', 'to'], ['lead-up', 'to'], ['advance', 'of'], ['run', '-', 'up', 'to'], ['lead', '-', 'up', 'to'],
];

/**
 * "ahead of Sunday's vote", "on the eve of Friday's summit", "in the run-up to May's election": a weekday or month
 * naming a happening in the possessive after such a phrase is still to come when the report is written (news after
 * the happening would report its outcome). "Polls ahead of Sunday's vote had shown" (a past perfect) is left out.
 */
function aheadOfHappening(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.lower !== "'s" || end !== start + 1) return false;
  const name = tokens[start]?.lower ?? '';
  if (!WEEKDAYS.has(name) && !MONTHS.has(name)) return false;
  const phrase = AHEAD_OF_PHRASES.find((p) => p.every((word, n) => tokens[start - p.length + n]?.lower === word));
  if (!phrase) return false;
  for (let k = Math.max(0, start - WINDOW); k < Math.min(tokens.length, end + WINDOW); k++) {
    if (clauseStop(tokens, k) && k > end) break;
    if (tokens[k]!.lower === 'had') return false;
  }
  return true;
}

export function clauseTense(tokens: readonly Token[], start: number, end: number, headline: boolean): Tense {
  // "payable Dec. 15 to holders of record Nov. 20": a record date lies near the telling, on either side
  if (tokens[start - 1]?.lower === 'record' && tokens[start - 2]?.lower === 'of') return 'present';
  // "holders of record as of Nov. 15" (round 14)
  if (tokens[start - 1]?.lower === 'of' && tokens[start - 2]?.lower === 'as' && tokens[start - 3]?.lower === 'record') return 'present';
  // "a dividend of 65 cents, payable Dec. 1": a payment date lies near the telling, like a record date
  if (tokens[start - 1]?.lower === 'payable' || (tokens[start - 1]?.lower === 'on' && tokens[start - 2]?.lower === 'payable')) return 'present';
  // "the next installment, due in mid-March, would be delayed", "a report due Friday": a due date is set near the
  // telling, on either side, whatever the verb of the clause ("due to the strike" is a cause)
  // "record earnings for the year ending June 30" (January): a period still ending closes on the nearer such date,
  // whatever the verb of the clause ("reaffirmed its forecast" is past); "the year ended June 30" keeps the verb
  // "revenue in the quarter ending in January would grow" (November): the same with "in" before the month (round 14;
  // January was the past one)
  const ending = tokens[start - 1]?.lower === 'in' && MONTHS.has(tokens[start]?.lower ?? '') ? start - 2 : start - 1;
  if (tokens[ending]?.lower === 'ending' && PERIODS_ENDING.has(tokens[ending - 1]?.lower ?? '')) return forecastFor(tokens, ending - 1) ? 'future' : 'present';
  const due = tokens[start - 1]?.lower === 'due' ? start - 1 : DUE_LINKS.has(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.lower === 'due' ? start - 2 : -1;
  // "was due in March", "is now due in October" keep their verb
  const beforeDue = BE_PARTICIPLE_FILLERS.has(tokens[due - 1]?.lower ?? '') ? tokens[due - 2]?.lower ?? '' : tokens[due - 1]?.lower ?? '';
  if (due >= 0 && !BE_FORMS_BEFORE_DUE.has(beforeDue)) return 'present';
  const tense = reportedSubjectTense(tokens, start, end, headline) ?? verbTense(tokens, start, end, headline);
  // "expected to show a 0.5% gain for March", "sales for May will be released": a month's figure is published after
  // the month, so a future verb speaks of the month nearest the telling; "sales for March rose" stays past
  const before = tokens[start - 1]?.lower ?? '';
  const month = end === start + 1 && MONTHS.has(tokens[start]?.lower ?? '');
  // "the May jobs report", "the June inflation figures": a month named before its release
  const after = tokens[end]?.lower ?? '';
  // "expects May same-store sales to rise", "its May traffic" (round 16): a monthly figure of an airline or retailer
  const glued = tokens[end + 1]?.text === '-' && !tokens[end + 1]!.space;
  const monthly = MONTHLY_FIGURE_NOUNS.has(after) && (glued || !['same', 'comparable', 'like'].includes(after));
  const release = FIGURE_NOUNS.has(after) || monthly || (RELEASE_TOPICS.has(after) && FIGURE_NOUNS.has(tokens[end + 1]?.lower ?? ''));
  const figure = month && ((before === 'for' && FIGURE_NOUNS.has(tokens[start - 2]?.lower ?? '')) || release);
  // "Ahead of Sunday's vote, the party held a rally", "on the eve of May's election": the happening lies after the
  // telling, whatever the verb of the clause (round 11; was last Sunday)
  if (aheadOfHappening(tokens, start, end)) return 'future';
  // "below March's record high", "from June's $10 billion": a month's own figure or happening in a present clause
  // has come out already (round 10)
  if (month && after === "'s" && tense !== 'future') return 'past';
  return figure && tense !== 'past' ? 'present' : tense;
}

/** The tense the verbs around tokens `[start, end)` give it (see `clauseTense`, which adjusts it for figures). */
function verbTense(tokens: readonly Token[], start: number, end: number, headline: boolean): Tense {
  // "its worst day since October", "the highest since Monday": a span that began before the telling
  const before = tokens[start - 1]?.lower ?? '';
  if (before === 'since' || (SINCE_DETERMINERS.has(before) && tokens[start - 2]?.lower === 'since')) return 'past'; // "since the May attack"
  if (recordOfHappening(tokens, start, end)) return 'past';
  // "gave them until noon Thursday", "set a deadline of 5 p.m. Friday": the clock of the day stands between the day
  // and the preposition that makes it a deadline (round 19)
  const lead = clockLeadBefore(tokens, start);
  // a deferral's new date lies ahead in a headline too ("Fraud trial adjourned until September"; round 24, was last
  // September). Id: `tense/deferral-headline`.
  if (deferredTo(tokens, lead)) return 'future';
  if (!headline && (forwardEndpoint(tokens, lead) || forwardEndpoint(tokens, endOfPeriodOpen(tokens, start)))) return 'future';
  if (!headline && passiveStateUntilDay(tokens, start)) return 'present';
  if (earliestBound(tokens, end)) return 'future';
  // "copper for December delivery fell", "March futures": a contract month is the current one or ahead
  if (DELIVERY_NOUNS.has(tokens[end]?.lower ?? '') && MONTHS.has(tokens[end - 1]?.lower ?? '')) return 'future';
  if (!headline && presentScheduleBefore(tokens, start, end)) return 'future';
  if (!headline && copulaDate(tokens, start)) return 'future';
  if (!headline && presentPassiveDate(tokens, start)) return 'present';
  if (!headline && releaseAhead(tokens, start, end)) return 'future';
  if (!headline && temporalClausePresent(tokens, start)) return 'future';
  if (!headline && hypotheticalCondition(tokens, start)) return 'future';
  if (!headline && awaitedHappening(tokens, start)) return 'future';
  const predicted = headline ? null : predictedOutcome(tokens, start);
  if (predicted) return predicted;
  const left = leftCue(tokens, start, WINDOW, headline);
  const limit = beforeTime(tokens, start);
  if (left.cue) return left.cue === 'present' && limit ? 'future' : left.cue;
  for (let k = end; k < Math.min(tokens.length, end + WINDOW); k++) {
    const token = tokens[k];
    if (!token || clauseStop(tokens, k) || (left.aside && clauseComma(tokens, k)) || (start > 2 && participleClauseAt(tokens, k))) break;
    const cue = cueAt(tokens, k, headline);
    if (cue) return cue;
  }
  // "The rebels seized control of northern Mali in April last year, after a coup in Bamako in March": in a long
  // clause the main verb may stand farther back than the window
  const far = leftCue(tokens, start, LONG_WINDOW, headline).cue ?? 'unknown';
  return limit && (far === 'present' || far === 'unknown') ? 'future' : far;
}

/**
 * "Traders now see the first cut in June, having priced it for April": a comma before "having" or a gerund opens a
 * participle clause with its own time, so its verb does not date a time before the comma (round 24; June was last
 * year's). Not after a fronted time ("On Monday, having met the envoys, he flew home" is dated by the clause after it).
 * Id: `tense/participle-clause-stop`.
 */
function participleClauseAt(tokens: readonly Token[], k: number): boolean {
  if (!clauseComma(tokens, k)) return false;
  const next = tokens[k + 1];
  return !!next && next.kind === 'word' && !next.cap && (next.lower === 'having' || /^[a-z]{3,}ing$/.test(next.lower));
}

/** Words that end a clock time written before its day: meridiems and zones ("9 a.m.", "1700 GMT", "noon local time"). */
const CLOCK_TAILS: ReadonlySet<string> = new Set([
  'a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'bst', 'cet', 'cest',
]);

/**
 * The parenthesis opening at `k` converts the clock time right before it to another zone ("at 8 p.m. (0100 GMT
 * Wednesday)", "at noon (1000 GMT) on Friday"). Id: `tense/zone-conversion-day` (round 19).
 */
function zoneConversionOpen(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  if (!CLOCK_TAILS.has(before) && !/^(noon|midnight|midday|time)$/.test(before)) return false;
  return tokens[k + 1]?.kind === 'num' && CLOCK_TAILS.has(tokens[k + 2]?.lower ?? '');
}

/**
 * Where a clock time written right before the day at `start` begins ("until noon Thursday", "a deadline of 5 p.m. on
 * Friday", "until 1700 GMT Sunday"), else `start`: the words before the clock decide the day's direction as they would
 * the bare day's. Id: `tense/clock-before-day` (round 19; "gave residents until noon Thursday to leave" was last
 * Thursday, while "until Thursday" looked ahead).
 */
function clockLeadBefore(tokens: readonly Token[], start: number): number {
  let k = tokens[start - 1]?.lower === 'on' ? start - 2 : start - 1;
  if (tokens[k]?.lower === 'time' && /^(local|eastern|central|mountain|pacific)$/.test(tokens[k - 1]?.lower ?? '')) k -= 2;
  const t = tokens[k];
  if (!t) return start;
  if (/^(noon|midnight|midday)$/.test(t.lower)) return k;
  if (!CLOCK_TAILS.has(t.lower) && !(t.kind === 'num' && t.text.length === 4 && k < start - 1)) return start;
  let p = t.kind === 'num' ? k : k - 1;
  if (tokens[p]?.lower && CLOCK_TAILS.has(tokens[p]!.lower)) p -= 1; // "5 p.m. EST"
  if (tokens[p]?.kind !== 'num') return /^(noon|midnight|midday)$/.test(tokens[p]?.lower ?? '') ? p : start;
  if (tokens[p - 1]?.text === ':' && tokens[p - 2]?.kind === 'num') p -= 2;
  return p;
}

/**
 * "The company sees no improvement before spring", "shows no sign of ending before Christmas" (November): a time after
 * "before" in a present clause, or one whose verb the tense cues do not know ("sees"), is a limit still ahead (round 17; a present reading took the spring begun this year).
 * Id: `tense/present-before-limit`.
 */
function beforeTime(tokens: readonly Token[], start: number): boolean {
  const k = ATTRIBUTIVE_DETERMINERS.has(tokens[start - 1]?.lower ?? '') ? start - 2 : start - 1;
  return tokens[k]?.lower === 'before';
}

/** Prepositions that name where a state ends ("closed until Wednesday", "rain through Tuesday", "reach the coast by Thursday"). */
const ENDPOINT_PREPOSITIONS: ReadonlySet<string> = new Set(['until', 'till', 'through', 'by']);
/** A negation among the verb's words ("not", "never", "wasn't", "n't"). */
const NEGATION = /^(?:not|never)$|n['’]t$/;
/** Words of a clause that looks ahead: a future modal, or a forecast's participle ("was expected", "was forecast to"). */
const LOOKING_AHEAD = /^(?:will|would|'ll|shall|expected|forecast|predicted|projected)$/;

/**
 * "Officials said the road would stay closed until Wednesday", "More rain was expected through Tuesday", "The storm was
 * forecast to reach the coast by Thursday": the end of a state that a future modal or a forecast governs lies ahead
 * of the telling, whatever the verb of saying before it (round 14; was last Wednesday, last Tuesday, last Thursday).
 * Id: `times/forward-endpoint`.
 */
function forwardEndpoint(tokens: readonly Token[], start: number): boolean {
  const preposition = tokens[start - 1]?.lower ?? '';
  if (!ENDPOINT_PREPOSITIONS.has(preposition)) return false;
  const until = preposition === 'until' || preposition === 'till';
  for (let k = start - 2; k >= Math.max(0, start - 9); k--) {
    const t = tokens[k]!;
    // ("The verdict wasn't expected until Friday": a past expectation denied keeps its past, as round 10 reads it)
    if (t.kind === 'punct' || CLAUSE_OPENERS.has(t.lower) || NEGATION.test(t.lower)) return false;
    if (LOOKING_AHEAD.test(t.lower)) return !NEGATION.test(tokens[k - 1]?.lower ?? '');
    // "Lawmakers have until Sept. 30 to act", "The ban remains in place until October", "The museum is closed until
    // March 1": a state that holds now and lasts until a date ends after the telling (round 15; was last September)
    // (a finite past ends the search: "The strike lasted until March"; a participle after a linking verb does not:
    // "would stay closed until Wednesday", "is closed until March 1")
    if (until && isPastForm(t) && !LINKING_BEFORE_PARTICIPLE.has(tokens[k - 1]?.lower ?? '')) return false;
    if (until && (PRESENT_AUX.has(t.lower) || PRESENT_STATE_VERBS.has(t.lower)) && !t.cap) return true;
    // "Celebrations continue through the weekend": a present verb of lasting before "through" too (round 15); "Sales
    // are up 5 percent through March" (a total so far) is no state lasting
    if (preposition === 'through' && (PRESENT_STATE_VERBS.has(t.lower) || PLURAL_STATE_VERBS.has(t.lower)) && !t.cap && tokens[k - 1]?.lower !== 'to') return true;
  }
  return false;
}

/**
 * "kept rates on hold, signalling no cut until September at the earliest", "ruled out a decision before March at the
 * earliest": a time followed by "at the earliest" is the first moment something may come, so it lies ahead of the
 * telling whatever the verb (round 24; were last year's). Id: `tense/at-the-earliest`.
 */
function earliestBound(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.lower !== 'at') return false;
  const k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  return tokens[k]?.lower === 'earliest' || (tokens[k]?.lower === 'very' && tokens[k + 1]?.lower === 'earliest');
}

/** Past forms of "be" before a participle of a state put in place ("was remanded", "were suspended"). */
const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);

/**
 * "He was remanded in custody until Dec. 22", "Flights were suspended until Jan. 5" (December 8): a state put in place
 * by a passive lasts until a day that may lie on either side of the telling, so the day is the nearer one (round 22;
 * was last year's December 22). A finite past keeps its past ("The strike lasted until March 2"). Only a month and a
 * day: "until March" or "until Friday" keep their clause's reading. Id: `tense/passive-state-until`.
 */
function passiveStateUntilDay(tokens: readonly Token[], start: number): boolean {
  const preposition = tokens[start - 1]?.lower ?? '';
  if ((preposition !== 'until' && preposition !== 'till') || !MONTHS.has(tokens[start]?.lower ?? '')) return false;
  const day = tokens[start + 1]?.text === '.' ? tokens[start + 2] : tokens[start + 1];
  if (day?.kind !== 'num') return false;
  for (let k = start - 2; k >= Math.max(1, start - 9); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || CLAUSE_OPENERS.has(t.lower) || NEGATION.test(t.lower)) return false;
    if (isPastForm(t)) return PAST_BE.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/**
 * "have until the end of the fiscal year on Sept. 30", "is funded through the end of the month on March 31": the date
 * after "on" names the end an endpoint preposition opened, so the endpoint's reading applies to it (round 16; was last
 * September). Returns the token after that preposition ("the"), or -1.
 */
function endOfPeriodOpen(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.lower !== 'on') return -1;
  for (let k = start - 2; k >= Math.max(2, start - 8); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return -1;
    if (t.lower === 'end' && tokens[k + 1]?.lower === 'of' && tokens[k - 1]?.lower === 'the' && ENDPOINT_PREPOSITIONS.has(tokens[k - 2]?.lower ?? '')) return k - 1;
  }
  return -1;
}

/** Verbs before a participle of state ("stay closed", "is shut", "remains suspended"). */
const LINKING_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set([
  'is', 'are', 'am', 'be', 'been', 'being', 'stay', 'stays', 'remain', 'remains', 'keep', 'keeps', 'get', 'gets', 'has', 'have',
]);

/**
 * Present verbs of a state lasting ("remains in force until March"). Id: `times/present-state-verbs` (round 15);
 * source: wire copy of bans, closures and deadlines.
 */
const PRESENT_STATE_VERBS: ReadonlySet<string> = new Set(['remains', 'stays', 'lasts', 'continues', 'runs', 'holds', 'applies']);
/** Their plural forms, read only before "through" ("Celebrations continue through the weekend"). */
const PLURAL_STATE_VERBS: ReadonlySet<string> = new Set(['remain', 'stay', 'last', 'continue', 'run']);

/** Conjunctions that open a clause of time ("before the presidency rotates", "until the law lapses"). */
const TIME_CONJUNCTIONS: ReadonlySet<string> = new Set(['before', 'until', 'till', 'when', 'once', 'after']);

/** Words a clause of time may hold between its verb and the time ("breaks for the summer in July"). */
const TIME_CLAUSE_LINKS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'for', 'the', 'its', 'their', 'a', 'early', 'late', 'next']);

/**
 * "France has pushed for a deal before the council's presidency rotates on June 1", "The ban stays until the law
 * lapses in March": a verb in the present third person in a clause of time tells what is still to come (English puts
 * the future in the present there), whatever the main verb (round 14; was last June, last March). The word in -s
 * must follow its subject, not a determiner ("before the holidays in December" is a noun).
 */
function temporalClausePresent(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= start - 4 && TIME_CLAUSE_LINKS.has(tokens[k]?.lower ?? '')) k -= 1;
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.lower.length < 5 || !/[^su]s$/.test(verb.lower) || PRESENT_AUX.has(verb.lower)) return false;
  // "The ruling came after oral arguments in March": a plural noun of a suffix no verb takes is no verb (round 15; March
  // was next year's)
  if (NOUN_PLURAL_ENDINGS.test(verb.lower) && !VERBS_WITH_NOUN_ENDINGS.has(verb.lower)) return false;
  const subject = tokens[k - 1];
  if (!subject || subject.kind !== 'word' || NOUN_MARKERS.has(subject.lower) || COUNT_WORDS.has(subject.lower) || isPastForm(subject)) return false;
  for (let p = k - 1; p >= Math.max(0, k - 6); p--) {
    const t = tokens[p]!;
    if (TIME_CONJUNCTIONS.has(t.lower)) return true;
    if (clauseStop(tokens, p) || clauseComma(tokens, p) || CLAUSE_OPENERS.has(t.lower) || cueAt(tokens, p, false)) return false;
  }
  return false;
}

/**
 * Endings of plural nouns that present verbs do not have ("arguments", "elections", "hearings", "talks" excepted). Id:
 * `times/noun-plural-endings` (round 15); source: English derivational suffixes (-ment, -tion, -sion, -ance, -ence,
 * -ity, -ness, -ship, -ist, -ian) and gerund nouns in -ings after a stem of four letters or more.
 */
const NOUN_PLURAL_ENDINGS = /(?:ments|tions|sions|ances|ences|ities|nesses|ships|ists|ians|\w{4}ings)$/;

/** Present verbs that end like plural nouns ("He comments", "the agency sanctions"). */
const VERBS_WITH_NOUN_ENDINGS: ReadonlySet<string> = new Set([
  'comments', 'implements', 'documents', 'laments', 'supplements', 'questions', 'mentions', 'sanctions', 'functions',
  'positions', 'petitions', 'rations', 'stations', 'cautions', 'auditions', 'conditions', 'experiments', 'cements',
]);

/** Conjunctions that open a condition ("if talks failed by Friday", "unless the company improved its offer"). */
const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * Verbs of a threat or a warning whose condition is still to come ("threatened to strike if", "warned it would").
 * Id: `tense/threat-verbs` (round 16); source: strike, ultimatum and veto copy of wire reports.
 */
const THREAT_VERBS: ReadonlySet<string> = new Set(['threatened', 'threatens', 'warned', 'warns', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises']);

/** Words that end the search for a condition's main clause (another sentence's verb of its own, a stop). */
const CONDITION_REACH = 16;

/**
 * "The union threatened to strike if no agreement was reached by Friday", "said they would walk out unless the
 * company improved its offer by Thursday", "if the bill passed on Thursday he would sign it": the past of a condition
 * under "would", "could", "might" or a threat is the future seen from the past, so its time lies ahead of the telling
 * (round 16; was last Friday). A past perfect ("if the bill had passed") or "would have" is a condition that failed.
 */
function hypotheticalCondition(tokens: readonly Token[], start: number): boolean {
  let open = -1;
  let pastVerb = false;
  let pastFinite = false;
  for (let k = start - 1; k >= Math.max(0, start - CONDITION_REACH); k--) {
    const t = tokens[k]!;
    if (clauseStop(tokens, k) || clauseComma(tokens, k)) return false;
    if (CONDITION_OPENERS.has(t.lower)) { open = k; break; }
    if (t.lower === 'had' || (CLAUSE_OPENERS.has(t.lower) && t.lower !== 'that')) return false;
    if (isPastForm(t) || t.lower === 'was' || t.lower === 'were' || t.lower === 'did') {
      pastVerb = true;
      // ("if a deal is reached": a participle after a present "be" is no past of the condition)
      if (!PRESENT_BE.has(tokens[k - 1]?.lower ?? '')) pastFinite = true;
    }
  }
  if (open < 0 || QUESTION_BEFORE_IF.has(tokens[open - 1]?.lower ?? '')) return false;
  // "Workers will return Monday if a deal is reached by Sunday night", "The union will strike unless the company
  // improves its offer by Friday": a condition in the present under "will" is still to come too (round 17; Sunday
  // night was last week's)
  const main = (k: number) => (pastVerb && conditionalMain(tokens, k)) || (!pastFinite && (conditionalMain(tokens, k) || futureMain(tokens, k)));
  for (let k = open - 1; k >= Math.max(0, open - CONDITION_REACH); k--) {
    if (clauseStop(tokens, k)) break;
    if (main(k)) return true;
  }
  // "if the bill passed on Thursday, he would sign it": the main clause after the condition
  for (let k = start + 1; k < Math.min(tokens.length, start + CONDITION_REACH); k++) {
    if (clauseStop(tokens, k)) break;
    if (main(k)) return true;
  }
  return false;
}

/** A future modal that is no "will have" at `k` ("will return", "'ll strike"). */
function futureMain(tokens: readonly Token[], k: number): boolean {
  const l = tokens[k]!.lower;
  if (l !== 'will' && l !== "'ll" && l !== 'shall') return false;
  const verb = nextVerbWord(tokens, k);
  return verb?.lower !== 'have' && verb?.lower !== "'ve";
}

/** Words before an "if" that asks or doubts ("asked if the plane crashed on Friday", "unclear if"): no condition. */
const QUESTION_BEFORE_IF: ReadonlySet<string> = new Set([
  'asked', 'ask', 'asks', 'asking', 'wondered', 'wonder', 'unclear', 'clear', 'know', 'knew', 'known', 'sure', 'certain',
  'see', 'determine', 'check', 'say', 'said', 'tell', 'told', 'even', 'as', 'only',
]);

/** A conditional modal that is no "would have", or a verb of threat, at `k`. */
function conditionalMain(tokens: readonly Token[], k: number): boolean {
  const l = tokens[k]!.lower;
  if (THREAT_VERBS.has(l)) return true;
  if (l !== 'would' && l !== 'could' && l !== 'might' && l !== "'d") return false;
  const verb = nextVerbWord(tokens, k);
  return verb?.lower !== 'have' && verb?.lower !== "'ve";
}

/**
 * Verbs of predicting an outcome. Id: `tense/prediction-verbs` (round 16); source: poll and race copy of election
 * reports ("Polls predicted a big win for X on Tuesday").
 */
const PREDICTION_VERBS: ReadonlySet<string> = new Set(['predicted', 'forecast', 'projected', 'predicting', 'forecasting', 'projecting', 'predict', 'predicts', 'forecasts', 'projects']);

/** Nouns of an outcome a prediction names, whose time is the happening's ("a big win", "a narrow victory"). */
const OUTCOME_NOUNS: ReadonlySet<string> = new Set(['win', 'victory', 'defeat', 'loss', 'landslide', 'sweep', 'upset', 'turnout', 'rout', 'triumph']);

/**
 * "Polls predicted a big win for Clinton on Tuesday" (a Monday report), "Surveys forecast a narrow victory for Trump on
 * Tuesday": a time after the outcome a prediction names is the outcome's, so it lies near the telling on either side
 * (the coming Tuesday told on Monday, the past one told on Wednesday; round 16, was always last Tuesday). "Analysts
 * predicted a recession on Friday" (no outcome noun) keeps the prediction's past.
 */
function predictedOutcome(tokens: readonly Token[], start: number): Tense | null {
  let outcome = -1;
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    const t = tokens[k]!;
    if (clauseStop(tokens, k) || clauseComma(tokens, k)) return null;
    if (OUTCOME_NOUNS.has(t.lower)) { outcome = k; break; }
  }
  if (outcome < 0) return null;
  for (let k = outcome - 1; k >= Math.max(0, outcome - 4); k--) {
    const l = tokens[k]!.lower;
    // "are predicting a landslide in Sunday's vote", "predicts a win": a prediction still made now looks ahead
    if (PREDICTION_VERBS.has(l)) return tokens[k - 1]?.lower === 'had' ? null : /(?:ing|s)$/.test(l) ? 'future' : 'present';
    if (clauseStop(tokens, k) || clauseComma(tokens, k) || isPastForm(tokens[k]!)) return null;
  }
  return null;
}

/** Participles of publishing that open an aside with its day ("The report, released Friday, ..."). */
const RELEASE_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'published', 'issued', 'announced', 'unveiled', 'presented', 'delivered']);

/**
 * "The jobs report, released Friday, is expected to show gains", "The figures, published on Tuesday, will show": a
 * publishing participle in an aside takes the tense of the main verb after it, since a report still expected to show
 * something is not out yet (round 14; was last Friday). "The report, released Friday, showed" keeps the past.
 */
function releaseAhead(tokens: readonly Token[], start: number, end: number): boolean {
  const k = tokens[start - 1]?.lower === 'on' ? start - 2 : start - 1;
  if (!RELEASE_PARTICIPLES.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',' || tokens[end]?.text !== ',') return false;
  for (let p = end + 1; p < Math.min(tokens.length, end + 5); p++) {
    if (PRESENT_AUX.has(tokens[p]!.lower)) continue; // "is expected to show": the participle after it decides
    const cue = cueAt(tokens, p, false);
    if (cue) return cue === 'future';
  }
  return false;
}

/** The "(" of a parenthesis of at most four tokens closing at `close`, or -1. */
function shortParenthesisOpen(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - 5); k--) {
    if (tokens[k]!.text === '(') return k;
    if (tokens[k]!.text === ')') return -1;
  }
  return -1;
}

/** The most tokens a relative aside set off by commas holds ("which ended Dec. 31", "who met in Brussels last week"). */
const ASIDE_REACH = 14;

/**
 * The opening comma of a relative clause set off by commas that the comma at `close` ends (", which ended Dec. 31,"),
 * or -1. The comma must close it right before the time's own words: no other comma or stop lies inside.
 */
function relativeAsideOpen(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= Math.max(1, close - ASIDE_REACH); k--) {
    const t = tokens[k]!;
    if (clauseStop(tokens, k) || clauseComma(tokens, k)) return -1;
    if (RELATIVE_PRONOUNS.has(t.lower)) return clauseComma(tokens, k - 1) && k < close - 2 ? k - 1 : -1;
  }
  return -1;
}

/** Prepositions of a time after a period's closing date ("ended Dec. 31 on Jan. 18", "ended in June by Friday"). */
const AFTER_CLOSING_DATE: ReadonlySet<string> = new Set(['on', 'in', 'by', 'at', 'next', 'this', 'later']);

/**
 * "will report results for the quarter ended Dec. 31 on Jan. 18": a closing participle right after a period noun, with
 * its own date between it and the time, describes the period and is no verb of the time's clause (round 16; Jan. 18
 * was last year's).
 */
function closingParticipleBefore(tokens: readonly Token[], k: number, start: number): boolean {
  const l = tokens[k]?.lower ?? '';
  if ((l !== 'ended' && l !== 'ending') || !PERIODS_ENDING.has(tokens[k - 1]?.lower ?? '')) return false;
  if (!AFTER_CLOSING_DATE.has(tokens[start - 1]?.lower ?? '') || start - k < 3) return false;
  for (let p = k + 1; p < start - 1; p++) if (tokens[p]!.kind === 'num' || MONTHS.has(tokens[p]!.lower)) return true;
  return false;
}

/** How far back a time looks for its clause's verb when nothing nearer gives a tense. */
const LONG_WINDOW = 30;

/**
 * The nearest verb cue to the left of `start` within `reach` tokens and the clause; `aside` tells that the scan
 * stopped at a relative pronoun after a comma.
 */
/**
 * "ordered him to appear for sentencing on Nov. 13", "asked to return for a hearing on Monday": an -ing form after
 * "for" or a determiner is a noun, which does not detach the time from the infinitive before it (round 17; the
 * order's past made Nov. 13 last year's). Id: `tense/nominal-gerunds`.
 */
function nominalGerund(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  return before === 'for' || ATTRIBUTIVE_DETERMINERS.has(before);
}

function leftCue(tokens: readonly Token[], start: number, reach: number, headline: boolean): { cue: Tense | null; aside: boolean } {
  // A comma or an -ing form between an infinitive and the time detaches them: in "continues to emerge, with
  // media reporting on Wednesday" the time belongs to "reporting", not to "to emerge".
  let detached = false;
  for (let k = start - 1; k >= Math.max(0, start - reach); k--) {
    // "is due at 8:30 a.m. EDT (1230 GMT) on Friday": a short parenthesis (a clock in another zone) does not end the
    // clause; the scan goes on before it (round 13; "Friday" was last week's)
    const open = tokens[k]?.text === ')' ? shortParenthesisOpen(tokens, k) : -1;
    if (open >= 0) { k = open; continue; }
    const token = tokens[k];
    // "Voting ends at 8 p.m. (0100 GMT Wednesday)": a day inside the conversion of a clock time to another zone takes
    // the verb outside the parenthesis (round 19; was last Wednesday)
    if (token?.text === '(' && zoneConversionOpen(tokens, k)) continue;
    if (!token || clauseStop(tokens, k)) break;
    // "will report results for the quarter, which ended Dec. 31, on Jan. 18": a relative clause set off by commas
    // before the time is an aside; the time belongs to the verb before it (round 16; was last year's Jan. 18)
    const aside = clauseComma(tokens, k) ? relativeAsideOpen(tokens, k) : -1;
    if (aside >= 0) { k = aside; continue; }
    if (closingParticipleBefore(tokens, k, start)) continue;
    const viaInfinitive = infinitiveAt(tokens, k) || (SCHEDULE_VERBS.has(token.lower) && tokens[k - 1]?.lower === 'to');
    const cue = detached && viaInfinitive ? null : cueAt(tokens, k, headline);
    if (cue) return { cue, aside: false };
    // "Dorn, who faces an election in May, vowed ...": a time inside a relative clause set off by commas is that
    // clause's, and the main verb after the closing comma does not date it
    if (CLAUSE_OPENERS.has(token.lower)) return { cue: null, aside: RELATIVE_PRONOUNS.has(token.lower) && tokens[k - 1]?.text === ',' };
    if (clauseComma(tokens, k) || (token.kind === 'word' && !token.cap && token.lower.length > 5 && token.lower.endsWith('ing') && !NOT_GERUNDS.has(token.lower) && !nominalGerund(tokens, k))) detached = true;
  }
  return { cue: null, aside: false };
}
