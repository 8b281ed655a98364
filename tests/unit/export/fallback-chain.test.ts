import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FallbackChain } from '../../../src/core/export/fonts/fallback-chain';
import { loadFontFaces } from '../../../src/core/export/fonts/font-faces';
import { defaultFontsDir } from '../../../src/core/export/plan';
import { systemFontDirs } from '../../../src/core/export/fonts/system-fonts';

// The chain on this machine's fonts (Debian: fonts-noto-core, fonts-noto-cjk, fonts-symbola from .ci/run).
const chain = new FallbackChain(systemFontDirs(), 'sc');
const faces = loadFontFaces(defaultFontsDir(), { key: 'fallback-chain.test', faceFor: (cp, face) => chain.faceFor(cp, face) });
const fileOf = (key: keyof typeof faces, ch: string) => path.basename(faces[key].faceFor(ch.codePointAt(0)!).font.file);

describe('the font fallback chain', () => {
  it('keeps every character the kit face has (Latin, Greek, Cyrillic, Hebrew letters) with that face', () => {
    for (const ch of ['a', 'é', 'Ω', 'Ж', 'ש']) expect(faces.serif.faceFor(ch.codePointAt(0)!)).toBe(faces.serif);
  });

  it('picks the script font in the style of the asking face: serif or sans, regular or bold', () => {
    expect(fileOf('serif', 'م')).toBe('NotoNaskhArabic-Regular.ttf');
    expect(fileOf('sansBold', 'م')).toBe('NotoSansArabic-Bold.ttf');
    expect(fileOf('serif', 'न')).toBe('NotoSerifDevanagari-Regular.ttf');
    expect(fileOf('sansBold', 'न')).toBe('NotoSansDevanagari-Bold.ttf');
    expect(fileOf('serif', '中')).toBe('NotoSerifCJK-Regular.ttc');
    expect(fileOf('sansBold', '中')).toBe('NotoSansCJK-Bold.ttc');
  });

  it('takes the kit’s CJK face of a collection for Han, the Korean one for Hangul', () => {
    expect(faces.serif.faceFor(0x4e2d).font.postscriptName).toBe('NotoSerifCJKsc-Regular');
    expect(faces.serif.faceFor(0xd55c).font.postscriptName).toBe('NotoSerifCJKkr-Regular');
  });

  it('draws emoji from a monochrome outline font, never the bitmap Noto Color Emoji', () => {
    expect(fileOf('serif', '📷')).not.toMatch(/Color/);
    expect(faces.serif.faceFor(0x1f4f7)).not.toBe(faces.serif);
  });

  it('measures a character with the face that draws it', () => {
    const han = faces.serif.faceFor(0x4e2d);
    expect(faces.serif.width(0x4e2d)).toBe(han.width(0x4e2d));
    expect(faces.serif.width(0x4e2d)).not.toBe(faces.serif.glyphWidth(0));
  });

  it('finds nothing in an empty folder', () => {
    const empty = new FallbackChain([mkdtempSync(path.join(os.tmpdir(), 'presskit-no-fonts-'))], 'sc');
    expect(empty.faceFor(0x4e2d, faces.serif)).toBeNull();
  });
});
