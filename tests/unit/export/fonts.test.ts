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

  it('subsets keep every used outline exactly, composite accents included (fontkit reads the subset)', async () => {
    const bytes = readFileSync(path.join(FONTS_DIR, FONT_FILES.serif));
    const font = new TrueTypeFont(bytes, FONT_FILES.serif);
    const original = fontkit.create(bytes);
    const used = (await codePointsInUse()).map((cp) => font.glyphId(cp));
    const eAcute = font.glyphId('é'.codePointAt(0)!);
    expect(font.componentGlyphs(eAcute).length).toBeGreaterThan(0);
    // Only é, not e: its components must come along by themselves.
    const onlyComposite = subsetTrueType(font, [eAcute]);
    expect(fontkit.create(onlyComposite).getGlyph(eAcute).path.toSVG()).toBe(original.getGlyph(eAcute).path.toSVG());

    const subset = subsetTrueType(font, used);
    expect(subset.length).toBeLessThan(bytes.length / 4);
    expect(verifySubset(font, subset, used)).toBe(true);
    const reread = fontkit.create(subset);
    expect(reread.numGlyphs).toBe(original.numGlyphs);
    for (const gid of used) {
      expect(reread.getGlyph(gid).path.toSVG(), `glyph ${gid}`).toBe(original.getGlyph(gid).path.toSVG());
      expect(reread.getGlyph(gid).advanceWidth).toBe(original.getGlyph(gid).advanceWidth);
    }
    // A glyph that was not asked for is empty: this is a real subset.
    const unused = font.glyphId('Ж'.codePointAt(0)!);
    expect(unused).not.toBe(0);
    expect(reread.getGlyph(unused).path.toSVG()).toBe('');
    expect(original.getGlyph(unused).path.toSVG()).not.toBe('');
  });

  it('notices a subset that lost an outline, so the export falls back to the whole font', () => {
    const bytes = readFileSync(path.join(FONTS_DIR, FONT_FILES.serif));
    const font = new TrueTypeFont(bytes, FONT_FILES.serif);
    const used = [...'Leica'].map((c) => font.glyphId(c.codePointAt(0)!));
    const subset = subsetTrueType(font, used);
    expect(verifySubset(font, subset, used)).toBe(true);
    const other = subsetTrueType(font, used.slice(1));
    expect(verifySubset(font, other, used)).toBe(false);
  });

  it('refuses a file that is not a TrueType font, naming it', () => {
    expect(() => new TrueTypeFont(new TextEncoder().encode('%PDF-1.7 not a font at all'), 'bogus.ttf')).toThrow(
      /bogus\.ttf: not a TrueType font/,
    );
  });
});
