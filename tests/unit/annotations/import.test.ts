import { beforeAll, describe, expect, it } from 'vitest';
import { AnnotationRepository, importAnnotations, parseAnnotationFile, planImport, toJsonLd } from '../../../src/core/annotations/index';
import { confFactory } from '../../../src/core/store/conf-factory';
import { PresskitError } from '../../../src/shared/errors';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { tempDataDir } from '../../support/launch';
import { annotationOn, loadBuiltIn, rangeOf } from './helpers';

let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});
const NOW = new Date('2024-01-02T03:04:05Z');

/** As Hypothesis exports a highlight made on the release's web page. */
const hypothesis = (id: string, exact: string, prefix?: string, suffix?: string, extra: Record<string, unknown> = {}) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  id,
  created: '2022-05-24T08:00:00.123456+00:00',
  creator: 'acct:alice@hypothes.is',
  body: [
    { type: 'TextualBody', value: 'Check against the **annual report**', format: 'text/markdown' },
    { type: 'TextualBody', purpose: 'tagging', value: 'figures' },
  ],
  target: [
    {
      source: 'https://www.leica-camera.com/en-int/press/xiaomi-leica',
      selector: [
        {
          type: 'RangeSelector',
          startSelector: { type: 'XPathSelector', value: '/main/p[3]' },
          endSelector: { type: 'XPathSelector', value: '/main/p[3]' },
        },
        { type: 'TextPositionSelector', start: 4211, end: 4236 },
        { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
      ],
    },
  ],
  ...extra,
});

describe('import', () => {
  it('round-trips our own export, and importing it again adds nothing (all duplicates)', () => {
    const mine = [
      annotationOn(bundle, 'release', ...rangeOf(bundle, 'release', 'German craftsmanship'), {
        note: 'Use in intro',
        tags: ['heritage'],
        colour: 'green',
      }),
      annotationOn(bundle, 'about-xiaomi', ...rangeOf(bundle, 'about-xiaomi', 'ranked no. 3 globally'), { colour: 'pink', creator: 'Ana' }),
    ];
    const file = JSON.parse(toJsonLd(bundle, mine));
    const first = planImport(bundle, [], file, 'mine.jsonld', NOW);
    expect(first.report.added.map((a) => a.id)).toEqual(mine.map((a) => a.id));
    expect(parseAnnotationFile(file, bundle).annotations).toEqual(mine);
    const again = planImport(bundle, mine, file, 'mine.jsonld', NOW);
    expect(again.change).toBeNull();
    expect(again.report.duplicates.map((d) => d.reason)).toEqual([
      'an annotation with this id is already stored',
      'an annotation with this id is already stored',
    ]);
  });

  it('skips an annotation with a new id but the same passage, colour, note and tags, and duplicates within the file', () => {
    const a = annotationOn(bundle, 'release', 0, 10, { note: 'n' });
    const file = JSON.parse(toJsonLd(bundle, [a, { ...a, id: 'urn:uuid:other' }]));
    const { report } = planImport(bundle, [], file, 'f.jsonld', NOW);
    expect(report.added).toHaveLength(1);
    expect(report.duplicates).toEqual([{ index: 1, id: 'urn:uuid:other', reason: `same passage, colour, note and tags as ${a.id}` }]);
  });

  it("attaches another tool's annotation by its quote wherever it occurs in the bundle, with its note, tags and creator", () => {
    const item = hypothesis(
      'https://hypothes.is/a/abc',
      '434 million smart devices',
      'consumer AIoT (AI+IoT) platform, more than ',
      ' connected to its platform',
    );
    const { annotations, rejected } = parseAnnotationFile([item], bundle);
    expect(rejected).toEqual([]);
    const [a] = annotations;
    expect(a).toMatchObject({
      id: 'https://hypothes.is/a/abc',
      documentId: 'about-xiaomi',
      note: 'Check against the **annual report**',
      tags: ['figures'],
      creator: 'acct:alice@hypothes.is',
    });
    const text = bundle.documents.find((d) => d.id === 'about-xiaomi')!.text;
    expect(text.slice(a!.position!.start, a!.position!.end)).toBe('434 million smart devices');
  });

  it('reports what matches nowhere, what is ambiguous and what is invalid, each with the reason', () => {
    const items = [
      hypothesis('https://hypothes.is/a/1', 'a sentence that is in no document of the bundle'),
      hypothesis('https://hypothes.is/a/2', 'Xiaomi'),
      { type: 'Annotation', id: 'x:3', target: 'https://example.org/page' },
      { ...hypothesis('https://hypothes.is/a/4', 'German craftsmanship'), bodyValue: 'both' },
      hypothesis('https://hypothes.is/a/5', 'German craftsmanship', undefined, undefined, { created: 'last Tuesday' }),
      { type: 'Note', id: 'x:6' },
      'not an object',
    ];
    const { report } = planImport(bundle, [], items, 'hyp.jsonld', NOW);
    expect(report.added).toEqual([]);
    expect(report.orphaned.map((o) => [o.index, o.stored])).toEqual([
      [0, false],
      [1, false],
    ]);
    expect(report.orphaned[0]!.reason).toMatch(/occurs nowhere in this bundle/);
    expect(report.orphaned[1]!.reason).toMatch(/occurs \d+ times in the bundle/);
    expect(report.rejected).toEqual([
      {
        index: 2,
        reason:
          'no target has a TextQuoteSelector, so there is no text to attach it to (the target is a whole resource (an IRI), not a passage of text)',
      },
      { index: 3, reason: 'has both body and bodyValue, which the model forbids' },
      { index: 4, reason: 'created is not an ISO 8601 date-time with a time zone' },
      { index: 5, reason: 'its type is not "Annotation" (it is "Note")' },
      { index: 6, reason: 'is not a JSON object' },
    ]);
  });

  it('keeps our annotations whose text changed in a new version of the bundle, as orphaned', () => {
    const a = annotationOn(bundle, 'release', 0, 10);
    const gone = { ...a, quote: { ...a.quote, exact: 'a passage the new version no longer has' }, position: undefined };
    const { report, change } = planImport(bundle, [], JSON.parse(toJsonLd(bundle, [gone])), 'old.jsonld', NOW);
    expect(report.orphaned).toMatchObject([{ id: a.id, stored: true }]);
    expect(change).toMatchObject({ kind: 'batch', changes: [{ kind: 'create' }] });
  });

  it('reads an AnnotationPage and a lone annotation, and refuses what is no annotation file', () => {
    const a = annotationOn(bundle, 'release', 0, 10);
    const page = (JSON.parse(toJsonLd(bundle, [a])) as { first: unknown }).first;
    expect(parseAnnotationFile(page, bundle).annotations).toHaveLength(1);
    expect(parseAnnotationFile((page as { items: unknown[] }).items[0], bundle).annotations).toHaveLength(1);
    expect(() => parseAnnotationFile({ hello: 'world' }, bundle)).toThrow(PresskitError);
    expect(() => parseAnnotationFile({ type: 'AnnotationCollection', first: 'https://example.org/page1' }, bundle)).toThrow(
      /does not embed its first page/,
    );
  });

  it('writes through the store: the change is one undoable batch, and bad JSON is a typed error naming the file', () => {
    const repository = new AnnotationRepository(confFactory, tempDataDir());
    const text = JSON.stringify([
      hypothesis('https://hypothes.is/a/abc', '434 million smart devices', 'consumer AIoT (AI+IoT) platform, more than ', ' connected'),
    ]);
    const { report } = importAnnotations(repository, bundle, text, 'h.jsonld', NOW);
    expect(report.added).toHaveLength(1);
    expect(repository.read(bundle.manifest.id).annotations.map((a) => a.id)).toEqual(['https://hypothes.is/a/abc']);
    const err = (() => {
      try {
        importAnnotations(repository, bundle, '{ not json', 'broken.jsonld', NOW);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(PresskitError);
    expect((err as PresskitError).code).toBe('IMPORT_INVALID');
    expect((err as PresskitError).problems[0]!.file).toBe('broken.jsonld');
  });
});
