import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { firstShownDocument, prerenderHtml, withPrerender } from '../../../src/shared/prerender';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

const INDEX = '<!doctype html>\n<html lang="en">\n  <body>\n    <div id="root"></div>\n  </body>\n</html>';

describe('pre-rendered first document (both hosts)', () => {
  it('is the first document the saved language filter shows, every block, before the app root', async () => {
    const bundle = await loadBundle(BUILT_IN_BUNDLE);
    expect(firstShownDocument(bundle, { contentLanguage: 'all' })?.id).toBe(bundle.documents[0]!.id);
    expect(firstShownDocument(bundle, { contentLanguage: 'en' })?.language).toBe('en');
    expect(firstShownDocument(bundle, { contentLanguage: 'fr' })?.id).toBe(bundle.documents[0]!.id);

    const en = firstShownDocument(bundle, { contentLanguage: 'en' })!;
    const html = withPrerender(INDEX, prerenderHtml(bundle, { contentLanguage: 'en' }), 'system');
    expect(html.indexOf('id="prerender"')).toBeLessThan(html.indexOf('id="root"'));
    expect(html).toContain(`lang="en" data-prerendered-document="${en.id}"`);
    // Not taken for the app's own documents (tests and the app look for data-document-id).
    expect(html).not.toContain('data-document-id');
    expect((html.match(/<(p|h\d|pre|blockquote)[ >]/g) ?? []).length).toBeGreaterThanOrEqual(en.blocks.length);
  });

  it('escapes every bundle string and puts a chosen theme on <html>', async () => {
    const bundle = await loadBundle(BUILT_IN_BUNDLE);
    const doc = bundle.documents[0]!;
    const hostile: LoadedBundle = {
      ...bundle,
      manifest: { ...bundle.manifest, title: '<script>alert(1)</script>' },
      documents: [
        { ...doc, title: '"><img src=x onerror=alert(1)>', blocks: [{ ...doc.blocks[0]!, text: '</p><script>x</script> & ok' }] },
      ],
    };
    const html = withPrerender(INDEX, prerenderHtml(hostile, { contentLanguage: 'all' }), 'dark');
    expect(html).not.toMatch(/<script>|<img/);
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;x&lt;/script&gt; &amp; ok');
    expect(html).toContain('<html lang="en" data-theme="dark">');
  });
});
