import { createHash } from 'node:crypto';
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { readBundleAsset } from '../bundle/read-file';
import type { Asset } from '../../shared/model/bundle';
import type { LoadedBundle } from '../../shared/model/document';

/** A bundle image ready to place: its PDF image object (not yet written) and how it is described. */
export interface KitImage {
  asset: Asset;
  /** Resource name in the pages' /XObject dictionary. */
  name: string;
  image: PDFImage;
}

export interface LoadedImages {
  images: KitImage[];
  /** Assets in a format a PDF cannot show without re-encoding (WebP, GIF, SVG), by file name. */
  notEmbedded: string[];
}

/**
 * The bundle's PNG and JPEG assets, embedded with pdf-lib: JPEG bytes pass through unchanged
 * (DCTDecode), PNG keeps its alpha channel as a soft mask. Nothing is resampled: pdf-lib decodes
 * no pixels, and a photo is drawn at most the text width (about 460 pt), so a 4000-pixel photo prints
 * at ~630 dpi (see the README for why that is accepted for now).
 */
export async function loadImages(doc: PDFDocument, bundle: LoadedBundle): Promise<LoadedImages> {
  const images: KitImage[] = [];
  const notEmbedded: string[] = [];
  // The same file under two names (a logo listed twice) is one image object in the PDF.
  const byHash = new Map<string, PDFImage>();
  for (const asset of bundle.manifest.assets) {
    if (asset.mime !== 'image/png' && asset.mime !== 'image/jpeg') {
      notEmbedded.push(asset.file);
      continue;
    }
    const { bytes } = await readBundleAsset(bundle, asset.file);
    const hash = createHash('sha256').update(bytes).digest('hex');
    let image = byHash.get(hash);
    if (!image) byHash.set(hash, (image = asset.mime === 'image/png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes)));
    images.push({ asset, name: `Im${images.length + 1}`, image });
  }
  return { images, notEmbedded };
}
