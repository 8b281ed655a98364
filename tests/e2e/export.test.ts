import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, openBrowserMode, type BrowserModeSession } from '../support/launch';
import { allText, annotations, normalise, pdffonts, pdfinfo, qpdfCheck, qpdfString } from '../unit/export/pdf-tools';

// The Export PDF sheet in browser mode (Chromium, built-in bundle): options, download, the PDF judged
// by the same external tools as the export's unit tests, and the sheet as an accessible modal dialog.
const HEADLINE = 'Xiaomi and Leica Camera announce long-term strategic cooperation';
const COMMENT = 'Berarti ke depannya hrga ponsel xiaomi';
const SHOTS = path.join(REPO_ROOT, 'tmp', 'export-e2e');
const downloads = mkdtempSync(path.join(os.tmpdir(), 'presskit-export-e2e-'));

let session: BrowserModeSession;
beforeAll(async () => {
  session = await openBrowserMode();
  await session.page.setViewportSize({ width: 1280, height: 800 });
  await session.page.waitForSelector('article[data-document-id="release"]');
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => session?.close());

/** The one dialog open at a time; its name is checked where the interface is English. */
const sheet = (page: Page) => page.getByRole('dialog');

async function openWithShortcut(page: Page): Promise<Locator> {
  await page.locator('#reader').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+E');
  await sheet(page).waitFor();
  return sheet(page);
}

async function closeSheet(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await sheet(page).waitFor({ state: 'detached' });
}

/** Clicks Download, takes the browser's download and saves it where the external tools can read it. */
async function download(page: Page, name: string): Promise<string> {
  const [pdf] = await Promise.all([page.waitForEvent('download'), sheet(page).getByRole('button', { name: 'Download PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('xiaomi-leica-2022-press-kit.pdf');
  const file = path.join(downloads, name);
  await pdf.saveAs(file);
  return file;
}

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('dialog').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const activeInSheet = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('dialog')?.getAttribute('aria-labelledby') ?? null);

describe('Export PDF sheet (browser mode)', () => {
  it('Ctrl+E opens a labelled modal dialog with focus inside; no serious accessibility violations; Escape closes it', async () => {
    const page = session.page;
    const dialog = await openWithShortcut(page);
    expect(await page.getByRole('dialog', { name: 'Export PDF press kit' }).count()).toBe(1);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await activeInSheet(page)).toBe('export-title');
    await page.screenshot({ path: path.join(SHOTS, 'sheet-light.png') });
    expect(await seriousViolations(page)).toEqual([]);
    // Tab and Shift+Tab go round inside the sheet, never to the page behind it.
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press(i < 8 ? 'Tab' : 'Shift+Tab');
      expect(await activeInSheet(page), `after ${i + 1} presses`).toBe('export-title');
    }
    await closeSheet(page);
  });

  it('gives focus back to the toolbar button that opened it', async () => {
    const page = session.page;
    const opener = page.getByRole('button', { name: 'Export PDF…' });
    await opener.click();
    await sheet(page).waitFor();
    await sheet(page).getByRole('button', { name: 'Close' }).click();
    await sheet(page).waitFor({ state: 'detached' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('defaults to Letter for en-US and A4 elsewhere', async () => {
    const dialog = await openWithShortcut(session.page);
    expect(await session.page.evaluate(() => navigator.language)).toBe('en-US');
    expect(await dialog.getByRole('radio', { name: /Letter/ }).isChecked()).toBe(true);
    await closeSheet(session.page);

    const context = await session.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(session.server.launchUrl);
      await page.waitForSelector('article[data-document-id="release"]');
      const british = await openWithShortcut(page);
      expect(await british.getByRole('radio', { name: /A4/ }).isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('exports with a highlight and its note: a valid PDF with embedded Unicode fonts, the headline and one /Highlight', async () => {
    const page = session.page;
    const created = await page.evaluate(() =>
      fetch('./api/createAnnotation', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify([{ documentId: 'release', start: 0, end: 20, colour: 'yellow', note: 'check' }]),
      }).then((r) => r.json() as Promise<{ ok: boolean }>),
    );
    expect(created.ok).toBe(true);

    const dialog = await openWithShortcut(page);
    // Every section and the annotations are on by default; reader comments are off until asked for.
    const comments = dialog.getByRole('checkbox', { name: 'Reader comments' });
    const states = await dialog
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((b) => [b.closest('label')?.textContent?.trim(), (b as HTMLInputElement).checked]));
    for (const [label, checked] of states) expect(checked, String(label)).toBe(label !== 'Reader comments');
    await comments.check();
    const file = await download(page, 'with-annotations.pdf');
    await expect
      .poll(() => dialog.getByRole('status').innerText())
      .toMatch(/^Downloaded xiaomi-leica-2022-press-kit\.pdf: \d+ pages, \d+\skB\.$/);
    expect(await dialog.getByRole('link', { name: 'Download again' }).getAttribute('href')).toMatch(/^blob:/);
    await page.screenshot({ path: path.join(SHOTS, 'sheet-downloaded.png') });

    expect(qpdfCheck(file).status).toBe(0);
    const fonts = pdffonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: 'yes', uni: 'yes' });
    const text = normalise(allText(file));
    expect(text).toContain(HEADLINE);
    expect(text).toContain(COMMENT);
    expect(text).toContain('Annotations and notes');
    expect(pdfinfo(file)['Page size']).toMatch(/^612 x 792 pts/);
    const highlights = annotations(file, '/Highlight').filter((a) => a['/IRT'] === undefined);
    expect(highlights).toHaveLength(1);
    expect(qpdfString(highlights[0]!['/Contents'])).toBe('check');
    await closeSheet(page);
  });

  it('exports without reader comments and on A4, and remembers those choices when opened again', async () => {
    const page = session.page;
    let dialog = await openWithShortcut(page);
    await dialog.getByRole('checkbox', { name: 'Reader comments' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'My highlights and notes, as PDF annotations' }).uncheck();
    expect(await dialog.getByRole('checkbox', { name: 'Notes appendix at the end' }).isDisabled()).toBe(true);
    await dialog.getByRole('radio', { name: /A4/ }).check();
    const file = await download(page, 'without-comments.pdf');

    expect(qpdfCheck(file).status).toBe(0);
    const text = normalise(allText(file));
    expect(text).toContain(HEADLINE);
    expect(text).not.toContain(COMMENT);
    expect(text).not.toContain('Reader comments');
    expect(text).not.toContain('Annotations and notes');
    expect(annotations(file, '/Highlight')).toHaveLength(0);
    expect(pdfinfo(file)['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts/);
    await closeSheet(page);

    dialog = await openWithShortcut(page);
    expect(await dialog.getByRole('checkbox', { name: 'Reader comments' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('checkbox', { name: 'My highlights and notes, as PDF annotations' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('radio', { name: /A4/ }).isChecked()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Reader comments' }).check();
    await dialog.getByRole('checkbox', { name: 'My highlights and notes, as PDF annotations' }).check();
    await closeSheet(page);
  });

  it('reads the same in dark theme and in Bahasa Indonesia', async () => {
    const page = session.page;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Interface').selectOption('id');
    try {
      const dialog = await openWithShortcut(page);
      await dialog.getByRole('heading', { name: 'Ekspor press kit PDF' }).waitFor();
      expect(await dialog.getByRole('button', { name: 'Unduh PDF' }).isVisible()).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'sheet-dark-id.png') });
      expect(await seriousViolations(page)).toEqual([]);
      await closeSheet(page);
    } finally {
      await page.getByLabel('Antarmuka').selectOption('en');
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
  it("shows the service's error in the sheet, and asks for a section when none is chosen", async () => {
    const page = session.page;
    const dialog = await openWithShortcut(page);
    const boxes = dialog.getByRole('checkbox');
    for (const box of await boxes.all()) if (!(await box.isDisabled())) await box.uncheck();
    // Contents alone has nothing to list: the service refuses, and the sheet says what it said.
    await dialog.getByRole('checkbox', { name: 'Contents' }).check();
    await dialog.getByRole('button', { name: 'Download PDF' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^The press kit could not be exported\. Nothing to export: no selected section has content/);
    expect(await alert.innerText()).toContain('export options#/sections: every selected section is empty for this bundle');
    await page.screenshot({ path: path.join(SHOTS, 'sheet-error.png') });

    await dialog.getByRole('checkbox', { name: 'Contents' }).uncheck();
    const submit = dialog.getByRole('button', { name: 'Download PDF' });
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    expect(await dialog.getByText('Choose at least one section or the reader comments.').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await closeSheet(page);
  });
});
