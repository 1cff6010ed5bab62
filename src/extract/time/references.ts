// References to the present, past and future: now, recently, soon, in the past, the future.
import { GENERIC_TODAY_NOUNS, PRESENT_ADJECTIVES, REF_PHRASES, REF_WORDS } from './lexicon.js';
import { parseQuantity, unitAt } from './numbers.js';
import { attached, clauseEnd, fixed, match, tok, w, type Rule, type TokenSeq } from './token-seq.js';
import type { TimeMatch } from './spec.js';

/** Prepositions that make "this point", "the moment" a time ("at this point", "for the moment"). */
const REF_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'of', 'until', 'till', 'from', 'to', 'by']);

/** Words after "the moment", "this point" that tie it to an event ("at the moment of the attack", "at the point when"). */
const DESCRIBED_MOMENT: ReadonlySet<string> = new Set(['of', 'when', 'that', 'which', 'where', 'he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** "before long", "back then", "in years past", "for the time being", "at this point", "a while ago". */
function refPhrase(s: TokenSeq, i: number): TimeMatch | null {
  let best: TimeMatch | null = null;
  for (const p of REF_PHRASES) {
    if (!p.words.every((word, k) => w(s, i + k) === word)) continue;
    if (p.afterPreposition && (!REF_PREPOSITIONS.has(w(s, i - 1)) || DESCRIBED_MOMENT.has(w(s, i + p.words.length)))) continue;
    if (p.words[0] === 'years' || p.words[0] === 'days' || p.words[0] === 'times') {
      if (tok(s, i - 1)?.kind === 'num' || parseQuantity(s, i - 1)) continue; // "ten years past the deadline"
    }
    const end = i + p.words.length;
    if (p.words[1] === 'late' && !clauseEnd(s, end)) continue; // "the widow of late President Kennedy"
    if (!best || end > best.end) best = match(i, end, fixed(p.value, 'date', 'reference'), 'ref-phrase');
  }
  return best;
}

/**
 * "present-day", "modern-day" before a noun: an adjective of the present (PRESENT_REF). "today's" before a noun of
 * the age ("today's youth") and "of today" after a noun ("the Europe of today") are the present age, not the day.
 */
function presentAdjective(s: TokenSeq, i: number): TimeMatch | null {
  const l = w(s, i);
  if (PRESENT_ADJECTIVES.has(l) && w(s, i + 1) === '-' && attached(s, i + 1) && w(s, i + 2) === 'day' && attached(s, i + 2)) {
    return match(i, i + 3, fixed('PRESENT_REF', 'date', 'reference'), 'ref-adjective');
  }
  if (l === 'today' && w(s, i + 1) === "'s" && GENERIC_TODAY_NOUNS.has(w(s, i + 2))) {
    return match(i, i + 2, fixed('PRESENT_REF', 'date', 'reference'), 'ref-adjective');
  }
  if (l === 'today' && w(s, i - 1) === 'of' && w(s, i + 1) !== "'s" && tok(s, i - 2)?.kind === 'word' && !['end', 'rest', 'events', 'morning', 'afternoon', 'evening'].includes(w(s, i - 2))) {
    return match(i, i + 1, fixed('PRESENT_REF', 'date', 'reference'), 'ref-adjective');
  }
  // "the problems we face today", "as we know it today": a stative present closing its clause speaks of the age.
  if (l === 'today' && STATIVE_BEFORE_TODAY.has(w(s, i - 1)) && (clauseEnd(s, i + 1) || ['is', 'are', 'was', 'were'].includes(w(s, i + 1)))) {
    return match(i, i + 1, fixed('PRESENT_REF', 'date', 'reference'), 'ref-adjective');
  }
  return null;
}

/** Present verbs of state after which a clause-final "today" means "nowadays". */
const STATIVE_BEFORE_TODAY: ReadonlySet<string> = new Set(['have', 'exist', 'exists', 'face', 'know', 'live', 'see', 'it']);

/** "today's youth", "the Europe of today", "the problems we face today": the present age (PRESENT_REF). */
export const presentAge: Rule = (s, i) => (w(s, i) === 'today' ? presentAdjective(s, i) : null);

/** Determiners and prepositions after which "formerly", "currently" describe rather than date. */
const ADVERB_OBJECTS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'under', 'in', 'at', 'on', 'with', 'for', 'of', 'from', 'by', 'known', 'called', 'named',
]);

/** Words after "Now," that make it a word of discourse ("Now, let me be clear"), not the present. */
const DISCOURSE_AFTER_NOW: ReadonlySet<string> = new Set(['let', 'look', 'listen', 'remember', 'mind', 'see', 'well', 'then']);

/**
 * "every now and then", "now and again": a frequency idiom; "Now, let me be clear", "Now then": a word of
 * discourse. Neither is the present time annotators mark.
 */
function discourseNow(s: TokenSeq, i: number): boolean {
  const next = w(s, i + 1);
  if (next === 'and' && (w(s, i + 2) === 'then' || w(s, i + 2) === 'again')) return true;
  const opens = i === 0 || ['"', '“', "'", '(', '—', '-'].includes(w(s, i - 1));
  if (!opens) return false;
  if (next === 'then') return true;
  return next === ',' && DISCOURSE_AFTER_NOW.has(w(s, i + 2));
}

export const reference: Rule = (s, i) => {
  const l = w(s, i);
  const next = w(s, i + 1);
  const phrase = refPhrase(s, i) ?? presentAdjective(s, i);
  if (phrase) return phrase;
  if (l === 'today') return null; // the day itself is relativeDay's
  const value = REF_WORDS.get(l);
  if (value) {
    if (next === '-' && attached(s, i + 1)) return null; // "the now-cancelled deal", "the soon-to-open terminal"
    if (l === 'now' && discourseNow(s, i)) return null;
    // Before a noun phrase or a prepositional phrase the adverb qualifies a description, not an event:
    // "formerly an Apple executive", "currently under development".
    if (l !== 'now' && (ADVERB_OBJECTS.has(next) || (w(s, i + 2) === '-' && attached(s, i + 2)))) return null;
    if ((l === 'soon' || l === 'shortly') && ['after', 'before', 'thereafter', 'afterwards', 'as'].includes(next)) return null;
    if (l === 'soon' && (w(s, i - 1) === 'as' || w(s, i - 1) === 'too')) return null;
    // "as recently as Friday", "as recently as 1990": the time is the one named after it
    if (l === 'recently' && w(s, i - 1) === 'as' && next === 'as') return null;
    return match(i, i + 1, fixed(value, 'date', 'reference'), 'ref');
  }
  if ((l === 'more' || l === 'most' || l === 'until' || l === 'only') && next === 'recently') {
    return match(i, i + 2, fixed('PAST_REF', 'date', 'reference'), 'ref');
  }
  // "moments ago", "a moment ago", "a few moments ago": the recent past, as "minutes ago" is (broadcast copy; round 12)
  const moment = l === 'a' && next === 'few' ? i + 2 : l === 'a' ? i + 1 : i;
  if ((w(s, moment) === 'moments' || (w(s, moment) === 'moment' && moment === i + 1)) && w(s, moment + 1) === 'ago') {
    return match(i, moment + 2, fixed('PAST_REF', 'date', 'reference'), 'ago');
  }
  if (l === 'at' && next === 'present') return match(i, i + 2, fixed('PRESENT_REF', 'date', 'reference'), 'ref');
  if (l === 'at' && next === 'the' && w(s, i + 2) === 'moment' && !DESCRIBED_MOMENT.has(w(s, i + 3))) return match(i, i + 3, fixed('PRESENT_REF', 'date', 'reference'), 'ref');
  if (l === 'these' && next === 'days') return match(i, i + 2, fixed('PRESENT_REF', 'date', 'reference'), 'ref');
  if (l === 'the') {
    if (next === 'past' && !parseQuantity(s, i + 2) && !unitAt(s, i + 2)) return match(i, i + 2, fixed('PAST_REF', 'date', 'reference'), 'ref');
    if (next === 'future' && w(s, i + 2) !== 'of') return match(i, i + 2, fixed('FUTURE_REF', 'date', 'reference'), 'ref'); // not "the future of X"
    if ((next === 'near' || next === 'distant' || next === 'foreseeable') && w(s, i + 2) === 'future') {
      return match(i, i + 3, fixed('FUTURE_REF', 'date', 'reference'), 'ref');
    }
  }
  return null;
};
