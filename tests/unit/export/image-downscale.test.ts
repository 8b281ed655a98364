import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPressKit } from '../../../src/core/export';
import { PresskitError } from '../../../src/shared/errors';
import { bigLogo, bigPhoto, bundleWith, imageRows, pngBomb } from './image-fixtures';
import { FIXED_NOW, qpdfCheck, run, writePdf } from './pdf-tools';

const media = { paper: 'a4' as const, sections: ['media' as const], includeComments: false, now: FIXED_NOW };
/** The A4 text width, 459 pt, at 300 dpi. */
const AT_300_DPI = Math.round((459.28 / 72) * 300);

describe('images at print resolution', () => {
  it('downscales a 6000-pixel photo to about 300 dpi at its printed width, re-encoded as JPEG, and the file shrinks', async () => {
    const photo = await bigPhoto(6000, 4000);
    const bundle = await bundleWith([{ file: 'big.jpg', bytes: photo, mime: 'image/jpeg', alt: 'A gradient', caption: 'Big photo.' }]);
    const kit = await renderPressKit(bundle, media);
    const file = writePdf(kit.bytes, 'downscaled.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    const [row, ...rest] = imageRows(run('pdfimages', ['-list', file]).stdout);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ type: 'image', enc: 'jpeg', width: AT_300_DPI });
    expect(row!.ppi).toBeGreaterThanOrEqual(295);
    expect(row!.ppi).toBeLessThanOrEqual(305);
    // 6000 × 4000 at quality 92 against ~1913 × 1275 at 85: the PDF is a fraction of the photo.
    expect(kit.bytes.length).toBeLessThan(photo.length / 4);
  });

  it('passes a photo at print resolution through byte for byte', async () => {
    const photo = readFileSync(path.join(import.meta.dirname, 'images', 'photo.jpg'));
    const bundle = await bundleWith([{ file: 'photo.jpg', bytes: photo, mime: 'image/jpeg', alt: 'Two people' }]);
    const kit = await renderPressKit(bundle, media);
    const file = writePdf(kit.bytes, 'passthrough.pdf');
    expect(imageRows(run('pdfimages', ['-list', file]).stdout)).toMatchObject([{ width: 1600, height: 1000, enc: 'jpeg', ppi: 251 }]);
    expect(Buffer.from(kit.bytes).indexOf(photo)).toBeGreaterThan(0);
  });

  it('downscales a large PNG logo and keeps its transparency as a soft mask', async () => {
    const logo = await bigLogo(5000, 2000);
    const bundle = await bundleWith([{ file: 'logo.png', bytes: logo, mime: 'image/png', alt: 'Red ellipse logo' }]);
    const kit = await renderPressKit(bundle, media);
    const file = writePdf(kit.bytes, 'logo.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    const rows = imageRows(run('pdfimages', ['-list', file]).stdout);
    expect(rows.map((r) => [r.type, r.width])).toEqual([
      ['image', AT_300_DPI],
      ['smask', AT_300_DPI],
    ]);
    for (const r of rows) expect(Math.abs(r.height - AT_300_DPI * 0.4)).toBeLessThanOrEqual(1);
    expect(rows[0]!.ppi).toBeGreaterThanOrEqual(295);
    expect(rows[0]!.ppi).toBeLessThanOrEqual(305);
    // The transparent corners render white (the page shows through), the logo red.
    const prefix = file.replace(/\.pdf$/, '');
    run('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-png', file, prefix]);
    const pixel = (x: number, y: number) =>
      run('convert', [`${prefix}-1.png`, '-format', `%[fx:p{${x},${y}}.r*255] %[fx:p{${x},${y}}.g*255]`, 'info:'])
        .stdout.split(' ')
        .map(Number);
    // The logo's box: x 68–527 pt, from about y 150 pt; at 50 dpi ×0.694.
    const [cornerR, cornerG] = pixel(Math.round(70 * 0.694), Math.round(155 * 0.694));
    expect(cornerG).toBeGreaterThan(240);
    expect(cornerR).toBeGreaterThan(240);
    const [midR, midG] = pixel(Math.round(297 * 0.694), Math.round((150 + 92) * 0.694));
    expect(midR).toBeGreaterThan(150);
    expect(midG).toBeLessThan(60);
  });

  it('turns a photo with an EXIF orientation upright', async () => {
    // Stored 1200 × 800 with "rotate 90° clockwise to view": the PDF must hold it 800 × 1200.
    const photo = await bigPhoto(1200, 800, 6);
    const bundle = await bundleWith([{ file: 'turned.jpg', bytes: photo, mime: 'image/jpeg', alt: 'Turned' }]);
    const kit = await renderPressKit(bundle, media);
    const file = writePdf(kit.bytes, 'turned.pdf');
    const [row] = imageRows(run('pdfimages', ['-list', file]).stdout);
    expect(row!.height).toBeGreaterThan(row!.width);
  });

  it('refuses a decompression bomb before decoding it, naming the asset', async () => {
    const bundle = await bundleWith([{ file: 'bomb.png', bytes: pngBomb(40_000), mime: 'image/png', alt: 'Bomb' }]);
    const before = process.memoryUsage().rss;
    const error = await renderPressKit(bundle, media).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PresskitError);
    expect((error as PresskitError).code).toBe('BUNDLE_UNSAFE');
    expect((error as PresskitError).message).toContain('bomb.png');
    expect((error as PresskitError).problems[0]).toMatchObject({ file: 'bomb.png' });
    // 40 000² RGBA would be 6.4 GB; nothing near that was allocated.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});
