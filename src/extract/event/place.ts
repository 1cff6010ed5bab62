import { lookupCity, lookupCountry, lookupDemonym } from '../../nlp/gazetteer.js';
import type { Span } from '../../schema/span.js';
import type { EntityMention } from '../entities.js';

/** What `placeOf` needs to know about the article beyond the event's sentence. */
export interface ArticlePlaces {
  /** The place id of each country the article names as a place, by ISO code. */
  countryPlace: ReadonlyMap<string, string>;
  /** The place the article is about (see `articlePlaces`), if any. */
  main: string | undefined;
  /** The last place named before an offset: a country, or a place other than a country. */
  lastPlaceBefore?: (offset: number, scale: PlaceScale) => string | undefined;
  /** The place ids of the article by the names it writes them with (as written, one per name). */
  placeByName?: ReadonlyMap<string, string>;
}

/** What an anaphoric place noun may refer to: "the country", "the region", "the city", or "the site" (any). */
export type PlaceScale = 'country' | 'region' | 'city' | 'any';

export interface PlaceInput {
  text: string;
  clause: Span;
  trigger: Span;
  sentenceMentions: readonly EntityMention[];
  article: ArticlePlaces;
  /** Places of the earlier happening a definite event noun of the clause refers to ("in the offensive"). */
  referredEvent?: (clauseText: string) => readonly string[];
  /** Places of an earlier report of the same happening, if any. */
  sameHappening?: readonly string[];
  /** The words before a noun trigger inside its noun phrase ("the Lisbon derailment"). */
  premodifier?: Span;
  /** The type names an act one side does to another (attack, capture, ...): a country before it is the actor. */
  agentive?: boolean;
  /** "where she was held": the place named right before the relative "where". */
  whereAntecedent?: string;
  /** The country (as a place id) of a government that is the event's agent, for acts done at home. */
  agentCountry?: string;
  /** The event is an attack: a demonym opening its target phrase names where it happened (`demonymTarget`). */
  attackType?: boolean;
  /**
   * For a noun trigger: places after it count only behind a locative preposition ("talks in Geneva", "the bombing
   * of Kestrova"), not as its parties ("talks between Veloria and Ostria").
   */
  nominal?: 'locative' | 'locative-or-of';
  /**
   * For a happening of talk (a meeting or a statement): a place inside what was talked about is no venue ("talks on
   * the conflict in Lorvania", "discussed the war in Kessia").
   */
  talk?: boolean;
  /** For a domestic act (a vote, a ruling, a law): a state body named by its demonym in the subject ("the Kenyan parliament voted"). */
  domestic?: boolean;
  /**
   * For sanctions: the target after "on"/"against" is no place when the sanctioning government's country is known
   * (`agentCountry`): "Canada imposed sanctions on Lorvania" happens in Canada.
   */
  sanction?: boolean;
}

/** A topic preposition, not one of time or manner ("talks on the conflict", not "met on Tuesday"). */
const TOPIC_PREPOSITION = /\b(?:on|about|over|regarding|concerning)\s+(?!(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|eve|sidelines|margins?|phone|telephone|video|\d)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/i;
/** Nouns for a state of affairs talked about: a place after one and "in/of/over" is where that is, not where the talk was. */
const TOPIC_NOUN_BEFORE = /\b(?:conflict|war|wars|crisis|situation|dispute|fighting|violence|unrest|tensions?|peace|ceasefire|truce|future|status|security|humanitarian\s+\S+|plight|occupation|invasion|offensive|reconstruction|elections?|nuclear\s+programme|nuclear\s+program)\s+(?:in|of|over|on|with)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i;
/** Heads of state bodies whose demonym names the country where they act ("the Kenyan parliament voted"). */
const STATE_BODY = /^(?:parliament|legislature|senate|congress|assembly|cabinet|government|lawmakers|legislators|MPs|deputies|senators|court|judiciary|electoral|election|voters|authorities)$/;

const GOVERNING_NOT_OF = /\b(?:at|in|near|around|outside|inside|into|across|throughout|from|over|on|to|towards?|toward|through|off)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i;
/** "struck the Malian capital of Bamako", "the town of Kessa": "of" after a noun for a place names that place. */
const PLACE_OF = /\b(?:capital|city|town|village|province|region|district|county|state|island|port|harbou?r|bay|area|enclave|suburb|neighbou?rhood|resort|municipality)\s+of\s+$/i;
/** A place named as one of the parties "between" whom something happens. */
const BETWEEN_PARTIES = /\bbetween\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:and\s+(?:the\s+)?)?$/u;
/**
 * Words after a place that make it a modifier ("U.S. Secretary of State Ana Ruiz said", "met U.S. officials"):
 * whose official or force it is, not where anything happened; whose weapon it is ("a United States drone strike", "a
 * US missile", round 14); whose aircraft or ships they are ("Jordanian and US aircraft dropped food parcels", round 18).
 */
const PLACE_AS_MODIFIER = /^\s+(?:secretary|minister|president|officials?|diplomats?|envoys?|ambassadors?|spokes(?:man|woman|person)|forces|troops|military|army|navy|police|government|authorities|embassy|department|ministry|leaders?|lawmakers|senators?|negotiators?|delegation|counterpart|commander|general|intelligence|prosecutors?|(?:drone|air|missile|rocket)[\s-]?strikes?|airstrikes?|drones?|missiles?|rockets?|warplanes?|jets|warships?|strikes?|aircraft|planes|helicopters?|ships|vessels|coast\s?guard|navy|naval|soldiers|marines)\b/i;
/**
 * A possessive before a diplomat ("summoned Tarvania's charge d'affaires"). Id: `events/envoys-country` (round 20).
 * Round 22: or before a diplomatic mission, which stands in another country than its owner ("stormed Tarvania's
 * embassy", "closed Oskania's last consulate": the owner is not where it happened). Id: `events/missions-country`.
 */
const ENVOY_AFTER = /^['’]s\s+(?:(?:top|chief|senior|deputy|acting|last|only|main|honorary|largest)\s+)?(?:ambassadors?|envoys?|charg[eé]s?|consuls?|diplomats?|emissar(?:y|ies)|embass(?:y|ies)|consulates?(?:-general)?|legations?|high\s+commissions?|diplomatic\s+(?:missions?|compounds?|premises))\b/i;
/**
 * A place hyphened to where a body sits or what it is ("the London-based operator", "a Geneva-headquartered charity",
 * "a Greek-owned tanker"): it says whose the body is, not where the happening was (round 22, `events/based-in`).
 */
const BASED_AFTER = /^[-‐–]\s?(?:based|headquartered|registered|listed|owned|run|born)\b/i;
/** A diplomat "of" or "to" before a country ("summoned the ambassador of Oskania", "recalled its ambassador to Brazil"). */
const ENVOY_OF = /\b(?:ambassadors?|envoys?|charg[eé]s?\s+d['’]affaires|consuls?|diplomats?|emissar(?:y|ies))\s+(?:of|to)\s+(?:the\s+)?$/i;

/**
 * "Tarvania's foreign ministry summoned the ambassador of Oskania", "summoned Tarvania's charge d'affaires in Soren":
 * the country whose envoy is summoned, recalled or received, or where he is posted ("recalled its ambassador to
 * Brazil"), is whose man he is, not where anything happened; a
 * summons takes place where the summoning ministry sits (round 20, `events/envoys-country`).
 */
function envoysCountry(text: string, m: EntityMention): boolean {
  return ENVOY_AFTER.test(text.slice(m.end, m.end + 40)) || ENVOY_OF.test(text.slice(Math.max(0, m.start - 40), m.start));
}
const LOCATIVE = /\b(?:at|in|near|around|outside|inside|into|across|throughout|on|off)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i;
const LOCATIVE_OR_OF = /\b(?:at|in|near|around|outside|inside|into|across|throughout|on|off|of)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i;


/** Which rule of `placeOf` gave the places: 'clause' for the event's own clause, else a fallback. */
export type PlaceSource = 'clause' | 'context' | 'same-happening' | 'article';

const GOVERNING = /\b(?:at|in|near|around|outside|inside|into|across|throughout|from|over|on|of|to)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i;
/** A demonym and the word after it ("Ostrian territory", "Peruvian uprising"). */
const DEMONYM_BEFORE = /\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)\s+([\p{L}-]+)/gu;
/** Nouns for land: a demonym before one names the country the land belongs to. */
const LAND = new Set(['territory', 'territories', 'soil', 'land', 'lands', 'side', 'towns', 'villages', 'cities', 'airspace', 'waters', 'positions', 'capital', 'coast', 'countryside', 'parliament', 'legislature', 'courts', 'court']);
/** "around the site", "throughout the city": a place named earlier in the article. */
const ANAPHORIC_PLACE = /\b(?:at|in|around|near|throughout|across|from|to|outside|inside|of|into)\s+the\s+(country|nation|site|city|town|village|area|capital|square|roundabout|region|province|district|compound|neighbou?rhood)\b/i;
/** "the province will be annexed", "occupy the territory": the region named before. */
const ANAPHORIC_AREA = /(?:^|\b(?:that|occupy|occupied|occupying|annex|annexed|enter|entered|into)\s+)the\s+(region|province|territory|district)\b/i;
/**
 * A name after "by" is an agent ("annexed by Russia"); after "dubbed"/"called" it is a name being given, not where it
 * happened; after "independence from" or "seceded from" it is the state once ruling ("three coups since independence
 * from France in 1960" happened in the country that became independent).
 */
/**
 * An office right after a country's name ("US President", "UK Foreign Secretary"): the country names whose officer it
 * is, as a demonym does, and is no place of the story (round 15). Id: `events/office-country`.
 */
const OFFICE_AFTER = /^\s+(?:Vice\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|(?:Foreign|Defen[cs]e|Interior|Finance|Trade)\s+(?:Minister|Secretary)|Secretary\s+of\s+State|Ambassador|ambassador|envoy|Envoy|Senator|senator)\b/;
const NOT_A_LOCATION = /\b(?:by|dubbed|called|named|renamed|known as|(?:independence|secession|seceded|seceding|broke away|breaking away|separation)\s+from)\s+(?:the\s+)?['"“‘]?$/i;
/** People of a country before its name ("the foreign ministers of Lorvania and Kessia", "the president of Peru and"). */
const PEOPLE_OF = /\b(?:ministers?|leaders?|presidents?|heads?|prime ministers?|envoys?|delegations?|representatives?|officials?|governments?|people|citizens|nationals|armies|army|forces|troops|police|ambassadors?|kings?|queens?|chiefs?)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+(?:and\s+)?){0,4}$/u;
/**
 * People from a country before its name ("negotiators from Lorvania and Kessia resumed talks in Doha", "refugees from
 * Syria arrived in Greece"): where they come from, not where anything happened.
 */
const PEOPLE_FROM = /\b(?:ministers?|leaders?|presidents?|envoys?|delegations?|delegates|representatives?|officials?|negotiators?|mediators?|diplomats?|observers?|monitors?|experts?|lawmakers|legislators|MPs|people|citizens|nationals|refugees|migrants|asylum[- ]seekers|workers|students|tourists|visitors|pilgrims|fighters|militants|troops|soldiers|forces|police|teams?|rescuers|volunteers|doctors|journalists|reporters|investigators|inspectors|passengers|survivors|victims|crew|pilgrims|fans|players|climbers|hikers|nationals)(?:,?\s+(?:mostly|mainly|largely|chiefly|primarily|many|most|some|all|both|including\s+\S+))?\s+from\s+(?:the\s+)?$/i;
/** The capitalised names (joined by commas or "and") that end a text. */
const NAMES_AT_END = /(?:[\p{Lu}][\p{L}'’.-]*,?\s+(?:and\s+)?){1,4}$/u;

/** The text before a place says it names where people come from (see `PEOPLE_FROM`). */
function peopleFrom(before: string): boolean {
  const names = NAMES_AT_END.exec(before);
  return PEOPLE_FROM.test(names ? before.slice(0, names.index) : before);
}
const CAPITALISED_WORD = /\b[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?/gu;

/**
 * The place of an event, first rule that gives one wins:
 * 1. the places of its clause: a place governed by at/in/near/around/... or the object of the trigger
 *    ("capturing Mirny"), the nearest to the trigger first;
 * 2. a country named by a demonym in its clause ("the Peruvian uprising", "Ostrian territory") when the article
 *    also names that country as a place;
 * 3. a country named as a government but governed by a place preposition ("in southern Ostria");
 * 4. an anaphoric place noun ("throughout the city", "the region"), by scale;
 * 5. the place of the factual event a definite noun refers back to ("fell in the offensive");
 * 6. the place of its sentence nearest to the trigger ("in old Valletta, which troops had seized");
 * 7. the place of an earlier report of the same happening;
 * 8. the article's main place.
 */
export function placeOf(input: PlaceInput): string[] {
  return placeDecision(input).ids;
}

/** `placeOf` with the kind of rule that gave the answer, so a later mention with a place of its own can correct a fallback. */
export function placeDecision(input: PlaceInput): { ids: string[]; source: PlaceSource } {
  const { clause, trigger, sentenceMentions, article } = input;
  const places = sentenceMentions.filter((m) => m.record === 'place');
  const distance = (m: EntityMention): number => (m.start >= trigger.end ? m.start - trigger.end : trigger.start - m.end);
  const modifier = (m: EntityMention): boolean => PLACE_AS_MODIFIER.test(input.text.slice(m.end, m.end + 30)) || BASED_AFTER.test(input.text.slice(m.end, m.end + 16)) || envoysCountry(input.text, m);
  const topic = (m: EntityMention): boolean => (input.talk === true && talkedAbout(input.text, trigger, m)) || modifier(m);
  const governed = governedPlaces(input, places.filter((m) => m.start >= clause.start && m.end <= clause.end && !topic(m)));
  // "the Kenyan parliament voted to send troops to Lorvania": a place the infinitive after the vote governs is the
  // sending's; the vote is in the body's country
  const body = input.domestic ? bodyCountry(input) : undefined;
  if (body && governed.every((m) => m.start > trigger.end && /\bto\s+[a-z]+\b/.test(input.text.slice(trigger.end, m.start)))) return { ids: [body], source: 'clause' };
  // "Canada imposed new sanctions on Lorvania": the sender acts at home; the target is who suffers them
  const targets = input.sanction && input.agentCountry ? governed.filter((m) => m.start > trigger.end && /\b(?:on|against|targeting|over)\b/i.test(input.text.slice(trigger.end, m.start))) : [];
  if (input.agentCountry && targets.length > 0 && targets.length === governed.length) return { ids: [input.agentCountry], source: 'clause' };
  // an ungoverned place before the trigger modifies or acts ("the Soviet invasion"): it places nothing
  const ranked = [...governed].sort((x, y) => distance(x) - distance(y));
  if (ranked.length > 0) return { ids: [...new Set(ranked.map((m) => m.recordId))], source: 'clause' };
  if (input.whereAntecedent) return { ids: [input.whereAntecedent], source: 'clause' };
  const clauseText = input.text.slice(clause.start, clause.end);
  const bodyPlace = placeInBodyName(input);
  if (bodyPlace) return { ids: [bodyPlace], source: 'clause' };
  const country = countryOfClause(input, clauseText);
  if (country) return { ids: [country], source: 'clause' };
  const back = ANAPHORIC_PLACE.exec(clauseText) ?? ANAPHORIC_AREA.exec(clauseText);
  if (back && article.lastPlaceBefore) {
    const noun = (back[1] ?? '').toLowerCase();
    const scale = /country|nation/.test(noun) ? 'country' : /region|province|territory|district/.test(noun) ? 'region' : /city|town|village|capital/.test(noun) ? 'city' : 'any';
    const id = article.lastPlaceBefore(clause.start, scale);
    if (id) return { ids: [id], source: 'context' };
  }
  // "fell in the offensive": the place of the happening the definite noun refers back to
  if (input.referredEvent && input.referredEvent(clauseText).length > 0) return { ids: [...input.referredEvent(clauseText)], source: 'same-happening' };
  // a government acting at home ("Norway rejected an asylum request")
  if (input.agentCountry) return { ids: [input.agentCountry], source: 'context' };
  if (input.sameHappening && input.sameHappening.length > 0) return { ids: [...input.sameHappening], source: 'same-happening' };
  // "a deal brokered by Norway": a country after "by" is who did something, not where anything was
  // "meeting in Brussels, discussed the war in Kessia": a place talked about only when the sentence has no other
  // ("mediate between Moscow and Kyiv", "talks between Kessia and Lorvania": the parties, not where)
  const located = places.filter((m) => !NOT_A_LOCATION.test(input.text.slice(Math.max(0, m.start - 24), m.start)) && !peopleFrom(input.text.slice(Math.max(0, m.start - 50), m.start)) && !BETWEEN_PARTIES.test(input.text.slice(Math.max(0, m.start - 40), m.start)) && !modifier(m));
  const venues = located.filter((m) => !topic(m));
  const nearest = (venues.length > 0 ? venues : located).sort((a, b) => distance(a) - distance(b))[0];
  if (nearest) return { ids: [nearest.recordId], source: 'context' };
  return { ids: article.main ? [article.main] : [], source: 'article' };
}

/**
 * A place after a trigger of talk that is part of what was talked about: behind a topic preposition ("talks on the
 * conflict in Lorvania", "a dispute over islands in the Sarn Sea") or after a noun for a state of affairs ("discussed
 * the war in Kessia"), with no locative phrase of the talk's own between them.
 */
function talkedAbout(text: string, trigger: Span, m: EntityMention): boolean {
  if (m.start < trigger.end) return false;
  const between = text.slice(trigger.end, m.start);
  if (/[;:]/.test(between) || between.length > 120) return false;
  if (TOPIC_NOUN_BEFORE.test(between)) return true;
  // the place must stand inside the topic's own phrase: "over a peace plan for the region ended at the Kremlin" is
  // where the talks ended
  const topic = TOPIC_PREPOSITION.exec(between);
  if (!topic) return false;
  const rest = between.slice(topic.index);
  return !/,/.test(rest) && rest.trim().split(/\s+/).length <= 5;
}

/** A preposition of where, right before a body's name ("on the Varna Stock Exchange", "from the National Army of X"). */
const BODY_PREPOSITION = /\b(?:at|in|on|from|inside|outside|near)\s+(?:the\s+)?$/i;

/**
 * "shares fell sharply on the Varna Stock Exchange", "soldiers freed him from the National Army of Kessia": a body
 * behind a preposition of where, named after a place the article names, places the happening there, as a demonym
 * does (round 21, `events/place-in-body-name`).
 */
function placeInBodyName(input: PlaceInput): string | undefined {
  const { clause, sentenceMentions, article } = input;
  if (!article.placeByName) return undefined;
  for (const m of sentenceMentions) {
    if (m.record !== 'actor' || m.start < clause.start || m.end > clause.end) continue;
    if (!BODY_PREPOSITION.test(input.text.slice(Math.max(clause.start, m.start - 16), m.start))) continue;
    const words = ` ${m.text.replace(/[^\p{L}\p{N}'’.-]+/gu, ' ')} `;
    for (const [name, id] of article.placeByName) {
      if (name !== m.text && words.includes(` ${name} `)) return id;
    }
  }
  return undefined;
}

/** The country of a state body named by its demonym before the trigger ("the Kenyan parliament voted"), if the article names it as a place. */
function bodyCountry(input: PlaceInput): string | undefined {
  const before = input.text.slice(input.clause.start, input.trigger.start);
  for (const match of before.matchAll(DEMONYM_BEFORE)) {
    if (!STATE_BODY.test(match[2] ?? '')) continue;
    const code = lookupDemonym(match[1] ?? '')?.code;
    const id = code ? input.article.countryPlace.get(code) : undefined;
    if (id) return id;
  }
  return undefined;
}

/** The places of the clause that a preposition, the verb or a modifier ties to the trigger. */
function governedPlaces(input: PlaceInput, inClause: readonly EntityMention[]): EntityMention[] {
  const { clause, trigger } = input;
  const premodifier = input.premodifier;
  const after = (m: EntityMention): boolean => {
    if (m.start < trigger.end) return false;
    const between = input.text.slice(trigger.end, m.start);
    // "a blogger who fears being sent back to Syria": a place inside a relative clause is that clause's
    if (/\b(?:who|whom|whose|which)\b/i.test(between)) return false;
    // "took Port Arlen (known locally as Arlenport)": a place inside a parenthesis is an aside
    if ((between.match(/\(/g) ?? []).length > (between.match(/\)/g) ?? []).length) return false;
    // a verb's object ("capturing Mirny") or a place behind any preposition but "of" ("marked the anniversary
    // of the bombings of Kestrova" is not in Kestrova)
    // ("mediate between Moscow and Kyiv", "clashed with Kessia": the parties, not where)
    if (!input.nominal) return (/^\s*(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u.test(between) && !/\b(?:of|between|with|among|against)\b/i.test(between)) || GOVERNING_NOT_OF.test(between) || PLACE_OF.test(between);
    return (input.nominal === 'locative' ? LOCATIVE : LOCATIVE_OR_OF).test(between);
  };
  // "took Port Arlen (known as Arlenport) and Tessalit": a place joined to an accepted one by "and" goes with it
  const accepted: EntityMention[] = [];
  const joined = (m: EntityMention): boolean => {
    const prev = accepted[accepted.length - 1];
    return prev !== undefined && m.start >= trigger.end && /^[\s,]*(?:\([^()]*\))?[\s,]*(?:and|or)?\s*$/.test(input.text.slice(prev.end, m.start));
  };
  const governed = [...inClause].sort((a, b) => a.start - b.start).filter((m) => {
    const ok = (after(m) || joined(m) || (m.start < trigger.start && GOVERNING.test(input.text.slice(clause.start, m.start)) && !LAUNCHED_FROM.test(input.text.slice(clause.start, m.start)))
      // "the Lisbon derailment": a place before a noun trigger is where it happened, unless a country does the act
      || (premodifier !== undefined && m.start >= premodifier.start && m.end <= trigger.start && !(input.agentive && lookupCountry(m.text))))
      && !NOT_A_LOCATION.test(input.text.slice(Math.max(clause.start, m.start - 24), m.start))
      // "the foreign ministers of Lorvania and Kessia met": whose ministers they are, not where they met
      && !(m.start < trigger.start && PEOPLE_OF.test(input.text.slice(Math.max(clause.start, m.start - 40), m.start)))
      && !peopleFrom(input.text.slice(Math.max(clause.start, m.start - 50), m.start));
    if (ok) accepted.push(m);
    return ok;
  });
  // "struck western Iran near the border with Iraq", "fighting in eastern Chad near the frontier with Sudan": the
  // country across a border is a landmark of where it happened, not the place, when the clause names another
  const landmark = (m: EntityMention): boolean => BORDER_WITH.test(input.text.slice(Math.max(clause.start, m.start - 30), m.start));
  return governed.some((m) => !landmark(m)) ? governed.filter((m) => !landmark(m)) : governed;
}

/**
 * "Missiles launched from Yemen hit the port", "Rockets fired from southern Lebanon struck the town": where a weapon
 * in the subject came from is not where it struck (round 22, `events/launched-from`).
 */
const LAUNCHED_FROM = /\b(?:launched|fired|flown|lobbed|shot|sent|coming|originating)\s+from\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** A border or frontier "with" right before a name: the name is the other side. Id: `events/place-border-with` (round 14). */
const BORDER_WITH = /\b(?:border|borders|frontier|boundary)\s+with\s+(?:the\s+)?$/i;

/** The country a clause names by a demonym ("Iraqi troops") or as a government behind a place preposition. */
function countryOfClause(input: PlaceInput, clauseText: string): string | undefined {
  const { clause, trigger, sentenceMentions, article } = input;
  const triggerWord = input.text.slice(trigger.start, trigger.end).toLowerCase();
  for (const match of clauseText.matchAll(DEMONYM_BEFORE)) {
    const head = (match[2] ?? '').toLowerCase();
    if (head !== triggerWord && !LAND.has(head) && !demonymTarget(input, clause.start + match.index)) continue;
    const code = lookupDemonym(match[1] ?? '')?.code;
    const id = code ? article.countryPlace.get(code) : undefined;
    if (id) return id;
  }
  // a country named as a government but governed by a place preposition ("in southern Ostria")
  for (const m of sentenceMentions) {
    if (m.record !== 'actor' || m.start < clause.start || m.end > clause.end) continue;
    if (m.start >= trigger.end && /\b(?:who|whom|whose|which)\b/i.test(input.text.slice(trigger.end, m.start))) continue;
    const code = lookupCountry(m.text)?.code;
    const id = code ? article.countryPlace.get(code) : undefined;
    if (id && GOVERNING.test(input.text.slice(Math.max(clause.start, m.start - 40), m.start))) return id;
  }
  return undefined;
}

/**
 * "Russia's attacks on Ukrainian energy infrastructure", "Russian drones attacked Ukrainian ports": a demonym opening
 * the target phrase or the object of an attack names the country attacked, where it happened, when the article names
 * that country as a place (round 18; `events/demonym-target`).
 */
function demonymTarget(input: PlaceInput, at: number): boolean {
  if (!input.attackType || at < input.trigger.end) return false;
  // ("Russian drones attacked Ukrainian ports": the object of the verb names the target too)
  return /^\s+(?:(?:on|against|at)\s+)?(?:the\s+)?$/i.test(input.text.slice(input.trigger.end, at));
}

/**
 * The countries an article names as places, and its main place: the country referred to most often, counting
 * its name as a place or as an acting government ("Peru said") and its demonyms ("Peruvian police"), when the
 * article also names it as a place; else the place named most often (a country the report names once in passing,
 * "Peru's prime minister criticised the deal", never stands in for the countries it is about). News reports name their country far
 * more often than any town, so a happening with no place of its own most likely took place there.
 */
export function articlePlaces(text: string, mentions: readonly EntityMention[]): ArticlePlaces {
  const countryPlace = new Map<string, string>();
  const placeCounts = new Map<string, number>();
  const countryCounts = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  const localPlaces: EntityMention[] = [];
  const countryMentions: Array<{ end: number; code: string }> = [];
  for (const m of mentions) {
    const code = lookupCountry(m.text)?.code;
    // "a truce brokered by Qatar", "a town known as X": a name after "by" or a naming verb places nothing (round 14)
    if (m.record === 'place' && NOT_A_LOCATION.test(text.slice(Math.max(0, m.start - 24), m.start))) { if (code) countryMentions.push({ end: m.end, code }); continue; }
    // "US President Ana Ruiz met": a country before an office is whose officer, as a demonym (`OFFICE_AFTER`)
    if (m.record === 'place' && code && OFFICE_AFTER.test(text.slice(m.end, m.end + 40))) { bump(countryCounts, code); continue; }
    if (m.record === 'place') {
      bump(placeCounts, m.recordId);
      if (code && !countryPlace.has(code)) countryPlace.set(code, m.recordId);
      if (!code) localPlaces.push(m);
      // naming a country as a place weighs more than naming it as an actor
      if (code) bump(countryCounts, code);
    }
    if (code) {
      bump(countryCounts, code);
      countryMentions.push({ end: m.end, code });
    }
  }
  const lastPlaceBefore = (offset: number, scale: PlaceScale): string | undefined => {
    if (scale !== 'country') {
      const fits = (m: EntityMention): boolean => scale === 'any' || (scale === 'city') === (lookupCity(m.text) !== undefined);
      return [...localPlaces].reverse().find((m) => m.end <= offset && fits(m))?.recordId;
    }
    const hits = countryMentions.filter((m) => m.end <= offset && countryPlace.has(m.code)).sort((a, b) => b.end - a.end);
    return hits[0] ? countryPlace.get(hits[0].code) : undefined;
  };
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const code = lookupDemonym(match[0])?.code;
    if (code) bump(countryCounts, code);
  }
  const best = <K>(counts: Map<K, number>, allowed: (key: K) => boolean): K | undefined => {
    let top: K | undefined;
    let topCount = 0;
    for (const [key, n] of counts) {
      if (allowed(key) && n > topCount) {
        top = key;
        topCount = n;
      }
    }
    return top;
  };
  const top = best(countryCounts, () => true);
  const country = top !== undefined && countryPlace.has(top) ? top : undefined;
  const mostNamed = best(placeCounts, () => true);
  // "promised to label China a currency manipulator" in a report from Ohio: a country named once, when another place
  // is named more often, is named in passing (its weight as a place alone made it the top)
  const passing = country !== undefined && (countryCounts.get(country) ?? 0) <= 2 && mostNamed !== undefined
    && (placeCounts.get(mostNamed) ?? 0) > (placeCounts.get(countryPlace.get(country) as string) ?? 0);
  const main = country && !passing ? countryPlace.get(country) : mostNamed;
  return { countryPlace, main, lastPlaceBefore, placeByName: placesByName(mentions) };
}

/** The place ids of an article by the names its place mentions write (the first id for a name). */
function placesByName(mentions: readonly EntityMention[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const m of mentions) if (m.record === 'place' && !byName.has(m.text)) byName.set(m.text, m.recordId);
  return byName;
}
