import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { CALENDAR_WORDS } from '../nlp/gazetteer/lexicon.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { OFFICE_ROLES, ROLE_APPOSITION_AFTER } from './name-context-repairs.js';
import type { ProposedName } from './names.js';

/** One capitalised word opening a sentence, set off by a comma ("Luhut, the coordinating minister,"). */
const OPENING_WORD = /^(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?=\s*,)/u;

/**
 * A one-word name opening a sentence before an apposition headed by a person's office is that person (NOTES.md,
 * issue 12, round 25): Indonesian and other single names ("Luhut, the coordinating minister, declined to comment")
 * gave nothing, "Anwarul, the party's spokesman, said" an organisation. `personsBeforeRoleApposition`
 * (./name-context-repairs.ts) reads names of two or three words only. A word of English ("However, the minister
 * said"), a calendar word, a country, a demonym or a town is left; so is a name the tagger typed a person.
 */
export function mononymsBeforeRoleApposition(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const body = text.slice(sentence.start, sentence.end);
  const word = OPENING_WORD.exec(body)?.[1];
  if (word === undefined) return;
  const [start, end] = [sentence.start, sentence.start + word.length];
  const role = ROLE_APPOSITION_AFTER.exec(text.slice(end, end + 80))?.[1];
  if (role === undefined || !OFFICE_ROLES.has(role)) return;
  const lower = word.toLowerCase();
  if (isEnglishWord(lower) || CALENDAR_WORDS.has(lower) || lookupCountry(word) || lookupDemonym(word) || lookupCity(word)) return;
  const inside = proposals.filter((p) => p.start < end && start < p.end);
  if (inside.some((p) => p.start !== start || p.end !== end)) return;
  const proposed = inside[0];
  if (proposed) proposed.type = 'PER';
  else proposals.unshift({ start, end, type: 'PER' });
}
