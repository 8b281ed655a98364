import type { TrueTypeFont } from './sfnt';

/**
 * A compact TrueType subset: only the glyphs used (and the components composite glyphs draw from),
 * renumbered from 0, without hinting (PDF viewers rasterise with their own). The PDF keeps the
 * original glyph ids as character codes and maps them to the new ids with a CIDToGIDMap, so the
 * content streams never change. Renumbering is where pdf-lib's subsetter goes wrong (#1396, #1232:
 * composite glyphs pointing at the wrong components, lost outlines); `verifySubset` re-reads every
 * used glyph from the subset and compares it with the original before the subset is used.
 */
export interface FontSubset {
  program: Uint8Array;
  /** Original glyph id → glyph id in the subset. */
  newGlyphId: ReadonlyMap<number, number>;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const i16 = (b: Uint8Array, at: number) => (u16(b, at) << 16) >> 16;

/** Byte length of one component record starting at `at` (flags, glyph index, arguments, transform). */
function componentLength(flags: number): number {
  let n = 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
  if (flags & WE_HAVE_A_SCALE) n += 2;
  else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) n += 4;
  else if (flags & WE_HAVE_A_TWO_BY_TWO) n += 8;
  return n;
}

/** A glyph's data with its instructions removed and (composites) its components renumbered. */
function strippedGlyph(data: Uint8Array, newGlyphId: ReadonlyMap<number, number>): Uint8Array {
  if (data.length === 0) return data;
  const contours = i16(data, 0);
  if (contours >= 0) {
    const endPts = 10 + contours * 2;
    const instructions = u16(data, endPts);
    const out = new Uint8Array(data.length - instructions);
    out.set(data.subarray(0, endPts));
    out.set(data.subarray(endPts + 2 + instructions), endPts + 2);
    return out;
  }
  const out = data.slice();
  let at = 10;
  for (;;) {
    const flags = u16(out, at);
    const next = newGlyphId.get(u16(out, at + 2))!;
    out[at] = (flags & ~WE_HAVE_INSTRUCTIONS) >> 8;
    out[at + 2] = next >> 8;
    out[at + 3] = next & 0xff;
    at += componentLength(flags);
    if (!(flags & MORE_COMPONENTS)) return out.subarray(0, at);
  }
}

function closeOverComponents(font: TrueTypeFont, used: Iterable<number>): number[] {
  const keep = new Set<number>([0]);
  const queue = [...used];
  while (queue.length) {
    const gid = queue.pop()!;
    if (gid >= font.numGlyphs || keep.has(gid)) continue;
    keep.add(gid);
    queue.push(...font.componentGlyphs(gid));
  }
  return [...keep].sort((a, b) => a - b);
}

export function subsetTrueType(font: TrueTypeFont, used: Iterable<number>): FontSubset {
  const order = closeOverComponents(font, used);
  const newGlyphId = new Map(order.map((gid, i) => [gid, i]));
  const glyphs = order.map((gid) => strippedGlyph(font.glyphData(gid), newGlyphId));
  // Glyphs aligned to 2 bytes, so loca can be the short format (offset / 2 in 16 bits) when it fits:
  // half the index of the usual 32-bit one.
  const glyfLength = glyphs.reduce((n, g) => n + ((g.length + 1) & ~1), 0);
  const short = glyfLength < 0x20000;
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array((order.length + 1) * (short ? 2 : 4));
  const hmtx = new Uint8Array(order.length * 4);
  const locaView = new DataView(loca.buffer);
  const hmtxView = new DataView(hmtx.buffer);
  const setLoca = (i: number, offset: number) => (short ? locaView.setUint16(i * 2, offset / 2) : locaView.setUint32(i * 4, offset));
  let offset = 0;
  order.forEach((gid, i) => {
    setLoca(i, offset);
    glyf.set(glyphs[i]!, offset);
    offset += (glyphs[i]!.length + 1) & ~1;
    hmtxView.setUint16(i * 4, font.advance(gid));
    hmtxView.setInt16(i * 4 + 2, font.leftSideBearing(gid));
  });
  setLoca(order.length, offset);

  const copy = (tag: string) => {
    const t = font.tables.get(tag)!;
    return font.bytes.slice(t.offset, t.offset + t.length);
  };
  const head = copy('head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, short ? 0 : 1); // indexToLocFormat
  const hhea = copy('hhea');
  new DataView(hhea.buffer).setUint16(34, order.length); // numberOfHMetrics: one per glyph
  const maxp = copy('maxp');
  new DataView(maxp.buffer).setUint16(4, order.length); // numGlyphs

  const program = writeSfnt(
    new Map([
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
    ]),
  );
  const sum = checksum(program, 0, program.length);
  new DataView(program.buffer).setUint32(tableOffsetIn(program, 'head') + 8, (0xb1b0afba - sum) >>> 0);
  return { program, newGlyphId };
}

/**
 * True when every used glyph (and each component it draws) reads back from the subset with its
 * original outline, its components renumbered consistently, and its original metrics.
 */
export function verifySubset(font: TrueTypeFont, subset: FontSubset, used: Iterable<number>): boolean {
  const { program, newGlyphId } = subset;
  const glyf = tableOffsetIn(program, 'glyf');
  const loca = tableOffsetIn(program, 'loca');
  const hmtx = tableOffsetIn(program, 'hmtx');
  const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
  const short = view.getInt16(tableOffsetIn(program, 'head') + 50) === 0;
  const at = (i: number) => (short ? view.getUint16(loca + i * 2) * 2 : view.getUint32(loca + i * 4));
  for (const gid of closeOverComponents(font, used)) {
    const ng = newGlyphId.get(gid);
    if (ng === undefined) return false;
    if (view.getUint16(hmtx + ng * 4) !== font.advance(gid) || view.getInt16(hmtx + ng * 4 + 2) !== font.leftSideBearing(gid)) return false;
    const original = font.glyphData(gid);
    const copy = program.subarray(glyf + at(ng), glyf + at(ng + 1));
    if (!sameOutline(original, copy, newGlyphId)) return false;
  }
  return true;
}

function sameOutline(original: Uint8Array, copy: Uint8Array, newGlyphId: ReadonlyMap<number, number>): boolean {
  if (original.length === 0) return copy.length === 0;
  if (copy.length < 10 || i16(copy, 0) !== i16(original, 0)) return false;
  const contours = i16(original, 0);
  const equal = (a: Uint8Array, b: Uint8Array) => {
    if (a.length > b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  };
  if (contours >= 0) {
    const endPts = 10 + contours * 2;
    const instructions = u16(original, endPts);
    if (!equal(original.subarray(0, endPts), copy) || u16(copy, endPts) !== 0) return false;
    return equal(original.subarray(endPts + 2 + instructions), copy.subarray(endPts + 2));
  }
  if (!equal(original.subarray(0, 10), copy)) return false;
  let at = 10;
  for (;;) {
    const flags = u16(original, at);
    if (u16(copy, at) !== (flags & ~WE_HAVE_INSTRUCTIONS)) return false;
    if (u16(copy, at + 2) !== newGlyphId.get(u16(original, at + 2))) return false;
    const length = componentLength(flags);
    if (!equal(original.subarray(at + 4, at + length), copy.subarray(at + 4))) return false;
    at += length;
    if (!(flags & MORE_COMPONENTS)) return true;
  }
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
