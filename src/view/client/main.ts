/*
 * The graph page's script, bundled with graphology and sigma into one IIFE and inlined into the HTML, so the page
 * needs no network. It reads the data `buildViewData` computed, draws it and wires the search box, the filters
 * and the evidence panel. All text from articles reaches the page through textContent, never innerHTML.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { ViewData, ViewItem, ViewNode } from '../view-data.js';

const FADED = '#e2e2e2';
const MAX_FORCED_LABELS = 15;
/** Labels the overview shows at full view, in rank order, when they fit; zooming in by 2 allows twice as many. */
const OVERVIEW_LABELS = 18;
/** Edges every record has; drawn only around the selected node, where they say something. */
const BACKGROUND_EDGES = new Set(['on-date', 'mentioned-in']);
const LABEL_SIZE = 13;
const LABEL_FONT = 'system-ui, sans-serif';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`newsgraph view: missing #${id}`);
  return found as T;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

const data = JSON.parse(element('newsgraph-data').textContent ?? '{}') as ViewData;
const byKey = new Map<string, ViewNode>(data.nodes.map((n) => [n.key, n]));
const search = element<HTMLInputElement>('search');
const results = element('search-results');

const graph = new Graph({ multi: true, type: 'directed' });
for (const n of data.nodes) graph.addNode(n.key, { x: n.x, y: n.y, size: n.size, color: n.color, label: n.label });
for (const e of data.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { size: 0.6, color: '#c8c8c8', edgeType: e.edgeType });

const state = {
  selected: null as string | null,
  neighbours: new Set<string>(),
  matches: new Set<string>(),
  from: '',
  to: '',
  undated: true,
  modalities: new Set<string>(data.modalities),
};

/** Whether the filters hide a node: the date range applies to events, claims and dates; modality to events. */
function filteredOut(n: ViewNode): boolean {
  if (n.modality !== null && !state.modalities.has(n.modality)) return true;
  if (!n.dated || (state.from === '' && state.to === '')) return false;
  if (n.from === null || n.to === null) return !state.undated;
  if (state.from !== '' && n.to < state.from) return true;
  if (state.to !== '' && n.from > state.to) return true;
  return false;
}

/*
 * Labels. Sigma offers every node as a label candidate (threshold 0, high density); `labelPlan` then picks, once per
 * frame, the labels that fit without overlapping, in priority order: forced labels (the selection, its neighbours,
 * search matches, articles) first, then the others by rank (articles, then the most connected records), as many as
 * the zoom allows. `drawLabel` draws only the planned ones, on a white halo so lines do not cross the text.
 */
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
let plan: Set<string> | null = null;
/** False during sigma's first render, which runs inside its constructor, before `renderer` exists. */
let rendererReady = false;
const widths = new Map<string, number>();
const measure = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
measure.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
function textWidth(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = measure.measureText(text).width;
    widths.set(text, w);
  }
  return w;
}

function labelPlan(): Set<string> {
  const container = element('graph');
  const width = container.clientWidth;
  const height = container.clientHeight;
  const budget = Math.ceil(OVERVIEW_LABELS / Math.max(0.05, renderer.getCamera().getState().ratio));
  const candidates: { key: string; forced: boolean; rank: number; box: Box; left: Box }[] = [];
  graph.forEachNode((key) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden || !d.label) return;
    const n = byKey.get(key) as ViewNode;
    const at = renderer.framedGraphToViewport(d);
    const size = renderer.scaleSize(d.size);
    const x1 = at.x + size + 3;
    const w = textWidth(d.label);
    const box = { x1, y1: at.y - LABEL_SIZE * 0.8, x2: x1 + w, y2: at.y + LABEL_SIZE * 0.4 };
    const left = { ...box, x1: at.x - size - 3 - w, x2: at.x - size - 3 };
    if (box.x1 > width || box.x2 < 0 || box.y1 > height || box.y2 < 0) return;
    const forced = d.forceLabel === true || n.nodeType === 'article';
    if (!forced && n.rank >= budget) return;
    candidates.push({ key, forced, rank: (key === state.selected ? -2e6 : d.highlighted ? -1e6 : 0) + n.rank, box, left });
  });
  candidates.sort((a, b) => Number(b.forced) - Number(a.forced) || a.rank - b.rank);
  // The discs of forced nodes (the selection and its neighbours, matches) are obstacles too: a label must not hide them.
  const discs = new Map<string, Box>();
  for (const c of candidates) {
    if (!c.forced) continue;
    const d = renderer.getNodeDisplayData(c.key);
    if (!d) continue;
    const at = renderer.framedGraphToViewport(d);
    const r = renderer.scaleSize(d.size) + 2;
    discs.set(c.key, { x1: at.x - r, y1: at.y - r, x2: at.x + r, y2: at.y + r });
  }
  const hits = (a: Box, b: Box): boolean => a.x1 < b.x2 + 4 && a.x2 + 4 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1;
  const placed: Box[] = [];
  const free = (key: string, box: Box): boolean =>
    !placed.some((p) => hits(box, p)) && (key === state.selected || ![...discs].some(([other, disc]) => other !== key && hits(box, disc)));
  chosenBoxes = new Map();
  leftLabels = new Set();
  for (const c of candidates) {
    // Right of the node as sigma draws labels, else left of it when that side is free; left first when the
    // right side would run past the edge of the canvas.
    const sides = c.box.x2 > width && c.left.x1 >= 0 ? [c.left, c.box] : [c.box, c.left];
    const box = sides.find((side) => side.x1 >= 0 && free(c.key, side)) ?? null;
    if (box === null) continue;
    placed.push(box);
    chosenBoxes.set(c.key, box);
    if (box === c.left) leftLabels.add(c.key);
  }
  return new Set(chosenBoxes.keys());
}

/** Nodes whose label the plan put on their left. */
let leftLabels = new Set<string>();

/** The label boxes of the last plan, in viewport pixels; for tests. */
let chosenBoxes = new Map<string, Box>();

function drawLabel(context: CanvasRenderingContext2D, d: { key?: string; x: number; y: number; size: number; label?: string | null }): void {
  if (!d.label || d.key === undefined || !rendererReady) return;
  plan ??= labelPlan();
  if (!plan.has(d.key)) return;
  context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  const x = leftLabels.has(d.key) ? d.x - d.size - 3 - textWidth(d.label) : d.x + d.size + 3;
  context.strokeText(d.label, x, d.y + LABEL_SIZE / 3);
  context.fillStyle = '#222';
  context.fillText(d.label, x, d.y + LABEL_SIZE / 3);
}

let hovered: string | null = null;

/**
 * Highlighted (selected, matched) and hovered nodes: a ring, and the label when the plan placed it; the hovered
 * node always shows its label, on a box so it reads over the others.
 */
function drawHover(context: CanvasRenderingContext2D, d: { key?: string; x: number; y: number; size: number; label?: string | null }): void {
  context.save();
  context.beginPath();
  context.arc(d.x, d.y, d.size + 2, 0, Math.PI * 2);
  context.fillStyle = '#fff';
  context.shadowColor = 'rgba(0,0,0,0.45)';
  context.shadowBlur = 6;
  context.fill();
  context.restore();
  if (!d.label || d.key === undefined) return;
  if (d.key === hovered) {
    context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
    const x = d.x + d.size + 3;
    context.fillStyle = 'rgba(255,255,255,0.95)';
    context.fillRect(x - 2, d.y - LABEL_SIZE * 0.8, textWidth(d.label) + 4, LABEL_SIZE * 1.3);
    context.fillStyle = '#000';
    context.fillText(d.label, x, d.y + LABEL_SIZE / 3);
  } else {
    drawLabel(context, d);
  }
}

const renderer = new Sigma(graph, element('graph'), {
  renderEdgeLabels: false,
  labelRenderedSizeThreshold: 0,
  labelDensity: 1000,
  labelGridCellSize: 60,
  labelFont: LABEL_FONT,
  labelSize: LABEL_SIZE,
  defaultDrawNodeLabel: drawLabel,
  defaultDrawNodeHover: drawHover,
  // Sigma's default (1.7 per wheel step) jumps past the level a reader wanted.
  zoomingRatio: 1.25,
  zoomDuration: 200,
  minCameraRatio: 0.02,
  maxCameraRatio: 3,
  zIndex: true,
  nodeReducer: (key, attributes) => {
    const n = byKey.get(key);
    const out = { ...attributes };
    if (n && filteredOut(n)) return { ...out, hidden: true };
    if (state.selected === null && state.matches.size === 0 && n?.nodeType === 'article') out.forceLabel = true;
    if (state.matches.size > 0) {
      // Forcing (and boxing, as sigma draws highlighted nodes) every match's label turns a broad query ("apple" over 60 articles) into a wall of text.
      if (state.matches.has(key)) {
        const few = state.matches.size <= MAX_FORCED_LABELS;
        Object.assign(out, { highlighted: few, forceLabel: few, zIndex: 2 });
      }
      else if (state.selected === null) Object.assign(out, { color: FADED, label: '' });
    }
    if (state.selected !== null) {
      if (key === state.selected) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3 });
      else if (state.neighbours.has(key)) Object.assign(out, { forceLabel: true, zIndex: 1 });
      else if (!state.matches.has(key)) Object.assign(out, { color: FADED, label: '' });
    }
    return out;
  },
  edgeReducer: (edge, attributes) => {
    const [source, target] = graph.extremities(edge);
    const s = byKey.get(source);
    const t = byKey.get(target);
    if ((s && filteredOut(s)) || (t && filteredOut(t))) return { ...attributes, hidden: true };
    if (BACKGROUND_EDGES.has(attributes.edgeType as string) && source !== state.selected && target !== state.selected) return { ...attributes, hidden: true };
    if (state.selected !== null) {
      if (source === state.selected || target === state.selected) return { ...attributes, color: '#888', size: 1.2 };
      return { ...attributes, hidden: true };
    }
    return attributes;
  },
});

renderer.on('afterRender', () => {
  plan = null;
});
rendererReady = true;

function refresh(): void {
  renderer.refresh({ skipIndexation: true });
}

/** Moves the camera so `keys` (a node and its neighbours) fill most of the view, centred. */
function focus(keys: string[]): void {
  const points = keys.map((k) => renderer.getNodeDisplayData(k)).filter((d): d is NonNullable<typeof d> => d !== undefined && !d.hidden);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Framed coordinates run 0..1 over the whole graph at ratio 1; leave room for the labels on the right.
  const ratio = Math.min(1, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.5));
  void renderer.getCamera().animate({ x: (minX + maxX) / 2 + ratio * 0.08, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}

function fit(): void {
  void renderer.getCamera().animatedReset({ duration: 300 });
}

/* The evidence panel. */

function renderItem(item: ViewItem): HTMLElement {
  const box = make('div', 'item');
  if (item.node !== null && item.node !== state.selected) {
    box.classList.add('link');
    box.title = 'Show this in the graph';
    const target = item.node;
    box.addEventListener('click', () => select(target, true));
  }
  const meta = [item.tag, item.date].filter((x): x is string => !!x).join(' · ');
  if (meta) box.append(make('div', 'tag', meta));
  const quote = make('blockquote');
  if (item.mark) {
    quote.append(item.text.slice(0, item.mark.start), make('mark', undefined, item.text.slice(item.mark.start, item.mark.end)), item.text.slice(item.mark.end));
  } else {
    quote.textContent = item.text;
  }
  box.append(quote);
  const source = make('div', 'source');
  source.append('— ');
  if (item.url) {
    const link = make('a', undefined, item.article);
    link.href = item.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    source.append(link);
  } else {
    source.append(make('cite', undefined, item.article));
  }
  source.append(make('span', 'offsets', ` [${item.start}–${item.end}]`));
  box.append(source);
  return box;
}

function renderDetails(): void {
  const panel = element('details');
  panel.replaceChildren();
  const n = state.selected === null ? undefined : byKey.get(state.selected);
  if (!n) {
    panel.append(make('p', 'hint', 'Click a node, or search, to see its evidence sentences and source articles.'));
    return;
  }
  const head = make('div', 'head');
  const swatch = make('span', 'swatch');
  swatch.style.background = n.color;
  head.append(swatch, make('span', 'type', n.nodeType));
  panel.append(head, make('h2', undefined, n.nodeType === 'claim' ? (n.sections[0]?.items[0]?.tag ?? n.label) : n.label));
  if (n.subtitle) panel.append(make('p', 'subtitle', n.subtitle));
  for (const section of n.sections) {
    const s = make('section');
    s.dataset.heading = section.heading;
    s.append(make('h3', undefined, `${section.heading} (${section.items.length})`));
    for (const item of section.items) s.append(renderItem(item));
    panel.append(s);
  }
}

function select(key: string | null, moveCamera = false): void {
  // The result list has done its job once something is chosen; it comes back when the query is edited.
  if (key !== null) results.hidden = true;
  state.selected = key !== null && graph.hasNode(key) ? key : null;
  state.neighbours = new Set(state.selected === null ? [] : graph.neighbors(state.selected));
  renderDetails();
  refresh();
  if (moveCamera && state.selected !== null) focus([state.selected, ...state.neighbours]);
}

element('fit').addEventListener('click', fit);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.activeElement !== search) select(null);
});

renderer.on('clickNode', ({ node }) => select(node));
renderer.on('clickStage', () => select(null));
renderer.on('enterNode', ({ node }) => {
  hovered = node;
  element('graph').classList.add('pointer');
});
renderer.on('leaveNode', () => {
  hovered = null;
  element('graph').classList.remove('pointer');
});

/* Search. */


/**
 * Order of search results: an actor, place or article whose name or alias starts with (or has a word starting
 * with) the query, before records that only mention it ("Quist" finds Mara Quist before "meeting of Mara
 * Quist ..."), then by size.
 */
function searchRank(n: ViewNode, query: string): number {
  const named = n.nodeType === 'actor' || n.nodeType === 'place' || n.nodeType === 'article';
  const names = n.search.split(' | ');
  const wordStart = names.some((name) => name.startsWith(query) || name.includes(` ${query}`));
  return (named ? 0 : 2) + (wordStart ? 0 : 1);
}

function runSearch(): void {
  results.hidden = false;
  const query = search.value.trim().toLowerCase();
  state.matches = new Set(query === '' ? [] : data.nodes.filter((n) => n.search.includes(query) && !filteredOut(n)).map((n) => n.key));
  results.replaceChildren();
  const ranked = [...state.matches].map((k) => byKey.get(k) as ViewNode).sort((a, b) => searchRank(a, query) - searchRank(b, query) || b.size - a.size).slice(0, 12);
  for (const n of ranked) {
    const button = make('button', 'result');
    button.type = 'button';
    button.dataset.key = n.key;
    const swatch = make('span', 'swatch');
    swatch.style.background = n.color;
    button.append(swatch, `${n.label} `, make('span', 'type', n.nodeType));
    button.addEventListener('click', () => select(n.key, true));
    results.append(button);
  }
  if (query !== '' && ranked.length === 0) results.append(make('span', 'hint', 'no match'));
  refresh();
}

search.addEventListener('input', runSearch);
search.addEventListener('focus', () => {
  results.hidden = false;
});
search.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  const first = results.querySelector<HTMLButtonElement>('button.result');
  if (first?.dataset.key) select(first.dataset.key, true);
});

/* Filters. */

const from = element<HTMLInputElement>('date-from');
const to = element<HTMLInputElement>('date-to');
const undated = element<HTMLInputElement>('undated');
if (data.dateRange) {
  for (const input of [from, to]) {
    input.min = data.dateRange.from;
    input.max = data.dateRange.to;
  }
}
function readDates(): void {
  state.from = from.value;
  state.to = to.value;
  state.undated = undated.checked;
  if (state.selected !== null && filteredOut(byKey.get(state.selected) as ViewNode)) select(null);
  runSearch();
}
from.addEventListener('change', readDates);
to.addEventListener('change', readDates);
undated.addEventListener('change', readDates);

const modalityBox = element('modalities');
for (const modality of data.modalities) {
  const label = make('label');
  const box = make('input');
  box.type = 'checkbox';
  box.checked = true;
  box.value = modality;
  box.name = 'modality';
  box.addEventListener('change', () => {
    if (box.checked) state.modalities.add(modality);
    else state.modalities.delete(modality);
    readDates();
  });
  label.append(box, ` ${modality}`);
  modalityBox.append(label);
}

/* Legend. */

const legend = element('legend');
for (const [type, color] of Object.entries(data.colors)) {
  const count = data.nodes.filter((n) => n.nodeType === type).length;
  if (count === 0) continue;
  const entry = make('span', 'entry');
  const swatch = make('span', 'swatch');
  swatch.style.background = color;
  entry.append(swatch, `${type} (${count})`);
  legend.append(entry);
}

renderDetails();
refresh();

// For scripts and tests driving the page: the renderer, the graph and the selection function.
(window as unknown as { newsgraphView: unknown }).newsgraphView = {
  renderer, graph, select, data, fit,
  labels: () => {
    labelPlan();
    return [...chosenBoxes].map(([key, box]) => ({ key, ...box }));
  },
};
document.body.dataset.ready = 'true';
