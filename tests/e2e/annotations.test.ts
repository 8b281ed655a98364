import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBuiltInBundle } from '../support/bundles';
import { openBrowserMode, tempDataDir, type BrowserModeSession } from '../support/launch';
import {
  download,
  dragOver,
  highlightText,
  item,
  items,
  listedQuotes,
  panel,
  panelTitle,
  selectionToolbar,
  selectPhrase,
  seriousViolationsIn,
} from './annotations-steps';

// Annotations in browser mode (real Chromium, built-in bundle): the user's path through issue 4.
const RELEASE_PHRASE = 'officially announce their strategic cooperation';
const ARTICLE_PHRASE = 'Tidak disebutkan alasan mengapa';
const ABOUT_PHRASE = 'listed on the Main Board of the Hong Kong Stock Exchange';
const NOTE = '**Confirm** the launch date with Leica';

const dataDir = tempDataDir('presskit-annotations-');
let session: BrowserModeSession;
const requests: string[] = [];
const page = () => session.page;

async function open(): Promise<void> {
  session = await openBrowserMode({ dataDir });
  await page().setViewportSize({ width: 1280, height: 800 });
  await page().waitForSelector('article[data-document-id="release"]');
}

beforeAll(open);
afterAll(async () => {
  requests.push(...(session?.requests ?? []));
  await session?.close();
});

describe('annotations (browser mode, built-in bundle)', () => {
  it('select with the mouse, highlight, add a note and tags; still there after a reload and after restarting the app', async () => {
    expect(await panelTitle(page())).toBe('0 annotations');
    await dragOver(page(), 'release', RELEASE_PHRASE);
    await selectionToolbar(page()).getByRole('button', { name: 'Quote to use' }).click();
    await expect.poll(() => highlightText(page(), 'highlight--green')).toEqual([RELEASE_PHRASE]);
    expect(await page().evaluate(() => getSelection()?.isCollapsed)).toBe(true);

    const entry = item(page(), RELEASE_PHRASE);
    await entry.getByRole('button', { name: 'Edit' }).click();
    await entry.getByLabel('Note').fill(NOTE);
    await entry.getByLabel('Tags').fill('launch, Leica, launch');
    await entry.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => entry.locator('.annotation-note .strong').innerText()).toBe('Confirm');
    expect(await entry.locator('.annotation__tags li').allInnerTexts()).toEqual(['launch', 'Leica']);
    expect(await entry.locator('.colour-label').innerText()).toBe('Quote to use');

    // Hovering the highlight shows its label and note.
    await page().locator('.highlight--green').first().hover();
    const card = page().locator('.highlight-card[role="tooltip"]');
    await expect.poll(() => card.innerText()).toContain('Confirm the launch date with Leica');
    expect(await card.innerText()).toContain('Quote to use');

    await page().reload();
    await expect.poll(() => highlightText(page(), 'highlight--green')).toEqual([RELEASE_PHRASE]);
    expect(await item(page(), RELEASE_PHRASE).locator('.annotation-note').innerText()).toBe('Confirm the launch date with Leica');

    requests.push(...session.requests);
    await session.close();
    await open();
    await expect.poll(() => highlightText(page(), 'highlight--green')).toEqual([RELEASE_PHRASE]);
    expect(await item(page(), RELEASE_PHRASE).locator('.annotation__tags li').allInnerTexts()).toEqual(['launch', 'Leica']);
  });

  it('keyboard: Ctrl+Shift+H moves to the colours over the selection, arrows choose, Enter highlights', async () => {
    await selectPhrase(page(), 'article', ARTICLE_PHRASE);
    await page().keyboard.press('Control+Shift+H');
    // A fresh window (the app was restarted) offers the first colour; arrows move along the palette.
    await expect.poll(() => page().evaluate(() => document.activeElement?.textContent)).toBe('Key fact');
    // The toolbar starts with Highlight and Annotate, then the colours.
    await page().keyboard.press('ArrowLeft');
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Annotate');
    await page().keyboard.press('End');
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Other');
    await page().keyboard.press('Home');
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Highlight');
    // Highlight, Annotate, Key fact, Quote to use, Background, Check this: five steps right.
    for (let i = 0; i < 5; i++) await page().keyboard.press('ArrowRight');
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Check this');
    await page().keyboard.press('Enter');
    await expect.poll(() => highlightText(page(), 'highlight--pink')).toEqual([ARTICLE_PHRASE]);
    // Focus lands on the new annotation, ready to add a note.
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.closest('li.annotation')?.textContent ?? ''))
      .toContain(ARTICLE_PHRASE);
    await page().keyboard.press('Enter');
    await page().keyboard.type('Ask Leica why');
    await item(page(), ARTICLE_PHRASE).getByLabel('Tags').fill('verify');
    await item(page(), ARTICLE_PHRASE).getByLabel('Tags').press('Enter');
    await expect.poll(() => item(page(), ARTICLE_PHRASE).locator('.annotation-note').innerText()).toBe('Ask Leica why');

    // Nothing selected: the shortcut says so instead of doing nothing.
    await page().evaluate(() => getSelection()?.removeAllRanges());
    await page().locator('body').press('Control+Shift+H');
    await expect.poll(() => page().locator('.annotation-status').innerText()).toBe('Select some text in a document first.');
  });

  it('lists in reading order and filters by colour, tag, document, language and free text', async () => {
    await dragOver(page(), 'about-xiaomi', ABOUT_PHRASE);
    // The last colour used has the toolbar's tab stop.
    expect(await selectionToolbar(page()).locator('[tabindex="0"]').innerText()).toBe('Check this');
    await selectionToolbar(page()).getByRole('button', { name: 'Key fact' }).click();
    await expect.poll(() => panelTitle(page())).toBe('3 annotations');
    // Documents in bundle order: the Indonesian article, the release, About Xiaomi.
    expect(await listedQuotes(page())).toEqual([ARTICLE_PHRASE, RELEASE_PHRASE, ABOUT_PHRASE]);

    const p = panel(page());
    await p.getByRole('searchbox').fill('launch date');
    await expect.poll(() => listedQuotes(page())).toEqual([RELEASE_PHRASE]);
    expect(await p.getByText('1 of 3 shown').count()).toBe(1);
    await p.getByRole('searchbox').fill('');

    await p.getByText('Filters', { exact: true }).click();
    await p.getByRole('group', { name: 'Colours' }).getByLabel('Check this').check();
    await expect.poll(() => listedQuotes(page())).toEqual([ARTICLE_PHRASE]);
    await p.getByRole('group', { name: 'Colours' }).getByLabel('Key fact').check();
    await expect.poll(() => listedQuotes(page())).toEqual([ARTICLE_PHRASE, ABOUT_PHRASE]);
    await p.getByRole('button', { name: 'Clear filters' }).click();

    await p.getByLabel('Tag', { exact: true }).selectOption('Leica');
    await expect.poll(() => listedQuotes(page())).toEqual([RELEASE_PHRASE]);
    await p.getByLabel('Tag', { exact: true }).selectOption('');
    await p.getByLabel('Document').selectOption('about-xiaomi');
    await expect.poll(() => listedQuotes(page())).toEqual([ABOUT_PHRASE]);
    await p.getByLabel('Document').selectOption('');
    await p.getByLabel('Language').selectOption('id');
    await expect.poll(() => listedQuotes(page())).toEqual([ARTICLE_PHRASE]);
    await p.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => listedQuotes(page())).toEqual([ARTICLE_PHRASE, RELEASE_PHRASE, ABOUT_PHRASE]);
  });

  it('deletes, undoes the delete with Ctrl+Z, redoes it with Ctrl+Shift+Z', async () => {
    await item(page(), ABOUT_PHRASE).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => panelTitle(page())).toBe('2 annotations');
    expect(await highlightText(page(), 'highlight--yellow')).toEqual([]);
    await page().locator('body').press('Control+z');
    await expect.poll(() => panelTitle(page())).toBe('3 annotations');
    await expect.poll(() => highlightText(page(), 'highlight--yellow')).toEqual([ABOUT_PHRASE]);
    expect(await page().locator('.annotation-status').innerText()).toBe('Undone: delete annotation.');
    await page().locator('body').press('Control+Shift+Z');
    await expect.poll(() => panelTitle(page())).toBe('2 annotations');
    await page().locator('body').press('Control+z');
    await expect.poll(() => panelTitle(page())).toBe('3 annotations');
    // The restored annotation is the same one: its note and tags came back with it.
    expect(await item(page(), ARTICLE_PHRASE).locator('.annotation__tags li').allInnerTexts()).toEqual(['verify']);
  });

  it('clicking an annotation scrolls to its passage and flashes it', async () => {
    await page()
      .locator('#reader')
      .evaluate((el) => el.scrollTo(0, 0));
    await item(page(), ABOUT_PHRASE).locator('button.annotation__quote').click();
    const flash = page().locator('article[data-document-id="about-xiaomi"] .flash');
    await expect.poll(() => flash.count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        flash.first().evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });

  let exported = '';
  it('exports W3C JSON-LD and Markdown as downloads with the quotes, notes, labels and tags', async () => {
    await panel(page()).getByText('Export and import').click();
    const jsonld = await download(page(), () => panel(page()).getByRole('button', { name: 'JSON-LD', exact: true }).click());
    expect(jsonld.name).toBe('xiaomi-leica-2022-annotations.jsonld');
    const collection = JSON.parse(jsonld.text) as {
      '@context': string;
      type: string;
      total: number;
      first: { items: Record<string, unknown>[] };
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    const release = collection.first.items.find((a) => JSON.stringify(a).includes(RELEASE_PHRASE))!;
    expect(release).toMatchObject({
      type: 'Annotation',
      motivation: 'highlighting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: NOTE, format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: 'launch' },
        { type: 'TextualBody', purpose: 'tagging', value: 'Leica' },
      ],
      target: {
        source: 'urn:presskit:xiaomi-leica-2022:release',
        styleClass: 'presskit-green',
        selector: expect.arrayContaining([expect.objectContaining({ type: 'TextQuoteSelector', exact: RELEASE_PHRASE })]),
      },
    });
    exported = jsonld.text;

    const md = await download(page(), () => panel(page()).getByRole('button', { name: 'Markdown', exact: true }).click());
    expect(md.name).toBe('xiaomi-leica-2022-annotations.md');
    expect(md.text).toContain('## Quote to use (green)');
    expect(md.text).toContain(`> ${RELEASE_PHRASE}`);
    expect(md.text).toContain(NOTE);
    expect(md.text).toContain('Tags: `launch`, `Leica`');
    expect(md.text).toContain('## Check this (pink)');
    expect(md.text).toContain(`> ${ARTICLE_PHRASE}`);

    const csv = await download(page(), () => panel(page()).getByRole('button', { name: 'CSV', exact: true }).click());
    expect(csv.name).toBe('xiaomi-leica-2022-annotations.csv');
    expect(csv.text.split(/\r?\n/)[0]).toMatch(/^id,document_id,document_title,language,colour,colour_label,/);
    expect(csv.text).toContain(NOTE);
  });

  it('imports a JSON-LD file with duplicates and reports added, duplicate, orphaned and rejected items; orphans stay listed', async () => {
    const file = JSON.parse(exported) as { first: { items: Record<string, unknown>[] } };
    const fresh = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:6f1c1d0e-5a8e-4a4e-9a52-3c1f7e0d9b01',
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'imported' },
      target: { source: 'urn:presskit:xiaomi-leica-2022:release', selector: { type: 'TextQuoteSelector', exact: 'German craftsmanship' } },
    };
    const orphan = {
      ...fresh,
      id: 'urn:uuid:0d7e1b8c-2f43-4c55-8d1a-9b6e5f4a3c21',
      target: {
        source: 'urn:presskit:xiaomi-leica-2022:release',
        selector: { type: 'TextQuoteSelector', exact: 'a sentence the release never had' },
      },
    };
    const rejected = { id: 'urn:uuid:broken', type: 'Annotation' };
    const items3 = [...file.first.items, fresh, orphan, rejected];
    const text = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: items3 },
    });

    await panel(page())
      .getByLabel('Import a W3C JSON-LD file')
      .setInputFiles({ name: 'colleague.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(text) });
    const report = panel(page()).locator('.import-report');
    await expect.poll(() => report.locator('h3').innerText()).toBe('Imported from colleague.jsonld');
    expect(await report.locator('.import-report__counts li').allInnerTexts()).toEqual([
      '1 added',
      '3 skipped as duplicates',
      '1 orphaned (1 kept and listed as orphaned)',
      '1 rejected',
    ]);
    expect(await page().locator('.annotation-status').innerText()).toBe(
      'Imported colleague.jsonld: 1 added, 3 duplicates skipped, 1 orphaned, 1 rejected.',
    );
    await report.getByText('Why (5 items)').click();
    expect(await report.locator('.import-report__details').innerText()).toMatch(/Item 6, rejected: has no target/);

    await expect.poll(() => panelTitle(page())).toBe('5 annotations');
    const orphaned = items(page()).filter({ hasText: 'a sentence the release never had' });
    expect(await orphaned.locator('.annotation__orphaned').innerText()).toMatch(/orphaned/i);
    expect(await highlightText(page(), 'highlight--yellow')).toEqual(expect.arrayContaining(['German craftsmanship']));

    // The whole import is one step: Ctrl+Z takes it back.
    await page().locator('body').press('Control+z');
    await expect.poll(() => panelTitle(page())).toBe('3 annotations');
    await page().locator('body').press('Control+Shift+Z');
    await expect.poll(() => panelTitle(page())).toBe('5 annotations');
  });

  it('renames a colour label everywhere it shows; undo restores the default', async () => {
    const p = panel(page());
    await p.getByText('Colour labels').click();
    const field = p.getByLabel('Label of the yellow colour');
    await field.fill('Use in headline');
    await field.press('Enter');
    await expect.poll(() => item(page(), ABOUT_PHRASE).locator('.colour-label').innerText()).toBe('Use in headline');
    await page().locator('.highlight--yellow').first().hover();
    await expect.poll(() => page().locator('.highlight-card').innerText()).toContain('Use in headline');
    await p.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => item(page(), ABOUT_PHRASE).locator('.colour-label').innerText()).toBe('Key fact');
    expect(await field.inputValue()).toBe('Key fact');
  });

  it('highlights while the side panel shows the timeline; the annotation is listed when the panel comes back', async () => {
    await page().getByRole('tab', { name: 'Timeline' }).click();
    await dragOver(page(), 'release', 'German engineering');
    await selectionToolbar(page()).getByRole('button', { name: 'Background' }).click();
    await expect.poll(() => highlightText(page(), 'highlight--blue')).toEqual(['German engineering']);
    await page().getByRole('tab', { name: 'Annotations' }).click();
    await expect.poll(() => panelTitle(page())).toBe('6 annotations');
    await page().locator('body').press('Control+z');
    await expect.poll(() => panelTitle(page())).toBe('5 annotations');
  });

  it('has no serious or critical accessibility violations in the panel with annotations, in light and dark', async () => {
    const p = panel(page());
    if (!(await p.locator('.annotation-filters__more').evaluate((d) => (d as HTMLDetailsElement).open)))
      await p.getByText('Filters', { exact: true }).click();
    await item(page(), RELEASE_PHRASE).getByRole('button', { name: 'Edit' }).click();
    for (const theme of ['Light', 'Dark']) {
      await page().getByLabel('Theme').selectOption({ label: theme });
      expect(await seriousViolationsIn(page(), ['.side-panel'])).toEqual([]);
    }
    await item(page(), RELEASE_PHRASE).getByRole('button', { name: 'Cancel' }).click();
    await dragOver(page(), 'release', 'German engineering');
    await selectionToolbar(page()).waitFor();
    expect(await seriousViolationsIn(page(), ['.selection-toolbar'])).toEqual([]);
    await page().getByLabel('Theme').selectOption({ label: 'Light' });
  });

  it('made no request outside 127.0.0.1', () => {
    const all = [...requests, ...session.requests];
    expect(all.length).toBeGreaterThan(0);
    for (const url of all) expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});

describe('annotations on a bundle whose text has changed', () => {
  it('keeps an annotation whose passage is gone: listed as orphaned with its original quote, never dropped', async () => {
    const bundle = copyBuiltInBundle();
    const data = tempDataDir('presskit-annotations-changed-');
    const phrase = 'German engineering at its best';
    const first = await openBrowserMode({ bundle, dataDir: data, browser: session.browser });
    try {
      await first.page.setViewportSize({ width: 1280, height: 800 });
      await first.page.waitForSelector('article[data-document-id="release"]');
      await dragOver(first.page, 'release', phrase);
      await selectionToolbar(first.page).getByRole('button', { name: 'Question' }).click();
      await expect.poll(() => highlightText(first.page, 'highlight--purple')).toEqual([phrase]);
    } finally {
      await first.close();
    }

    const release = path.join(bundle, 'release.en.md');
    writeFileSync(release, readFileSync(release, 'utf8').replace(phrase, 'engineering of the first rank'));
    const second = await openBrowserMode({ bundle, dataDir: data, browser: session.browser });
    try {
      await second.page.waitForSelector('article[data-document-id="release"]');
      await expect.poll(() => panelTitle(second.page)).toBe('1 annotation');
      expect(await panel(second.page).locator('.annotations-panel__notice').innerText()).toMatch(/bundle has changed/);
      const orphan = item(second.page, phrase);
      expect(await orphan.locator('.annotation__orphaned').innerText()).toMatch(/orphaned/i);
      expect(await orphan.locator('blockquote').innerText()).toBe(phrase);
      expect(await orphan.locator('.colour-label').innerText()).toBe('Question');
      expect(await highlightText(second.page, 'highlight--purple')).toEqual([]);
      for (const url of second.requests) expect(new URL(url).hostname).toBe('127.0.0.1');
    } finally {
      await second.close();
    }
  });
});
