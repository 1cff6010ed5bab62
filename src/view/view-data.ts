/*
 * What the graph page receives: everything the browser needs, computed in Node so the client script only draws
 * and filters. Plain interfaces rather than zod schemas: this is an internal contract between `buildViewData`
 * and the bundled client, never read back from a user's file.
 */

/** One sentence of evidence shown in the side panel. */
export interface ViewItem {
  /** The sentence (or clause) from the article. */
  text: string;
  /** Part of `text` to emphasise (a claim's content, a mention), as offsets into `text`; null for none. */
  mark: { start: number; end: number } | null;
  /** Short tag: "assessment · called", "meeting · claimed". */
  tag: string | null;
  date: string | null;
  /** Title (or id) of the article the sentence comes from, its URL and the offsets of `text` in it. */
  article: string;
  url: string | null;
  start: number;
  end: number;
  /** Node to jump to when the item is clicked (the claim or event it shows), or null. */
  node: string | null;
}

export interface ViewSection {
  heading: string;
  items: ViewItem[];
}

export interface ViewNode {
  key: string;
  label: string;
  nodeType: string;
  color: string;
  size: number;
  /** Label priority, 0 first: articles, then the most connected records, dates last. The overview labels the first few. */
  rank: number;
  x: number;
  y: number;
  /** Lower-case label and aliases, for the search box. */
  search: string;
  /** Days (YYYY-MM-DD, inclusive) the node's date covers, for the date filter; null when undated. */
  from: string | null;
  to: string | null;
  /** True for events and claims, the nodes the date filter applies to. */
  dated: boolean;
  /** Event modality, for the modality filter; null for other nodes. */
  modality: string | null;
  subtitle: string;
  sections: ViewSection[];
}

export interface ViewEdge {
  key: string;
  source: string;
  target: string;
  /** `on-date` and `mentioned-in` edges are drawn only around the selected node: every record has them. */
  edgeType: string;
}

export interface ViewData {
  title: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  colors: Record<string, string>;
  /** Modalities that occur, in schema order. */
  modalities: string[];
  /** First and last day any event or claim covers; null when nothing is dated. */
  dateRange: { from: string; to: string } | null;
}
