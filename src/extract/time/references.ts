// References to the present, past and future: now, recently, soon, in the past, the future.
import { REF_WORDS } from './lexicon.js';
import { parseQuantity, unitAt } from './numbers.js';
import { attached, fixed, match, w, type Rule } from './token-seq.js';

/** Determiners and prepositions after which "formerly", "currently" describe rather than date. */
const ADVERB_OBJECTS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'under', 'in', 'at', 'on', 'with', 'for', 'of', 'from', 'by', 'known', 'called', 'named',
]);

export const reference: Rule = (s, i) => {
  const l = w(s, i);
  const next = w(s, i + 1);
  const value = REF_WORDS.get(l);
  if (value) {
    if (next === '-' && attached(s, i + 1)) return null; // "the now-cancelled deal", "the soon-to-open terminal"
    // Before a noun phrase or a prepositional phrase the adverb qualifies a description, not an event:
    // "formerly an Apple executive", "currently under development".
    if (l !== 'now' && (ADVERB_OBJECTS.has(next) || (w(s, i + 2) === '-' && attached(s, i + 2)))) return null;
    if ((l === 'soon' || l === 'shortly') && ['after', 'before', 'thereafter', 'afterwards', 'as'].includes(next)) return null;
    if (l === 'soon' && (w(s, i - 1) === 'as' || w(s, i - 1) === 'too')) return null;
    return match(i, i + 1, fixed(value, 'date', 'reference'), 'ref');
  }
  if ((l === 'more' || l === 'most' || l === 'until' || l === 'only') && next === 'recently') {
    return match(i, i + 2, fixed('PAST_REF', 'date', 'reference'), 'ref');
  }
  if (l === 'at' && next === 'present') return match(i, i + 2, fixed('PRESENT_REF', 'date', 'reference'), 'ref');
  if (l === 'at' && next === 'the' && w(s, i + 2) === 'moment') return match(i, i + 3, fixed('PRESENT_REF', 'date', 'reference'), 'ref');
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
