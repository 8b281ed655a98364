import { createHash } from 'node:crypto';
import type { PDFDocument, PDFRef } from 'pdf-lib';
import { readBundleAsset } from '../bundle/read-file';
import type { Asset } from '../../shared/model/bundle';
import type { LoadedBundle } from '../../shared/model/document';
import { DOWNSCALE_ABOVE_DPI, readImageHeader, resampleJpeg, resampleRaw, TARGET_DPI, type RawImage } from './image-resample';
import { flateStream } from './pdf/objects';

/** A bundle image written into the PDF: its image XObject and the size it is printed at. */
export interface KitImage {
  asset: Asset;
  /** Resource name in the pages' /XObject dictionary. */
  name: string;
  ref: PDFRef;
  /** Printed size in points. */
  width: number;
  height: number;
  /** Pixels of the embedded image (after any downscaling). */
  pixels: { width: number; height: number };
}

export interface LoadedImages {
  images: KitImage[];
  /** Assets in a format a PDF cannot show without re-encoding (WebP, GIF, SVG), by file name. */
  notEmbedded: string[];
}

/** The box a figure may fill: the text width, and a height that lets two share a page. */
export interface FigureBox {
  maxWidth: number;
  maxHeight: number;
}

/** Pixels per point at which an image is shown at its natural size: 150 dpi, a fair print resolution for a logo. */
const NATURAL_PX_PER_PT = 150 / 72;

/** Printed size of an image of these pixels: as large as the box allows, never enlarged past 150 dpi. */
export function printedSize(box: FigureBox, width: number, height: number): { width: number; height: number } {
  const scale = Math.min(box.maxWidth / width, box.maxHeight / height, 1 / NATURAL_PX_PER_PT);
  return { width: width * scale, height: height * scale };
}

/**
 * The bundle's PNG and JPEG assets that `wanted` names, embedded at print resolution. Each is drawn
 * at one size (printedSize), so its resolution there is known before layout: an image above
 * DOWNSCALE_ABOVE_DPI is resampled to TARGET_DPI with sharp (libvips) — a JPEG re-encoded as JPEG,
 * a PNG as Flate samples with its alpha as a soft mask. The others pass through: JPEG bytes
 * unchanged (DCTDecode), PNG through pdf-lib. Headers are read first, so a decompression bomb is
 * refused before any pixel is decoded.
 */
export async function loadImages(
  doc: PDFDocument,
  bundle: LoadedBundle,
  box: FigureBox,
  wanted: (asset: Asset) => boolean,
): Promise<LoadedImages> {
  const notEmbedded: string[] = [];
  const chosen: { asset: Asset; bytes: Buffer; hash: string }[] = [];
  for (const asset of bundle.manifest.assets) {
    if (!wanted(asset)) continue;
    if (asset.mime !== 'image/png' && asset.mime !== 'image/jpeg') {
      notEmbedded.push(asset.file);
      continue;
    }
    const { bytes } = await readBundleAsset(bundle, asset.file);
    chosen.push({ asset, bytes, hash: createHash('sha256').update(bytes).digest('hex') });
  }
  // Resampling runs a few images at a time (libvips decodes on its own threads); embedding then goes
  // in manifest order, so the PDF's objects are numbered the same every time.
  const unique = [...new Map(chosen.map((c) => [c.hash, c])).values()];
  const prepared = new Map<string, Prepared>();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < unique.length; i = next++)
      prepared.set(unique[i]!.hash, await prepare(unique[i]!.asset, unique[i]!.bytes, box));
  };
  await Promise.all(Array.from({ length: Math.min(RESAMPLE_AT_ONCE, unique.length) }, worker));
  // The same file under two names (a logo listed twice) is one image object in the PDF.
  const byHash = new Map<string, Omit<KitImage, 'asset' | 'name'>>();
  const images: KitImage[] = [];
  for (const { asset, hash } of chosen) {
    let embedded = byHash.get(hash);
    if (!embedded) byHash.set(hash, (embedded = await embed(doc, prepared.get(hash)!)));
    images.push({ asset, name: `Im${images.length + 1}`, ...embedded });
  }
  return { images, notEmbedded };
}

/** Images resampled at the same time: enough to keep two cores busy, few enough to bound memory. */
const RESAMPLE_AT_ONCE = 3;

type Prepared = { size: { width: number; height: number } } & ({ kind: 'jpeg' | 'png'; bytes: Buffer } | { kind: 'raw'; raw: RawImage });

/** Decides how an image is embedded and does the pixel work (no PDF objects yet). */
async function prepare(asset: Asset, bytes: Buffer, box: FigureBox): Promise<Prepared> {
  const header = await readImageHeader(asset.file, bytes);
  const size = printedSize(box, header.width, header.height);
  const dpi = (header.width / size.width) * 72;
  const jpeg = asset.mime === 'image/jpeg';
  // A JPEG with an EXIF turn is re-encoded upright even at its resolution: a PDF ignores EXIF.
  if (dpi <= DOWNSCALE_ABOVE_DPI && !(jpeg && header.rotated)) return { kind: jpeg ? 'jpeg' : 'png', bytes, size };
  const scale = Math.min(1, TARGET_DPI / dpi);
  const width = Math.max(1, Math.round(header.width * scale));
  const height = Math.max(1, Math.round(header.height * scale));
  if (jpeg) return { kind: 'jpeg', bytes: await resampleJpeg(asset.file, bytes, width, height), size };
  return { kind: 'raw', raw: await resampleRaw(asset.file, bytes, width, height), size };
}

async function embed(doc: PDFDocument, prepared: Prepared): Promise<Omit<KitImage, 'asset' | 'name'>> {
  const { size } = prepared;
  if (prepared.kind !== 'raw') {
    const image = prepared.kind === 'jpeg' ? await doc.embedJpg(prepared.bytes) : await doc.embedPng(prepared.bytes);
    await image.embed();
    return { ref: image.ref, ...size, pixels: { width: image.width, height: image.height } };
  }
  const { raw } = prepared;
  const context = doc.context;
  const image = { Type: 'XObject', Subtype: 'Image', Width: raw.width, Height: raw.height, BitsPerComponent: 8 };
  const smask = raw.alpha ? flateStream(context, raw.alpha, { ...image, ColorSpace: 'DeviceGray' }) : null;
  const ref = flateStream(context, raw.rgb, { ...image, ColorSpace: 'DeviceRGB', ...(smask ? { SMask: smask } : {}) });
  return { ref, ...size, pixels: { width: raw.width, height: raw.height } };
}
