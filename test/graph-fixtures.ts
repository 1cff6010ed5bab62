/**
 * Hand-made ParsedArticle objects for the graph, query, JSON and CLI tests, so they do not depend on the parser.
 * Offsets are computed from the text, so every span really points at what it names.
 */
import type { Claim, ClaimKind, EventType, Modality, ParsedArticle, ParticipantRole, Place } from '../src/schema/index.js';
import { slugify } from '../src/ids.js';

interface Span {
  start: number;
  end: number;
}

export class ArticleBuilder {
  private readonly parsed: ParsedArticle;
  private claimCount = 0;
  private eventCount = 0;

  constructor(id: string, readonly text: string, options: { publishedAt?: string | null; title?: string | null } = {}) {
    this.parsed = {
      article: { id, title: options.title ?? null, publishedAt: options.publishedAt ?? null, text },
      actors: [], places: [], times: [], claims: [], events: [], messages: [],
    };
  }

  /** Span of the `nth` occurrence of `snippet`; throws so a typo in a test cannot pass silently. */
  span(snippet: string, nth = 0): Span {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = this.text.indexOf(snippet, at + 1);
      if (at < 0) throw new Error(`"${snippet}" (#${nth}) not in article ${this.parsed.article.id}`);
    }
    return { start: at, end: at + snippet.length };
  }

  private mentionsOf(forms: string[]) {
    const mentions: { start: number; end: number; text: string }[] = [];
    for (const form of forms.filter((f) => f !== '')) {
      for (let at = this.text.indexOf(form); at >= 0; at = this.text.indexOf(form, at + 1)) {
        mentions.push({ start: at, end: at + form.length, text: form });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  actor(name: string, options: { id?: string; kind?: 'person' | 'organization' | 'government' | 'group'; aliases?: string[]; titles?: string[] } = {}): string {
    const id = options.id ?? `actor:${slugify(name)}`;
    const aliases = options.aliases ?? [];
    this.parsed.actors.push({
      id, name, kind: options.kind ?? 'person', aliases, titles: options.titles ?? [], mentions: this.mentionsOf([name, ...aliases]),
    });
    return id;
  }

  place(name: string, options: { id?: string; kind?: Place['kind']; aliases?: string[]; within?: string[] } = {}): string {
    const id = options.id ?? `place:${slugify(name)}`;
    const aliases = options.aliases ?? [];
    this.parsed.places.push({
      id, name, kind: options.kind ?? 'city', aliases, mentions: this.mentionsOf([name, ...aliases]),
      ...(options.within ? { within: options.within } : {}),
    });
    return id;
  }

  time(text: string, value: string): void {
    const { start, end } = this.span(text);
    this.parsed.times.push({ id: `time:${this.parsed.times.length}`, text, start, end, value, kind: 'date' });
  }

  event(type: EventType, evidence: string, trigger: string, options: {
    date?: string | null; places?: string[]; participants?: [string, ParticipantRole][]; modality?: Modality; claimIds?: string[];
  } = {}): string {
    const id = `event:${slugify(this.parsed.article.id)}-${this.eventCount++}`;
    const span = this.span(evidence);
    const t = this.span(trigger);
    this.parsed.events.push({
      id, type, trigger: { ...t, text: trigger }, ...span, date: options.date ?? null,
      placeIds: options.places ?? [], participants: (options.participants ?? []).map(([actorId, role]) => ({ actorId, role })),
      modality: options.modality ?? 'asserted', claimIds: options.claimIds ?? [],
    });
    return id;
  }

  claim(claimantId: string | null, cue: string, evidence: string, content: string, options: {
    kind?: ClaimKind; date?: string | null; disputes?: string[]; about?: Partial<Claim['about']>; quote?: string | null;
  } = {}): string {
    const id = `claim:${slugify(this.parsed.article.id)}-${this.claimCount++}`;
    this.parsed.claims.push({
      id, claimantId, cue, kind: options.kind ?? 'statement', content, quote: options.quote ?? null, ...this.span(evidence),
      date: options.date ?? null, disputes: options.disputes ?? [],
      about: { actorIds: [], placeIds: [], eventIds: [], ...options.about },
    });
    return id;
  }

  /** Adds a claim id to an event's claimIds after the fact (claims are usually built after events). */
  report(eventId: string, claimId: string): void {
    this.parsed.events.find((e) => e.id === eventId)?.claimIds.push(claimId);
  }

  build(): ParsedArticle {
    return structuredClone(this.parsed);
  }
}

export const KREMLIN_TEXT =
  'Russian President Vladimir Putin met US envoy Steve Witkoff at the Kremlin on December 2. ' +
  'Kremlin aide Yuri Ushakov called the talks useful. ' +
  "Russia's Defense Ministry said its troops took Pokrovsk. " +
  'Ukraine denied that Pokrovsk had fallen.';

/** Article A: a meeting at the Kremlin, Ushakov's assessment, a capture claim and Ukraine's denial of it. */
export function kremlinArticle(): ParsedArticle {
  const b = new ArticleBuilder('kremlin-a', KREMLIN_TEXT, { publishedAt: '2025-12-03', title: 'Putin meets Witkoff' });
  const putin = b.actor('Vladimir Putin', { aliases: ['Putin'], titles: ['President'] });
  const witkoff = b.actor('Steve Witkoff', { titles: ['envoy'] });
  const ushakov = b.actor('Yuri Ushakov', { titles: ['aide'] });
  const ministry = b.actor('Russian Defense Ministry', { kind: 'organization', aliases: ["Russia's Defense Ministry"] });
  const ukraineGov = b.actor('Ukraine', { kind: 'government' });
  const ukraine = b.place('Ukraine', { kind: 'country' });
  const kremlin = b.place('Kremlin', { kind: 'site', within: ['place:moscow'] });
  const pokrovsk = b.place('Pokrovsk', { within: [ukraine] });
  b.time('December 2', '2025-12-02');
  const meeting = b.event('meeting', 'Vladimir Putin met US envoy Steve Witkoff at the Kremlin on December 2', 'met', {
    date: '2025-12-02', places: [kremlin], participants: [[putin, 'host'], [witkoff, 'attendee']],
  });
  const capture = b.event('capture', 'its troops took Pokrovsk', 'took', {
    date: '2025-12-01', places: [pokrovsk], participants: [[ministry, 'agent']], modality: 'claimed',
  });
  const assessment = b.claim(ushakov, 'called', 'Kremlin aide Yuri Ushakov called the talks useful.', 'the talks useful', {
    kind: 'assessment', date: '2025-12-02', about: { eventIds: [meeting] },
  });
  const took = b.claim(ministry, 'said', "Russia's Defense Ministry said its troops took Pokrovsk.", 'its troops took Pokrovsk', {
    date: '2025-12-03', about: { placeIds: [pokrovsk], eventIds: [capture] },
  });
  b.claim(ukraineGov, 'denied', 'Ukraine denied that Pokrovsk had fallen.', 'that Pokrovsk had fallen', {
    kind: 'denial', disputes: [took], about: { placeIds: [pokrovsk], actorIds: [ministry] },
  });
  b.report(meeting, assessment);
  b.report(capture, took);
  return b.build();
}

export const KYIV_TEXT =
  'Putin said the talks with the United States went well. ' +
  'President Volodymyr Zelenskyy said Kyiv was watching closely. ' +
  'Fighting raged around Pokrovsk in December.';

/** Article B: shares Putin (under a shorter name) and Pokrovsk with article A. */
export function kyivArticle(): ParsedArticle {
  const b = new ArticleBuilder('kyiv-b', KYIV_TEXT, { publishedAt: '2025-12-04' });
  const putin = b.actor('Putin', { id: 'actor:vladimir-putin', titles: ['Russian leader'] });
  const zelenskyy = b.actor('Volodymyr Zelenskyy', { aliases: ['Zelenskyy'], titles: ['President'] });
  const pokrovsk = b.place('Pokrovsk', { aliases: ['Krasnoarmeysk'] });
  b.time('December', '2025-12');
  b.claim(putin, 'said', 'Putin said the talks with the United States went well.', 'the talks with the United States went well', {
    date: '2025-12-04',
  });
  b.claim(zelenskyy, 'said', 'President Volodymyr Zelenskyy said Kyiv was watching closely.', 'Kyiv was watching closely');
  b.event('clash', 'Fighting raged around Pokrovsk in December.', 'Fighting', { date: '2025-12', places: [pokrovsk] });
  return b.build();
}
