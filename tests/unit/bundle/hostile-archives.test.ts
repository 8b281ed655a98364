import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/core/bundle/limits';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { PresskitError } from '../../../src/shared/errors';
import { builtInEntries, copyBuiltInBundle, readManifest, writeManifest, writeZip } from '../../support/bundles';

async function failure(location: string, limits = DEFAULT_LIMITS): Promise<PresskitError> {
  const err = await loadBundle(location, { limits }).catch((e: unknown) => e);
  if (!(err instanceof PresskitError)) throw new Error(`expected a PresskitError, got ${String(err)}`);
  return err;
}

describe('.presskit archives', () => {
  it('loads a well-formed archive, flat or nested one folder deep, to the same content', async () => {
    const flat = await loadBundle(writeZip(builtInEntries()));
    const nested = await loadBundle(writeZip(builtInEntries('xiaomi-leica-2022/')));
    expect(flat.origin.kind).toBe('archive');
    expect(flat.documents.map((d) => d.text)).toEqual(nested.documents.map((d) => d.text));
    expect(flat.contentHash).toBe(nested.contentHash);
  });

  it('refuses an entry that climbs out with ../', async () => {
    const err = await failure(writeZip([...builtInEntries(), { name: '../../evil.txt', data: Buffer.from('x') }]));
    expect(err.code).toBe('BUNDLE_UNSAFE');
  });

  it('refuses an absolute entry path', async () => {
    const err = await failure(writeZip([...builtInEntries(), { name: '/etc/evil', data: Buffer.from('x') }]));
    expect(err.code).toBe('BUNDLE_UNSAFE');
  });

  it('refuses symbolic links', async () => {
    const err = await failure(writeZip([...builtInEntries(), { name: 'link.md', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]));
    expect(err.code).toBe('BUNDLE_UNSAFE');
    expect(err.message).toMatch(/symbolic links/);
  });

  it('refuses a bomb-like compression ratio', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const err = await failure(writeZip([...builtInEntries(), { name: 'bomb.bin', data: zeros, deflate: true }]));
    expect(err.code).toBe('BUNDLE_UNSAFE');
    expect(err.message).toMatch(/zip bomb/);
  });

  it('refuses too many entries', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `filler/${i}.txt`, data: Buffer.from(String(i)) }));
    const err = await failure(writeZip([...builtInEntries(), ...many]), { ...DEFAULT_LIMITS, maxEntries: 50 });
    expect(err.message).toMatch(/entries, over the limit of 50/);
  });

  it('refuses an entry whose real size differs from the size it declares', async () => {
    const entries = builtInEntries().map((e) =>
      e.name === 'comments.id.md' ? { ...e, deflate: false, declaredSize: e.data.length - 10 } : e,
    );
    const err = await failure(writeZip(entries));
    expect(err.code).toBe('BUNDLE_UNSAFE');
  });

  it('refuses a file that is not a zip at all', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pk-')), 'x.presskit');
    writeFileSync(file, 'not a zip');
    expect((await failure(file)).message).toMatch(/not a readable zip archive/);
  });
});

describe('bundle folders', () => {
  it('refuses a document that is a symlink leading outside the folder', async () => {
    const dir = copyBuiltInBundle();
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'pk-outside-')), 'secret.md');
    writeFileSync(outside, 'secret');
    symlinkSync(outside, path.join(dir, 'escape.md'));
    const manifest = readManifest(dir) as { documents: { file: string }[] };
    manifest.documents[3]!.file = 'escape.md';
    writeManifest(dir, manifest);
    const err = await failure(dir);
    expect(err.code).toBe('BUNDLE_UNSAFE');
    expect(err.problems).toContainEqual(
      expect.objectContaining({ pointer: '/documents/3/file', message: expect.stringMatching(/outside the bundle folder/) }),
    );
  });

  it('refuses a manifest path that escapes with ../', async () => {
    const dir = copyBuiltInBundle();
    const manifest = readManifest(dir) as { documents: { file: string }[] };
    manifest.documents[0]!.file = '../../../etc/hostname';
    writeManifest(dir, manifest);
    expect((await failure(dir)).code).toBe('BUNDLE_UNSAFE');
  });

  it('allows a symlink that stays inside the folder', async () => {
    const dir = copyBuiltInBundle();
    symlinkSync(path.join(dir, 'comments.id.md'), path.join(dir, 'alias.md'));
    const manifest = readManifest(dir) as { documents: { file: string }[] };
    manifest.documents[3]!.file = 'alias.md';
    writeManifest(dir, manifest);
    const bundle = await loadBundle(dir);
    expect(bundle.documents[3]!.blocks).toHaveLength(2);
  });
});
