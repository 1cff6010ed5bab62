import type { TaggedSentence } from '../nlp/tokens.js';
import { ORG_HEAD_WORDS } from '../nlp/lexicon/organizations.js';
import { CALENDAR_WORDS } from '../nlp/gazetteer/lexicon.js';
import type { ProposedName } from './names.js';
import { replaceWithin } from './name-kind-repairs.js';

/**
 * Body names whose inner words the tagger reads as plain English, probed in round 24 (NOTES.md, issue 12, round 24,
 * helper names25): a party or league opened by a capitalised "All" ("the All Progressives Congress", "the All
 * Basotho Convention"), which the tagger reads as the determiner and cuts to its head or drops; and a movement or
 * front whose aim follows "for a" ("the Union for a Popular Movement", "the Alliance of Patriots for a Free and
 * Sovereign Congo"), which it cut at "for a" and whose last word then became a person or a place of its own (a
 * country in the aim turned into a person over the whole article).
 */

/** The per-sentence repairs of this module, in order (called after ./name-definition-repairs.ts). */
export function nameLongBodyRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  bodiesOpenedByAll(text, sentence, proposals);
  bodiesWithAnAim(text, sentence, proposals);
  bodiesForGerundAims(text, sentence, proposals);
  proposals.sort((a, b) => a.start - b.start);
}

/** Heads of parties and leagues beyond the shared organisation heads ("All Basotho Convention"). */
const EXTRA_HEADS = new Set(['convention', 'conference', 'campaign', 'rally', 'congress']);

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;

/**
 * A capitalised "All" with one to four capitalised words after it, compiled once. Only the words up to the last
 * head word make the name ("the All Progressives Congress faction").
 */
const ALL_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])All((?: ${WORD}){1,5})`, 'gu');

/**
 * "Bola Tinubu's All Progressives Congress", "members of the All Basotho Convention": a capitalised "All" inside a
 * sentence, then capitalised words ending in a body's head, is one body. The sentence's first word is left ("All
 * Labour Party members voted" opens with the determiner). Proposals inside the span are replaced.
 */
export function bodiesOpenedByAll(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(ALL_RUN)) {
    const at = m.index as number;
    if (!/\S\s+$/u.test(slice.slice(0, at)) || /[.!?:"“]\s+$/u.test(slice.slice(0, at))) continue;
    const words = (m[1] as string).trim().split(' ');
    const last = words.findLastIndex((w) => isHead(w));
    if (last < 0) continue;
    const start = sentence.start + at;
    const end = start + 'All '.length + words.slice(0, last + 1).join(' ').length;
    replaceWithin(proposals, { start, end, type: 'ORG' });
  }
}

/**
 * A head of a movement or a coalition, perhaps with capitalised words and "of" before it, then "for a/an" and
 * capitalised words joined by "and"/"of" (the aim), compiled once: "Union for a Popular Movement", "Alliance of
 * Patriots for a Free and Sovereign Congo", "Coalition for a Democratic Future".
 */
const AIM_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])((?:${WORD} (?:of (?:the )?)?){0,3}${WORD}) for an? (${WORD}(?: (?:(?:and|of|of the) )?${WORD}){0,5})`,
  'gu',
);

/**
 * "The Union for a Popular Movement won", "the Alliance of Patriots for a Free and Sovereign Congo denied": a body's
 * head and "for a" with a capitalised aim after it is one name. The run before "for" must end in a head word
 * ("voted for a Labour candidate" has none); the aim stops before a calendar word or a possessive's "'s".
 */
export function bodiesWithAnAim(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(AIM_RUN)) {
    const lead = openingOfBody(m[1] as string);
    const aim = aimWords(m[2] as string);
    if (lead < 0 || aim.length === 0) continue;
    const start = sentence.start + (m.index as number) + lead;
    const end = sentence.start + (m.index as number) + (m[0] as string).length - (m[2] as string).length + aim.length;
    replaceWithin(proposals, { start, end, type: 'ORG' });
  }
}

/**
 * Where the body's name opens in the capitalised run before "for a", or -1 when the run holds no head word: at the
 * first part (split at "of (the)") holding a head, after a sentence's "The" ("Leaders of the Movement" opens at
 * "Movement", "The Alliance of Patriots" at "Alliance").
 */
function openingOfBody(run: string): number {
  const parts = run.split(/( of (?:the )?)/u);
  let offset = 0;
  for (let k = 0; k < parts.length; k += 2) {
    const part = parts[k] as string;
    if (part.split(' ').some((w) => isHead(w))) return offset + (/^(?:The|In|At|For|From|By|On|And|But) /u.exec(part)?.[0].length ?? 0);
    offset += part.length + (parts[k + 1] ?? '').length;
  }
  return -1;
}

/**
 * Capitalised words (no possessive), perhaps joined by "of (the)", then "for", a capitalised gerund and one to five
 * capitalised words; compiled once: "Dicastery for Promoting Integral Human Development".
 */
const GERUND_AIM_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}-]* (?:of (?:the )?)?){1,4})for (\p{Lu}\p{Ll}+ing(?: (?:(?:and|of|of the) )?${WORD}){1,5})`,
  'gu',
);

/**
 * "The Vatican's Dicastery for Promoting Integral Human Development", "Partners for Ending Hunger said": a name whose
 * aim is a capitalised gerund after "for" is one body from the capitalised words before "for" (the tagger opened a
 * body at the gerund, read its words as a person, or proposed nothing). A sentence's "The" stays out, and a person
 * proposed before "for" leaves the words alone.
 */
export function bodiesForGerundAims(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(GERUND_AIM_RUN)) {
    const run = m[1] as string;
    const lead = /^(?:The|A|An|In|At|For|From|By|On|And|But) /u.exec(run)?.[0].length ?? 0;
    const aim = aimWords(m[2] as string);
    if (lead === run.length || !/\s/u.test(aim)) continue;
    const start = sentence.start + (m.index as number) + lead;
    const runEnd = sentence.start + (m.index as number) + run.length;
    // ("thanked Maria Lopez for Hosting ...": a person read before "for" is thanked for something, no body's head)
    if (proposals.some((p) => p.type === 'PER' && p.start < runEnd && start < p.end)) continue;
    replaceWithin(proposals, { start, end: runEnd + 'for '.length + aim.length, type: 'ORG' });
  }
}

/** The aim's words up to the last capitalised one before a calendar word, without a trailing possessive. */
function aimWords(aim: string): string {
  const words = aim.split(' ');
  const calendar = words.findIndex((w) => CALENDAR_WORDS.has(w.toLowerCase()));
  const kept = calendar < 0 ? words : words.slice(0, calendar);
  while (kept.length > 0 && !/^\p{Lu}/u.test(kept[kept.length - 1] as string)) kept.pop();
  return kept.join(' ').replace(/['’]s?$/u, '');
}

/** Whether a word (any case) is the head of a body's name. */
function isHead(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s?$/u, '');
  return ORG_HEAD_WORDS.has(w) || EXTRA_HEADS.has(w);
}

