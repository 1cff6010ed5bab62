/**
 * The graph page in a real browser: Debian's chromium driven by playwright-core (Playwright's own browser
 * download does not work here). Skipped, with a message, where /usr/bin/chromium is not installed;
 * `.ci/run` installs it. Screenshots go to out/browser-test/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { toViewHTML } from '../src/io/view-html.js';
import { parseArticle } from '../src/parse.js';
import { claimsByActor } from '../src/query/claims-by-actor.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = resolve('out/browser-test');
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`[browser test] skipped: ${CHROMIUM} is not installed (apt-get install -y chromium); .ci/run installs it.`);
}

interface View {
  renderer: {
    graphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
    getNodeDisplayData: (key: string) => { hidden: boolean } | undefined;
  };
  graph: { getNodeAttributes: (key: string) => { x: number; y: number } };
}

describe.skipIf(!available)('the graph page in chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const requests: string[] = [];
  const errors: string[] = [];
  const text = readFileSync('fixtures/kremlin-talks.txt', 'utf8');
  const graph = buildGraph([parseArticle(text, { publishedAt: '2025-12-03' })]);
  const putin = claimsByActor(graph, 'Putin');

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'kremlin-talks.html');
    writeFileSync(file, await toViewHTML(graph));
    const { chromium } = await import('playwright-core');
    userDataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
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
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
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
