import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationRepository } from '../../../src/core/annotations/index';
import { confFactory } from '../../../src/core/store/conf-factory';
import { BUILT_IN_BUNDLE } from '../../support/bundles';
import { tempDataDir } from '../../support/launch';
import { bundleChild } from './fixtures/bundle-child';

const WRITERS = 4;
const CHANGES = 60;
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
});

/** One writer process; resolves with the lines it acknowledged once it has finished. */
function runWriter(script: string, dataDir: string, name: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, BUILT_IN_BUNDLE, name, String(CHANGES)], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`${name} exited ${code}: ${err.slice(-400)}`)),
    );
  });
}

describe('several processes writing one data folder at once', () => {
  it(`keeps every acknowledged change of ${WRITERS} writer processes (${CHANGES} creates each, a third deleted again)`, async () => {
    const script = await bundleChild(path.join(import.meta.dirname, 'fixtures', 'write-loop.ts'));
    const dataDir = tempDataDir();
    const acks = (await Promise.all(Array.from({ length: WRITERS }, (_, i) => runWriter(script, dataDir, `w${i}`)))).flat();
    const added = new Set(acks.filter((l) => l.startsWith('add ')).map((l) => l.slice(4)));
    const deleted = new Set(acks.filter((l) => l.startsWith('del ')).map((l) => l.slice(4)));
    expect(added.size).toBe(WRITERS * CHANGES);
    const repository = new AnnotationRepository(confFactory, dataDir);
    const stored = new Set(repository.read('xiaomi-leica-2022').annotations.map((a) => a.id));
    const lost = [...added].filter((id) => !deleted.has(id) && !stored.has(id));
    const revived = [...deleted].filter((id) => stored.has(id));
    expect({ lost, revived }).toEqual({ lost: [], revived: [] });
    expect(stored.size).toBe(added.size - deleted.size);
    expect(repository.takeNotices()).toEqual([]);
  }, 120_000);
});
