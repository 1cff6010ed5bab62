/**
 * "The newspaper said", "the website reported", "The network said": a news outlet named before by its name speaks
 * under a noun of its kind. Without this the description was read as one person's ("The newspaper said" went to the
 * last person named) or made no claim ("The paper said", "The network said"). Id: `speaker/outlet-anaphor` (round 17).
 */
import { NEWS_OUTLETS } from '../../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { makeSpeaker } from './subject-speaker.js';
import type { Resolver } from './speaker-resolver.js';

/** What kind of outlet a noun or a name is: print, broadcast, a news agency, or any (a website, a magazine). */
type Family = 'print' | 'broadcast' | 'agency' | 'any';

/**
 * Nouns news copy uses for an outlet it named before ("the newspaper", "the fact-checking website", "the news
 * agency"), with the kind of outlet each takes. `made`: the noun names an outlet even when none was named ("The
 * tabloid said"), so it is a body of its own then; "paper", "network", "site", "station" also name documents, terror
 * networks, places and plants, so they speak only as a named outlet. Source: the outlet nouns of English news
 * sourcing (the same vocabulary as `names.outlet-nouns`); id `speaker/outlet-anaphor`.
 */
const OUTLET_ANAPHOR_NOUNS: ReadonlyMap<string, { family: Family; made: boolean }> = new Map([
  ['newspaper', { family: 'print', made: true }], ['daily', { family: 'print', made: true }],
  ['tabloid', { family: 'print', made: true }], ['paper', { family: 'print', made: false }],
  ['broadcaster', { family: 'broadcast', made: true }], ['channel', { family: 'broadcast', made: true }],
  ['network', { family: 'broadcast', made: false }], ['station', { family: 'broadcast', made: false }],
  ['magazine', { family: 'any', made: true }], ['website', { family: 'any', made: true }],
  ['outlet', { family: 'any', made: true }], ['site', { family: 'any', made: false }],
]);

/**
 * Last words of outlets' names by kind ("The Washington Post", "Des Moines Register"; "Sky Television"; "Associated
 * Press") and broadcasters known by initials. "News" ends both papers and channels ("Daily News", "Fox News"): any
 * kind. Source: mastheads, networks and agencies of English-language news; id `speaker/outlet-anaphor`.
 */
const PRINT_HEADS = /\b(?:times|post|journal|gazette|tribune|herald|telegraph|register|chronicle|mail|globe|star|sun|courier|inquirer|examiner|sentinel|dispatch|daily|weekly|guardian|observer)$/i;
const BROADCAST_HEADS = /\b(?:television|tv|radio|broadcasting|network|channel|NBC|CBS|ABC|MSNBC|CNBC|NPR|PBS|ITV|RTE|BBC|CNN|Al Jazeera|Al Arabiya)$/i;
const AGENCY_HEADS = /\b(?:press|news agency|Reuters|Associated Press|AFP|TASS|Xinhua|Interfax|Yonhap|Kyodo)$/i;
const ANY_HEADS = /\b(?:news|economist|magazine|review)$/i;
/** The news outlets the names stage knows (`names.news-outlets`): a kind of their own unless a head tells it. */
const KNOWN_OUTLETS: ReadonlySet<string> = new Set(Object.values(NEWS_OUTLETS));
/** Nouns that describe an outlet next to its name, in apposition or before it. */
const DESCRIBED_OUTLET_NOUNS = 'newspaper|paper|daily|tabloid|weekly|magazine|website|site|network|channel|broadcaster|station|outlet|news agency|wire service';
/** An outlet described in apposition after its name (", the fact-checking website,", ", a Tokyo daily,"). */
const OUTLET_APPOSITION = new RegExp(String.raw`^\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(${DESCRIBED_OUTLET_NOUNS})\b`, 'iu');
/** An outlet described before its name ("the fact-checking website PolitiFact", "the news agency Yonhap"). */
const OUTLET_BEFORE = new RegExp(String.raw`\b(${DESCRIBED_OUTLET_NOUNS})\s+$`, 'i');

/** How many sentences back an outlet noun looks for the outlet it names. */
const OUTLET_SENTENCES = 3;

/** The kind of outlet a described noun names ("website" any, "news agency" agency). */
function nounFamily(noun: string): Family {
  const n = noun.toLowerCase();
  if (n === 'news agency' || n === 'wire service') return 'agency';
  if (n === 'weekly') return 'print';
  return OUTLET_ANAPHOR_NOUNS.get(n)?.family ?? 'any';
}

/** The kind of outlet the actor `id`, mentioned at `m`, is by its name or by how the text describes it; undefined for none. */
function outletFamily(text: string, resolver: Resolver, id: string, m: { start: number; end: number }): Family | undefined {
  const actor = resolver.actors.get(id);
  if (!actor || actor.kind !== 'organization') return undefined;
  const described = OUTLET_APPOSITION.exec(text.slice(m.end, m.end + 60)) ?? OUTLET_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (described) return nounFamily(described[1] as string);
  if (AGENCY_HEADS.test(actor.name)) return 'agency';
  if (BROADCAST_HEADS.test(actor.name)) return 'broadcast';
  if (PRINT_HEADS.test(actor.name)) return 'print';
  return ANY_HEADS.test(actor.name) || KNOWN_OUTLETS.has(actor.name) ? 'any' : undefined;
}

/** Whether an outlet of kind `found` can be called by a noun of kind `wanted` ("the newspaper" is no broadcaster). */
function fits(wanted: Family, found: Family): boolean {
  return (wanted === 'any' && found !== 'agency') || found === wanted || (found === 'any' && wanted !== 'agency');
}

/**
 * The speaker of an outlet noun at token `k` right before the cue ("The newspaper said", "the Des Moines daily
 * reported", "the news agency said"): the latest outlet named before it; a body of its own when none was and the noun
 * names only outlets; undefined when the noun is no outlet noun or stands after a preposition ("a spokesman for the
 * newspaper said" is the spokesman's).
 */
export function outletAnaphor(text: string, sentence: TaggedSentence, k: number, resolver: Resolver): string | undefined {
  const t = sentence.tokens[k] as Token;
  const news = t.lower === 'agency' && sentence.tokens[k - 1]?.lower === 'news';
  const noun = OUTLET_ANAPHOR_NOUNS.get(t.lower) ?? (news ? { family: 'agency' as const, made: true } : undefined);
  if (!noun) return undefined;
  // "the newspaper", "the fact-checking website", "the state news agency": "the" and up to three modifiers
  let j = k - 1;
  while (j >= 0 && k - j <= 4 && sentence.tokens[j]?.lower !== 'the') {
    const w = sentence.tokens[j] as Token;
    if (/[,;:"“”()]/.test(w.post) || (w.tags.has('Verb') && !/(?:ed|ing)$/.test(w.lower)) || w.tags.has('Preposition') || w.tags.has('Determiner')) return undefined;
    j--;
  }
  if (sentence.tokens[j]?.lower !== 'the' || /^(?:to|of|for|with|by|from|on|in|at|about)$/.test(sentence.tokens[j - 1]?.lower ?? '')) return undefined;
  const from = (sentence.tokens[j] as Token).start;
  // a capitalised word between "the" and the noun names the outlet itself ("the Kyiv Independent newspaper")
  if (sentence.tokens.slice(j + 1, k).some((w) => /^\p{Lu}/u.test(w.text) && (resolver.bySentence.get(sentence.index) ?? []).some((m) => m.record === 'actor' && m.start <= w.start && m.end >= w.end))) return undefined;
  // the outlet named in this sentence or the few before it: one named paragraphs ago is another story's source
  const since = resolver.sentenceStarts.get(sentence.index - OUTLET_SENTENCES) ?? 0;
  let latest: string | undefined;
  for (const m of resolver.mentions) {
    if (m.start >= from) break;
    if (m.start < since) continue;
    const family = m.record === 'actor' ? outletFamily(text, resolver, m.recordId, m) : undefined;
    if (family && fits(noun.family, family)) latest = m.recordId;
  }
  if (latest !== undefined) return latest;
  if (!noun.made) return undefined;
  // ("the state broadcaster said", "the fact-checking website reported": the body keeps the words that describe it,
  // as other described bodies do; round 17)
  const first = sentence.tokens[j + 1] as Token;
  const phrase = text.slice(first.start, t.end);
  return makeSpeaker(resolver.book, phrase.toLowerCase(), 'organization', { start: first.start, end: t.end, text: phrase }).id;
}
