import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/core/bundle/load-bundle';
import { BUILT_IN_BUNDLE } from '../support/bundles';
import { openBrowserMode, type BrowserModeSession } from '../support/launch';

// The timeline view on the built-in bundle in browser mode (Chromium): lanes, dates at their precision,
// open and uncertain ends, click → the cited sentence, zoom and pan by mouse, touch and keys, the list, axe.
let session: BrowserModeSession;
let page: Page;
beforeAll(async () => {
  session = await openBrowserMode();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForSelector('article[data-document-id="release"]');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.waitForSelector('.tl-svg .tl-event');
});
afterAll(() => session?.close());

const chart = () => page.getByRole('group', { name: /^Timeline chart/ });
const eventIn = (id: string) => page.locator(`.tl-svg .tl-event[data-event-id="${id}"]`);
const setView = (name: 'Chart' | 'List') => page.locator('.tl-views').getByRole('button', { name, exact: true }).click();
const xOf = (id: string) => eventIn(id).getAttribute('data-x').then(Number);

/** Serious and critical axe violations inside the side panel. */
async function panelViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.side-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary ?? ''}`,
    );
}

/** The flash the reader puts on a revealed passage, while it lasts, and whether it is on screen. */
const flashed = (documentId: string) =>
  page.evaluate((id) => {
    const spans = [...document.querySelectorAll(`article[data-document-id="${id}"] .flash`)];
    if (!spans.length) return null;
    const r = spans[0]!.getBoundingClientRect();
    return { text: spans.map((s) => s.textContent).join(''), onScreen: r.top >= 0 && r.bottom <= window.innerHeight };
  }, documentId);

describe('timeline view (browser mode, built-in bundle)', () => {
  it('draws one lane per partnership in the bundle’s order, then the milestones', async () => {
    const bundle = await loadBundle(BUILT_IN_BUNDLE);
    const lanes = await page
      .locator('.tl-svg [data-lane-id]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-lane-id'), e.getAttribute('aria-label')]));
    expect(lanes).toEqual(bundle.manifest.timeline.lanes.map((l) => [l.id, l.label.en]));
    expect(lanes.map(([, label]) => label)).toEqual(['Leica and Huawei', 'Leica and Sharp', 'Leica and Xiaomi', 'Xiaomi milestones']);
    // Every event of the bundle is drawn in its lane.
    for (const e of bundle.manifest.timeline.events)
      expect(await page.locator(`[data-lane-id="${e.laneId}"] [data-event-id="${e.id}"]`).count()).toBe(1);
  });

  it('draws the open Xiaomi span up to today’s line, and uncertain ends as uncertain', async () => {
    const xiaomi = eventIn('leica-xiaomi-cooperation');
    expect(await xiaomi.getAttribute('data-end')).toBe('present');
    const barRight = await xiaomi
      .locator('.tl-bar')
      .last()
      .evaluate((el) => el.getBoundingClientRect().right);
    const nowX = await page
      .locator('.tl-now line')
      .evaluate((el) => el.getBoundingClientRect().left + el.getBoundingClientRect().width / 2);
    expect(Math.abs(barRight - nowX)).toBeLessThan(1.5);
    expect(await xiaomi.locator('.tl-arrow').count()).toBe(1);
    expect(await xiaomi.locator('.tl-bar--uncertain').count()).toBe(0);
    // "2021 – ended (date unknown)" and "2016 – by May 2022" end in a dashed fade, not a hard edge.
    for (const id of ['leica-sharp-cooperation', 'leica-huawei-cooperation']) {
      expect(await eventIn(id).getAttribute('data-end')).toBe(id === 'leica-sharp-cooperation' ? 'unknown' : 'date');
      expect(await eventIn(id).locator('.tl-bar--uncertain').count()).toBe(1);
    }
    // A day is a filled marker; "April 2010" and "Q4 2021" are open ones.
    expect(await eventIn('xiaomi-hkex-listing').locator('.tl-marker--fuzzy').count()).toBe(0);
    expect(await eventIn('xiaomi-founded').locator('.tl-marker--fuzzy').count()).toBe(1);
    expect(await eventIn('xiaomi-shipments-rank-3').locator('.tl-marker--fuzzy').count()).toBe(1);
  });

  it('names events with their dates at the source’s precision, never a day or month it does not give', async () => {
    expect(await eventIn('leica-huawei-cooperation').getAttribute('aria-label')).toBe(
      'Leica and Huawei develop smartphone cameras together, 2016 – by May 2022',
    );
    expect(await eventIn('xiaomi-shipments-rank-3').getAttribute('aria-label')).toBe('No. 3 globally in smartphone shipments, Q4 2021');
    expect(await eventIn('xiaomi-leica-first-flagship').getAttribute('aria-label')).toMatch(/, July 2022$/);
    expect(await eventIn('leica-xiaomi-cooperation').getAttribute('aria-label')).toMatch(/, 23 May 2022 – present$/);
    await setView('List');
    const dates = await page.locator('.tl-list__date').allInnerTexts();
    expect(dates).toEqual([
      'April 2010',
      '2016 – by May 2022',
      '9 July 2018',
      '2021 – ended (date unknown)',
      'August 2021',
      'Q4 2021',
      '31 December 2021',
      'by May 2022',
      '23 May 2022 – present',
      'July 2022',
    ]);
    expect((await page.locator('.tl-list').innerText()).match(/1 January|January 2016|January 2021/)).toBeNull();
    await setView('Chart');
  });

  it('click on an event: the reader scrolls to its sentence and flashes it', async () => {
    await eventIn('xiaomi-founded').click();
    await expect.poll(() => flashed('about-xiaomi')).toEqual({ text: 'Xiaomi Corporation was founded in April 2010', onScreen: true });
    // The details say the same, with the quote and its document.
    expect(await page.locator('.tl-details__title').innerText()).toBe('Xiaomi Corporation founded');
    expect(await page.locator('.tl-details__dates').innerText()).toBe('April 2010');
  });

  it('Enter on a focused event does the same, in another document', async () => {
    await eventIn('leica-sharp-cooperation').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => flashed('article')).toEqual({ text: 'dan Sharp tahun 2021 dalam pengembangan kamera ponsel', onScreen: true });
  });

  it('zooms and pans with the keyboard and the buttons', async () => {
    const founded = await xOf('xiaomi-founded');
    const listed = await xOf('xiaomi-hkex-listing');
    await chart().focus();
    await page.keyboard.press('+');
    await expect
      .poll(async () => (await xOf('xiaomi-hkex-listing')) - (await xOf('xiaomi-founded')))
      .toBeGreaterThan((listed - founded) * 1.4);
    await page.keyboard.press('ArrowRight');
    const afterPan = await xOf('xiaomi-founded');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => xOf('xiaomi-founded')).toBeGreaterThan(afterPan);
    await page.keyboard.press('-');
    await page.keyboard.press('0');
    await expect.poll(() => xOf('xiaomi-founded')).toBe(founded);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Show later' }).click();
    await expect.poll(() => xOf('xiaomi-founded')).toBeLessThan(founded);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => xOf('xiaomi-founded')).toBe(founded);
  });

  it('zooms with the wheel around the pointer, pans by dragging, and a drag does not count as a click', async () => {
    const founded = await xOf('xiaomi-founded');
    const box = (await chart().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 30);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => xOf('xiaomi-founded')).toBeLessThan(founded);
    const before = await xOf('xiaomi-hkex-listing');
    // Start the drag on an event: moving the chart must not select it nor scroll the reader.
    if (await page.locator('.tl-details').count()) await page.locator('.tl-details').getByRole('button', { name: 'Close' }).click();
    await chart().evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const handle = (await eventIn('xiaomi-hkex-listing').locator('.tl-marker').boundingBox())!;
    const [x, y] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 60, y, { steps: 5 });
    await page.mouse.move(x - 100, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => xOf('xiaomi-hkex-listing')).toBeCloseTo(before - 100, -1);
    expect(await page.locator('.tl-details').count()).toBe(0);
    expect(await flashed('about-xiaomi')).toBeNull();
    // A click without moving still selects.
    await eventIn('xiaomi-hkex-listing').locator('.tl-marker').click();
    await expect.poll(() => page.locator('.tl-details').getAttribute('data-event-id')).toBe('xiaomi-hkex-listing');
    await page.getByRole('button', { name: 'Show all' }).click();
  });

  it('pinches to zoom and drags to pan with touch (pointer events)', async () => {
    const span = async () => (await xOf('xiaomi-aiot-devices')) - (await xOf('xiaomi-founded'));
    const before = await span();
    const box = (await chart().boundingBox())!;
    const y = box.y + box.height / 2;
    const cx = box.x + box.width / 2;
    await chart().evaluate(
      (el, { cx, y }) => {
        const fire = (type: string, pointerId: number, x: number) =>
          el.dispatchEvent(
            new PointerEvent(type, { pointerId, pointerType: 'touch', clientX: x, clientY: y, bubbles: true, isPrimary: pointerId === 1 }),
          );
        fire('pointerdown', 1, cx - 20);
        fire('pointerdown', 2, cx + 20);
        for (let i = 1; i <= 5; i++) {
          fire('pointermove', 1, cx - 20 - i * 8);
          fire('pointermove', 2, cx + 20 + i * 8);
        }
        fire('pointerup', 1, cx - 60);
        fire('pointerup', 2, cx + 60);
      },
      { cx, y },
    );
    // The fingers moved from 40 to 120 px apart: three times as wide.
    await expect.poll(span).toBeCloseTo(before * 3, -1);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(span).toBeCloseTo(before, 0);
  });

  it('the list view has the same events in date order, and Enter on one shows its sentence', async () => {
    await setView('List');
    const labels = await page.locator('.tl-list__label').allInnerTexts();
    expect(labels).toHaveLength(10);
    expect(labels[0]).toBe('Xiaomi Corporation founded');
    await page.getByRole('button', { name: 'Listed on the Main Board of the Hong Kong Stock Exchange (1810.HK)' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await flashed('about-xiaomi'))?.text)
      .toBe('listed on the Main Board of the Hong Kong Stock Exchange on 9 July 2018 (1810.HK)');
    await setView('Chart');
  });

  it('labels: in the interface language, and no two drawn labels overlap', async () => {
    const overlaps = () =>
      page.locator('.tl-event__label').evaluateAll((els) => {
        const boxes = els.map((e) => e.getBoundingClientRect());
        const hits: number[][] = [];
        boxes.forEach((a, i) =>
          boxes
            .slice(i + 1)
            .forEach(
              (b, j) =>
                a.left < b.right - 0.5 &&
                b.left < a.right - 0.5 &&
                a.top < b.bottom - 0.5 &&
                b.top < a.bottom - 0.5 &&
                hits.push([i, i + j + 1]),
            ),
        );
        return hits;
      });
    expect(await overlaps()).toEqual([]);
    await page.getByRole('button', { name: 'Wider view' }).click();
    await expect.poll(() => chart().evaluate((el) => el.clientWidth)).toBeGreaterThan(450);
    expect(await overlaps()).toEqual([]);
    await page.getByLabel('Interface').selectOption('id');
    await expect
      .poll(() => eventIn('xiaomi-shipments-rank-3').getAttribute('aria-label'))
      .toBe('Peringkat 3 dunia dalam pengiriman ponsel pintar, Kuartal IV 2021');
    expect(await page.locator('.tl-svg [data-lane-id]').first().getAttribute('aria-label')).toBe('Leica dan Huawei');
    expect(await overlaps()).toEqual([]);
    await page.getByLabel('Antarmuka').selectOption('en');
    await page.getByRole('button', { name: 'Narrower view' }).click();
  });

  it('no serious or critical accessibility violations in the panel: chart and list, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await setView('Chart');
      expect(await panelViolations()).toEqual([]);
      await setView('List');
      expect(await panelViolations()).toEqual([]);
    }
    await setView('Chart');
  });
});
