import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode } from '../../src/server/start-browser-mode';
import { SVG_ONLOAD_MARKER, SVG_SCRIPT_MARKER, writeGalleryBundle } from '../support/gallery-bundle';
import { launchChromium, openBrowserMode, tempDataDir } from '../support/launch';

// Browser mode serves the app and the API from one origin with a session cookie: nothing from a bundle
// may ever run script there, and two servers on one machine must not share (and overwrite) a cookie.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('a bundle’s SVG opened as a page of its own', () => {
  it('never runs its script in the app’s origin (sandboxed, offered as a download, nosniff)', async () => {
    const session = await openBrowserMode({ bundle: await writeGalleryBundle(browser), browser });
    try {
      const { page } = session;
      await page.waitForSelector('article[data-document-id="overview"]');
      const svg = page.locator('.gallery img[alt="Yellow circle on blue"]');
      await expect.poll(() => svg.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth)).toBe(240);
      const src = await svg.evaluate((i) => (i as HTMLImageElement).src);

      // As "open image in new tab" or the address typed: a top-level page in the same session (the cookie is sent).
      const traces: string[] = [];
      page.context().on('request', (r) => {
        if (r.url().includes(SVG_SCRIPT_MARKER) || r.url().includes(SVG_ONLOAD_MARKER)) traces.push(r.url());
      });
      const tab = await page.context().newPage();
      await tab.goto(src).catch(() => null); // a download is not a page: Chromium reports the navigation as aborted
      await tab.waitForTimeout(1000);
      expect(traces).toEqual([]);
      expect(await page.title()).not.toBe('svg script ran');
      await tab.close();

      const response = await page.request.get(src);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers['content-security-policy']).toMatch(/^sandbox(;|$)/);
      expect(headers['content-disposition']).toMatch(/^attachment/);
      expect(headers['x-content-type-options']).toBe('nosniff');
    } finally {
      await session.close();
    }
  }, 120_000);
});

describe('two browser-mode servers on one machine', () => {
  it('each keeps its own session: opening the second does not log the first tab out', async () => {
    const first = await startBrowserMode({ dataDir: tempDataDir() });
    const second = await startBrowserMode({ dataDir: tempDataDir() });
    const context = await browser.newContext();
    try {
      const a = await context.newPage();
      await a.goto(first.launchUrl);
      const b = await context.newPage();
      await b.goto(second.launchUrl);
      const status = (page: typeof a) =>
        page.evaluate(() =>
          fetch('./api/getPreferences', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' }).then(
            (r) => r.status,
          ),
        );
      expect(await status(a)).toBe(200);
      expect(await status(b)).toBe(200);
    } finally {
      await context.close();
      await first.close();
      await second.close();
    }
  }, 120_000);
});
