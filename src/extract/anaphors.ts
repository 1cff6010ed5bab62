import type { Actor } from '../schema/actor.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { TIME_BOUNDED_MODIFIERS, TITLE_ABBREVIATIONS, TITLE_ANAPHOR_NOUNS } from '../nlp/lexicon/titles.js';
import { ANAPHOR_NAME_HEADS, COMMENTATOR_EMPLOYER, COMMENTATOR_EMPLOYER_AFTER, DATA_PROVIDER_AFTER, ORG_ANAPHOR_NOUNS, companyNoun, institutionName } from '../nlp/lexicon/organizations.js';
import type { EntityMention } from './entity-mention.js';

/** Modifiers that put a title outside the present: a former president is not "the president". */
const NOT_CURRENT = new Set([...TIME_BOUNDED_MODIFIERS].filter((m) => !['acting', 'interim', 'caretaker', 'outgoing'].includes(m)));

function isCurrentTitle(title: string, word: string): boolean {
  const words = title.toLowerCase().split(/[\s]+/).map((w) => TITLE_ABBREVIATIONS.get(w) ?? w);
  if (words.some((w) => NOT_CURRENT.has(w.replace(/-$/, '')) || w.startsWith('ex-'))) return false;
  if (/-elect$/.test(title.toLowerCase())) return false;
  // "Prime Minister" holds "minister"; "Vice President" does not answer "the president"
  const last = words[words.length - 1] ?? '';
  const phrase = word.split(/\s+/);
  if (phrase.length > 1) return words.slice(-phrase.length).join(' ') === phrase.join(' ') && !(phrase[0] === 'president' && words.includes('vice'));
  return last === word && !(word === 'president' && words.includes('vice'));
}

/**
 * The person an article's "the <title>" refers to: the one actor whose current titles end in that word (or in
 * every word of a title of several words: "the Chief Minister" is no "Union Minister"); with several holders, the one mentioned last before `at` (when mentions are given). Former, late and
 * incoming holders never answer.
 *
 * @example
 * const actors = [{ id: 'actor:a', name: 'Ana Lima', kind: 'person', aliases: [], titles: ['President'], mentions: [] }];
 * resolveTitleHolder(actors, 'president')?.name // "Ana Lima"
 */
export function resolveTitleHolder(
  actors: readonly Actor[],
  word: string,
  context?: { mentions: readonly EntityMention[]; at: number; laterHolder?: boolean },
): Actor | undefined {
  const key = word.toLowerCase();
  const holders = actors.filter((a) => a.kind === 'person' && a.titles.some((t) => isCurrentTitle(t, key)));
  // ("The prosecutor's office said ... Chief prosecutor Ana Greco said": a holder named only after the anaphor is
  // nobody it refers back to; round 16, `anaphor/holder-named-before`)
  // (the entity stage's mentions keep such a holder, `laterHolder`: a title's mention names its holder for name
  // tagging, "The President has that pulpit" in an interview that names him later)
  if (holders.length === 1 && context && !context.laterHolder && !context.mentions.some((m) => m.start < context.at && m.recordId === holders[0]?.id)) return undefined;
  if (holders.length <= 1 || !context) return holders.length === 1 ? holders[0] : undefined;
  const ids = new Set(holders.map((h) => h.id));
  const last = [...context.mentions].reverse().find((m) => m.start < context.at && ids.has(m.recordId));
  return last ? holders.find((h) => h.id === last.recordId) : undefined;
}

/**
 * The organisation "the <noun>" refers to: the last organisation mentioned before `at` whose name contains the
 * noun ("the ministry" -> "Ardenian Defense Ministry"), or, for generic nouns ("the company"), the organisation
 * described with that noun ("Norstat, a market research firm" for "the firm", given `textAfter`, the text right
 * after a mention), else the one mentioned most often before `at` (the last of those on a tie). Given `textBefore`,
 * the text right before a mention, an organisation named as a commentator's employer ("an analyst at Norvale
 * Consulting") is never the one. `mentions` must be in text order.
 *
 * @example
 * resolveOrganizationAnaphor([], [], 'ministry', 0) // undefined
 */
export function resolveOrganizationAnaphor(
  actors: readonly Actor[],
  mentions: readonly EntityMention[],
  noun: string,
  at: number,
  textAfter?: (m: EntityMention) => string,
  textBefore?: (m: EntityMention) => string,
): Actor | undefined {
  if (!ORG_ANAPHOR_NOUNS.has(noun)) return undefined;
  const needle = ORG_ANAPHOR_NOUNS.get(noun) ?? null;
  const broad = ANAPHOR_NAME_HEADS.get(noun)?.nearestOnly === true;
  let nearest: Actor | undefined;
  const byId = new Map(actors.map((a) => [a.id, a]));
  // "the company" is the company the article is about: the organisation named most often so far (the latest on
  // a tie), not a data provider or agency named once just before ("Analysts polled by Norstat had expected ...")
  const counts = new Map<Actor, number>();
  let best: Actor | undefined;
  let described: Actor | undefined;
  let aside: Actor | undefined;
  const describedAs = new RegExp(`^(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,2}\\s*,\\s*(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?${noun}\\b`, 'u');
  for (const m of mentions) {
    if (m.start >= at) break;
    const actor = m.record === 'actor' ? byId.get(m.recordId) : undefined;
    if (!actor || actor.kind !== 'organization') continue;
    // "an analyst at Norvale Consulting": a commentator's employer is not the company of the story
    if (textBefore && COMMENTATOR_EMPLOYER.test(textBefore(m))) continue;
    if (textAfter && (COMMENTATOR_EMPLOYER_AFTER.test(textAfter(m)) || DATA_PROVIDER_AFTER.test(textAfter(m)))) continue;
    // ("the agency" after "the World Food Programme": a noun of ANAPHOR_NAME_HEADS takes only the organisation named
    // last, since its heads fit many bodies; "... The UN refugee agency said ... The agency added" is not the
    // programme named before)
    if (broad) {
      nearest = namedLikeAnaphor(noun, actor.name) ? actor : undefined;
      continue;
    }
    if ((needle !== null || ANAPHOR_NAME_HEADS.has(noun)) && !namedLikeAnaphor(noun, actor.name)) continue;
    // "The Environmental Protection Agency fined Bayfield Chemical. The company denied": a public institution is
    // never "the company" of a story
    if (companyNoun(noun) && institutionName(actor.name)) continue;
    // "Al-Shabaab, which is linked to al-Qaeda, ... The group": a body named inside a relative clause about another
    // is no story's body, unless there is no other
    if (needle === null && textBefore && RELATIVE_ASIDE.test(textBefore(m))) {
      aside ??= actor;
      continue;
    }
    const n = (counts.get(actor) ?? 0) + 1;
    counts.set(actor, n);
    if (needle !== null || best === undefined || n >= (counts.get(best) ?? 0)) best = actor;
    // "NPX Group, a market research firm. The firm said": described with the anaphor's own noun
    if (needle === null && textAfter && describedAs.test(textAfter(m))) described = actor;
  }
  return broad ? nearest : described ?? best ?? aside;
}

/**
 * Whether an organisation's name fits "the <noun>" of a named kind: it holds the noun ("the ministry" -> "Defense
 * Ministry") or, for nouns of ANAPHOR_NAME_HEADS, one of their heads ("the agency" -> "World Food Programme").
 */
export function namedLikeAnaphor(noun: string, name: string): boolean {
  const heads = ANAPHOR_NAME_HEADS.get(noun)?.heads;
  if (heads) return heads.test(name);
  const needle = ORG_ANAPHOR_NOUNS.get(noun);
  return needle === null || needle === undefined || name.toLowerCase().includes(needle);
}

/** The text before a mention opens a relative clause after a comma ("Al-Shabaab, which is linked to "). */
const RELATIVE_ASIDE = /,\s*(?:which|who)\s+[^,;:]*$/;

/**
 * Mentions made by "the <title>" and "the <organisation noun>" that point back to an actor named earlier.
 * Each new mention has `via: 'anaphor'`; tokens already inside a mention are skipped.
 */
export function findAnaphorMentions(
  sentences: readonly TaggedSentence[],
  actors: readonly Actor[],
  mentions: readonly EntityMention[],
): EntityMention[] {
  const out: EntityMention[] = [];
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const textAfter = (m: EntityMention): string => {
    const s = byIndex.get(m.sentenceIndex);
    return s ? s.text.slice(m.end - s.start, m.end - s.start + 80) : '';
  };
  const textBefore = (m: EntityMention): string => {
    const s = byIndex.get(m.sentenceIndex);
    return s ? s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start) : '';
  };
  for (const s of sentences) {
    if (s.blockKind !== 'paragraph') continue;
    const { tokens } = s;
    for (let i = 1; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      if (tokens[i - 1]?.lower !== 'the') continue;
      const next = tokens[i + 1];
      // "the President Ana Lima": a title before a name, not an anaphor
      if (next && /^\p{Lu}/u.test(next.text) && !/[,.;:]/.test(tok.post)) continue;
      if (mentions.some((m) => m.sentenceIndex === s.index && m.firstToken <= i && m.lastToken >= i)) continue;
      let target: Actor | undefined;
      if (TITLE_ANAPHOR_NOUNS.has(tok.lower)) target = resolveTitleHolder(actors, tok.lower, { mentions, at: tok.start, laterHolder: true });
      else if (ORG_ANAPHOR_NOUNS.has(tok.lower)) target = resolveOrganizationAnaphor(actors, mentions, tok.lower, tok.start, textAfter, textBefore);
      if (!target) continue;
      out.push({
        recordId: target.id, record: 'actor', actorKind: target.kind, start: tok.start, end: tok.end, text: tok.text,
        sentenceIndex: s.index, firstToken: i, lastToken: i, via: 'anaphor',
        agentive: next !== undefined && next.tags.has('Verb') && !next.tags.has('Gerund'),
      });
    }
  }
  return out;
}
