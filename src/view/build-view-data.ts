import { assertGraph } from '../graph/assert-graph.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import { layoutPositions, type Position } from '../io/layout.js';
import { NODE_COLORS, nodeSize, recordDegree } from '../io/style.js';
import { evidenceOf } from '../query/evidence.js';
import { eventSummary } from '../query/records.js';
import { ModalitySchema } from '../schema/event.js';
import type { ArticleNode, ClaimNode, DateNode, EdgeType, EventNode, NodeAttributes } from '../schema/graph.js';
import type { ViewData, ViewItem, ViewNode, ViewSection } from './view-data.js';

/** Mention sentences shown per actor or place; the rest add length, not insight. */
const MAX_MENTIONS = 8;
/** Claim and event labels are phrases; the canvas shows their start. */
const MAX_LABEL = 56;
/** Dates sit on a strip under the graph, small: they order the picture, they are not its subject. */
const DATE_SIZE = 2.5;
const ARTICLE_MAX_SIZE = 16;


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
  // Dates are laid out on a strip under the graph, in date order, rather than pulled into its middle: a day that
  // many records share would otherwise be the hub of the picture.
  const positions = layoutPositions(graph, options.iterations ?? 300, (key) => graph.getNodeAttribute(key, 'nodeType') !== 'date');
  placeDates(graph, positions);
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
    const label = context.label(a);
    nodes.push({
      key,
      label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label,
      nodeType: a.nodeType,
      color: NODE_COLORS[a.nodeType],
      size: displaySize(graph, key, a),
      rank: 0,
      x: position.x,
      y: position.y,
      search: [a.label, label, ...('aliases' in a ? a.aliases : [])].join(' | ').toLowerCase(),
      from: span?.from ?? null,
      to: span?.to ?? null,
      dated: dated || a.nodeType === 'date',
      modality: a.nodeType === 'event' ? a.modality : null,
      subtitle: context.subtitle(a),
      sections: context.sections(key, a).filter((s) => s.items.length > 0),
    });
  });
  nodes.sort((a, b) => (a.key < b.key ? -1 : 1));
  // Whose label the overview shows first: articles, then the most connected records; dates last.
  const priority = (n: ViewNode): number => (n.nodeType === 'article' ? 0 : n.nodeType === 'date' ? 2 : 1);
  [...nodes].sort((a, b) => priority(a) - priority(b) || b.size - a.size || (a.key < b.key ? -1 : 1)).forEach((n, i) => {
    n.rank = i;
  });

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

/** Size drawn: records by their links; an article by how many records it holds, so it reads as a hub; dates small. */
function displaySize(graph: NewsGraph, key: string, a: NodeAttributes): number {
  if (a.nodeType === 'date') return DATE_SIZE;
  if (a.nodeType === 'article') return Math.min(ARTICLE_MAX_SIZE, 6 + Math.sqrt(graph.inDegree(key)));
  return nodeSize(recordDegree(graph, key));
}

/**
 * Date nodes in a row under the laid-out graph, left to right in date order (evenly spaced: one date in the 1990s
 * must not squeeze the rest into a corner), so the strip reads as a timeline.
 */
function placeDates(graph: NewsGraph, positions: Map<string, Position>): void {
  const dates = graph.filterNodes((_k, a) => a.nodeType === 'date').map((key) => {
    const interval = timemlInterval((graph.getNodeAttributes(key) as DateNode).value);
    return { key, at: interval === null ? Infinity : (interval.start + interval.end) / 2 };
  });
  if (dates.length === 0) return;
  dates.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const minX = xs.length > 0 ? Math.min(...xs) : 0;
  const maxX = xs.length > 0 ? Math.max(...xs) : 100;
  const minY = ys.length > 0 ? Math.min(...ys) : 0;
  const maxY = ys.length > 0 ? Math.max(...ys) : 100;
  // Sigma draws larger y higher up: the strip goes below the lowest node, a tenth of the height away.
  const y = minY - Math.max(1, (maxY - minY) * 0.1);
  const step = dates.length > 1 ? (maxX - minX) / (dates.length - 1) : 0;
  dates.forEach((d, i) => positions.set(d.key, { x: dates.length > 1 ? minX + i * step : (minX + maxX) / 2, y }));
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

  /** The evidence sentence of a span, without caption clutter, as the query records give it. */
  private sentence(articleId: string, start: number, end: number): { start: number; end: number } {
    const text = this.articleInfo(articleId).text;
    return end <= text.length ? evidenceOf(text, start, end) : { start, end };
  }

  private claimant(c: ClaimNode): string {
    return c.claimantId && this.graph.hasNode(c.claimantId) ? this.graph.getNodeAttribute(c.claimantId, 'label') : 'unattributed';
  }

  private claimItem(key: string): ViewItem {
    const c = this.graph.getNodeAttributes(key) as ClaimNode;
    const s = this.sentence(c.articleId, c.start, c.end);
    return this.item(c.articleId, s.start, s.end, { markText: c.content, tag: `${this.claimant(c)} · ${c.kind} · ${c.cue}`, date: c.date, node: key });
  }

  private eventItem(key: string): ViewItem {
    const e = this.graph.getNodeAttributes(key) as EventNode;
    const s = this.sentence(e.articleId, e.start, e.end);
    const item = this.item(e.articleId, s.start, s.end, { tag: `${eventSummary(this.graph, e)} · ${e.modality}`, date: e.date, node: key });
    if (e.trigger.start >= s.start && e.trigger.end <= s.end) item.mark = { start: e.trigger.start - s.start, end: e.trigger.end - s.start };
    return item;
  }

  /** What the canvas writes next to a node: an article's title, what an event was, who claimed what. */
  label(a: NodeAttributes): string {
    switch (a.nodeType) {
      case 'event':
        return eventSummary(this.graph, a);
      case 'claim':
        return `${this.claimant(a)}: ${a.content.replace(/\s+/g, ' ')}`;
      default:
        return a.label;
    }
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
      const s = this.sentence(m.articleId, m.start, m.end);
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

