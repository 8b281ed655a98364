import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { selectorsFor } from '../../src/core/annotations/index';
import { ANNOTATION_STORE_FORMAT, annotationStoreName } from '../../src/core/annotations/annotation-store-spec';
import { loadBundle } from '../../src/core/bundle/load-bundle';
import { BUILT_IN_BUNDLE } from '../support/bundles';
import { openBrowserMode, tempDataDir, type BrowserModeSession } from '../support/launch';
import { highlightText, panelTitle, selectPhrase } from './annotations-steps';

// At 2,000 stored annotations a new highlight must not re-list (re-read, re-anchor) all of them:
// the renderer puts the one annotation the host answers with in its place.
const STORED = 2_000;
const dataDir = tempDataDir('presskit-one-change-');
let session: BrowserModeSession;
let phrase = '';
const apiCalls: string[] = [];

beforeAll(async () => {
  const bundle = await loadBundle(BUILT_IN_BUNDLE, { builtIn: true });
  const doc = bundle.documents.find((d) => d.id === 'release')!;
  const annotations = Array.from({ length: STORED }, (_, i) => ({
    id: `urn:presskit-test:stored-${i}`,
    bundleId: bundle.manifest.id,
    documentId: doc.id,
    ...selectorsFor(doc, (i * 7) % 300, ((i * 7) % 300) + 12),
    colour: 'blue',
    note: '',
    tags: [],
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
  }));
  const file = path.join(dataDir, `${annotationStoreName(bundle.manifest.id)}.json`);
  writeFileSync(
    file,
    JSON.stringify({ formatVersion: ANNOTATION_STORE_FORMAT, data: { bundleId: bundle.manifest.id, contentHash: null, annotations } }),
  );
  // A phrase well after the stored highlights, inside one paragraph.
  const at = doc.text.indexOf(' ', 1200) + 1;
  phrase = doc.text.slice(at, doc.text.indexOf(' ', at + 25));
  session = await openBrowserMode({ dataDir });
  session.page.on('request', (request) => {
    const name = /\/api\/(\w+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (name) apiCalls.push(name);
  });
  await session.page.waitForSelector('article[data-document-id="release"]');
}, 120_000);
afterAll(() => session?.close());

it(`adds a highlight at ${STORED.toLocaleString('en')} annotations without listing them all again`, async () => {
  const page = session.page;
  await expect.poll(() => panelTitle(page), { timeout: 30_000 }).toBe('2000 annotations');
  apiCalls.length = 0;
  await selectPhrase(page, 'release', phrase);
  await page.keyboard.press('Control+Shift+H');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Key fact');
  await page.keyboard.press('Enter');
  await expect.poll(() => highlightText(page, 'highlight--yellow')).toEqual([phrase]);
  await expect.poll(() => panelTitle(page)).toBe('2001 annotations');
  expect(apiCalls).toContain('createAnnotation');
  expect(apiCalls).not.toContain('listAnnotations');
}, 120_000);
