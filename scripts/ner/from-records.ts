/**
 * Maps what newsgraph returns to the three types of the Universal NER guidelines, so parser output can be
 * scored as a name tagger: persons are PER; organisations are ORG, and so is a government when the mention is
 * the country's or capital's name ("Moscow denied"); places are LOC. Unnamed groups ("Ukrainian forces") and
 * anaphors ("the ministry") are not names.
 */
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

/** Every name mention of the parsed article, typed; offsets into the article text. */
export function namesFromParsed(parsed: ParsedArticle): CharSpan[] {
  const out: CharSpan[] = [];
  for (const actor of parsed.actors) {
    const type = actor.kind === 'group' ? undefined : ACTOR_TYPES[actor.kind];
    if (!type) continue;
    for (const m of actor.mentions) if (isNameMention(m.text)) out.push({ start: m.start, end: m.end, type });
  }
  for (const place of parsed.places) {
    for (const m of place.mentions) if (isNameMention(m.text)) out.push({ start: m.start, end: m.end, type: 'LOC' });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
