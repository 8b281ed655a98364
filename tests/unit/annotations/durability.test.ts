import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { AnnotationRepository } from '../../../src/core/annotations/index';
import { confFactory } from '../../../src/core/store/conf-factory';
import { BUILT_IN_BUNDLE } from '../../support/bundles';
import { seededRandom as seeded } from '../../../bench/lib/prng';
import { tempDataDir } from '../../support/launch';

const KILLS = 200;
/** Two stores killed in turn side by side (the machine has two cores): half the wall time. */
const LANES = 2;
const BUNDLE_ID = 'xiaomi-leica-2022';

/** The child, bundled once into plain JavaScript: starting tsx 200 times would take minutes. */
async function bundleChild(): Promise<string> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'presskit-durability-')), 'save-loop.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'save-loop.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    minify: true,
    // CommonJS dependencies inside an ES module bundle need a require of their own.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}

/** Runs the child until it has acknowledged at least one save, lets it go on for `ms`, then SIGKILLs it. */
function runAndKill(child: string, dataDir: string, first: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, BUILT_IN_BUNDLE, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('\n')) timer = setTimeout(() => proc.kill('SIGKILL'), ms);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child exited by itself (${signal ?? _code}): ${err}`));
      // Only complete lines count: a line cut off by the kill was not acknowledged.
      resolve(
        out
          .split('\n')
          .slice(0, -1)
          .map((line) => line.replace(/^ack /, '')),
      );
    });
  });
}

describe('durability', () => {
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs at random moments`, async () => {
    const child = await bundleChild();
    const rand = seeded(20220523);
    const lane = async (lane: number) => {
      const dataDir = tempDataDir();
      const acknowledged = new Set<string>();
      for (let kill = lane; kill < KILLS; kill += LANES) {
        for (const id of await runAndKill(child, dataDir, kill * 1_000_000, Math.floor(rand() * 25))) acknowledged.add(id);
        const repository = new AnnotationRepository(confFactory, dataDir);
        const stored = new Set(repository.read(BUNDLE_ID).annotations.map((a) => a.id));
        expect(repository.takeNotices(), `after kill ${kill}`).toEqual([]);
        const lost = [...acknowledged].filter((id) => !stored.has(id));
        expect(lost, `after kill ${kill}`).toEqual([]);
      }
      expect(readdirSync(dataDir).filter((f) => f.includes('.corrupt-'))).toEqual([]);
      return acknowledged.size;
    };
    const counts = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(KILLS);
    // About 30 s on an idle two-core machine; the margin is for a machine busy with other test files.
  }, 180_000);
});
