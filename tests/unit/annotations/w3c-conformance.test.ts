import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { toJsonLd } from '../../../src/core/annotations/index';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { REPO_ROOT } from '../../support/launch';
import { annotationOn, loadBuiltIn, rangeOf } from './helpers';

/**
 * The W3C Web Annotation conformance suite (w3c/web-annotation-tests), unchanged: every MUST assertion
 * listed in annotations/annotationMusts.test must give its expected result for every annotation we export.
 */
const SUITE = path.resolve(REPO_ROOT, '..', 'shared', 'standards', 'w3c-web-annotation');

interface Assertion {
  id: string;
  assertionType: string;
  expectedResult: 'valid' | 'invalid';
  errorMessage: string;
}

function loadSuite() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(path.join(SUITE, 'definitions')))
    ajv.addSchema(JSON.parse(readFileSync(path.join(SUITE, 'definitions', file), 'utf8')));
  const manifest = JSON.parse(readFileSync(path.join(SUITE, 'annotations', 'annotationMusts.test'), 'utf8')) as { assertions: string[] };
  return manifest.assertions.map((rel) => {
    const schema = JSON.parse(readFileSync(path.join(SUITE, rel), 'utf8')) as Assertion & Record<string, unknown>;
    return { rel, schema, validate: ajv.compile(schema) };
  });
}

describe('exported JSON-LD meets every MUST of the W3C Web Annotation conformance suite', () => {
  let bundle: LoadedBundle;
  let suite: ReturnType<typeof loadSuite>;
  beforeAll(async () => {
    bundle = await loadBuiltIn();
    suite = loadSuite();
  });

  it('reads the whole MUST manifest', () => {
    expect(suite.length).toBe(54);
    expect(suite.every((a) => a.schema.assertionType === 'must')).toBe(true);
  });

  it('passes for annotations with and without notes, tags, creator, at document start and end', () => {
    const release = bundle.documents.find((d) => d.id === 'release')!;
    const items = [
      annotationOn(bundle, 'release', ...rangeOf(bundle, 'release', 'Wetzlar, 23 May 2022.'), {
        note: '**Dateline** – check',
        tags: ['date', 'check'],
        creator: 'Ana',
      }),
      annotationOn(bundle, 'release', 0, 10, { colour: 'green' }),
      annotationOn(bundle, 'release', release.text.length - 12, release.text.length, { colour: 'grey', tags: ['end'] }),
      annotationOn(bundle, 'comments', 0, 7, { note: 'Komentar "pembaca"\nbaris dua', colour: 'purple' }),
    ];
    const exported = JSON.parse(toJsonLd(bundle, items)) as { first: { items: Record<string, unknown>[] } };
    expect(exported.first.items).toHaveLength(items.length);
    const failures: string[] = [];
    for (const annotation of exported.first.items)
      for (const { rel, schema, validate } of suite) {
        const valid = validate(annotation) as boolean;
        if (valid !== (schema.expectedResult === 'valid')) failures.push(`${String(annotation.id)} ${rel}: ${schema.errorMessage}`);
      }
    expect(failures).toEqual([]);
  });

  it('can fail: an annotation missing @context, or with both body and bodyValue, is caught', () => {
    const [good] = (
      JSON.parse(toJsonLd(bundle, [annotationOn(bundle, 'release', 0, 10, { note: 'n' })])) as {
        first: { items: Record<string, unknown>[] };
      }
    ).first.items;
    const broken = [
      { ...good, '@context': 'http://example.org/other.jsonld' },
      { ...good, bodyValue: 'also' },
      { ...good, created: 'yesterday' },
      { ...good, target: { source: 'urn:presskit:x:y', selector: { type: 'TextQuoteSelector' } } },
    ];
    for (const annotation of broken) {
      const failed = suite.filter(({ schema, validate }) => (validate(annotation) as boolean) !== (schema.expectedResult === 'valid'));
      expect(failed.length).toBeGreaterThan(0);
    }
  });
});
