// Bench 1: our PDF export against Chromium's own print-to-PDF (what Electron's printToPDF is) on
// the same kit content. Ours runs in a child process so its peak memory is its own; Chromium's
// page is loaded first and only page.pdf() is timed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBundleAsset } from '../src/core/bundle/read-file';
import { loadBundle } from '../src/core/bundle/load-bundle';
import { ALL_SECTIONS, renderPressKit } from '../src/core/export';
import { generateLargeBundle } from '../src/core/export/generate-fixture';
import type { LoadedBundle } from '../src/shared/model/document';
import { launchChromium } from '../tests/support/launch';
import { BUILT_IN_BUNDLE } from '../tests/support/bundles';
import { bigPhoto } from '../tests/unit/export/image-fixtures';
import { kitHtml } from './kit-html';
import { scriptsBundle } from './scripts-kit';
import { median, peakRssMiB, timeRuns } from './lib/measure';
import type { BenchRow } from './lib/report';

const FIXED_NOW = new Date('2025-01-15T10:00:00Z');

/**
 * A kit case: "N" generated pages (0: the built-in kit as it is), "photos:N" the built-in kit with N
 * photos at print resolution, "big-photos:N" with N camera-sized photos (6000×4000) to downscale,
 * "scripts" the built-in kit with CJK and Arabic text (fallback fonts, shaping, CFF subsets).
 */
async function kitBundle(kitCase: string): Promise<LoadedBundle> {
  if (kitCase === 'scripts') return scriptsBundle(await loadBundle(BUILT_IN_BUNDLE));
  const [kind, n] = kitCase.includes(':') ? kitCase.split(':') : ['pages', kitCase];
  if (kind === 'photos') return loadBundle(await photoBundle(Number(n), false));
  if (kind === 'big-photos') return loadBundle(await photoBundle(Number(n), true));
  const base = await loadBundle(BUILT_IN_BUNDLE);
  return Number(n) ? generateLargeBundle(base, Number(n)) : base;
}

const PHOTO = path.join(import.meta.dirname, '..', 'tests', 'unit', 'export', 'images', 'photo.jpg');

/**
 * The built-in bundle copied with `count` JPEG photos among its assets, each captioned: 1600×1000
 * (26 KB, 251 dpi at the text width: passed through) or, `big`, 6000×4000 (a 24-megapixel camera
 * frame, ~940 dpi: downscaled to 300 dpi).
 */
async function photoBundle(count: number, big: boolean): Promise<string> {
  const dir = path.join(os.tmpdir(), `presskit-bench-photos-v3-${big ? 'big-' : ''}${count}`);
  if (!existsSync(dir)) {
    const base = big ? await bigPhoto(6000, 4000) : readFileSync(PHOTO);
    cpSync(BUILT_IN_BUNDLE, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'presskit.json'), 'utf8')) as { assets: unknown[] };
    manifest.assets = [];
    for (let i = 1; i <= count; i++) {
      // Each photo its own bytes (a JPEG comment segment after SOI), so neither side can share one image object.
      const jpeg = base;
      const note = Buffer.from(`bench photo ${i}`, 'latin1');
      const com = Buffer.from([0xff, 0xfe, (note.length + 2) >> 8, (note.length + 2) & 0xff]);
      writeFileSync(path.join(dir, `photo-${i}.jpg`), Buffer.concat([jpeg.subarray(0, 2), com, note, jpeg.subarray(2)]));
      manifest.assets.push({
        file: `photo-${i}.jpg`,
        mime: 'image/jpeg',
        caption: `Photo ${i} of the signing.`,
        credit: 'Bench',
        alt: `Photo ${i}`,
      });
    }
    writeFileSync(path.join(dir, 'presskit.json'), JSON.stringify(manifest, null, 2));
  }
  return dir;
}

/** The bytes of a bundle's PNG and JPEG assets, for the Chromium page. */
async function imageBytes(bundle: LoadedBundle): Promise<Map<string, Buffer>> {
  const images = new Map<string, Buffer>();
  for (const a of bundle.manifest.assets)
    if (a.mime === 'image/png' || a.mime === 'image/jpeg') images.set(a.file, (await readBundleAsset(bundle, a.file)).bytes);
  return images;
}

interface OursResult {
  times: number[];
  bytes: number;
  pages: number;
  peakMiB: number;
}

/** Child side: `tsx bench/export.ts --child <case> <runs>`. */
async function child(kitCase: string, runs: number): Promise<void> {
  const bundle = await kitBundle(kitCase);
  let last = { bytes: 0, pages: 0 };
  const options = { paper: 'a4' as const, sections: ALL_SECTIONS, includeComments: true, now: FIXED_NOW };
  const times = await timeRuns(runs, async () => {
    const kit = await renderPressKit(bundle, options);
    last = { bytes: kit.bytes.length, pages: kit.pages };
  });
  process.stdout.write(JSON.stringify({ times, ...last, peakMiB: peakRssMiB() } satisfies OursResult));
}

function runOurs(kitCase: string, runs: number): OursResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', kitCase, String(runs)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as OursResult;
}

/** Counts pages of a PDF by its page objects (enough for Chromium's plain output). */
function countPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** The kit with CJK and Arabic text (fallback fonts, shaping, CFF subsets) against Chromium. */
export function benchExportScripts(options: { quick: boolean }): Promise<BenchRow[]> {
  return benchExport(options, [['built-in kit + CJK and Arabic text', 'scripts']]);
}

export async function benchExport(options: { quick: boolean }, only?: [string, string][]): Promise<BenchRow[]> {
  const runs = options.quick ? 3 : 5;
  const cases: [string, string][] =
    only ??
    (options.quick
      ? [
          ['built-in kit', '0'],
          ['generated ~30 pages', '30'],
          ['built-in kit + 20 photos', 'photos:20'],
          ['built-in kit + 20 big photos (6000×4000)', 'big-photos:20'],
        ]
      : [
          ['built-in kit', '0'],
          ['generated ~30 pages', '30'],
          ['generated ~300 pages', '300'],
          ['built-in kit + 20 photos', 'photos:20'],
          ['built-in kit + 20 big photos (6000×4000)', 'big-photos:20'],
        ]);
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const [label, kitCase] of cases) {
      const ours = runOurs(kitCase, runs);
      const page = await browser.newPage();
      const bundle = await kitBundle(kitCase);
      // Loading is not timed; 20 camera photos as data URLs take Chromium a while on a busy machine.
      await page.setContent(kitHtml(bundle, await imageBytes(bundle)), { waitUntil: 'load', timeout: 300_000 });
      await page.evaluate(() => document.fonts.ready);
      let chromePdf: Buffer = Buffer.alloc(0);
      const chromeTimes = await timeRuns(runs, async () => {
        chromePdf = await page.pdf({ format: 'A4', printBackground: true });
      });
      await page.close();
      const base = { bench: 'PDF export', case: label, baselineName: 'Chromium page.pdf()' };
      rows.push({
        ...base,
        metric: 'time',
        ours: median(ours.times),
        baseline: median(chromeTimes),
        unit: 'ms',
        goal: '≤ 0.33×',
        notes: `pages ours ${ours.pages}, Chromium ${countPages(chromePdf)}; our peak RSS ${ours.peakMiB.toFixed(0)} MiB`,
      });
      rows.push({ ...base, metric: 'file size', ours: ours.bytes / 1024, baseline: chromePdf.length / 1024, unit: 'KiB', goal: '≤ 0.5×' });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

if (process.argv[2] === '--child') await child(process.argv[3]!, Number(process.argv[4]));
