import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type BundleLimits } from '../../../src/core/bundle/limits';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { readBundleFile } from '../../../src/core/bundle/read-file';
import { PresskitError, type Problem } from '../../../src/shared/errors';
import { builtInEntries, copyBuiltInBundle, readManifest, writeManifest, writeZip } from '../../support/bundles';

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
  return err.problems.filter((p) => /bytes in all/.test(p.message));
}

describe('the total-bytes budget', () => {
  it('counts every read of a folder bundle, including a file named by several documents', async () => {
    const dir = copyBuiltInBundle();
    writeFileSync(path.join(dir, 'big.md'), big);
    writeManifest(dir, withBigDocuments(readManifest(dir) as Manifest));
    const problems = await budgetProblems(dir);
    expect(problems.map((p) => p.pointer)).toEqual(['/documents/6/file', '/documents/7/file']);
  });

  it('counts every read of an archive the same way, so the archive cannot load what the folder refuses', async () => {
    const entries = builtInEntries().map((e) =>
      e.name === 'presskit.json'
        ? { ...e, data: Buffer.from(JSON.stringify(withBigDocuments(JSON.parse(e.data.toString('utf8')) as Manifest))) }
        : e,
    );
    const problems = await budgetProblems(writeZip([...entries, { name: 'big.md', data: big, deflate: true }]));
    expect(problems.map((p) => [p.file, p.pointer])).toEqual([
      ['presskit.json', '/documents/6/file'],
      ['presskit.json', '/documents/7/file'],
    ]);
    expect(problems[0]!.message).toContain('"big.md"');
  });

  it('applies to each archive source on its own: one file read again later is counted afresh', async () => {
    const file = writeZip([...builtInEntries(), { name: 'big.md', data: big, deflate: true }]);
    const origin = { kind: 'archive' as const, path: file, builtIn: false };
    for (let i = 0; i < 3; i++) expect((await readBundleFile(origin, 'big.md', limits)).length).toBe(big.length);
  });
});
