import type { Metadata } from 'sharp';
import { PresskitError } from '../../shared/errors';

/**
 * sharp, loaded on first use: its native libvips binary is ~20 MB, and most commands (validate,
 * serve, a kit without images) never need it.
 */
let loading: Promise<typeof import('sharp')> | null = null;
const sharpModule = async () => (await (loading ??= import('sharp'))).default;

/**
 * Pixels the export decodes at most per image: 120 megapixels is above any camera a press office
 * uses (a 100 MP medium-format frame is 11 648 × 8 736). A PNG or JPEG whose header claims more
 * (a decompression bomb: a few kilobytes that inflate to gigabytes) is refused before decoding.
 */
export const MAX_IMAGE_PIXELS = 120_000_000;

/** Print resolution an image is brought down to. */
export const TARGET_DPI = 300;
/**
 * Above this resolution at its printed size an image is downscaled; below it the bytes pass through.
 * Re-encoding a JPEG costs a generation of quality and some time, so it is done only where it
 * removes more than half the pixels (450 dpi is 2.25× the pixels of 300 dpi).
 */
export const DOWNSCALE_ABOVE_DPI = 450;

export interface ImageHeader {
  /** Pixels as displayed (EXIF orientation applied). */
  width: number;
  height: number;
  /** EXIF orientation other than "as stored": the pixels must be turned to print upright. */
  rotated: boolean;
}

const options = { limitInputPixels: MAX_IMAGE_PIXELS, autoOrient: true, failOn: 'error' as const };

/** Reads an image's header only (no pixels), refusing a bomb and naming the asset. */
export async function readImageHeader(file: string, bytes: Buffer): Promise<ImageHeader> {
  let meta: Metadata;
  try {
    const sharp = await sharpModule();
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw unreadable(file, err);
  }
  const pixels = meta.width * meta.height;
  if (pixels > MAX_IMAGE_PIXELS)
    throw new PresskitError('BUNDLE_UNSAFE', `${file} is too large to export: ${meta.width} × ${meta.height} pixels`, [
      {
        file,
        pointer: '',
        message: `${(pixels / 1e6).toFixed(0)} megapixels; the export decodes at most ${MAX_IMAGE_PIXELS / 1e6} megapixels per image`,
      },
    ]);
  return { width: meta.autoOrient.width, height: meta.autoOrient.height, rotated: (meta.orientation ?? 1) !== 1 };
}

/** A photo resized (and turned upright) as a baseline JPEG, quality 85, in sRGB. */
export async function resampleJpeg(file: string, bytes: Buffer, width: number, height: number): Promise<Buffer> {
  try {
    const sharp = await sharpModule();
    return await sharp(bytes, options).resize(width, height, { fit: 'fill' }).jpeg({ quality: 85 }).toBuffer();
  } catch (err) {
    throw unreadable(file, err);
  }
}

export interface RawImage {
  width: number;
  height: number;
  /** 8-bit RGB samples, row by row. */
  rgb: Buffer;
  /** 8-bit alpha samples (the soft mask), or null when the image is opaque. */
  alpha: Buffer | null;
}

/** An image (a PNG logo) resized to RGB samples and, when it has transparency, its alpha channel. */
export async function resampleRaw(file: string, bytes: Buffer, width: number, height: number): Promise<RawImage> {
  try {
    const sharp = await sharpModule();
    const { data, info } = await sharp(bytes, options)
      .resize(width, height, { fit: 'fill' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels === 3) return { width: info.width, height: info.height, rgb: data, alpha: null };
    const count = info.width * info.height;
    const rgb = Buffer.allocUnsafe(count * 3);
    const alpha = Buffer.allocUnsafe(count);
    for (let i = 0; i < count; i++) {
      rgb[i * 3] = data[i * 4]!;
      rgb[i * 3 + 1] = data[i * 4 + 1]!;
      rgb[i * 3 + 2] = data[i * 4 + 2]!;
      alpha[i] = data[i * 4 + 3]!;
    }
    return { width: info.width, height: info.height, rgb, alpha };
  } catch (err) {
    throw unreadable(file, err);
  }
}

function unreadable(file: string, err: unknown): PresskitError {
  if (err instanceof PresskitError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new PresskitError('BUNDLE_INVALID', `${file} cannot be read as an image`, [{ file, pointer: '', message: reason }]);
}
