import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { PresskitError } from '../../../shared/errors';
import { hbSubset } from '../fonts/hb-subset';
import { highestCid, type FontFace, type FontUsage } from '../fonts/font-faces';
import { subsetTrueType, verifySubset } from '../fonts/subset';
import { encodingCMap, renumberingCMap, toUnicodeCMap } from './cmaps';

export interface EmbeddedFontReport {
  baseFont: string;
  subset: boolean;
  glyphs: number;
  bytes: number;
}

/**
 * /W: widths of the glyphs used, grouped into runs of consecutive glyph ids. By glyph, not by
 * character: a shaped glyph (an Arabic final form, a ligature) has its own advance.
 */
function widthsArray(face: FontFace, gids: readonly number[], original: (id: number) => number = (id) => id): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] = [];
  let runStart = -2;
  gids.forEach((gid, i) => {
    const glyph = original(gid);
    const width = face.glyphWidth(glyph < face.font.numGlyphs ? glyph : 0);
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
  /** CFF subsets: the encoding from original glyph ids to the subset's CIDs. */
  renumbering?: PreparedEncoding;
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
  if (font.cff) return prepareCff(face, usage, codes, gids);
  const compact = subsetTrueType(font, gids);
  let subset = verifySubset(font, compact, gids);
  // A subset that does not read back exactly is not used: the whole font goes in instead (a face of a
  // collection cannot go in whole: HarfBuzz's subsetter makes a font of it, glyphs renumbered the same way).
  let program = subset ? compact.program : font.bytes;
  if (!subset && font.faceIndex > 0) {
    program = hbSubset(font.file, font.bytes, font.faceIndex, gids) ?? unembeddable(font.file);
    subset = true;
  }
  const glyphOf = (cid: number) => (cid >= font.numGlyphs ? 0 : subset ? compact.newGlyphId.get(cid)! : cid);
  const tag = subsetTag(font.postscriptName, gids);
  const baseFont = subset ? `${tag}+${font.postscriptName}` : font.postscriptName;
  const result: PreparedFont = {
    report: { baseFont, subset, glyphs: gids.length, bytes: program.length },
    // Level 9: a font is compressed once per glyph set (see `prepared`), and it is most of a small kit's bytes.
    program: deflateSync(program, { level: 9 }),
    length1: program.length,
    widths: widthsArray(face, codes),
    cidToGid: subset || codes.length > gids.length ? cidToGidMap(codes, glyphOf) : null,
    toUnicode: deflateSync(toUnicodeCMap(usage.narrow, usage.wide, face.identity), { level: 9 }),
  };
  if (prepared.size >= PREPARED_MAX) prepared.delete(prepared.keys().next().value!);
  prepared.set(key, result);
  return result;
}

function unembeddable(file: string): never {
  throw new PresskitError('EXPORT_FAILED', `The font ${file} could not be subset for the PDF`, [
    { file, pointer: '', message: 'HarfBuzz could not subset this font' },
  ]);
}

/** The six-capital subset tag, derived from the glyph set, so the same kit gets the same name. */
function subsetTag(postscriptName: string, gids: readonly number[]): string {
  return createHash('sha256')
    .update(`${postscriptName}:${gids.join(',')}`)
    .digest()
    .subarray(0, 6)
    .reduce((s, b) => s + String.fromCharCode(65 + (b % 26)), '');
}

/**
 * A CFF-flavoured face (Noto's CJK collections): subset by HarfBuzz into an OpenType file embedded
 * as FontFile3 /OpenType under a CIDFontType0. Codes stay the original glyph ids; HarfBuzz numbers
 * the subset's CIDs like its glyphs (in the order of the original ids, .notdef first), and a
 * CIDFontType0 has no CIDToGIDMap, so the font's encoding CMap maps each code to its new CID.
 */
function prepareCff(face: FontFace, usage: FontUsage, codes: readonly number[], gids: readonly number[]): PreparedFont {
  const font = face.font;
  const program = hbSubset(font.file, font.bytes, font.faceIndex, gids) ?? unembeddable(font.file);
  const order = [...new Set([0, ...gids])].sort((a, b) => a - b);
  const cidOf = new Map(order.map((gid, cid) => [gid, cid]));
  const cmap = renumberingCMap(gids.map((g) => [g, cidOf.get(g)!]));
  // /W speaks CIDs (the subset's); ToUnicode speaks codes (the original ids).
  const renumbered = gids.map((g) => cidOf.get(g)!);
  return {
    report: {
      baseFont: `${subsetTag(font.postscriptName, gids)}+${font.postscriptName}`,
      subset: true,
      glyphs: gids.length,
      bytes: program.length,
    },
    program: deflateSync(program, { level: 9 }),
    length1: program.length,
    widths: widthsArray(face, renumbered, (cid) => order[cid]!),
    cidToGid: null,
    renumbering: { name: cmap.name, stream: deflateSync(cmap.text, { level: 9 }) },
    toUnicode: deflateSync(toUnicodeCMap(usage.narrow, usage.wide, true), { level: 9 }),
  };
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
  const encoding = face.identity ? null : encodingOf(face, usage);
  const font = face.font;
  const baseFont = p.report.baseFont;
  const scale = 1000 / font.unitsPerEm;
  const flate = (bytes: Uint8Array, dict: Record<string, number> = {}) =>
    context.register(context.stream(bytes, { ...dict, Filter: 'FlateDecode' }));

  const encodingRef = () => {
    const e = p.renumbering ?? encoding;
    if (!e) return 'Identity-H';
    let r = written.get(e.name);
    if (!r) {
      const dict = { Type: 'CMap', CMapName: e.name, CIDSystemInfo: cidSystemInfo() };
      r = context.register(context.stream(e.stream, { ...dict, Filter: 'FlateDecode' }));
      written.set(e.name, r);
    }
    return r;
  };
  const cidSystemInfo = () => ({ Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 });

  const italic = font.italicAngle !== 0;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 4 + (face.serif ? 2 : 0) + (italic ? 64 : 0),
      FontBBox: font.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round(font.capHeight * scale),
      StemV: face.bold ? 120 : 80,
      ...(font.cff
        ? { FontFile3: context.register(context.stream(p.program, { Subtype: 'OpenType', Filter: 'FlateDecode' })) }
        : { FontFile2: flate(p.program, { Length1: p.length1 }) }),
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: font.cff ? 'CIDFontType0' : 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: cidSystemInfo(),
      FontDescriptor: descriptor,
      DW: 0,
      W: p.widths,
      ...(font.cff ? {} : { CIDToGIDMap: p.cidToGid ? flate(p.cidToGid) : 'Identity' }),
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
