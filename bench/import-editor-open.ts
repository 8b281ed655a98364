// Time from dropping a release on the window to the structure editor being shown (browser mode,
// Chromium, 800×600): the import the user waits for. Standalone: npx electron-vite build && npx tsx bench/import-editor-open.ts
import { openBrowserMode } from '../tests/support/launch';
import { releaseDocx, releaseHtml } from '../tests/e2e/import-fixtures';

const s = await openBrowserMode();
await s.page.setViewportSize({ width: 800, height: 600 });
await s.page.waitForSelector('article[data-document-id="release"]');
const files = { 'release.docx': (await releaseDocx()).toString('base64'), 'page.html': Buffer.from(releaseHtml()).toString('base64') };
for (const [name, b64] of Object.entries(files)) {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = Date.now();
    await s.page.evaluate(
      ({ name, base64 }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const t = new DataTransfer();
        t.items.add(new File([data], name));
        for (const e of ['dragenter', 'dragover', 'drop'])
          window.dispatchEvent(new DragEvent(e, { dataTransfer: t, bubbles: true, cancelable: true }));
      },
      { name, base64: b64 },
    );
    await s.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Check what' }).waitFor();
    times.push(Date.now() - t0);
    await s.page.getByRole('button', { name: 'Discard import' }).click();
    await s.page.locator('#reader article').first().waitFor();
  }
  times.shift(); // the first run warms up the readers (loaded on first import)
  times.sort((a, b) => a - b);
  console.log(name, 'drop → editor shown, median of 5 after warm-up (ms):', times[2], times);
}
await s.close();
