/**
 * A synthetic news corpus for the benchmarks: articles recombine invented people, places and organisations with
 * sentence patterns, so names recur across articles under different forms (full name, bare surname, a
 * transliteration variant), some surnames are shared by two people, and some towns appear under a former name.
 * Cross-article merging has real work to do, and the right answer is known by construction.
 *
 * `generateArticle(i)` gives the text and the ParsedArticle a perfect parser would produce for it (offsets
 * computed from the text), so the 10,000-article graph benchmark measures graph building, not parsing.
 * All names are invented; the generator is seeded, so every run sees the same corpus.
 */
import { foldWord } from '../src/graph/name-key.js';
import { slugify } from '../src/ids.js';
import type { Actor, Claim, NewsEvent, ParsedArticle, Place } from '../src/schema/index.js';
import { random as rng } from '../scripts/ner/random.js';

/** The seeded generator the training scripts use (mulberry32), so the corpus is the same in every run. */
export { rng };

const FIRST = ['Anton', 'Marta', 'Oleh', 'Irina', 'Tomas', 'Leyla', 'Dmitro', 'Sofia', 'Karim', 'Elena', 'Pavlo', 'Nadia',
  'Viktor', 'Hanna', 'Ruslan', 'Olga', 'Yusuf', 'Daria', 'Bogdan', 'Alina'];
// Surnames with a -sky/-skyy/-skiy ending or a doubled letter, so transliteration variants arise naturally.
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Governor', 'Mayor', 'General',
  'spokesperson', 'Senator', 'envoy'];
const PLACES: { name: string; former?: string; kind: Place['kind'] }[] = [
  { name: 'Novohrad', former: 'Zvyahel', kind: 'city' }, { name: 'Pokrova', former: 'Ordzhonikidze', kind: 'city' },
  { name: 'Dnipro', former: 'Dnipropetrovsk', kind: 'city' }, { name: 'Bakhmut', former: 'Artemivsk', kind: 'city' },
  { name: 'Kramatorsk', kind: 'city' }, { name: 'Sloviansk', kind: 'city' }, { name: 'Kherson', kind: 'city' },
  { name: 'Mykolaiv', kind: 'city' }, { name: 'Odesa', kind: 'city' }, { name: 'Lviv', kind: 'city' },
  { name: 'Sumy', kind: 'city' }, { name: 'Poltava', kind: 'city' }, { name: 'Vinnytsia', kind: 'city' },
  { name: 'Zhytomyr', kind: 'city' }, { name: 'Chernihiv', kind: 'city' }, { name: 'Uzhhorod', kind: 'city' },
];
const ORGS = ['Defence Ministry', 'Interior Ministry', 'Red Cross', 'State Emergency Service', 'Central Bank',
  'Election Commission', 'Energy Agency', 'Port Authority'];
const CONTENT = ['the talks had been constructive', 'the bridge would reopen within a week', 'no agreement had been reached',
  'the shelling had stopped overnight', 'aid convoys were on their way', 'the figures were exaggerated',
  'new sanctions were under discussion', 'the vote would go ahead as planned', 'troops had withdrawn from the area',
  'the power plant was operating normally'];
const EVENTS: { type: NewsEvent['type']; pattern: string; trigger: string }[] = [
  { type: 'meeting', pattern: '{A} met {B} in {P} on {D}.', trigger: 'met' },
  { type: 'visit', pattern: '{A} visited {P} on {D}.', trigger: 'visited' },
  { type: 'attack', pattern: 'Drones attacked {P} on {D}, {A} said.', trigger: 'attacked' },
  { type: 'protest', pattern: 'Hundreds protested in {P} on {D} against {A}.', trigger: 'protested' },
  { type: 'agreement', pattern: '{A} and {B} signed an agreement in {P} on {D}.', trigger: 'signed' },
];

const SYLLABLES = ['ko', 'va', 'len', 'mor', 'tka', 'bi', 'lo', 'sar', 'ra', 'pe', 'tro', 'dub', 'hor', 'za', 'ri',
  'os', 'ma', 'kes', 'vo', 'ly', 'ba', 'ru', 'den', 'mel', 'ya', 'rem', 'sto', 'had', 'lin', 'so', 'gru', 'kra'];
const ENDINGS = ['sky', 'nko', 'ov', 'ets', 'berg', 'ffi', 'ish', 'enko', 'iak', 'off'];

/**
 * The persons of the corpus: `count` invented surnames (syllables + an ending, many ending in -sky or with a
 * doubled letter) each with a first name; every fifth surname is shared by a second person.
 */
export function persons(count = 600): { first: string; last: string }[] {
  const out: { first: string; last: string }[] = [];
  const seen = new Set<string>();
  const r = rng(7);
  while (seen.size < count) {
    const stem = `${SYLLABLES[Math.floor(r() * SYLLABLES.length)]}${SYLLABLES[Math.floor(r() * SYLLABLES.length)]}`;
    const raw = `${stem}${ENDINGS[Math.floor(r() * ENDINGS.length)]}`;
    const last = raw.charAt(0).toUpperCase() + raw.slice(1);
    // Two surnames that are spelling variants of each other would be one name to any reader; skip those.
    const key = foldWord(raw);
    if (seen.has(key)) continue;
    const i = seen.size;
    seen.add(key);
    out.push({ first: FIRST[i % FIRST.length] as string, last });
    if (i % 5 === 0) out.push({ first: FIRST[(i + 7) % FIRST.length] as string, last });
  }
  return out;
}

/** A transliteration variant of a surname: -sky -> -skyy / -skiy, a doubled letter made single, or the name itself. */
export function variant(last: string, pick: number): string {
  if (last.endsWith('sky')) return pick < 0.5 ? `${last}y` : `${last.slice(0, -1)}iy`;
  const doubled = last.match(/(.)\1/);
  if (doubled) return last.replace(doubled[0], doubled[1] as string);
  return last;
}

const PEOPLE = persons();
const DAY = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 1);
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
const weekday = (t: number): string => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(t).getUTCDay()] as string;

/** Builds text and records together so every offset is right by construction. */
class Writer {
  text = '';
  mark(s: string): { start: number; end: number; text: string } {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
}

export interface SyntheticArticle {
  text: string;
  publishedAt: string;
  parsed: ParsedArticle;
}

/** Article `i` of the corpus (deterministic): 3 to 6 sentences, 2 or 3 people, 1 or 2 places, events and claims. */
export function generateArticle(i: number): SyntheticArticle {
  const r = rng(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const people = PEOPLE;
  const published = EPOCH + Math.floor(r() * 365) * DAY;
  const id = `syn-${i}`;
  const w = new Writer();
  const actors = new Map<string, Actor>();
  const places = new Map<string, Place>();
  const claims: Claim[] = [];
  const events: NewsEvent[] = [];
  const cast = [pick(people), pick(people), pick(people)];
  // How each person is named in this article: one article uses one form throughout, as reporters do.
  const forms = cast.map((p) => {
    const x = r();
    if (x < 0.5) return { name: `${p.first} ${p.last}`, surnameOnly: false };
    if (x < 0.75) return { name: p.last, surnameOnly: true };
    return { name: `${p.first} ${variant(p.last, r())}`, surnameOnly: false };
  });
  const title = cast.map(() => pick(TITLES));

  const actorMention = (k: number): string => {
    const form = forms[k] as { name: string };
    const t = title[k] as string;
    const lead = w.text.length === 0 || w.text.endsWith('. ') ? `${t.charAt(0).toUpperCase()}${t.slice(1)} ` : '';
    w.mark(lead);
    const m = w.mark(form.name);
    const aid = `actor:${slugify(form.name)}`;
    const actor = actors.get(aid) ?? { id: aid, name: form.name, kind: 'person' as const, aliases: [], titles: [title[k] as string], mentions: [] };
    actor.mentions.push(m);
    actors.set(aid, actor);
    return aid;
  };
  const placeMention = (): string => {
    const p = pick(PLACES);
    const useFormer = p.former !== undefined && r() < 0.3;
    const name = useFormer ? (p.former as string) : p.name;
    const m = w.mark(name);
    // An article that names a renamed town in full gives both names: "Novohrad (formerly Zvyahel)".
    const pid = `place:${slugify(name)}`;
    const place = places.get(pid) ?? { id: pid, name, kind: p.kind, aliases: [], countryCode: 'UA', mentions: [] };
    place.mentions.push(m);
    if (!useFormer && p.former !== undefined && r() < 0.3 && !place.aliases.includes(p.former)) {
      w.mark(' (formerly ');
      place.mentions.push(w.mark(p.former));
      place.aliases.push(p.former);
      w.mark(')');
    }
    places.set(pid, place);
    return pid;
  };
  const org = pick(ORGS);

  const sentences = 3 + Math.floor(r() * 4);
  for (let s = 0; s < sentences; s++) {
    const start = w.text.length;
    const when = published - Math.floor(r() * 3) * DAY;
    if (s % 2 === 0) {
      const e = pick(EVENTS);
      const parts = e.pattern.split(/(\{[ABPD]\})/);
      const participants: NewsEvent['participants'] = [];
      const placeIds: string[] = [];
      let trigger = { start: 0, end: 0, text: e.trigger };
      for (const part of parts) {
        if (part === '{A}') participants.push({ actorId: actorMention(0), role: 'agent' });
        else if (part === '{B}') participants.push({ actorId: actorMention(1), role: 'attendee' });
        else if (part === '{P}') placeIds.push(placeMention());
        else if (part === '{D}') w.mark(weekday(when));
        else {
          const at = part.indexOf(e.trigger);
          if (at >= 0) {
            w.mark(part.slice(0, at));
            trigger = w.mark(e.trigger);
            w.mark(part.slice(at + e.trigger.length));
          } else w.mark(part);
        }
      }
      events.push({
        id: `event:${id}-${events.length}`, type: e.type, trigger, start, end: w.text.length, date: isoDay(when), placeIds,
        participants, modality: 'asserted', claimIds: [],
      });
    } else {
      const k = s % 3;
      const useOrg = r() < 0.25;
      let claimant: string;
      if (useOrg) {
        const m = w.mark(`The ${org}`);
        claimant = `actor:${slugify(org)}`;
        const a = actors.get(claimant) ?? { id: claimant, name: org, kind: 'organization' as const, aliases: [], titles: [], mentions: [] };
        a.mentions.push({ start: m.start + 4, end: m.end, text: org });
        actors.set(claimant, a);
      } else claimant = actorMention(k);
      const cue = r() < 0.2 ? 'denied' : 'said';
      w.mark(` ${cue} that `);
      const content = pick(CONTENT);
      w.mark(content);
      w.mark('.');
      const previous = claims[claims.length - 1];
      claims.push({
        id: `claim:${id}-${claims.length}`, claimantId: claimant, cue, kind: cue === 'denied' ? 'denial' : 'statement', content,
        quote: null, start, end: w.text.length, date: isoDay(published),
        disputes: cue === 'denied' && previous ? [previous.id] : [], about: { actorIds: [], placeIds: [], eventIds: [] },
      });
    }
    w.mark(' ');
  }
  const text = w.text.trimEnd();
  const parsed: ParsedArticle = {
    article: { id, title: null, publishedAt: isoDay(published), text },
    actors: [...actors.values()], places: [...places.values()], times: [], claims, events, messages: [],
  };
  return { text, publishedAt: isoDay(published), parsed };
}
