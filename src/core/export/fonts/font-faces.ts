import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PresskitError } from '../../../shared/errors';
import { TrueTypeFont } from './sfnt';

/** The faces a kit is set in: Liberation Serif for reading, Liberation Sans for headings and labels. */
export const FONT_KEYS = ['serif', 'serifBold', 'serifItalic', 'sans', 'sansBold'] as const;
export type FontKey = (typeof FONT_KEYS)[number];

export const FONT_FILES: Record<FontKey, string> = {
  serif: 'LiberationSerif-Regular.ttf',
  serifBold: 'LiberationSerif-Bold.ttf',
  serifItalic: 'LiberationSerif-Italic.ttf',
  sans: 'LiberationSans-Regular.ttf',
  sansBold: 'LiberationSans-Bold.ttf',
};

const BMP = 0x10000;

/**
 * Format characters that take no room and are never drawn: soft hyphen (shown as "-" only where a
 * line breaks at it, by the line breaker), zero-width space and non-joiners, word joiner, BOM,
 * variation selectors (the emoji-style ❤️ is drawn as the monochrome ❤ it selects from).
 */
export function isInvisible(cp: number): boolean {
  return cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f);
}

/** Characters laid out as a plain space (Markdown soft breaks arrive as "\n"). */
export function drawnCodePoint(cp: number): number {
  return cp === 0x0a || cp === 0x0d || cp === 0x09 ? 0x20 : cp;
}

/**
 * One font with its metrics cached per code point: the first use of a character costs a cmap
 * lookup, every later one an array read. Widths are kept in PDF glyph space (1/1000 em), rounded
 * to 3 decimals, exactly the numbers written to the font's /W array, so what the layout measures
 * is what a viewer advances.
 */
export class FontFace {
  /**
   * Where a character this face lacks is drawn from (the fallback chain), or null: then it is drawn
   * as the .notdef box and reported missing. Set once, before the face measures anything.
   */
  fallback: ((codePoint: number) => FontFace | null) | null = null;
  /** The face each character this face lacks is drawn with, as the fallback chain found it. */
  private readonly via = new Map<number, FontFace>();
  /**
   * Advance per BMP code point in 1/1000 em, NaN until first asked for: hot loops read it directly
   * and call width() only on a NaN (a first use, or a code point outside the BMP).
   */
  readonly widths = new Float64Array(BMP).fill(Number.NaN);
  private readonly gids = new Int32Array(BMP).fill(-1);
  private readonly codes: string[] = [];
  private readonly astral = new Map<number, { gid: number; width: number; code: string }>();
  readonly ascent: number;
  readonly descent: number;

  constructor(
    /** A kit face's key, or a fallback face's file (and face index). */
    readonly key: string,
    readonly font: TrueTypeFont,
    /**
     * Two-byte codes that are the glyph ids themselves (Identity-H) instead of the compact encoding:
     * fallback faces, whose glyph ids (up to 65,535 in a CJK font) do not fit 0x8000 + CID.
     */
    readonly identity = false,
    readonly serif = key.startsWith('serif'),
    readonly bold = key.endsWith('Bold'),
  ) {
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = font.descent / font.unitsPerEm;
  }

  private load(cp: number): void {
    const gid = this.font.glyphId(cp);
    let width = isInvisible(cp) ? 0 : this.glyphWidth(gid);
    if (gid === 0 && width !== 0 && this.fallback) {
      // Measured with the face that will draw it, so line breaking and drawing agree.
      const other = this.fallback(cp);
      if (other) {
        this.via.set(cp, other);
        width = other.width(cp);
      }
    }
    const code = compactCode(cp, gid);
    if (cp < BMP) {
      this.gids[cp] = gid;
      this.widths[cp] = width;
      this.codes[cp] = code;
    } else this.astral.set(cp, { gid, width, code });
  }

  /** A glyph's advance in 1/1000 em, rounded to 3 decimals (the /W figure). */
  glyphWidth(gid: number): number {
    return Math.round((this.font.advance(gid) * 1000 * 1000) / this.font.unitsPerEm) / 1000;
  }

  /** The face that draws a code point: this one, or the fallback face that has it, or this one's .notdef. */
  faceFor(codePoint: number): FontFace {
    const cp = drawnCodePoint(codePoint);
    if (this.glyphId(cp) !== 0) return this;
    return this.via.get(cp) ?? this;
  }

  /** Glyph id drawn for a code point (0, the .notdef box, when the font lacks it). */
  glyphId(codePoint: number): number {
    const cp = drawnCodePoint(codePoint);
    if (cp < BMP) {
      if (this.gids[cp] === -1) this.load(cp);
      return this.gids[cp]!;
    }
    if (!this.astral.has(cp)) this.load(cp);
    return this.astral.get(cp)!.gid;
  }

  /** Advance of one code point in 1/1000 em. */
  width(codePoint: number): number {
    const cp = drawnCodePoint(codePoint);
    if (cp < BMP) {
      if (Number.isNaN(this.widths[cp]!)) this.load(cp);
      return this.widths[cp]!;
    }
    if (!this.astral.has(cp)) this.load(cp);
    return this.astral.get(cp)!.width;
  }

  /** Width of a string in points at `size`. */
  measure(text: string, size: number): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        total += this.width(text.codePointAt(i)!);
        i++;
      } else total += this.width(c);
    }
    return (total * size) / 1000;
  }

  /**
   * The body of a PDF literal string showing `text` in the kit's compact encoding (see
   * `compactCode`), recording in `usage` which codes it used for which characters. A character the
   * font lacks gets a code of its own above the font's glyphs (drawn as the .notdef box), so text
   * extraction still yields that character rather than whichever missing one came first.
   */
  encode(text: string, usage: FontUsage): string {
    if (this.identity) return this.encodeIdentity(text, usage);
    // Most segments are printable ASCII the font has, none of it to escape: the text is its own code.
    const gids = this.gids;
    let i = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c >= 0x7f || c === 0x28 || c === 0x29 || c === 0x5c || gids[c]! <= 0) break;
      if (usage.narrow[c] === 0) usage.useNarrow(c, gids[c]!);
    }
    return i === text.length ? text : this.encodeFrom(text, i, usage);
  }

  /** encode() from `from` on; the text before it is plain ASCII, already recorded. */
  private encodeFrom(text: string, from: number, usage: FontUsage): string {
    let out = text.slice(0, from);
    for (let i = from; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        cp = text.codePointAt(i)!;
        i++;
      }
      cp = drawnCodePoint(cp);
      if (isInvisible(cp)) continue;
      let gid = cp < BMP ? this.gids[cp]! : -1;
      if (gid === -1) gid = this.glyphId(cp);
      if (gid === 0) {
        out += wideCode(usage.missingCode(cp, this.font.numGlyphs));
        continue;
      }
      if (cp >= 0x20 && cp < 0x7f) {
        if (usage.narrow[cp] === 0) usage.useNarrow(cp, gid);
      } else if (usage.wideSeen[gid] === 0) usage.useWide(cp, gid);
      out += cp < BMP ? this.codes[cp]! : this.astral.get(cp)!.code;
    }
    return out;
  }

  /** Identity-H: every character a two-byte glyph id (fallback faces only draw characters they have). */
  private encodeIdentity(text: string, usage: FontUsage): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        cp = text.codePointAt(i)!;
        i++;
      }
      cp = drawnCodePoint(cp);
      if (isInvisible(cp)) continue;
      const gid = this.glyphId(cp);
      if (gid === 0) continue;
      if (usage.wideSeen[gid] === 0) usage.useWide(cp, gid);
      out += escapeByte(gid >> 8) + escapeByte(gid & 0xff);
    }
    return out;
  }

  /**
   * Shaped glyphs (from the shaper) as a literal-string body: each glyph's code, and its character
   * for ToUnicode where the glyph has none yet (the run's /ActualText gives the exact text).
   */
  encodeGlyph(gid: number, codePoint: number, usage: FontUsage): string {
    // The shaper found no glyph (no face has the character): a code of its own, reported missing.
    if (gid === 0 && !this.identity) return wideCode(usage.missingCode(codePoint, this.font.numGlyphs));
    if (usage.wideSeen[gid] === 0) usage.useWide(codePoint, gid);
    return this.identity ? escapeByte(gid >> 8) + escapeByte(gid & 0xff) : wideCode(gid);
  }

  /** Printable ASCII code → glyph id (0 where the font lacks the character), for the encoding CMap. */
  asciiGlyphs(): number[] {
    const out: number[] = [];
    for (let cp = 0x20; cp < 0x7f; cp++) out.push(this.glyphId(cp));
    return out;
  }
}

/**
 * What one export drew with one font. Character codes: printable ASCII is one byte, the character
 * itself; everything else two bytes, 0x8000 + CID. CIDs are the font's original glyph ids (so
 * content streams never depend on the subset), plus codes above the glyphs for missing characters.
 */
export class FontUsage {
  /** CIDs drawn → a code point each shows (for widths and subsetting). */
  readonly cids = new Map<number, number>();
  /** One-byte codes used (printable ASCII), by code. */
  readonly narrow = new Uint8Array(0x80);
  /** Two-byte codes used, by CID → the code point it shows (for ToUnicode). */
  readonly wide = new Map<number, number>();
  /** CIDs already in `wide` / `cids`, a byte per id: far cheaper per character than a Map lookup. */
  readonly wideSeen = new Uint8Array(0x10000);
  private readonly seen = new Uint8Array(0x10000);
  private readonly missing = new Map<number, number>();

  useNarrow(cp: number, gid: number): void {
    this.narrow[cp] = 1;
    this.useCid(gid, cp);
  }

  useWide(cp: number, gid: number): void {
    this.wideSeen[gid] = 1;
    this.wide.set(gid, cp);
    this.useCid(gid, cp);
  }

  private useCid(gid: number, cp: number): void {
    if (this.seen[gid] === 0) {
      this.seen[gid] = 1;
      this.cids.set(gid, cp);
    }
  }

  /** The CID for a character the font has no glyph for, allocated in order of first use (deterministic per export). */
  missingCode(codePoint: number, numGlyphs: number): number {
    let code = this.missing.get(codePoint);
    if (code === undefined) {
      // Each missing character gets a code of its own, so ToUnicode gives it back; only past the
      // 2-byte code space (some 30,000 distinct missing characters) would codes have to be shared.
      code = Math.min(numGlyphs + this.missing.size, MAX_CID);
      this.missing.set(codePoint, code);
      this.cids.set(code, codePoint);
      this.wide.set(code, codePoint);
    }
    return code;
  }

  /** Characters drawn as .notdef boxes because the font lacks them. */
  get missingCharacters(): string[] {
    return [...this.missing.keys()].map((cp) => String.fromCodePoint(cp));
  }
}

/** Highest CID a two-byte code (0x8000 + CID) can carry. */
export const MAX_CID = 0x7fff;

/** Highest CID an export drew with a font: its glyphs, or a code above them for a missing character. */
export function highestCid(numGlyphs: number, usage: FontUsage): number {
  let high = numGlyphs - 1;
  for (const cid of usage.wide.keys()) if (cid > high) high = cid;
  return high;
}

const escapeByte = (b: number): string =>
  b === 0x28 ? '\\(' : b === 0x29 ? '\\)' : b === 0x5c ? '\\\\' : b === 0x0d ? '\\r' : String.fromCharCode(b);

/** A two-byte code (0x8000 + CID) as literal-string bytes. */
function wideCode(cid: number): string {
  return escapeByte(0x80 | (cid >> 8)) + escapeByte(cid & 0xff);
}

/**
 * The code a character is drawn with. One byte for printable ASCII halves most text in the
 * content streams (and what deflate has to chew through) compared with Identity-H's two bytes.
 */
function compactCode(cp: number, gid: number): string {
  return cp >= 0x20 && cp < 0x7f && gid !== 0 ? escapeByte(cp) : wideCode(gid);
}

export type FontFaces = Record<FontKey, FontFace>;

const loaded = new Map<string, FontFaces>();

/**
 * Reads and parses the kit's fonts once per process (and per fonts folder and fallback chain).
 * `fallback` (the chain, by its cache key) gives each face the faces that draw what it lacks.
 */
export function loadFontFaces(
  fontsDir: string,
  fallback?: { key: string; faceFor: (codePoint: number, face: FontFace) => FontFace | null },
): FontFaces {
  const cacheKey = `${fontsDir}\n${fallback?.key ?? ''}`;
  const cached = loaded.get(cacheKey);
  if (cached) return cached;
  const faces = {} as FontFaces;
  for (const key of FONT_KEYS) {
    const file = path.join(fontsDir, FONT_FILES[key]);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new PresskitError('EXPORT_FAILED', `The export font ${FONT_FILES[key]} is missing from ${fontsDir}`, [
        { file, pointer: '', message: (err as Error).message },
      ]);
    }
    const font = new TrueTypeFont(bytes, file);
    // Two-byte codes carry CIDs up to MAX_CID; the glyphs must leave at least 1,024 codes above them for
    // characters the font lacks (each gets one of its own, up to MAX_CID).
    if (font.numGlyphs > MAX_CID - 0x400)
      throw new PresskitError('EXPORT_FAILED', `The export font ${FONT_FILES[key]} has too many glyphs (${font.numGlyphs})`, [
        { file, pointer: '', message: `more than ${MAX_CID - 0x400} glyphs` },
      ]);
    const face = new FontFace(key, font);
    if (fallback) face.fallback = (cp) => fallback.faceFor(cp, face);
    faces[key] = face;
  }
  loaded.set(cacheKey, faces);
  return faces;
}
