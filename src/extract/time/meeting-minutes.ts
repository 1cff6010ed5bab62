import { tok, w, type TokenSeq } from './token-seq.js';

/** Words before "minutes of" that make it a length ("within minutes of the blast", "only minutes of play"). */
const MINUTES_LENGTH_LEADS: ReadonlySet<string> = new Set([
  'within', 'in', 'for', 'after', 'only', 'just', 'mere', 'few', 'several', 'some', 'many', 'last', 'final', 'first',
  'closing', 'opening', 'ten', 'fifteen', 'twenty', 'thirty', 'forty', 'sixty',
]);

/**
 * Bodies and meetings whose record "minutes" names ("the Fed minutes", "board minutes", "FOMC minutes"). Id:
 * `times/minutes-record` (round 23); source: central-bank and company-board copy.
 */
const RECORD_KEEPERS: ReadonlySet<string> = new Set([
  'meeting', 'board', 'policy', 'committee', 'council', 'cabinet', 'session', 'fed', 'fomc', 'ecb', 'boj', 'boe', 'rba',
  'rbi', 'mpc', 'snb', 'rbnz',
]);

/** Verbs of telling or showing whose subject "the minutes" is the record ("The minutes showed officials split"). */
const RECORD_TELLING: ReadonlySet<string> = new Set([
  'showed', 'show', 'shows', 'revealed', 'reveal', 'reveals', 'suggested', 'suggest', 'suggests', 'indicated', 'indicate',
  'indicates', 'said', 'say', 'says', 'noted', 'note', 'notes', 'stated', 'highlighted', 'signalled', 'signaled',
  'confirmed', 'released', 'published',
]);

/** Words after a form of "be" that make "the minutes" a document ("were released", "are due"). */
const RECORD_STATES: ReadonlySet<string> = new Set(['released', 'published', 'due', 'out']);

/** Verbs that read or issue the record ("scour the minutes", "according to the minutes", "released minutes"). */
const RECORD_HANDLING: ReadonlySet<string> = new Set([
  'to', 'scour', 'scoured', 'read', 'release', 'released', 'publish', 'published', 'approve', 'approved', 'review',
  'reviewed', 'study', 'studied', 'examine', 'examined', 'parse', 'parsed',
]);

/**
 * "the minutes of the meeting", "the board's minutes", "The minutes showed officials were split", "according to the
 * minutes": the record of a meeting, not a length of time (round 23 widened the round-9 reading of "minutes of" to a
 * possessive or a body before it, a verb of showing after it and a verb of reading before it; "The minutes showed"
 * was PTXM). "within minutes of the blast", "In the minutes after the blast" stay lengths. `j` is the "minutes" token.
 */
export function minutesAsRecord(s: TokenSeq, j: number): boolean {
  const before = w(s, j - 1);
  if (w(s, j + 1) === 'of') return minutesOfMeeting(s, j);
  if (before === "'s" || before === '’s' || RECORD_KEEPERS.has(before)) return true;
  const determined = before === 'the' || before === 'its' || before === 'their';
  if (RECORD_HANDLING.has(determined ? w(s, j - 2) : before) && (determined || before !== 'to')) return true;
  if (!determined && j > 0) return false; // "Minutes showed ...", opening the sentence, is read as "The minutes" is
  const after = w(s, j + 1) === ',' ? w(s, j + 2) : w(s, j + 1);
  if (RECORD_TELLING.has(after)) return true;
  return /^(?:were|are|is|was|will)$/.test(after) && RECORD_STATES.has(w(s, j + 2) === 'be' ? w(s, j + 3) : w(s, j + 2));
}

/** "the minutes of the meeting", "Minutes of the Fed's July meeting", not "within minutes of the blast" (round 9). */
function minutesOfMeeting(s: TokenSeq, j: number): boolean {
  if (w(s, j - 1) === 'the') return true;
  if (j > 0 && MINUTES_LENGTH_LEADS.has(w(s, j - 1))) return false;
  const next = tok(s, j + 2);
  return !!next && (['the', 'its', 'their', 'a', 'his', 'her', 'this', 'that', 'last'].includes(next.lower) || (next.cap && next.kind === 'word'));
}
