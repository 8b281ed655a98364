import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { writeZip } from './bundles';

/** Marker URLs the fixture SVG's script and onload would fetch if they ever ran. */
export const SVG_SCRIPT_MARKER = 'svg-script-ran';
export const SVG_ONLOAD_MARKER = 'svg-onload-ran';
export const EXTERNAL_LINK = 'https://leica-camera.com/en-int/press';

/** An SVG that tries to run script three ways; shown through <img>, none of them may. */
const HOSTILE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160" viewBox="0 0 240 160" onload="fetch('/${SVG_ONLOAD_MARKER}')">
  <script>fetch('/${SVG_SCRIPT_MARKER}'); window.parent.document.title = 'svg script ran';</script>
  <rect width="240" height="160" fill="#1f6f8b"/>
  <circle cx="120" cy="80" r="48" fill="#f2c14e"/>
  <foreignObject width="240" height="160"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:fetch('/${SVG_SCRIPT_MARKER}')"></iframe></foreignObject>
</svg>
`;

/** Draws a small picture in Chromium and returns it encoded as PNG or JPEG (generated, not checked in). */
async function drawImage(browser: Browser, type: 'image/png' | 'image/jpeg', colour: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const dataUrl = await page.evaluate(
      ({ type, colour }) => {
        const canvas = document.createElement('canvas');
        canvas.width = 240;
        canvas.height = 160;
        const g = canvas.getContext('2d')!;
        g.fillStyle = colour;
        g.fillRect(0, 0, 240, 160);
        g.fillStyle = '#fff';
        g.fillRect(30, 40, 180, 80);
        return canvas.toDataURL(type, 0.9);
      },
      { type, colour },
    );
    return Buffer.from(dataUrl.split(',')[1]!, 'base64');
  } finally {
    await page.close();
  }
}

const OVERVIEW = `# Gallery fixture overview

Leica Camera AG and Xiaomi Corporation share pictures for this kit.

## Links

Read the [Leica press page](${EXTERNAL_LINK}) or write to [the press office](mailto:press@example.invalid).

## Pictures

The three images below come from inside this bundle only.
`;

const RINGKASAN = `# Ringkasan galeri

Gambar-gambar ini berasal dari dalam bundel. Kerjasama Leica dan Xiaomi.
`;

/** A bundle with a PNG, a JPEG and a script-carrying SVG, a link, two languages and headings: as a folder. */
export async function writeGalleryBundle(browser: Browser): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-gallery-'));
  mkdirSync(path.join(dir, 'images'));
  writeFileSync(path.join(dir, 'images', 'camera.png'), await drawImage(browser, 'image/png', '#b3001b'));
  writeFileSync(path.join(dir, 'images', 'street.jpg'), await drawImage(browser, 'image/jpeg', '#2d6a4f'));
  writeFileSync(path.join(dir, 'images', 'logo.svg'), HOSTILE_SVG);
  writeFileSync(path.join(dir, 'overview.en.md'), OVERVIEW);
  writeFileSync(path.join(dir, 'ringkasan.id.md'), RINGKASAN);
  const manifest = {
    schemaVersion: 1,
    id: 'gallery-fixture',
    title: 'Gallery fixture kit',
    languages: ['en', 'id'],
    documents: [
      { id: 'overview', kind: 'backgrounder', language: 'en', title: 'Gallery fixture overview', file: 'overview.en.md' },
      { id: 'ringkasan', kind: 'article', language: 'id', title: 'Ringkasan galeri', file: 'ringkasan.id.md' },
    ],
    organisations: [
      { id: 'leica', name: 'Leica Camera AG', kind: 'company' },
      { id: 'xiaomi', name: 'Xiaomi Corporation', kind: 'company' },
    ],
    assets: [
      {
        file: 'images/camera.png',
        mime: 'image/png',
        caption: 'A red camera body',
        credit: 'Fixture Studio',
        alt: 'Red rectangle with a white panel',
      },
      {
        file: 'images/street.jpg',
        mime: 'image/jpeg',
        caption: 'A green street scene',
        credit: 'Fixture Studio',
        alt: 'Green rectangle with a white panel',
      },
      { file: 'images/logo.svg', mime: 'image/svg+xml', caption: 'Logo drawn as SVG', alt: 'Yellow circle on blue' },
    ],
  };
  writeFileSync(path.join(dir, 'presskit.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** The same files zipped as a .presskit archive. */
export function zipFolder(dir: string): string {
  const entries: { name: string; data: Buffer; deflate: boolean }[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else entries.push({ name, data: readFileSync(path.join(dir, name)), deflate: true });
    }
  };
  walk('');
  return writeZip(entries);
}
