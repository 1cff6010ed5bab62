import { CALENDAR_WORDS } from '../nlp/gazetteer/lexicon.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { replaceOverlapping } from './name-context-repairs.js';
import type { ProposedName } from './names.js';

/**
 * A form of names of Southeast Asian business copy the tagger's data lacks (NOTES.md, issue 12, round 25): Indonesian
 * companies written between "PT" and "Tbk".
 */

const WORD = String.raw`\p{Lu}[\p{L}\p{M}&'’-]*`;
/**
 * "PT Sinar Harapan Abadi Tbk", "PT Cahaya Timur said": "PT" (perseroan
 * terbatas, a limited company) opens an Indonesian company's name, "Tbk" (terbuka, listed)
 * closes it ("(Persero)", state-owned, stays outside as a bracket). Source: the legal forms of Indonesian company law; id `names.indonesian-company-forms`.
 */
const PT_COMPANY = new RegExp(String.raw`(?<![\p{L}\p{M}.])PT (${WORD}(?: ${WORD}){0,4})( Tbk\b)?`, 'gu');

/**
 * "Indonesia's PT Sinar Harapan Abadi Tbk said" gave an organisation "Abadi", "PT Cahaya Timur said" a person: the
 * name from "PT" to its closing form is one company. "10 a.m. PT Tuesday" (Pacific time) is left: a clock or a
 * number before it, or a calendar word after it.
 */
export function indonesianCompanies(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes('PT ')) return;
  for (const m of body.matchAll(PT_COMPANY)) {
    const at = m.index ?? 0;
    const words = (m[1] as string).split(' ');
    if (/(?:\d|[ap]\.?m\.?)\s*$/u.test(body.slice(Math.max(0, at - 8), at)) || CALENDAR_WORDS.has((words[0] as string).toLowerCase())) continue;
    // ("PT Sinar Harapan Abadi Tbk said": a sentence's next capitalised word is not the name's, but "Tbk" ends it)
    const start = sentence.start + at;
    const end = start + m[0].length;
    // a proposal reaching past the name (a longer body) is left
    if (proposals.some((p) => p.start < end && start < p.end && (p.start < start || p.end > end))) continue;
    replaceOverlapping(proposals, { start, end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}
