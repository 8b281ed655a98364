import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserMode, tempDataDir, type BrowserModeSession } from '../support/launch';
import { dragOver, highlightText, item, selectionToolbar } from './annotations-steps';
import { readerReady, seriousAxeViolations } from './reader-scenarios';
import { expanded, toggle } from './reading-layout-steps';

// Click-to-edit highlights, Annotate from the selection, tag suggestions and the keyboard-only path (issue 14).
const PHRASE = 'officially announce their strategic cooperation';
const dataDir = tempDataDir('presskit-card-');
// Another bundle's annotations, as the app stores them: their tags are offered here too.
writeFileSync(
  path.join(dataDir, 'annotations-other-kit.json'),
  JSON.stringify({ formatVersion: 2, data: { bundleId: 'other-kit', contentHash: null, annotations: [{ tags: ['Embargo check'] }] } }),
);

let session: BrowserModeSession;
const page = (): Page => session.page;
const card = (p: Page) => p.getByRole('dialog', { name: /^Highlight: / });

beforeAll(async () => {
  session = await openBrowserMode({ dataDir });
  await page().setViewportSize({ width: 1280, height: 800 });
  await readerReady(page());
});
afterAll(() => session?.close());

describe('highlight card', () => {
  it('Annotate from the selection toolbar: colour, note and tags in one gesture, tags suggested from other bundles', async () => {
    await dragOver(page(), 'release', PHRASE);
    await selectionToolbar(page()).getByRole('button', { name: 'Annotate' }).click();
    await expect.poll(() => card(page()).count()).toBe(1);
    await expect.poll(() => page().evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await highlightText(page(), 'highlight--yellow')).toEqual([PHRASE]);
    expect(await seriousAxeViolations(page())).toEqual([]);

    await card(page()).getByRole('radio', { name: 'Quote to use' }).check();
    await card(page()).getByLabel('Note').fill('Use in the **launch** story');
    const tags = card(page()).getByRole('combobox', { name: 'Tags' });
    await tags.pressSequentially('emb');
    const list = card(page()).getByRole('listbox', { name: 'Tag suggestions' });
    await expect.poll(() => list.getByRole('option').allInnerTexts()).toEqual(['Embargo check · in other bundles']);
    expect(await tags.getAttribute('aria-expanded')).toBe('true');
    await tags.press('ArrowDown');
    expect(await tags.getAttribute('aria-activedescendant')).toBe(await list.getByRole('option').first().getAttribute('id'));
    expect(await seriousAxeViolations(page())).toEqual([]);
    await tags.press('Enter');
    expect(await tags.inputValue()).toBe('Embargo check, ');
    await tags.pressSequentially('launch');
    await tags.press('Control+Enter');

    await expect.poll(() => card(page()).count()).toBe(0);
    await expect.poll(() => highlightText(page(), 'highlight--green')).toEqual([PHRASE]);
    const entry = item(page(), PHRASE);
    await expect.poll(() => entry.locator('.annotation-note').innerText()).toBe('Use in the launch story');
    expect(await entry.locator('.annotation__tags li').allInnerTexts()).toEqual(['Embargo check', 'launch']);
  });

  it('click a highlight: the card shows it, edits in place, Esc finishes; the note is kept after a reload', async () => {
    await page().locator('.highlight--green').first().click();
    await expect.poll(() => card(page()).getByLabel('Note').inputValue()).toBe('Use in the **launch** story');
    expect(await card(page()).getAttribute('aria-label')).toBe('Highlight: Quote to use');
    // The card sits beside the text, not over it.
    const overlap = await page().evaluate(() => {
      const c = document.querySelector('.highlight-editor')!.getBoundingClientRect();
      const t = document.querySelector('article[data-document-id="release"]')!.getBoundingClientRect();
      return c.left < t.right && t.left < c.right;
    });
    expect(overlap).toBe(false);
    expect(await seriousAxeViolations(page())).toEqual([]);
    // Tags already used in this bundle come first.
    const tags = card(page()).getByRole('combobox', { name: 'Tags' });
    await tags.fill('Embargo check, launch, l');
    await expect.poll(() => card(page()).getByRole('option').allInnerTexts()).toEqual([]);
    await tags.fill('');
    await tags.press('ArrowDown');
    await expect.poll(() => card(page()).getByRole('option').allInnerTexts()).toEqual(['Embargo check', 'launch']);
    await tags.press('Escape');
    expect(await card(page()).count()).toBe(1);
    await tags.fill('launch');
    await card(page()).getByLabel('Note').fill('Checked with Leica');
    await page().keyboard.press('Escape');
    await expect.poll(() => card(page()).count()).toBe(0);
    await expect.poll(() => item(page(), PHRASE).locator('.annotation-note').innerText()).toBe('Checked with Leica');

    await page().reload();
    await readerReady(page());
    await page().locator('.highlight--green').first().click();
    await expect.poll(() => card(page()).getByLabel('Note').inputValue()).toBe('Checked with Leica');
    expect(await card(page()).getByRole('combobox', { name: 'Tags' }).inputValue()).toBe('launch');
    // The card a click opened (not Annotate's) is clean too, after the reload.
    expect(await seriousAxeViolations(page())).toEqual([]);
    await card(page()).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => card(page()).count()).toBe(0);
  });

  it('delete from the card', async () => {
    await dragOver(page(), 'about-xiaomi', 'Hong Kong Stock Exchange');
    await selectionToolbar(page()).getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect
      .poll(() =>
        page()
          .locator('.highlight[data-key]')
          .evaluateAll((s) => new Set(s.map((e) => e.getAttribute('data-key'))).size),
      )
      .toBe(2);
    await page().getByText('Stock Exchange').first().click();
    await card(page()).getByRole('button', { name: 'Delete highlight' }).click();
    await expect
      .poll(() =>
        page()
          .locator('.highlight[data-key]')
          .evaluateAll((s) => new Set(s.map((e) => e.getAttribute('data-key'))).size),
      )
      .toBe(1);
  });

  it('keyboard only at 800×600: find, extend the selection, highlight with the shortcut, open its card, write the note', async () => {
    const p = page();
    await p.setViewportSize({ width: 800, height: 600 });
    await expect.poll(() => expanded(p, 'Annotations')).toBe('false');
    await p.locator('#reader').focus();
    await p.keyboard.press('Control+f');
    await p.keyboard.type('German craftsmanship');
    await expect.poll(() => p.locator('#find-status').innerText()).toMatch(/^1 of \d+$/);
    await expect.poll(() => p.locator('.find-match--current').count()).toBeGreaterThan(0);
    // Nothing selected: the shortcut selects the find match and moves to the toolbar over it.
    await p.keyboard.press('Control+Shift+H');
    await expect.poll(() => p.evaluate(() => !!document.activeElement?.closest('[role="toolbar"]'))).toBe(true);
    expect(await p.evaluate(() => getSelection()!.toString())).toBe(await p.locator('.find-match--current').first().innerText());
    // Back to the text, extend the selection by a word, then the shortcut again.
    await p.keyboard.press('Escape');
    // Extend by one character at a time until the comma is in (Chromium may first stop at the match's edge).
    for (let i = 0; i < 4 && !(await p.evaluate(() => getSelection()!.toString().trim().endsWith(','))); i++)
      await p.keyboard.press('Shift+ArrowRight');
    await p.keyboard.press('Control+Shift+H');
    await expect.poll(() => p.evaluate(() => !!document.activeElement?.closest('[role="toolbar"]'))).toBe(true);
    const selected = (await p.evaluate(() => getSelection()!.toString())).trim();
    expect(selected).toBe('German craftsmanship,');
    await p.keyboard.press('Enter'); // the active item: the last colour made (yellow, by Annotate and Highlight above)
    await expect.poll(() => highlightText(p, 'highlight--yellow')).toContain('German craftsmanship,');
    // The caret waits in the new highlight: Enter opens its card, with the note ready.
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('reader');
    await p.keyboard.press('Enter');
    await expect.poll(() => card(p).count()).toBe(1);
    await expect.poll(() => p.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await seriousAxeViolations(p)).toEqual([]);
    await p.keyboard.type('Found with find, highlighted without a mouse');
    await p.keyboard.press('Control+Enter');
    await expect.poll(() => card(p).count()).toBe(0);
    await toggle(p, 'Annotations');
    await expect
      .poll(() => p.locator('.panel-overlay .annotation-note').allInnerTexts())
      .toContain('Found with find, highlighted without a mouse');
    expect(await seriousAxeViolations(p)).toEqual([]);
  });
});
