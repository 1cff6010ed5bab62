import { write } from 'graphology-gexf';
import { assertGraph } from '../graph/assert-graph.js';
import type { NewsGraph } from '../graph/news-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/graph.js';
import { layoutPositions } from './layout.js';
import { eventSummary } from '../query/records.js';
import { NODE_COLORS, nodeSize, recordDegree, cssRgb } from './style.js';

type Scalar = string | number | boolean;

/**
 * The flat attributes a node gets in GEXF. GEXF columns hold scalars, so lists are joined with `;` and nested
 * records are left to the JSON export. `nodeType` is the column to colour by in Gephi (Appearance > Nodes >
 * Partition > nodeType); `kind` holds the actor/place/claim kind, the event type or the date granularity.
 */
export function gexfNodeAttributes(attributes: NodeAttributes): Record<string, Scalar> {
  const out: Record<string, Scalar> = { nodeType: attributes.nodeType, articleIds: attributes.articleIds.join(';') };
  switch (attributes.nodeType) {
    case 'actor':
      out.kind = attributes.kind;
      if (attributes.countryCode !== undefined) out.countryCode = attributes.countryCode;
      out.aliases = attributes.aliases.join(';');
      break;
    case 'place':
      out.kind = attributes.kind;
      if (attributes.countryCode !== undefined) out.countryCode = attributes.countryCode;
      if (attributes.coordinates) {
        out.latitude = attributes.coordinates.lat;
        out.longitude = attributes.coordinates.lon;
      }
      break;
    case 'event':
      out.kind = attributes.type;
      out.modality = attributes.modality;
      if (attributes.date !== null) out.date = attributes.date;
      out.text = attributes.trigger.text;
      break;
    case 'claim':
      out.kind = attributes.kind;
      out.cue = attributes.cue;
      if (attributes.date !== null) out.date = attributes.date;
      out.text = attributes.quote ?? attributes.content;
      out.claimantId = attributes.claimantId ?? '';
      break;
    case 'date':
      out.kind = attributes.granularity;
      out.date = attributes.value;
      break;
    case 'article':
      if (attributes.publishedAt !== null) out.date = attributes.publishedAt;
      if (attributes.url != null) out.url = attributes.url;
      if (attributes.source != null) out.source = attributes.source;
      break;
  }
  return out;
}

/** The flat attributes an edge gets in GEXF; `edgeType` is the column to colour edges by. */
export function gexfEdgeAttributes(attributes: EdgeAttributes): Record<string, Scalar> {
  const out: Record<string, Scalar> = { edgeType: attributes.edgeType, articleId: attributes.articleId };
  if (attributes.edgeType === 'participant') out.role = attributes.role;
  if (attributes.start !== null) out.start = attributes.start;
  if (attributes.end !== null) out.end = attributes.end;
  return out;
}

export interface GexfOptions {
  /** ForceAtlas2 iterations for the positions written into the file; 0 leaves the layout to Gephi. Default 300. */
  iterations?: number;
}

/**
 * The graph as a GEXF 1.3 document for Gephi: every node with its label, a `nodeType` column (and `kind`,
 * `modality`, `date`, ...) to colour and filter by, colour per node type, size by degree and a ForceAtlas2
 * layout, so the file opens looking like the graph page; every edge labelled with its type, with an `edgeType`
 * column. Deterministic: the same graph gives the same bytes.
 *
 * @example
 * writeFileSync('graph.gexf', toGEXF(graph));
 * // Gephi: File > Open > graph.gexf
 */
export function toGEXF(graph: NewsGraph, options: GexfOptions = {}): string {
  assertGraph(graph, 'toGEXF');
  const iterations = options.iterations ?? 300;
  const positions = iterations > 0 ? layoutPositions(graph, iterations) : new Map<string, { x: number; y: number }>();
  return write(graph, {
    version: '1.3',
    formatNode: (key, raw) => {
      const attributes = raw as NodeAttributes;
      const position = positions.get(key);
      return {
        // An event is labelled with what happened ("meeting of A and B in Kremlin"), as on the graph page.
        label: attributes.nodeType === 'event' ? eventSummary(graph, attributes) : attributes.label,
        attributes: gexfNodeAttributes(attributes),
        viz: {
          color: cssRgb(NODE_COLORS[attributes.nodeType]),
          size: round(nodeSize(recordDegree(graph, key))),
          ...(position ? { x: round(position.x), y: round(position.y) } : {}),
        },
      };
    },
    formatEdge: (_key, raw) => {
      const attributes = raw as EdgeAttributes;
      return { label: attributes.edgeType, attributes: gexfEdgeAttributes(attributes), weight: 1 };
    },
  });
}

/** Few decimals keep the file small and identical across platforms whose last float bits differ. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
