import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnnotationFile, planImport, readAnnotationFile, type ParsedItem } from '../../../src/core/annotations/index';
import { PresskitError } from '../../../src/shared/errors';
import type { Annotation } from '../../../src/shared/model/annotation';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { BUILT_IN_BUNDLE } from '../../support/bundles';
import { REPO_ROOT } from '../../support/launch';
import { loadBuiltIn } from './helpers';

/** Annotation files as other tools write them: W3C spec example shapes, Open Annotation, expanded JSON-LD, Hypothesis. */
const FIXTURES = path.join(__dirname, 'fixtures', 'foreign');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
const NOW = new Date('2024-01-02T03:04:05Z');

let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});

/** The text an annotation is attached to, read from the document at its position. */
function attachedText(a: Annotation): string {
  const doc = bundle.documents.find((d) => d.id === a.documentId)!;
  return doc.text.slice(a.position!.start, a.position!.end);
}

const placed = (items: ParsedItem[]) =>
  items.map((i) =>
    i.outcome === 'annotation' ? [i.index, attachedText(i.annotation)] : [i.index, i.outcome, 'reason' in i ? i.reason : ''],
  );

describe('spec example shapes (validated by the W3C conformance suite) import by their quote', () => {
  const SUITE = path.resolve(REPO_ROOT, '..', 'shared', 'standards', 'w3c-web-annotation');
  let validators: { rel: string; expected: boolean; validate: (v: unknown) => boolean }[];
  beforeAll(() => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const file of readdirSync(path.join(SUITE, 'definitions')))
      ajv.addSchema(JSON.parse(readFileSync(path.join(SUITE, 'definitions', file), 'utf8')));
    const musts = (JSON.parse(readFileSync(path.join(SUITE, 'annotations', 'annotationMusts.test'), 'utf8')) as { assertions: string[] })
      .assertions;
    validators = musts.map((rel) => {
      const schema = JSON.parse(readFileSync(path.join(SUITE, rel), 'utf8')) as { expectedResult: string };
      const check = ajv.compile(schema);
      return { rel, expected: schema.expectedResult === 'valid', validate: (v: unknown) => check(v) as boolean };
    });
  });

  it.each([
    ['spec-text-quote.jsonld', 'German craftsmanship'],
    ['spec-refinement.jsonld', 'Matthias Harsch'],
    ['spec-textual-body.jsonld', 'Lei Jun'],
    ['spec-range.jsonld', 'It is an honour to announce the long-term strategic cooperation with Xiaomi today.'],
  ])('%s meets every MUST of the suite and attaches to %j', (file, text) => {
    const json = fixture(file);
    expect(validators.filter((v) => v.validate(json) !== v.expected).map((v) => v.rel)).toEqual([]);
    const { annotations, rejected } = parseAnnotationFile(json, bundle);
    expect(rejected).toEqual([]);
    expect(annotations.map(attachedText)).toEqual([text]);
  });

  it('an AnnotationCollection (selector alternatives, a CssSelector refined by a quote) meets the MUSTs and imports', () => {
    const json = fixture('spec-collection.jsonld') as { '@context': string; first: { items: object[] } };
    // Embedded items take the collection's @context.
    for (const item of json.first.items) {
      const alone = { '@context': json['@context'], ...item };
      expect(validators.filter((v) => v.validate(alone) !== v.expected).map((v) => v.rel)).toEqual([]);
    }
    const { annotations } = parseAnnotationFile(json, bundle);
    expect(annotations.map((a) => [attachedText(a), a.note])).toEqual([
      ['434 million smart devices', 'Figure to check'],
      ['ranked no. 3 globally', ''],
    ]);
  });

  it('keeps the body of the textual-body example as note, tag and creator', () => {
    const [a] = parseAnnotationFile(fixture('spec-textual-body.jsonld'), bundle).annotations;
    expect(a).toMatchObject({ id: 'http://example.org/anno5', note: 'Use this in the intro', tags: ['founder'], creator: 'A. Person' });
  });
});

describe('the shapes a reviewer found missing', () => {
  it('imports every item of the reviewer file; the range ends where its end quote begins (model 4.2.9)', () => {
    const { items } = readAnnotationFile(fixture('reviewer-foreign.jsonld'), bundle, NOW);
    expect(placed(items)).toEqual([
      [0, 'long-term strategic cooperation with Xiaomi'],
      [
        1,
        'rejected',
        'no target has a TextQuoteSelector, so there is no text to attach it to (the target is a whole resource (an IRI), not a passage of text) (at /first/items/1)',
      ],
      [2, 'Matthias Harsch'],
      [3, 'It is an honour to announce the long-term strategic cooperation with'],
      [4, 'Wetzlar'],
      [5, 'Lei Jun'],
    ]);
    const range = items[3]!;
    expect(range.outcome === 'annotation' && range.warnings.join()).toMatch(/up to "Xiaomi today", not including it/);
  });

  it('reads Open Annotation (2013) naming in a @graph: hasTarget/hasBody/hasSelector, chars, oa:Tag, annotatedBy/At', () => {
    const { annotations, rejected } = parseAnnotationFile(fixture('open-annotation-2013.jsonld'), bundle);
    expect(rejected).toEqual([]);
    expect(annotations.map((a) => [attachedText(a), a.note, a.tags, a.creator])).toEqual([
      ['Wetzlar', 'Where is Wetzlar?', [], 'Alice'],
      ['German craftsmanship', '', ['heritage'], undefined],
    ]);
    expect(annotations[0]!.created).toBe('2013-02-04T12:00:00Z');
  });

  it('reads expanded JSON-LD: full IRIs as keys, {"@value"} literals, {"@id"} sources', () => {
    const { annotations, rejected } = parseAnnotationFile(fixture('expanded.jsonld'), bundle);
    expect(rejected).toEqual([]);
    expect(annotations.map((a) => [a.id, attachedText(a), a.note, a.created])).toEqual([
      ['urn:example:expanded1', 'ranked no. 3 globally', 'Expanded note', '2022-05-24T08:00:00Z'],
    ]);
  });

  it('reads a Hypothesis API search result: rows, text = note, tags, user, updated; a page note is rejected with its reason', () => {
    const { report } = planImport(bundle, [], fixture('hypothesis-api.json'), 'hypothesis.json', NOW);
    expect(report.added.map((a) => [a.index, a.id, a.quote])).toEqual([[0, 'https://hypothes.is/a/Zk3aBc-1', 'Wetzlar, 23 May 2022.']]);
    expect(report.rejected).toEqual([
      {
        index: 1,
        reason:
          'no target has a TextQuoteSelector, so there is no text to attach it to (the target has no selector, so it names no passage of text) (at /rows/1)',
      },
    ]);
    const { annotations } = parseAnnotationFile(fixture('hypothesis-api.json'), bundle);
    expect(annotations[0]).toMatchObject({
      note: 'Check the **date**',
      tags: ['dateline', 'check'],
      creator: 'acct:alice@hypothes.is',
      modified: '2022-05-25T09:00:00.000000+00:00',
    });
  });
});

describe('a file that is no annotation file', () => {
  it('names the file and the JSON pointer, not "import"', () => {
    const manifest = path.join(BUILT_IN_BUNDLE, 'presskit.json');
    const err = (() => {
      try {
        parseAnnotationFile(JSON.parse(readFileSync(manifest, 'utf8')), bundle, manifest);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(PresskitError);
    expect((err as PresskitError).message).toMatch(
      new RegExp(`^${manifest.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not an annotation file`),
    );
    expect((err as PresskitError).problems).toEqual([{ file: manifest, pointer: '', message: expect.stringMatching(/it has no "type"/) }]);
    expect(() => planImport(bundle, [], { type: 'Note' }, 'notes.json', NOW)).toThrow(
      /^notes\.json#\/type: not an annotation file: .*"Note"/,
    );
    expect(() => planImport(bundle, [], { type: 'AnnotationCollection', first: 'https://example.org/p1' }, 'c.jsonld', NOW)).toThrow(
      /^c\.jsonld#\/first: /,
    );
  });
});
