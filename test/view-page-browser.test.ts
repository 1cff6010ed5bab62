/**
 * What a reader meets on the graph page (see test/helpers/chromium.ts for the browser): labels that say something
 * and never overlap, dates on a strip, a camera that finds what was searched and a Fit button, a gentle zoom, and
 * evidence without photo-credit clutter. Screenshots of the overview, after a search and after a click go to
 * out/browser-test/; with UPDATE_DOCS_SCREENSHOTS=1 also to docs/, where the README shows them.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { timemlInterval } from '../src/graph/timeml-interval.js';
import { toViewHTML } from '../src/io/view-html.js';
import { parseArticle } from '../src/parse.js';
import { chromiumAvailable, openPage, SCREENSHOTS, type OpenPage } from './helpers/chromium.js';

/** An invented scraped report whose photo credits and captions ran into the text. */
const SCRAPED =
  'Port Closes as Strike Spreads\n\n' +
  'Image copyright Getty Images Image caption The port authority said the terminal in Rijeka would close for two days.\n\n' +
  'Dock workers marched through Rijeka on Monday. Image copyright Reuters\n\n' +
  'The union denied that the strike was illegal.';

interface Box { key: string; x1: number; y1: number; x2: number; y2: number }
interface PageView {
  renderer: {
    getCamera: () => { getState: () => { x: number; y: number; ratio: number }; setState: (s: object) => void };
    getNodeDisplayData: (key: string) => { x: number; y: number; size: number; hidden: boolean } | undefined;
    framedGraphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
    refresh: () => void;
  };
  data: { nodes: { key: string; label: string; nodeType: string; size: number; rank: number }[] };
  labels: () => Box[];
  select: (key: string | null, move?: boolean) => void;
  graph: { neighbors: (key: string) => string[] };
}

const view = (page: Page) => page.evaluate.bind(page);
const shoot = async (page: Page, name: string): Promise<void> => {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') copyFileSync(path, join('docs', `${name}.png`));
};

describe.skipIf(!chromiumAvailable)('the graph page for a reader, in chromium', () => {
  let opened: OpenPage;
  let page: Page;
  const graph = buildGraph([
    parseArticle(readFileSync('fixtures/kremlin-talks.txt', 'utf8'), { publishedAt: '2025-12-03' }),
    parseArticle(readFileSync('fixtures/harbour-blockade.txt', 'utf8'), { publishedAt: '2026-03-11' }),
    parseArticle(SCRAPED, { publishedAt: '2026-03-16' }),
  ]);
  const labels = () => view(page)(() => (window as unknown as { newsgraphView: PageView }).newsgraphView.labels());
  const camera = () => view(page)(() => (window as unknown as { newsgraphView: PageView }).newsgraphView.renderer.getCamera().getState());
  const settle = () => page.waitForTimeout(700);

  beforeAll(async () => {
    opened = await openPage('view-reader', await toViewHTML(graph));
    page = opened.page;
    await settle();
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('loads without a script error', () => {
    expect(opened.errors).toEqual([]);
  });

  it('labels every article with its title at overview', async () => {
    const shown = new Set((await labels()).map((b) => b.key));
    graph.forEachNode((key, a) => {
      if (a.nodeType === 'article') expect(shown.has(key), `${key} (${a.title}) has no label`).toBe(true);
    });
    await shoot(page, 'view-overview');
  });

  it('labels the most connected records at overview, and more once zoomed in', async () => {
    const ranked = await view(page)(() =>
      (window as unknown as { newsgraphView: PageView }).newsgraphView.data.nodes.filter((n) => n.nodeType !== 'article' && n.nodeType !== 'date')
        .sort((a, b) => a.rank - b.rank).map((n) => ({ key: n.key, rank: n.rank })),
    );
    const overview = new Set((await labels()).map((b) => b.key));
    expect(overview.size).toBeGreaterThanOrEqual(10);
    // Several of the ten most connected records are labelled; the others lost their place to a label that overlapped
    // (how many depends on the layout of the sample's events and participants: 4 with the events of issue 14).
    expect(ranked.slice(0, 10).filter((n) => overview.has(n.key)).length).toBeGreaterThanOrEqual(4);
    // Zoomed in 2.5 times, records beyond the overview's budget of 18 get labels too.
    await view(page)(() => (window as unknown as { newsgraphView: PageView }).newsgraphView.renderer.getCamera().setState({ ratio: 0.4 }));
    await settle();
    const zoomed = await labels();
    const rankOf = new Map(ranked.map((n) => [n.key, n.rank]));
    expect(zoomed.some((b) => (rankOf.get(b.key) ?? 0) >= 18)).toBe(true);
    await page.click('#fit');
    await settle();
  });

  it('never places two labels over each other', async () => {
    const overlapping = (boxes: Box[]) => {
      const pairs: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as Box;
          const b = boxes[j] as Box;
          if (a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1) pairs.push(`${a.key} / ${b.key}`);
        }
      }
      return pairs;
    };
    expect(overlapping(await labels())).toEqual([]);
    await view(page)(() => (window as unknown as { newsgraphView: PageView }).newsgraphView.select('actor:vladimir-putin', true));
    await settle();
    expect(overlapping(await labels())).toEqual([]);
    await view(page)(() => (window as unknown as { newsgraphView: PageView }).newsgraphView.select(null));
    await page.click('#fit');
    await settle();
  });

  it('draws date nodes small, in one row under the graph, in date order', async () => {
    const placed = await view(page)(() => {
      const v = (window as unknown as { newsgraphView: PageView }).newsgraphView;
      return v.data.nodes.map((n) => {
        const d = v.renderer.getNodeDisplayData(n.key);
        const at = d ? v.renderer.framedGraphToViewport(d) : { x: 0, y: 0 };
        return { key: n.key, type: n.nodeType, size: n.size, x: at.x, y: at.y };
      });
    });
    const dates = placed.filter((p) => p.type === 'date');
    const others = placed.filter((p) => p.type !== 'date');
    expect(dates.length).toBeGreaterThan(3);
    const lowest = Math.max(...others.map((p) => p.y));
    for (const d of dates) {
      expect(d.y, `${d.key} is not under the graph`).toBeGreaterThan(lowest);
      expect(d.size).toBeLessThan(Math.min(...others.map((p) => p.size)));
    }
    const middle = (key: string) => {
      const i = timemlInterval(key.slice('date:'.length));
      return i === null ? Infinity : (i.start + i.end) / 2;
    };
    const byX = [...dates].sort((a, b) => a.x - b.x).map((d) => middle(d.key));
    expect(byX).toEqual([...byX].sort((a, b) => a - b));
  });

  it('labels events with what happened, not "type: trigger"', async () => {
    const eventLabels = await view(page)(() =>
      (window as unknown as { newsgraphView: PageView }).newsgraphView.data.nodes.filter((n) => n.nodeType === 'event').map((n) => n.label),
    );
    expect(eventLabels).toContain('meeting of Vladimir Putin and 3 others in Kremlin');
    for (const label of eventLabels) expect(label).not.toMatch(/^\w+: /);
  });

  it('brings a searched node and its whole neighbourhood into view, centred', async () => {
    await page.fill('#search', 'Putin');
    await page.keyboard.press('Enter');
    await settle();
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Vladimir Putin');
    const seen = await view(page)(() => {
      const v = (window as unknown as { newsgraphView: PageView }).newsgraphView;
      const box = (document.getElementById('graph') as HTMLElement).getBoundingClientRect();
      return ['actor:vladimir-putin', ...v.graph.neighbors('actor:vladimir-putin')].map((key) => {
        const d = v.renderer.getNodeDisplayData(key);
        const at = d ? v.renderer.framedGraphToViewport(d) : { x: -1, y: -1 };
        return { key, inside: at.x >= 0 && at.x <= box.width && at.y >= 0 && at.y <= box.height };
      });
    });
    expect(seen.filter((s) => !s.inside).map((s) => s.key)).toEqual([]);
    expect((await camera()).ratio).toBeLessThan(1);
    await shoot(page, 'view-search');
  });

  it('shows the whole graph again when Fit is pressed', async () => {
    await page.click('#fit');
    await settle();
    const state = await camera();
    expect(state.ratio).toBeCloseTo(1, 5);
    expect(state.x).toBeCloseTo(0.5, 5);
    expect(state.y).toBeCloseTo(0.5, 5);
  });

  it('zooms one wheel step by a factor of 1.25', async () => {
    await page.click('#fit');
    await settle();
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('no #graph box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await settle();
    expect((await camera()).ratio).toBeCloseTo(1 / 1.25, 2);
    await page.click('#fit');
    await settle();
  });

  it('shows evidence sentences without photo caption and credit clutter', async () => {
    await page.fill('#search', 'Rijeka');
    await page.keyboard.press('Enter');
    await settle();
    const panel = (await page.locator('#details').textContent()) ?? '';
    expect(panel).toContain('the terminal in Rijeka would close for two days');
    expect(panel).toContain('Dock workers marched through Rijeka on Monday.');
    expect(panel).not.toMatch(/Image copyright|Image caption|Getty|Reuters/);
  });

  it('shows the evidence of a clicked event', async () => {
    await page.fill('#search', '');
    await page.click('#fit');
    await settle();
    const key = graph.findNode((_k, a) => a.nodeType === 'event' && a.type === 'meeting' && a.modality === 'asserted' && a.participants.length > 2) as string;
    await view(page)((k) => (window as unknown as { newsgraphView: PageView }).newsgraphView.select(k, true), key);
    await settle();
    await expect.poll(() => page.locator('#details h2').textContent()).toMatch(/^meeting of Vladimir Putin/);
    expect(await page.locator('#details section[data-heading="Evidence"] blockquote').first().textContent()).toContain('hosted');
    await shoot(page, 'view-click');
  });
});
