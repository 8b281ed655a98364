import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserMode, tempDataDir, type BrowserModeSession } from '../support/launch';

// Working on the timeline in browser mode (Chromium): suggestions accepted and dismissed, an event
// edited and restored, a new one made, all kept offline across reloads; export and import.
let session: BrowserModeSession;
let page: Page;

async function openTimeline(): Promise<void> {
  await page.waitForSelector('article[data-document-id="release"]');
  const tab = page.getByRole('tab', { name: 'Timeline' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.waitForSelector('.tl-svg .tl-event');
}

beforeAll(async () => {
  session = await openBrowserMode();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  await openTimeline();
});
afterAll(() => session?.close());

const reload = async () => {
  await page.reload();
  await openTimeline();
};
const suggestion = (id: string) => page.locator(`.tl-suggestion[data-suggestion-id="${id}"]`);
const listLabels = async () => {
  await page.locator('.tl-views').getByRole('button', { name: 'List', exact: true }).click();
  const labels = await page.locator('.tl-list__label').allInnerTexts();
  await page.locator('.tl-views').getByRole('button', { name: 'Chart', exact: true }).click();
  return labels;
};

async function download(format: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`.tl-transfer button[data-format="${format}"]`).click()]);
  const target = path.join(tempDataDir('presskit-download-'), file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), text: readFileSync(target, 'utf8') };
}

describe('timeline editing (browser mode, built-in bundle)', () => {
  it('offers dated statements from the text with their sentence; those the bundle already has are not new', async () => {
    const card = suggestion('release-104-108');
    // "begins in July" in a release dated May: a plan, and said so.
    expect(await card.locator('.tl-suggestion__date').innerText()).toBe('July 2022 · planned');
    expect(await card.locator('blockquote mark').innerText()).toBe('July');
    // "Founded in 2010" is a year, never "1 January 2010".
    expect(await suggestion('release-572-576').locator('.tl-suggestion__date').innerText()).toBe('2010');
    // The founding in April 2010 is an event of the bundle already.
    expect(await suggestion('about-xiaomi-60-70').count()).toBe(0);
    await page.getByLabel(/Also show the \d+ already added or dismissed/).check();
    expect(await suggestion('about-xiaomi-60-70').locator('.tl-suggestion__date').innerText()).toMatch(/April 2010 · on the timeline/);
    await page.getByLabel(/Also show the \d+ already added or dismissed/).uncheck();
  });

  it('accepting a suggestion (lane chosen, label edited) adds it to that lane, and it survives a reload', async () => {
    const card = suggestion('release-104-108');
    await card.getByLabel('Lane').selectOption('leica-xiaomi');
    await card.getByRole('button', { name: 'Edit first' }).click();
    await card.getByLabel('Label').fill('A new era of mobile imaging begins');
    await card.getByRole('button', { name: 'Add to the timeline' }).click();
    await expect.poll(() => page.locator('.tl-status').innerText()).toBe('Added “A new era of mobile imaging begins” to Leica and Xiaomi.');
    const drawn = page.locator('[data-lane-id="leica-xiaomi"] .tl-event[aria-label="A new era of mobile imaging begins, July 2022"]');
    expect(await drawn.count()).toBe(1);
    expect(await suggestion('release-104-108').count()).toBe(0);
    await reload();
    expect(await drawn.count()).toBe(1);
    expect(await listLabels()).toContain('A new era of mobile imaging begins');
    // It cites its sentence: clicking it flashes the sentence in the release.
    await drawn.click();
    await expect
      .poll(() =>
        page
          .locator('article[data-document-id="release"] .flash')
          .allInnerTexts()
          .then((t) => t.join('')),
      )
      .toContain('A new era of mobile imaging begins in July');
    expect(await page.locator('.tl-details__meta').innerText()).toContain('accepted suggestion');
  });

  it('dismissing a suggestion hides it, also after a reload; it can be offered again', async () => {
    await suggestion('release-673-685').getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => suggestion('release-673-685').count()).toBe(0);
    await reload();
    expect(await suggestion('release-673-685').count()).toBe(0);
    await page.getByLabel(/Also show the \d+ already added or dismissed/).check();
    await suggestion('release-673-685').getByRole('button', { name: 'Offer again' }).click();
    await page.getByLabel(/Also show the \d+ already added or dismissed/).uncheck();
    await expect.poll(() => suggestion('release-673-685').locator('button', { hasText: 'Dismiss' }).count()).toBe(1);
  });

  it('edits a bundle event (kept as the user’s edit across reloads) and restores the bundle’s version', async () => {
    await page.locator('.tl-event[data-event-id="xiaomi-founded"]').click();
    await page.locator('.tl-details').getByRole('button', { name: 'Edit' }).click();
    await page.locator('.tl-form').getByLabel('Label').fill('Xiaomi founded in Beijing');
    await page.locator('.tl-form').getByLabel('Date').fill('2010-04-06');
    await page.locator('.tl-form').getByRole('button', { name: 'Save' }).click();
    const founded = page.locator('.tl-event[data-event-id="xiaomi-founded"]');
    await expect.poll(() => founded.getAttribute('aria-label')).toBe('Xiaomi founded in Beijing, 6 April 2010');
    await reload();
    expect(await founded.getAttribute('aria-label')).toBe('Xiaomi founded in Beijing, 6 April 2010');
    await founded.click();
    expect(await page.locator('.tl-details__meta').innerText()).toContain('edited by you');
    await page.locator('.tl-details').getByRole('button', { name: 'Restore the bundle’s version' }).click();
    await expect.poll(() => founded.getAttribute('aria-label')).toBe('Xiaomi Corporation founded, April 2010');
  });

  it('refuses a date in no known form, and makes a new span at the precision typed in words', async () => {
    if (await page.locator('.tl-details').count()) await page.locator('.tl-details').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Add an event…' }).click();
    const form = page.locator('.tl-form');
    await form.getByLabel('Label').fill('Leica Leitz Phone 2 for Japan');
    await form.getByLabel('Lane').selectOption('leica-sharp');
    await form.getByLabel('Period').check();
    await form.getByLabel('Start').fill('sometime soon');
    await form.getByRole('button', { name: 'Save' }).click();
    expect(await form.getByRole('alert').innerText()).toBe('“sometime soon” is not a date in one of the forms below.');
    await form.getByLabel('Start').fill('Q3 2022');
    await form.getByRole('button', { name: 'Save' }).click();
    const made = page.locator('[data-lane-id="leica-sharp"] .tl-event[aria-label="Leica Leitz Phone 2 for Japan, Q3 2022 – present"]');
    await expect.poll(() => made.count()).toBe(1);
    await reload();
    expect(await made.count()).toBe(1);
  });

  it('exports TimelineJS3 JSON, bundle JSON and CSV as downloads', async () => {
    const tl = await download('timelinejs');
    expect(tl.name).toBe('xiaomi-leica-2022-timeline.timelinejs.json');
    const json = JSON.parse(tl.text) as {
      title: unknown;
      events: { start_date: Record<string, string>; end_date?: Record<string, string>; text: { headline: string }; group?: string }[];
    };
    expect(json.title).toBeTruthy();
    expect(json.events).toHaveLength(12);
    const byHeadline = (h: string) => json.events.find((e) => e.text.headline === h)!;
    expect(byHeadline('Xiaomi Corporation founded').start_date).toEqual({ year: '2010', month: '4' });
    expect(byHeadline('Listed on the Main Board of the Hong Kong Stock Exchange (1810.HK)').start_date).toEqual({
      year: '2018',
      month: '7',
      day: '9',
    });
    const huawei = byHeadline('Leica and Huawei develop smartphone cameras together');
    expect(huawei.start_date).toEqual({ year: '2016' });
    expect(huawei.end_date).toMatchObject({ year: '2022', month: '5', display_date: 'by May 2022' });
    expect(huawei.group).toBe('Leica and Huawei');
    expect(byHeadline('A new era of mobile imaging begins').start_date).toEqual({ year: '2022', month: '7' });

    const bundleJson = JSON.parse((await download('json')).text) as { timeline: { lanes: { id: string }[]; events: unknown[] } };
    expect(bundleJson.timeline.lanes.map((l) => l.id)).toEqual(['leica-huawei', 'leica-sharp', 'leica-xiaomi', 'xiaomi-milestones']);
    expect(bundleJson.timeline.events).toHaveLength(12);
    const csv = await download('csv');
    expect(csv.name).toBe('xiaomi-leica-2022-timeline.csv');
    expect(csv.text.trim().split(/\r?\n/)).toHaveLength(13);
  });

  it('imports a TimelineJS3 file and shows what it added', async () => {
    const file = path.join(tempDataDir('presskit-import-'), 'launches.json');
    writeFileSync(
      file,
      JSON.stringify({
        events: [
          {
            start_date: { year: '2022', month: '7', day: '4' },
            text: { headline: 'Xiaomi 12S Ultra launched' },
            group: 'Leica and Xiaomi',
          },
          { start_date: { year: '2023' }, text: { headline: 'Xiaomi 13 series with Leica optics' }, group: 'Phones' },
        ],
      }),
    );
    await page.locator('.tl-transfer input[type="file"]').setInputFiles(file);
    const report = page.locator('.tl-report');
    await expect.poll(() => report.locator('p').innerText()).toBe('launches.json: 2 events added; 0 already here; new lanes: 1.');
    expect(await report.locator('li').allInnerTexts()).toEqual(['Xiaomi 12S Ultra launched', 'Xiaomi 13 series with Leica optics']);
    expect(await page.locator('[data-lane-id="leica-xiaomi"] .tl-event[aria-label="Xiaomi 12S Ultra launched, 4 July 2022"]').count()).toBe(
      1,
    );
    expect(await page.locator('.tl-svg [data-lane-id]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
      'Leica and Huawei',
      'Leica and Sharp',
      'Leica and Xiaomi',
      'Xiaomi milestones',
      'Phones',
    ]);
    await page.locator('.tl-views').getByRole('button', { name: 'List', exact: true }).click();
    expect(await page.locator('.tl-list__item', { hasText: 'Xiaomi 13 series' }).locator('.tl-list__meta').innerText()).toBe(
      'Phones · imported · just imported',
    );
    await page.locator('.tl-views').getByRole('button', { name: 'Chart', exact: true }).click();
  });
});
