import type { TrueTypeFont } from './sfnt';

/** The tables a PDF viewer reads from an embedded TrueType program (ISO 32000-1, 9.9). */
const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

/**
 * Subsets a TrueType font *without renumbering glyphs*: unused outlines are emptied, every glyph id
 * stays what it was. Renumbering is where pdf-lib's subsetter goes wrong (#1396, #1232: composite
 * glyphs and lost outlines); keeping ids makes a lost glyph impossible by construction, and
 * `verifySubset` still checks it before the subset is used.
 */
export function subsetTrueType(font: TrueTypeFont, used: Iterable<number>): Uint8Array {
  const keep = closeOverComponents(font, used);
  const glyf = font.tables.get('glyf')!;
  const pieces: Uint8Array[] = [];
  const loca = new Uint8Array((font.numGlyphs + 1) * 4);
  const locaView = new DataView(loca.buffer);
  let offset = 0;
  for (let gid = 0; gid < font.numGlyphs; gid++) {
    locaView.setUint32(gid * 4, offset);
    if (!keep.has(gid)) continue;
    const [start, end] = font.glyphRange(gid);
    if (end <= start) continue;
    const data = font.bytes.subarray(glyf.offset + start, glyf.offset + end);
    pieces.push(data);
    offset += data.length;
    const pad = (4 - (data.length % 4)) % 4;
    if (pad) {
      pieces.push(new Uint8Array(pad));
      offset += pad;
    }
  }
  locaView.setUint32(font.numGlyphs * 4, offset);
  const newGlyf = concat(pieces, offset);

  const tables = new Map<string, Uint8Array>();
  for (const tag of KEPT_TABLES) {
    if (tag === 'glyf') tables.set(tag, newGlyf);
    else if (tag === 'loca') tables.set(tag, loca);
    else {
      const t = font.tables.get(tag);
      if (t) tables.set(tag, font.bytes.slice(t.offset, t.offset + t.length));
    }
  }
  const head = tables.get('head')!;
  const headView = new DataView(head.buffer, head.byteOffset, head.byteLength);
  headView.setInt16(50, 1); // indexToLocFormat: long offsets
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  const out = writeSfnt(tables);
  const sum = checksum(out, 0, out.length);
  const headOffset = tableOffsetIn(out, 'head');
  new DataView(out.buffer).setUint32(headOffset + 8, (0xb1b0afba - sum) >>> 0);
  return out;
}

/** True when every used glyph (and each component it draws) has exactly its original outline in the subset. */
export function verifySubset(font: TrueTypeFont, subset: Uint8Array, used: Iterable<number>): boolean {
  const view = new DataView(subset.buffer, subset.byteOffset, subset.byteLength);
  const glyfOffset = tableOffsetIn(subset, 'glyf');
  const locaOffset = tableOffsetIn(subset, 'loca');
  const original = font.tables.get('glyf')!.offset;
  for (const gid of closeOverComponents(font, used)) {
    const [start, end] = font.glyphRange(gid);
    const s = view.getUint32(locaOffset + gid * 4);
    const e = view.getUint32(locaOffset + gid * 4 + 4);
    if (e - s < end - start) return false;
    for (let i = 0; i < end - start; i++) if (subset[glyfOffset + s + i] !== font.bytes[original + start + i]) return false;
  }
  return true;
}

function closeOverComponents(font: TrueTypeFont, used: Iterable<number>): Set<number> {
  const keep = new Set<number>([0]);
  const queue = [...used];
  while (queue.length) {
    const gid = queue.pop()!;
    if (gid >= font.numGlyphs || keep.has(gid)) continue;
    keep.add(gid);
    queue.push(...font.componentGlyphs(gid));
  }
  return keep;
}

function writeSfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  let size = 12 + n * 16;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, 2 ** entrySelector * 16);
  view.setUint16(8, entrySelector);
  view.setUint16(10, n * 16 - 2 ** entrySelector * 16);
  let offset = 12 + n * 16;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const rec = 12 + i * 16;
    for (let j = 0; j < 4; j++) out[rec + j] = tag.charCodeAt(j);
    out.set(data, offset);
    view.setUint32(rec + 4, checksum(out, offset, data.length));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, data.length);
    offset += (data.length + 3) & ~3;
  });
  return out;
}

function tableOffsetIn(sfnt: Uint8Array, tag: string): number {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const n = view.getUint16(4);
  for (let i = 0; i < n; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(sfnt[rec]!, sfnt[rec + 1]!, sfnt[rec + 2]!, sfnt[rec + 3]!) === tag) return view.getUint32(rec + 8);
  }
  throw new Error(`subset has no ${tag} table`);
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0;
  const end = offset + ((length + 3) & ~3);
  for (let i = offset; i < end; i += 4) {
    sum = (sum + (((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}

function concat(pieces: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of pieces) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
