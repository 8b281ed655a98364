import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/bundle/markdown';
import { ALL_SECTIONS, exportPressKit, renderPressKit, type ExportOptions } from '../../../src/core/export';
import { PresskitError } from '../../../src/shared/errors';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { sampleKitInput } from './fixtures';
import { allText, annotations, FIXED_NOW, normalise, pdfinfo, qpdfCheck, qpdfJson, qpdfString, writePdf } from './pdf-tools';

const base = (over: Partial<ExportOptions> = {}): ExportOptions => ({
  paper: 'a4',
  sections: ALL_SECTIONS,
  includeComments: true,
  now: FIXED_NOW,
  ...over,
});

describe('determinism', () => {
  it('gives byte-identical files for the same bundle, highlights, options and clock', async () => {
    const { bundle, highlights } = await sampleKitInput();
    const first = await exportPressKit(bundle, base({ highlights }));
    const second = await exportPressKit(bundle, base({ highlights }));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    // …and the clock is what makes a difference, nothing random.
    const later = await exportPressKit(bundle, base({ highlights, now: new Date('2025-01-16T10:00:00Z') }));
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
  });

  it('gives the same bytes after exports that drew other characters (fonts prepared once per glyph set)', async () => {
    const { bundle } = await sampleKitInput();
    const first = await exportPressKit(bundle, base());
    const other = await exportPressKit(bundle, base({ sections: ['boilerplate'] }));
    expect(other.length).toBeLessThan(first.length);
    expect(qpdfCheck(writePdf(other)).status).toBe(0);
    expect(Buffer.from(await exportPressKit(bundle, base())).equals(Buffer.from(first))).toBe(true);
  });

  it('writes a file identifier derived from the inputs', async () => {
    const { bundle } = await sampleKitInput();
    const file = writePdf(await exportPressKit(bundle, base()));
    const { objects } = qpdfJson(file);
    const trailer = objects['trailer']?.value as { '/ID'?: string[] } | undefined;
    expect(trailer?.['/ID']).toHaveLength(2);
  });
});

describe('options', () => {
  it('leaves every reader comment out with includeComments: false, highlights on them included', async () => {
    const { bundle, highlights } = await sampleKitInput();
    const file = writePdf(await exportPressKit(bundle, base({ includeComments: false, highlights })));
    const text = normalise(allText(file));
    const comments = bundle.documents.find((d) => d.kind === 'comments')!;
    for (const block of comments.blocks) expect(text).not.toContain(normalise(block.text).slice(0, 40));
    expect(text).not.toContain('Samsung');
    expect(text).not.toContain('Reader comments');
    expect(qpdfJson(file).outlines.map((o) => o.title)).not.toContain('Reader comments');
    // The same export with comments has them: the check above can fail.
    expect(normalise(allText(writePdf(await exportPressKit(bundle, base({ highlights })))))).toContain('Samsung');
  });

  it('prints only the sections asked for, still in the fixed order', async () => {
    const { bundle } = await sampleKitInput();
    const file = writePdf(await exportPressKit(bundle, base({ sections: ['boilerplate', 'release'] })));
    expect(qpdfJson(file).outlines.map((o) => o.title)).toEqual(['Press release', 'About']);
    const text = normalise(allText(file));
    expect(text).not.toContain('Key quotes');
    expect(text).not.toContain('Kerjasama');
    expect(text.indexOf('Wetzlar, 23 May 2022.')).toBeLessThan(text.indexOf('About Xiaomi Corporation'));
    expect(pdfinfo(file).Pages).toBe('2');
  });

  it('works without a timeline or highlights: those sections are simply absent', async () => {
    const { bundle } = await sampleKitInput();
    const bare: LoadedBundle = { ...bundle, manifest: { ...bundle.manifest, timeline: { lanes: [], events: [] } } };
    const file = writePdf(await exportPressKit(bare, base()));
    expect(qpdfCheck(file).status).toBe(0);
    const titles = qpdfJson(file).outlines.map((o) => o.title);
    expect(titles).not.toContain('Partnership timeline');
    expect(titles).not.toContain('Annotations and notes');
    expect(annotations(file, '/Highlight')).toHaveLength(0);
  });

  it('makes live links of URLs in the text', async () => {
    const { bundle } = await sampleKitInput();
    const { blocks, text } = parseMarkdown(
      'See [Leica Camera](https://leica-camera.com/en-int) and https://www.mi.com/global/ (a bare URL).',
    );
    const linked: LoadedBundle = {
      ...bundle,
      documents: bundle.documents.map((d) =>
        d.id === 'about-xiaomi' ? { ...d, blocks: [...d.blocks, ...shift(blocks, d.text.length + 2)], text: `${d.text}\n\n${text}` } : d,
      ),
    };
    const file = writePdf(await exportPressKit(linked, base({ sections: ['boilerplate'] })));
    const uris = annotations(file, '/Link').map((l) => qpdfString((l['/A'] as Record<string, string>)['/URI']));
    expect(uris).toEqual(['https://leica-camera.com/en-int', 'https://www.mi.com/global/']);
  });

  // systemFontDirs: [] — no fallback fonts, as on a machine without Noto: the characters stay missing.
  it('keeps characters the fonts lack findable, each as itself, and reports them', async () => {
    const { bundle } = await sampleKitInput();
    const { blocks, text } = parseMarkdown('Leica 中文 and 📷 in Wetzlar.');
    const odd: LoadedBundle = { ...bundle, documents: bundle.documents.map((d) => (d.id === 'about-xiaomi' ? { ...d, blocks, text } : d)) };
    const kit = await renderPressKit(odd, base({ sections: ['boilerplate'], systemFontDirs: [] }));
    expect(kit.missingCharacters).toEqual(['中', '文', '📷']);
    const file = writePdf(kit.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    expect(normalise(allText(file))).toContain('Leica 中文 and 📷 in Wetzlar.');
  });

  it('gives back every one of 1,300 distinct characters the fonts lack, each as itself', async () => {
    const { bundle } = await sampleKitInput();
    const cjk = Array.from({ length: 1300 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    // Lines of 50 characters, so the text wraps like text.
    const lines = Array.from({ length: 26 }, (_, i) => cjk.slice(i * 50, i * 50 + 50).join(''));
    const { blocks, text } = parseMarkdown(lines.join(' '));
    const odd: LoadedBundle = { ...bundle, documents: bundle.documents.map((d) => (d.id === 'about-xiaomi' ? { ...d, blocks, text } : d)) };
    const kit = await renderPressKit(odd, base({ sections: ['boilerplate'], systemFontDirs: [] }));
    expect(kit.missingCharacters).toHaveLength(1300);
    const file = writePdf(kit.bytes, 'cjk-1300.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    const extracted = allText(file).replace(/\s+/g, '');
    for (const line of lines) expect(extracted).toContain(line);
  });

  it('prints one-byte ASCII codes that PDF strings escape, beside two-byte ones, each as itself', async () => {
    const { bundle } = await sampleKitInput();
    const line = 'Paths (C:\\kits\\2022) café “quoted” ~ {braces} [x] <y> 100% #1 ‰ end.';
    const { blocks, text } = parseMarkdown(line.replaceAll('\\', '\\\\').replace('[x]', '\\[x\\]'));
    const odd: LoadedBundle = { ...bundle, documents: bundle.documents.map((d) => (d.id === 'about-xiaomi' ? { ...d, blocks, text } : d)) };
    const file = writePdf(await exportPressKit(odd, base({ sections: ['boilerplate'] })));
    expect(qpdfCheck(file).status).toBe(0);
    expect(normalise(allText(file))).toContain(normalise(line));
  });

  it('rejects bad options with a typed error naming the field', async () => {
    const { bundle, highlights } = await sampleKitInput();
    const bad = async (options: ExportOptions) => {
      const err = await renderPressKit(bundle, options).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PresskitError);
      return (err as PresskitError).problems.map((p) => p.pointer);
    };
    expect(await bad(base({ sections: ['release', 'appendix' as never] }))).toEqual(['/sections/1']);
    expect(await bad(base({ paper: 'a5' as never }))).toEqual(['/paper']);
    expect(await bad(base({ now: new Date('nope') }))).toEqual(['/now']);
    const outOfRange = { ...highlights[0]!, range: { start: 0, end: 10_000_000 } };
    expect(await bad(base({ highlights: [outOfRange] }))).toEqual(['/highlights/0/range']);
    const unknownDoc = { ...highlights[0]!, annotation: { ...highlights[0]!.annotation, documentId: 'nope' } };
    expect(await bad(base({ highlights: [unknownDoc] }))).toEqual(['/highlights/0/annotation/documentId']);
  });

  it('reports progress up to done = total', async () => {
    const { bundle } = await sampleKitInput();
    const seen: [number, number][] = [];
    await exportPressKit(bundle, base({ onProgress: (done, total) => seen.push([done, total]) }));
    expect(seen.length).toBeGreaterThan(3);
    const [lastDone, lastTotal] = seen.at(-1)!;
    expect(lastDone).toBe(lastTotal);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
  });
});

function shift<T extends { start: number; end: number; inlines: { start: number; end: number }[] }>(blocks: T[], by: number): T[] {
  return blocks.map((b) => ({
    ...b,
    start: b.start + by,
    end: b.end + by,
    inlines: b.inlines.map((r) => ({ ...r, start: r.start + by, end: r.end + by })),
  }));
}
