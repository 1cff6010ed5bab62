import type { TaggedSentence } from '../nlp/tokens.js';
import { lookupCountry } from '../nlp/gazetteer.js';
import type { ProposedName } from './names.js';

/**
 * Names joined by "&" ("Procter & Gamble", "Johnson & Johnson", "Merrill Lynch & Co.", "Marks & Spencer"): a firm's
 * name written with an ampersand is one organisation; the tagger, which saw few of them, cuts it at the "&" and
 * types the founders' names as persons. Up to three capitalised words on each side, or "Co.", "Sons", "Company" on the
 * right. Single letters ("R&D", "M&A", "Q&A") are abbreviations, not names, a country or territory written with
 * an ampersand ("Trinidad & Tobago") stays a place, and authors cited with a year ("Dye & Bavelier, 2010") stay persons.
 */
const AMPERSAND_NAME = /(?<![\p{L}\p{M}'’.&-])\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,2}\s*&\s*(?:Co\.|Co\b|Sons\b|Company\b|\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/gu;

/** Whether a name's first word is a capital that only opens the sentence ("Shares", "Yesterday" are none of the name). */
function opensSentenceOnly(sentence: TaggedSentence, start: number, proposals: readonly ProposedName[]): boolean {
  return start === sentence.start && !proposals.some((p) => p.start === start);
}

/** Merges the proposals over an ampersand name into one organisation, in place. */
export function ampersandCompanies(sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const m of sentence.text.matchAll(AMPERSAND_NAME)) {
    let start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (lookupCountry(m[0].replace(/\s*&\s*/, ' and ')) !== undefined) continue;
    // "(Benioff & Weiss, 2013)", "Carrano & Biewener [7]": authors cited by year or number are persons
    if (/^\s*,?\s*(?:\d{4}\b|\[\d)/.test(sentence.text.slice(end - sentence.start, end - sentence.start + 8))) continue;
    const overlapping = proposals.filter((p) => p.start < end && start < p.end);
    if (overlapping.length === 0 || overlapping.some((p) => p.start < start || p.end > end)) continue;
    // "Yesterday Procter & Gamble said": a capital that only opens the sentence is no part of the name
    // ("Standard & Poor's cut", "Marks & Spencer reported": a name of one word before the "&" is the name's own)
    if (/\s/.test(m[0].split('&')[0]?.trim() ?? '') && opensSentenceOnly(sentence, start, proposals)) start = Math.min(...overlapping.map((p) => p.start));
    for (const p of overlapping) proposals.splice(proposals.indexOf(p), 1);
    proposals.push({ start, end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}
