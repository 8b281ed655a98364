import { AxeBuilder } from '@axe-core/playwright';
import JSZip from 'jszip';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInEntries, writeZip } from '../support/bundles';
import { openBrowserMode, type BrowserModeSession } from '../support/launch';
import { allText, normalise } from '../unit/export/pdf-tools';
import { DOCX_QUOTE, HTML_HEADLINE, releaseDocx, releaseHtml } from './import-fixtures';

// Opening releases that are not bundles, in browser mode (Chromium, 800×600): drop a .docx and choose
// an .html, correct the structure in the editor, save, reopen, export the PDF and find the correction in it.
const downloads = mkdtempSync(path.join(os.tmpdir(), 'presskit-import-e2e-'));

let session: BrowserModeSession;
beforeAll(async () => {
  session = await openBrowserMode();
  await session.page.setViewportSize({ width: 800, height: 600 });
  await session.page.waitForSelector('article[data-document-id="release"]');
});
afterAll(() => session?.close());

/** Drops a file on the window the way a browser does: a real DragEvent carrying a DataTransfer. */
async function dropFile(page: Page, name: string, type: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, type, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      for (const event of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(new DragEvent(event, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, type, base64: bytes.toString('base64') },
  );
}

const editorFor = (page: Page, name: string) => page.getByRole('heading', { level: 1, name: `Check what was found in “${name}”` });

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Gives a quote a new speaker through the editor's form. */
async function newSpeaker(page: Page, quoteText: string, person: { name: string; role: string; organisation: string }) {
  const quote = page.getByTestId('draft-quote').filter({ hasText: quoteText });
  await quote.getByRole('combobox', { name: /^Speaker of quote/ }).selectOption({ label: 'New speaker…' });
  const form = quote.getByRole('form', { name: 'New speaker' });
  await form.getByLabel('Name').fill(person.name);
  await form.getByLabel('Role').fill(person.role);
  await form.getByLabel('Organisation').fill(person.organisation);
  await form.getByRole('button', { name: 'Add speaker' }).click();
  await expect
    .poll(() => quote.getByRole('combobox', { name: /^Speaker of quote/ }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text))
    .toContain(person.name);
}

const readerShown = (page: Page) => page.locator('#reader article[data-document-id]').first().waitFor();

async function manifestOf(
  archive: string,
): Promise<{ people: { id: string; name: string }[]; quotes: { text: string; speakerId: string }[] }> {
  const zip = await JSZip.loadAsync(readFileSync(archive));
  const entry = Object.values(zip.files).find((f) => /(^|\/)presskit\.json$/.test(f.name))!;
  return JSON.parse(await entry.async('string')) as never;
}

describe('importing a release (browser mode)', () => {
  it('drop a .docx, give its quote the right speaker, save, reopen and export: the speaker is in the kit', async () => {
    const page = session.page;
    await dropFile(page, 'release.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await releaseDocx());
    await editorFor(page, 'release.docx').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);

    // A confidence badge shows its evidence when focused (and describes itself with it).
    const badge = page.locator('.confidence__badge').first();
    const tip = page.locator('.confidence__tip').first();
    expect((await tip.boundingBox())?.width).toBeLessThanOrEqual(1);
    await badge.focus();
    await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeGreaterThan(50);
    expect(await badge.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

    await newSpeaker(page, DOCX_QUOTE.slice(0, 40), { name: 'Dewi Kartika', role: 'Head of Research', organisation: 'Acme Indonesia' });
    await page.getByRole('button', { name: 'Save and open' }).click();
    await readerShown(page);

    // Saved into the data folder's imports/ (a web page cannot choose a place) as a .presskit.
    const imports = path.join(session.dataDir, 'imports');
    const saved = readdirSync(imports).filter((n) => n.endsWith('.presskit'));
    expect(saved).toHaveLength(1);
    const manifest = await manifestOf(path.join(imports, saved[0]!));
    const quote = manifest.quotes.find((q) => q.text.includes(DOCX_QUOTE.slice(0, 40)))!;
    expect(manifest.people.find((p) => p.id === quote.speakerId)?.name).toBe('Dewi Kartika');

    // Reopen it from Open Recent.
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(saved[0]!.replace(/\./g, '\\.')) }).click();
    await readerShown(page);

    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const sheet = page.getByRole('dialog');
    const [pdf] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Download PDF' }).click()]);
    const file = path.join(downloads, 'docx-kit.pdf');
    await pdf.saveAs(file);
    const text = normalise(allText(file));
    expect(text).toContain('Dewi Kartika');
    expect(text).toContain(normalise(DOCX_QUOTE.slice(0, 40)));
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  it('choose an .html page, mark a sentence as a quote with a new speaker, save as a folder', async () => {
    const page = session.page;
    const html = path.join(downloads, 'nordwind.html');
    writeFileSync(html, releaseHtml());
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a file…' }).click();
    await (await chooser).setFiles(html);
    await editorFor(page, 'nordwind.html').waitFor();
    expect(await page.getByLabel('Headline').first().inputValue()).toBe(HTML_HEADLINE);

    // Select words in the text and mark them as a quote.
    const sentence = 'Deliveries start in the first quarter of 2027';
    await page.locator('.draft-block__text', { hasText: sentence }).evaluate((el, words) => {
      const node = el.firstChild!;
      const start = node.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + words.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    }, sentence);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(sentence);
    await page.getByRole('button', { name: 'Mark selection as quote' }).first().click();
    await page.getByTestId('draft-quote').filter({ hasText: sentence }).waitFor();
    await newSpeaker(page, sentence, { name: 'Anna Schulz', role: 'Press officer', organisation: 'Nordwind Energie' });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Bundle folder' }).check();
    await page.getByRole('button', { name: 'Save and open' }).click();
    await readerShown(page);
    const folder = readdirSync(path.join(session.dataDir, 'imports')).find((n) => !n.endsWith('.presskit'))!;
    const manifest = JSON.parse(readFileSync(path.join(session.dataDir, 'imports', folder, 'presskit.json'), 'utf8')) as Awaited<
      ReturnType<typeof manifestOf>
    >;
    const quote = manifest.quotes.find((q) => q.text === sentence)!;
    expect(manifest.people.find((p) => p.id === quote.speakerId)?.name).toBe('Anna Schulz');
  });

  it('Discard import goes back to the bundle shown; a bundle dropped on the editor replaces the import', async () => {
    const page = session.page;
    const html = Buffer.from(releaseHtml());
    await dropFile(page, 'again.html', 'text/html', html);
    await editorFor(page, 'again.html').waitFor();
    await page.getByRole('button', { name: 'Discard import' }).click();
    await readerShown(page);
    expect(await editorFor(page, 'again.html').count()).toBe(0);

    await dropFile(page, 'again.html', 'text/html', html);
    await editorFor(page, 'again.html').waitFor();
    await dropFile(page, 'kit.presskit', 'application/zip', readFileSync(writeZip(builtInEntries())));
    await expect
      .poll(() => page.locator('h1').first().innerText())
      .toBe('Xiaomi and Leica Camera announce long-term strategic cooperation');
    expect(await editorFor(page, 'again.html').count()).toBe(0);
  });
});
