import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPressKit } from '../../../src/core/export';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { copyBuiltInBundle, readManifest, writeManifest } from '../../support/bundles';
import { FIXED_NOW, normalise, qpdfCheck, run, writePdf } from './pdf-tools';

const IMAGES = path.join(import.meta.dirname, 'images');

/** The built-in bundle with a JPEG photo, a PNG logo with transparency and a WebP icon among its assets. */
async function bundleWithImages() {
  const dir = copyBuiltInBundle();
  copyFileSync(path.join(IMAGES, 'photo.jpg'), path.join(dir, 'photo.jpg'));
  copyFileSync(path.join(IMAGES, 'logo.png'), path.join(dir, 'logo.png'));
  // Only the signature matters to the loader and to the exporter, which leaves WebP out.
  writeFileSync(path.join(dir, 'icon.webp'), Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 \x04\x00\x00\x00\x00\x00\x00\x00', 'latin1'));
  const manifest = readManifest(dir);
  manifest.assets = [
    {
      file: 'photo.jpg',
      mime: 'image/jpeg',
      caption: 'The two chief executives at the signing.',
      credit: 'Example Studio',
      alt: 'Two people shaking hands',
    },
    { file: 'logo.png', mime: 'image/png', caption: 'Partnership logo.', alt: 'Red rounded logo with a white dot' },
    { file: 'icon.webp', mime: 'image/webp', alt: 'Blue square' },
  ];
  writeManifest(dir, manifest);
  return loadBundle(dir);
}

describe('images in the kit', () => {
  it('embeds JPEG as is and PNG with its alpha as a soft mask, each with caption and credit, and names what it leaves out', async () => {
    const bundle = await bundleWithImages();
    const kit = await renderPressKit(bundle, { paper: 'a4', sections: ['media'], includeComments: false, now: FIXED_NOW });
    const file = writePdf(kit.bytes, 'media.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    const rows = run('pdfimages', ['-list', file])
      .stdout.trim()
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/));
    // page num type width height color comp bpc enc …
    const summary = rows.map((r) => [r[2], r[3], r[4], r[8]].join(' '));
    expect(summary).toEqual(['image 1600 1000 jpeg', 'image 400 160 image', 'smask 400 160 image']);
    // The JPEG's bytes pass through: the PDF is not much bigger than the photo.
    expect(kit.bytes.length).toBeLessThan(26130 + 40_000);
    const text = normalise(run('pdftotext', [file, '-']).stdout);
    expect(text).toContain('The two chief executives at the signing.');
    expect(text).toContain('Photo: Example Studio');
    expect(kit.notEmbedded).toEqual(['icon.webp']);
  });

  it('scales a photo to the text width and draws it (not blank where the image is)', async () => {
    const bundle = await bundleWithImages();
    const kit = await renderPressKit(bundle, { paper: 'a4', sections: ['media'], includeComments: false, now: FIXED_NOW });
    const file = writePdf(kit.bytes, 'media-render.pdf');
    const prefix = file.replace(/\.pdf$/, '');
    run('pdftoppm', ['-r', '36', '-f', '1', '-l', '1', '-gray', '-png', file, prefix]);
    // The photo (1600×1000) fills the 459 pt text width from x = 68: at 36 dpi, its middle row is dark-to-light, not white.
    const out = run('convert', [`${prefix}-1.png`, '-crop', '200x1+50+200', '-format', '%[fx:mean]', 'info:']).stdout;
    expect(Number(out)).toBeLessThan(0.9);
  });
});
