import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBundle } from '../../../src/core/service/is-bundle';
import { buildZip } from '../../support/raw-zip';
import { BUILT_IN_BUNDLE, builtInEntries, writeZip } from '../../support/bundles';

const asZip = (file: string) => {
  const zip = file.replace(/\.presskit$/, '.zip');
  renameSync(file, zip);
  return zip;
};

describe('isBundle (what opens as a bundle rather than being imported)', () => {
  it('a folder, a .presskit, and a zip with presskit.json at its root or one folder down', async () => {
    expect(await isBundle(BUILT_IN_BUNDLE)).toBe(true);
    expect(await isBundle(writeZip(builtInEntries()))).toBe(true);
    expect(await isBundle(asZip(writeZip(builtInEntries())))).toBe(true);
    expect(await isBundle(asZip(writeZip(builtInEntries('kit/'))))).toBe(true);
  });

  it('by content, not by name: a zip of releases, a .md, and a zip renamed .txt are imported', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-sniff-'));
    const releases = path.join(dir, 'releases.zip');
    writeFileSync(releases, buildZip([{ name: 'release.md', data: Buffer.from('# Headline\n\nText.') }]));
    expect(await isBundle(releases)).toBe(false);
    const md = path.join(dir, 'release.md');
    writeFileSync(md, '# Headline');
    expect(await isBundle(md)).toBe(false);
    const disguised = path.join(dir, 'bundle.txt');
    renameSync(asZip(writeZip(builtInEntries())), disguised);
    expect(await isBundle(disguised)).toBe(true);
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(await isBundle(empty)).toBe(false);
  });

  it('a damaged .presskit still goes to the bundle loader, which says what is wrong with it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-sniff-'));
    const broken = path.join(dir, 'broken.presskit');
    writeFileSync(broken, 'not a zip');
    expect(await isBundle(broken)).toBe(true);
  });
});
