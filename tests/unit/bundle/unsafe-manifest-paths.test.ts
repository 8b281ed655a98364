import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/presskit';
import type { CliIo } from '../../../src/cli/io';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { PresskitError } from '../../../src/shared/errors';
import { builtInEntries, copyBuiltInBundle, readManifest, writeManifest, writeZip } from '../../support/bundles';

type Manifest = { documents: { file: string }[]; assets: Record<string, unknown>[] };

async function failure(location: string): Promise<PresskitError> {
  const err = await loadBundle(location).catch((e: unknown) => e);
  if (!(err instanceof PresskitError)) throw new Error(`expected a PresskitError, got ${String(err)}`);
  return err;
}

/** The built-in manifest with two documents and one asset naming files outside the bundle. */
function hostileManifest(m: Manifest): Manifest {
  m.documents[0]!.file = '../ok/article.id.md';
  m.documents[1]!.file = '/etc/passwd';
  m.assets.push({ file: '../../etc/shadow', mime: 'image/png', alt: 'x' });
  return m;
}

const expectedPointers = ['/documents/0/file', '/documents/1/file', '/assets/0/file'];

describe('manifest paths that leave the bundle', () => {
  it('are each reported against presskit.json with their pointer (folder)', async () => {
    const dir = copyBuiltInBundle();
    writeManifest(dir, hostileManifest(readManifest(dir) as Manifest));
    const err = await failure(dir);
    expect(err.code).toBe('BUNDLE_UNSAFE');
    const unsafe = err.problems.filter((p) => expectedPointers.includes(p.pointer));
    expect(unsafe.map((p) => p.pointer)).toEqual(expectedPointers);
    for (const p of unsafe) {
      expect(p.file).toBe('presskit.json');
      expect(p.message).toMatch(/absolute or leaves the bundle/);
    }
    expect(unsafe[0]!.message).toContain('"../ok/article.id.md"');
  });

  it('are each reported against presskit.json with their pointer (archive)', async () => {
    const entries = builtInEntries().map((e) =>
      e.name === 'presskit.json'
        ? { ...e, data: Buffer.from(JSON.stringify(hostileManifest(JSON.parse(e.data.toString('utf8')) as Manifest))) }
        : e,
    );
    const err = await failure(writeZip(entries));
    expect(err.code).toBe('BUNDLE_UNSAFE');
    const unsafe = err.problems.filter((p) => expectedPointers.includes(p.pointer));
    expect(unsafe.map((p) => [p.file, p.pointer])).toEqual(expectedPointers.map((p) => ['presskit.json', p]));
  });

  it('are listed alongside the other problems by `presskit validate`', async () => {
    const dir = copyBuiltInBundle();
    const m = hostileManifest(readManifest(dir) as Manifest) as Manifest & { quotes: { speakerId: string }[] };
    m.quotes[1]!.speakerId = 'lei-jun2';
    writeManifest(dir, m);
    const stdout: string[] = [];
    const io: CliIo = { out: (l) => stdout.push(l), err: () => {}, env: {}, cwd: process.cwd() };
    expect(await main(['validate', dir], io)).toBe(1);
    expect(stdout).toContain('presskit.json#/quotes/1/speakerId: unknown person "lei-jun2"');
    for (const pointer of expectedPointers) expect(stdout.some((l) => l.startsWith(`presskit.json#${pointer}: `))).toBe(true);
  });
});
