import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationRepository } from '../../../src/core/annotations/index';
import { confFactory } from '../../../src/core/store/conf-factory';
import { BUILT_IN_BUNDLE } from '../../support/bundles';
import { seededRandom as seeded } from '../../../bench/lib/prng';
import { tempDataDir } from '../../support/launch';
import { bundleChild } from '../store/fixtures/bundle-child';

/**
 * A kill usually lands while the child holds the store's lock, and the next process waits for that
 * lock to go stale (5 s) before taking it over: lanes run side by side, each on its own data folder,
 * so 24 kills take 3 rounds of about 10 s (the test waits for the stale lock, then the next child starts).
 */
const KILLS = 24;
const LANES = 8;
const children = new Set<ChildProcess>();

afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  children.clear();
});
const BUNDLE_ID = 'xiaomi-leica-2022';

/** Runs the child until it has acknowledged at least one save, lets it go on for `ms`, then SIGKILLs it. */
function runAndKill(child: string, dataDir: string, first: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, BUILT_IN_BUNDLE, String(first)], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(proc);
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('\n')) timer = setTimeout(() => process.kill(-proc.pid!, 'SIGKILL'), ms);
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
    const child = await bundleChild(path.join(import.meta.dirname, 'fixtures', 'save-loop.ts'));
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
      // The journal was written to (not only the snapshot): the kills landed in appends too.
      expect(readdirSync(dataDir).some((f) => f.endsWith('.journal.jsonl'))).toBe(true);
      return acknowledged.size;
    };
    const counts = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(KILLS);
    // About 30 s on an idle two-core machine (the guarantee is proven within 60 s); the margin is for a busy machine.
  }, 120_000);
});
