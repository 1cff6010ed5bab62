import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/*
 * The graph page in a real browser: Debian's chromium driven by playwright-core (Playwright's own browser
 * download does not work here). Tests using it are skipped, with a message, where /usr/bin/chromium is not
 * installed; `.ci/run` installs it. Screenshots go to out/browser-test/ (git-ignored).
 */

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = resolve('out/browser-test');
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable) {
  console.warn(`[browser test] skipped: ${CHROMIUM} is not installed (apt-get install -y chromium); .ci/run installs it.`);
}

export interface OpenPage {
  page: Page;
  /** Every URL the page requested, and every script error it raised. */
  requests: string[];
  errors: string[];
  close: () => Promise<void>;
}

/** Writes `html` to out/browser-test/<name>.html, opens it from file:// in headless chromium and waits until the page is ready. */
export async function openPage(name: string, html: string, viewport = { width: 1280, height: 800 }): Promise<OpenPage> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.html`);
  writeFileSync(file, html);
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  return {
    page,
    requests,
    errors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
