import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type BundleLimits } from '../../../src/core/bundle/limits';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { readBundleFile } from '../../../src/core/bundle/read-file';
import { PresskitError, type Problem } from '../../../src/shared/errors';
import { startBrowserMode } from '../../../src/server/start-browser-mode';
import { builtInEntries, copyBuiltInBundle, readManifest, writeManifest, writeZip } from '../../support/bundles';
import { tempDataDir } from '../../support/launch';

const limits: BundleLimits = { ...DEFAULT_LIMITS, maxFileBytes: 1_000_000, maxTotalBytes: 1_000_000 };
/** 400 kB: fits the 1 MB budget once (the archive as a whole is well under it), twice, not three times. */
const big = Buffer.from(`${'word '.repeat(80_000)}\n`);

type Manifest = { documents: Record<string, unknown>[] };

function withBigDocuments(m: Manifest): Manifest {
  for (let i = 0; i < 4; i++) m.documents.push({ id: `big${i}`, kind: 'other', language: 'en', title: 'Big', file: 'big.md' });
  return m;
}

async function budgetProblems(location: string): Promise<Problem[]> {
  const err = await loadBundle(location, { limits }).catch((e: unknown) => e);
  if (!(err instanceof PresskitError)) throw new Error(`expected a PresskitError, got ${String(err)}`);
  expect(err.code).toBe('BUNDLE_UNSAFE');
  return err.problems;
}
/** Refused before any document is read: the manifest as a whole is over the budget. */
const refusedUpFront = [['presskit.json', '']];

describe('the total-bytes budget', () => {
  it('counts every read of a folder bundle, including a file named by several documents', async () => {
    const dir = copyBuiltInBundle();
    writeFileSync(path.join(dir, 'big.md'), big);
    writeManifest(dir, withBigDocuments(readManifest(dir) as Manifest));
    const problems = await budgetProblems(dir);
    expect(problems.map((p) => [p.file, p.pointer])).toEqual(refusedUpFront);
    expect(problems[0]!.message).toMatch(/counted once per entry naming it/);
  });

  it('counts every read of an archive the same way, so the archive cannot load what the folder refuses', async () => {
    const entries = builtInEntries().map((e) =>
      e.name === 'presskit.json'
        ? { ...e, data: Buffer.from(JSON.stringify(withBigDocuments(JSON.parse(e.data.toString('utf8')) as Manifest))) }
        : e,
    );
    const problems = await budgetProblems(writeZip([...entries, { name: 'big.md', data: big, deflate: true }]));
    expect(problems.map((p) => [p.file, p.pointer])).toEqual(refusedUpFront);
  });

  it('applies to each archive source on its own: one file read again later is counted afresh', async () => {
    const file = writeZip([...builtInEntries(), { name: 'big.md', data: big, deflate: true }]);
    const origin = { kind: 'archive' as const, path: file, builtIn: false };
    for (let i = 0; i < 3; i++) expect((await readBundleFile(origin, 'big.md', limits)).length).toBe(big.length);
  });
});

describe('a tiny archive whose manifest names one file many times', () => {
  // 900 documents naming one 1 MiB file: 9 KB on disk, 900 MiB of reads (under the 1 GiB total).
  const bomb = () => {
    const manifest = JSON.parse(
      builtInEntries()
        .find((e) => e.name === 'presskit.json')!
        .data.toString('utf8'),
    ) as Manifest;
    manifest.documents = Array.from({ length: 900 }, (_, i) => ({
      id: `d${i}`,
      kind: 'other',
      language: 'en',
      title: `D${i}`,
      file: 'same.md',
    }));
    (manifest as Record<string, unknown>).quotes = [];
    return writeZip([
      { name: 'presskit.json', data: Buffer.from(JSON.stringify(manifest)), deflate: true },
      { name: 'same.md', data: Buffer.alloc(1024 * 1024, 'a'), deflate: true },
    ]);
  };

  it('is refused before its documents are read, with the default limits', async () => {
    const file = bomb();
    expect(statSync(file).size).toBeLessThan(20_000);
    const err = await loadBundle(file).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BUNDLE_UNSAFE', problems: [{ file: 'presskit.json', pointer: '' }] });
    expect((err as PresskitError).message).toMatch(/documents it names come to 943718400 bytes/);
  }, 10_000);

  it('uploaded to browser mode: refused at once with a typed error, and the server keeps serving', async () => {
    const server = await startBrowserMode({ dataDir: tempDataDir() });
    try {
      const call = (name: string, args: unknown[]) =>
        fetch(`${server.url}api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify(args),
        }).then((r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>);
      const answer = await call('openBundleArchive', [{ fileName: 'bomb.presskit', base64: readFileSync(bomb()).toString('base64') }]);
      expect(answer).toMatchObject({ ok: false, error: { code: 'BUNDLE_UNSAFE' } });
      expect(await call('getCurrentBundle', [])).toMatchObject({ ok: true });
      expect(await call('openBuiltInBundle', [])).toMatchObject({ ok: true });
    } finally {
      await server.close();
    }
  }, 30_000);
});
