import type { ViewData } from './view-data.js';

/** `<`, `>`, `&`, quotes as HTML entities, for text placed in markup. */
function escapeHTML(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that is safe inside a `<script>` element: `<` is escaped, so no article text can close the element, and
 * U+2028/U+2029 are escaped for older parsers.
 */
function scriptJSON(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A script body that cannot close its element early. */
function scriptBody(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script');
}

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;background:#fff}
body{display:grid;grid-template-rows:auto 1fr;grid-template-columns:1fr 380px;grid-template-areas:"bar bar" "graph details"}
header{grid-area:bar;display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center;padding:8px 12px;border-bottom:1px solid #ddd;background:#fafafa}
header h1{font-size:15px;margin:0 8px 0 0;max-width:32em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
header label{white-space:nowrap}
#search{width:14em;padding:3px 6px}
#search-results{grid-area:graph;align-self:start;justify-self:start;z-index:2;display:flex;flex-direction:column;margin:8px;max-width:22em}
#search-results:empty,#search-results[hidden]{display:none}
.result{display:flex;align-items:center;gap:6px;text-align:left;border:1px solid #ccc;background:#fff;padding:3px 8px;cursor:pointer;font:inherit}
.result:hover{background:#f0f4ff}
#graph{grid-area:graph;position:relative;min-height:300px}
#graph.pointer{cursor:pointer}
#details{grid-area:details;overflow-y:auto;border-left:1px solid #ddd;padding:10px 14px}
#details h2{font-size:17px;margin:4px 0}
#details h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:14px 0 6px}
.subtitle,.hint,.type,.offsets{color:#666}
.type{font-size:12px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:middle}
.item{border-left:3px solid #ddd;padding:2px 8px;margin:6px 0}
.item.link{cursor:pointer}
.item.link:hover{border-left-color:#0072B2;background:#f6f9ff}
.item .tag{font-size:12px;color:#555}
.item blockquote{margin:2px 0}
.item mark{background:#fff1a8}
.item .source{font-size:12px;color:#444}
.offsets{font-size:11px}
#legend{display:flex;gap:10px;flex-wrap:wrap;font-size:12px}
fieldset{border:0;padding:0;margin:0;display:inline-flex;gap:8px;align-items:center}
`;

/**
 * The graph page: one HTML document with the data and the bundled client script inlined, so it opens from
 * `file://` with no network. `clientScript` is the bundle from `viewClientScript()`.
 *
 * @example
 * writeFileSync('graph.html', renderViewHTML(buildViewData(graph), await viewClientScript()));
 */
export function renderViewHTML(data: ViewData, clientScript: string): string {
  const title = escapeHTML(data.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${title} · newsgraph</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1 title="${title}">${title}</h1>
  <label>Search <input id="search" type="search" placeholder="name, place, claim…" autocomplete="off"></label>
  <fieldset><legend class="hint">Dates</legend>
    <label>from <input id="date-from" type="date"></label>
    <label>to <input id="date-to" type="date"></label>
    <label><input id="undated" type="checkbox" checked> undated</label>
  </fieldset>
  <fieldset id="modalities"><legend class="hint">Events</legend></fieldset>
  <button id="fit" type="button" title="Show the whole graph">Fit</button>
  <div id="legend"></div>
</header>
<div id="graph"></div>
<div id="search-results"></div>
<aside id="details"></aside>
<script type="application/json" id="newsgraph-data">${scriptJSON(data)}</script>
<script>${scriptBody(clientScript)}</script>
</body>
</html>
`;
}
