// Bench 4: loadBundle (validate + parse every document) against simply unzipping the same archive
// to memory with yauzl. Each measurement runs in a child process so its peak memory is its own.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { loadBundle } from '../src/core/bundle/load-bundle';
import { median, peakRssMiB, timeRuns } from './lib/measure';
import { seededRandom, randomInt } from './lib/prng';
import type { BenchRow } from './lib/report';

const BUILT_IN = path.resolve(import.meta.dirname, '..', 'resources', 'bundles', 'xiaomi-leica-2022');

/** Zips a folder bundle as a .presskit archive. */
export function zipFolder(folder: string, target: string): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const f of readdirSync(folder)) zip.addBuffer(readFileSync(path.join(folder, f)), f);
  return finish(zip, target);
}

function finish(zip: yazl.ZipFile, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.outputStream
      .pipe(createWriteStream(target))
      .on('close', () => resolve(target))
      .on('error', reject);
    zip.end();
  });
}

/**
 * A seeded archive of about `megabytes` MB in `entries` entries, built from the built-in bundle's
 * real paragraphs: half Markdown documents, half incompressible JPEG-signed image assets.
 */
export async function generateLargeArchive(target: string, entries = 2000, megabytes = 50, seed = 42): Promise<string> {
  const random = seededRandom(seed);
  const builtIn = JSON.parse(readFileSync(path.join(BUILT_IN, 'presskit.json'), 'utf8')) as {
    documents: { file: string; language: string }[];
  };
  const sources = builtIn.documents.map((d) => ({
    language: d.language,
    paragraphs: readFileSync(path.join(BUILT_IN, d.file), 'utf8').split('\n\n'),
  }));
  const docCount = Math.floor((entries - 1) / 2);
  const assetCount = entries - 1 - docCount;
  const assetBytes = Math.floor((megabytes * 1024 * 1024 * 0.9) / assetCount);
  const zip = new yazl.ZipFile();
  const documents = [];
  for (let i = 0; i < docCount; i++) {
    const source = sources[randomInt(random, sources.length)]!;
    const paragraphs = Array.from({ length: 8 }, () => source.paragraphs[randomInt(random, source.paragraphs.length)]!.replace(/^#+ /, ''));
    const file = `docs/doc-${i}.md`;
    zip.addBuffer(Buffer.from(`# Document ${i}\n\n${paragraphs.join('\n\n')}\n`), file);
    documents.push({ id: `doc-${i}`, kind: 'other', language: source.language, title: `Document ${i}`, file });
  }
  const assets = [];
  for (let i = 0; i < assetCount; i++) {
    const bytes = Buffer.alloc(assetBytes);
    for (let j = 0; j < bytes.length; j += 4) bytes.writeUInt32LE((random() * 0x100000000) >>> 0, Math.min(j, bytes.length - 4));
    bytes[0] = 0xff;
    bytes[1] = 0xd8;
    bytes[2] = 0xff;
    const file = `images/img-${i}.jpg`;
    zip.addBuffer(bytes, file, { compress: false });
    assets.push({ file, mime: 'image/jpeg', alt: `Image ${i}` });
  }
  const manifest = { schemaVersion: 1, id: 'generated-large', title: 'Generated large bundle', languages: ['en', 'id'], documents, assets };
  zip.addBuffer(Buffer.from(JSON.stringify(manifest)), 'presskit.json');
  return finish(zip, target);
}

/** Unzips every entry to memory with yauzl: the baseline. */
export function unzipToMemory(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      let total = 0;
      const kept: Buffer[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          stream.on('data', (c: Buffer) => {
            kept.push(c);
            total += c.length;
          });
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.on('end', () => resolve(total + kept.length * 0));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

interface ChildResult {
  times: number[];
  peakMiB: number;
}

/** Child-process side: `tsx bench/bundle-loading.ts --child ours|yauzl <file> <runs>`. */
async function child(which: string, file: string, runs: number): Promise<void> {
  const fn = which === 'ours' ? () => loadBundle(file) : () => unzipToMemory(file);
  const times = await timeRuns(runs, fn);
  process.stdout.write(JSON.stringify({ times, peakMiB: peakRssMiB() } satisfies ChildResult));
}

function runChild(which: 'ours' | 'yauzl', file: string, runs: number): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', which, file, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out) as ChildResult;
}

export async function benchBundleLoading(options: { quick: boolean }): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-bench-load-'));
  const runs = options.quick ? 3 : 5;
  const cases: [string, string][] = [['built-in bundle (.presskit)', await zipFolder(BUILT_IN, path.join(dir, 'built-in.presskit'))]];
  const [entries, mb] = options.quick ? [400, 10] : [2000, 50];
  cases.push([`generated ${mb} MB, ${entries} entries`, await generateLargeArchive(path.join(dir, 'large.presskit'), entries, mb)]);
  const rows: BenchRow[] = [];
  for (const [label, file] of cases) {
    const ours = runChild('ours', file, runs);
    const base = runChild('yauzl', file, runs);
    rows.push({
      bench: 'bundle loading',
      case: label,
      metric: 'time',
      ours: median(ours.times),
      baseline: median(base.times),
      baselineName: 'yauzl unzip',
      unit: 'ms',
      notes: `peak RSS ours ${ours.peakMiB.toFixed(0)} MiB, yauzl ${base.peakMiB.toFixed(0)} MiB`,
    });
  }
  return rows;
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, Number(process.argv[5]));
