import { beforeAll, describe, expect, it } from 'vitest';
import { anchorAll, planImport, readAnnotationFile, type ParsedItem } from '../../../src/core/annotations/index';
import { documentIri } from '../../../src/shared/annotations/iri';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { loadBuiltIn, rangeOf } from './helpers';

/** Single shapes other tools write, inline, and what must not be attached at all. */
let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});
const NOW = new Date('2024-01-02T03:04:05Z');
const PAGE = 'https://example.org/press';
const quote = (exact: string, extra: Record<string, string> = {}) => ({ type: 'TextQuoteSelector', exact, ...extra });
const read = (items: unknown[]) => readAnnotationFile(items, bundle, NOW).items;

/** [index, attached text, note, tags] or [index, outcome, reason]. */
function summary(items: ParsedItem[]) {
  return items.map((i) => {
    if (i.outcome !== 'annotation') return [i.index, i.outcome, i.reason];
    const a = i.annotation;
    const text = bundle.documents.find((d) => d.id === a.documentId)!.text.slice(a.position!.start, a.position!.end);
    return [i.index, text, a.note, a.tags];
  });
}

describe('type, id, context and body forms', () => {
  it('reads them all', () => {
    const target = (exact: string) => ({ source: PAGE, selector: quote(exact) });
    const items = [
      { type: ['Annotation', 'Highlight'], id: 'x:1', target: target('Matthias Harsch') },
      {
        '@context': ['http://www.w3.org/ns/anno.jsonld', { ex: 'http://example.org/' }],
        '@type': 'oa:Annotation',
        '@id': 'x:2',
        target: target('Lei Jun'),
        body: 'plain words, not an IRI',
      },
      {
        type: 'http://www.w3.org/ns/oa#Annotation',
        id: 'x:3',
        target: [PAGE, target('German craftsmanship')],
        body: ['http://example.org/link', { type: 'TextualBody', value: 'first' }, 'second'],
      },
      {
        type: 'Annotation',
        id: 'x:4',
        motivation: 'oa:tagging',
        body: [{ type: 'TextualBody', value: 'heritage' }],
        target: target('Wetzlar'),
      },
      {
        type: 'Annotation',
        id: 'x:5',
        body: { type: 'cnt:ContentAsText', chars: 'from chars' },
        target: { type: 'Choice', items: [PAGE, target('ranked no. 3 globally')] },
      },
      { id: 'x:6', target: target('434 million smart devices'), bodyValue: 'untyped, but shaped like an annotation' },
    ];
    expect(summary(read(items))).toEqual([
      [0, 'Matthias Harsch', '', []],
      [1, 'Lei Jun', 'plain words, not an IRI', []],
      [2, 'German craftsmanship', '<http://example.org/link>\n\nfirst\n\nsecond', []],
      [3, 'Wetzlar', '', ['heritage']],
      [4, 'ranked no. 3 globally', 'from chars', []],
      [5, '434 million smart devices', 'untyped, but shaped like an annotation', []],
    ]);
  });
});

describe('selectors', () => {
  it('a quote refined by a quote or by offsets within it, and a position beside the quote as a hint on our own document', () => {
    const release = bundle.documents.find((d) => d.id === 'release')!;
    const [start] = rangeOf(bundle, 'release', 'Leica and Xiaomi are both');
    const xiaomi = start + 'Leica and '.length;
    const items = [
      {
        type: 'Annotation',
        id: 'r:1',
        target: { source: PAGE, selector: { ...quote('It is an honour to announce the long-term'), refinedBy: quote('honour') } },
      },
      {
        type: 'Annotation',
        id: 'r:2',
        target: {
          source: PAGE,
          selector: { ...quote('adds Matthias Harsch, CEO'), refinedBy: { type: 'TextPositionSelector', start: 5, end: 20 } },
        },
      },
      {
        type: 'Annotation',
        id: 'r:3',
        target: {
          source: documentIri(bundle.manifest.id, 'release'),
          selector: [{ type: 'TextPositionSelector', start: xiaomi, end: xiaomi + 6 }, quote('Xiaomi')],
        },
      },
    ];
    expect(summary(read(items))).toEqual([
      [0, 'honour', '', []],
      [1, 'Matthias Harsch', '', []],
      [2, 'Xiaomi', '', []],
    ]);
    const r3 = read(items)[2]!;
    expect(r3.outcome === 'annotation' && r3.annotation.position?.start).toBe(xiaomi);
    expect(release.text.slice(xiaomi - 10, xiaomi + 6)).toBe('Leica and Xiaomi');
  });

  it('never guesses: a refinement outside its quote, an ambiguous one, an unusable selector are rejected with the reason', () => {
    const t = (selector: unknown) => ({
      type: 'Annotation',
      id: `n:${JSON.stringify(selector).length}`,
      target: { source: PAGE, selector },
    });
    const items = [
      t({ ...quote('Matthias Harsch'), refinedBy: quote('Lei Jun') }),
      t({ ...quote('Xiaomi and Leica and Xiaomi'), refinedBy: quote('Xiaomi') }),
      t({ ...quote('Matthias Harsch'), refinedBy: { type: 'XPathSelector', value: '/p[1]' } }),
      t({ type: 'FragmentSelector', value: 'para5' }),
      t({
        type: 'RangeSelector',
        startSelector: { type: 'XPathSelector', value: '/p[1]' },
        endSelector: { type: 'XPathSelector', value: '/p[2]' },
      }),
    ];
    expect(summary(read(items))).toEqual([
      [0, 'rejected', expect.stringContaining('the refining quote "Lei Jun" is not within the quote it refines')],
      [1, 'rejected', expect.stringContaining('occurs 2 times within "Xiaomi and Leica and Xiaomi"')],
      [2, 'rejected', expect.stringContaining('a XPathSelector refining a TextQuoteSelector cannot be applied to plain text')],
      [3, 'rejected', expect.stringContaining('a FragmentSelector without a text quote')],
      [4, 'rejected', expect.stringContaining('a RangeSelector from a XPathSelector to a XPathSelector: only text quotes can be placed')],
    ]);
  });
});

describe('ranges between two quotes', () => {
  const range = (id: string, from: unknown, to: unknown) => ({
    type: 'Annotation',
    id,
    target: { source: PAGE, selector: { type: 'RangeSelector', startSelector: from, endSelector: to } },
  });

  it('uses the start prefix and end suffix to choose, and is never placed on text it does not span', () => {
    const items = [
      range('g:1', quote('Lei Jun', { prefix: 'says ' }), quote('Xiaomi Group', { suffix: '.' })),
      range('g:2', quote('Xiaomi today'), quote('It is an honour')),
      range('g:3', quote('It is an honour'), quote('a phrase in no document')),
      range('g:4', quote('Matthias Harsch'), quote('434 million smart devices')),
    ];
    const out = summary(read(items));
    expect(out[0]).toEqual([0, 'Lei Jun, founder, chairman and CEO of', '', []]);
    for (const i of [1, 2, 3])
      expect(out[i]).toEqual([
        i,
        'unplaced',
        expect.stringMatching(/cannot be placed: the two quotes are not both found, once and in that order, in one document/),
      ]);
  });
});

describe('dates', () => {
  it('reads a date-time without a zone as UTC with a warning, and still rejects what is no date', () => {
    const target = { source: PAGE, selector: quote('Matthias Harsch') };
    const items = read([
      { type: 'Annotation', id: 'd:1', created: '2013-02-04T12:00:00', modified: '2013-02-05', target },
      { type: 'Annotation', id: 'd:2', created: 'last Tuesday', target },
    ]);
    expect(items[0]).toMatchObject({
      outcome: 'annotation',
      annotation: { created: '2013-02-04T12:00:00Z', modified: '2013-02-05T00:00:00Z' },
      warnings: expect.arrayContaining(['created "2013-02-04T12:00:00" has no time zone; read as UTC']),
    });
    expect(items[1]).toEqual({ index: 1, outcome: 'rejected', reason: 'created is not an ISO 8601 date-time with a time zone' });
  });
});

describe('hostile nesting', () => {
  it('rejects an item nested thousands of levels deep and still imports the rest of the file', () => {
    let deep: unknown = 'Wetzlar';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    let deepId: unknown = 'x:deep';
    for (let i = 0; i < 50_000; i++) deepId = { '@id': deepId };
    const items = read([
      { type: 'Annotation', id: 'x:a', target: { source: PAGE, selector: { type: 'TextQuoteSelector', exact: deep } } },
      { type: 'Annotation', id: deepId, target: { source: PAGE, selector: quote('Matthias Harsch') } },
      { type: 'Annotation', id: 'x:ok', target: { source: PAGE, selector: quote('Lei Jun') } },
    ]);
    expect(items[0]!.outcome).toBe('rejected');
    expect(items[1]!.outcome).toBe('rejected');
    expect(summary(items)[2]).toEqual([2, 'Lei Jun', '', []]);
  });
});

describe('typography of quotes typed or copied elsewhere', () => {
  it('attaches a quote with straight apostrophes and quotes to the bundle’s curly ones, at the bundle’s own offsets', () => {
    const items = read([
      {
        type: 'Annotation',
        id: 'x:apostrophe',
        target: { source: PAGE, selector: quote("the world's third-largest smartphone manufacturer") },
      },
      { type: 'Annotation', id: 'x:quotes', target: { source: PAGE, selector: quote("'the Leica image look'") } },
    ]);
    expect(summary(items).map((s) => s[1])).toEqual(['the world’s third-largest smartphone manufacturer', '‘the Leica image look’']);
  });

  it('imports such a quote as added (not orphaned), stored in the bundle’s own words, and it stays anchored', () => {
    const file = [
      { type: 'Annotation', id: 'x:typed', target: { source: PAGE, selector: quote("the world's third-largest smartphone manufacturer") } },
    ];
    const { report, change } = planImport(bundle, [], file, 'typed.jsonld', NOW);
    expect(report.orphaned).toEqual([]);
    expect(report.added.map((a) => a.quote)).toEqual(['the world’s third-largest smartphone manufacturer']);
    const stored = change?.kind === 'batch' ? change.changes.flatMap((c) => (c.kind === 'create' ? [c.annotation] : [])) : [];
    expect(stored.map((a) => a.quote.exact)).toEqual(['the world’s third-largest smartphone manufacturer']);
    expect(anchorAll(bundle, stored).map((a) => a.range !== null)).toEqual([true]);
  });

  it('attaches a quote with plain spaces where the text has no-break spaces (French typography)', () => {
    const doc = bundle.documents.find((d) => d.id === 'release')!;
    const text = doc.text.replace('Wetzlar, 23 May 2022.', 'Wetzlar\u00a0: 23\u202fMay 2022.');
    const french: LoadedBundle = { ...bundle, documents: bundle.documents.map((d) => (d === doc ? { ...d, text } : d)) };
    const items = readAnnotationFile(
      [{ type: 'Annotation', id: 'x:nbsp', target: { source: PAGE, selector: quote('Wetzlar : 23 May 2022') } }],
      french,
      NOW,
    ).items;
    const a = items[0]!.outcome === 'annotation' ? items[0]!.annotation : null;
    expect(a && text.slice(a.position!.start, a.position!.end)).toBe('Wetzlar\u00a0: 23\u202fMay 2022');
  });
});
