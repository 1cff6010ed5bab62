import type { Span } from '../../schema/span.js';
import { WEEKDAYS } from '../time/lexicon.js';
import type { Token } from '../../nlp/tokens.js';

/*
 * The claimed clause of a cue: where it starts (after "that", a channel such as "on X" or "in a statement", an
 * addressee such as "told reporters") and ends (the next coordinated cue, a semicolon, the sentence end), and the
 * verbatim quote inside it.
 */

/** Where a channel ("on X", "in a statement on Monday") or an addressee ("told reporters") is no part of the claim. */
// ("said on a conference call that", "told donors in a video call that": a call is a channel too; round 14,
// id `content/call-channel`)
// ("said in a confidential report, seen by AFP, that", "said in a joint communique issued after the talks that": a
// report or communique the speaker issued is its channel too; round 19, `content/channel-aside-then-that`)
const CHANNEL_NOUN = '(?:statement|post|video|interview|speech|letter|message|broadcast|address|briefing|conference|tweet|op-ed|memo|email|filing|release|note|remarks|comments|podcast|appearance|update|call|teleconference|webcast|livestream|report|communiqu[eé]|declaration|readout)';
/**
 * A channel noun may head a compound of channel nouns ("his nightly video address", "a statement release"); the day
 * after it may carry its part ("in a televised address on Tuesday night": round 16, `content/channel-day-part`).
 */
const CHANNEL_LEAD = new RegExp(`^\\s*(?:on|in|via|through)\\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|Truth Social|social media|(?:(?:state|state-run|state-owned|national|public|local|regional|live|pan-Arab)\\s+)?(?:television|radio|TV)|air(?=\\s+(?:that|on)\\s|\\s*,)|(?:[\\w-]+\\s+)?(?:remarks|comments)|(?:a|an|the|his|her|its|their)\\s+(?:[\\w-]+\\s+){0,3}?${CHANNEL_NOUN}(?:\\s+${CHANNEL_NOUN})*)\\b(?:\\s+on\\s+\\w+day(?:\\s+(?:morning|afternoon|evening|night))?)?\\s*,?\\s*`, 'iu');

// ("told supporters in Wisconsin he is ...", "told reporters at Gatwick the strike was over": where the addressee
// was heard, a capitalised place after "in" or "at", belongs to the addressee: one word, or two after an opener of
// place names ("New Orleans", "Abu Dhabi"), so "told reporters in Kyiv Russia had attacked" keeps Russia; round 17)
// ("told state television the troops would not withdraw", "told local media": a channel with no article; round 18,
// `content/bare-media-addressee`)
const ADDRESSEE_LEAD = /^\s*(?:reporters|journalists|lawmakers|parliament|supporters|voters|donors|delegates|students|workers|residents|viewers|listeners|readers|senators|members|analysts|investors|shareholders|employees|staff|officials|diplomats|colleagues|troops|soldiers|executives|legislators|followers|jurors|mourners|protesters|\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents)|him|her|them|us|me|(?:state|national|local|public|regional)\s+(?:television|TV|radio|media|broadcaster|news\s+agency)|(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:agency|newspaper|paper|channel|broadcaster|network|station|radio|television|committee|court|council|parliament|audience|crowd|conference|briefing|jury|judge|panel|tribunal|inquiry|hearing|commission)|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s+(?:in|at)\s+(?:(?:New|San|Santa|Los|Las|Des|St\.?|Saint|Sao|São|Port|Fort|Kuala|Buenos|Rio|Tel|Abu|Addis|Cape|Hong|Sri|Puerto|Costa|El|La|Le|Baton|Salt|Kansas|Oklahoma|Carson|Atlantic|Palm|Mexico|Panama|Guatemala|Kuwait|Dar|Phnom|Ho)\s+)?\p{Lu}[\p{L}.'’-]*)?\s*(?:[,:]\s*(?=["“«])|\s+(?:on\s+\w+day\s+)?)/u;

/** Phrases that continue a channel ("with a local radio station", "to supporters in Lyon") up to "that". */
// ("in a statement read outside the court that", "in a statement released by police that": a participle of the
// channel's delivery may open them; "in a statement carried by SANA that": the outlet that carried it)
const CHANNEL_THEN_THAT = /^\s*(?:(?:read|issued|released|posted|published|sent|signed|delivered|given|carried|broadcast|aired|distributed)\s+)?(?:(?:with|to|on|at|in|from|for|by|during|after|outside|through|via)\s+(?:[\p{L}\d'’.-]+\s+){1,5}?)+that\s+/u;

/**
 * A participle's aside on the channel, set off by commas, before "that" ("said in a confidential report, seen by AFP,
 * that", "said in a statement, issued late on Monday, that"; the comma after the channel is already read). Id:
 * `content/channel-aside-then-that` (round 19).
 */
const CHANNEL_ASIDE_THEN_THAT = /^\s*(?:\p{Ll}+(?:ed|en|wn)|read|broadcast|put\s+out|sent)\s+[^,;:"“”]{1,60},\s*that\s+/u;

/**
 * Prepositional phrases of circumstance (place, occasion, time) between a cue and "that", each perhaps followed by
 * a name in apposition ("said at a rally in her home state, Ohio, that"); a bare plural of papers or speech
 * ("argued in court filings that", "said in interviews that", "wrote in emails that"; round 15, claims17, id
 * `content/bare-channel-plural`); up to four words after the determiner ("said on the group's Al Masirah television
 * that"; round 18, `content/long-channel-then-that`); a year or a dated day ("admitted in 2016 that", "said on May 3,
 * 2019, that"; round 18 lead, `content/year-then-that`).
 */
const CIRCUMSTANCES_THEN_THAT = /^\s*,?\s*(?:(?:(?:in|at|on|during|after|before|from|to|with|for|aboard|outside|inside|over|via|by)\s+(?:(?:a|an|the|his|her|its|their|this|last|next)\s+(?:[\p{L}\d'’.-]+(?:\s+|(?=,))){0,4}?|\p{Lu}[\p{L}.'’-]*\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}|(?:\p{Lu}[\p{L}.]*\s+)?\d{1,4}(?:s|st|nd|rd|th)?(?:,?\s+\d{4})?(?:\s+|(?=,))|\p{L}+day\s+|(?:[\p{Ll}-]+\s+){0,2}?(?:filings|papers|documents|interviews|statements|remarks|posts|messages|letters|emails|tweets|briefings|speeches|submissions|testimony)\s+|(?:reporters|journalists|supporters|donors|lawmakers|legislators|senators|delegates|students|workers|employees|staff|voters|investors|analysts|shareholders|police|prosecutors|investigators|officials|regulators|parliament|residents|parents)\s+)|for\s+(?:years|months|weeks|decades|days|a\s+long\s+time)\s+|(?<=,\s?)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?=,))\s*,?\s*)+that\s+/u;

/**
 * An addressee of a few words, one or more prepositional phrases of circumstance, then "that"; a phrase may end in
 * a name in apposition ("told reporters in the capital, Kabul, that").
 */
const ADDRESSEE_THEN_THAT = /^\s*(?:[\p{L}'’-]+\s+){1,4}?(?:(?:on|at|in|during|after|before|over|via|by|from)\s+(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},)?\s+)+that\s+/u;

/** An addressee of one to four words (none a verb of a clause) then "that". Id: `claims/addressee-before-that`. */
const ADDRESSED_THAT = /^\s*(?:(?!(?:is|are|was|were|will|would|could|can|may|might|must|should|had|has|have|did|does|do|be|been|not)\s)[\p{L}'’.-]+\s+){1,4}?that\s+/u;
const ADDRESSEE_CUES: ReadonlySet<string> = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'urge', 'promise']);

/**
 * "said on Monday that ...", "said on Tuesday they doubted ...": a time right after the cue, before its clause,
 * dates the saying and is no part of the claim (the clause follows with or without "that").
 */
const SAYING_TIME = /^\s*(?:(?:late|early)\s+)?(?:(?:on\s+\p{L}+day|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|(?:last|this|earlier\s+this)\s+(?:week|month|year|night|morning|afternoon|evening|weekend))\s*,?\s+(?:that\s+)?(?=[\p{L}\d"“‘'])/iu;

/**
 * A programme or publication named in quotes, with its channel, before "that": 'said on CNN's "State of the Union"
 * that', 'told NBC's "Meet the Press" on Sunday that', 'wrote in a "Dear Colleague" letter that'.
 */
const QUOTED_TITLE_THEN_THAT = /^\s*(?:(?:on|to|in)\s+)?(?:(?:a|an|the|his|her|its|their)\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}?(?:\p{Lu}[\p{L}.&-]*['’]s\s+)?["“][^"”\n]{1,50}["”]\s*(?:(?:letter|show|program|programme|column|interview|op-ed|broadcast|podcast)\s+)?,?\s*(?:on\s+\p{L}+day\s+)?that\s+/u;

/**
 * "said of the plan: "It will never work."", "said of his rival that he was unfit": the topic of the saying before a
 * colon and a quote or before "that" is no part of the claim. Id: `content/said-of-topic` (round 15).
 */
const TOPIC_LEAD = /^\s*of\s+(?:[\p{L}\d'’.-]+\s+){0,6}?[\p{L}\d'’.-]+\s*(?::\s*(?=["“«‘])|,?\s+that\s+)/u;

/**
 * A short adverbial before "that": "claimed, without evidence, that ...", "said again in March that ...", "cautioned,
 * however, that ...", and the terms of the saying ("said on condition of anonymity that ...", "said, on condition of
 * anonymity because the talks were private, that ..."; round 15, `content/anonymity-terms`).
 */
const HEDGED_THAT = /^\s*,?\s*(?:on\s+(?:the\s+)?condition\s+(?:of|that\s+(?:he|she|they)\s+not\s+be)\s+(?:anonymity|named|identified)(?:\s+(?:because|to|as|since)\s[^,;"“”]{1,80}?)?|without\s+(?:any\s+|offering\s+|providing\s+|citing\s+)?evidence|again|later|afterwards|subsequently|however|though|moreover|meanwhile|nonetheless|nevertheless|instead|in\s+turn|too|repeatedly|publicly|privately|separately|falsely|wrongly|also|only|simply|merely|(?:\p{L}+ly)|(?:during|after|before|at)\s+(?:a|an|the|his|her|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s*,?\s+that\s+/iu;

export function skipLead(text: string, start: number, end: number, lemma: string): number {
  let s = start;
  // (a programme's quoted title, or the topic "of the plan", before "that" or a quote)
  const titled = QUOTED_TITLE_THEN_THAT.exec(text.slice(s, end)) ?? TOPIC_LEAD.exec(text.slice(s, end));
  if (titled) return s + titled[0].length;
  // "ruled 5-3 that ...", "ruled unanimously on Monday that ...": a court's vote is no part of the ruling
  const tally = lemma === 'rule' ? /^\s+(?:\d+\s*(?:-|–|to)\s*\d+|unanimously)(?:\s+on\s+\p{L}+day)?\s+that\s+/iu.exec(text.slice(s, end)) : null;
  if (tally) return s + tally[0].length;
  const channel = CHANNEL_LEAD.exec(text.slice(s, end));
  if (channel) s += channel[0].length;
  // "said in an interview with a local radio station that ...": the channel's own phrases stand before "that"
  const channelThat = channel ? CHANNEL_THEN_THAT.exec(text.slice(s, end)) ?? CHANNEL_ASIDE_THEN_THAT.exec(text.slice(s, end)) : null;
  if (channelThat) return s + channelThat[0].length;
  // "said on Monday that ...": the day of the saying before "that" is no part of the claim
  const dated = SAYING_TIME.exec(text.slice(s, end));
  if (dated && /that\s+$/i.test(dated[0])) return s + dated[0].length;
  // "said on Tuesday in a statement (that) ...": a channel may follow the day
  if (dated) s += dated[0].length + (CHANNEL_LEAD.exec(text.slice(s + dated[0].length, end))?.[0].length ?? 0);
  // "said at a rally in Velmar on Tuesday that ...", "have argued for years that ...": circumstances before "that"
  const circumstancesThat = CIRCUMSTANCES_THEN_THAT.exec(text.slice(s, end));
  if (circumstancesThat) return s + circumstancesThat[0].length;
  // "said, as she left the court, that ...": a short adverbial clause set off by commas before "that"
  const aside = /^\s*,\s*(?:as|while|when|after|before|once)\s[^,;"“”]{1,60},\s*that\s+/iu.exec(text.slice(s, end));
  if (aside) return s + aside[0].length;
  // "said privately they expected ...", "said later the dam held": an adverb of the saying before a clause without
  // "that" (`content/adverb-after-postposed`, round 15; not "later this week", "later in the day")
  const manner = /^\s*(?:privately|publicly|separately|later|afterwards|subsequently)\s+(?!(?:that|this|next|in|on|today|tonight|than)\b)(?=\p{L})/u.exec(text.slice(s, end));
  if (manner) return s + manner[0].length;
  // (a short adverbial or the terms of the saying before "that": `HEDGED_THAT`)
  const hedged = HEDGED_THAT.exec(text.slice(s, end));
  if (hedged) return s + hedged[0].length;
  // "asked Comey why the bureau had not acted": the one asked is no part of the question (`cues/asked-addressee-question`)
  const askedWho = lemma === 'ask' ? /^\s*(?:(?!(?:for|to|of|in|on|at|about|with|by|from|into|over)\s)[\p{L}'’.-]+\s+){1,4}?(?=(?:whether|if|why|how)\s)/u.exec(text.slice(s, end)) : null;
  if (askedWho) return s + askedWho[0].length;
  // "thanked the volunteers for their help": what the thanks are for is the claim, not who is thanked
  const thanked = lemma === 'thank' ? /^\s*(?:[\p{L}'’.-]+\s+){1,6}?for\s+/u.exec(text.slice(s, end)) : null;
  if (thanked) return s + thanked[0].length;
  // "told the donors on a farewell call on Saturday that ...": the addressee and the circumstances of the
  // telling stand before "that"; the claim is the clause after it
  const circumstantial = ADDRESSEE_CUES.has(lemma) ? ADDRESSEE_THEN_THAT.exec(text.slice(s, end)) : null;
  if (circumstantial) return s + circumstantial[0].length;
  // "told NBC's Sunday Forum that ...": an addressee of a few words, then "that"
  const toldThat = lemma === 'tell' ? /^\s*(?:[\p{L}'’.-]+\s+){1,6}?that\s+/u.exec(text.slice(s, end)) : null;
  if (toldThat) return s + toldThat[0].length;
  // "warned lawmakers that ...", "assured the board that ...", "reminded voters that ...": a short addressee with no
  // verb of its own ("warned the plan would fail that ..." is no addressee) before "that"
  const warnedThat = ADDRESSEE_CUES.has(lemma) && lemma !== 'urge' ? ADDRESSED_THAT.exec(text.slice(s, end)) : null;
  if (warnedThat) return s + warnedThat[0].length;
  s = afterAddressee(text, s, end, lemma);
  const channelAfter = CHANNEL_LEAD.exec(text.slice(s, end));
  if (channelAfter) s += channelAfter[0].length;
  // "went on to say that ...": the second verb only restates the cue
  const restated = /^\s*to\s+(?:say|add|note|claim|insist|argue|stress)\s+(?:that\s+)?/i.exec(text.slice(s, end));
  if (restated) s += restated[0].length;
  return s;
}

/**
 * The start of the clause after an addressee with no "that" ("told reporters the talks had stalled"); `s` when there is
 * none.
 */
function afterAddressee(text: string, s: number, end: number, lemma: string): number {
  if (!ADDRESSEE_CUES.has(lemma) || lemma === 'urge') return s;
  const who = ADDRESSEE_LEAD.exec(text.slice(s, end));
  if (who === null) return s;
  // ("warned residents they should leave", "warn protesters the march was illegal": a warning's addressee is a
  // lower-case plural of people or a pronoun; "warned Russia would retaliate" names who will act, and "warned voters
  // would punish the party" the clause's subject, as a verb follows it; round 16, `content/warned-addressee`)
  const rest = text.slice(s + who[0].length, end);
  if (lemma === 'warn' && (!/^\s*(?:\p{Ll}{3,}s|him|her|them|us)\s/u.test(who[0]) || /^\s*\p{Ll}+(?:ces|ties|ures)\s/u.test(who[0]) || /^(?:would|will|could|can|may|might|must|should|are|were|had|have|did|do|was|is)\b/.test(rest))) return s;
  // only when a clause follows: "told reporters the talks had stalled", not "told a story"
  return /^(?:that\b|\p{Ll}+\s+\p{L}|\p{Lu}|["“«])/u.test(rest) ? s + who[0].length : s;
}

/** "that" as the subject of a finite verb: "that is not true", "that was a mistake", "that won't happen". */
const DEMONSTRATIVE_THAT = /^that\s+(?:is|was|isn['’]t|wasn['’]t|has|had|hasn['’]t|will|would|won['’]t|wouldn['’]t|could|can|may|might|must|should|does|did|doesn['’]t|didn['’]t|remains|seems|means)\b/i;

/**
 * "that" as the determiner of a claim noun the answer names ("disputed that account, insisting ...", "rejected that
 * characterization", "denied that claim on Monday"): the noun phrase is the claimed object, so "that" stays. Id:
 * `content/that-claim-noun` (round 17).
 */
const DETERMINER_THAT = /^that\s+(?:account|claim|report|assessment|version|characteri[sz]ation|allegation|accusation|charge|notion|idea|view|assertion|argument|suggestion|description|story|statement|estimate|conclusion|finding|interpretation|narrative|portrayal)(?=\s*(?:$|[,.;:!?)]|\s+(?:as|and|but|in|on|at|by|from|with|because|saying|calling|insisting|arguing|adding)\b))/i;

/** A channel of the saying closing the content ("in a statement", "on Twitter", "in an interview on Monday"). */
// ("claimed responsibility for the attack in a message to journalists", "in a video posted online": a message with
// its addressee or its posting; round 14, `content/trailing-message`)
const MESSAGE_CHANNEL = String.raw`(?:message|video|letter|e-?mail)(?:\s+(?:to|posted|sent\s+to|released\s+to)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:journalists|reporters|media|news\s+agencies|online|on\s+(?:the\s+)?(?:internet|social\s+media|Telegram|YouTube|Twitter)))?`;
const TRAILING_CHANNEL = new RegExp(String.raw`\s+(?:in|on|via|during|at)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|tweet|post|posting|briefing|news\s+conference|press\s+conference|television|radio|Twitter|social\s+media|Facebook|${MESSAGE_CHANNEL})(?:\s+on\s+\p{L}+day(?:\s+(?:morning|afternoon|evening|night))?)?$`, 'u');

/**
 * A speech event with whom or where it was given closing the content ("in an interview with CNN", ", in an interview
 * published on Sunday by Die Welt", ", in a speech to parliament", "in an op-ed published by Le Monde"): the channel
 * of the saying, no part of what was said. Id: `content/trailing-speech-event` (round 18).
 */
const TRAILING_SPEECH_EVENT = new RegExp(String.raw`,?\s+(?:in|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:interview|speech|op-ed|article|column|address|statement|letter|podcast|broadcast|briefing|news\s+conference|press\s+conference)\s+(?:with|to|for|before|published|aired|broadcast|released|posted|carried|given|delivered|televised)\s+[^,;:"“”.!?]{1,70}$`, 'u');

export function trimContent(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  // guillemets and low-high marks are quote marks like the others: the content is the words inside
  while (s < e && /[\s,:;"“”'‘’«»‹›„—–-]/.test(text[s] as string)) s++;
  const lead = /^(?:that|to reporters|reporters|to the \w+|the \w+ agency)\s+/i.exec(text.slice(s, e));
  // "that" opening the claim is the complementizer, except where it is the claim's own subject: the first word of a
  // quote ('"That is simply not true," she said') or before a finite verb ("said that was a mistake")
  const quoted = /["“”'‘’«»‹›„]/.test(text.slice(start, s));
  if (lead && /^that/i.test(lead[0]) && !quoted && !DEMONSTRATIVE_THAT.test(text.slice(s, e)) && !DETERMINER_THAT.test(text.slice(s, e))) s += lead[0].length;
  while (e > s && /[\s,.;:!?"“”'‘’«»‹›„)—–-]/.test(text[e - 1] as string)) e--;
  // "confirmed the extension in a statement", "welcomed the decision on Twitter": the channel of the saying after
  // the claimed object is no part of it
  const channel = /["“”]/.test(text.slice(s, e)) ? null : TRAILING_SPEECH_EVENT.exec(text.slice(s, e)) ?? TRAILING_CHANNEL.exec(text.slice(s, e));
  if (channel && channel.index > 0) e = s + channel.index;
  // keep the closing mark of a quote the content opens ("called the talks "useful"")
  const body = text.slice(s, e);
  const opens = (body.match(/["“]/g) ?? []).length - (body.match(/”/g) ?? []).length;
  if ((body.match(/"/g) ?? []).length % 2 === 1 || opens > 0) {
    const close = text.slice(e, end).search(/["”]/);
    if (close >= 0) e += close + 1;
  }
  // keep a closing quote mark balanced with the content: content is the words
  return { start: s, end: e };
}

export function clauseBoundaryBefore(text: string, from: number, nextCueStart: number): number {
  const between = text.slice(from, nextCueStart);
  // (the words between the joiner and the next cue are its subject, never another joiner: "said the raids targeted
  // fighters and weapons depots and denied that" ends at the last "and")
  const m = /(?:(?<!\s),?\s+(?:but|and|while|whereas)\s+(?:(?!(?:but|and|while|whereas)\s)\p{L}+\s+){0,3}|,\s*)$/u.exec(between);
  return m ? from + m.index : nextCueStart;
}

/** The clause of one cue ends where the next cue's clause starts: at ", but", "and", ", saying" before it. */

export function quoteWithin(text: string, quotes: readonly Span[], content: Span): string | null {
  const inside = quotes.filter((q) => q.start < content.end + 2 && q.end > content.start - 1 && q.start >= content.start - 2);
  if (inside.length === 0) return null;
  return inside.map((q) => text.slice(q.start, q.end)).join(' ');
}

/** Words that open a phrase of circumstance after a cue: "in an interview with X", "on Telegram", "at a briefing". */
/** Openers of circumstance that only modify a time word ("early on Monday", "last week", "this morning"). */
const TIME_MODIFIERS: ReadonlySet<string> = new Set(['late', 'early', 'last', 'this', 'earlier']);

/** Whether a token names a time or a day, or is "on"/"in" before one ("early on Monday"). */
function timeWordAfter(t: Token | undefined): boolean {
  return t !== undefined && (t.tags.has('Date') || t.tags.has('WeekDay') || /^(?:on|in|that|this|last|next|week|month|year|night|morning|afternoon|evening|weekend|today|yesterday|tonight)$/.test(t.lower) || WEEKDAYS.has(t.lower));
}

const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'via', 'through', 'to', 'with', 'after', 'before', 'from', 'outside', 'late', 'early',
  'last', 'this', 'earlier', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
  // round 13 (`content/place-and-condition-openers`): '"...," Mr Hendry said under questioning by prosecutors',
  // '"...," she said under oath', '..., he told reporters inside the court', '..., she said amid boos'
  'under', 'inside', 'amid', 'alongside', 'beside', 'near', 'upon', 'behind',
  // round 15 (`content/said-of-topic`): '"It's a disgrace," Ann Lee said of the vote.', '"...," he said of his rival
  // on Monday': what the quote is about, no claim of its own
  'of',
  // round 15, second wave (claims17, `content/adverb-after-postposed`): "The bridge collapsed on Sunday, police said
  // later.", "Two men were arrested, the ministry said afterwards.": an adverb of time after a postposed cue
  'later', 'afterwards', 'afterward', 'subsequently', 'separately', 'again',
  // round 18 (`content/quote-frame-circumstance`): '"Not one more day!" Ortiz yelled into the microphone.'
  'into',
]);

/**
 * '"We will rebuild," Ortega said in an interview with the BBC.', '..., two officials told Reuters.': whether only
 * the circumstances of the saying follow the cue's last token up to `end` (a channel, a place, a day, or for a cue
 * with an addressee the addressee) and no claimed clause: no "that" and no finite verb. A participle after a noun
 * ("a statement posted on its website") and a participial phrase after a comma (", speaking on condition of
 * anonymity") are circumstances too.
 */
export function onlyCircumstancesAfter(tokens: readonly Token[], last: number, end: number, lemma: string): boolean {
  const rest = tokens.filter((t) => t.index > last && t.end <= end);
  const first = rest[0];
  if (!first) return true;
  // "..., a senior official said, speaking on condition of anonymity.": a participial adjunct of the speaker
  if (/,\s*$/.test(tokens[last]?.post ?? '') && (first.tags.has('Gerund') || first.lower.endsWith('ing'))) return true;
  // ('"Is this the best we can do?" Warren asked the crowd.': the one asked after a postposed "asked" is its
  // addressee, as after "told"; round 18, `content/asked-addressee`)
  if (!CIRCUMSTANCE_OPENERS.has(first.lower) && !(ADDRESSEE_CUES.has(lemma) && lemma !== 'urge' && lemma !== 'warn') && lemma !== 'ask') return false;
  // "said early results showed ...", "said last year's figures were wrong": these open a time only before one
  // ("The talks had failed, a spokesman said earlier.": "earlier" alone closes the sentence as "later" does)
  if (TIME_MODIFIERS.has(first.lower) && !timeWordAfter(rest[1]) && !(first.lower === 'earlier' && rest.length === 1)) return false;
  for (let k = 0; k < rest.length; k++) {
    const t = rest[k] as Token;
    if (t.lower === 'that') return false;
    // "at a party in Lyon, where hundreds had gathered": a relative clause on a place or occasion
    if (k > 0 && /,\s*$/.test((rest[k - 1] as Token).post) && /^(?:where|which|when|who)$/.test(t.lower)) return true;
    // ", speaking on condition of anonymity": an adjunct of the speaker ends the circumstances
    // (also after a programme's closing quote mark: 'told ABC's "Good Morning America," insisting ...'; round 14)
    if (k > 0 && /,\s*["”’]?\s*$/.test((rest[k - 1] as Token).post) && (t.tags.has('Gerund') || t.lower.endsWith('ing'))) return true;
    if (!t.tags.has('Verb') || t.tags.has('Gerund')) continue;
    // ('"...," Portman said to cheers.', '..., she told supporters to chants of her name': an -s word right after a
    // preposition is a plural noun, never a verb; the tagger reads "cheers", "chants" as verbs; round 18,
    // `content/plural-after-preposition`)
    if (k > 0 && ((rest[k - 1] as Token).tags.has('Preposition') || (rest[k - 1] as Token).lower === 'to') && /\p{Ll}s$/u.test(t.text)) continue;
    // ("by state television", "on state radio": a verb form between a preposition and a noun modifies the noun)
    if (k > 0 && (rest[k - 1] as Token).tags.has('Preposition') && rest[k + 1]?.tags.has('Noun') === true && !rest[k + 1]?.tags.has('Pronoun')) continue;
    const afterNoun = rest[k - 1]?.tags.has('Noun') === true && !rest[k - 1]?.tags.has('Pronoun');
    // "a statement released on Monday" is a participle; "results showed its candidate ahead" has an object
    const object = rest[k + 1] !== undefined && (rest[k + 1] as Token).tags.has('Determiner') || (rest[k + 1] as Token | undefined)?.tags.has('Possessive') === true;
    // ('"...," Saleh said in remarks broadcast by state television.', "in a letter read out in parliament", "in
    // comments written for the paper": irregular participles after the channel's noun too; round 19,
    // `content/irregular-channel-participle`)
    if (!(afterNoun && /(?:ed|wn|held|given|sent|made|written|broadcast|read|run|put|cast|shot|spoken|taken)$/.test(t.lower)) || object) return false;
  }
  return true;
}
