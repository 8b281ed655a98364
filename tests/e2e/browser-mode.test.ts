import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserMode, type BrowserModeSession } from '../support/launch';
import { copyBuiltInBundle, readManifest, writeManifest } from '../support/bundles';
import { expectBuiltInBundleShown } from './reading-scenario';

let session: BrowserModeSession;
beforeAll(async () => {
  session = await openBrowserMode();
});
afterAll(() => session?.close());

describe('browser mode on the built-in bundle (Chromium)', () => {
  it('shows headline, dateline, both quotes with their speakers, the Indonesian article and both comments', async () => {
    await expectBuiltInBundleShown(session.page);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.length).toBeGreaterThan(0);
    for (const url of session.requests) expect(new URL(url).hostname).toBe('127.0.0.1');
  });

  it('refuses a request without the token', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(session.server.url);
    expect(response?.status()).toBe(401);
    expect(await page.locator('body').innerText()).toMatch(/token/);
    await context.close();
  });
});

describe('browser mode on a broken bundle', () => {
  it('shows the problems, file and field, instead of a blank window, and offers the built-in bundle', async () => {
    const dir = copyBuiltInBundle();
    const manifest = readManifest(dir) as { quotes: { speakerId: string }[] };
    manifest.quotes[1]!.speakerId = 'lei-jun2';
    writeManifest(dir, manifest);
    const broken = await openBrowserMode({ bundle: dir, browser: session.browser });
    try {
      const alert = broken.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('presskit.json#/quotes/1/speakerId: unknown person "lei-jun2"');
      await broken.page.getByRole('button', { name: 'Open the built-in bundle' }).click();
      await expectBuiltInBundleShown(broken.page);
    } finally {
      await broken.close();
    }
  });
});
