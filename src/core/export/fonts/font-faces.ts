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
    readonly key: FontKey,
    readonly font: TrueTypeFont,
  ) {
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = font.descent / font.unitsPerEm;
  }

  private load(cp: number): void {
    const gid = this.font.glyphId(cp);
    const width = Math.round((this.font.advance(gid) * 1000 * 1000) / this.font.unitsPerEm) / 1000;
    const code = literalCode(gid);
    if (cp < BMP) {
      this.gids[cp] = gid;
      this.widths[cp] = width;
      this.codes[cp] = code;
    } else this.astral.set(cp, { gid, width, code });
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
   * The body of a PDF literal string showing `text` (two bytes per glyph as latin1 characters,
   * escaped), recording in `usage` which code stands for which character. A character the font
   * lacks gets a code of its own above the font's glyphs (drawn as the .notdef box), so text
   * extraction still yields that character rather than whichever missing one came first.
   */
  encode(text: string, usage: FontUsage): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        cp = text.codePointAt(i)!;
        i++;
      }
      cp = drawnCodePoint(cp);
      let gid = cp < BMP ? this.gids[cp]! : -1;
      if (gid === -1) gid = this.glyphId(cp);
      if (gid === 0) {
        out += literalCode(usage.missingCode(cp, this.font.numGlyphs));
        continue;
      }
      if (usage.seen[gid] === 0) {
        usage.seen[gid] = 1;
        usage.codes.set(gid, cp);
      }
      out += cp < BMP ? this.codes[cp]! : this.astral.get(cp)!.code;
    }
    return out;
  }
}

/** One export's use of one font: character code (CID) → the code point it shows. */
export class FontUsage {
  readonly codes = new Map<number, number>();
  /** Glyph ids already recorded, as a byte per id: far cheaper per character than a Map lookup. */
  readonly seen = new Uint8Array(0x10000);
  private readonly missing = new Map<number, number>();

  /** The code for a character the font has no glyph for, allocated in order of first use (deterministic per export). */
  missingCode(codePoint: number, numGlyphs: number): number {
    let code = this.missing.get(codePoint);
    if (code === undefined) {
      code = Math.min(numGlyphs + this.missing.size, 0xffff);
      this.missing.set(codePoint, code);
      this.codes.set(code, codePoint);
    }
    return code;
  }

  /** Characters drawn as .notdef boxes because the font lacks them. */
  get missingCharacters(): string[] {
    return [...this.missing.keys()].map((cp) => String.fromCodePoint(cp));
  }
}

const escapeByte = (b: number): string =>
  b === 0x28 ? '\\(' : b === 0x29 ? '\\)' : b === 0x5c ? '\\\\' : b === 0x0d ? '\\r' : String.fromCharCode(b);

/** A glyph id as the two bytes of a literal string; half the size of hex, so half the deflate work. */
function literalCode(gid: number): string {
  return escapeByte(gid >> 8) + escapeByte(gid & 0xff);
}

export type FontFaces = Record<FontKey, FontFace>;

const loaded = new Map<string, FontFaces>();

/** Reads and parses the kit's fonts once per process (and per fonts folder). */
export function loadFontFaces(fontsDir: string): FontFaces {
  const cached = loaded.get(fontsDir);
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
    faces[key] = new FontFace(key, new TrueTypeFont(bytes, file));
  }
  loaded.set(fontsDir, faces);
  return faces;
}
