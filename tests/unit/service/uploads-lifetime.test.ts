import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { sweepLeftoverUploads } from '../../../src/core/service/uploaded-archives';
import { confFactory } from '../../../src/core/store/conf-factory';
import { builtInEntries, writeZip } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';
import { bundleChild } from '../store/fixtures/bundle-child';

const resourcesDir = path.join(REPO_ROOT, 'resources');
const service = () => createService({ host: { kind: 'browser' }, resourcesDir, stores: confFactory, dataDir: tempDataDir() });
const archive = () => writeZip(builtInEntries('xiaomi-leica-2022/'));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
});

describe('uploaded archives, each with its own lifetime', () => {
  it('two uploads opened at the same time never delete the file of the bundle that ends up shown', async () => {
    const { handlers, ctx } = service();
    const base64 = readFileSync(archive()).toString('base64');
    const first = await handlers.openBundleArchive({ fileName: 'first.presskit', base64 });
    const [a, b] = await Promise.all([
      handlers.openBundleArchive({ fileName: 'a.presskit', base64 }),
      handlers.openBundleArchive({ fileName: 'b.presskit', base64 }),
    ]);
    const shown = ctx.session.bundle!;
    expect([a.origin.path, b.origin.path]).toContain(shown.origin.path);
    expect(existsSync(shown.origin.path)).toBe(true);
    // The bundle shown reads its files on demand: it must still open them.
    await expect(handlers.getCurrentBundle()).resolves.toBe(shown);
    const other = shown === a ? b : a;
    expect(existsSync(other.origin.path)).toBe(false);
    expect(existsSync(first.origin.path)).toBe(false);
  });

  it('removes its copy when the process is stopped with SIGTERM', async () => {
    const script = await bundleChild(path.join(import.meta.dirname, 'fixtures', 'upload-then-sigterm.ts'));
    const child = spawn(process.execPath, [script, resourcesDir, tempDataDir(), archive()], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const file = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('exit', (code) => reject(new Error(`child exited ${code} before uploading`)));
    });
    expect(existsSync(file)).toBe(true);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    process.kill(child.pid!, 'SIGTERM');
    await exited;
    expect(existsSync(path.dirname(file))).toBe(false);
  }, 60_000);

  it('clears leftovers on start: ours only, older than a minute, whose process is gone', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'presskit-sweep-'));
    const make = (name: string, ageMs: number) => {
      const dir = path.join(tmp, name);
      mkdirSync(dir);
      const when = new Date(Date.now() - ageMs);
      utimesSync(dir, when, when);
      return dir;
    };
    const deadOld = make('presskit-upload-999999999-abc123', 120_000);
    const legacyOld = make('presskit-upload-abc123', 120_000);
    const ownOld = make(`presskit-upload-${process.pid}-abc123`, 120_000);
    const young = make('presskit-upload-999999998-abc123', 5_000);
    const foreign = make('something-else-abc123', 120_000);
    expect(sweepLeftoverUploads(tmp).sort()).toEqual([deadOld, legacyOld].sort());
    for (const kept of [ownOld, young, foreign]) expect(existsSync(kept)).toBe(true);
  });
});
