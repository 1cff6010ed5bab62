import type { Actor } from '../../src/schema/actor.js';
import type { ParsedArticle } from '../../src/schema/article.js';
import type { Claim } from '../../src/schema/claim.js';
import type { NewsEvent } from '../../src/schema/event.js';
import type { Place } from '../../src/schema/place.js';
import type { Time } from '../../src/schema/time.js';
import type {
  EventTypeTable,
  GoldActor,
  GoldArticle,
  GoldClaim,
  GoldDenial,
  GoldEvent,
  GoldPlace,
  GoldTime,
} from './gold.js';

/*
 * Scoring of one parsed article against its gold file, following `shared/eval/GOLD-FORMAT.md`.
 *
 * Readings taken where the format leaves room (each is tested in test/eval-score.test.ts):
 * - Matching is one-to-one and of maximum cardinality (Kuhn's augmenting paths), first against the
 *   required gold entries, then the predictions left over against the optional ones, which absorb them
 *   (neither TP nor FP). Among a gold entry's candidates the better one is tried first (same cue and
 *   kind, same event type, primary name equal, larger time overlap), so agreement figures do not
 *   depend on an arbitrary choice; it is not a maximum-weight matching.
 * - Agreement figures are counted over TP pairs only (not over predictions absorbed by optional
 *   entries), and only where the gold entry gives the field.
 * - Text containment ("the snippet lies inside") ignores case, runs of white space and the
 *   typographic form of quotes and apostrophes.
 * - Tight evidence is checked per text: a claim's content, quote or span longer than 1,200
 *   characters (an event's span longer than 600) is not searched, the claim's other texts still are.
 * - `claimant: "*"` needs a resolved claimant (a `claimantId` naming an actor of the result) to be
 *   a TP. A claim with no resolved claimant is still absorbed by an *optional* `"*"` entry, since
 *   an unattributed hedge ("reports indicate") is exactly where a parser rightly finds no speaker.
 * - Denial links are the pairs (claim, id in its `disputes`) over all predicted claims; a link to
 *   an id that names no claim is a prediction that can only be an FP.
 * - Event participants agree per gold participant: the figure is gold participants found among the
 *   matched event's participants (one-to-one, by name or alias) over gold participants listed.
 * - Times in a file without `timesExhaustive: true`: a prediction matching no gold time counts as an
 *   FP only when it overlaps a gold time's span with another value (a wrong reading of an annotated
 *   expression); elsewhere the file says nothing, so it is not scored.
 */

export const CATEGORIES = ['actors', 'places', 'claims', 'denials', 'events', 'times'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A claim's content, quote or span longer than this matches nothing. */
export const CLAIM_EVIDENCE_LIMIT = 1200;
/** An event's span longer than this matches nothing. */
export const EVENT_EVIDENCE_LIMIT = 600;

/** Matched-correct over matched, for one field of one category. */
export interface Agreement {
  correct: number;
  total: number;
}

/** A required gold entry no prediction matched, with what was predicted near it. */
export interface Miss {
  gold: string;
  nearby: string[];
}

/** A prediction that matched no gold entry and counts against precision. */
export interface FalsePositive {
  predicted: string;
  nearby: string[];
}

/** A TP pair whose gold field and predicted field differ. */
export interface Disagreement {
  field: string;
  gold: string;
  predicted: string;
  item: string;
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  /** Predictions neither TP nor FP: absorbed by optional entries, or times outside the annotation. */
  unscored: number;
  agreements: Record<string, Agreement>;
  misses: Miss[];
  falsePositives: FalsePositive[];
  disagreements: Disagreement[];
}

export interface ArticleScore {
  id: string;
  /** Only the categories the gold file has. */
  categories: Partial<Record<Category, CategoryScore>>;
  /** Set by the caller when the parser failed and an empty result was scored instead. */
  error?: string;
}

export interface ScoreOptions {
  /** `event-types.json`; without it event types agree only when spelt alike. */
  eventTypes?: EventTypeTable;
}

export interface PrecisionRecall {
  /** null when nothing was predicted (0/0). */
  precision: number | null;
  /** null when nothing was to be found (0/0). */
  recall: number | null;
  /** null only when there was nothing to find and nothing was predicted. */
  f1: number | null;
}

export interface CategoryTotals extends PrecisionRecall {
  tp: number;
  fp: number;
  fn: number;
  unscored: number;
  /** Files that annotate this category. */
  files: number;
  agreements: Record<string, Agreement & { rate: number | null }>;
}

export interface ScoreSummary {
  files: number;
  /** Files whose parse failed (their gold entries count as misses). */
  errors: number;
  categories: Partial<Record<Category, CategoryTotals>>;
}

/**
 * The form the gold format compares two names in (GOLD-FORMAT.md, "How a prediction is matched"): lower case,
 * possessive "'s" / "’s" and punctuation dropped, white space collapsed, a leading "the" removed. Deliberately
 * not the library's `normalizeName` (src/text/normalize-name.ts), which also folds diacritics and reads
 * punctuation as a space so that queries find "Ingrid" for "Íngrid": the scorer must be the documented rule,
 * no more lenient, or visible scores would flatter the parser against sealed sets scored by that rule.
 *
 * @example
 * goldNameKey("The Kremlin's") // "kremlin"
 * goldNameKey("U.S.") // "us"
 */
export function goldNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/\p{P}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Precision, recall and F1 from counts; a ratio with nothing to divide by is null.
 *
 * @example
 * precisionRecall(3, 1, 2) // { precision: 0.75, recall: 0.6, f1: 0.666... }
 */
export function precisionRecall(tp: number, fp: number, fn: number): PrecisionRecall {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  // 2TP / (2TP + FP + FN) is the harmonic mean of P and R, and stays defined (0) when only one of them is.
  const f1 = tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null;
  return { precision, recall, f1 };
}

/**
 * A parse result with nothing in it: what a file is scored against when the parser throws.
 *
 * @example
 * scoreArticle(gold, emptyParsedArticle(text, gold.id)) // every required gold entry is a miss
 */
export function emptyParsedArticle(text: string, id: string, publishedAt: string | null = null): ParsedArticle {
  return {
    article: { id, title: null, publishedAt, text },
    actors: [],
    places: [],
    times: [],
    claims: [],
    events: [],
    messages: [],
  };
}

/**
 * Score one parsed article against its gold annotation. Pure: reads nothing but its arguments.
 * Only the categories present in `gold` are scored.
 *
 * @example
 * const score = scoreArticle(gold, parseArticle(text, { publishedAt: gold.publishedAt ?? null, id: gold.id }));
 * score.categories.claims?.tp
 */
export function scoreArticle(gold: GoldArticle, parsed: ParsedArticle, options: ScoreOptions = {}): ArticleScore {
  const ctx = new Context(gold, parsed, options);
  const categories: Partial<Record<Category, CategoryScore>> = {};
  if (gold.actors) categories.actors = scoreActors(ctx, gold.actors);
  if (gold.places) categories.places = scorePlaces(ctx, gold.places);
  if (gold.claims) categories.claims = scoreClaims(ctx, gold.claims);
  if (gold.denials) categories.denials = scoreDenials(ctx, gold.denials);
  if (gold.events) categories.events = scoreEvents(ctx, gold.events);
  if (gold.times) categories.times = scoreTimes(ctx, gold.times, gold.timesExhaustive === true);
  return { id: gold.id, categories };
}

/**
 * Micro-average: sum TP/FP/FN and agreement counts over files, then compute the ratios.
 *
 * @example
 * const summary = sumScores(files.map((f) => scoreArticle(f.gold, f.parsed)));
 * summary.categories.claims?.f1
 */
export function sumScores(list: readonly ArticleScore[]): ScoreSummary {
  const categories: Partial<Record<Category, CategoryTotals>> = {};
  for (const score of list) {
    for (const category of CATEGORIES) {
      const s = score.categories[category];
      if (!s) continue;
      const t = (categories[category] ??= {
        tp: 0, fp: 0, fn: 0, unscored: 0, files: 0, agreements: {}, precision: null, recall: null, f1: null,
      });
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
      t.unscored += s.unscored;
      t.files += 1;
      for (const [field, a] of Object.entries(s.agreements)) {
        const ta = (t.agreements[field] ??= { correct: 0, total: 0, rate: null });
        ta.correct += a.correct;
        ta.total += a.total;
      }
    }
  }
  for (const t of Object.values(categories)) {
    Object.assign(t, precisionRecall(t.tp, t.fp, t.fn));
    for (const a of Object.values(t.agreements)) a.rate = a.total > 0 ? a.correct / a.total : null;
  }
  return { files: list.length, errors: list.filter((s) => s.error !== undefined).length, categories };
}

// ---------------------------------------------------------------------------------------------
// Matching

interface Pairing {
  /** [gold index, prediction index] of TP pairs. */
  pairs: Array<[number, number]>;
  /** [optional gold index, prediction index]: predictions absorbed by optional entries. */
  absorbed: Array<[number, number]>;
  /** Required gold entries left unmatched. */
  missed: number[];
  /** Predictions matched to nothing. */
  unmatched: number[];
  /** Gold index a prediction went to, required or optional. */
  goldOf: Map<number, number>;
  /** Prediction index a gold entry went to. */
  predOf: Map<number, number>;
}

/** Maximum-cardinality one-to-one matching by augmenting paths; `candidates[u]` is tried in order. */
function maxMatching(candidates: number[][], taken: ReadonlySet<number>): Map<number, number> {
  const ownerOf = new Map<number, number>();
  const assign = (u: number, seen: Set<number>): boolean => {
    for (const v of candidates[u] ?? []) {
      if (taken.has(v) || seen.has(v)) continue;
      seen.add(v);
      const owner = ownerOf.get(v);
      if (owner === undefined || assign(owner, seen)) {
        ownerOf.set(v, u);
        return true;
      }
    }
    return false;
  };
  for (let u = 0; u < candidates.length; u++) assign(u, new Set());
  const result = new Map<number, number>();
  for (const [v, u] of ownerOf) result.set(u, v);
  return result;
}

/**
 * Pair gold entries with predictions: required entries first (maximising TP), then optional entries
 * absorb what is left. `score` > 0 means "matches"; higher is preferred.
 */
function pairUp(
  optional: readonly boolean[],
  predCount: number,
  score: (gi: number, pi: number) => number,
  absorbScore: (gi: number, pi: number) => number = score,
): Pairing {
  const ranked = (gi: number, fn: (gi: number, pi: number) => number): number[] => {
    const scored: Array<[number, number]> = [];
    for (let pi = 0; pi < predCount; pi++) {
      const s = fn(gi, pi);
      if (s > 0) scored.push([pi, s]);
    }
    return scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([pi]) => pi);
  };
  const required = optional.flatMap((o, gi) => (o ? [] : [gi]));
  const optionals = optional.flatMap((o, gi) => (o ? [gi] : []));

  const first = maxMatching(required.map((gi) => ranked(gi, score)), new Set());
  const pairs: Array<[number, number]> = [];
  for (const [u, pi] of first) pairs.push([required[u] as number, pi]);
  const taken = new Set(pairs.map(([, pi]) => pi));
  const second = maxMatching(optionals.map((gi) => ranked(gi, absorbScore)), taken);
  const absorbed: Array<[number, number]> = [];
  for (const [u, pi] of second) absorbed.push([optionals[u] as number, pi]);

  pairs.sort((a, b) => a[0] - b[0]);
  absorbed.sort((a, b) => a[0] - b[0]);
  const goldOf = new Map<number, number>();
  const predOf = new Map<number, number>();
  for (const [gi, pi] of [...pairs, ...absorbed]) {
    goldOf.set(pi, gi);
    predOf.set(gi, pi);
  }
  const missed = required.filter((gi) => !predOf.has(gi));
  const unmatched: number[] = [];
  for (let pi = 0; pi < predCount; pi++) if (!goldOf.has(pi)) unmatched.push(pi);
  return { pairs, absorbed, missed, unmatched, goldOf, predOf };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

const STOPWORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'a', 'an', 'at', 'to']);

function nameKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names) {
    const k = goldNameKey(n);
    if (k.length > 0) keys.add(k);
  }
  return keys;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

/** Hints ranked by how many words they share, most first; ties keep their order. */
function bestFirst(hints: Array<[number, string]>): string[] {
  return hints
    .map((h, i) => [h, i] as const)
    .sort((a, b) => b[0][0] - a[0][0] || a[1] - b[1])
    .map(([h]) => h[1]);
}

function nameTokens(keys: ReadonlySet<string>): Set<string> {
  const tokens = new Set<string>();
  for (const k of keys) for (const t of k.split(' ')) if (t.length >= 3 && !STOPWORDS.has(t)) tokens.add(t);
  return tokens;
}

/** Text folded for containment tests: case, white space runs and quote forms do not count. */
function fold(text: string): string {
  return text
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function holds(container: string, snippet: string): boolean {
  const s = fold(snippet);
  return s.length > 0 && fold(container).includes(s);
}

interface Span {
  start: number;
  end: number;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Where a gold snippet sits in the text, found as tolerantly as `holds` compares. */
function locateSnippet(text: string, snippet: string): Span | null {
  const exact = text.indexOf(snippet);
  if (exact >= 0) return { start: exact, end: exact + snippet.length };
  const pattern = snippet
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['‘’‛′`]/g, "['‘’‛′`]")
        .replace(/["“”„‟″]/g, '["“”„‟″]'),
    )
    .join('\\s+');
  if (pattern.length === 0) return null;
  const m = new RegExp(pattern, 'iu').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/** The text around a span, the span itself in [[ ]], for a reader who needs the wording. */
function inText(text: string, span: Span, width = 45): string {
  const flat = (t: string): string => t.replace(/\s+/g, ' ');
  const inner = flat(text.slice(span.start, span.end));
  const before = flat(text.slice(Math.max(0, span.start - width), span.start));
  const after = flat(text.slice(span.end, span.end + width));
  return `in text ${at(span)}: …${before}[[${inner.length > 80 ? `${inner.slice(0, 79)}…` : inner}]]${after}…`;
}

function at(span: Span): string {
  return `@${span.start}-${span.end}`;
}

function sameWord(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}

function timeValueKey(value: string): string {
  return value.trim().toUpperCase();
}

function typeSpelling(type: string): string {
  return type.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** Lookups shared by the category scorers of one article. */
class Context {
  readonly text: string;
  readonly actorById: Map<string, Actor>;
  readonly placeById: Map<string, Place>;
  readonly claimById: Map<string, Claim>;
  private readonly typeIndex: Map<string, string>;
  private readonly goldActorKeyCache = new Map<string, Set<string>>();
  private readonly goldPlaceKeyCache = new Map<string, Set<string>>();

  constructor(
    readonly gold: GoldArticle,
    readonly parsed: ParsedArticle,
    options: ScoreOptions,
  ) {
    this.text = parsed.article.text;
    this.actorById = new Map(parsed.actors.map((a) => [a.id, a]));
    this.placeById = new Map(parsed.places.map((p) => [p.id, p]));
    this.claimById = new Map(parsed.claims.map((c) => [c.id, c]));
    this.typeIndex = new Map();
    for (const [key, synonyms] of Object.entries(options.eventTypes ?? {})) {
      const canonical = typeSpelling(key);
      this.typeIndex.set(canonical, canonical);
      for (const s of synonyms) if (!this.typeIndex.has(typeSpelling(s))) this.typeIndex.set(typeSpelling(s), canonical);
    }
  }

  canonicalType(type: string): string {
    const spelt = typeSpelling(type);
    return this.typeIndex.get(spelt) ?? spelt;
  }

  /** A gold name plus the aliases of every gold actor it names. */
  goldActorKeys(name: string): Set<string> {
    let keys = this.goldActorKeyCache.get(name);
    if (!keys) {
      keys = nameKeys([name]);
      for (const a of this.gold.actors ?? []) {
        const own = nameKeys([a.name, ...(a.aliases ?? [])]);
        if (intersects(own, keys)) for (const k of own) keys.add(k);
      }
      this.goldActorKeyCache.set(name, keys);
    }
    return keys;
  }

  /** A gold place name plus the aliases of every gold place it names. */
  goldPlaceKeys(name: string): Set<string> {
    let keys = this.goldPlaceKeyCache.get(name);
    if (!keys) {
      keys = nameKeys([name]);
      for (const p of this.gold.places ?? []) {
        const own = nameKeys([p.name, ...(p.aliases ?? [])]);
        if (intersects(own, keys)) for (const k of own) keys.add(k);
      }
      this.goldPlaceKeyCache.set(name, keys);
    }
    return keys;
  }

  claimant(claim: Claim): Actor | null {
    return claim.claimantId === null ? null : (this.actorById.get(claim.claimantId) ?? null);
  }

  claimantMatches(goldClaimant: string, claim: Claim): boolean {
    const actor = this.claimant(claim);
    if (actor === null) return false;
    if (goldClaimant.trim() === '*') return true;
    return intersects(this.goldActorKeys(goldClaimant), nameKeys([actor.name, ...actor.aliases]));
  }

  /** The claim's texts that may hold a snippet, with a flag for those too long to count. */
  claimTexts(claim: Claim): Array<{ field: 'content' | 'quote' | 'span'; text: string; tooLong: boolean }> {
    const texts: Array<{ field: 'content' | 'quote' | 'span'; text: string }> = [
      { field: 'content', text: claim.content },
      ...(claim.quote === null ? [] : [{ field: 'quote' as const, text: claim.quote }]),
      { field: 'span', text: this.text.slice(claim.start, claim.end) },
    ];
    return texts.map((t) => ({ ...t, tooLong: t.text.length > CLAIM_EVIDENCE_LIMIT }));
  }

  claimHolds(claim: Claim, snippet: string): boolean {
    return this.claimTexts(claim).some((t) => !t.tooLong && holds(t.text, snippet));
  }

  eventSpan(event: NewsEvent): string {
    return this.text.slice(event.start, event.end);
  }

  eventHolds(event: NewsEvent, snippet: string): boolean {
    return event.end - event.start <= EVENT_EVIDENCE_LIMIT && holds(this.eventSpan(event), snippet);
  }

  actorName(id: string): string {
    return this.actorById.get(id)?.name ?? `?${id}`;
  }

  describeClaim(claim: Claim): string {
    const who = claim.claimantId === null ? 'no claimant' : this.actorName(claim.claimantId);
    const quote = claim.quote === null ? '' : ` quote ${excerpt(claim.quote, 60)}`;
    return `claim by ${who} [${claim.cue}/${claim.kind}] content ${excerpt(claim.content, 70)}${quote} ${at(claim)}`;
  }

  describeEvent(event: NewsEvent): string {
    const who = event.participants.map((p) => this.actorName(p.actorId)).join('+');
    const where = event.placeIds.map((id) => this.placeById.get(id)?.name ?? `?${id}`).join('+');
    const facts = [event.date ?? 'no date', where || 'no place', who || 'no participants', event.modality].join(', ');
    return `event ${event.type} trigger ${excerpt(event.trigger.text, 30)} span ${excerpt(this.eventSpan(event), 70)} ${at(event)} (${facts})`;
  }
}

function emptyScore(): CategoryScore {
  return { tp: 0, fp: 0, fn: 0, unscored: 0, agreements: {}, misses: [], falsePositives: [], disagreements: [] };
}

function agree(score: CategoryScore, field: string, ok: boolean): void {
  const a = (score.agreements[field] ??= { correct: 0, total: 0 });
  a.total += 1;
  if (ok) a.correct += 1;
}

function isOptional(entry: { optional?: boolean | undefined; unannotated?: boolean | undefined }): boolean {
  return entry.optional === true || entry.unannotated === true;
}

const MAX_NEARBY = 5;

// ---------------------------------------------------------------------------------------------
// Actors and places

interface Named {
  name: string;
  aliases: string[];
  kind?: string;
}

function describeNamed(n: { name: string; aliases?: string[] | undefined; kind?: string | undefined }): string {
  const aliases = (n.aliases ?? []).filter((a) => a !== n.name);
  const extra = [n.kind, aliases.length > 0 ? `aka ${aliases.join(', ')}` : undefined].filter(Boolean).join('; ');
  return `${JSON.stringify(n.name)}${extra ? ` (${extra})` : ''}`;
}

/** Actors and places are scored alike: by name/alias overlap; the other list gives the hints. */
function scoreNamed(
  golds: ReadonlyArray<GoldActor | GoldPlace>,
  preds: readonly Named[],
  noun: 'actor' | 'place',
  others: { noun: 'actor' | 'place'; preds: readonly Named[]; golds: ReadonlyArray<GoldActor | GoldPlace> },
  text: string,
): CategoryScore {
  const goldKeys = golds.map((g) => nameKeys([g.name, ...(g.aliases ?? [])]));
  const predKeys = preds.map((p) => nameKeys([p.name, ...p.aliases]));
  const kindOf = (g: GoldActor | GoldPlace): string | undefined => ('kind' in g ? g.kind : undefined);
  const score = (gi: number, pi: number): number => {
    const g = golds[gi] as GoldActor | GoldPlace;
    const p = preds[pi] as Named;
    if (!intersects(goldKeys[gi] as Set<string>, predKeys[pi] as Set<string>)) return 0;
    return 1 + (goldNameKey(g.name) === goldNameKey(p.name) ? 2 : 0) + (kindOf(g) === p.kind ? 1 : 0);
  };
  const pairing = pairUp(golds.map(isOptional), preds.length, score);
  const result = emptyScore();
  result.tp = pairing.pairs.length;
  result.fn = pairing.missed.length;
  result.fp = pairing.unmatched.length;
  result.unscored = pairing.absorbed.length;

  if (noun === 'actor') {
    for (const [gi, pi] of pairing.pairs) {
      const g = golds[gi] as GoldActor;
      const p = preds[pi] as Named;
      if (g.kind === undefined) continue;
      agree(result, 'kind', g.kind === p.kind);
      if (g.kind !== p.kind) result.disagreements.push({ field: 'kind', gold: g.kind, predicted: String(p.kind), item: g.name });
    }
  }

  const predTokens = preds.map((_, pi) => nameTokens(predKeys[pi] as Set<string>));
  const otherPredKeys = others.preds.map((p) => nameKeys([p.name, ...p.aliases]));
  const lowerText = text.toLowerCase();
  for (const gi of pairing.missed) {
    const g = golds[gi] as GoldActor | GoldPlace;
    const keys = goldKeys[gi] as Set<string>;
    const tokens = nameTokens(keys);
    const nearby: string[] = [];
    const similar: Array<[number, string]> = [];
    for (let pi = 0; pi < preds.length; pi++) {
      const p = preds[pi] as Named;
      const owner = pairing.goldOf.get(pi);
      if (score(gi, pi) > 0 && owner !== undefined) {
        nearby.push(`predicted ${noun} ${describeNamed(p)} has this name but went to gold ${JSON.stringify(golds[owner]?.name)} (over-merged?)`);
      } else {
        const shared = sharedCount(tokens, predTokens[pi] as Set<string>);
        if (shared > 0) similar.push([shared, `similar predicted ${noun} ${describeNamed(p)}`]);
      }
    }
    nearby.push(...bestFirst(similar));
    others.preds.forEach((p, oi) => {
      if (intersects(keys, otherPredKeys[oi] as Set<string>)) nearby.push(`predicted as ${others.noun === 'actor' ? 'an' : 'a'} ${others.noun}: ${describeNamed(p)}`);
    });
    const forms = [g.name, ...(g.aliases ?? [])];
    if (!forms.some((f) => lowerText.includes(f.toLowerCase()))) nearby.push('no name form of it occurs in the text');
    if (nearby.length === 0) nearby.push(`no predicted ${noun} shares a word with it`);
    result.misses.push({ gold: `${noun} ${describeNamed(g)}`, nearby: nearby.slice(0, MAX_NEARBY) });
  }

  for (const pi of pairing.unmatched) {
    const p = preds[pi] as Named;
    const keys = predKeys[pi] as Set<string>;
    const nearby: string[] = [];
    const similar: Array<[number, string]> = [];
    golds.forEach((g, gi) => {
      if (score(gi, pi) > 0) {
        const rival = pairing.predOf.get(gi);
        const by = rival === undefined ? '' : ` by ${JSON.stringify(preds[rival]?.name)}`;
        nearby.push(`gold ${noun} ${JSON.stringify(g.name)} already matched${by}: an unmerged duplicate?`);
      } else {
        const shared = sharedCount(predTokens[pi] as Set<string>, nameTokens(goldKeys[gi] as Set<string>));
        if (shared > 0) similar.push([shared, `resembles gold ${noun} ${describeNamed(g)}`]);
      }
    });
    nearby.push(...bestFirst(similar));
    for (const o of others.golds) {
      if (intersects(keys, nameKeys([o.name, ...(o.aliases ?? [])]))) nearby.push(`is a gold ${others.noun}: ${JSON.stringify(o.name)}`);
    }
    result.falsePositives.push({ predicted: `${noun} ${describeNamed(p)}`, nearby: nearby.slice(0, MAX_NEARBY) });
  }
  return result;
}

function scoreActors(ctx: Context, golds: GoldActor[]): CategoryScore {
  return scoreNamed(
    golds,
    ctx.parsed.actors,
    'actor',
    { noun: 'place', preds: ctx.parsed.places, golds: ctx.gold.places ?? [] },
    ctx.text,
  );
}

function scorePlaces(ctx: Context, golds: GoldPlace[]): CategoryScore {
  return scoreNamed(
    golds,
    ctx.parsed.places,
    'place',
    { noun: 'actor', preds: ctx.parsed.actors, golds: ctx.gold.actors ?? [] },
    ctx.text,
  );
}

// ---------------------------------------------------------------------------------------------
// Claims

function describeGoldClaim(g: GoldClaim): string {
  const tags = [g.cue, g.kind].filter(Boolean).join('/');
  return `claim by ${g.claimant}${tags ? ` [${tags}]` : ''} ${excerpt(g.contains)}`;
}

/** Why a predicted claim does not match a gold claimant + snippet, or null when it does. */
function claimMismatch(ctx: Context, goldClaimant: string, snippet: string, claim: Claim): string | null {
  const texts = ctx.claimTexts(claim);
  const holding = texts.filter((t) => holds(t.text, snippet));
  const reasons: string[] = [];
  if (holding.length === 0) reasons.push('snippet not inside its content, quote or span');
  else if (holding.every((t) => t.tooLong)) {
    reasons.push(`evidence too long (${holding.map((t) => `${t.field} ${t.text.length}`).join(', ')} > ${CLAIM_EVIDENCE_LIMIT})`);
  }
  if (!ctx.claimantMatches(goldClaimant, claim)) {
    const actor = ctx.claimant(claim);
    if (actor === null) {
      reasons.push(claim.claimantId === null ? 'no claimant resolved' : `claimantId ${claim.claimantId} names no actor`);
    } else reasons.push(`claimant ${JSON.stringify(actor.name)} is not ${JSON.stringify(goldClaimant)}`);
  }
  return reasons.length > 0 ? reasons.join('; ') : null;
}

function scoreClaims(ctx: Context, golds: GoldClaim[]): CategoryScore {
  const claims = ctx.parsed.claims;
  const matches = (g: GoldClaim, c: Claim): boolean => ctx.claimHolds(c, g.contains) && ctx.claimantMatches(g.claimant, c);
  const score = (gi: number, pi: number): number => {
    const g = golds[gi] as GoldClaim;
    const c = claims[pi] as Claim;
    if (!matches(g, c)) return 0;
    return 1 + (g.cue !== undefined && sameWord(g.cue, c.cue) ? 1 : 0) + (g.kind === c.kind ? 1 : 0);
  };
  const absorb = (gi: number, pi: number): number => {
    const g = golds[gi] as GoldClaim;
    const c = claims[pi] as Claim;
    if (!ctx.claimHolds(c, g.contains)) return 0;
    return ctx.claimantMatches(g.claimant, c) || (g.claimant.trim() === '*' && ctx.claimant(c) === null) ? 1 : 0;
  };
  const pairing = pairUp(golds.map(isOptional), claims.length, score, absorb);
  const result = emptyScore();
  result.tp = pairing.pairs.length;
  result.fn = pairing.missed.length;
  result.fp = pairing.unmatched.length;
  result.unscored = pairing.absorbed.length;

  for (const [gi, pi] of pairing.pairs) {
    const g = golds[gi] as GoldClaim;
    const c = claims[pi] as Claim;
    const item = describeGoldClaim(g);
    if (g.cue !== undefined) {
      agree(result, 'cue', sameWord(g.cue, c.cue));
      if (!sameWord(g.cue, c.cue)) result.disagreements.push({ field: 'cue', gold: g.cue, predicted: c.cue, item });
    }
    if (g.kind !== undefined) {
      agree(result, 'kind', g.kind === c.kind);
      if (g.kind !== c.kind) result.disagreements.push({ field: 'kind', gold: g.kind, predicted: c.kind, item });
    }
  }

  for (const gi of pairing.missed) {
    const g = golds[gi] as GoldClaim;
    const where = locateSnippet(ctx.text, g.contains);
    const nearby: string[] = [];
    if (where === null) nearby.push('snippet not found in the article text (gold typo?)');
    claims.forEach((c, pi) => {
      const near = (where !== null && overlap(where, c) > 0) || ctx.claimTexts(c).some((t) => holds(t.text, g.contains));
      if (!near) return;
      const owner = pairing.goldOf.get(pi);
      const why =
        claimMismatch(ctx, g.claimant, g.contains, c) ??
        (owner === undefined ? 'matches (unexpectedly unpaired)' : `went to gold ${describeGoldClaim(golds[owner] as GoldClaim)}`);
      nearby.push(`${ctx.describeClaim(c)}: ${why}`);
    });
    if (nearby.length === 0) nearby.push(`no predicted claim covers it${where ? `; ${inText(ctx.text, where)}` : ''}`);
    result.misses.push({ gold: describeGoldClaim(g), nearby: nearby.slice(0, MAX_NEARBY) });
  }

  for (const pi of pairing.unmatched) {
    const c = claims[pi] as Claim;
    const nearby: string[] = [];
    golds.forEach((g, gi) => {
      const inside = ctx.claimHolds(c, g.contains);
      const where = inside ? null : locateSnippet(ctx.text, g.contains);
      if (!inside && (where === null || overlap(where, c) === 0)) return;
      const label = `${isOptional(g) ? 'optional ' : ''}gold ${describeGoldClaim(g)}`;
      if (!inside) nearby.push(`overlaps ${label} without holding its snippet`);
      else if (!ctx.claimantMatches(g.claimant, c)) nearby.push(`holds ${label}, but the claimant differs`);
      else if (pairing.predOf.has(gi)) nearby.push(`duplicate: ${label} already matched`);
      else nearby.push(`holds ${label}`);
    });
    if (nearby.length === 0) nearby.push('no gold claim here');
    result.falsePositives.push({ predicted: ctx.describeClaim(c), nearby: nearby.slice(0, MAX_NEARBY) });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Denials

interface DenialLink {
  claim: Claim;
  disputedId: string;
  disputed: Claim | null;
}

function describeGoldDenial(g: GoldDenial): string {
  return `denial by ${g.claimant} ${excerpt(g.contains, 50)} disputes ${excerpt(g.disputes, 50)}`;
}

function scoreDenials(ctx: Context, golds: GoldDenial[]): CategoryScore {
  const links: DenialLink[] = ctx.parsed.claims.flatMap((claim) =>
    claim.disputes.map((disputedId) => ({ claim, disputedId, disputed: ctx.claimById.get(disputedId) ?? null })),
  );
  const denyingSide = (g: GoldDenial, c: Claim, relaxed: boolean): boolean =>
    ctx.claimHolds(c, g.contains) &&
    (ctx.claimantMatches(g.claimant, c) || (relaxed && g.claimant.trim() === '*' && ctx.claimant(c) === null));
  const linkScore = (relaxed: boolean) => (gi: number, li: number): number => {
    const g = golds[gi] as GoldDenial;
    const link = links[li] as DenialLink;
    return denyingSide(g, link.claim, relaxed) && link.disputed !== null && ctx.claimHolds(link.disputed, g.disputes) ? 1 : 0;
  };
  const pairing = pairUp(golds.map(isOptional), links.length, linkScore(false), linkScore(true));
  const result = emptyScore();
  result.tp = pairing.pairs.length;
  result.fn = pairing.missed.length;
  result.fp = pairing.unmatched.length;
  result.unscored = pairing.absorbed.length;

  const describeLink = (l: DenialLink): string =>
    `${ctx.describeClaim(l.claim)} disputes ${l.disputed ? ctx.describeClaim(l.disputed) : `unknown claim id ${l.disputedId}`}`;

  for (const gi of pairing.missed) {
    const g = golds[gi] as GoldDenial;
    const nearby: string[] = [];
    for (const c of ctx.parsed.claims) {
      if (!denyingSide(g, c, false)) continue;
      if (c.disputes.length === 0) nearby.push(`${ctx.describeClaim(c)} is the denial but disputes nothing`);
      for (const id of c.disputes) {
        const d = ctx.claimById.get(id);
        nearby.push(`the denial disputes ${d ? `${ctx.describeClaim(d)}, which lacks ${excerpt(g.disputes, 50)}` : `unknown claim id ${id}`}`);
      }
    }
    if (nearby.length === 0) nearby.push('no predicted claim matches the denying claim (see claims misses)');
    const disputed = ctx.parsed.claims.filter((c) => ctx.claimHolds(c, g.disputes));
    nearby.push(
      disputed.length > 0
        ? `the disputed claim was found: ${ctx.describeClaim(disputed[0] as Claim)}`
        : 'no predicted claim holds the disputed snippet',
    );
    result.misses.push({ gold: describeGoldDenial(g), nearby: nearby.slice(0, MAX_NEARBY) });
  }
  for (const li of pairing.unmatched) {
    const l = links[li] as DenialLink;
    const nearby: string[] = [];
    for (const g of golds) {
      if (denyingSide(g, l.claim, false)) nearby.push(`the denying claim is gold ${describeGoldDenial(g)}, but the disputed claim differs`);
    }
    if (nearby.length === 0) nearby.push('no gold denial here');
    result.falsePositives.push({ predicted: describeLink(l), nearby });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Events

function describeGoldEvent(g: GoldEvent): string {
  const facts = [g.date, g.place, g.participants?.join('+'), g.modality].filter(Boolean).join(', ');
  return `event ${g.type ?? '?'} ${excerpt(g.contains)}${facts ? ` (${facts})` : ''}`;
}

function scoreEvents(ctx: Context, golds: GoldEvent[]): CategoryScore {
  const events = ctx.parsed.events;
  const score = (gi: number, pi: number): number => {
    const g = golds[gi] as GoldEvent;
    const e = events[pi] as NewsEvent;
    if (!ctx.eventHolds(e, g.contains)) return 0;
    return 1 + (g.type !== undefined && ctx.canonicalType(g.type) === ctx.canonicalType(e.type) ? 1 : 0);
  };
  const pairing = pairUp(golds.map(isOptional), events.length, score);
  const result = emptyScore();
  result.tp = pairing.pairs.length;
  result.fn = pairing.missed.length;
  result.fp = pairing.unmatched.length;
  result.unscored = pairing.absorbed.length;

  for (const [gi, pi] of pairing.pairs) {
    const g = golds[gi] as GoldEvent;
    const e = events[pi] as NewsEvent;
    const item = describeGoldEvent(g);
    const check = (field: string, gold: string, predicted: string, ok: boolean): void => {
      agree(result, field, ok);
      if (!ok) result.disagreements.push({ field, gold, predicted, item });
    };
    if (g.type !== undefined) check('type', g.type, e.type, ctx.canonicalType(g.type) === ctx.canonicalType(e.type));
    if (g.date !== undefined) {
      check('date', g.date, e.date ?? 'null', e.date !== null && timeValueKey(e.date) === timeValueKey(g.date));
    }
    if (g.place !== undefined) {
      const goldKeys = ctx.goldPlaceKeys(g.place);
      const places = e.placeIds.flatMap((id) => {
        const p = ctx.placeById.get(id);
        return p ? [p] : [];
      });
      const ok = places.some((p) => intersects(goldKeys, nameKeys([p.name, ...p.aliases])));
      check('place', g.place, places.map((p) => p.name).join('+') || 'none', ok);
    }
    if (g.participants !== undefined) {
      const actors = e.participants.flatMap((p) => {
        const a = ctx.actorById.get(p.actorId);
        return a ? [a] : [];
      });
      const actorKeys = actors.map((a) => nameKeys([a.name, ...a.aliases]));
      const found = maxMatching(
        g.participants.map((name) => {
          const keys = ctx.goldActorKeys(name);
          return actorKeys.flatMap((k, ai) => (intersects(keys, k) ? [ai] : []));
        }),
        new Set(),
      );
      g.participants.forEach((_name, i) => agree(result, 'participants', found.has(i)));
      if (found.size < g.participants.length) {
        const missing = g.participants.filter((_, i) => !found.has(i));
        result.disagreements.push({
          field: 'participants',
          gold: `${missing.join('+')} missing`,
          predicted: actors.map((a) => a.name).join('+') || 'none',
          item,
        });
      }
    }
    if (g.modality !== undefined) check('modality', g.modality, e.modality, g.modality === e.modality);
  }

  for (const gi of pairing.missed) {
    const g = golds[gi] as GoldEvent;
    const where = locateSnippet(ctx.text, g.contains);
    const nearby: string[] = [];
    if (where === null) nearby.push('snippet not found in the article text (gold typo?)');
    events.forEach((e, pi) => {
      if (where === null || (overlap(where, e) === 0 && overlap(where, e.trigger) === 0)) return;
      const owner = pairing.goldOf.get(pi);
      const why =
        e.end - e.start > EVENT_EVIDENCE_LIMIT
          ? `span too long (${e.end - e.start} > ${EVENT_EVIDENCE_LIMIT})`
          : !holds(ctx.eventSpan(e), g.contains)
            ? 'span does not hold the snippet'
            : owner === undefined
              ? 'matches (unexpectedly unpaired)'
              : `went to gold ${describeGoldEvent(golds[owner] as GoldEvent)}`;
      nearby.push(`${ctx.describeEvent(e)}: ${why}`);
    });
    if (nearby.length === 0) nearby.push(`no predicted event overlaps it${where ? `; ${inText(ctx.text, where)}` : ''}`);
    result.misses.push({ gold: describeGoldEvent(g), nearby: nearby.slice(0, MAX_NEARBY) });
  }

  for (const pi of pairing.unmatched) {
    const e = events[pi] as NewsEvent;
    const nearby: string[] = [];
    golds.forEach((g, gi) => {
      const label = `${isOptional(g) ? 'optional ' : ''}gold ${describeGoldEvent(g)}`;
      if (ctx.eventHolds(e, g.contains)) {
        nearby.push(pairing.predOf.has(gi) ? `duplicate: ${label} already matched` : `holds ${label}`);
        return;
      }
      const where = locateSnippet(ctx.text, g.contains);
      if (where !== null && overlap(where, e) > 0) nearby.push(`overlaps ${label} without holding its snippet`);
    });
    if (nearby.length === 0) nearby.push('no gold event here');
    result.falsePositives.push({ predicted: ctx.describeEvent(e), nearby: nearby.slice(0, MAX_NEARBY) });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Times

/** A gold time's offsets: its own `start`/`end`, else the first occurrence of its text (exact case first). */
export function goldTimeSpan(text: string, time: GoldTime): Span | null {
  if (time.start !== undefined && time.end !== undefined) return { start: time.start, end: time.end };
  let index = text.indexOf(time.text);
  if (index < 0) index = text.toLowerCase().indexOf(time.text.toLowerCase());
  return index < 0 ? null : { start: index, end: index + time.text.length };
}

function describeTime(t: { text: string; value: string }, span: Span | null): string {
  return `${JSON.stringify(t.text)} = ${t.value}${span ? ` ${at(span)}` : ''}`;
}

function scoreTimes(ctx: Context, golds: GoldTime[], exhaustive: boolean): CategoryScore {
  const times = ctx.parsed.times;
  const spans = golds.map((g) => goldTimeSpan(ctx.text, g));
  const score = (gi: number, pi: number): number => {
    const span = spans[gi];
    const t = times[pi] as Time;
    if (!span || timeValueKey(t.value) !== timeValueKey((golds[gi] as GoldTime).value)) return 0;
    return overlap(span, t);
  };
  const pairing = pairUp(golds.map(isOptional), times.length, score);
  const result = emptyScore();
  result.tp = pairing.pairs.length;
  result.fn = pairing.missed.length;
  result.unscored = pairing.absorbed.length;

  for (const gi of pairing.missed) {
    const g = golds[gi] as GoldTime;
    const span = spans[gi] ?? null;
    const nearby: string[] = [];
    if (span === null) nearby.push('its text is not in the article (gold typo?)');
    else {
      times.forEach((t, pi) => {
        if (overlap(span, t) === 0) return;
        const owner = pairing.goldOf.get(pi);
        const why =
          timeValueKey(t.value) !== timeValueKey(g.value)
            ? `value differs${t.rule ? ` (rule ${t.rule})` : ''}`
            : `went to gold ${describeTime(golds[owner ?? -1] ?? g, spans[owner ?? -1] ?? null)}`;
        nearby.push(`predicted ${describeTime(t, t)}: ${why}`);
      });
      if (nearby.length === 0) nearby.push(`nothing predicted here; ${inText(ctx.text, span, 30)}`);
    }
    result.misses.push({ gold: `time ${describeTime(g, span)}`, nearby: nearby.slice(0, MAX_NEARBY) });
  }

  for (const pi of pairing.unmatched) {
    const t = times[pi] as Time;
    const overlapping = golds.flatMap((g, gi) => {
      const span = spans[gi];
      return span && overlap(span, t) > 0 ? [{ g, span }] : [];
    });
    const wrongValue = overlapping.some(({ g }) => timeValueKey(g.value) !== timeValueKey(t.value));
    if (!exhaustive && !wrongValue) {
      result.unscored += 1;
      continue;
    }
    result.fp += 1;
    const nearby = overlapping.map(({ g, span }) => `${isOptional(g) ? 'optional ' : ''}gold ${describeTime(g, span)}`);
    if (nearby.length === 0) nearby.push('not a gold time expression');
    result.falsePositives.push({
      predicted: `time ${describeTime(t, t)}${t.rule ? ` (rule ${t.rule})` : ''}`,
      nearby: nearby.slice(0, MAX_NEARBY),
    });
  }
  return result;
}
