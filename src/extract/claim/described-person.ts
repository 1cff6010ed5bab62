import type { Actor } from '../../schema/actor.js';
import type { EntityMention } from '../entities.js';
import { firstAtOrAfter } from '../spans-index.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/*
 * Whom a description of one person refers to when the article introduced someone with its noun: "Ana Ruiz, a
 * lawyer for the family, said ... Prosecutor Tom Lee rejected it. The lawyer said ..." is Ruiz, not Lee, the person
 * named last. Id: `speaker/described-as-before`.
 */

/** How many characters after a name an apposition may run before the noun ("Ana Ruiz, 45, a veteran lawyer"). */
const APPOSITION_REACH = 60;

/**
 * The person last introduced before `before` with `noun` as a title ("lawyer Ana Ruiz", "the 54-year-old teacher
 * Lina Novak") or in an apposition ("Ana Ruiz, a lawyer for the family", "Mark Obi, 61, a doctor"), or holding it
 * among its titles; null when nobody was.
 *
 * @example
 * personDescribedAs('', [], new Map(), 'lawyer', 0) // null
 */
export function personDescribedAs(
  text: string,
  mentions: readonly EntityMention[],
  actors: ReadonlyMap<string, Actor>,
  noun: string,
  before: number,
): string | null {
  const word = escapeRegExp(noun.toLowerCase());
  const apposition = new RegExp(String.raw`^,\s*(?:\d{1,3}\s*,\s*)?(?:a|an|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?${word}\b`, 'iu');
  const title = new RegExp(String.raw`\b${word}\s+$`, 'iu');
  const inTitle = new RegExp(String.raw`\b${word}\b`, 'i');
  for (let i = firstAtOrAfter(mentions, before) - 1; i >= 0; i--) {
    const m = mentions[i] as EntityMention;
    const actor = m.record === 'actor' ? actors.get(m.recordId) : undefined;
    if (actor?.kind !== 'person') continue;
    if (actor.titles.some((t) => inTitle.test(t))) return actor.id;
    if (apposition.test(text.slice(m.end, m.end + APPOSITION_REACH)) || title.test(text.slice(Math.max(0, m.start - 40), m.start))) return actor.id;
  }
  return null;
}

/**
 * The role nouns the article introduced a person with, beside the titles the entity stage recorded: "A ministry
 * spokesman, Ahmad Mostaghni," (a role and a comma before the name) and "Ahmad Mostaghni, a ministry spokesman,"
 * (an apposition after it). `roles` are the nouns looked for. A described office of another role is then nobody this
 * person is ("The Afghan president said" after the spokesman). Id: `speaker/introduced-role` (round 17).
 */
export function introducedRoles(text: string, person: Actor, roles: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of person.mentions) {
    const before = /\b([\p{Ll}-]+)\s*,?\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    // ("Lena Varga, a lawyer for the family,": the role among the apposition's first words)
    const apposition = /^,\s*(?:\d{1,3}\s*,\s*)?(?:a|an|the)\s+([^,.;]*)/u.exec(text.slice(m.end, m.end + APPOSITION_REACH))?.[1] ?? '';
    const after = apposition.split(/\s+/).slice(0, 4).find((w) => roles.has(w));
    for (const word of [before, after]) if (word !== undefined && roles.has(word)) out.push(word);
  }
  return out;
}
