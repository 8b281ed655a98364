import { beforeAll, describe, expect, it } from 'vitest';
import { anchorAll, csvField, toCsv, toMarkdown } from '../../../src/core/annotations/index';
import { resolveColour } from '../../../src/shared/annotations/colours';
import { filterAnnotations, sortInReadingOrder, tagsInUse } from '../../../src/shared/annotations/filter';
import type { Annotation } from '../../../src/shared/model/annotation';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { annotationOn, loadBuiltIn, rangeOf } from './helpers';

let bundle: LoadedBundle;
let items: Annotation[];
beforeAll(async () => {
  bundle = await loadBuiltIn();
  items = [
    annotationOn(bundle, 'about-xiaomi', ...rangeOf(bundle, 'about-xiaomi', 'ranked no. 3 globally'), {
      colour: 'pink',
      tags: ['Figures'],
      note: 'Verify *rank*',
    }),
    annotationOn(bundle, 'release', ...rangeOf(bundle, 'release', 'German craftsmanship'), { colour: 'green', tags: ['heritage'] }),
    annotationOn(bundle, 'article', ...rangeOf(bundle, 'article', 'Huawei P50'), {
      colour: 'pink',
      tags: ['figures', 'competitor'],
      note: '=HYPERLINK("x")',
    }),
    annotationOn(bundle, 'release', 0, 6, { colour: 'yellow', note: 'Café crème' }),
    {
      ...annotationOn(bundle, 'release', 30, 40),
      quote: { type: 'TextQuoteSelector', exact: 'text no longer in the release', prefix: 'p', suffix: 's' },
    },
  ];
});

describe('Markdown export', () => {
  it('groups by colour label in palette order, each with quote, note, tags and a reference back', () => {
    const md = toMarkdown(bundle, items, { labels: { pink: 'Check: figures' } });
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Key fact (yellow)', '## Quote to use (green)', '## Check: figures (pink)']);
    expect(md).toContain('> ranked no. 3 globally');
    expect(md).toContain('Verify *rank*');
    expect(md).toContain('Tags: `figures`, `competitor`');
    expect(md).toMatch(/<urn:presskit:xiaomi-leica-2022:about-xiaomi#char=\d+,\d+>/);
    expect(md).toContain('*Orphaned: this passage is no longer in the current version');
    // Reading order inside a group: the article comes before about-xiaomi in the bundle.
    expect(md.indexOf('Huawei P50')).toBeLessThan(md.indexOf('ranked no. 3'));
  });
});

describe('CSV export', () => {
  it('has a header and one RFC 4180 row per annotation, formulas defused', () => {
    const rows = toCsv(bundle, items).split('\r\n');
    expect(rows[0]).toBe(
      'id,document_id,document_title,language,colour,colour_label,status,start,end,quote,prefix,suffix,note,tags,created,modified,creator,target',
    );
    expect(rows).toHaveLength(items.length + 2);
    expect(rows.find((r) => r.includes('Huawei P50'))).toContain(`"'=HYPERLINK(""x"")"`);
    expect(rows.find((r) => r.includes('no longer'))).toContain(',orphaned,');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });
});

describe('side-panel logic (shared, renderer-safe)', () => {
  it('sorts in reading order: documents as listed, position, orphans last in their document', () => {
    const sorted = sortInReadingOrder(anchorAll(bundle, items), bundle.documents);
    expect(sorted.map((a) => [a.annotation.documentId, a.method === 'orphaned'])).toEqual([
      ['article', false],
      ['release', false],
      ['release', false],
      ['release', true],
      ['about-xiaomi', false],
    ]);
  });

  it('filters by colour, tag, document, language and free text (accent- and case-insensitive, labels included)', () => {
    const placed = anchorAll(bundle, items);
    const ids = (f: Parameters<typeof filterAnnotations>[1]) =>
      filterAnnotations(placed, f, bundle.documents, (k) => resolveColour(k, {}).label).map((a) => a.annotation.id);
    expect(ids({ colours: ['pink'] })).toEqual([items[0]!.id, items[2]!.id]);
    expect(ids({ tags: ['FIGURES'] })).toEqual([items[0]!.id, items[2]!.id]);
    expect(ids({ languages: ['id'] })).toEqual([items[2]!.id]);
    expect(ids({ documentIds: ['release'], status: 'orphaned' })).toEqual([items[4]!.id]);
    expect(ids({ text: 'cafe CREME' })).toEqual([items[3]!.id]);
    expect(ids({ text: 'quote to use' })).toEqual([items[1]!.id]);
    expect(ids({})).toHaveLength(items.length);
    expect(tagsInUse(placed)).toEqual(['competitor', 'Figures', 'heritage']);
  });
});
