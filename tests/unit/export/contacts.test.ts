import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, renderPressKit } from '../../../src/core/export';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { allText, annotations, builtInBundle, FIXED_NOW, normalise, qpdfCheck, qpdfJson, qpdfString, writePdf } from './pdf-tools';

/** The built-in text with two media contacts, as a release's "Media contacts" block gives them. */
async function withContacts(): Promise<LoadedBundle> {
  const base = await builtInBundle();
  const contacts = [
    {
      name: 'Anna Becker',
      role: 'Head of Corporate Communications',
      organisationId: 'leica',
      email: 'press@leica-camera.example',
      phone: '+49 6441 2080-0',
    },
    { name: 'Xiaomi Global PR', email: 'globalpr@xiaomi.example', url: 'https://www.mi.com/global/' },
  ];
  return { ...base, manifest: { ...base.manifest, contacts } };
}

describe('media contacts in the kit', () => {
  it('closes the boilerplate with the contacts: names, roles, organisations, e-mail and web as live links, a bookmark', async () => {
    const bundle = await withContacts();
    const kit = await renderPressKit(bundle, { paper: 'a4', sections: ALL_SECTIONS, includeComments: true, now: FIXED_NOW });
    const file = writePdf(kit.bytes, 'contacts.pdf');
    expect(qpdfCheck(file).status).toBe(0);
    const text = normalise(allText(file));
    expect(text).toContain(
      'Media contacts Anna Becker Head of Corporate Communications, Leica Camera AG press@leica-camera.example +49 6441 2080-0 Xiaomi Global PR globalpr@xiaomi.example https://www.mi.com/global/',
    );
    const uris = annotations(file, '/Link').map((l) => qpdfString((l['/A'] as Record<string, string> | undefined)?.['/URI']));
    expect(uris).toEqual(
      expect.arrayContaining(['mailto:press@leica-camera.example', 'mailto:globalpr@xiaomi.example', 'https://www.mi.com/global/']),
    );
    const about = qpdfJson(file).outlines.find((o) => o.title === 'About');
    expect(about?.kids.map((k) => k.title)).toContain('Media contacts');
  });

  it('prints the contacts on their own when the bundle has no boilerplate, and not at all when the section is off', async () => {
    const bundle = await withContacts();
    const noAbout: LoadedBundle = { ...bundle, documents: bundle.documents.filter((d) => d.kind !== 'boilerplate') };
    const only = writePdf(
      (await renderPressKit(noAbout, { paper: 'a4', sections: ['boilerplate'], includeComments: true, now: FIXED_NOW })).bytes,
      'contacts-only.pdf',
    );
    expect(normalise(allText(only))).toContain('Media contacts Anna Becker');
    const alone = qpdfJson(only).outlines.find((o) => o.title === 'Media contacts');
    expect(alone?.kids).toEqual([]);
    const off = writePdf(
      (await renderPressKit(bundle, { paper: 'a4', sections: ['release'], includeComments: true, now: FIXED_NOW })).bytes,
      'contacts-off.pdf',
    );
    expect(allText(off)).not.toContain('Anna Becker');
  });
});
