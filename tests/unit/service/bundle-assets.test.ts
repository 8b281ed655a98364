import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import { builtInEntries, copyBuiltInBundle, readManifest, writeManifest, writeZip } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

const service = () =>
  createService({
    host: { kind: 'browser' },
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    stores: confFactory,
    dataDir: tempDataDir(),
  });

/** The built-in bundle plus one listed image and one file that is in the folder but not listed. */
function bundleWithImage(): string {
  const dir = copyBuiltInBundle();
  mkdirSync(path.join(dir, 'images'));
  writeFileSync(path.join(dir, 'images', 'photo.png'), PNG);
  writeFileSync(path.join(dir, 'secret.txt'), 'not an asset');
  const manifest = readManifest(dir) as { assets: unknown[] };
  manifest.assets = [{ file: 'images/photo.png', mime: 'image/png', alt: 'A photo', caption: 'Caption', credit: 'Credit' }];
  writeManifest(dir, manifest);
  return dir;
}

/** Temporary upload folders holding a file of this name (other tests may upload in parallel: count only ours). */
const uploadsNamed = (fileName: string) =>
  readdirSync(os.tmpdir()).filter((n) => n.startsWith('presskit-upload-') && existsSync(path.join(os.tmpdir(), n, fileName)));

describe('getBundleAsset', () => {
  it('reads a listed image of the current bundle, from a folder or an archive', async () => {
    const { handlers } = service();
    const dir = bundleWithImage();
    await handlers.openBundle({ path: dir });
    const asset = await handlers.getBundleAsset({ file: 'images/photo.png' });
    expect(asset.mime).toBe('image/png');
    expect(Buffer.from(asset.base64, 'base64')).toEqual(PNG);

    const archive = writeZip(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const name = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
          return { name, data: readFileSync(path.join(dir, name)), deflate: true };
        }),
    );
    await handlers.openBundle({ path: archive });
    expect(Buffer.from((await handlers.getBundleAsset({ file: 'images/photo.png' })).base64, 'base64')).toEqual(PNG);
  });

  it('refuses anything the manifest does not list as an asset, and a file whose type changed since opening', async () => {
    const { handlers } = service();
    const dir = bundleWithImage();
    await handlers.openBundle({ path: dir });
    for (const file of ['secret.txt', 'presskit.json', '../../etc/passwd', '/etc/passwd', 'release.en.md'])
      await expect(handlers.getBundleAsset({ file })).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' });
    writeFileSync(path.join(dir, 'images', 'photo.png'), '<html><script>alert(1)</script></html>');
    await expect(handlers.getBundleAsset({ file: 'images/photo.png' })).rejects.toMatchObject({ code: 'BUNDLE_INVALID' });
  });

  it('needs an open bundle', async () => {
    await expect(service().handlers.getBundleAsset({ file: 'x.png' })).rejects.toMatchObject({ code: 'NO_BUNDLE_OPEN' });
  });
});

describe('openBundleArchive (a .presskit sent as bytes)', () => {
  const builtInArchive = () => readFileSync(writeZip(builtInEntries('xiaomi-leica-2022/'))).toString('base64');

  it('opens it, keeps it out of Open Recent, and removes the temporary copy once another bundle opens', async () => {
    const { handlers } = service();
    const bundle = await handlers.openBundleArchive({ fileName: '../../evil name?.presskit', base64: builtInArchive() });
    expect(bundle.manifest.id).toBe('xiaomi-leica-2022');
    expect(bundle.origin.kind).toBe('archive');
    expect(path.basename(bundle.origin.path)).toBe('evil name_.presskit');
    expect(path.dirname(path.dirname(bundle.origin.path))).toBe(os.tmpdir());
    expect(existsSync(bundle.origin.path)).toBe(true);
    expect((await handlers.listRecentBundles()).recent.map((r) => r.path)).not.toContain(bundle.origin.path);

    await handlers.openBundle({ path: copyBuiltInBundle() });
    expect(existsSync(path.dirname(bundle.origin.path))).toBe(false);
  });

  it('reports a broken archive and leaves nothing behind; the open bundle stays', async () => {
    const { handlers, ctx } = service();
    const current = await handlers.openBuiltInBundle();
    await expect(
      handlers.openBundleArchive({ fileName: 'broken.presskit', base64: Buffer.from('not a zip').toString('base64') }),
    ).rejects.toMatchObject({
      code: 'BUNDLE_UNSAFE',
    });
    expect(uploadsNamed('broken.presskit')).toEqual([]);
    expect(ctx.session.bundle).toBe(current);
  });

  it('validates its arguments at the contract: base64 only', async () => {
    const { handlers } = service();
    const envelope = await dispatch(handlers, 'openBundleArchive', [{ fileName: 'x.presskit', base64: 'not base64 at all!' }]);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'ARGUMENT_INVALID' } });
  });
});

describe('openExternal', () => {
  it('returns the checked http(s) URL, and null for anything else; browser mode opens nothing itself', async () => {
    const { handlers } = service();
    expect(await handlers.openExternal({ url: 'https://leica-camera.com/x?y=1' })).toEqual({
      opened: false,
      url: 'https://leica-camera.com/x?y=1',
    });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@b.c', 'https://user:pw@example.com/'])
      expect(await handlers.openExternal({ url })).toEqual({ opened: false, url: null });
  });
});
