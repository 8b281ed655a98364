import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { highestCid, type FontFace, type FontUsage } from '../fonts/font-faces';
import { subsetTrueType, verifySubset } from '../fonts/subset';
import { encodingCMap, toUnicodeCMap } from './cmaps';

export interface EmbeddedFontReport {
  baseFont: string;
  subset: boolean;
  glyphs: number;
  bytes: number;
}

/** /W: widths of the glyphs used, grouped into runs of consecutive glyph ids. */
function widthsArray(face: FontFace, used: ReadonlyMap<number, number>, gids: readonly number[]): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] = [];
  let runStart = -2;
  gids.forEach((gid, i) => {
    const width = face.width(used.get(gid)!);
    if (gid === gids[i - 1]! + 1 && run.length) run.push(width);
    else {
      if (run.length) out.push(runStart, run);
      run = [width];
      runStart = gid;
    }
  });
  if (run.length) out.push(runStart, run);
  return out;
}

/**
 * CID → GID: character codes are the original glyph ids (so content streams never depend on the
 * subset); this maps each to its glyph in the embedded program, and missing-character codes to .notdef.
 */
function cidToGidMap(codes: readonly number[], glyphOf: (cid: number) => number): Uint8Array {
  const map = new Uint8Array((codes.at(-1)! + 1) * 2);
  for (const cid of codes) {
    const gid = glyphOf(cid);
    map[cid * 2] = gid >> 8;
    map[cid * 2 + 1] = gid & 0xff;
  }
  return deflateSync(map, { level: 9 });
}

/** Everything about one embedded font that depends only on the face and the characters drawn. */
interface PreparedFont {
  report: EmbeddedFontReport;
  /** The TrueType program, deflated. */
  program: Uint8Array;
  length1: number;
  widths: (number | number[])[];
  /** Deflated CIDToGIDMap, or null for Identity. */
  cidToGid: Uint8Array | null;
  toUnicode: Uint8Array;
}

/** A face's encoding CMap, deflated: it depends on the face alone. */
interface PreparedEncoding {
  name: string;
  stream: Uint8Array;
}

/** By face, then by the highest CID it must reach (a range per 256 CIDs: most exports need just the font's glyphs). */
const encodings = new WeakMap<FontFace, Map<number, PreparedEncoding>>();

function encodingOf(face: FontFace, usage: FontUsage): PreparedEncoding {
  const maxCid = highestCid(face.font.numGlyphs, usage) | 0xff;
  let byMax = encodings.get(face);
  if (!byMax) encodings.set(face, (byMax = new Map()));
  let e = byMax.get(maxCid);
  if (!e) {
    const cmap = encodingCMap(face.asciiGlyphs(), maxCid);
    e = { name: cmap.name, stream: deflateSync(cmap.text, { level: 9 }) };
    byMax.set(maxCid, e);
  }
  return e;
}

/**
 * Prepared fonts of recent exports, by face and characters drawn: exporting a kit again (another
 * paper size, a section more or less) mostly draws the same characters, and subsetting, verifying
 * and compressing a font again would give the same bytes.
 */
const prepared = new Map<string, PreparedFont>();
const PREPARED_MAX = 20;

function prepareFont(face: FontFace, usage: FontUsage): PreparedFont {
  const used = usage.cids;
  const codes = [...used.keys()].sort((a, b) => a - b);
  let key = `${face.font.file}\n`;
  for (const code of codes) key += `${code}:${used.get(code)!},`;
  key += '\n';
  for (let c = 0x20; c < 0x7f; c++) if (usage.narrow[c]) key += String.fromCharCode(c);
  for (const [cid, cp] of usage.wide) key += `,${cid}:${cp}`;
  const cached = prepared.get(key);
  if (cached) return cached;

  const font = face.font;
  // Codes at or above numGlyphs stand for characters the font lacks; they draw glyph 0.
  const gids = codes.filter((c) => c < font.numGlyphs);
  const compact = subsetTrueType(font, gids);
  const subset = verifySubset(font, compact, gids);
  // A subset that does not read back exactly is not used: the whole font goes in instead.
  const program = subset ? compact.program : font.bytes;
  const glyphOf = (cid: number) => (cid >= font.numGlyphs ? 0 : subset ? compact.newGlyphId.get(cid)! : cid);
  // The subset tag is six capitals derived from the glyph set, so the same kit gets the same name.
  const tag = createHash('sha256')
    .update(`${font.postscriptName}:${gids.join(',')}`)
    .digest()
    .subarray(0, 6)
    .reduce((s, b) => s + String.fromCharCode(65 + (b % 26)), '');
  const baseFont = subset ? `${tag}+${font.postscriptName}` : font.postscriptName;
  const result: PreparedFont = {
    report: { baseFont, subset, glyphs: gids.length, bytes: program.length },
    // Level 9: a font is compressed once per glyph set (see `prepared`), and it is most of a small kit's bytes.
    program: deflateSync(program, { level: 9 }),
    length1: program.length,
    widths: widthsArray(face, used, codes),
    cidToGid: subset || codes.length > gids.length ? cidToGidMap(codes, glyphOf) : null,
    toUnicode: deflateSync(toUnicodeCMap(usage.narrow, usage.wide), { level: 9 }),
  };
  if (prepared.size >= PREPARED_MAX) prepared.delete(prepared.keys().next().value!);
  prepared.set(key, result);
  return result;
}

/**
 * Writes a Type0 / CIDFontType2 font (Identity-H, original glyph ids as character codes) into `ref`:
 * a compact subset of the TrueType program when it verifies, the whole program otherwise.
 */
export function embedFont(
  context: PDFContext,
  ref: PDFRef,
  face: FontFace,
  usage: FontUsage,
  /** Encoding CMap streams already written in this export, by name (faces often share one). */
  written: Map<string, PDFRef>,
): EmbeddedFontReport {
  const p = prepareFont(face, usage);
  const encoding = encodingOf(face, usage);
  const font = face.font;
  const baseFont = p.report.baseFont;
  const scale = 1000 / font.unitsPerEm;
  const flate = (bytes: Uint8Array, dict: Record<string, number> = {}) =>
    context.register(context.stream(bytes, { ...dict, Filter: 'FlateDecode' }));

  const encodingRef = () => {
    let r = written.get(encoding.name);
    if (!r) {
      const dict = { Type: 'CMap', CMapName: encoding.name, CIDSystemInfo: cidSystemInfo() };
      r = context.register(context.stream(encoding.stream, { ...dict, Filter: 'FlateDecode' }));
      written.set(encoding.name, r);
    }
    return r;
  };
  const cidSystemInfo = () => ({ Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 });

  const italic = font.italicAngle !== 0;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 4 + (face.key.startsWith('serif') ? 2 : 0) + (italic ? 64 : 0),
      FontBBox: font.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round(font.capHeight * scale),
      StemV: face.key.endsWith('Bold') ? 120 : 80,
      FontFile2: flate(p.program, { Length1: p.length1 }),
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: cidSystemInfo(),
      FontDescriptor: descriptor,
      DW: 0,
      W: p.widths,
      CIDToGIDMap: p.cidToGid ? flate(p.cidToGid) : 'Identity',
    }),
  );
  context.assign(
    ref,
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseFont,
      Encoding: encodingRef(),
      DescendantFonts: [cidFont],
      ToUnicode: flate(p.toUnicode),
    }),
  );
  return { ...p.report };
}
