import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, renderPressKit } from '../../../src/core/export';
import { builtInBundle, FIXED_NOW, qpdfJson, qpdfString, writePdf } from './pdf-tools';

/** The catalog's /Lang of the kit exported from the built-in text, declared in the given languages. */
async function pdfLang(languages: string[]): Promise<string | undefined> {
  const base = await builtInBundle();
  const bundle = { ...base, manifest: { ...base.manifest, languages } };
  const kit = await renderPressKit(bundle, { paper: 'a4', sections: ALL_SECTIONS, includeComments: true, now: FIXED_NOW });
  const { objects } = qpdfJson(writePdf(kit.bytes, `lang-${languages.join('-')}.pdf`));
  const root = (objects['trailer']?.value as { '/Root': string })['/Root'];
  return qpdfString((objects[`obj:${root}`]?.value as Record<string, unknown>)['/Lang']);
}

describe('the PDF says which language it is in (/Lang), for screen readers and search', () => {
  it('is English when the bundle has English, else the bundle’s first language', async () => {
    expect(await pdfLang(['de', 'en'])).toBe('en');
    expect(await pdfLang(['fr', 'de'])).toBe('fr');
    expect(await pdfLang(['id'])).toBe('id');
  });
});
