import type { Actor } from '../../schema/actor.js';
import type { Token, TaggedSentence } from '../../nlp/tokens.js';
import { GOVERNMENT_GROUP_NOUNS, GROUP_NOUNS } from '../../nlp/lexicon/organizations.js';
import { CASE_DECIDER_NOUNS, COMMUNITY_NOUNS, CROWD_NOUNS, EVENT_NOUNS, GROUP_KINDS, NATURAL_FORCE, OCCASIONAL_GROUP_NOUNS, OCCASIONAL_GROUP_TYPES, PARTICIPANT_GROUP_NOUNS } from '../../nlp/lexicon/event-triggers.js';
import type { EventType } from '../../schema/event.js';
import { actingCompoundAt } from '../../nlp/lexicon/name-cues.js';
import { own } from '../../nlp/lexicon/own.js';
import { lookupCity, lookupCountry, lookupCountryCode, lookupDemonym } from '../../nlp/gazetteer.js';
import { recordId, slugify } from '../../ids.js';
import type { EntityMention } from '../entities.js';
import { firstAtOrAfter } from '../spans-index.js';
import { ROLE_NOUNS } from '../../nlp/lexicon/titles.js';

/** A span of the article that says which actor it is, from a name, a pronoun or a group noun. */
interface ActorSpot {
  actorId: string;
  start: number;
  end: number;
  /** A country's name standing for its government: an antecedent for "it", not a name for `actorAt`. */
  country?: boolean;
}

/** A quoted or reported passage and who said it: "we" and "I" inside it are the speaker. */
export interface SpokenSpan {
  start: number;
  end: number;
  speakerId: string | null;
  /** Where the claim's cue starts: before the content ("X said they ...") or after it ("They ..., X said"). */
  cueStart?: number;
}

const PERSON_PRONOUNS = /^(?:he|him|his|she|her|hers|himself|herself)$/;
const PLURAL_PRONOUNS = /^(?:they|them|their|theirs|themselves)$/;
const THING_PRONOUNS = /^(?:it|its|itself)$/;
const FIRST_PERSON = /^(?:we|us|our|i|me|my)$/;
const OBJECT_PRONOUNS = /^(?:him|them|himself|herself|themselves)$/;
/** How many sentences back a pronoun looks for its antecedent. */
const PRONOUN_REACH = 3;
/** Nouns a definite phrase names an organisation by ("the group", "the militia"). Id: `events/body-nouns`. */
const BODY_NOUNS = /^(?:group|militia|movement|organi[sz]ation|outfit|faction)$/;

/**
 * The actors an event stage can name in a sentence: actor mentions by token, pronouns resolved to the actor they
 * stand for, and unnamed groups ("police", "security forces", "civilians") made into group actors of the article
 * the first time an event needs them as participants.
 */
/** Possessive pronouns, never part of a group's name ("its forces" is no group called "its forces"). */
const POSSESSIVE_PRONOUN = /^(?:its|their|our|his|her|my|your)$/;
/** Plural role nouns that "the two ..." or "both ..." uses for two people named before ("the two leaders met"). */
const PAIRED_ROLES = /^(?:leaders|presidents|ministers|premiers|heads|counterparts|envoys|men|women|politicians|candidates|rivals|monarchs|kings|chancellors|secretaries)$/;
/** Group names that a singular pronoun ("it", "its") stands for: a body, not people ("the army", "Norvian police" is plural). */
/** The single unnamed attackers of `PARTICIPANT_GROUP_NOUNS` (round 15): a person, whom "his" or "her" may stand for. */
const SINGLE_ATTACKER = /^(?:gunman|attacker|assailant|bomber|shooter|sniper|hijacker|kidnapper)$/;
const COLLECTIVE_GROUP = /\b(?:army|military|navy|air force|militia|coalition|junta|regime|guard|command)$/i;
/** A body's own armed men: "its forces", "their troops" are the body that has them, acting. */
const OWN_FORCES = /^(?:forces|troops|soldiers|police|army|military|fighters|militia|militias|units|officers|guards)$/;

/** Plural nouns of military drills the tagger reads as verbs ("joint military exercises"); `events/military-drills`. */
const DRILLS = /^(?:exercises|drills|manoeuvres|maneuvers)$/;

export class ActorIndex {
  private readonly byId: Map<string, Actor>;
  /** The country an actor acts for, by ISO code, where the article says it (see `countryOf`). */
  private readonly countries = new Map<string, string>();
  /** Country place mentions that stand for their government, by "sentence:first token". */
  private readonly countryAsActor = new Map<string, { actorId: string; mention: EntityMention }>();
  /** Where each actor is named, by sentence index. */
  private readonly spots = new Map<number, ActorSpot[]>();
  private readonly mentionsBySentence = new Map<number, EntityMention[]>();
  /** Place mentions by sentence index (a country's name before a weapon names its government: `countryPlaceAt`). */
  private readonly placesBySentence = new Map<number, EntityMention[]>();
  /** Group actors made for a participant, until an event that keeps them is kept (see `commit`). */
  private readonly pending = new Map<string, Actor>();
  /** Group actors this index made and an event kept, in the order made; `parseArticle` adds them to the article's actors. */
  readonly made: Actor[] = [];

  constructor(
    private readonly text: string,
    private readonly sentences: readonly TaggedSentence[],
    actors: readonly Actor[],
    mentions: readonly EntityMention[],
    private readonly spoken: readonly SpokenSpan[],
  ) {
    this.byId = new Map(actors.map((a) => [a.id, a]));
    for (const m of mentions) {
      if (m.record !== 'actor' || !this.byId.has(m.recordId)) continue;
      // "Brazilian President Ana Costa": the demonym before a name says whose side the actor is on
      if (!this.countries.has(m.recordId)) {
        const s = sentences[m.sentenceIndex];
        for (const t of s ? s.tokens.slice(Math.max(0, m.firstToken - 3), m.firstToken) : []) {
          const c = lookupDemonym(t.text) ?? lookupCountry(t.text.replace(/['’]s$/, ''));
          if (c) this.countries.set(m.recordId, c.code);
        }
      }
      const list = this.mentionsBySentence.get(m.sentenceIndex) ?? [];
      list.push(m);
      this.mentionsBySentence.set(m.sentenceIndex, list);
      this.addSpot({ actorId: m.recordId, start: m.start, end: m.end });
    }
    // a country named as a place where it acts ("Veloria marked the anniversary", "Norway has said that it ...") is
    // its government, when the article has that government as an actor
    const governments = new Map<string, string>();
    for (const a of actors) {
      const code = a.kind === 'government' ? a.countryCode ?? lookupCountry(a.name)?.code : undefined;
      if (code && !governments.has(code)) governments.set(code, a.id);
    }
    for (const m of mentions) {
      if (m.record !== 'place') continue;
      this.placesBySentence.set(m.sentenceIndex, [...(this.placesBySentence.get(m.sentenceIndex) ?? []), m]);
      const code = lookupCountry(m.text)?.code;
      const gov = code ? governments.get(code) : undefined;
      if (gov) {
        this.countryAsActor.set(`${m.sentenceIndex}:${m.firstToken}`, { actorId: gov, mention: m });
        this.addSpot({ actorId: gov, start: m.start, end: m.end, country: true });
      }
    }
    // speakers only the claims stage named ("officials said") are found by their mentions
    const seen = new Set(mentions.map((m) => `${m.start}:${m.end}`));
    for (const actor of actors) {
      for (const m of actor.mentions) if (!seen.has(`${m.start}:${m.end}`)) this.addSpot({ actorId: actor.id, start: m.start, end: m.end });
    }
    for (const list of this.spots.values()) list.sort((a, b) => a.start - b.start);
  }

  private addSpot(spot: ActorSpot): void {
    let i = firstAtOrAfter(this.sentences, spot.start);
    if (i > 0 && (this.sentences[i - 1] as TaggedSentence).end > spot.start) i--;
    const sentence = this.sentences[i];
    if (!sentence || sentence.start > spot.start) return;
    const list = this.spots.get(sentence.index) ?? [];
    list.push(spot);
    this.spots.set(sentence.index, list);
  }

  actor(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /**
   * The country an actor acts for: a government's own, a country named in a title ("French presidential envoy") or
   * right before a name ("Brazilian President Ana Costa"), or in an organisation's name.
   */
  countryOf(id: string): string | undefined {
    const actor = this.byId.get(id);
    if (!actor) return undefined;
    if (actor.countryCode) return actor.countryCode;
    if (actor.kind === 'government') return lookupCountry(actor.name)?.code;
    const seen = this.countries.get(id);
    if (seen) return seen;
    for (const title of actor.titles) {
      const code = countryIn(title);
      if (code) return code;
    }
    return actor.kind === 'person' ? undefined : countryIn(actor.name);
  }

  /** Whether an id names an actor of the article: one the earlier stages found, or a group an event kept. */
  known(id: string): boolean {
    return this.byId.has(id) && !this.pending.has(id);
  }

  /** Keeps the groups among `ids` that were made for participants: an event that names them was kept. */
  commit(ids: Iterable<string>): void {
    for (const id of ids) {
      const actor = this.pending.get(id);
      if (!actor) continue;
      this.pending.delete(id);
      this.made.push(actor);
    }
  }

  /**
   * The government a country's name at token `k` stands for when it is the subject or object of an act ("Veloria
   * marked ..."), if the article has that government as an actor.
   */
  countryAt(sentence: TaggedSentence, k: number): string | undefined {
    for (const [key, v] of this.countryAsActor) {
      if (!key.startsWith(`${sentence.index}:`)) continue;
      if (v.mention.firstToken > k || v.mention.lastToken < k) continue;
      // "French presidential envoy": a country before a noun only says whose the envoy is
      const next = sentence.tokens[v.mention.lastToken + 1];
      // ("Japan last weekend marked": a time phrase after the country modifies nothing of it)
      const timeAfter = next !== undefined && (next.tags.has('Date') || (/^(?:last|this|next|early|late|earlier)$/.test(next.lower) && sentence.tokens.slice(next.index + 1, next.index + 3).some((t) => t.tags.has('Date'))));
      const modifies = next !== undefined && !timeAfter && !/[,;:]/.test((sentence.tokens[v.mention.lastToken] as Token).post) && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun');
      return modifies ? undefined : v.actorId;
    }
    return undefined;
  }

  /** The actor named at token `k` of the sentence, if any. */
  actorAt(sentence: TaggedSentence, k: number): string | undefined {
    const tok = sentence.tokens[k] as Token;
    const m = (this.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.firstToken <= k && x.lastToken >= k);
    if (m) return m.recordId;
    return (this.spots.get(sentence.index) ?? []).find((s) => !s.country && s.start <= tok.start && s.end >= tok.end)?.actorId;
  }

  /**
   * The person a definite description at token `k` refers back to: "the 45-year-old opposition leader" is the one
   * person named before this sentence whose title ends in "leader" and holds "opposition"; none when the title fits
   * several people or nobody (a description names nobody new).
   */
  describedAt(sentence: TaggedSentence, k: number): string | undefined {
    const { tokens } = sentence;
    const head = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!ROLE_NOUNS.has(head.lower) || (next && !/[,;:]/.test(head.post) && (next.tags.has('Noun') || next.tags.has('ProperNoun')))) return undefined;
    const modifiers: string[] = [];
    let j = k - 1;
    for (; j >= Math.max(0, k - 5); j--) {
      const t = tokens[j] as Token;
      if (/[,;:]/.test(t.post) || t.tags.has('Determiner') || t.tags.has('Pronoun') || t.tags.has('Possessive')) break;
      // "the 45-year-old opposition leader": an age or an adjective describes the person, a noun says which office
      if (t.tags.has('Hyphenated') || /-/.test(t.text) || /-$/.test(t.post) || t.tags.has('Value')) continue;
      if (t.tags.has('Noun')) modifiers.push(t.lower);
      else if (!t.tags.has('Adjective')) return undefined;
    }
    if (!/^(?:the)$/.test(tokens[j]?.lower ?? '')) return undefined;
    const earlier = new Set<string>();
    for (let i = 0; i < sentence.index; i++) for (const spot of this.spots.get(i) ?? []) earlier.add(spot.actorId);
    const fits = [...earlier].filter((id) => {
      const a = this.byId.get(id);
      if (!a || a.kind !== 'person') return false;
      return a.titles.some((title) => {
        const words = title.toLowerCase().split(/\s+/);
        return words[words.length - 1] === head.lower && modifiers.every((w) => words.includes(w));
      });
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /**
   * "The Rapid Support Forces captured the town ... The paramilitary group shelled a hospital": "the group", "the
   * militia", "the movement" (after "the" and adjectives only) is the organisation named last before it, in this
   * sentence or the three before. Id: `events/the-group` (round 14).
   */
  bodyAt(sentence: TaggedSentence, k: number): string | undefined {
    const { tokens } = sentence;
    const head = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!BODY_NOUNS.test(head.lower) || (next && !/[,;:]/.test(head.post) && (next.tags.has('Noun') || next.lower === 'of'))) return undefined;
    let j = k - 1;
    while (j >= 0 && ((tokens[j] as Token).tags.has('Adjective') || /^\p{Ll}+$/u.test((tokens[j] as Token).text) && (tokens[j] as Token).tags.has('Noun')) && !/[,;:]/.test((tokens[j] as Token).post)) j--;
    if (tokens[j]?.lower !== 'the') return undefined;
    const isBody = (id: string): boolean => this.byId.get(id)?.kind === 'organization';
    const here = (this.spots.get(sentence.index) ?? []).filter((s) => s.end <= head.start && isBody(s.actorId));
    if (here.length > 0) return here[here.length - 1]?.actorId;
    for (let back = 1; back <= PRONOUN_REACH; back++) {
      const there = (this.spots.get(sentence.index - back) ?? []).filter((s) => isBody(s.actorId));
      if (there.length > 0) return there[there.length - 1]?.actorId;
    }
    return undefined;
  }

  /**
   * The two people "the two leaders" or "both presidents" at token `k` stands for: the two persons named in the
   * nearest sentence before it that names any (within three sentences), when it names exactly two.
   */
  pairAt(sentence: TaggedSentence, k: number): string[] | undefined {
    const { tokens } = sentence;
    const head = tokens[k] as Token;
    if (!PAIRED_ROLES.test(head.lower) || !/^(?:two|both)$/.test(tokens[k - 1]?.lower ?? '')) return undefined;
    if (tokens[k - 1]?.lower === 'two' && tokens[k - 2]?.lower !== 'the') return undefined;
    const persons = (index: number, before?: number): string[] => [...new Set((this.spots.get(index) ?? [])
      .filter((s) => (before === undefined || s.end <= before) && this.byId.get(s.actorId)?.kind === 'person').map((s) => s.actorId))];
    const here = persons(sentence.index, (tokens[k - 1] as Token).start);
    if (here.length > 0) return here.length === 2 ? here : undefined;
    for (let back = 1; back <= PRONOUN_REACH; back++) {
      const found = persons(sentence.index - back);
      if (found.length > 0) return found.length === 2 ? found : undefined;
    }
    return undefined;
  }

  /** The actor a pronoun at token `k` stands for: a person, a group or body, or the speaker of a quotation. */
  resolvePronoun(sentence: TaggedSentence, k: number): string | undefined {
    const tok = sentence.tokens[k] as Token;
    const speech = this.spoken.find((s) => tok.start >= s.start && tok.end <= s.end);
    if (FIRST_PERSON.test(tok.lower)) return speech?.speakerId ?? undefined;
    // in a direct quotation "he" is somebody the speaker talks about; in reported speech ("said it captured") it may
    // well be the speaker
    const quoted = speech !== undefined && /["“]/.test(this.text.slice(Math.max(speech.start - 1, 0), tok.start));
    const wants = PERSON_PRONOUNS.test(tok.lower) ? 'person' : PLURAL_PRONOUNS.test(tok.lower) ? 'plural' : THING_PRONOUNS.test(tok.lower) ? 'thing' : undefined;
    if (!wants) return undefined;
    const fits = (id: string): boolean => {
      const a = this.byId.get(id);
      if (!a) return false;
      // inside a quotation "he" is somebody the speaker talks about, not the speaker
      if (quoted && speech?.speakerId === id) return false;
      if (wants === 'person') return a.kind === 'person';
      // "the army said its aircraft had bombed ...": a group named by a singular collective is an "it"
      if (wants === 'thing') return a.kind === 'organization' || a.kind === 'government' || (a.kind === 'group' && COLLECTIVE_GROUP.test(a.name));
      return a.kind !== 'person';
    };
    // the subject-most (first) fitting name of this sentence before the pronoun, then of the sentences before it;
    // "the cabinet now says it may ...": a government noun before the pronoun is the state talked about
    // an object pronoun ("met with him") is somebody other than its clause's subject: the nearest name before it
    const before = (this.spots.get(sentence.index) ?? []).filter((s) => s.end <= tok.start && fits(s.actorId));
    const here = OBJECT_PRONOUNS.test(tok.lower) ? before[before.length - 1] : before[0];
    // "A said it shot down 30 drones, while B said its forces had struck ...": in reported speech, a subject or
    // possessive pronoun with no fitting name between the content's start and itself is the speaker
    const speaker = speech?.speakerId;
    // ("Troops tightened their siege of the town, residents said": an unnamed group opening the content is who "their"
    // stands for, not the speaker; round 14)
    const groupId = speaker && !quoted ? this.groupOpening(sentence, k, speech.start, wants) : undefined;
    if (groupId) return groupId;
    // ("They struck near the border on Friday, the army said": with the speaker named after the content, a pronoun
    // opening it looks back to the story, as the army would say "we"; round 15, `events/postposed-speaker-pronoun`)
    const speakerFirst = speech?.cueStart === undefined || speech.cueStart < tok.start;
    if (speaker && !quoted && speakerFirst && !OBJECT_PRONOUNS.test(tok.lower) && fits(speaker) && !before.some((x) => x.start >= speech.start)) return speaker;
    const govNoun = wants !== 'person' ? sentence.tokens.slice(0, k).findIndex((t) => GOVERNMENT_GROUP_NOUNS.has(t.lower) && !this.actorAt(sentence, t.index)) : -1;
    if (govNoun >= 0 && (!here || (sentence.tokens[govNoun] as Token).start < here.start)) {
      const gov = this.focalGovernment(sentence.index);
      if (gov) return gov;
    }
    if (here) return here.actorId;
    if (wants === 'thing' && this.happeningSubject(sentence, k)) return undefined;
    for (let back = 1; back <= PRONOUN_REACH; back++) {
      const prev = this.sentences[sentence.index - back];
      if (!prev || prev.blockKind !== 'paragraph') continue;
      const there = (this.spots.get(prev.index) ?? []).find((s) => fits(s.actorId));
      if (there) return there.actorId;
    }
    return undefined;
  }

  /**
   * The group actor an unnamed group noun at token `k` stands for ("police", "security forces", "four Dutch nationals"),
   * made the first time it is needed. A bare noun joins a group the article already named with it ("Peruvian youth"
   * for "youth"); a noun after a country's name belongs to that country ("U.S. citizens").
   */
  /** The words before a group noun at k that qualify it ("Velorian army officers") and the state they name. */
  private groupModifiers(sentence: TaggedSentence, k: number): { first: number; country: string | undefined } {
    const { tokens } = sentence;
    let first = k;
    let country: string | undefined;
    for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
      const t = tokens[j] as Token;
      // "rockets against civilians": the tagger reads some prepositions as adjectives
      // ("On Tuesday police arrested 30 students": a day or a month before the noun times the clause, it names no group;
      // round 21, `events/date-before-group`)
      if (/[,;:]/.test(t.post) || t.tags.has('Determiner') || t.tags.has('Value') || t.tags.has('Cardinal') || t.tags.has('Pronoun') || t.tags.has('Date') || POSSESSIVE_PRONOUN.test(t.lower) || /^(?:against|among|amid|near|toward|towards|including|like)$/.test(t.lower)) break;
      // "the Saudi-led coalition", "Iran-backed militias": who leads or backs the group is part of its name, and the
      // group is not that state's own
      if (actingCompoundAt(tokens, j)) {
        first = j - 1;
        break;
      }
      const named = this.actorAt(sentence, j);
      const state = lookupDemonym(t.text) ?? lookupCountry(t.text.replace(/['’]s$/, ''));
      if (named || state) {
        if (state) country = state.name;
        // "Velorian army officers": the whole name before the noun qualifies it
        const m = (this.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.firstToken <= j && x.lastToken >= j);
        first = m ? m.firstToken : j;
        const code = !country && m ? countryIn(m.text) : undefined;
        if (code) country = lookupCountryCode(code)?.name;
        break;
      }
      if (!(t.tags.has('Adjective') || t.tags.has('Noun')) || /^(?:several|many|some|other|more|most|few|hundreds|thousands|dozens|all|both)$/.test(t.lower)) break;
      first = j;
    }
    return { first, country };
  }

  /**
   * "Troops tightened their siege ..., residents said", "The army tightened its siege ...": the unnamed group that
   * opens reported content before a pronoun at `k` (a collective one for "its"). Id: `events/content-group-pronoun`.
   */
  private groupOpening(sentence: TaggedSentence, k: number, from: number, wants: 'person' | 'plural' | 'thing'): string | undefined {
    for (const t of sentence.tokens.slice(0, k)) {
      if (t.start < from || !PARTICIPANT_GROUP_NOUNS.has(t.lower) || (wants === 'thing' && !COLLECTIVE_GROUP.test(t.lower))) continue;
      // ("Police said the attacker detonated his explosives vest": "his" is the one unnamed attacker the content opens
      // with, not the speaker; round 19, `events/single-attacker-owner`)
      if (wants === 'person' && !SINGLE_ATTACKER.test(t.lower)) continue;
      const id = this.groupAt(sentence, t.index);
      if (id) return id;
    }
    return undefined;
  }

  /**
   * "The storm had earlier hit Greece, where it killed 15 people", "The blast destroyed the station and it ...": with
   * no name before "it" in its sentence, a natural force or a happening heading the sentence's subject is what "it"
   * stands for, not an organisation of an earlier sentence. Id: `events/happening-it` (round 16).
   */
  private happeningSubject(sentence: TaggedSentence, k: number): boolean {
    for (const t of sentence.tokens.slice(0, k)) {
      if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
      const word = t.lower.replace(/['’]s$/, '');
      if (NATURAL_FORCE.test(word) || own(EVENT_NOUNS, word) !== undefined) return true;
    }
    return false;
  }

  groupAt(sentence: TaggedSentence, k: number, occasion?: EventType): string | undefined {
    const { tokens } = sentence;
    const tok = tokens[k] as Token;
    // any group noun may name a group an earlier stage already made ("officials said ... officials discovered");
    // only the nouns of `PARTICIPANT_GROUP_NOUNS` make a new one
    // "Yazidis", "Palestinians": a community or a people named by its plural, written capitalised
    const community = /^\p{Lu}/u.test(tok.text) && (COMMUNITY_NOUNS.has(tok.lower) || (/s$/.test(tok.lower) && lookupDemonym(tok.text) !== undefined && lookupCountry(tok.text) === undefined));
    // ("Nurses staged a walkout", "fired on the crowd": working people and crowds are parties of a dispute or a
    // crackdown only; round 24, `events/occasional-groups`)
    const occasional = occasion !== undefined && ((OCCASIONAL_GROUP_TYPES.has(occasion) && OCCASIONAL_GROUP_NOUNS.has(tok.lower)) || (occasion === 'legal' && CASE_DECIDER_NOUNS.has(tok.lower)));
    if (!PARTICIPANT_GROUP_NOUNS.has(tok.lower) && !GROUP_NOUNS.has(tok.lower) && !community && !occasional) return undefined;
    const mayMake = PARTICIPANT_GROUP_NOUNS.has(tok.lower) || community || occasional;
    const next = tokens[k + 1];
    // ("U.S. District Judge Omar Feld denied the motion": a decider's noun capitalised before a name is the holder's
    // title, no group of its own; the frozen-feature title test went red on round 25's `events/occasional-groups`)
    if (CASE_DECIDER_NOUNS.has(tok.lower) && /^\p{Lu}/u.test(tok.text) && next && /^\p{Lu}/u.test(next.text)) return undefined;
    // "police chief", "government buildings": the noun modifies another one
    // ("military-ruled Myanmar", "the army-backed government": a group noun hyphened to a participle describes what
    // follows; "police-led raids" keep the police, who lead what is done; round 16, `events/hyphened-group-modifier`)
    if (tok.post.trim() === '-' && next && /(?:ed|held|run|built|made|won|drawn)$/.test(next.lower) && next.lower !== 'led') return undefined;
    // ("held joint military exercises": the tagger reads the drills as a verb; round 16, `event-cues/military-drills`)
    if (next && !/[,;:.]/.test(tok.post) && (((next.tags.has('Noun') || next.tags.has('Plural')) && !next.tags.has('Pronoun') && !next.tags.has('Date') && !next.tags.has('ProperNoun')) || DRILLS.test(next.lower))) return undefined;
    // "the army said its forces had captured": the forces of the body "its" stands for are that body acting
    const owner = POSSESSIVE_PRONOUN.test(tokens[k - 1]?.lower ?? '') && /^(?:its|their|our)$/.test(tokens[k - 1]?.lower ?? '') ? this.resolvePronoun(sentence, k - 1) : undefined;
    if (owner && this.byId.get(owner)?.kind !== 'person' && OWN_FORCES.test(tok.lower)) return owner;
    // "the Mai-Mai militia attacked": a militia named by the body right before it is that body (round 18)
    const namedBody = /^militias?$/.test(tok.lower) && k > 0 ? this.actorAt(sentence, k - 1) : undefined;
    if (namedBody && this.byId.get(namedBody)?.kind === 'organization') return namedBody;
    const { first, country } = this.groupModifiers(sentence, k);
    const surface = this.text.slice((tokens[first] as Token).start, tok.end);
    // "Security forces" opening a sentence is the common noun phrase
    const opensSentence = (tokens[first] as Token).index === 0 && !country && !this.actorAt(sentence, first);
    const name = /^\p{Lu}\p{Ll}/u.test(surface) && (first === k || opensSentence) && !community ? surface.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : surface;
    const lower = name.toLowerCase();
    // ("Leaders of the forum met ... The president will host African leaders": a bare noun names a group told before
    // it, never one the article names only later; round 23, `events/no-cataphoric-group`)
    const existing = [...this.byId.values()].find((a) => a.kind !== 'person' && (a.name.toLowerCase() === lower || a.aliases.some((x) => x.toLowerCase() === lower) || (first === k && a.name.toLowerCase().endsWith(` ${lower}`) && a.mentions.some((m) => m.start < tok.start))));
    const mention = { start: (tokens[first] as Token).start, end: tok.end, text: surface };
    if (existing) return existing.id;
    // "security forces" after "Peru's police", "protesters" after "the opposition": the same side, named again
    const kind = groupKind(lower) ?? (CROWD_NOUNS.has(tok.lower) ? 'opposition' : undefined);
    if (kind) {
      const code = country ? lookupCountry(country)?.code : undefined;
      // the one named most often, when several are ("Velorian police" over "the Border Guard")
      const same = [...this.byId.values()]
        .filter((a) => a.kind !== 'person' && groupKind(a.name.toLowerCase()) === kind && (code === undefined || countryIn(a.name) === undefined || countryIn(a.name) === code) && !otherSide(name, a.name))
        .sort((a, b) => b.mentions.length - a.mentions.length)[0];
      if (same) return same.id;
    }
    // "the government", "the ruling party's government", "authorities": the state the article has been talking about
    // (with no government named yet, whose it is cannot be told: no actor is made)
    // ("Foreign governments evacuated their citizens", "other governments": not the state the article is about)
    if (GOVERNMENT_GROUP_NOUNS.has(tok.lower) && !country) {
      if (/^(?:foreign|other|western|neighbou?ring|regional|several|many|some|donor|allied)$/.test(tokens[k - 1]?.lower ?? '')) return undefined;
      const fronted = this.frontedCountryGovernment(sentence);
      return fronted === undefined ? this.focalGovernment(sentence.index) : fronted ?? undefined;
    }
    if (!mayMake) return undefined;
    return this.madeGroup(sentence, recordId('actor', slugify(country ? `${country} ${tok.lower}` : lower)), name, GOVERNMENT_GROUP_NOUNS.has(tok.lower) ? 'government' : 'group', mention);
  }

  /**
   * "Thai and Cambodian soldiers exchanged fire": the first of two demonyms joined before a group noun at `k` names a
   * group of its own ("Thai soldiers"; the noun's own group, "Cambodian soldiers", is `groupAt`'s).
   * Id: `events/paired-demonym-groups`.
   */
  pairedGroupAt(sentence: TaggedSentence, k: number): string | undefined {
    const { tokens } = sentence;
    const tok = tokens[k] as Token;
    const first = tokens[k - 3];
    if (!first || !/^(?:and|or)$/.test(tokens[k - 2]?.lower ?? '') || /[,;:]/.test(first.post)) return undefined;
    const state = lookupDemonym(first.text);
    if (!state || !lookupDemonym(tokens[k - 1]?.text ?? '') || !PARTICIPANT_GROUP_NOUNS.has(tok.lower) || this.groupAt(sentence, k) === undefined) return undefined;
    const name = `${first.text} ${tok.lower}`;
    const existing = [...this.byId.values()].find((a) => a.kind !== 'person' && (a.name.toLowerCase() === name.toLowerCase() || a.aliases.some((x) => x.toLowerCase() === name.toLowerCase())));
    if (existing) return existing.id;
    return this.madeGroup(sentence, recordId('actor', slugify(`${state.name} ${tok.lower}`)), name, 'group', { start: first.start, end: first.end, text: first.text });
  }

  /** The group actor `id`, made with its first mention, or the one made before with this mention added. */
  private madeGroup(sentence: TaggedSentence, id: string, name: string, kind: 'government' | 'group', mention: { start: number; end: number; text: string }): string {
    const same = this.byId.get(id);
    if (same) {
      same.mentions.push(mention);
      return id;
    }
    const actor: Actor = { id, name, kind, aliases: [], titles: [], mentions: [mention] };
    this.byId.set(id, actor);
    this.pending.set(id, actor);
    this.addSpot({ actorId: id, start: mention.start, end: mention.end });
    (this.spots.get(sentence.index) ?? []).sort((a, b) => a.start - b.start);
    return id;
  }

  private focal: Array<string | undefined> | undefined;

  /** The government named most often up to a sentence (the latest on a tie), computed once for the article. */
  private focalGovernment(upTo: number): string | undefined {
    if (!this.focal) {
      this.focal = [];
      const counts = new Map<string, number>();
      let best: string | undefined;
      for (const sentence of this.sentences) {
        for (const s of this.spots.get(sentence.index) ?? []) {
          if (this.byId.get(s.actorId)?.kind !== 'government') continue;
          const n = (counts.get(s.actorId) ?? 0) + 1;
          counts.set(s.actorId, n);
          if (best === undefined || n >= (counts.get(best) ?? 0)) best = s.actorId;
        }
        this.focal[sentence.index] = best;
      }
    }
    return this.focal[upTo];
  }

  /**
   * The government a state body acts for ("Veloria's Defence Ministry", "the Ostrian army" -> the Velorian or Ostrian
   * government), when the article names that government as an actor.
   */
  /** The government actor of the country a demonym names ("Israeli" -> Israel), when the article has one. */
  governmentOfDemonym(word: string): string | undefined {
    const code = lookupDemonym(word)?.code;
    return code ? this.governmentOfCode(code) : undefined;
  }

  private governmentOfCode(code: string): string | undefined {
    for (const a of this.byId.values()) if (a.kind === 'government' && (a.countryCode === code || lookupCountry(a.name)?.code === code)) return a.id;
    return undefined;
  }

  /**
   * "Qatar mediated ... In Colombia, the government and the ELN agreed a ceasefire": a sentence opened by "In <country>,"
   * is about that country, so "the government" is its government (or, when the article names none as an actor, no
   * government it can tell), not the one named most often so far. Undefined when the sentence opens otherwise.
   * Id: `events/fronted-country-government` (round 25).
   */
  private frontedCountryGovernment(sentence: TaggedSentence): string | null | undefined {
    const { tokens } = sentence;
    if (tokens[0]?.lower !== 'in') return undefined;
    let first = 1;
    while (first < tokens.length && /^\p{Ll}/u.test((tokens[first] as Token).text) && (tokens[first] as Token).tags.has('Adjective')) first++;
    for (let j = first; j <= first + 3 && j < tokens.length; j++) {
      const w = tokens[j] as Token;
      if (!/^\p{Lu}/u.test(w.text)) return undefined;
      if (!/,/.test(w.post)) continue;
      const state = lookupCountry(this.text.slice((tokens[first] as Token).start, w.end));
      return state ? this.governmentOfCode(state.code) ?? null : undefined;
    }
    return undefined;
  }

  /**
   * The government a demonym before a weapon or a force stands for ("an Israeli airstrike", "a Ukrainian drone"): the
   * article's actor when it has one, else one made for the country (kept only if an event keeps it, see `commit`).
   * Id: `events/demonym-government`.
   */
  governmentForDemonym(sentence: TaggedSentence, k: number): string | undefined {
    const tok = sentence.tokens[k] as Token;
    const existing = this.governmentOfDemonym(tok.text);
    if (existing) return existing;
    const country = lookupDemonym(tok.text) ?? this.countryPlaceAt(sentence, k);
    if (!country) return undefined;
    for (const a of this.byId.values()) if (a.kind === 'government' && (a.countryCode === country.code || lookupCountry(a.name)?.code === country.code)) return a.id;
    return this.madeGovernment(country.code, country.name, tok);
  }

  /**
   * "A United States drone strike", "a US missile": a country's name (a place mention) used like a demonym before a
   * weapon or a force. Id: `events/country-name-weapon`.
   */
  private countryPlaceAt(sentence: TaggedSentence, k: number): { code: string; name: string } | undefined {
    const m = (this.placesBySentence.get(sentence.index) ?? []).find((x) => x.firstToken <= k && x.lastToken >= k);
    return m && m.lastToken === k ? lookupCountry(m.text) : undefined;
  }

  /**
   * "Penny Wong said her country would send aid": the government of the country of the person a possessive pronoun
   * before "country", "nation" or "government" stands for, made as in `governmentForDemonym` when the article has none.
   * Id: `events/owned-country`.
   */
  governmentOfOwner(sentence: TaggedSentence, k: number): string | undefined {
    const owner = this.resolvePronoun(sentence, k);
    const code = owner && this.byId.get(owner)?.kind === 'person' ? this.countryOf(owner) : undefined;
    const country = code ? lookupCountryCode(code) : undefined;
    if (!code || !country) return undefined;
    for (const a of this.byId.values()) if (a.kind === 'government' && (a.countryCode === code || lookupCountry(a.name)?.code === code)) return a.id;
    return this.madeGovernment(code, country.name, sentence.tokens[k + 1] as Token);
  }

  /** A government actor for a country the article names only by a demonym or an owner, kept if an event keeps it. */
  private madeGovernment(code: string, name: string, tok: Token): string | undefined {
    const id = recordId('actor', slugify(name));
    const mention = { start: tok.start, end: tok.end, text: tok.text };
    const same = this.byId.get(id);
    if (same) {
      if (same.kind !== 'government') return undefined;
      same.mentions.push(mention);
      return id;
    }
    const actor: Actor = { id, name, kind: 'government', countryCode: code, aliases: [], titles: [], mentions: [mention] };
    this.byId.set(id, actor);
    this.pending.set(id, actor);
    return id;
  }

  stateOf(actorId: string): string | undefined {
    const actor = this.byId.get(actorId);
    if (!actor || actor.kind === 'person' || actor.kind === 'government') return undefined;
    if (!/\b(?:ministry|defen[cs]e|army|military|forces|navy|air force|police|armed)\b/i.test(actor.name)) return undefined;
    const code = actor.countryCode ?? actor.name.split(/\s+/).map((w) => lookupDemonym(w.replace(/['’]s$/, '')) ?? lookupCountry(w.replace(/['’]s$/, ''))).find((c) => c !== undefined)?.code;
    if (!code) return undefined;
    for (const a of this.byId.values()) if (a.kind === 'government' && (a.countryCode === code || lookupCountry(a.name)?.code === code)) return a.id;
    return undefined;
  }
}

/** The kind of group a phrase names (`GROUP_KINDS`), by a two-word phrase in it or its last word. */
function groupKind(phrase: string): string | undefined {
  const words = phrase.replace(/['’]s\b/g, '').split(/\s+/).filter((w) => w.length > 0);
  for (let i = 0; i + 1 < words.length; i++) {
    const kind = own(GROUP_KINDS, `${words[i]} ${words[i + 1]}`);
    if (kind) return kind;
  }
  const last = words[words.length - 1];
  return last ? own(GROUP_KINDS, last) : undefined;
}

/**
 * Words that set one armed side or body apart from another of its kind ("loyal troops" after mutinous soldiers, "rival
 * militias"). Round 17. Source: wording of coup, mutiny and civil-war reports. Id: `events/other-side-groups`.
 */
const SIDE_WORDS = /^(?:loyal|loyalist|rival|renegade|mutinous|mutineer|pro-government|anti-government|government|opposition|federal|regional|foreign|allied|enemy|breakaway|dissident)$/;

/**
 * Whether a group mention (`surface`, as written, a capital opening the sentence lowered) names another side than the group `name` of its kind: a word of
 * `SIDE_WORDS` the other lacks ("loyal troops" is not the soldiers who mutinied), or a proper modifier on both that
 * differs ("Tuareg rebels" are not the "Islamist militants" named before; "rebels" then "Tuareg rebels" stay one).
 * Id: `events/other-side-groups` (round 17).
 */
function otherSide(surface: string, name: string): boolean {
  const mine = surface.split(/\s+/).slice(0, -1);
  const theirs = name.split(/\s+/).slice(0, -1);
  const lowerTheirs = new Set(theirs.map((w) => w.toLowerCase()));
  if (mine.some((w) => SIDE_WORDS.test(w.toLowerCase()) && !lowerTheirs.has(w.toLowerCase()))) return true;
  // (a place's name qualifies a group by where it serves, not which side it is: "Baghdad police" after "Iraqi police")
  const proper = (ws: string[]): string[] => ws.map((w) => w.replace(/['’]s$/, '')).filter((w) => /^\p{Lu}/u.test(w) && !lookupDemonym(w) && !lookupCountry(w) && !lookupCity(w));
  const a = proper(mine);
  const b = proper(theirs);
  return a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w));
}

/** The country a group's name is qualified by ("Peru's police", "Chilean army"), as an ISO code. */
function countryIn(name: string): string | undefined {
  for (const w of name.split(/\s+/)) {
    const bare = w.replace(/['’]s$/, '');
    const c = lookupDemonym(bare) ?? lookupCountry(bare);
    if (c) return c.code;
  }
  return undefined;
}
