/**
 * Maps what newsgraph returns to the three types of the annotated data, so parser output can be scored as a
 * name tagger: persons are PER; organisations are ORG; places are LOC. A government named by its country or
 * capital ("Moscow denied", "Israel resumed") is LOC by default: the Universal NER guidelines call such a state
 * ORG, but the annotators of the data we have did not (country and capital names are LOC in 273 of 277 names of
 * gum-ner-train and 86 of 86 of uner-ewt-dev, acting or not); `governments: 'ORG'` scores by the written guideline.
 * Other names of a government ("the Kremlin") are ORG. Unnamed groups ("Ukrainian forces") and anaphors ("the
 * ministry") are not names.
 */
import { lookupCapital, lookupCountry } from '../../src/nlp/gazetteer.js';
import type { ParsedArticle } from '../../src/schema/article.js';
import type { CharSpan } from './score.js';

/**
 * A mention is a name when it has a capital letter and does not end in a lower-case word: "the ministry" and
 * "Russian government" are descriptions, "Jean-Luc Moreau" and "al-Sistani" are names.
 */
export function isNameMention(text: string): boolean {
  if (!/\p{Lu}/u.test(text)) return false;
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return /\p{Lu}|\d/u.test(last);
}

const ACTOR_TYPES = { person: 'PER', organization: 'ORG', government: 'ORG' } as const;

/** How a government's country or capital name is typed: LOC as the annotated data does, or ORG as the guideline says. */
export interface NameTypeOptions {
  governments?: 'LOC' | 'ORG';
}

/** Every name mention of the parsed article, typed; offsets into the article text. */
export function namesFromParsed(parsed: ParsedArticle, options: NameTypeOptions = {}): CharSpan[] {
  const governments = options.governments ?? 'LOC';
  const out: CharSpan[] = [];
  for (const actor of parsed.actors) {
    const type = actor.kind === 'group' ? undefined : ACTOR_TYPES[actor.kind];
    if (!type) continue;
    for (const m of actor.mentions) {
      if (!isNameMention(m.text)) continue;
      const stateName = actor.kind === 'government' && (lookupCountry(m.text) !== undefined || lookupCapital(m.text) !== undefined);
      out.push({ start: m.start, end: m.end, type: stateName ? governments : type });
    }
  }
  for (const place of parsed.places) {
    for (const m of place.mentions) if (isNameMention(m.text)) out.push({ start: m.start, end: m.end, type: 'LOC' });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
