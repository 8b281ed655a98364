import fc from 'fast-check';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_SECTIONS, PAPER_SIZES, renderPressKit } from '../../../src/core/export';
import { loadFontFaces } from '../../../src/core/export/fonts/font-faces';
import { generateLargeBundle } from '../../../src/core/export/generate-fixture';
import { paginate, type FlowItem, type LinesItem } from '../../../src/core/export/layout/flow';
import { breakLines, type Line } from '../../../src/core/export/layout/line-break';
import { STYLES, variantOf } from '../../../src/core/export/layout/styles';
import { REPO_ROOT } from '../../support/launch';
import { bodyText, builtInBundle, FIXED_NOW, wordBoxes, writePdf } from './pdf-tools';

const faces = loadFontFaces(path.join(REPO_ROOT, 'resources', 'fonts'));

describe('line breaking', () => {
  it('fills lines up to the measure, never past it, and prints every character once at its offset', () => {
    const word = fc.stringMatching(/^[A-Za-z’“”é]{1,14}(-[a-z]{1,8})?[.,]?$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 60, max: 460 }),
        fc.boolean(),
        (words, width, bold) => {
          const text = words.join(' ');
          const style = bold ? variantOf(STYLES.body, { strong: true }) : STYLES.body;
          const lines = breakLines(faces, [{ text, style, start: 100 }], { width });
          const seen: string[] = [];
          for (const line of lines) {
            expect(line.width).toBeLessThanOrEqual(width + 0.01);
            for (const seg of line.segments) {
              expect(text.slice(seg.start! - 100, seg.start! - 100 + seg.text.length)).toBe(seg.text);
              seen.push(seg.text);
            }
          }
          expect(seen.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          // Greedy: the first word of each line would not have fitted on the line before.
          for (let i = 1; i < lines.length; i++) {
            const firstWord = lines[i]!.segments[0]!.text.split(/(?<=[-\s])/)[0]!;
            const space = faces[style.font].measure(' ', style.size);
            expect(lines[i - 1]!.width + space + faces[style.font].measure(firstWord.trimEnd(), style.size)).toBeGreaterThan(width - 0.01);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cuts a word longer than the measure rather than letting it overflow', () => {
    const url = 'https://example.com/' + 'averyveryverylongpathsegment'.repeat(4);
    const lines = breakLines(faces, [{ text: url, style: STYLES.body, start: 0, href: url }], { width: 120 });
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(120.01);
    expect(lines.map((l) => l.segments.map((s) => s.text).join('')).join('')).toBe(url);
  });
});

describe('pagination', () => {
  const line = (leading: number): Line => ({ segments: [], width: 0, ascent: 8, descent: 3, leading });
  const para = (n: number, extra: Partial<LinesItem> = {}): LinesItem => ({
    kind: 'lines',
    lines: Array.from({ length: n }, () => line(15)),
    indent: 0,
    spaceBefore: 0,
    spaceAfter: 6,
    ...extra,
  });
  const frame = { left: 50, top: 50, bottom: 50 + 15 * 20, width: 400 };

  it('never leaves a heading at a page foot, nor one line of a paragraph alone at a foot or a head', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 40 }), (spec) => {
        const items: LinesItem[] = spec.map(([heading, n]) => (heading ? para(1, { keepWithNext: true, orphans: 1, widows: 1 }) : para(n)));
        const { pages } = paginate(items, frame);
        const pageOfLine = new Map<Line, number>();
        for (const p of pages) for (const placed of p.placed) if (placed.kind === 'line') pageOfLine.set(placed.line, p.index);
        items.forEach((item, i) => {
          const perPage = new Map<number, number>();
          for (const l of item.lines) perPage.set(pageOfLine.get(l)!, (perPage.get(pageOfLine.get(l)!) ?? 0) + 1);
          expect([...pageOfLine.keys()].filter((l) => item.lines.includes(l))).toHaveLength(item.lines.length);
          if (item.keepWithNext && i + 1 < items.length) {
            // The heading shares its page with the start of what follows.
            expect(pageOfLine.get(items[i + 1]!.lines[0]!)).toBe(pageOfLine.get(item.lines[0]!));
          } else if (item.lines.length >= 4) {
            const pagesOfItem = [...perPage.keys()].sort((a, b) => a - b);
            expect(perPage.get(pagesOfItem[0]!)).toBeGreaterThanOrEqual(2);
            expect(perPage.get(pagesOfItem.at(-1)!)).toBeGreaterThanOrEqual(2);
          } else if (item.lines.length <= 3) {
            expect(perPage.size).toBe(1);
          }
        });
        for (const p of pages)
          for (const placed of p.placed) if (placed.kind === 'line') expect(placed.baseline).toBeLessThanOrEqual(frame.bottom);
      }),
      { numRuns: 300 },
    );
  });

  it('starts a page for a page break and resolves anchors to where the next item lands', () => {
    const items: FlowItem[] = [para(5), { kind: 'pageBreak' }, { kind: 'anchor', id: 'x' }, { kind: 'running', title: 'Second' }, para(2)];
    const { pages, anchors } = paginate(items, frame);
    expect(pages).toHaveLength(2);
    expect(anchors.get('x')).toEqual({ page: 1, y: frame.top });
    expect(pages[1]!.running).toBe('Second');
  });
});

describe('a 300-page kit, read back by pdftotext', () => {
  let file: string;
  beforeAll(async () => {
    const big = generateLargeBundle(await builtInBundle(), 300);
    const kit = await renderPressKit(big, { paper: 'a4', sections: ALL_SECTIONS, includeComments: true, now: FIXED_NOW });
    expect(kit.pages).toBeGreaterThan(250);
    file = writePdf(kit.bytes, 'big.pdf');
  });

  it('ends no page with a heading', () => {
    const pages = bodyText(file, PAPER_SIZES.a4).split('\f');
    for (const [i, page] of pages.entries()) {
      const last = page.trim().split('\n').at(-1) ?? '';
      expect(last, `page ${i + 1}`).not.toMatch(/^Part \d+$/);
    }
  });

  it('keeps every word inside the text frame', () => {
    const { width } = PAPER_SIZES.a4;
    const words = wordBoxes(file);
    expect(words.length).toBeGreaterThan(50_000);
    const outside = words.filter((w) => w.xMin < 67 || w.xMax > width - 67).map((w) => `${w.word} (p. ${w.page})`);
    expect(outside).toEqual([]);
  });
});
