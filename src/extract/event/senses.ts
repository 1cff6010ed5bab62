import type { Token } from '../../nlp/tokens.js';
import type { EventType } from '../../schema/event.js';
import {
  EVENT_NOUNS, EVENT_VERBS, TYPE_NEEDS, VERB_SENSES, type ArgumentNeed, type TriggerSense,
} from '../../nlp/lexicon/event-triggers.js';
import { GROUP_NOUNS } from '../../nlp/lexicon/organizations.js';
import { ROLE_NOUNS } from '../../nlp/lexicon/titles.js';
import { own } from '../../nlp/lexicon/own.js';
import { lookupDemonym } from '../../nlp/gazetteer.js';
import { ABSTRACT_AGENTS, ABSTRACT_FOES, ABSTRACT_PATIENTS, CONTEST_PRIZES, FIGURATIVE_PURCHASES, FIGURES, FOUGHT_FORCES, QUANTITY_APPROXIMATORS, WELCOMED_ACTS } from '../../nlp/lexicon/event-cues.js';
import { mistaggedNoun, type TokenRange } from './clause.js';
import { countedNoun, isPreposition, type Frame } from './frame.js';

/** What a sense check may ask of the sentence beyond the frame: which words are names of actors or places. */
export interface SenseContext {
  tokens: readonly Token[];
  frame: Frame;
  /** The token after the trigger. */
  next: Token | undefined;
  actorAt: (k: number) => boolean;
  placeAt: (k: number) => boolean;
}

const PERSON_WORDS = new Set([
  'him', 'her', 'them', 'us', 'me', 'he', 'she', 'they', 'we', 'i', 'people', 'man', 'woman', 'men', 'women',
  'counterpart', 'counterparts', 'delegation', 'delegations', 'side', 'sides', 'representatives', 'leaders', 'family',
  'families', 'relatives', 'lawyers', 'groups', 'members', 'parties', 'rebels', 'myself', 'himself', 'herself',
  // bodies of people named by their kind
  'union', 'group', 'council', 'committee', 'party', 'coalition', 'movement', 'association', 'federation', 'alliance',
  'front', 'organisation', 'organization', 'government', 'ministry', 'company', 'firm', 'agency', 'army', 'navy',
]);
/** Subjects that meet among themselves: plurals and bodies of members ("the council met"). */
const PLURAL_SUBJECT_WORDS = /^(?:they|we|both|sides|leaders|ministers|parties|delegations|countries|nations|governments|officials|negotiators|council|cabinet|committee|parliament|assembly|board|congress|senate|panel|commission|jury|members|g7|g20)$/;
const PLACE_NOUNS = new Set([
  'country', 'countries', 'nation', 'city', 'town', 'village', 'capital', 'region', 'province', 'district', 'area',
  'border', 'site', 'square', 'base', 'palace', 'airport', 'home', 'camp', 'building', 'territory', 'coast', 'island',
  'port', 'harbour', 'harbor', 'station', 'embassy', 'consulate', 'compound', 'headquarters', 'front', 'frontline',
  'zone', 'state', 'states', 'abroad', 'overseas', 'continent', 'neighbourhood', 'neighborhood', 'street', 'streets',
  'hospital', 'prison', 'jail', 'residence', 'parliament', 'kingdom', 'republic', 'mainland', 'west', 'east', 'north', 'south',
  // buildings and sites a visit goes to ("visited a command centre", "toured the flooded school")
  'islands', 'waters', 'airspace', 'centre', 'center', 'centres', 'centers', 'scene', 'school', 'schools', 'market', 'plant', 'factory', 'mine', 'church',
  'mosque', 'temple', 'shelter', 'shelters', 'clinic', 'hotel', 'facility', 'facilities', 'hall', 'ruins', 'villages', 'towns',
]);
const DESTINATION_PREPOSITIONS = new Set(['to', 'into', 'toward', 'towards', 'for', 'from', 'across', 'through', 'out', 'onto', 'inside', 'in', 'at', 'back']);
const SHORES = /^(?:island|islands|shore|shores|coast|beach|beaches)$/;
const DIRECTION_ADVERBS = /^(?:home|back|abroad|overseas|away|out|here|there|inland|north|south|east|west|northward|southward|eastward|westward)$/;
const WEAPON_WORDS = /^(?:bombs?|missiles?|rockets?|shells?|mortars?|grenades?|drones?|explosives?|artillery|gunmen|bombers?|jets?|aircraft|warplanes?|planes?|helicopters?|tanks?|snipers?|militants?|insurgents?|troops|forces|soldiers|army|police|rebels|fighters|militias?|guerrillas?)$/;

/**
 * People named by what they do with force ("attacked by several hundred terrorists", "by armed bandits"): attackers in a
 * by-phrase, unlike "struck by a falling tree". Source: wording of conflict reports, written for this library.
 */
const ATTACKING_PEOPLE = /^(?:terrorists?|jihadists?|extremists?|bandits?|assailants?|attackers?|raiders?|gunmen|kidnappers?|pirates?|mobs?|rioters?|men|youths|hackers?|mercenaries|guerrillas?|paramilitaries|combatants?)$/;

function words(tokens: readonly Token[], range: TokenRange | null): Token[] {
  return range ? tokens.slice(range.first, range.last + 1) : [];
}

function anyWord(tokens: readonly Token[], range: TokenRange | null, pattern: RegExp): boolean {
  return words(tokens, range).some((t) => pattern.test(t.lower));
}

/** Words that may stand between a relative clause's subject and its verb ("it had seized", "they have held"). */
const RELATIVE_AUXILIARIES = /^(?:had|has|have|was|were|is|are|been|then|later|reportedly|allegedly)$/;

/**
 * "released 14 bus passengers it had seized in April", "the villagers that it kidnapped", "hostages who were seized":
 * the verb of a relative clause right after a noun phrase, whose subject is a pronoun or the relative word, matches
 * (the tagger may read the phrase's plural head as a verb, "passengers it had", so one word may stand between; round
 * 21, `events/object-relative-verb`).
 */
function relativeVerbAfter(tokens: readonly Token[], range: TokenRange | null, pattern: RegExp): boolean {
  if (!range) return false;
  for (let k = range.last + 1; k <= Math.min(tokens.length - 1, range.last + 3); k++) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test((tokens[k - 1] as Token).post) || t.tags.has('Preposition') && !/^(?:that|who|which)$/.test(t.lower)) return false;
    if (!/^(?:it|they|he|she|we|that|who|whom|which)$/.test(t.lower)) continue;
    let v = k + 1;
    while (v < tokens.length && RELATIVE_AUXILIARIES.test((tokens[v] as Token).lower)) v++;
    return pattern.test(tokens[v]?.lower ?? '');
  }
  return false;
}

/** A party: an actor's name, a group or role noun, a personal pronoun, or a capitalised name. */
export function holdsParty(ctx: SenseContext, range: TokenRange | null): boolean {
  if (!range) return false;
  for (let k = range.first; k <= range.last; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.actorAt(k) || GROUP_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower.replace(/s$/, '')) || PERSON_WORDS.has(t.lower)) return true;
    if (/^\p{Lu}/u.test(t.text) && k > 0 && !ctx.placeAt(k) && t.tags.has('ProperNoun')) return true;
  }
  return false;
}

/** A place: a place's name, a noun for a place ("the country", "the border"), or a capitalised name. */
export function holdsPlace(ctx: SenseContext, range: TokenRange | null): boolean {
  if (!range) return false;
  for (let k = range.first; k <= range.last; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.placeAt(k) || PLACE_NOUNS.has(t.lower)) return true;
    if (/^\p{Lu}/u.test(t.text) && !ctx.actorAt(k) && t.tags.has('Place')) return true;
  }
  return false;
}

/** The words a sense's `object` pattern is matched against: the object, or the subject of a passive. */
function objectRange(frame: Frame): TokenRange | null {
  return frame.voice === 'passive' ? frame.subject : frame.object;
}

function meets(need: ArgumentNeed, ctx: SenseContext): boolean {
  const { frame, tokens } = ctx;
  switch (need) {
    case 'parties': {
      if (holdsParty(ctx, frame.object) && frame.voice !== 'passive') return true;
      if (frame.preps.some((p) => /^(?:with|between|among|to|by|alongside)$/.test(p.prep) && holdsParty(ctx, p.range))) return true;
      const subject = words(tokens, frame.subject);
      // "the two leaders met", "Ann and Bo met": a plural or coordinated subject meets within itself
      // "the two presidents", "both foreign ministers": a number or a plural of a title names several parties
      const plural = subject.some((t) => t.lower === 'and' || PLURAL_SUBJECT_WORDS.test(t.lower)
        || (/s$/.test(t.lower) && ROLE_NOUNS.has(t.lower.replace(/e?s$/, '')) && t.tags.has('Plural'))
        || (/^(?:two|three|four|five|both|several)$/.test(t.lower) && frame.subject !== null && t.index < frame.subject.last));
      return plural || (frame.voice === 'passive' && holdsParty(ctx, frame.subject));
    }
    case 'destination':
      if (ctx.next && DIRECTION_ADVERBS.test(ctx.next.lower) && !ctx.next.tags.has('Noun')) return true;
      if (frame.voice !== 'passive' && holdsPlace(ctx, frame.object)) return true;
      // ("arrived on the island of Lesbos": an island or a shore is reached "on"; "marched on the capital" is none;
      // round 24, `events/reached-on-island`)
      return frame.preps.some((p) => (DESTINATION_PREPOSITIONS.has(p.prep) || (p.prep === 'on' && anyWord(tokens, p.range, SHORES))) && holdsPlace(ctx, p.range));
    case 'destination-or-party':
      return meets('destination', ctx) || (frame.voice !== 'passive' && holdsParty(ctx, frame.object));
    case 'assault': {
      const attacker = (range: TokenRange | null): boolean => holdsParty(ctx, range) || anyWord(tokens, range, WEAPON_WORDS) || anyWord(tokens, range, ATTACKING_PEOPLE) || words(tokens, range).some((t) => own(EVENT_NOUNS, t.lower.replace(/s$/, '')) === 'attack' || own(EVENT_NOUNS, t.lower) === 'attack');
      if (frame.voice === 'active' && attacker(frame.subject)) return true;
      // "a man who was struck by a falling tree", "hit by lightning": what did it is no attacker
      const by = frame.voice === 'passive' ? frame.preps.find((p) => p.prep === 'by') : undefined;
      if (by && !attacker(by.range) && !anyWord(tokens, by.range, /^(?:unknown|unidentified|somebody|someone)$/)) return false;
      if (frame.object !== null || (frame.voice === 'passive' && frame.subject !== null)) return true;
      return frame.preps.some((p) => /^(?:on|at|against|upon|into)$/.test(p.prep));
    }
    case 'object':
      return objectRange(frame) !== null;
    case 'person': {
      // "was greeted at the air base by the President": a passive with a party doing it receives somebody
      // ("The ruling was welcomed by rights groups": a thing welcomed is an approval in words, round 22)
      if (frame.voice === 'passive' && frame.preps.some((p) => p.prep === 'by' && holdsParty(ctx, p.range))) return !thingUndergoes(ctx);
      const head = countedHead(tokens, objectRange(frame));
      // "greeted the freed Americans": people named by a plural demonym
      if (head !== undefined && /^\p{Lu}.*s$/u.test(head.text) && lookupDemonym(head.text) !== undefined) return true;
      return head !== undefined && holdsParty(ctx, { first: head.index, last: head.index });
    }
  }
}

/** The passive subject's head is a measure, a decision or a move ("the ruling", "the new law"), not a party. */
function thingUndergoes(ctx: SenseContext): boolean {
  const head = countedHead(ctx.tokens, ctx.frame.subject);
  return head !== undefined && (ABSTRACT_PATIENTS.test(head.lower) || WELCOMED_ACTS.test(head.lower));
}

/** "was hit", "were also hit": a form of "be" (adverbs between) before the one-word trigger the token after it follows. */
function afterBe(ctx: SenseContext): boolean {
  for (let k = (ctx.next?.index ?? ctx.tokens.length) - 2; k >= 0; k--) {
    const t = ctx.tokens[k] as Token;
    if (/^(?:was|were|been|be|is|are|being)$/.test(t.lower)) return true;
    if (!t.tags.has('Adverb')) return false;
  }
  return false;
}

/**
 * "retaliated on Tuesday by banning imports": a gerund right after "by" (a few words past the trigger) names the means,
 * though no noun phrase follows the preposition for the frame to keep (round 23).
 */
function byGerund(ctx: SenseContext, via: RegExp): boolean {
  const from = ctx.next?.index;
  if (from === undefined) return false;
  for (let k = from; k < Math.min(ctx.tokens.length - 1, from + 4); k++) {
    const t = ctx.tokens[k] as Token;
    if (t.lower === 'by') return /ing$/.test((ctx.tokens[k + 1] as Token).lower) && via.test((ctx.tokens[k + 1] as Token).lower);
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
}

function fits(sense: TriggerSense, ctx: SenseContext, need: ArgumentNeed | undefined): boolean {
  if (sense.next && !(ctx.next && sense.next.test(ctx.next.lower))) return false;
  if (sense.noAdjunct && ctx.frame.subjectVia === 'adjunct') return false;
  if (sense.afterBe && !afterBe(ctx)) return false;
  if (sense.from && !ctx.frame.preps.some((p) => p.prep === 'from' && anyWord(ctx.tokens, p.range, sense.from as RegExp))) return false;
  if (sense.on && !ctx.frame.preps.some((p) => p.prep === 'on' && anyWord(ctx.tokens, p.range, sense.on as RegExp))) return false;
  if (sense.for && !ctx.frame.preps.some((p) => p.prep === 'for' && anyWord(ctx.tokens, p.range, sense.for as RegExp))) return false;
  if (sense.object && !anyWord(ctx.tokens, objectRange(ctx.frame), sense.object)) return false;
  if (sense.objectHead && !sense.objectHead.test(headOf(ctx.tokens, objectRange(ctx.frame))?.lower ?? '')) return false;
  if (sense.unaccused && accused(ctx)) return false;
  if (sense.namedThing && !namedThing(ctx)) return false;
  if (sense.objectRelative && !(ctx.frame.voice === 'active' && relativeVerbAfter(ctx.tokens, ctx.frame.object, sense.objectRelative))) return false;
  // two words past the phrase: the tagger leaves "no" of "a no-confidence vote" untagged, which ends the phrase
  if (sense.via && !ctx.frame.preps.some((p) => /^(?:in|by|through|after|following)$/.test(p.prep)
    && anyWord(ctx.tokens, { first: p.range.first, last: Math.min(ctx.tokens.length - 1, p.range.last + 2) }, sense.via as RegExp)) && !byGerund(ctx, sense.via)) return false;
  // the subject's head noun and its modifiers decide ("the roof of the market collapsed" is a roof collapsing,
  // "Typhoon Mara battered" a typhoon)
  // ("the ruling was upheld by the Supreme Court", "the town was hit by a missile": a passive's by-phrase is the
  // subject the sense asks for; round 18, `events/sense-passive-agent`)
  if (sense.subject && !(ctx.frame.voice === 'active' ? subjectWords(ctx).some((t) => (sense.subject as RegExp).test(t.lower))
    : ctx.frame.voice === 'passive' && ctx.frame.preps.some((p) => p.prep === 'by' && anyWord(ctx.tokens, p.range, sense.subject as RegExp)))) return false;
  return need === undefined || meets(need, ctx);
}

/** Ship prefixes before a vessel's name ("the MV Orla", "the tanker MT Nordic"). */
const SHIP_PREFIX = /^(?:mv|m\/v|mt|ms|ss|fv|hms|uss|ins|hmas|hmcs)$/;

/**
 * The object (or passive subject) is a name no stage made an actor or a place: its words from the first capitalised
 * one to its head are capitalised and none is an actor's or a place's (`namedThing` senses, round 22).
 */
function namedThing(ctx: SenseContext): boolean {
  const range = objectRange(ctx.frame);
  const name = words(ctx.tokens, range).filter((t) => /^\p{Lu}/u.test(t.text) || SHIP_PREFIX.test(t.lower));
  if (name.length === 0 || name.some((t) => ctx.actorAt(t.index) || ctx.placeAt(t.index))) return false;
  const head = headOf(ctx.tokens, range);
  return head !== undefined && name.includes(head) && name.every((t) => !t.tags.has('Pronoun'));
}

/** Means of force a crowd is charged with ("charged the fans with batons"); any other with-phrase names an offence. */
const FORCE_MEANS = /^(?:batons?|truncheons?|clubs?|sticks?|shields?|horses?|horseback|dogs?|bayonets?|whips?|tear-?gas|teargas|gas|water|cannons?|rubber|bullets?|weapons?|guns?)$/;

/**
 * The clause accuses its object of something ("charged 12 fans with affray", "charged two men over the attack"): a
 * with/over/for phrase not naming a means of force, or an object counted ("charged 12 fans"). Round 22, `charge/crowd`.
 */
function accused(ctx: SenseContext): boolean {
  const { tokens, frame } = ctx;
  if (frame.preps.some((p) => /^(?:with|over|for)$/.test(p.prep) && !anyWord(tokens, p.range, FORCE_MEANS))) return true;
  return words(tokens, frame.object).some((t) => /^\d/.test(t.text) || /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(t.lower));
}

/**
 * The sense of a verb trigger in its clause: the first sense of `VERB_SENSES` whose arguments fit, or for a verb with
 * one sense its type when the type's needs are met (a meeting needs parties, a visit or movement a destination, an
 * attack an attacker, weapon or target). Returns null when no sense fits or the fitting sense reports no happening.
 *
 * @example
 * // "The tram was negotiating a sharp curve": no party, no deal, so no meeting
 */
export function verbSense(lemma: string, ctx: SenseContext): { type: EventType; sense: TriggerSense } | null {
  const found = listedOrSingleSense(lemma, ctx);
  return found && !figurative(found.type, ctx) && !(lemma === 'clash' && quarrel(ctx)) && !figurativeTrade(lemma, ctx) ? found : null;
}

/**
 * "bought time", "buying loyalty", "sold the plan to voters": a purchase or a sale of something no one trades
 * (`event-cues/figurative-purchase`, round 25).
 */
function figurativeTrade(lemma: string, ctx: SenseContext): boolean {
  if (lemma !== 'buy' && lemma !== 'sell' && lemma !== 'purchase') return false;
  const head = countedHead(ctx.tokens, ctx.frame.voice === 'passive' ? ctx.frame.subject : ctx.frame.object);
  return head !== undefined && FIGURATIVE_PURCHASES.test(head.lower);
}

/**
 * "The minister clashed with the prime minister over spending cuts": one person clashing with another is a quarrel,
 * not a fight; groups clash ("protesters clashed with police", "rival gangs clashed").
 */
function quarrel(ctx: SenseContext): boolean {
  const { tokens, frame } = ctx;
  if (frame.voice !== 'active') return false;
  const singlePerson = (range: TokenRange | null): boolean => {
    const head = countedHead(tokens, range);
    if (!head || words(tokens, range).some((t) => t.lower === 'and')) return false;
    return /^(?:he|she)$/.test(head.lower) || ROLE_NOUNS.has(head.lower) || (head.tags.has('Person') && !head.tags.has('Plural'));
  };
  if (!singlePerson(frame.subject)) return false;
  const partner = frame.preps.find((p) => p.prep === 'with');
  return partner === undefined || singlePerson(partner.range);
}

/**
 * "vowed to keep fighting for the law": a clash verb fought for a cause in words; then the word is no noun the
 * tagger missed either.
 */
export function foughtForCause(lemma: string, ctx: SenseContext): boolean {
  const found = listedOrSingleSense(lemma, ctx);
  return found !== null && found.type === 'clash' && causeFought(ctx);
}

function causeFought(ctx: SenseContext): boolean {
  const { tokens, frame } = ctx;
  // "fighting a war against drugs", "fought a battle against the elements": a war waged on an evil is one in words
  const warOn = frame.object !== null && WAR_WORDS.test(countedHead(tokens, frame.object)?.lower ?? '');
  return (frame.object === null || warOn) && !WEAPON_WORDS.test(headOf(tokens, frame.subject)?.lower ?? '')
    && frame.preps.some((p) => /^(?:for|against|over|on)$/.test(p.prep) && (CAUSES_FOUGHT.test(countedHead(tokens, p.range)?.lower ?? '') || (warOn && ABSTRACT_FOES.test(countedHead(tokens, p.range)?.lower ?? ''))));
}

/** Participles of saying that carry on a clause as an answer in words ("..., calling the charge false"). */
const SAYING_PARTICIPLES = /^(?:saying|calling|arguing|insisting|noting|accusing|dismissing|describing|denying|rejecting|countering|contending|claiming|charging|citing|pointing|telling|writing|branding|labelling|labeling|warning)$/;

/** Subjects that fight with arms, whose fighting back is a clash whatever they say ("rebels fought back, saying"). */
const ARMED_SUBJECTS = /^(?:troops|forces|soldiers|army|military|rebels|fighters|militants|insurgents|militias?|police|guerrillas|gunmen|defenders|units)$/;

function answeredInWords(ctx: SenseContext): boolean {
  const { tokens, frame } = ctx;
  const next = ctx.next?.lower === 'back' ? tokens[ctx.next.index + 1] : ctx.next;
  if (!next || !/,/.test(tokens[next.index - 1]?.post ?? '') || !SAYING_PARTICIPLES.test(next.lower)) return false;
  return !ARMED_SUBJECTS.test(headOf(tokens, frame.subject)?.lower ?? '');
}

/** What a war or a battle is fought as in words only ("a war against drugs"). */
const WAR_WORDS = /^(?:war|wars|battle|battles|fight|crusade)$/;

/**
 * Whether a listed sense that reports no happening fits ("hijacking the debate", "overturned the ruling"): the word is
 * then no noun of a happening the tagger missed either.
 */
export function ruledOut(lemma: string, ctx: SenseContext): boolean {
  const sense = own(VERB_SENSES, lemma)?.find((s) => fits(s, ctx, s.needs));
  return sense !== undefined && sense.type === null;
}

function listedOrSingleSense(lemma: string, ctx: SenseContext): { type: EventType; sense: TriggerSense } | null {
  const senses = own(VERB_SENSES, lemma);
  if (senses) {
    // a listed sense says what it needs itself
    const sense = senses.find((s) => fits(s, ctx, s.needs));
    return sense && sense.type ? { type: sense.type, sense } : null;
  }
  const type = own(EVENT_VERBS, lemma);
  if (!type) return null;
  const sense: TriggerSense = { id: lemma, type, reason: `the ${type} sense of "${lemma}"` };
  return fits(sense, ctx, TYPE_NEEDS[type]) ? { type, sense } : null;
}

/** Types whose verbs (strike, hit, shoot, kill, seize, fight, flee, rally, explode) are used figuratively in business and politics. */
const FORCE_TYPES: ReadonlySet<EventType> = new Set(['attack', 'clash', 'capture', 'casualty', 'accident', 'movement', 'protest', 'visit']);

/**
 * The head noun of a noun phrase: its last noun before a preposition, a relative word or a comma ("Shares in Acme"
 * -> "Shares", "her speech" -> "speech").
 */
export function headOf(tokens: readonly Token[], range: TokenRange | null): Token | undefined {
  if (!range) return undefined;
  let head: Token | undefined;
  for (let k = range.first; k <= range.last; k++) {
    const t = tokens[k] as Token;
    // ("A car bomb near a busy market": the tagger may read "near" as an adjective)
    if (k > range.first && (t.tags.has('Preposition') || /^(?:who|which|that|whose|near)$/.test(t.lower))) break;
    if (t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Singular') || t.tags.has('Pronoun') || (k === range.last && (mistaggedNoun(t) || countedNoun(tokens, k)))) head = t;
    // "after fighting erupted", "when shelling resumed": a bare gerund the tagger read as a verb is the phrase's noun
    // when nothing before it is (round 15, `events/bare-gerund-head`)
    else if (k === range.last && head === undefined && t.tags.has('Gerund')) head = t;
    if (/[,;:]/.test(t.post)) break;
  }
  return head;
}

/** The words of a noun phrase up to its head: the head and its modifiers, without what hangs on it. */
function headWords(tokens: readonly Token[], range: TokenRange | null): Token[] {
  if (!range) return [];
  // ("More than 1,500 refugees arrived": "than" is no preposition closing the phrase before what is counted; round 24,
  // `events/approximated-count`)
  let lead = range.first;
  while (lead < range.last && QUANTITY_APPROXIMATORS.test((tokens[lead] as Token).lower)) lead++;
  if (lead > range.first && (tokens[lead] as Token).tags.has('Value')) return headWords(tokens, { first: lead, last: range.last });
  // "hundreds of protesters", "a group of gunmen": a quantity's head is what it counts ("Thousands" may be tagged a value)
  const of = tokens.slice(range.first, Math.min(range.last, range.first + 2) + 1).find((t) => t.lower === 'of' && t.index > range.first);
  if (of && QUANTITY_HEADS.test((tokens[of.index - 1] as Token).lower) && of.index < range.last) {
    return headWords(tokens, { first: of.index + 1, last: range.last });
  }
  const head = headOf(tokens, range);
  return head ? tokens.slice(range.first, head.index + 1) : [];
}


/** The head of a noun phrase past a leading number and what a quantity counts ("at least 12 blazes" -> "blazes"). */
function countedHead(tokens: readonly Token[], range: TokenRange | null): Token | undefined {
  if (!range) return undefined;
  let first = range.first;
  while (first < range.last && (QUANTITY_APPROXIMATORS.test((tokens[first] as Token).lower) || (tokens[first] as Token).tags.has('Value'))) first++;
  const head = headWords(tokens, { first, last: range.last }).at(-1) ?? tokens[first];
  // "battled 12 blazes": a phrase cut after its number ("blazes" may be tagged a verb) goes on to what it counts
  const next = tokens[range.last + 1];
  return head?.tags.has('Value') && head.index === range.last && next && !/[,;:.]/.test(head.post) && !isPreposition(next) ? next : head;
}

/**
 * The words of the subject up to its head; for "it" or "they", the nouns named before it in the sentence ("the storm
 * killed 12 people as it swept across three provinces", "before it hit").
 */
function subjectWords(ctx: SenseContext): Token[] {
  const own = headWords(ctx.tokens, ctx.frame.subject);
  // "the search for a passenger plane that disappeared": a relative word stands for the nearest noun before it too
  const range = ctx.frame.subject;
  if (range && ctx.frame.subjectVia === 'relative') {
    const last = ctx.tokens.slice(range.first, range.last + 1).findLast((t) => isPreposition(t));
    if (last) return [...own, ...ctx.tokens.slice(last.index + 1, range.last + 1)];
  }
  const head = own.at(-1);
  if (!head || !/^(?:it|they)$/.test(head.lower) || own.length > 1) return own;
  return ctx.tokens.slice(0, head.index).filter((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'));
}

/** What one fights for, against or over in words: a prize, a policy, a law ("kept fighting for the law"). */
const CAUSES_FOUGHT = new RegExp(`${CONTEST_PRIZES.source}|${ABSTRACT_AGENTS.source}|${ABSTRACT_PATIENTS.source}`);

/** Nouns that count or collect what follows their "of" (a quantity is not who acts). */
const QUANTITY_HEADS = /^(?:hundreds|thousands|dozens|scores|tens|millions|crowds?|groups?|bands?|handful|number)$/;

/**
 * A verb of force, seizure, flight or protest used figuratively, whatever sense its words fit: a figure or a market
 * as subject ("shares shot up", "prices rallied", "investors fled to gold"), an abstract subject ("her speech struck a
 * chord"), or an abstract thing undergoing it ("killed the proposal", "seized the initiative", "captured 30% of the
 * market", "fighting a lawsuit"). People, places, vehicles and weapons are never in these classes.
 */
function figurative(type: EventType, ctx: SenseContext): boolean {
  if (!FORCE_TYPES.has(type)) return false;
  const { tokens, frame } = ctx;
  // "vowed to fight to cut taxes", "battling to save the company": striving for an aim, not a clash
  if (type === 'clash' && ctx.next?.lower === 'to' && frame.object === null && !WEAPON_WORDS.test(headOf(tokens, frame.subject)?.lower ?? '')) return true;
  // "vowed to keep fighting for the law", "battled against the reform": a cause or a policy fought for in words
  if (type === 'clash' && causeFought(ctx)) return true;
  // ("the campaign pushed back, calling the charge false", "fought back, saying the audit was rigged": a clash verb
  // with no object whose clause goes on in a participle of saying answers in words; round 21, `events/retort-in-words`)
  if (type === 'clash' && frame.object === null && answeredInWords(ctx)) return true;
  const subject = frame.voice === 'active' ? headWords(tokens, frame.subject).at(-1) : undefined;
  if (subject && (FIGURES.test(subject.lower) || ABSTRACT_AGENTS.test(subject.lower))) return true;
  if (type === 'protest' || type === 'movement' || type === 'visit') return false;
  // the one undergoing it: the object, the passive subject, or the subject of "died"/"collapsed"
  const patientRange = frame.voice === 'passive' ? frame.subject : frame.object ?? (type === 'casualty' || type === 'accident' ? frame.subject : null);
  const patient = countedHead(tokens, patientRange);
  if (patient && ABSTRACT_PATIENTS.test(patient.lower)) return true;
  // "firefighters were battling the blaze", "fighting the floods": no foe
  if (type === 'clash' && patient && FOUGHT_FORCES.test(patient.lower)) return true;
  // "captured 30% of the market": a share of something
  return type === 'capture' && words(tokens, patientRange).some((t) => /%$|^(?:percent|per)$/.test(t.lower) || /%/.test(t.text));
}
