import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PresskitError } from '../../../src/shared/errors';
import { readSources } from '../../../src/core/import/import-file';
import { sniffFormat } from '../../../src/core/import/sniff';
import { buildZip } from '../../support/raw-zip';
import { PNG, releaseDocx, releaseEml, releasePdf, zipOf } from './readers-fixtures';

const NEWSROOM = readFileSync(path.join(import.meta.dirname, 'fixtures', 'newsroom.html'));

describe('format sniffing by content', () => {
  it('recognises each format whatever the extension says', async () => {
    expect(await sniffFormat('release.bin', await releasePdf({ pages: 1 }))).toBe('pdf');
    expect(await sniffFormat('release.zip', await releaseDocx())).toBe('docx');
    expect(await sniffFormat('release.dat', Buffer.from(releaseEml()))).toBe('eml');
    expect(await sniffFormat('page.txt', NEWSROOM)).toBe('html');
    expect(await sniffFormat('item.txt', Buffer.from('{"uri":"urn:x","headlines":[{"value":"H"}]}'))).toBe('ninjs');
    expect(await sniffFormat('notes', Buffer.from('---\ntitle: x\n---\nBody'))).toBe('markdown');
    expect(await sniffFormat('notes.txt', Buffer.from('Just text.\n\nMore text.'))).toBe('text');
    expect(await sniffFormat('bundle.zip', await zipOf([['a.md', '# A']]))).toBe('zip');
  });
});

describe('zip of releases', () => {
  it('reads one source per document and keeps images as images', async () => {
    const zip = await zipOf([
      ['release.html', '<html><body><h1>Headline</h1><p>Body of the release.</p><img src="img/photo.png" alt="Photo"></body></html>'],
      ['img/photo.png', PNG],
      ['about.md', '## About Nordlicht\n\nNordlicht makes lenses.\n'],
      ['logo.png', PNG],
      ['__MACOSX/._release.html', 'junk'],
    ]);
    const sources = await readSources('kit.zip', zip);
    expect(sources.map((s) => [s.format, s.sourceName])).toEqual([
      ['markdown', 'kit.zip/about.md'],
      ['html', 'kit.zip/release.html'],
    ]);
    const images = sources.flatMap((s) => s.images);
    expect(images.map((i) => i.name).sort()).toEqual(['assets/logo.png', 'assets/photo.png']);
    expect(sources[1]!.images[0]).toMatchObject({ alt: 'Photo', mime: 'image/png' });
  });
});

describe('hostile input: a typed error naming the file and the problem', () => {
  const refuses = async (name: string, bytes: Uint8Array, message: RegExp) => {
    const err = await readSources(name, bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PresskitError);
    expect((err as PresskitError).code).toBe('IMPORT_INVALID');
    expect((err as PresskitError).message).toMatch(message);
    expect((err as PresskitError).problems[0]?.file).toBe(name);
  };

  it('an empty file', () => refuses('empty.html', new Uint8Array(), /empty\.html: the file is empty/));
  it('binary bytes with a release extension', () =>
    refuses(
      'release.docx.html',
      Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
      /is a binary file, not a press release/,
    ));
  it('JSON that is not ninjs', () => refuses('data.json', Buffer.from('{"name":"x"}'), /is JSON but not an IPTC ninjs news item/));
  it('an image on its own', () => refuses('photo.html', PNG, /is an image, not a press release/));
  it('a legacy .doc', () => refuses('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /legacy Office/));
  it('a zip whose entries claim gigabytes', () =>
    refuses(
      'bomb.zip',
      buildZip([{ name: 'a.txt', data: Buffer.alloc(2 * 1024 * 1024, 0x61), deflate: true, declaredSize: 4 * 1024 ** 3 - 1 }]),
      /bomb\.zip: .*(over the|zip bomb)/,
    ));
  it('a zip with nothing readable in it', () => refuses('pics.zip', buildZip([{ name: 'a.png', data: PNG }]), /holds no readable release/));
  it('a zip entry that climbs out', () =>
    refuses(
      'evil.zip',
      buildZip([{ name: '../evil.md', data: Buffer.from('# x') }]),
      /evil\.zip: .*(invalid relative path|leaves the archive)/,
    ));
});
