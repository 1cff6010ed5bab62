import type { Span } from '../../schema/span.js';
import type { EntityMention } from '../entities.js';

export interface PlaceInput {
  text: string;
  clause: Span;
  trigger: Span;
  sentenceMentions: readonly EntityMention[];
  /** Places named earlier in the same paragraph, in text order. */
  previousPlaces: readonly string[];
  /** The article's main place (see `articlePlace`), if any. */
  defaultPlace: string | undefined;
}

const GOVERNING = /\b(?:at|in|near|around|outside|inside|into|across|throughout|from|over|on|of|to)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i;

/**
 * The place of an event, first rule that gives one wins:
 * 1. the places of its clause: a place governed by at/in/near/around/... or the object of the trigger
 *    ("capturing Zeleny Gai"), the nearest to the trigger first;
 * 2. the place of its sentence nearest to the trigger ("in upper Antananarivo, which troops had seized");
 * 3. the last place named earlier in the same paragraph ("throughout the city" after "Manama");
 * 4. the article's main place (the place named most often, the first on a tie).
 */
export function placeOf(input: PlaceInput): string[] {
  const { clause, trigger, sentenceMentions } = input;
  const places = sentenceMentions.filter((m) => m.record === 'place');
  const distance = (m: EntityMention): number => (m.start >= trigger.end ? m.start - trigger.end : trigger.start - m.end);
  const inClause = places.filter((m) => m.start >= clause.start && m.end <= clause.end);
  if (inClause.length > 0) {
    const governed = inClause.filter((m) => m.start >= trigger.end || GOVERNING.test(input.text.slice(clause.start, m.start)));
    const ranked = [...(governed.length > 0 ? governed : inClause)].sort((a, b) => distance(a) - distance(b));
    return [...new Set(ranked.map((m) => m.recordId))];
  }
  const nearest = [...places].sort((a, b) => distance(a) - distance(b))[0];
  if (nearest) return [nearest.recordId];
  const previous = input.previousPlaces[input.previousPlaces.length - 1];
  if (previous) return [previous];
  return input.defaultPlace ? [input.defaultPlace] : [];
}

/** The place an article is about: the one named most often, the earliest on a tie. */
export function articlePlace(mentions: readonly EntityMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.record === 'place') counts.set(m.recordId, (counts.get(m.recordId) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [id, n] of counts) {
    if (n > bestCount) {
      best = id;
      bestCount = n;
    }
  }
  return best;
}
