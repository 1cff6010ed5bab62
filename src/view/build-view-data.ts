import { assertGraph } from '../graph/assert-graph.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import { layoutPositions } from '../io/layout.js';
import { NODE_COLORS, nodeSize, recordDegree } from '../io/style.js';
import { ModalitySchema } from '../schema/event.js';
import type { ArticleNode, ClaimNode, EdgeType, EventNode, NodeAttributes } from '../schema/graph.js';
import type { ViewData, ViewItem, ViewNode, ViewSection } from './view-data.js';

/** Mention sentences shown per actor or place; the rest add length, not insight. */
const MAX_MENTIONS = 8;
/** Claim labels are whole clauses; the canvas shows their start. */
const MAX_LABEL = 48;


export interface ViewDataOptions {
  /** Page title. Default: the article title when there is one article, else "newsgraph". */
  title?: string;
  /** ForceAtlas2 iterations. Default 300. */
  iterations?: number;
}

/**
 * The data the graph page draws: nodes with colour (by type), size (by degree), layout position, the date span
 * and modality the filters use, and, per node, the evidence sentences with their source article for the panel.
 *
 * @example
 * const data = buildViewData(graph);
 * data.nodes.find((n) => n.key === 'actor:vladimir-putin')?.sections[0]?.heading; // 'Claims made'
 */
export function buildViewData(graph: NewsGraph, options: ViewDataOptions = {}): ViewData {
  assertGraph(graph, 'buildViewData');
  const positions = layoutPositions(graph, options.iterations ?? 300);
  const articles = new Map<string, ArticleNode>();
  graph.forEachNode((_key, a) => {
    if (a.nodeType === 'article') articles.set(a.id, a);
  });
  const context = new Context(graph, articles);

  const nodes: ViewNode[] = [];
  let min: string | null = null;
  let max: string | null = null;
  const modalities = new Set<string>();
  graph.forEachNode((key, a) => {
    const span = dateSpan(a);
    const dated = a.nodeType === 'event' || a.nodeType === 'claim';
    if (dated && span) {
      if (min === null || span.from < min) min = span.from;
      if (max === null || span.to > max) max = span.to;
    }
    if (a.nodeType === 'event') modalities.add(a.modality);
    const position = positions.get(key) ?? { x: 0, y: 0 };
    nodes.push({
      key,
      label: a.label.length > MAX_LABEL ? `${a.label.slice(0, MAX_LABEL - 1)}…` : a.label,
      nodeType: a.nodeType,
      color: NODE_COLORS[a.nodeType],
      size: nodeSize(recordDegree(graph, key)),
      x: position.x,
      y: position.y,
      search: [a.label, ...('aliases' in a ? a.aliases : [])].join(' | ').toLowerCase(),
      from: span?.from ?? null,
      to: span?.to ?? null,
      dated: dated || a.nodeType === 'date',
      modality: a.nodeType === 'event' ? a.modality : null,
      subtitle: context.subtitle(a),
      sections: context.sections(key, a).filter((s) => s.items.length > 0),
    });
  });
  nodes.sort((a, b) => (a.key < b.key ? -1 : 1));

  const edges: ViewData['edges'] = [];
  graph.forEachEdge((key, a, source, target) => edges.push({ key, source, target, edgeType: a.edgeType }));
  edges.sort((a, b) => (a.key < b.key ? -1 : 1));

  const only = articles.size === 1 ? [...articles.values()][0] : undefined;
  return {
    title: options.title ?? only?.title ?? 'newsgraph',
    nodes,
    edges,
    colors: { ...NODE_COLORS },
    modalities: ModalitySchema.options.filter((m) => modalities.has(m)),
    dateRange: min !== null && max !== null ? { from: min, to: max } : null,
  };
}

function dateOf(a: NodeAttributes): string | null {
  switch (a.nodeType) {
    case 'event':
    case 'claim':
      return a.date;
    case 'date':
      return a.value;
    case 'article':
      return a.publishedAt;
    default:
      return null;
  }
}

/** First and last calendar day a TimeML value covers. */
function dateSpan(a: NodeAttributes): { from: string; to: string } | null {
  const value = dateOf(a);
  const interval = value === null ? null : timemlInterval(value);
  if (interval === null) return null;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(interval.start), to: day(Math.max(interval.start, interval.end - 1)) };
}

/** Sentence boundaries: end punctuation followed by space, or a line break. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?]\s$|\n$/.test(text.slice(Math.max(0, s - 2), s))) s--;
  let e = end;
  while (e < text.length && !/^[.!?](\s|$)|^\n/.test(text.slice(e, e + 2))) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { start: s, end: e };
}

class Context {
  constructor(
    private readonly graph: NewsGraph,
    private readonly articles: Map<string, ArticleNode>,
  ) {}

  private articleInfo(articleId: string): { title: string; url: string | null; text: string } {
    const a = this.articles.get(articleId);
    return { title: a?.title ?? a?.id ?? articleId, url: a?.url ?? null, text: a?.text ?? '' };
  }

  private item(articleId: string, start: number, end: number, extra: Partial<ViewItem> & { markText?: string | null }): ViewItem {
    const article = this.articleInfo(articleId);
    const text = article.text.slice(start, end) || (extra.markText ?? '');
    const at = extra.markText ? text.indexOf(extra.markText) : -1;
    return {
      text,
      mark: at >= 0 && extra.markText ? { start: at, end: at + extra.markText.length } : null,
      tag: extra.tag ?? null,
      date: extra.date ?? null,
      article: article.title,
      url: article.url,
      start,
      end,
      node: extra.node ?? null,
    };
  }

  private claimItem(key: string): ViewItem {
    const c = this.graph.getNodeAttributes(key) as ClaimNode;
    const claimant = c.claimantId && this.graph.hasNode(c.claimantId) ? this.graph.getNodeAttribute(c.claimantId, 'label') : 'unattributed';
    return this.item(c.articleId, c.start, c.end, { markText: c.content, tag: `${claimant} · ${c.kind} · ${c.cue}`, date: c.date, node: key });
  }

  private eventItem(key: string): ViewItem {
    const e = this.graph.getNodeAttributes(key) as EventNode;
    return this.item(e.articleId, e.start, e.end, { markText: e.trigger.text, tag: `${e.type} · ${e.modality}`, date: e.date, node: key });
  }

  private linked(key: string, edgeType: EdgeType, direction: 'out' | 'in'): string[] {
    const keys = new Set<string>();
    const visit = (_e: string, a: { edgeType: EdgeType }, source: string, target: string) => {
      if (a.edgeType === edgeType) keys.add(direction === 'out' ? target : source);
    };
    if (direction === 'out') this.graph.forEachOutEdge(key, visit);
    else this.graph.forEachInEdge(key, visit);
    return [...keys].sort(byArticleOffset(this.graph));
  }

  private claims(keys: string[]): ViewItem[] {
    return keys.filter((k) => this.graph.getNodeAttribute(k, 'nodeType') === 'claim').map((k) => this.claimItem(k));
  }

  private events(keys: string[]): ViewItem[] {
    return keys.filter((k) => this.graph.getNodeAttribute(k, 'nodeType') === 'event').map((k) => this.eventItem(k));
  }

  private mentions(a: { mentions: { articleId: string; start: number; end: number; text: string }[] }): ViewItem[] {
    const seen = new Set<string>();
    const items: ViewItem[] = [];
    for (const m of a.mentions) {
      const text = this.articleInfo(m.articleId).text;
      const s = sentenceAround(text, m.start, m.end);
      const id = `${m.articleId}:${s.start}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const item = this.item(m.articleId, s.start, s.end, {});
      item.mark = { start: m.start - s.start, end: m.end - s.start };
      items.push(item);
      if (items.length >= MAX_MENTIONS) break;
    }
    return items;
  }

  subtitle(a: NodeAttributes): string {
    switch (a.nodeType) {
      case 'actor':
        return [a.kind, ...a.titles].join(' · ');
      case 'place':
        return [a.kind, a.countryCode].filter(Boolean).join(' · ');
      case 'event':
        return `${a.type} · ${a.modality}${a.date ? ` · ${a.date}` : ''}`;
      case 'claim':
        return `${a.kind} · "${a.cue}"${a.date ? ` · ${a.date}` : ''}`;
      case 'date':
        return a.granularity;
      case 'article':
        return [a.publishedAt, a.source, a.url].filter(Boolean).join(' · ');
    }
  }

  sections(key: string, a: NodeAttributes): ViewSection[] {
    switch (a.nodeType) {
      case 'actor':
        return [
          { heading: 'Claims made', items: this.claims(this.linked(key, 'claimed', 'out')) },
          { heading: 'Claims about', items: this.claims(this.linked(key, 'about', 'in')) },
          { heading: 'Events', items: this.events(this.linked(key, 'participant', 'out')) },
          { heading: 'Mentions', items: this.mentions(a) },
        ];
      case 'place':
        return [
          { heading: 'Events here', items: this.events(this.linked(key, 'located-at', 'in')) },
          { heading: 'Claims about', items: this.claims(this.linked(key, 'about', 'in')) },
          { heading: 'Mentions', items: this.mentions(a) },
        ];
      case 'event':
        return [
          { heading: 'Evidence', items: [this.eventItem(key)] },
          { heading: 'Reported by', items: this.claims(this.linked(key, 'reported-by', 'out')) },
          { heading: 'Claims about', items: this.claims(this.linked(key, 'about', 'in')) },
        ];
      case 'claim':
        return [
          { heading: 'Evidence', items: [this.claimItem(key)] },
          { heading: 'Disputes', items: this.claims(this.linked(key, 'disputes', 'out')) },
          { heading: 'Disputed by', items: this.claims(this.linked(key, 'disputes', 'in')) },
        ];
      case 'date':
        return [
          { heading: 'Events', items: this.events(this.linked(key, 'on-date', 'in')) },
          { heading: 'Claims', items: this.claims(this.linked(key, 'on-date', 'in')) },
          { heading: 'Mentions', items: this.mentions(a) },
        ];
      case 'article': {
        const text = a.text;
        return [{ heading: 'Opening', items: [this.item(a.id, 0, Math.min(text.length, 400), {})] }];
      }
    }
  }
}

/** Claims and events in reading order: by article, then by offset. */
function byArticleOffset(graph: NewsGraph) {
  const place = (key: string): [string, number] => {
    const a = graph.getNodeAttributes(key);
    return a.nodeType === 'claim' || a.nodeType === 'event' ? [a.articleId, a.start] : ['', 0];
  };
  return (x: string, y: string): number => {
    const [ax, sx] = place(x);
    const [ay, sy] = place(y);
    return ax < ay ? -1 : ax > ay ? 1 : sx - sy || (x < y ? -1 : 1);
  };
}

