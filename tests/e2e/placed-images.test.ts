import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/core/bundle/load-bundle';
import { importFile } from '../../src/core/import/import-file';
import { writeBundle } from '../../src/core/import/write-bundle';
import { launchChromium, openBrowserMode } from '../support/launch';
import { releaseDocx, tempDir, writeTemp } from '../unit/import/readers-fixtures';
import { seriousAxeViolations } from './reader-scenarios';

// A Word release with a picture between its paragraphs, imported, then read in browser mode (Chromium).
let browser: Browser;
let bundleDir: string;
beforeAll(async () => {
  browser = await launchChromium();
  const { draft, images } = await importFile(writeTemp('release.docx', await releaseDocx()));
  bundleDir = path.join(tempDir(), 'kit');
  await writeBundle(draft, images, { kind: 'folder', path: bundleDir });
});
afterAll(() => browser?.close());

describe('an image a document places in its text', () => {
  it('is shown inline where the text has it, with its alt text and the offsets of the plain text kept', async () => {
    const bundle = await loadBundle(bundleDir);
    const doc = bundle.documents.find((d) => d.kind === 'release')!;
    const image = doc.blocks.flatMap((b) => b.images ?? [])[0]!;
    expect(doc.text.slice(image.start, image.end)).toBe('The new research centre in Wetzlar');

    const session = await openBrowserMode({ bundle: bundleDir, browser });
    try {
      const { page } = session;
      const figure = page.locator(`article[data-document-id="${doc.id}"] figure.placed-image`);
      const img = figure.locator('img');
      await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth)).toBe(64);
      expect(await img.getAttribute('alt')).toBe('The new research centre in Wetzlar');
      expect(new URL((await img.getAttribute('src'))!, page.url()).pathname).toBe(`/bundle-asset/${encodeURIComponent(image.src)}`);
      // Between the quote's paragraph and the next one, as in the Word file.
      const order = await page
        .locator(`article[data-document-id="${doc.id}"] [data-block-start]`)
        .evaluateAll((els) => els.map((e) => (e.closest('figure.placed-image') ? 'IMAGE' : (e.textContent ?? '').slice(0, 20))));
      const at = order.indexOf('IMAGE');
      expect(order[at - 1]).toMatch(/^“Wetzlar has been/);
      expect(order[at + 1]).toMatch(/^The building offers/);
      // The alt text stays in the text layer at its own offset (find and highlights count on it), unseen beside the picture.
      const alt = figure.locator(`[data-offset="${image.start}"]`);
      expect(await alt.textContent()).toBe('The new research centre in Wetzlar');
      expect(await figure.locator('[aria-hidden="true"]').count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByLabel('Theme').selectOption('dark');
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
