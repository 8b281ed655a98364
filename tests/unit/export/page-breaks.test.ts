import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, renderPressKit } from '../../../src/core/export';
import { shortKitBundle, SHORT_RELEASE } from './fixtures';
import { FIXED_NOW, normalise, pdfinfo, run, writePdf } from './pdf-tools';

describe('page breaks a typesetter would accept', () => {
  it('fits a 250-word release with one quote and an About section on two pages after the cover', async () => {
    const bundle = await shortKitBundle();
    const words = SHORT_RELEASE.join(' ').split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(240);
    expect(words).toBeLessThanOrEqual(270);
    const kit = await renderPressKit(bundle, { paper: 'a4', sections: ALL_SECTIONS, includeComments: false, now: FIXED_NOW });
    const file = writePdf(kit.bytes, 'short-kit.pdf');
    expect(Number(pdfinfo(file).Pages)).toBeLessThanOrEqual(3);
    // Everything is there: the release's last words, the quote, the About text.
    const text = normalise(run('pdftotext', [file, '-']).stdout);
    expect(text).toContain('gateway for Central Java.');
    expect(text).toContain('cut the port’s emissions.”');
  });

  it('leaves no page with fewer than two lines of body text (no lone widow pages)', async () => {
    const bundle = await shortKitBundle();
    const kit = await renderPressKit(bundle, { paper: 'a4', sections: ALL_SECTIONS, includeComments: false, now: FIXED_NOW });
    const file = writePdf(kit.bytes, 'short-kit-lines.pdf');
    const pages = Number(pdfinfo(file).Pages);
    for (let p = 2; p <= pages; p++) {
      const body = run('pdftotext', ['-f', String(p), '-l', String(p), '-y', '60', '-H', '700', '-W', '600', '-x', '0', file, '-']).stdout;
      expect(body.split('\n').filter((l) => l.trim()).length).toBeGreaterThanOrEqual(2);
    }
  });
});
