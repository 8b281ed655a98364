import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { copyBuiltInBundle, readManifest, writeManifest } from '../../support/bundles';

/**
 * A camera-sized photo: smooth gradients under mild noise, as a JPEG at quality 92 (like a camera's
 * "fine" setting), so it is both big in bytes and far above 300 dpi at the text width.
 */
export async function bigPhoto(width: number, height: number, orientation?: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = 128 + 60 * Math.sin(x / 40) * Math.cos(y / 55);
    }
  let image = sharp(raw, { raw: { width, height, channels: 3 } });
  if (orientation) image = image.withMetadata({ orientation });
  return image.jpeg({ quality: 92 }).toBuffer();
}

/** A wide logo with a transparent background (RGBA PNG). */
export async function bigLogo(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const inside = Math.hypot(x - width / 2, (y - height / 2) * 2.5) < height;
      raw.set(inside ? [200, 16, 46, 255] : [0, 0, 0, 0], i);
    }
  return sharp(raw, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

/**
 * A decompression bomb: a valid PNG signature and header claiming `side` × `side` RGBA pixels,
 * with a few bytes of image data. Decoding it in full would need side² × 4 bytes.
 */
export function pngBomb(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(side * 4 + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface TestAsset {
  file: string;
  bytes: Buffer;
  mime: 'image/jpeg' | 'image/png';
  alt: string;
  caption?: string;
  credit?: string;
}

/** The built-in bundle with these assets (and optionally an extra article document) instead of its own. */
export async function bundleWith(assets: TestAsset[], article?: { id: string; title: string; markdown: string }): Promise<LoadedBundle> {
  const dir = copyBuiltInBundle();
  const manifest = readManifest(dir) as { assets: unknown[]; documents: unknown[] };
  manifest.assets = assets.map(({ bytes, file, ...rest }) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), bytes);
    return { file, ...rest };
  });
  if (article) {
    writeFileSync(path.join(dir, `${article.id}.md`), article.markdown);
    manifest.documents.push({ id: article.id, kind: 'article', language: 'en', title: article.title, file: `${article.id}.md` });
  }
  writeManifest(dir, manifest);
  return loadBundle(dir);
}

/** pdfimages -list rows: page, type, width, height, enc, x-ppi, y-ppi, size. */
export function imageRows(listing: string): { page: number; type: string; width: number; height: number; enc: string; ppi: number }[] {
  return listing
    .trim()
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/))
    .map((c) => ({ page: Number(c[0]), type: c[2]!, width: Number(c[3]), height: Number(c[4]), enc: c[8]!, ppi: Number(c[12]) }));
}
