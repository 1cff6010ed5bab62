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
for (const e of data.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { size: 0.6, color: '#c8c8c8' });

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

const renderer = new Sigma(graph, element('graph'), {
  renderEdgeLabels: false,
  labelRenderedSizeThreshold: 8,
  labelDensity: 0.4,
  labelGridCellSize: 120,
  labelFont: 'system-ui, sans-serif',
  zIndex: true,
  nodeReducer: (key, attributes) => {
    const n = byKey.get(key);
    const out = { ...attributes };
    if (n && filteredOut(n)) return { ...out, hidden: true };
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
    if (state.selected !== null) {
      if (source === state.selected || target === state.selected) return { ...attributes, color: '#888', size: 1.2 };
      return { ...attributes, hidden: true };
    }
    return attributes;
  },
});

function refresh(): void {
  renderer.refresh({ skipIndexation: true });
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
  if (moveCamera && state.selected !== null) {
    const display = renderer.getNodeDisplayData(state.selected);
    if (display) void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 400 });
  }
}

renderer.on('clickNode', ({ node }) => select(node));
renderer.on('clickStage', () => select(null));
renderer.on('enterNode', () => element('graph').classList.add('pointer'));
renderer.on('leaveNode', () => element('graph').classList.remove('pointer'));

/* Search. */


function runSearch(): void {
  results.hidden = false;
  const query = search.value.trim().toLowerCase();
  state.matches = new Set(query === '' ? [] : data.nodes.filter((n) => n.search.includes(query) && !filteredOut(n)).map((n) => n.key));
  results.replaceChildren();
  const ranked = [...state.matches].map((k) => byKey.get(k) as ViewNode).sort((a, b) => b.size - a.size).slice(0, 12);
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

// For scripts and tests driving the page: the renderer, the graph and the selection function.
(window as unknown as { newsgraphView: unknown }).newsgraphView = { renderer, graph, select, data };
document.body.dataset.ready = 'true';
