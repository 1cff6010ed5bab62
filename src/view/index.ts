export { buildViewData, type ViewDataOptions } from './build-view-data.js';
export { renderViewHTML } from './render-html.js';
export { viewClientScript } from './client-script.js';
export type { ViewData, ViewEdge, ViewItem, ViewNode, ViewSection } from './view-data.js';
