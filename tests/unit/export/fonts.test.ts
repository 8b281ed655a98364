import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, FONT_KEYS } from '../../../src/core/export/fonts/font-faces';
import { TrueTypeFont } from '../../../src/core/export/fonts/sfnt';
import { subsetTrueType, verifySubset } from '../../../src/core/export/fonts/subset';
import { REPO_ROOT } from '../../support/launch';
import { builtInBundle } from './pdf-tools';

const FONTS_DIR = path.join(REPO_ROOT, 'resources', 'fonts');
// Typographic characters a press kit needs whether or not the built-in bundle has them today.
const EXTRA = '‘’“”–—…×•é É à ç ñ ü ß Å Ø ő € © ® ™ ° ½ №';

async function codePointsInUse(): Promise<number[]> {
  const bundle = await builtInBundle();
  const text = bundle.documents.map((d) => d.text).join('') + JSON.stringify(bundle.manifest) + EXTRA;
  return [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((cp) => cp >= 0x20).sort((a, b) => a - b);
}

describe('the kit fonts', () => {
  it('ship with their open licence', () => {
    const licence = readFileSync(path.join(FONTS_DIR, 'LICENSE-Liberation.txt'), 'utf8');
    expect(licence).toContain('SIL Open Font License');
  });

  for (const key of FONT_KEYS) {
    it(`${FONT_FILES[key]}: our reader agrees with fontkit on metrics, glyph ids and advances`, async () => {
      const bytes = readFileSync(path.join(FONTS_DIR, FONT_FILES[key]));
      const ours = new TrueTypeFont(bytes, FONT_FILES[key]);
      const theirs = fontkit.create(bytes);
      expect([ours.unitsPerEm, ours.ascent, ours.descent, ours.numGlyphs]).toEqual([
        theirs.unitsPerEm,
        theirs.ascent,
        theirs.descent,
        theirs.numGlyphs,
      ]);
      expect(ours.postscriptName).toBe(theirs.postscriptName);
      for (const cp of await codePointsInUse()) {
        const glyph = theirs.glyphForCodePoint(cp);
        expect(ours.glyphId(cp), `U+${cp.toString(16)}`).toBe(glyph.id);
        expect(ours.advance(glyph.id), `U+${cp.toString(16)}`).toBe(glyph.advanceWidth);
        // Coverage: every character of the kit has a real glyph (no .notdef boxes).
        expect(glyph.id, `${String.fromCodePoint(cp)} missing from ${FONT_FILES[key]}`).not.toBe(0);
      }
    });
  }

  it('subsets keep every used outline and metric, composite accents included (fontkit reads the subset)', async () => {
    const bytes = readFileSync(path.join(FONTS_DIR, FONT_FILES.serif));
    const font = new TrueTypeFont(bytes, FONT_FILES.serif);
    const original = fontkit.create(bytes);
    const used = (await codePointsInUse()).map((cp) => font.glyphId(cp));
    const eAcute = font.glyphId('é'.codePointAt(0)!);
    expect(font.componentGlyphs(eAcute).length).toBeGreaterThan(0);
    // Only é, not e: its components come along by themselves, renumbered.
    const onlyComposite = subsetTrueType(font, [eAcute]);
    expect(onlyComposite.newGlyphId.size).toBe(1 + 1 + font.componentGlyphs(eAcute).length);
    const composite = fontkit.create(Buffer.from(onlyComposite.program)).getGlyph(onlyComposite.newGlyphId.get(eAcute)!);
    expect(composite.path.toSVG()).toBe(original.getGlyph(eAcute).path.toSVG());

    const subset = subsetTrueType(font, used);
    expect(subset.program.length).toBeLessThan(bytes.length / 10);
    expect(verifySubset(font, subset, used)).toBe(true);
    const reread = fontkit.create(Buffer.from(subset.program));
    expect(reread.numGlyphs).toBe(subset.newGlyphId.size);
    for (const gid of used) {
      const copy = reread.getGlyph(subset.newGlyphId.get(gid)!);
      expect(copy.path.toSVG(), `glyph ${gid}`).toBe(original.getGlyph(gid).path.toSVG());
      expect(copy.advanceWidth).toBe(original.getGlyph(gid).advanceWidth);
    }
    // A glyph that was not asked for is not there: this is a real subset.
    expect(subset.newGlyphId.has(font.glyphId('Ж'.codePointAt(0)!))).toBe(false);
  });

  it('notices a subset that lost or misnumbered an outline, so the export falls back to the whole font', () => {
    const bytes = readFileSync(path.join(FONTS_DIR, FONT_FILES.serif));
    const font = new TrueTypeFont(bytes, FONT_FILES.serif);
    const used = [...'Leicaé'].map((c) => font.glyphId(c.codePointAt(0)!));
    const subset = subsetTrueType(font, used);
    expect(verifySubset(font, subset, used)).toBe(true);
    // Asked for fewer glyphs than used: one is missing.
    expect(verifySubset(font, subsetTrueType(font, used.slice(1)), used)).toBe(false);
    // Two glyph ids swapped in the map: outlines no longer match their ids.
    const map = new Map(subset.newGlyphId);
    const [a, b] = [used[0]!, used[1]!];
    map.set(a, subset.newGlyphId.get(b)!);
    map.set(b, subset.newGlyphId.get(a)!);
    expect(verifySubset(font, { ...subset, newGlyphId: map }, used)).toBe(false);
    // One byte of an outline changed (the glyf table is the first: tables are sorted by tag).
    const damaged = subset.program.slice();
    const glyf = new DataView(damaged.buffer).getUint32(12 + 8);
    expect(String.fromCharCode(...damaged.subarray(12, 16))).toBe('glyf');
    damaged[glyf + 12] = damaged[glyf + 12]! ^ 0xff;
    expect(verifySubset(font, { ...subset, program: damaged }, used)).toBe(false);
  });

  it('refuses a file that is not a TrueType font, naming it', () => {
    expect(() => new TrueTypeFont(new TextEncoder().encode('%PDF-1.7 not a font at all'), 'bogus.ttf')).toThrow(
      /bogus\.ttf: not a TrueType font/,
    );
  });
});
