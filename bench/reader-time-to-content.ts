// Reader responsiveness in Chromium, through the tests' one launch helper (browser mode):
//  - time to content: from navigation until the first document's text is in a rendered frame, and
//    until every document is in the page; for the built-in bundle and a generated 100× bundle (20
//    documents), against a plain static HTML page holding the same text (the baseline);
//  - on the 100× bundle: find (query typed → match count shown), a jump to the last document, and the
//    longest frame while scrolling from top to bottom (against the static page).
// Median of 5 paired runs (ours and the static page back to back) after one warm-up. A benchmark, not a
// timed test: it prints figures, it asserts nothing.
//   npx electron-vite build && npm run bench:reader [-- --runs 5 --scale 100 --documents 20 --first-text-only]
import { existsSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { loadBundle } from '../src/core/bundle/load-bundle';
import type { LoadedBundle } from '../src/shared/model/document';
import { launchChromium, openBrowserMode } from '../tests/support/launch';
import { BUILT_IN_BUNDLE, generateBundle } from './generate-bundle';
import { machine, median } from './lib/measure';
import { formatTable, type BenchRow } from './lib/report';

/** Runs in the page before any of its scripts: notes when text first shows and when every document is in. */
const WATCH_CONTENT = `(() => {
  window.__ttc = {};
  if (location.pathname === '/bench-blank') return;
  const tick = () => {
    const docs = document.querySelectorAll('article[data-document-id]');
    // The first text, drawn by the app or pre-rendered into the page by the host (src/shared/prerender.ts).
    const first = document.querySelector('article[data-document-id], article[data-prerendered-document]');
    if (window.__ttc.first === undefined && first && first.querySelector('p') && first.getBoundingClientRect().height > 0) window.__ttc.first = performance.now();
    if (window.__ttc.all === undefined && window.__expected && docs.length === window.__expected) window.__ttc.all = performance.now();
    if (window.__ttc.first === undefined || window.__ttc.all === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Times {
  first: number;
  all: number;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The baseline: the bundle's text as one static page, one article per document, no script. */
function staticPage(bundle: LoadedBundle): string {
  const articles = bundle.documents.map(
    (d) =>
      `<article data-document-id="${d.id}" lang="${d.language}"><h2>${escape(d.title)}</h2>${d.blocks.map((b) => `<p>${escape(b.text)}</p>`).join('')}</article>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(bundle.manifest.title)}</title>
<style>body{margin:0;font:17px/1.65 Georgia,serif}article{max-width:68ch;margin:0 auto 3rem}</style></head><body><main>${articles.join('\n')}</main></body></html>`;
}

async function serveStatic(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.url === BLANK_PATH ? '' : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** An empty page of each origin (our host answers it 404, with its own headers): where every timed load starts from. */
const BLANK_PATH = '/bench-blank';

/**
 * One load, from an idle empty page of the same origin, as a window opening the app would be: the timer
 * does not include tearing down the previous instance of the page (an app is far costlier to unload than
 * a static page), nor a process swap (same origin, same Cross-Origin-Opener-Policy). Back to the empty
 * page afterwards, so the app does not keep working while the other side is measured.
 */
async function timeToContent(page: Page, url: string, expected: number): Promise<Times> {
  await page.goto(new URL(BLANK_PATH, url).href);
  await page.goto(url, { waitUntil: 'commit' });
  await page.evaluate((n) => ((window as unknown as { __expected: number }).__expected = n), expected);
  await page.waitForFunction(
    () => {
      const t = (window as unknown as { __ttc: Partial<Times> }).__ttc;
      return t.first !== undefined && t.all !== undefined;
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  const times = await page.evaluate(() => (window as unknown as { __ttc: Times }).__ttc);
  await page.goto(new URL(BLANK_PATH, url).href);
  return times;
}

interface Paired {
  ours: Times;
  plain: Times;
  /** ours/static of each pair of runs, for time to first text: their lowest and highest. */
  firstRatioRange: [number, number];
}

/**
 * Each run measures ours and the static page back to back (alternating which goes first), each in its
 * own tab, so a busy moment of a shared machine hits both sides alike.
 */
async function pairedRuns(runs: number, ours: () => Promise<Times>, plain: () => Promise<Times>): Promise<Paired> {
  await ours(); // warm-up: caches, JIT
  await plain();
  const mine: Times[] = [];
  const theirs: Times[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      theirs.push(await plain());
      mine.push(await ours());
    } else {
      mine.push(await ours());
      theirs.push(await plain());
    }
  }
  const ratios = mine.map((t, i) => t.first / theirs[i]!.first);
  const medianOf = (all: Times[]): Times => ({ first: median(all.map((t) => t.first)), all: median(all.map((t) => t.all)) });
  return { ours: medianOf(mine), plain: medianOf(theirs), firstRatioRange: [Math.min(...ratios), Math.max(...ratios)] };
}

/** Find on the open bundle: from typing the query until the count is shown (includes the bar's 120 ms typing pause). */
async function findToCount(page: Page, query: string): Promise<number> {
  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox');
  await box.fill('');
  await page.waitForFunction(() => (document.getElementById('find-status')?.textContent ?? '') === '');
  const t0 = await page.evaluate(() => performance.now());
  await box.fill(query);
  await page.waitForFunction(() => /^\d+ of \d+$/.test(document.getElementById('find-status')?.textContent ?? ''), undefined, {
    polling: 'raf',
  });
  const t1 = await page.evaluate(() => performance.now());
  await page.keyboard.press('Escape');
  return t1 - t0;
}

/** Outline jump to the last document: from the click until its heading is at the top of the column. */
async function jumpToLast(page: Page): Promise<number> {
  await page.evaluate(() => document.getElementById('reader')!.scrollTo(0, 0));
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('.outline__item--depth-0 a').last().click();
  await page.waitForFunction(
    () => {
      const docs = document.querySelectorAll('article[data-document-id]');
      const last = docs[docs.length - 1]!;
      return Math.abs(last.getBoundingClientRect().top - document.getElementById('reader')!.getBoundingClientRect().top) < 40;
    },
    undefined,
    { polling: 'raf' },
  );
  return (await page.evaluate(() => performance.now())) - t0;
}

/** Scrolls from top to bottom, 600 px a frame; returns the longest frame and the number of frames. */
function scrollThrough(page: Page, readerSelector: string | null): Promise<{ worst: number; frames: number }> {
  return page.evaluate(async (selector) => {
    const box = selector ? document.querySelector(selector)! : document.scrollingElement!;
    box.scrollTo(0, 0);
    await new Promise((r) => requestAnimationFrame(r));
    let last = performance.now();
    let worst = 0;
    let frames = 0;
    while (box.scrollTop + box.clientHeight < box.scrollHeight - 2) {
      box.scrollBy(0, 600);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
      frames++;
    }
    return { worst, frames };
  }, readerSelector);
}

/** `scrollRuns`: full passes over the 100× bundle (about 10 frames a second of page each); the quick bench does one. */
export async function benchReader(options: {
  runs: number;
  scale: number;
  documents: number;
  scrollRuns?: number;
  /** Only the time-to-content rows (no find, jump or scroll). */
  firstTextOnly?: boolean;
}): Promise<BenchRow[]> {
  const scrollRuns = options.scrollRuns ?? options.runs;
  if (!existsSync(path.resolve(import.meta.dirname, '..', 'out', 'renderer', 'index.html')))
    throw new Error('Build the renderer first: npx electron-vite build');
  const generated = await generateBundle({ scale: options.scale, documents: options.documents, seed: 1 });
  const cases = [
    { name: 'built-in bundle', dir: BUILT_IN_BUNDLE },
    { name: `${options.scale}× bundle, ${generated.documents} documents`, dir: generated.dir },
  ];
  const browser: Browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const c of cases) {
      const bundle = await loadBundle(c.dir);
      const characters = bundle.documents.reduce((n, d) => n + d.text.length, 0);
      const session = await openBrowserMode({ bundle: c.dir, browser });
      const baseline = await serveStatic(staticPage(bundle));
      const plainTab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        const { page } = session;
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.addInitScript(WATCH_CONTENT);
        await plainTab.addInitScript(WATCH_CONTENT);
        const n = bundle.documents.length;
        const { ours, plain, firstRatioRange } = await pairedRuns(
          options.runs,
          () => timeToContent(page, session.server.url, n),
          () => timeToContent(plainTab, baseline.url, n),
        );
        const notes = `${characters.toLocaleString('en')} characters, ${bundle.documents.length} documents`;
        const [low, high] = firstRatioRange.map((r) => r.toFixed(2));
        rows.push({
          bench: 'reader',
          case: c.name,
          metric: 'time to first text',
          ours: ours.first,
          baseline: plain.first,
          baselineName: 'static HTML',
          unit: 'ms',
          goal: '≤ 1.5×',
          notes: `${notes}; ${options.runs} paired runs, ratio ${low}–${high}×`,
        });
        rows.push({
          bench: 'reader',
          case: c.name,
          metric: 'time to all documents in page',
          ours: ours.all,
          baseline: plain.all,
          baselineName: 'static HTML',
          unit: 'ms',
          goal: '≤ 2×',
          notes,
        });
        if (options.firstTextOnly) continue;
        if (c.dir === generated.dir) {
          await page.goto(session.server.url);
          await page.waitForSelector('article[data-document-id]');
          const finds: number[] = [];
          const jumps: number[] = [];
          for (let i = 0; i <= options.runs; i++) {
            finds.push(await findToCount(page, i % 2 ? 'Xiaomi' : 'kerjasama'));
            jumps.push(await jumpToLast(page));
          }
          rows.push({
            bench: 'reader',
            case: c.name,
            metric: 'find: typed query → count shown (incl. 120 ms pause)',
            ours: median(finds.slice(1)),
            baseline: null,
            baselineName: '',
            unit: 'ms',
            notes,
          });
          rows.push({
            bench: 'reader',
            case: c.name,
            metric: 'outline jump to last document',
            ours: median(jumps.slice(1)),
            baseline: null,
            baselineName: '',
            unit: 'ms',
            notes,
          });
          const scrolls = [];
          const plainScrolls = [];
          const plainPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          await plainPage.goto(baseline.url);
          // The first pass warms up, unless only one is asked for.
          for (let i = 0; i < scrollRuns + (scrollRuns > 1 ? 1 : 0); i++) {
            scrolls.push(await scrollThrough(page, '#reader'));
            plainScrolls.push(await scrollThrough(plainPage, null));
          }
          const measured = <T>(all: T[]) => (all.length > 1 ? all.slice(1) : all);
          await plainPage.close();
          rows.push({
            bench: 'reader',
            case: c.name,
            metric: 'scroll top to bottom at 600 px/frame: longest frame',
            ours: median(measured(scrolls).map((x) => x.worst)),
            baseline: median(measured(plainScrolls).map((x) => x.worst)),
            baselineName: 'static HTML',
            unit: 'ms',
            notes: `${scrolls[0]!.frames} frames (static: ${plainScrolls[0]!.frames})`,
          });
        }
      } finally {
        await plainTab.close();
        await baseline.close();
        await session.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(generated.dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      scale: { type: 'string', default: '100' },
      documents: { type: 'string', default: '20' },
      'first-text-only': { type: 'boolean', default: false },
    },
  });
  const info = machine();
  console.log(
    `reader bench — ${info.cpu}, ${info.cores} cores, Chromium at the launch helper's path, median of ${values.runs} paired runs after a warm-up`,
  );
  const rows = await benchReader({
    runs: Number(values.runs),
    scale: Number(values.scale),
    documents: Number(values.documents),
    firstTextOnly: values['first-text-only'],
  });
  console.log('\n' + formatTable(rows));
}
