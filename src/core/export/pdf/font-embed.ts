import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { FontFace, FontUsage } from '../fonts/font-faces';
import { subsetTrueType, verifySubset } from '../fonts/subset';

export interface EmbeddedFontReport {
  baseFont: string;
  subset: boolean;
  glyphs: number;
  bytes: number;
}

const utf16Hex = (cp: number): string => {
  if (cp < 0x10000) return cp.toString(16).padStart(4, '0');
  const v = cp - 0x10000;
  return ((0xd800 + (v >> 10)).toString(16) + (0xdc00 + (v & 0x3ff)).toString(16)).padStart(8, '0');
};

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/**
 * ToUnicode CMap: how a text extractor (pdftotext, copy-paste, search) turns each code back into
 * text. Runs of consecutive codes showing consecutive BMP characters (most of a Latin alphabet, in
 * font order) collapse into one bfrange; the rest are bfchar. A range never crosses a change of the
 * codes' or the characters' high byte, as the CMap format asks.
 */
function toUnicodeCMap(used: ReadonlyMap<number, number>, codes: readonly number[]): string {
  const ranges: string[] = [];
  const chars: string[] = [];
  for (let i = 0; i < codes.length;) {
    const first = codes[i]!;
    const cp = used.get(first)!;
    let j = i + 1;
    while (
      j < codes.length &&
      codes[j] === first + (j - i) &&
      used.get(codes[j]!) === cp + (j - i) &&
      codes[j]! >> 8 === first >> 8 &&
      (cp + (j - i)) >> 8 === cp >> 8
    )
      j++;
    if (j - i > 1 && cp < 0x10000) ranges.push(`<${hex4(first)}><${hex4(codes[j - 1]!)}><${hex4(cp)}>`);
    else {
      j = i + 1;
      chars.push(`<${hex4(first)}><${utf16Hex(cp)}>`);
    }
    i = j;
  }
  const blocks = (entries: string[], kind: string) => {
    const out: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      out.push(`${chunk.length} begin${kind}`, ...chunk, `end${kind}`);
    }
    return out;
  };
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def',
    '/CMapName/Adobe-Identity-UCS def/CMapType 2 def',
    '1 begincodespacerange<0000><FFFF>endcodespacerange',
    ...blocks(ranges, 'bfrange'),
    ...blocks(chars, 'bfchar'),
    'endcmap CMapName currentdict/CMap defineresource pop end end',
  ].join('\n');
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

/**
 * Prepared fonts of recent exports, by face and characters drawn: exporting a kit again (another
 * paper size, a section more or less) mostly draws the same characters, and subsetting, verifying
 * and compressing a font again would give the same bytes.
 */
const prepared = new Map<string, PreparedFont>();
const PREPARED_MAX = 20;

function prepareFont(face: FontFace, usage: FontUsage): PreparedFont {
  const used = usage.codes;
  const codes = [...used.keys()].sort((a, b) => a - b);
  let key = `${face.font.file}\n`;
  for (const code of codes) key += `${code}:${used.get(code)!},`;
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
    toUnicode: deflateSync(toUnicodeCMap(used, codes), { level: 9 }),
  };
  if (prepared.size >= PREPARED_MAX) prepared.delete(prepared.keys().next().value!);
  prepared.set(key, result);
  return result;
}

/**
 * Writes a Type0 / CIDFontType2 font (Identity-H, original glyph ids as character codes) into `ref`:
 * a compact subset of the TrueType program when it verifies, the whole program otherwise.
 */
export function embedFont(context: PDFContext, ref: PDFRef, face: FontFace, usage: FontUsage): EmbeddedFontReport {
  const p = prepareFont(face, usage);
  const font = face.font;
  const baseFont = p.report.baseFont;
  const scale = 1000 / font.unitsPerEm;
  const flate = (bytes: Uint8Array, dict: Record<string, number> = {}) =>
    context.register(context.stream(bytes, { ...dict, Filter: 'FlateDecode' }));

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
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
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
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: flate(p.toUnicode),
    }),
  );
  return { ...p.report };
}
