import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { annotationsCommand } from '../../src/cli/commands/annotations';
import { BUILT_IN_BUNDLE } from '../support/bundles';
import { openBrowserMode, tempDataDir, type BrowserModeSession } from '../support/launch';
import { listedQuotes, panelTitle } from './annotations-steps';

// The CLI writes to the store the open window reads: coming back to the window shows what it added.
const dataDir = tempDataDir('presskit-annotations-external-');
let session: BrowserModeSession;

beforeAll(async () => {
  session = await openBrowserMode({ dataDir });
  await session.page.waitForSelector('article[data-document-id="release"]');
});
afterAll(() => session?.close());

it('shows annotations the CLI imported while the window was in the background once it is back', async () => {
  const page = session.page;
  expect(await panelTitle(page)).toBe('0 annotations');

  // Another tool's annotation of the release on the web: attached by its quote.
  const file = path.join(dataDir, 'from-elsewhere.jsonld');
  const exact = 'Leica Camera has been creating lightweight cameras';
  writeFileSync(
    file,
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      motivation: 'highlighting',
      target: { source: 'https://leica-camera.com/en-int/press/xiaomi', selector: { type: 'TextQuoteSelector', exact } },
    }),
  );
  const out: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l), env: { PRESSKIT_DATA_DIR: dataDir }, cwd: dataDir };
  expect(await annotationsCommand.run(['import', BUILT_IN_BUNDLE, file], io)).toBe(0);

  // The window has not been told; it reads the store again when it becomes visible or focused.
  expect(await panelTitle(page)).toBe('0 annotations');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect.poll(() => panelTitle(page)).toBe('1 annotation');
  expect(await listedQuotes(page)).toEqual([exact]);
});
