import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The foundation scenario, shared by browser mode and Electron: what a reader must see on the built-in bundle. */
export async function expectBuiltInBundleShown(page: Page): Promise<void> {
  await page.waitForSelector('[data-document-id="release"]');
  const text = (selector: string) => page.locator(selector).first().innerText();
  expect(await text('#doc-release-title')).toBe('Xiaomi and Leica Camera announce long-term strategic cooperation');
  expect(await text('.document__subhead')).toBe('A new era of mobile imaging begins in July');
  expect(await text('.dateline')).toBe('Wetzlar, 23 May 2022.');

  const quotes = page.locator('figure.pull-quote');
  expect(await quotes.count()).toBe(2);
  const captions = await quotes.locator('figcaption').allInnerTexts();
  expect(captions[0]).toMatch(/Lei Jun[\s\S]*Founder, Chairman and CEO of Xiaomi Group[\s\S]*Xiaomi Corporation/);
  expect(captions[1]).toMatch(/Matthias Harsch[\s\S]*CEO of Leica Camera AG[\s\S]*Leica Camera AG/);
  expect(await quotes.nth(0).locator('blockquote').innerText()).toMatch(/^Xiaomi focuses on creating the ultimate user experience/);

  const article = page.locator('article[data-document-id="article"]');
  expect(await article.getAttribute('lang')).toBe('id');
  expect(await article.innerText()).toContain('Tanggal 23 Mei 2022 ini, Xiaomi dan Leica Camera mengumumkan kerjasama strategis');

  const about = page.locator('article[data-document-id="about-xiaomi"]');
  expect(await about.innerText()).toContain('Xiaomi Corporation was founded in April 2010');

  const comments = page.locator('article.comment');
  expect(await comments.count()).toBe(2);
  expect(await comments.nth(0).innerText()).toContain('Berarti ke depannya hrga ponsel xiaomi');
  expect(await comments.nth(1).innerText()).toContain('Untuk yang terjangkaunya di Redmi dan POCO.');
}
