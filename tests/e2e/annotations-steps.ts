import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from 'playwright-core';

/** Steps of the annotation scenarios, written against the page only (browser mode or the desktop app). */

/** Screen points of the first and last character of a phrase in a document, scrolled into the middle of the reader. */
export async function phrasePoints(
  page: Page,
  documentId: string,
  phrase: string,
): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return page.evaluate(
    ([id, text]) => {
      const article = document.querySelector(`article[data-document-id="${id}"]`);
      if (!article) throw new Error(`no document ${id} on the page`);
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rects = [...range.getClientRects()];
        const first = rects[0]!;
        const last = rects.at(-1)!;
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      throw new Error(`"${text}" is not in one text node of ${id}`);
    },
    [documentId, phrase] as const,
  );
}

/** Selects a phrase as a user does: press on its first letter, drag to its last, release. */
export async function dragOver(page: Page, documentId: string, phrase: string): Promise<void> {
  const p = await phrasePoints(page, documentId, phrase);
  await page.mouse.move(p.x1, p.y1);
  await page.mouse.down();
  await page.mouse.move(p.x2, p.y2, { steps: 12 });
  await page.mouse.up();
}

/** Selects a phrase without the mouse (as caret browsing or Shift+arrows would). */
export async function selectPhrase(page: Page, documentId: string, phrase: string): Promise<void> {
  await page.evaluate(
    ([id, text]) => {
      const walker = document.createTreeWalker(document.querySelector(`article[data-document-id="${id}"]`)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${text}" not found`);
    },
    [documentId, phrase] as const,
  );
}

export const selectionToolbar = (page: Page): Locator => page.getByRole('toolbar', { name: 'Highlight the selection' });
export const panel = (page: Page): Locator => page.locator('.annotations-panel');
export const items = (page: Page): Locator => panel(page).locator('li.annotation');
export const item = (page: Page, quote: string): Locator => items(page).filter({ hasText: quote });
export const panelTitle = (page: Page): Promise<string> => panel(page).locator('h2').innerText();

/** The text of every highlight segment of one annotation (BlockText cuts it into spans keyed by the annotation id). */
export function highlightText(page: Page, className: string): Promise<string[]> {
  return page.locator(`.highlight.${className}`).evaluateAll((spans) => {
    const byKey = new Map<string, string>();
    for (const s of spans) byKey.set(s.getAttribute('data-key') ?? '', (byKey.get(s.getAttribute('data-key') ?? '') ?? '') + s.textContent);
    return [...byKey.values()];
  });
}

/** The quotes listed in the panel, top to bottom. */
export async function listedQuotes(page: Page): Promise<string[]> {
  return (await items(page).locator('.annotation__quote').allInnerTexts()).map((q) =>
    q.replace(/^Show in the document:\s*/, '').replace(/^“|”$/g, ''),
  );
}

/** Clicks and returns the file the page downloads. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Serious and critical axe violations inside the given parts of the page. */
export async function seriousViolationsIn(page: Page, selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const s of selectors) builder = builder.include(s);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')} — ${v.nodes[0]?.failureSummary ?? ''}`);
}
