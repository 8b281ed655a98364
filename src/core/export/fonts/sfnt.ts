import { PresskitError } from '../../../shared/errors';

/**
 * A minimal sfnt reader: exactly what the export needs — cmap lookups, advance widths, vertical
 * metrics and (glyf fonts) the raw glyph data for subsetting. Reads TrueType and CFF-flavoured
 * OpenType, alone or as one face of a collection (.ttc), without parsing the outlines of the latter. Hand-written because fontkit
 * parses a whole cmap on the first lookup (~30 ms per face), which alone would eat the export's
 * time budget; tests cross-check every figure read here against fontkit.
 */
export interface SfntTable {
  offset: number;
  length: number;
}

export class TrueTypeFont {
  readonly view: DataView;
  readonly tables: ReadonlyMap<string, SfntTable>;
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: readonly [number, number, number, number];
  readonly postscriptName: string;
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;
  private readonly cmap: (codePoint: number) => number;

  /** A private copy as a plain Uint8Array: Buffer#slice would share memory, and subsetting copies tables with slice(). */
  readonly bytes: Uint8Array;

  /** CFF outlines (OpenType 'OTTO'): no glyf/loca; subset with hb-subset, embedded as CIDFontType0. */
  readonly cff: boolean;

  constructor(
    source: Uint8Array,
    readonly file: string,
    /** The face inside a collection (.ttc); 0 for a single font. */
    readonly faceIndex = 0,
  ) {
    // Fallback faces of one collection share one plain copy (a CJK collection is ~20 MB).
    const bytes = source.constructor === Uint8Array ? source : new Uint8Array(source);
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const fail = (message: string) => new PresskitError('EXPORT_FAILED', `${file}: ${message}`, [{ file, pointer: '', message }]);
    if (bytes.byteLength < 12) throw fail('not a font file');
    let start = 0;
    if (this.view.getUint32(0) === 0x74746366) {
      // 'ttcf': a collection; its header lists each face's table directory (offsets stay file-absolute).
      if (faceIndex >= this.view.getUint32(8)) throw fail(`has no face ${faceIndex}`);
      start = this.view.getUint32(12 + faceIndex * 4);
    }
    const version = this.view.getUint32(start);
    this.cff = version === 0x4f54544f;
    if (version !== 0x00010000 && version !== 0x74727565 && !this.cff) throw fail('not a TrueType font (nor CFF-flavoured OpenType)');
    const tables = new Map<string, SfntTable>();
    const numTables = this.view.getUint16(start + 4);
    for (let i = 0; i < numTables; i++) {
      const rec = start + 12 + i * 16;
      const tag = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
      const offset = this.view.getUint32(rec + 8);
      const length = this.view.getUint32(rec + 12);
      if (offset + length > bytes.byteLength) throw fail(`table ${tag} runs past the end of the file`);
      tables.set(tag, { offset, length });
    }
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'cmap', ...(this.cff ? ['CFF '] : ['loca', 'glyf'])])
      if (!tables.has(tag)) throw fail(`missing the ${tag} table`);
    this.tables = tables;

    const head = tables.get('head')!.offset;
    this.unitsPerEm = this.view.getUint16(head + 18);
    this.bbox = [
      this.view.getInt16(head + 36),
      this.view.getInt16(head + 38),
      this.view.getInt16(head + 40),
      this.view.getInt16(head + 42),
    ];
    this.longLoca = this.view.getInt16(head + 50) === 1;
    const hhea = tables.get('hhea')!.offset;
    this.ascent = this.view.getInt16(hhea + 4);
    this.descent = this.view.getInt16(hhea + 6);
    this.numberOfHMetrics = this.view.getUint16(hhea + 34);
    this.numGlyphs = this.view.getUint16(tables.get('maxp')!.offset + 4);
    const os2 = tables.get('OS/2');
    this.capHeight = os2 && this.view.getUint16(os2.offset) >= 2 ? this.view.getInt16(os2.offset + 88) : this.ascent;
    const post = tables.get('post');
    this.italicAngle = post ? this.view.getInt32(post.offset + 4) / 65536 : 0;
    this.postscriptName = readPostscriptName(this) ?? file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    this.cmap = readCmap(this, fail);
  }

  /** Glyph id for a Unicode code point; 0 (.notdef) when the font has no glyph for it. */
  glyphId(codePoint: number): number {
    return this.cmap(codePoint);
  }

  /** Advance width in font units. */
  advance(glyphId: number): number {
    const hmtx = this.tables.get('hmtx')!.offset;
    const index = Math.min(glyphId, this.numberOfHMetrics - 1);
    return this.view.getUint16(hmtx + index * 4);
  }

  /** Left side bearing in font units. */
  leftSideBearing(glyphId: number): number {
    const hmtx = this.tables.get('hmtx')!.offset;
    if (glyphId < this.numberOfHMetrics) return this.view.getInt16(hmtx + glyphId * 4 + 2);
    return this.view.getInt16(hmtx + this.numberOfHMetrics * 4 + (glyphId - this.numberOfHMetrics) * 2);
  }

  /** A glyph's raw glyf data (empty for blank glyphs such as the space). */
  glyphData(glyphId: number): Uint8Array {
    const [start, end] = this.glyphRange(glyphId);
    const glyf = this.tables.get('glyf')!.offset;
    return end > start ? this.bytes.subarray(glyf + start, glyf + end) : new Uint8Array(0);
  }

  /** [start, end) of a glyph's outline inside the glyf table; empty for blank glyphs (space). */
  glyphRange(glyphId: number): [number, number] {
    const loca = this.tables.get('loca')!.offset;
    if (this.longLoca) return [this.view.getUint32(loca + glyphId * 4), this.view.getUint32(loca + glyphId * 4 + 4)];
    return [this.view.getUint16(loca + glyphId * 2) * 2, this.view.getUint16(loca + glyphId * 2 + 2) * 2];
  }

  /** Glyph ids a composite glyph draws from (empty for simple glyphs). */
  componentGlyphs(glyphId: number): number[] {
    const [start, end] = this.glyphRange(glyphId);
    if (end - start < 10) return [];
    const glyf = this.tables.get('glyf')!.offset;
    let p = glyf + start;
    if (this.view.getInt16(p) >= 0) return [];
    p += 10;
    const components: number[] = [];
    for (;;) {
      const flags = this.view.getUint16(p);
      components.push(this.view.getUint16(p + 2));
      p += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) p += 2;
      else if (flags & 0x0040) p += 4;
      else if (flags & 0x0080) p += 8;
      if (!(flags & 0x0020)) return components;
    }
  }
}

function readPostscriptName(font: TrueTypeFont): string | null {
  const name = font.tables.get('name');
  if (!name) return null;
  const v = font.view;
  const count = v.getUint16(name.offset + 2);
  const strings = name.offset + v.getUint16(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const rec = name.offset + 6 + i * 12;
    const platform = v.getUint16(rec);
    if (v.getUint16(rec + 6) !== 6) continue;
    const length = v.getUint16(rec + 8);
    const start = strings + v.getUint16(rec + 10);
    let out = '';
    if (platform === 3 || platform === 0) for (let j = 0; j < length; j += 2) out += String.fromCharCode(v.getUint16(start + j));
    else for (let j = 0; j < length; j++) out += String.fromCharCode(v.getUint8(start + j));
    const clean = out.replace(/[^\x21-\x7e]|[[\](){}<>/%#]/g, '');
    if (clean) return clean;
  }
  return null;
}

/** Picks the best Unicode subtable (format 12, else format 4) and returns a lookup function. */
function readCmap(font: TrueTypeFont, fail: (m: string) => Error): (cp: number) => number {
  const v = font.view;
  const cmap = font.tables.get('cmap')!.offset;
  const count = v.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = v.getUint16(rec);
    const encoding = v.getUint16(rec + 2);
    const sub = cmap + v.getUint32(rec + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = v.getUint16(sub);
    if (format === 12 && format12 < 0) format12 = sub;
    if (format === 4 && format4 < 0) format4 = sub;
  }
  if (format12 >= 0) {
    const groups = v.getUint32(format12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const g = format12 + 16 + mid * 12;
        if (cp < v.getUint32(g)) hi = mid - 1;
        else if (cp > v.getUint32(g + 4)) lo = mid + 1;
        else return v.getUint32(g + 8) + (cp - v.getUint32(g));
      }
      return 0;
    };
  }
  if (format4 < 0) throw fail('has no Unicode cmap');
  const segCount = v.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v.getUint16(ends + mid * 2) < cp) lo = mid + 1;
      else hi = mid;
    }
    const start = v.getUint16(starts + lo * 2);
    if (cp < start || cp > v.getUint16(ends + lo * 2)) return 0;
    const delta = v.getInt16(deltas + lo * 2);
    const rangeOffset = v.getUint16(rangeOffsets + lo * 2);
    if (rangeOffset === 0) return (cp + delta) & 0xffff;
    const glyph = v.getUint16(rangeOffsets + lo * 2 + rangeOffset + (cp - start) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  };
}
