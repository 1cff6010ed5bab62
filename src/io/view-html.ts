import type { NewsGraph } from '../graph/news-graph.js';
import { buildViewData, type ViewDataOptions } from '../view/build-view-data.js';
import { viewClientScript } from '../view/client-script.js';
import { renderViewHTML } from '../view/render-html.js';

/**
 * The graph as one self-contained HTML page drawn with sigma.js: node colour by type, size by degree, a search
 * box, date-range and event-modality filters, and a panel with each node's evidence sentences and source article.
 * Everything is inlined, so the file works offline from `file://`.
 *
 * @example
 * writeFileSync('graph.html', await toViewHTML(graph));
 */
export async function toViewHTML(graph: NewsGraph, options: ViewDataOptions = {}): Promise<string> {
  return renderViewHTML(buildViewData(graph, options), await viewClientScript());
}
