import { wireDatelinePlaces, type Block } from './segment.js';

/** A sentence of a content block, with offsets into the original text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the block (paragraph, title or heading) it belongs to. */
  blockIndex: number;
  /** Kind of that block, so extractors can ignore headings and titles where they should. */
  blockKind: Block['kind'];
}

/**
 * Words that end with a full stop without ending a sentence: titles, month and corporate
 * abbreviations. Single capital initials ("J. Smith", "U.S.") are handled by rule.
 */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'gov', 'sen',
    'rep', 'reps', 'sens', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp', 'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'messrs',
    'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vs', 'etc', 'approx',
    'est', 'fig', 'vol', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon',
    'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
    'd.c', 'i.e', 'e.g', 'al', 'ave', 'blvd', 'rd',
  ],
);

/** Abbreviations that end a sentence when the next word starts one anyway ("... in the U.S. The ..."). */
const CAN_END_SENTENCE = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'etc', 'a.m', 'p.m', 'd.c', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr']);

/** Words that commonly start a sentence, used to decide whether "U.S." ended one. */
/** A double or single opening quote mark, then a capital: a quoted sentence begins. */
const OPENING_QUOTE_THEN_CAPITAL = /^["“‘«]\s?\p{Lu}/u;
const SENTENCE_STARTERS = /^(The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|However|In|On|At|On|After|Before|Meanwhile|His|Her|Their|Its|There|When|While|If|As|According)\b/;

/**
 * A live blog's clock stamp opening an update ("09:40 GMT - At least 14 people ...", "10.15am: The governor said ...",
 * "14:05 BST — Police said ..."): a clock, perhaps a.m./p.m. and a zone, then a dash or colon. Group 1 is the stamp
 * without its separator. Id: `sentences/live-stamp` (round 20; the stamp leaked into claims' content and names).
 */
const LIVE_STAMP = /^(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,4}|local(?:\s+time)?))?)\s*(?:[-–—]{1,2}|:)\s+(?=\S)/u;

/**
 * Splits each content block into sentences. A break is a `.`, `!` or `?` (plus closing quotes or
 * brackets) followed by space and a capital, digit or opening quote, unless the word before it is a known
 * abbreviation or a single initial. Linear in the text length.
 *
 * @example splitSentences("Mr. Smith left. He said so.", [{ kind: 'paragraph', start: 0, end: 27 }]).length // 2
 */
export function splitSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'dateline') {
      // a wire dateline's city (and the state or country after it) names where the report was filed: places, read
      // like headings, each on its own ("NAIROBI" and "Kenya" in "NAIROBI, Kenya -")
      for (const place of wireDatelinePlaces(text.slice(block.start, block.end))) pushSentence(sentences, text, block.start + place.start, block.start + place.end, blockIndex, block.kind);
      return;
    }
    if (block.kind === 'boilerplate' || block.kind === 'slug') return;
    let from = block.start;
    const stamp = block.kind === 'paragraph' ? LIVE_STAMP.exec(text.slice(block.start, Math.min(block.end, block.start + 40))) : null;
    if (stamp) {
      // the stamp is its own sentence: a time for the times stage, no subject or content of the update it opens
      pushSentence(sentences, text, block.start, block.start + (stamp[1] as string).length, blockIndex, block.kind);
      from = block.start + stamp[0].length;
    }
    // The lookbehind starts a match only at the first mark of a run, so a line of 200,000 dots is
    // scanned once instead of once per dot (the unanchored `[.!?]+` was quadratic on such runs).
    const boundary = /(?<![.!?])[.!?]+["'”’»›“)\]]*(?=\s+["'“‘«‹„(\[]?[\p{Lu}\d])/gu;
    boundary.lastIndex = block.start;
    const region = text.slice(0, block.end);
    for (let m = boundary.exec(region); m !== null; m = boundary.exec(region)) {
      const stop = m.index + m[0].length;
      if (!isRealBoundary(text, m.index, m[0], stop)) continue;
      pushSentence(sentences, text, from, stop, blockIndex, block.kind);
      from = stop;
    }
    pushSentence(sentences, text, from, block.end, blockIndex, block.kind);
  });
  return sentences;
}

/**
 * Past forms of the verbs that close a quoted question or exclamation in news dialogue ('"Why now?" Ana Ruiz
 * asked.'). Source: the attribution verbs of wire style; id sentences.attribution-verbs.
 */
const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said', 'asked', 'added', 'told', 'wrote', 'replied', 'insisted', 'wondered', 'demanded', 'shouted', 'explained',
  'continued', 'recalled', 'noted', 'argued', 'warned', 'admitted', 'countered', 'cried', 'exclaimed', 'responded',
  'answered', 'quipped', 'joked', 'declared', 'asks', 'says', 'adds',
  // round 18 (`sentences.attribution-verbs-social`): social-media and rally attributions ('"Am I not allowed to
  // respond?" Harlan tweeted.', '"Shame!" the crowd chanted.', '"Why not?" she wrote on Facebook.')
  'tweeted', 'tweets', 'posted', 'posts', 'writes', 'tells', 'texted', 'yelled', 'screamed', 'chanted', 'pleaded',
  'vowed', 'promised', 'urged', 'stated', 'claimed', 'charged', 'snapped', 'retorted', 'protested', 'boasted',
  'conceded', 'acknowledged', 'thundered', 'roared', 'interjected', 'mused', 'whispered', 'sighed', 'scoffed',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/**
 * Whether a quoted question or exclamation is attributed right after its closing mark ('"Is this legal?" Ana Ruiz
 * asked.', '"What is he hiding?" Reyes campaign chairman Ted Marlow asked in a call.'): a capitalised subject of up
 * to six words, not a pronoun, then an attribution verb, before any comma. Such a mark ends no sentence.
 */
function attributedQuote(text: string, punct: string, stop: number): boolean {
  if (punct.startsWith('.') || !/["”’»]$/.test(punct)) return false;
  const words = (/^\s+([^,.;:!?"“”]{1,120})/.exec(text.slice(stop, stop + 130))?.[1] ?? '').split(/\s+/).slice(0, 8);
  if (!/^\p{Lu}/u.test(words[0] ?? '') || SUBJECT_PRONOUNS.has((words[0] as string).toLowerCase())) return false;
  return words.slice(1, 7).some((w) => ATTRIBUTION_VERBS.has(w));
}

/**
 * Capitalised words that go on a clock time rather than open a sentence: weekdays, months, zones and the words of
 * "Eastern time", "Greenwich Mean Time". Id: `sentences.clock-continuations`; source: wire style for clock times
 * ("at 3 p.m. Friday", "at 9 a.m. Eastern", "at 10 p.m. EST", "at noon Moscow time").
 */
const CLOCK_CONTINUATIONS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thur', 'thurs', 'fri', 'sat', 'sun', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'eastern', 'central', 'pacific', 'mountain', 'atlantic', 'greenwich', 'local', 'today',
  'tomorrow', 'yesterday', 'tonight',
]);

/**
 * "The president will speak at 9 p.m. Congress meets Friday.": after "a.m." or "p.m.", a capitalised word that is no
 * weekday, month or zone ("EST", "Eastern", "London time") opens the next sentence (the clock took the next
 * sentence's day before). A digit or bracket after the clock ("p.m. (1400 GMT)") does not.
 */
function clockEndsSentence(next: string): boolean {
  const words = next.split(/\s+/);
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(words[0] ?? '')?.[0];
  if (!first) return false;
  // zones and their abbreviations in capitals ("EST", "GMT", "ET")
  if (/^\p{Lu}{2,4}$/u.test(first.replace(/[.,]$/, ''))) return false;
  if (CLOCK_CONTINUATIONS.has(first.toLowerCase())) return false;
  // "at 8 p.m. New York time", "at noon Moscow time"
  return !words.slice(1, 4).some((w) => /^time\b/i.test(w));
}

/**
 * "At 10 a.m. President Bush arrived": a clock in a phrase opening the sentence, with no verb before it, goes on
 * into the sentence.
 */
function openingClock(text: string, dotIndex: number): boolean {
  const before = text.slice(Math.max(0, dotIndex - 45), dotIndex);
  return /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:(?:Shortly|Just|Soon|Sometime|Some time)\s+)?(?:At|By|Before|After|Until|Till|Around|About|From|Since|Shortly|Just)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m$/i.test(before);
}

function isRealBoundary(text: string, dotIndex: number, punct: string, stop: number): boolean {
  if (attributedQuote(text, punct, stop)) return false;
  if (!punct.startsWith('.')) return true;
  // The word before the period, including inner periods ("U.S", "a.m").
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex));
  const word = (before?.[1] ?? '').toLowerCase();
  if (word.length === 0) return true;
  const next = text.slice(stop).trimStart().slice(0, 40);
  // "at 3 p.m. EST. Congress will": a time zone written in capitals is no abbreviation ("est." is)
  if (before?.[1] === 'EST') return true;
  // ('curfew from 8 p.m. to 6 a.m. "The army has ...', 'sanctions by the U.S. "We will ...': a quote opening on a
  // capital after an abbreviation that can close a sentence opens the next one; round 21, `sentences.quote-after-abbreviation`)
  if ((word === 'a.m' || word === 'p.m' || CAN_END_SENTENCE.has(word)) && OPENING_QUOTE_THEN_CAPITAL.test(next)) return true;
  if (word === 'a.m' || word === 'p.m') return SENTENCE_STARTERS.test(next) || (clockEndsSentence(next) && !openingClock(text, dotIndex));
  if (CAN_END_SENTENCE.has(word)) return SENTENCE_STARTERS.test(next);
  if (ABBREVIATIONS.has(word)) return false;
  // "Dunmore v. Vexcel Systems", "Roe v. Ward": the "v." of a case name between two parties (round 20, names)
  if (before?.[1] === 'v' && /\p{Lu}[\p{L}\p{M}'’.-]*\s+v$/u.test(text.slice(Math.max(0, dotIndex - 30), dotIndex)) && /^\p{Lu}/u.test(next)) return false;
  // Single initial ("J. Smith") or dotted acronym ("N.A.T.O.")
  if (/^\p{Lu}$/u.test(before?.[1] ?? '') || /^(\p{L}\.)+\p{L}$/u.test(before?.[1] ?? '')) return SENTENCE_STARTERS.test(next);
  return true;
}

/**
 * Longest sentence handed to the tagger and extractors, in UTF-16 code units. News sentences run
 * to a few hundred characters (the longest in our eval folders has 524); a longer "sentence" is a
 * PDF or transcript line without punctuation, and several stages cost more than linear in the length
 * of one sentence, so such a run is cut into pieces of at most this size to keep the whole parse
 * linear in the text length.
 */
export const MAX_SENTENCE_LENGTH = 1000;

function pushSentence(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  blockIndex: number,
  blockKind: Block['kind'],
): void {
  let from = start;
  while (end - from > MAX_SENTENCE_LENGTH) {
    const cut = cutPoint(text, from, from + MAX_SENTENCE_LENGTH);
    pushPiece(out, text, from, cut, blockIndex, blockKind);
    from = cut;
  }
  pushPiece(out, text, from, end, blockIndex, blockKind);
}

/**
 * Where to cut an over-long run: after the last whitespace in its second half, so words stay
 * whole; failing that (a line without spaces) at the limit itself, never inside a surrogate pair.
 */
function cutPoint(text: string, from: number, limit: number): number {
  for (let i = limit - 1; i > from + MAX_SENTENCE_LENGTH / 2; i--) {
    if (/\s/.test(text[i] ?? '')) return i + 1;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function pushPiece(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  blockIndex: number,
  blockKind: Block['kind'],
): void {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim();
  if (body.length === 0) return;
  out.push({ start: start + lead, end: start + lead + body.length, text: body, blockIndex, blockKind });
}
