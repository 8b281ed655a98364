import { describe, expect, it } from 'vitest';
import { renderPressKit } from '../../../src/core/export';
import { highlightOn } from '../../../src/core/export/generate-fixture';
import { allText, builtInBundle, FIXED_NOW, normalise, pdffonts, writePdf } from './pdf-tools';

describe('annotations appendix: a note is set as the Markdown it is written in', () => {
  it('prints emphasis, links and list items, not their Markdown source', async () => {
    const bundle = await builtInBundle();
    const note = 'Use in the *lead* paragraph, see **Leica** and [the site](https://leica-camera.com).\n\n- check the date\n- ask Leica';
    const highlights = [highlightOn(bundle, 'release', 'legendary reputation', 'yellow', note)];
    const kit = await renderPressKit(bundle, {
      paper: 'a4',
      sections: ['release', 'annotations'],
      includeComments: true,
      now: FIXED_NOW,
      highlights,
    });
    const file = writePdf(kit.bytes, 'appendix-note.pdf');
    const text = normalise(allText(file));
    expect(text).toContain('Use in the lead paragraph, see Leica and the site.');
    expect(text).toContain('• check the date • ask Leica');
    expect(text).not.toMatch(/\*lead\*|\*\*Leica\*\*|\]\(https/);
    // The emphasis is really set: the italic face is used by the appendix too.
    expect(pdffonts(file).some((f) => /Italic/.test(f.name))).toBe(true);
  });
});
