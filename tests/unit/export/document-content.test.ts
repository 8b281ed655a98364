import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, renderPressKit } from '../../../src/core/export';
import { sampleKitInput } from './fixtures';
import { bundleWith, imageRows } from './image-fixtures';
import { FIXED_NOW, normalise, qpdfCheck, qpdfJson, qpdfString, run, writePdf } from './pdf-tools';

const PHOTO = readFileSync(path.join(import.meta.dirname, 'images', 'photo.jpg'));
const article = (markdown: string) => ({ id: 'gallery-note', title: 'Behind the scenes', markdown });
const options = { paper: 'a4' as const, sections: ['article' as const], includeComments: false, now: FIXED_NOW };

describe('images a document places in its text', () => {
  it('draws the image where the Markdown puts it, with caption, credit and a Figure carrying the alt text', async () => {
    const bundle = await bundleWith(
      [{ file: 'photos/signing.jpg', bytes: PHOTO, mime: 'image/jpeg', alt: 'Manifest alt', credit: 'Example Studio' }],
      article(
        [
          '# Behind the scenes',
          '',
          'The partners met in Wetzlar before the announcement.',
          '',
          '![Two executives shaking hands in front of a camera museum](./photos/signing.jpg "The signing in Wetzlar.")',
          '',
          'Afterwards both teams toured the factory.',
          '',
        ].join('\n'),
      ),
    );
    const kit = await renderPressKit(bundle, options);
    const file = writePdf(kit.bytes, 'placed-image.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    // The media section is off: the one image in the PDF is the placed one, passed through.
    expect(imageRows(run('pdfimages', ['-list', file]).stdout)).toMatchObject([{ width: 1600, height: 1000, enc: 'jpeg' }]);
    const text = normalise(run('pdftotext', [file, '-']).stdout);
    const order = ['met in Wetzlar', 'The signing in Wetzlar.', 'Photo: Example Studio', 'toured the factory'].map((t) => text.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The alt text is the Figure's /Alt, not printed as a paragraph.
    expect(text).not.toContain('Two executives shaking hands');
    // Its Figure element sits between the paragraphs and holds the caption; the Markdown's alt text is its /Alt.
    const tree = run('pdfinfo', ['-struct-text', file]).stdout;
    expect(tree).toMatch(/met in Wetzlar[^\n]*"\n\s+Figure\n\s+"The signing in Wetzlar\.Photo: Example Studio"\n\s+P/);
    const elems = Object.values(qpdfJson(file).objects).map((o) => o?.value as Record<string, unknown> | undefined);
    const figures = elems.filter((e) => e?.['/S'] === '/Figure');
    expect(figures.map((f) => qpdfString(f!['/Alt']))).toEqual(['Two executives shaking hands in front of a camera museum']);
  });

  it('keeps the alt text as words when the image is not an asset (a URL), and embeds nothing', async () => {
    const bundle = await bundleWith([], article('Before.\n\n![A chart from the web](https://example.com/chart.png)\n\nAfter.\n'));
    const kit = await renderPressKit(bundle, options);
    const file = writePdf(kit.bytes, 'url-image.pdf');
    expect(imageRows(run('pdfimages', ['-list', file]).stdout)).toEqual([]);
    expect(normalise(run('pdftotext', [file, '-']).stdout)).toContain('A chart from the web');
  });
});

describe('nested lists', () => {
  const markdown = [
    'Launch plan:',
    '',
    '- Phones',
    '  - Xiaomi 12S Ultra',
    '    1. Leica Authentic look',
    '    2. Leica Vibrant look',
    '  - Xiaomi 12S Pro',
    '- Cameras',
    '',
    'End of plan.',
    '',
  ].join('\n');

  it('draws an inner list one level further in, with its own markers', async () => {
    const bundle = await bundleWith([], article(markdown));
    const kit = await renderPressKit(bundle, options);
    const file = writePdf(kit.bytes, 'nested.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    const layout = run('pdftotext', ['-layout', file, '-']).stdout.split('\n');
    const column = (words: string) => {
      const line = layout.find((l) => l.includes(words));
      expect(line, words).toBeDefined();
      return line!.indexOf(words);
    };
    const top = column('Phones');
    const second = column('Xiaomi 12S Ultra');
    const third = column('Leica Authentic look');
    expect(second).toBeGreaterThan(top + 1);
    expect(third).toBeGreaterThan(second + 1);
    expect(column('Xiaomi 12S Pro')).toBe(second);
    expect(column('Cameras')).toBe(top);
    // Markers by level: • for the outer list, ◦ for the inner, 1. a. i. for numbers by level (this numbered list is at the third).
    expect(layout.find((l) => l.includes('Phones'))).toMatch(/•\s+Phones/);
    expect(layout.find((l) => l.includes('12S Ultra'))).toMatch(/◦\s+Xiaomi 12S Ultra/);
    expect(layout.find((l) => l.includes('Authentic'))).toMatch(/ i\.\s+Leica Authentic/);
    expect(layout.find((l) => l.includes('Vibrant'))).toMatch(/ii\.\s+Leica Vibrant/);
  });

  it('tags the inner list as an L inside the item it belongs to (L > LI > LBody > L)', async () => {
    const bundle = await bundleWith([], article(markdown));
    const kit = await renderPressKit(bundle, options);
    const file = writePdf(kit.bytes, 'nested-struct.pdf');
    const tree = run('pdfinfo', ['-struct-text', file]).stdout;
    // Indentation is nesting in poppler's listing: find each element's depth.
    const rows = tree.split('\n').map((l) => ({ depth: l.length - l.trimStart().length, text: l.trim() }));
    const path = (words: string) => {
      const at = rows.findIndex((r) => r.text.includes(words));
      expect(at, words).toBeGreaterThan(0);
      const chain: string[] = [];
      let depth = rows[at]!.depth;
      for (let i = at - 1; i >= 0; i--)
        if (rows[i]!.depth < depth) {
          chain.unshift(rows[i]!.text.split(/\s/)[0]!);
          depth = rows[i]!.depth;
        }
      return chain.join(' > ');
    };
    expect(path('Phones')).toMatch(/L > LI > LBody$/);
    expect(path('Xiaomi 12S Ultra')).toMatch(/L > LI > LBody > L > LI > LBody$/);
    expect(path('Leica Vibrant look')).toMatch(/L > LI > LBody > L > LI > LBody > L > LI > LBody$/);
    expect(path('Cameras')).toMatch(/Document > L > LI > LBody$/);
  });
});

describe('highlights in the structure tree', () => {
  it('puts each highlight annotation in the paragraph it marks as an Annot element, its /Alt the label and note', async () => {
    const { bundle, highlights } = await sampleKitInput();
    const kit = await renderPressKit(bundle, { ...options, sections: ALL_SECTIONS, includeComments: true, highlights });
    const file = writePdf(kit.bytes, 'highlight-tags.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    const tree = run('pdfinfo', ['-struct-text', file]).stdout;
    // The Annot sits inside the P whose text carries the highlighted words.
    expect(tree).toMatch(/\n(\s+)P[^\n]*\n\1\s+"[^"]*legendary reputation[^"]*"\n\1\s+Annot /);
    const objects = Object.values(qpdfJson(file).objects).map((o) => o?.value as Record<string, unknown> | undefined);
    const annots = objects.filter((e) => e?.['/S'] === '/Annot');
    const alts = annots.map((e) => qpdfString(e!['/Alt']));
    expect(alts).toContain('Highlight (Key fact): Strong claim: use in the headline?');
    expect(alts).toContain('Highlight (Background)');
    // Every Highlight annotation has a /StructParent that the ParentTree resolves (qpdf --check passed above).
    const highlightDicts = objects.filter((e) => e?.['/Subtype'] === '/Highlight');
    expect(highlightDicts.length).toBeGreaterThan(0);
    for (const h of highlightDicts) expect(typeof h!['/StructParent']).toBe('number');
    expect(annots.length).toBe(highlightDicts.length);
  });
});
