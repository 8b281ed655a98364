import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowserMode, type BrowserModeSession } from '../support/launch';
import { readerReady, seriousAxeViolations } from './reader-scenarios';
import {
  boxesIntersect,
  charactersPerLine,
  coveredTextPoints,
  expanded,
  sidewaysOverflow,
  toggle,
  visibleTextLines,
} from './reading-layout-steps';

// The reader at small windows and large zoom (issue 14): 800×600, and 640×400 CSS px at device scale 2 (a 1280×800
// window at 200 %), 320 px wide (1280 px at 400 %, WCAG reflow); side panels that open, close and are remembered.
let session: BrowserModeSession;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  session = await openBrowserMode();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await session?.close();
});

async function pageAt(width: number, height: number, deviceScaleFactor = 1): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height }, deviceScaleFactor });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(session.server.launchUrl);
  await readerReady(page);
  return page;
}

async function expectReadable(page: Page, minCharacters: number, inView = 'article'): Promise<void> {
  expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(minCharacters);
  expect(await sidewaysOverflow(page)).toEqual({ page: 0, reader: 0 });
  expect(await coveredTextPoints(page, inView)).toEqual([]);
  for (const side of ['.outline', '.side-panel']) expect(await boxesIntersect(page, '#reader', side)).toBe(false);
}

describe('reading at any window size', () => {
  for (const [width, height, scale] of [
    [800, 600, 1],
    [640, 400, 2],
  ] as const)
    it(`${width}×${height} at device scale ${scale}: a readable column, nothing over the text, no sideways scrolling; panels as overlays`, async () => {
      const page = await pageAt(width, height, scale);
      // Too narrow to dock: the side columns are closed, and say so.
      expect(await expanded(page, 'Outline')).toBe('false');
      expect(await expanded(page, 'Annotations')).toBe('false');
      await expectReadable(page, 45);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Find: the count and the arrows are on screen, in the reading column, not under anything.
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox', { name: 'Find in the bundle' }).fill('Leica');
      await expect.poll(() => page.locator('#find-status').innerText()).toMatch(/^1 of \d+$/);
      for (const control of ['#find-status', '.find-bar button[aria-label="Next match"]'])
        expect(
          await page.locator(control).evaluate((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return r.right <= window.innerWidth && r.left >= 0 && !!hit && (el === hit || el.contains(hit));
          }),
        ).toBe(true);
      expect(await sidewaysOverflow(page)).toEqual({ page: 0, reader: 0 });
      await page.keyboard.press('Escape');

      // A panel opens over the text, takes focus, and Esc closes it and goes back to its button.
      await toggle(page, 'Annotations');
      expect(await expanded(page, 'Annotations')).toBe('true');
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.panel-overlay'))).toBe(true);
      expect(await sidewaysOverflow(page)).toEqual({ page: 0, reader: 0 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.panel-overlay').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annotations');
      await toggle(page, 'Outline');
      await page
        .locator('.panel-overlay .outline')
        .getByRole('link', { name: /About Xiaomi Corporation/ })
        .click();
      // A jump closes the overlay: the text is the point.
      await expect.poll(() => page.locator('.panel-overlay').count()).toBe(0);
      await expectReadable(page, 45, 'about-xiaomi');
    });

  it('320×256 (400 % of 1280×1024): the toolbar folds behind More, lines of text on screen, nothing over them', async () => {
    const page = await pageAt(320, 256);
    expect(await sidewaysOverflow(page)).toEqual({ page: 0, reader: 0 });
    // The toolbar leaves the text most of the window (it filled all 256 px before it folded).
    const toolbar = await page.locator('.toolbar').evaluate((el) => el.getBoundingClientRect().height);
    expect(toolbar).toBeLessThan(256 / 2);
    await page
      .locator('article[data-document-id="article"] .document__body > p')
      .first()
      .evaluate((p) => p.scrollIntoView());
    expect(await visibleTextLines(page, 'article')).toBeGreaterThanOrEqual(3);
    expect(await coveredTextPoints(page)).toEqual([]);
    expect(await page.getByLabel('Theme').isVisible()).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // More opens the folded controls over the text; they work there; Esc closes them and goes back to More.
    const more = page.getByRole('button', { name: 'More', exact: true });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await sidewaysOverflow(page)).toEqual({ page: 0, reader: 0 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^A\+/ }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByLabel('Theme').isVisible()).toBe(false);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('More');
    expect(await coveredTextPoints(page)).toEqual([]);
    // The theme is a saved preference of the shared host: back to the system's.
    await more.click();
    await page.getByLabel('Theme').selectOption('system');
    await page.keyboard.press('Escape');
  });

  it('800×600 shows every toolbar control in its row (no More button)', async () => {
    const page = await pageAt(800, 600);
    expect(await page.getByRole('button', { name: 'More', exact: true }).count()).toBe(0);
    for (const label of ['Theme', 'Show']) expect(await page.getByLabel(label).isVisible()).toBe(true);
  });

  it('1280×800: outline and panel beside the text; closed and reopened, remembered across reloads', async () => {
    const page = await pageAt(1280, 800);
    expect(await expanded(page, 'Outline')).toBe('true');
    expect(await expanded(page, 'Annotations')).toBe('true');
    await expectReadable(page, 60);

    await toggle(page, 'Outline');
    await toggle(page, 'Annotations');
    await expect.poll(() => page.locator('.outline, .side-panel').count()).toBe(0);
    await expectReadable(page, 60);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.reload();
    await readerReady(page);
    await expect.poll(() => expanded(page, 'Outline')).toBe('false');
    expect(await expanded(page, 'Annotations')).toBe('false');
    expect(await page.locator('.outline, .side-panel').count()).toBe(0);

    await toggle(page, 'Outline');
    await toggle(page, 'Timeline');
    await expect.poll(() => page.locator('.side-panel').getAttribute('aria-label')).toBe('Timeline');
    await page.reload();
    await readerReady(page);
    await expect.poll(() => expanded(page, 'Timeline')).toBe('true');
    expect(await expanded(page, 'Outline')).toBe('true');
    expect(await expanded(page, 'Annotations')).toBe('false');
    expect(await page.locator('.panel-overlay').count()).toBe(0);
    await expectReadable(page, 45);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await toggle(page, 'Annotations');
    await expect.poll(() => page.locator('.side-panel').getAttribute('aria-label')).toBe('Annotations');
  });
});
