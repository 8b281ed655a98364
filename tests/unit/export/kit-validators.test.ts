import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_SECTIONS, PAPER_SIZES, renderPressKit } from '../../../src/core/export';
import { DEFAULT_COLOURS, type AnchoredAnnotation } from '../../../src/shared/model/annotation';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { sampleKitInput } from './fixtures';
import {
  annotations,
  bodyText,
  FIXED_NOW,
  normalise,
  pdffonts,
  pdfinfo,
  qpdfCheck,
  qpdfJson,
  qpdfString,
  wordBoxes,
  writePdf,
  type OutlineEntry,
} from './pdf-tools';

let bundle: LoadedBundle;
let highlights: AnchoredAnnotation[];
let a4: string;
let letter: string;

beforeAll(async () => {
  ({ bundle, highlights } = await sampleKitInput());
  const options = { sections: ALL_SECTIONS, includeComments: true, highlights, now: FIXED_NOW };
  a4 = writePdf((await renderPressKit(bundle, { ...options, paper: 'a4' })).bytes, 'a4.pdf');
  letter = writePdf((await renderPressKit(bundle, { ...options, paper: 'letter' })).bytes, 'letter.pdf');
});

// Line ends after a hyphen or dash carry no space in the source; pdftotext puts a line break there.
const joinBreaks = (s: string) => normalise(s).replace(/([-–—/]) /g, '$1');

describe('the exported kit, as external validators read it', () => {
  it('passes qpdf --check (A4 and Letter)', () => {
    for (const file of [a4, letter]) {
      const r = qpdfCheck(file);
      expect(r.status, r.output).toBe(0);
      expect(r.output).toContain('No syntax or stream encoding errors found');
    }
  });

  it('embeds every font with a Unicode map (pdffonts: emb yes, uni yes)', () => {
    const fonts = pdffonts(a4);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const f of fonts) {
      expect(f, f.name).toMatchObject({ type: 'CID TrueType', emb: 'yes', uni: 'yes' });
      expect(f.name).toMatch(/^[A-Z]{6}\+Liberation(Serif|Sans)/);
    }
  });

  it('holds every paragraph of the release, article, boilerplate and comments, in reading order (pdftotext)', () => {
    const text = joinBreaks(bodyText(a4, PAPER_SIZES.a4));
    // The PDF's order: release, then (after quotes, facts, timeline) the article, the boilerplate, the comments.
    const order = ['release', 'article', 'about-xiaomi', 'comments'];
    let from = 0;
    let checked = 0;
    for (const id of order) {
      const doc = bundle.documents.find((d) => d.id === id)!;
      for (const block of doc.blocks) {
        const wanted = joinBreaks(block.text);
        const at = text.indexOf(wanted, from);
        expect(at, `${id}: "${wanted.slice(0, 60)}…" not found after offset ${from}`).toBeGreaterThanOrEqual(0);
        from = at + wanted.length;
        checked++;
      }
    }
    expect(checked).toBe(bundle.documents.reduce((n, d) => n + d.blocks.length, 0));
  });

  it('carries the metadata and the page size (pdfinfo)', () => {
    const info = pdfinfo(a4);
    expect(info).toMatchObject({
      Title: bundle.manifest.title,
      Author: 'Leica Camera AG',
      Subject: bundle.manifest.subtitle,
      Keywords: 'Xiaomi, Leica, mobile imaging, smartphone, partnership',
      Producer: 'Press-kit Viewer 0.1.0',
      Creator: 'Press-kit Viewer 0.1.0',
      CreationDate: 'Wed Jan 15 10:00:00 2025 UTC',
      ModDate: 'Wed Jan 15 10:00:00 2025 UTC',
    });
    expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
    const { objects } = qpdfJson(a4);
    const root = (objects['trailer']?.value as { '/Root': string })['/Root'];
    const catalog = objects[`obj:${root}`]?.value as Record<string, unknown>;
    expect(qpdfString(catalog['/Lang'])).toBe('en');
    expect(catalog['/PageMode']).toBe('/UseOutlines');
    expect(pdfinfo(letter)['Page size']).toBe('612 x 792 pts (letter)');
  });

  it('has a bookmark per section and per document, each opening the page it names', () => {
    const { outlines } = qpdfJson(a4);
    const titles = outlines.map((o) => o.title);
    expect(titles).toEqual([
      'Cover',
      'Contents',
      'Press release',
      'Key quotes',
      'Fact sheet',
      'Partnership timeline',
      'Article',
      'About',
      'Reader comments',
      'Annotations and notes',
    ]);
    const kids = (t: string) => outlines.find((o) => o.title === t)!.kids.map((k: OutlineEntry) => k.title);
    expect(kids('Press release')).toEqual([bundle.documents.find((d) => d.id === 'release')!.title]);
    expect(kids('Article')).toEqual(['Kerjasama Xiaomi dan Leica Camera']);
    const pages = outlines.map((o) => o.destpageposfrom1);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    // The page a bookmark opens shows that section (its label is in the page's text).
    const perPage = bodyText(a4, PAPER_SIZES.a4).split('\f');
    expect(perPage[outlines.find((o) => o.title === 'Fact sheet')!.destpageposfrom1 - 1]).toContain('Fact sheet');
    expect(perPage[outlines.find((o) => o.title === 'Article')!.destpageposfrom1 - 1]).toContain('Kerjasama Xiaomi dan Leica Camera');
  });

  it('links each contents entry to the page of its section', () => {
    const { outlines } = qpdfJson(a4);
    const contentsPage = outlines.find((o) => o.title === 'Contents')!.destpageposfrom1;
    const links = annotations(a4, '/Link').filter((l) => l.page === contentsPage);
    const entries = outlines.length - 2 + outlines.reduce((n, o) => n + o.kids.length, 0);
    expect(links).toHaveLength(entries);
    const { pages } = qpdfJson(a4);
    const pageOf = (ref: string) => pages.find((p) => p.object === ref)!.pageposfrom1;
    const sectionPages = outlines.slice(2).map((o) => o.destpageposfrom1);
    const linkPages = links.map((l) => pageOf((l['/Dest'] as string[])[0]!));
    for (const p of sectionPages) expect(linkPages).toContain(p);
  });

  it('has one Highlight annotation per placed highlight, with its colour, note and QuadPoints', () => {
    const found = annotations(a4, '/Highlight').filter((a) => a['/IRT'] === undefined);
    const placed = highlights.filter((h) => h.range !== null);
    expect(found).toHaveLength(placed.length);
    for (const h of placed) {
      const a = found.find((f) => qpdfString(f['/NM']) === h.annotation.id);
      expect(a, h.annotation.id).toBeDefined();
      const hex = DEFAULT_COLOURS.find((c) => c.key === h.annotation.colour)!.hex;
      const expected = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      (a!['/C'] as number[]).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 2));
      expect(qpdfString(a!['/Contents'])).toBe(h.annotation.note || undefined);
      const quads = a!['/QuadPoints'] as number[];
      expect(quads.length % 8).toBe(0);
      expect(a!['/AP']).toBeDefined();
    }
  });

  it('places each highlight over exactly the words it marks (pdftotext -bbox inside the QuadPoints)', () => {
    const words = wordBoxes(a4);
    const height = PAPER_SIZES.a4.height;
    const strip = (s: string) => normalise(s).replace(/^[.,;:!?’'“”"()]+|[.,;:!?’'“”"()]+$/g, '');
    for (const a of annotations(a4, '/Highlight')) {
      const q = a['/QuadPoints'] as number[];
      const inside: string[] = [];
      for (const w of words.filter((w) => w.page === a.page)) {
        const cx = (w.xMin + w.xMax) / 2;
        const cy = height - (w.yMin + w.yMax) / 2;
        for (let i = 0; i < q.length; i += 8) {
          const [x1, top, x2, , , bottom] = [q[i]!, q[i + 1]!, q[i + 2]!, q[i + 3]!, q[i + 4]!, q[i + 5]!];
          if (cx >= x1 && cx <= x2 && cy <= top && cy >= bottom) inside.push(w.word);
        }
      }
      const h = highlights.find((x) => x.annotation.id === qpdfString(a['/NM']))!;
      expect(strip(inside.join(' ')), h.annotation.quote.exact).toBe(strip(h.annotation.quote.exact));
    }
  });

  it('lists every highlight in the notes appendix with its page, orphaned ones marked', () => {
    // From the page the appendix starts on (it may share that page with the reader comments).
    const pages = bodyText(a4, PAPER_SIZES.a4).split('\f');
    const text = normalise(pages.slice(pages.findIndex((p) => p.includes('Annotations and notes'))).join(' '));
    for (const h of highlights) expect(text).toContain(`“${normalise(h.annotation.quote.exact)}”`);
    expect(text).toContain('orphaned: passage no longer in the text');
    expect(text).toContain('Confirm the model — “P50” or “P50 Pro”?');
    const releasePage = qpdfJson(a4).outlines.find((o) => o.title === 'Press release')!.destpageposfrom1;
    expect(text).toContain(`Key fact p. ${releasePage}`);
  });
});
