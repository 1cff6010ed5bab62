/**
 * The graph page in a real browser (see test/helpers/chromium.ts): loading offline, search, click, filters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { toViewHTML } from '../src/io/view-html.js';
import { parseArticle } from '../src/parse.js';
import { claimsByActor } from '../src/query/claims-by-actor.js';
import { chromiumAvailable, openPage, SCREENSHOTS, type OpenPage } from './helpers/chromium.js';

const OUT = SCREENSHOTS;
const available = chromiumAvailable;

interface View {
  renderer: {
    graphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
    getNodeDisplayData: (key: string) => { hidden: boolean } | undefined;
  };
  graph: { getNodeAttributes: (key: string) => { x: number; y: number } };
}

describe.skipIf(!available)('the graph page in chromium', () => {
  let opened: OpenPage;
  let page: Page;
  const text = readFileSync('fixtures/kremlin-talks.txt', 'utf8');
  const graph = buildGraph([parseArticle(text, { publishedAt: '2025-12-03' })]);
  const putin = claimsByActor(graph, 'Putin');

  beforeAll(async () => {
    opened = await openPage('kremlin-talks', await toViewHTML(graph));
    page = opened.page;
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
  });

  /** Clicks a node where sigma draws it on the canvas, as a user would. */
  async function clickNode(key: string): Promise<void> {
    const at = await page.evaluate((k) => {
      const view = (window as unknown as { newsgraphView: View }).newsgraphView;
      const point = view.renderer.graphToViewport(view.graph.getNodeAttributes(k));
      const graphBox = document.getElementById('graph') as HTMLElement;
      const box = graphBox.getBoundingClientRect();
      const x = point.x + box.left;
      const y = point.y + box.top;
      // The click must land on sigma's canvas, not on the search results drawn over it.
      const target = document.elementFromPoint(x, y);
      return { x, y, onCanvas: target instanceof HTMLCanvasElement && graphBox.contains(target) };
    }, key);
    expect(at.onCanvas, `${key} is drawn under another element`).toBe(true);
    await page.mouse.click(at.x, at.y);
  }

  const hidden = (key: string) =>
    page.evaluate((k) => (window as unknown as { newsgraphView: View }).newsgraphView.renderer.getNodeDisplayData(k)?.hidden ?? true, key);

  it('loads from file:// without a script error and without any network request', () => {
    expect(opened.errors).toEqual([]);
    expect(opened.requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });

  it('lists Vladimir Putin when "Putin" is typed in the search box', async () => {
    await page.fill('#search', 'Putin');
    await expect.poll(() => page.locator('#search-results button.result').allTextContents()).toContainEqual(expect.stringContaining('Vladimir Putin'));
  });

  it("shows Putin's claims with their sentences and source article when his node is clicked", async () => {
    expect(putin.length).toBeGreaterThan(0);
    await clickNode('actor:vladimir-putin');
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Vladimir Putin');
    const section = page.locator('#details section[data-heading="Claims made"]');
    const shown = (await section.textContent()) ?? '';
    for (const claim of putin) expect(shown).toContain(claim.content);
    expect(shown).toContain('US-Russia Ukraine Peace Talks Stall at Kremlin');
    await page.screenshot({ path: join(OUT, 'view-putin.png') });
  });

  it('hides events outside the chosen date range', async () => {
    const dated = graph.filterNodes((_k, a) => a.nodeType === 'event' && a.date === '2025-12-02');
    expect(dated.length).toBeGreaterThan(0);
    await page.fill('#date-from', '2025-12-03');
    await page.dispatchEvent('#date-from', 'change');
    for (const key of dated) expect(await hidden(key)).toBe(true);
    await page.fill('#date-from', '');
    await page.dispatchEvent('#date-from', 'change');
    for (const key of dated) expect(await hidden(key)).toBe(false);
  });

  it('hides events of a modality that is unticked', async () => {
    const asserted = graph.filterNodes((_k, a) => a.nodeType === 'event' && a.modality === 'asserted');
    expect(asserted.length).toBeGreaterThan(0);
    await page.uncheck('#modalities input[value="asserted"]');
    for (const key of asserted) expect(await hidden(key)).toBe(true);
    await page.check('#modalities input[value="asserted"]');
    for (const key of asserted) expect(await hidden(key)).toBe(false);
  });
});
