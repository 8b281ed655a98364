import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/bundle/markdown';
import { renderPressKit, type ExportOptions, type RenderedKit } from '../../../src/core/export';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { sampleKitInput } from './fixtures';
import { allText, FIXED_NOW, pdffonts, qpdfCheck, run, wordBoxes, writePdf } from './pdf-tools';

// Every script of issue 13, drawn from the machine's fonts (Debian: fonts-noto-core, fonts-noto-cjk,
// fonts-symbola, installed by .ci/run). Sample sentences written for these tests.
const SAMPLES = {
  japanese: '日本語のテキストです',
  chinese: '小米与徕卡的战略合作',
  korean: '한국어 문장입니다',
  arabic: 'مرحبا بالعالم',
  arabicLigature: 'لا إله إلا الله',
  hebrew: 'שלום עולם',
  greek: 'Καλημέρα κόσμε',
  cyrillic: 'Привет, мир',
  devanagari: 'नमस्ते क्षत्रिय दुनिया',
  emoji: '📷 😀 🎉',
};

const MARKDOWN = [
  // A CJK heading (sans bold) and bold CJK in the serif text: three CJK collections in one export.
  '## 小米与徕卡',
  `${SAMPLES.japanese}。**ライカとシャオミ**。`,
  `${SAMPLES.chinese}。`,
  `${SAMPLES.korean}.`,
  `${SAMPLES.arabic}، ${SAMPLES.arabicLigature}`,
  `${SAMPLES.arabic}. هذه شراكة Leica و Xiaomi منذ 2022.`,
  `${SAMPLES.hebrew}`,
  `${SAMPLES.greek}. ${SAMPLES.cyrillic}.`,
  `${SAMPLES.devanagari}`,
  `Emoji: ${SAMPLES.emoji} and more ❤️.`,
  'بببب',
].join('\n\n');

const base = (over: Partial<ExportOptions> = {}): ExportOptions => ({
  paper: 'a4',
  sections: ['boilerplate'],
  includeComments: false,
  now: FIXED_NOW,
  ...over,
});

async function bundleWith(markdown: string): Promise<LoadedBundle> {
  const { bundle } = await sampleKitInput();
  const { blocks, text } = parseMarkdown(markdown);
  return { ...bundle, documents: bundle.documents.map((d) => (d.id === 'about-xiaomi' ? { ...d, blocks, text } : d)) };
}

/** pdftotext marks right-to-left stretches with embedding controls; compare the characters without them. */
const withoutBidiControls = (s: string) => s.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');

/** Share of dark pixels in a box of page 1 rendered at 72 dpi (1 px = 1 pt), counted by ImageMagick. */
function darkShare(file: string, box: { xMin: number; yMin: number; xMax: number; yMax: number }): number {
  const prefix = path.join(mkdtempSync(path.join(os.tmpdir(), 'presskit-scripts-')), 'page');
  expect(run('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-png', file, prefix]).status).toBe(0);
  const crop = `${Math.ceil(box.xMax - box.xMin)}x${Math.ceil(box.yMax - box.yMin)}+${Math.floor(box.xMin)}+${Math.floor(box.yMin)}`;
  const r = run('convert', [
    `${prefix}-1.png`,
    '-crop',
    crop,
    '+repage',
    '-colorspace',
    'Gray',
    '-threshold',
    '60%',
    '-format',
    '%[fx:mean]',
    'info:',
  ]);
  return 1 - Number(r.stdout.trim());
}

describe('every script in the PDF (system fallback fonts)', () => {
  let kit: RenderedKit;
  let file: string;
  beforeAll(async () => {
    kit = await renderPressKit(await bundleWith(MARKDOWN), base());
    file = writePdf(kit.bytes, 'scripts.pdf');
  }, 120_000);

  it('finds a glyph for every character and passes qpdf --check', () => {
    expect(kit.missingCharacters).toEqual([]);
    const check = qpdfCheck(file);
    expect(check.output).not.toMatch(/WARNING/);
    expect(check.status).toBe(0);
  });

  it('embeds every font as a subset with ToUnicode, CJK as CFF (CID Type 0C) from the collection', () => {
    const fonts = pdffonts(file);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    expect(fonts.some((f) => /NotoS(ans|erif)CJKjp/.test(f.name) && f.type.includes('Type 0C'))).toBe(true);
    expect(fonts.some((f) => /NotoS(ans|erif)CJKkr/.test(f.name))).toBe(true);
    expect(fonts.filter((f) => /CJKjp/.test(f.name)).length).toBeGreaterThanOrEqual(3);
    expect(fonts.some((f) => /Arabic/.test(f.name))).toBe(true);
    expect(fonts.some((f) => /Devanagari/.test(f.name))).toBe(true);
    expect(fonts.some((f) => /Symbola|Emoji/.test(f.name))).toBe(true);
    // A few dozen CJK glyphs, not the 20 MB collection.
    expect(kit.bytes.length).toBeLessThan(120_000);
  });

  it('gives every sample back through pdftotext, right-to-left ones in logical order', () => {
    const text = withoutBidiControls(allText(file)).replace(/\s+/g, ' ');
    for (const [script, sample] of Object.entries(SAMPLES)) expect(text, script).toContain(sample);
  });

  it('shapes Arabic: joining forms are glyphs of their own (one letter, several glyphs)', () => {
    const arabic = kit.fonts.find((f) => /Arabic/.test(f.baseFont))!;
    const letters = new Set([...MARKDOWN].filter((c) => /[\u0600-\u06ff]/.test(c)));
    expect(arabic.glyphs).toBeGreaterThan(letters.size);
  });

  it('orders a right-to-left paragraph from the right: Leica (earlier in the text) right of Xiaomi', () => {
    const boxes = wordBoxes(file);
    const leica = boxes.find((b) => b.word === 'Leica')!;
    const xiaomi = boxes.find((b) => b.word === 'Xiaomi' && Math.abs(b.yMin - leica.yMin) < 2)!;
    expect(leica.xMin).toBeGreaterThan(xiaomi.xMax);
    // …and the paragraph sits at the right margin (A4 595 pt wide, 68 pt margins).
    const line = boxes.filter((b) => Math.abs(b.yMin - leica.yMin) < 2);
    expect(Math.max(...line.map((b) => b.xMax))).toBeGreaterThan(595 - 68 - 3);
  });

  it('draws ink where the CJK, Korean, Arabic, Devanagari and emoji text is (pdftoppm at 72 dpi)', () => {
    const boxes = wordBoxes(file);
    const boxOf = (sample: string) => {
      const start = [...sample][0]!;
      const hit = boxes.find((b) => withoutBidiControls(b.word).includes(start) || b.word.includes(sample.slice(0, 2)));
      expect(hit, sample).toBeDefined();
      return hit!;
    };
    for (const sample of [SAMPLES.japanese, SAMPLES.chinese, SAMPLES.korean, SAMPLES.devanagari]) {
      expect(darkShare(file, boxOf(sample)), sample).toBeGreaterThan(0.04);
    }
    // pdftotext -bbox lists right-to-left words as they lie on the page, right to left.
    const arabicWord = boxes.find((b) => [...withoutBidiControls(b.word)].reverse().join('').includes('بالعالم'))!;
    expect(darkShare(file, arabicWord)).toBeGreaterThan(0.04);
    const camera = boxes.find((b) => b.word === '📷')!;
    expect(darkShare(file, camera)).toBeGreaterThan(0.04);
    // The reference: a box of the same page with nothing drawn is blank.
    expect(darkShare(file, { xMin: 300, yMin: 700, xMax: 400, yMax: 720 })).toBe(0);
  });
});

describe('every script, exported twice', () => {
  it('gives the same bytes (shaping, fallback faces and subsets are deterministic)', async () => {
    const bundle = await bundleWith(MARKDOWN);
    const first = await renderPressKit(bundle, base());
    const second = await renderPressKit(bundle, base());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});

describe('without fallback fonts', () => {
  it('still exports a valid file and names every character it could not draw', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'presskit-no-fonts-'));
    const kit = await renderPressKit(await bundleWith(MARKDOWN), base({ systemFontDirs: [empty] }));
    const file = writePdf(kit.bytes, 'no-fonts.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    for (const c of ['日', '한', 'م', 'न', '📷']) expect(kit.missingCharacters).toContain(c);
    // Liberation has Greek, Cyrillic and Hebrew letters: those are still drawn.
    for (const c of ['Κ', 'П', 'ש']) expect(kit.missingCharacters).not.toContain(c);
    for (const f of pdffonts(file)) expect(f).toMatchObject({ emb: 'yes', sub: 'yes' });
    expect(withoutBidiControls(allText(file))).toContain(SAMPLES.japanese);
  });
});
