import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserMode, type BrowserModeSession } from '../support/launch';
import {
  expectFindWithCounts,
  expectInterfaceLanguageSwitch,
  expectLanguageFilter,
  expectMentionCards,
  expectOutlineNavigation,
  expectThemes,
  readerReady,
  seriousAxeViolations,
} from './reader-scenarios';

// The reader on the built-in bundle in browser mode (Chromium); electron.test.ts runs the same scenarios on the desktop app.
let session: BrowserModeSession;
beforeAll(async () => {
  session = await openBrowserMode();
  await session.page.setViewportSize({ width: 1280, height: 800 });
});
afterAll(() => session?.close());

describe('reader (browser mode, built-in bundle)', () => {
  it('has no serious or critical accessibility violations on first view', async () => {
    await readerReady(session.page);
    expect(await seriousAxeViolations(session.page)).toEqual([]);
  });

  it('outline: lists documents, follows the scroll position, jumps by click and keyboard, names the window', async () => {
    await expectOutlineNavigation(session.page);
  });

  it('language filter: only Indonesian, only English, all; badges and lang stay', async () => {
    await expectLanguageFilter(session.page);
  });

  it('find: Ctrl+F, counts, case-insensitive, next/previous, highlights', async () => {
    await expectFindWithCounts(session.page);
  });

  it('who is who: hover or focus a mention to see the person or organisation', async () => {
    await expectMentionCards(session.page);
  });

  it('interface in Bahasa Indonesia and back, remembered across a reload', async () => {
    await expectInterfaceLanguageSwitch(session.page, () => session.page.reload());
  });

  it('light and dark themes, find and the shortcuts panel: no serious accessibility violations', async () => {
    await expectThemes(session.page);
  });

  it('text size: A+ and A− change the reading text and are remembered', async () => {
    const page = session.page;
    const size = () =>
      page
        .locator('article[data-document-id="release"] .document__body > p:not(.document__subhead)')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(size).toBeGreaterThan(before);
    await page.reload();
    await readerReady(page);
    await expect.poll(size).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Smaller text' }).click();
    await expect.poll(size).toBe(before);
  });
});
