import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserMode, type BrowserMode } from '../../src/server/start-browser-mode';
import { BUILT_IN_BUNDLE } from '../support/bundles';
import { openBrowserMode, tempDataDir, type BrowserModeSession } from '../support/launch';

// Two hosts on one data folder (the desktop app and `presskit serve`, say): an event saved through
// the other one shows in this window when the user comes back to it.
const dataDir = tempDataDir('presskit-timeline-two-hosts-');
let session: BrowserModeSession;
let other: BrowserMode;

beforeAll(async () => {
  session = await openBrowserMode({ dataDir });
  other = await startBrowserMode({ dataDir, bundle: BUILT_IN_BUNDLE });
  await session.page.waitForSelector('article[data-document-id="release"]');
  await session.page.getByRole('tab', { name: 'Timeline' }).click();
  await session.page.waitForSelector('.tl-svg .tl-event');
});
afterAll(async () => {
  await other?.close();
  await session?.close();
});

/** Calls a contract channel on the other host, as its own page would. */
function callOther(channel: string, args: unknown[]): Promise<{ ok: boolean }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(args);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: other.port,
        path: `/api/${channel}`,
        method: 'POST',
        headers: { Authorization: `Bearer ${other.token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve(JSON.parse(text) as { ok: boolean }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

it('shows an event saved by another host once the window is back', async () => {
  const page = session.page;
  const label = 'Press tour in Wetzlar announced by the other host';
  const saved = await callOther('saveTimelineEvent', [
    { event: { laneId: 'leica-xiaomi', kind: 'point', label: { en: label }, start: { year: 2022, month: 6 } } },
  ]);
  expect(saved).toMatchObject({ ok: true });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await page.locator('.tl-views').getByRole('button', { name: 'List', exact: true }).click();
  await expect.poll(() => page.locator('.tl-list__label').allInnerTexts()).toContain(label);
});
