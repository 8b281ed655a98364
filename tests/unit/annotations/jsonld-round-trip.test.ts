import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ANNOTATION_STORE_FORMAT,
  AnnotationRepository,
  annotationStoreName,
  importAnnotations,
  toJsonLd,
} from '../../../src/core/annotations/index';
import { documentIri } from '../../../src/shared/annotations/iri';
import { confFactory } from '../../../src/core/store/conf-factory';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { tempDataDir } from '../../support/launch';
import { annotationOn, loadBuiltIn } from './helpers';

// Issue 12: a JSON-LD round trip lost what another tool had written: motivation "commenting" came back
// as "highlighting", text/plain bodies as text/markdown, the note's language as the document's, and the
// target's source URL as our document IRI. Here: another tool's file (written for this test after the W3C
// examples and Hypothesis's export) is imported into a real store, read back, exported, and compared
// field by field with what the file said.
const FILE = path.join(__dirname, 'fixtures', 'foreign', 'round-trip-other-tools.jsonld');
type Json = Record<string, unknown>;

let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});

/** One term or several: the model allows both spellings of the same thing. */
const terms = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
const firstTarget = (a: Json) => (Array.isArray(a.target) ? a.target[0] : a.target) as Json;
const quoteOf = (target: Json) => (terms(target.selector) as Json[]).find((s) => s.type === 'TextQuoteSelector') as Json | undefined;
const bodies = (a: Json) => (terms(a.body) as Json[] | undefined)?.map((b) => ({ ...b, purpose: terms(b.purpose) })) ?? [];

/** The fields of the W3C model that we read, in one comparable shape. */
function fieldsOf(a: Json) {
  const target = firstTarget(a);
  const quote = quoteOf(target)!;
  return {
    id: a.id,
    motivation: terms(a.motivation),
    created: a.created,
    modified: a.modified,
    creator: a.creator,
    bodies: bodies(a),
    source: target.source,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  };
}

describe('JSON-LD round trip of another tool’s annotations', () => {
  it('import → store → export keeps every field we read', () => {
    const original = JSON.parse(readFileSync(FILE, 'utf8')) as { first: { items: Json[] } };
    const dir = tempDataDir();
    const repository = new AnnotationRepository(confFactory, dir);
    const { report } = importAnnotations(repository, bundle, readFileSync(FILE, 'utf8'), FILE);
    expect(report.added.map((a) => a.id)).toEqual(original.first.items.map((a) => a.id));

    // A fresh repository reads what is on disk, not a cache.
    const stored = new AnnotationRepository(confFactory, dir).read(bundle.manifest.id).annotations;
    const exported = JSON.parse(toJsonLd(bundle, stored)) as { first: { items: Json[] } };
    const back = new Map(exported.first.items.map((a) => [a.id, a]));
    for (const item of original.first.items) {
      const again = back.get(item.id);
      expect(again, String(item.id)).toBeDefined();
      expect(fieldsOf(again!)).toEqual(fieldsOf(item));
    }
  });

  it('annotations made here still export as before: highlighting, a Markdown note in the document’s language, our document IRI', () => {
    const made = annotationOn(bundle, 'release', 0, 12, { note: 'ours', creator: 'Desk' });
    const [a] = (JSON.parse(toJsonLd(bundle, [made])) as { first: { items: Json[] } }).first.items;
    expect(a!.motivation).toBe('highlighting');
    expect(a!.creator).toEqual({ type: 'Person', name: 'Desk' });
    expect(a!.body).toEqual([{ type: 'TextualBody', purpose: 'commenting', value: 'ours', format: 'text/markdown', language: 'en' }]);
    expect(firstTarget(a!).source).toBe(documentIri(bundle.manifest.id, 'release'));
    expect((terms(firstTarget(a!).selector) as Json[]).map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('a store written before these fields existed still loads', () => {
    const dir = tempDataDir();
    const old = annotationOn(bundle, 'release', 0, 12, { note: 'old' });
    writeFileSync(
      path.join(dir, `${annotationStoreName(bundle.manifest.id)}.json`),
      JSON.stringify({
        formatVersion: ANNOTATION_STORE_FORMAT,
        data: { bundleId: bundle.manifest.id, contentHash: null, annotations: [old] },
      }),
    );
    const repository = new AnnotationRepository(confFactory, dir);
    expect(repository.read(bundle.manifest.id).annotations).toEqual([old]);
    expect(repository.takeNotices()).toEqual([]);
  });
});
