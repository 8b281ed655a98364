import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBundle } from '../../bench/generate-bundle';
import { loadBundle } from '../../src/core/bundle/load-bundle';
import { copyBuiltInBundle } from '../support/bundles';
import { EXTERNAL_LINK, SVG_ONLOAD_MARKER, SVG_SCRIPT_MARKER, writeGalleryBundle, zipFolder } from '../support/gallery-bundle';
import { launchChromium, openBrowserMode, tempDataDir } from '../support/launch';
import { readerReady, seriousAxeViolations } from './reader-scenarios';

// Opening bundles and what they carry (images, links), in browser mode (Chromium).
let browser: Browser;
let galleryDir: string;
beforeAll(async () => {
  browser = await launchChromium();
  galleryDir = await writeGalleryBundle(browser);
});
afterAll(() => browser?.close());

const galleryReady = (page: import('playwright-core').Page) => page.waitForSelector('article[data-document-id="overview"]');

describe('gallery fixture bundle: PNG, JPEG and a script-carrying SVG', () => {
  it('shows every image from inside the bundle with caption, credit and alt text; the SVG never runs script', async () => {
    const session = await openBrowserMode({ bundle: galleryDir, browser });
    try {
      const { page } = session;
      await galleryReady(page);
      const images = page.locator('.gallery img');
      await expect.poll(() => images.count()).toBe(3);
      await expect
        .poll(() => images.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth)))
        .toEqual([240, 240, 240]);
      expect(await images.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')))).toEqual([
        'Red rectangle with a white panel',
        'Green rectangle with a white panel',
        'Yellow circle on blue',
      ]);
      // Served by the host's sandboxed asset route (never a blob: URL, whose SVG would run script in our origin).
      expect(
        await images.evaluateAll((imgs) => imgs.every((i) => new URL((i as HTMLImageElement).src).pathname.startsWith('/bundle-asset/'))),
      ).toBe(true);
      const captions = await page.locator('.gallery figcaption').allInnerTexts();
      expect(captions[0]).toMatch(/A red camera body[\s\S]*Credit: Fixture Studio/);
      expect(captions[2]).toBe('Logo drawn as SVG');
      expect(await page.getByRole('navigation', { name: 'Outline of the bundle' }).getByRole('link', { name: 'Images' }).count()).toBe(1);

      // Give a script every chance to run, then look for any trace of it.
      await page.locator('#gallery').scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      expect(session.requests.filter((u) => u.includes(SVG_SCRIPT_MARKER) || u.includes(SVG_ONLOAD_MARKER))).toEqual([]);
      expect(await page.title()).not.toBe('svg script ran');
      for (const url of session.requests) expect(new URL(url.replace(/^blob:/, '')).hostname).toBe('127.0.0.1');

      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByLabel('Theme').selectOption('dark');
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('an http(s) link opens outside the app (checked by the host); the app never navigates; mailto is inert text', async () => {
    const session = await openBrowserMode({ bundle: galleryDir, browser });
    try {
      const { page } = session;
      const context = page.context();
      // The outside world is unreachable here: answer any request to it ourselves.
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>outside</title>' }),
      );
      await galleryReady(page);
      const appUrl = page.url();
      const opened = context.waitForEvent('page');
      await page.getByRole('link', { name: 'Leica press page' }).click();
      const tab = await opened;
      expect(tab.url()).toBe(EXTERNAL_LINK);
      expect(await tab.evaluate(() => window.opener)).toBeNull();
      await tab.close();
      expect(page.url()).toBe(appUrl);
      expect(await page.locator('article[data-document-id="overview"]').count()).toBe(1);
      expect(session.requests.some((u) => u.endsWith('/api/openExternal'))).toBe(true);
      expect(await page.locator('a[href^="mailto:"]').count()).toBe(0);
      expect(await page.locator('article[data-document-id="overview"]').innerText()).toContain('write to the press office');
    } finally {
      await session.close();
    }
  });
});

describe('opening bundles in browser mode', () => {
  it('replaces the view without a restart: a .presskit chosen with Open, a dropped one, then the built-in bundle', async () => {
    const session = await openBrowserMode({ browser });
    try {
      const { page } = session;
      await readerReady(page);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open a file…' }).click();
      await (await chooser).setFiles(zipFolder(galleryDir));
      await galleryReady(page);
      expect(await page.locator('h1').innerText()).toBe('Gallery fixture kit');
      expect(await page.locator('article[data-document-id="release"]').count()).toBe(0);
      await expect.poll(() => page.locator('.gallery img').count()).toBe(3);

      // Drop the built-in bundle, zipped, onto the window.
      const bytes = readFileSync(zipFolder(copyBuiltInBundle())).toString('base64');
      await page.evaluate((base64) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], 'xiaomi-leica.presskit', { type: 'application/zip' }));
        for (const type of ['dragenter', 'dragover', 'drop'])
          window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, bytes);
      await readerReady(page);
      expect(await page.locator('article[data-document-id="overview"]').count()).toBe(0);

      // A file that is neither a bundle nor importable (empty) is refused with a notice naming it, and the view stays.
      await page.evaluate(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([''], 'notes.txt', { type: 'text/plain' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      });
      await expect.poll(() => page.locator('[data-notice="import"]').innerText()).toContain('notes.txt');
      expect(await page.locator('article[data-document-id="release"]').count()).toBe(1);

      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await page.getByRole('button', { name: 'Built-in Xiaomi–Leica bundle' }).click();
      await readerReady(page);
      expect(await page.locator('h1').innerText()).toBe('Xiaomi and Leica Camera announce long-term strategic cooperation');
    } finally {
      await session.close();
    }
  });

  it('Open Recent lists bundles opened before; one whose files are gone is pruned with a notice', async () => {
    const dataDir = tempDataDir();
    const kept = copyBuiltInBundle();
    const gone = copyBuiltInBundle();
    for (const bundle of [kept, gone]) await (await openBrowserMode({ bundle, browser, dataDir })).close();
    rmSync(gone, { recursive: true });

    const session = await openBrowserMode({ browser, dataDir });
    try {
      const { page } = session;
      await readerReady(page);
      await expect.poll(() => page.locator('[data-notice="pruned-recents"]').innerText()).toContain(gone);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      const recent = page.locator('.open-menu__panel li');
      await expect.poll(() => recent.allInnerTexts()).toContainEqual(expect.stringContaining(kept));
      expect((await recent.allInnerTexts()).filter((r) => r.includes(gone))).toEqual([]);
      await page.locator('[data-notice="pruned-recents"]').getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => page.locator('[data-notice]').count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('a bundle 100× the built-in text, 20 documents (the benchmark’s generator)', () => {
  it('draws every document, jumps to the last from the outline, and finds across all of them', async () => {
    const generated = await generateBundle({ scale: 100, documents: 20, seed: 7 });
    const bundle = await loadBundle(generated.dir);
    const expected = bundle.documents.reduce((n, d) => n + (d.text.match(/leica/gi)?.length ?? 0), 0);
    const session = await openBrowserMode({ bundle: generated.dir, browser });
    try {
      const { page } = session;
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect.poll(() => page.locator('article.document').count(), { timeout: 20_000 }).toBe(20);
      const outline = page.getByRole('navigation', { name: 'Outline of the bundle' });
      await outline.getByRole('link', { name: /^Dokumen 16/ }).click();
      await expect.poll(() => outline.locator('[aria-current="location"]').innerText()).toContain('Dokumen 16');
      await expect.poll(() => page.title()).toMatch(/^Dokumen 16 — /);

      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox').fill('LEICA');
      await expect.poll(() => page.locator('#find-status').innerText(), { timeout: 20_000 }).toMatch(new RegExp(` of ${expected}$`));
      // The search starts in the document being read.
      const current = await page
        .locator('.find-match--current')
        .first()
        .evaluate((el) => el.closest('article.document')?.getAttribute('data-document-id'));
      expect(current).toBe('generated-16');
    } finally {
      await session.close();
      rmSync(generated.dir, { recursive: true, force: true });
    }
  });
});

describe('a bundle in other languages (French and German)', () => {
  it('names its languages, and a filter saved for Indonesian does not hide it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-fr-de-'));
    writeFileSync(
      path.join(dir, 'communique.fr.md'),
      '# Communiqué\n\nParis, le 3 mars 2025. Une annonce.\n\nContact presse :  \nMarie Dupont\n',
    );
    writeFileSync(path.join(dir, 'mitteilung.de.md'), '# Mitteilung\n\nBerlin, 3. März 2025. Eine Ankündigung.\n');
    writeFileSync(
      path.join(dir, 'presskit.json'),
      JSON.stringify({
        schemaVersion: 1,
        id: 'fr-de-fixture',
        title: 'Annonce / Ankündigung',
        languages: ['fr', 'de'],
        documents: [
          { id: 'communique', kind: 'release', language: 'fr', title: 'Communiqué', file: 'communique.fr.md' },
          { id: 'mitteilung', kind: 'release', language: 'de', title: 'Mitteilung', file: 'mitteilung.de.md' },
        ],
        contacts: [{ name: 'Marie Dupont', role: 'Attachée de presse', email: 'presse@exemple.fr', url: 'https://exemple.fr/presse' }],
      }),
    );
    const dataDir = tempDataDir();
    // The reader chose "Indonesian only" on the built-in bundle earlier; the choice is remembered.
    const first = await openBrowserMode({ browser, dataDir });
    await readerReady(first.page);
    await first.page.getByLabel('Show').selectOption('id');
    await expect.poll(() => first.page.locator('article.document').count()).toBe(2); // the article and the comments
    // The choice is on disk before the next start, so that start really begins filtered to Indonesian.
    const saved = () => {
      try {
        return (JSON.parse(readFileSync(path.join(dataDir, 'preferences.json'), 'utf8')) as { data?: { contentLanguage?: string } }).data
          ?.contentLanguage;
      } catch {
        return undefined;
      }
    };
    await expect.poll(saved).toBe('id');
    await first.close();

    const session = await openBrowserMode({ bundle: dir, browser, dataDir });
    try {
      const { page } = session;
      await expect.poll(() => page.locator('article.document').count()).toBe(2);
      expect(await page.getByLabel('Show').inputValue()).toBe('all');
      const options = await page.getByLabel('Show').locator('option').allInnerTexts();
      expect(options.slice(1)).toEqual([expect.stringMatching(/French/), expect.stringMatching(/German/)]);
      expect(await page.locator('article[data-document-id="communique"]').getAttribute('lang')).toBe('fr');
      // The media contacts follow the documents, with their own outline entry.
      await expect.poll(() => page.locator('#contacts').innerText()).toMatch(/Media contacts[\s\S]*Marie Dupont[\s\S]*presse@exemple\.fr/);
      await page.getByRole('navigation', { name: 'Outline of the bundle' }).getByRole('link', { name: 'Media contacts' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contacts-title');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // A Markdown hard break (two spaces at the line end) is a line break on screen too.
      expect(await page.locator('article[data-document-id="communique"] p', { hasText: 'Contact presse' }).innerText()).toBe(
        'Contact presse :\nMarie Dupont',
      );
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
