import { beforeAll, describe, expect, it } from 'vitest';
import { anchorAll, planImport } from '../../../src/core/annotations/index';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { annotationOn, loadBuiltIn, rangeOf } from './helpers';

let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});
const NOW = new Date('2024-01-02T03:04:05Z');

/** Another tool's annotation of a web page, its quote with the bundle's own 32 characters of context either side. */
function webAnnotation(id: string, documentId: string, inBundle: string, typed: string) {
  const text = bundle.documents.find((d) => d.id === documentId)!.text;
  const at = text.indexOf(inBundle);
  if (at < 0) throw new Error(`"${inBundle}" not in ${documentId}`);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id,
    motivation: 'highlighting',
    target: {
      source: 'https://example.org/press/xiaomi-leica',
      selector: {
        type: 'TextQuoteSelector',
        exact: typed,
        prefix: text.slice(at - 32, at),
        suffix: text.slice(at + inBundle.length, at + inBundle.length + 32),
      },
    },
  };
}

describe('a quote attaches only where the text says what it says', () => {
  it.each([
    ['a number', 'about-xiaomi', 'more than 434 million smart devices', 'more than 435 million smart devices'],
    ['a word', 'release', 'the world’s third-largest smartphone manufacturer', 'the world’s second-largest smartphone manufacturer'],
    ['a year', 'article', 'bekerjasama dengan Huawei dari tahun 2016', 'bekerjasama dengan Huawei dari tahun 2017'],
  ])('a quote with %s changed is reported not found, never stored with the bundle’s words', (_what, documentId, inBundle, typed) => {
    const { report, change } = planImport(
      bundle,
      [],
      { '@graph': [webAnnotation('https://example.org/a/1', documentId, inBundle, typed)] },
      'web.jsonld',
      NOW,
    );
    expect(report.added).toEqual([]);
    expect(report.orphaned.map((o) => o.quote)).toEqual([typed]);
    expect(change).toBeNull();
  });

  it('still attaches a quote that differs only in typography: straight quotes, hyphens, spaces', () => {
    const inBundle = 'the world’s third-largest smartphone manufacturer';
    const typed = "the world's  third-largest smartphone manufacturer";
    const { report } = planImport(
      bundle,
      [],
      { '@graph': [webAnnotation('https://example.org/a/2', 'release', inBundle, typed)] },
      'web.jsonld',
      NOW,
    );
    expect(report.added.map((a) => a.quote)).toEqual([inBundle]);
  });

  it('orphans a stored annotation whose words changed in a new version of the bundle, instead of moving it', () => {
    const quote = 'more than 434 million smart devices';
    const a = annotationOn(bundle, 'about-xiaomi', ...rangeOf(bundle, 'about-xiaomi', quote));
    const changed: LoadedBundle = {
      ...bundle,
      documents: bundle.documents.map((d) => (d.id === 'about-xiaomi' ? { ...d, text: d.text.replace('434 million', '435 million') } : d)),
    };
    expect(anchorAll(changed, [a])[0]!.method).toBe('orphaned');
    const moved: LoadedBundle = {
      ...bundle,
      documents: bundle.documents.map((d) => (d.id === 'about-xiaomi' ? { ...d, text: `A new first sentence. ${d.text}` } : d)),
    };
    expect(anchorAll(moved, [a])[0]!.method).not.toBe('orphaned');
  });
});
