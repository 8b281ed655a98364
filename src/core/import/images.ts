import type { ExtractedImage } from './extracted';

type ImageMime = ExtractedImage['mime'];

/** An image's type from its first bytes (never from a name or a declared type, which may lie). */
export function sniffImage(bytes: Uint8Array): ImageMime | null {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'image/gif';
  if (
    b[0] === 0x52 &&
    b[1] === 0x49 &&
    b[2] === 0x46 &&
    b[3] === 0x46 &&
    b[8] === 0x57 &&
    b[9] === 0x45 &&
    b[10] === 0x42 &&
    b[11] === 0x50
  )
    return 'image/webp';
  const head = new TextDecoder().decode(b.subarray(0, 512)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/** Bytes of a data: URI, or null when it is not one. */
export function dataUriBytes(uri: string): Uint8Array | null {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/is.exec(uri.trim());
  if (!m) return null;
  try {
    return m[2] ? Uint8Array.from(Buffer.from(m[3]!, 'base64')) : new TextEncoder().encode(decodeURIComponent(m[3]!));
  } catch {
    return null;
  }
}

const EXT: Record<ImageMime, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};

/** Gives every image a unique, safe bundle path ("assets/team-photo.jpg") in place. */
export function assignImageNames(images: readonly ExtractedImage[]): void {
  const used = new Set<string>();
  for (const image of images) {
    const base =
      image.name
        .replace(/\.[a-z0-9]{2,5}$/i, '')
        .split(/[\\/]/)
        .pop()!
        .normalize('NFKD')
        .replace(/[^\w-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase()
        .slice(0, 60) || 'image';
    let name = `assets/${base}.${EXT[image.mime]}`;
    for (let n = 2; used.has(name); n++) name = `assets/${base}-${n}.${EXT[image.mime]}`;
    used.add(name);
    image.name = name;
  }
}

/** An image's size in pixels from its header (PNG, GIF, JPEG), or null when unknown (WebP, SVG, damaged). */
export function pixelSize(bytes: Uint8Array, mime: ImageMime): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mime === 'image/png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (mime === 'image/gif' && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (mime !== 'image/jpeg') return null;
  // JPEG: walk the segments to the first start-of-frame marker (C0–CF except C4, C8, CC).
  for (let i = 2; i + 9 < bytes.length;) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: view.getUint16(i + 7), height: view.getUint16(i + 5) };
    i += 2 + view.getUint16(i + 2);
  }
  return null;
}

/** Below this many pixels in either direction, an image is an icon, a rule or a tracking pixel, not a picture. */
export const FURNITURE_IMAGE_PX = 32;

/** Why an image is page furniture by its size (declared in the markup, else its own), or undefined. */
export function tinyImageReason(
  bytes: Uint8Array,
  mime: ImageMime,
  declared: { width?: string | null; height?: string | null },
): string | undefined {
  const own = pixelSize(bytes, mime);
  const px = (attr: string | null | undefined, fallback: number | undefined) => {
    const n = attr && /^\s*\d+(\.\d+)?\s*(px)?\s*$/i.test(attr) ? parseFloat(attr) : undefined;
    return n ?? fallback;
  };
  const width = px(declared.width, own?.width);
  const height = px(declared.height, own?.height);
  if ((width !== undefined && width < FURNITURE_IMAGE_PX) || (height !== undefined && height < FURNITURE_IMAGE_PX))
    return `icon or tracking pixel (${width ?? '?'}×${height ?? '?'} px)`;
  return undefined;
}
