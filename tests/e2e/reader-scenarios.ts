import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { loadBundle } from '../../src/core/bundle/load-bundle';
import { BUILT_IN_BUNDLE } from '../support/bundles';

/**
 * Reading scenarios on the built-in bundle, written against the page only, so browser mode and the
 * desktop app run the very same checks.
 */

/** Serious and critical axe violations on the page as it is now (with the rule and the first offending node). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary ?? ''}`,
    );
}

export const readerReady = (page: Page) => page.waitForSelector('article[data-document-id="release"]');

/** Case-insensitive occurrences in the built-in bundle's documents, counted with a plain regex (not the app's search). */
export async function occurrencesInBuiltIn(word: string, language?: string): Promise<number> {
  const bundle = await loadBundle(BUILT_IN_BUNDLE);
  const pattern = new RegExp(word, 'gi');
  return bundle.documents.filter((d) => !language || d.language === language).reduce((n, d) => n + (d.text.match(pattern)?.length ?? 0), 0);
}

/** Top of an element relative to the top of the reading column, in CSS pixels. */
export function offsetInReader(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const reader = document.getElementById('reader')!;
    return document.querySelector(sel)!.getBoundingClientRect().top - reader.getBoundingClientRect().top;
  }, selector);
}

export async function expectOutlineNavigation(page: Page): Promise<void> {
  await readerReady(page);
  const outline = page.getByRole('navigation', { name: 'Outline of the bundle' });
  await outline.getByRole('link', { name: /About Xiaomi Corporation/ }).click();
  await expect.poll(() => offsetInReader(page, '#doc-about-xiaomi')).toBeLessThan(40);
  await expect.poll(() => outline.locator('[aria-current="location"]').innerText()).toContain('About Xiaomi Corporation');
  await expect.poll(() => page.title()).toBe('About Xiaomi Corporation — Xiaomi and Leica Camera announce long-term strategic cooperation');
  // Focus moved to the document's heading, so the keyboard continues from there.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('doc-about-xiaomi-title');

  // Only the columns scroll, never the window (nothing may spill out of the 100vh layout).
  expect(await page.evaluate(() => [window.scrollY, document.scrollingElement!.scrollHeight - window.innerHeight])).toEqual([0, 0]);

  // Keyboard: Alt+↑ goes back one entry, quick Alt+↓ presses walk on; in the outline, arrows move and Enter jumps.
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => page.title()).toBe('Press release — Xiaomi and Leica Camera announce long-term strategic cooperation');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => page.title()).toMatch(/^Komentar pembaca — /);
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => page.title()).toBe('Press release — Xiaomi and Leica Camera announce long-term strategic cooperation');
  await outline.getByRole('link', { name: /Kerjasama Xiaomi dan Leica Camera/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => outline.locator('[aria-current="location"]').innerText()).toContain('Komentar pembaca');
  await expect.poll(() => page.title()).toMatch(/^Komentar pembaca — /);
}

export async function expectLanguageFilter(page: Page): Promise<void> {
  await readerReady(page);
  const show = page.getByLabel('Show');
  const shownDocuments = () =>
    page
      .locator('article.document')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-document-id')}:${e.getAttribute('lang')}`));
  await show.selectOption('id');
  await expect.poll(shownDocuments).toEqual(['article:id', 'comments:id']);
  expect(await page.locator('article.document .badge [aria-hidden]').allInnerTexts()).toEqual(['ID', 'ID']);
  // It says what it hides, and that hiding is not translating.
  expect(await page.locator('.filter-notice').innerText()).toMatch(/2 documents in other languages are hidden[\s\S]*does not translate/);
  expect(await page.getByRole('navigation', { name: 'Outline of the bundle' }).getByRole('link').allInnerTexts()).toEqual([
    expect.stringContaining('Kerjasama Xiaomi dan Leica Camera'),
    expect.stringContaining('Komentar pembaca'),
  ]);
  await show.selectOption('en');
  await expect.poll(shownDocuments).toEqual(['release:en', 'about-xiaomi:en']);
  await page.getByRole('button', { name: 'Show all languages' }).click();
  await expect.poll(shownDocuments).toEqual(['article:id', 'release:en', 'about-xiaomi:en', 'comments:id']);
}

const findStatus = (page: Page) => page.locator('#find-status').innerText();

export async function expectFindWithCounts(page: Page): Promise<void> {
  await readerReady(page);
  await page.locator('#reader').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox', { name: 'Find in the bundle' });
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

  const huawei = await occurrencesInBuiltIn('huawei');
  expect(huawei).toBeGreaterThan(2);
  await box.fill('HUAWEI');
  await expect.poll(() => findStatus(page)).toBe(`1 of ${huawei}`);
  // The count is shown before the marks are redrawn: poll the marks themselves.
  await expect.poll(() => page.locator('.find-match').count()).toBe(huawei);
  await expect.poll(() => page.locator('.find-match--current').allInnerTexts()).toEqual(['Huawei']);

  const kerjasama = await occurrencesInBuiltIn('kerjasama');
  await box.fill('kerjasama');
  await expect.poll(() => findStatus(page)).toBe(`1 of ${kerjasama}`);
  await expect.poll(() => page.locator('.find-match').count()).toBe(kerjasama);
  const matched = await page.locator('.find-match').allInnerTexts();
  expect(matched).toContain('Kerjasama');
  expect(matched).toContain('kerjasama');
  await page.keyboard.press('Enter');
  await expect.poll(() => findStatus(page)).toBe(`2 of ${kerjasama}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => findStatus(page)).toBe(`${kerjasama} of ${kerjasama}`);
  await page.keyboard.press('F3');
  await expect.poll(() => findStatus(page)).toBe(`1 of ${kerjasama}`);
  // The current match is on screen.
  await expect
    .poll(() =>
      page
        .locator('.find-match--current')
        .first()
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
    )
    .toBe(true);

  await box.fill('no such word anywhere');
  await expect.poll(() => findStatus(page)).toBe('No matches');
  await expect.poll(() => page.locator('.find-match').count()).toBe(0);
  await page.keyboard.press('Escape');
  await expect.poll(() => box.count()).toBe(0);
}

export async function expectInterfaceLanguageSwitch(page: Page, reload: () => Promise<unknown>): Promise<void> {
  await readerReady(page);
  await page.getByLabel('Interface').selectOption('id');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
  expect(await page.getByRole('button', { name: 'Cari', exact: true }).count()).toBe(1);
  expect(await page.getByRole('navigation', { name: 'Kerangka bundel' }).count()).toBe(1);
  expect(await page.locator('article[data-document-id="release"] .document__kind').innerText()).toMatch(/siaran pers/i);
  // Content keeps its own language whatever the interface speaks.
  expect(await page.locator('article[data-document-id="release"]').getAttribute('lang')).toBe('en');

  await reload();
  await readerReady(page);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
  await page.getByLabel('Antarmuka').selectOption('en');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.getByRole('button', { name: 'Find', exact: true }).count()).toBe(1);
}

export async function expectThemes(page: Page): Promise<void> {
  await readerReady(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByLabel('Theme').selectOption('light');
  const light = await background();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByLabel('Theme').selectOption('dark');
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
  expect(await background()).not.toBe(light);
  expect(await seriousAxeViolations(page)).toEqual([]);
  // Find and the help panel, in the dark theme.
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox').fill('leica');
  await expect.poll(() => findStatus(page)).toMatch(/^1 of \d+$/);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  expect(await page.getByRole('dialog').innerText()).toMatch(/Find in the bundle[\s\S]*Ctrl[\s\S]*F/);
  // The highlight card's keys are listed too: Enter on a highlight, Ctrl+Enter or Esc to finish.
  const rows = page.getByRole('dialog').getByRole('row');
  expect(await rows.filter({ hasText: 'Open the card of the highlight' }).innerText()).toMatch(/\bEnter\b/);
  expect(await rows.filter({ hasText: 'Finish editing a highlight' }).innerText()).toMatch(/Ctrl\s*\+\s*Enter[\s\S]*Esc/);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await page.getByLabel('Theme').selectOption('system');
}

export async function expectMentionCards(page: Page): Promise<void> {
  await readerReady(page);
  const card = page.locator('.mention-card');
  await page.locator('article[data-document-id="release"] [data-mention="person:lei-jun"]').first().hover();
  await expect.poll(() => card.innerText()).toMatch(/Lei Jun[\s\S]*Founder, Chairman and CEO of Xiaomi Group[\s\S]*Xiaomi Corporation/);
  await page.keyboard.press('Escape');
  await expect.poll(() => card.count()).toBe(0);

  // Keyboard: the first mention of Huawei in the article is a tab stop and describes itself.
  const huawei = page.locator('article[data-document-id="article"] [data-mention="organisation:huawei"][tabindex="0"]');
  expect(await huawei.count()).toBe(1);
  await huawei.focus();
  await expect.poll(() => card.innerText()).toMatch(/Huawei[\s\S]*Company/);
  const describedBy = (await huawei.getAttribute('aria-describedby'))!;
  expect(await page.locator(`#${describedBy}`).textContent()).toContain('Huawei');
}
