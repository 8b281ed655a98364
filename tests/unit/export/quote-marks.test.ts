import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { renderPressKit } from '../../../src/core/export';
import { quoteMarks, quoted } from '../../../src/shared/text/quote-marks';
import { allText, FIXED_NOW, normalise, writePdf } from './pdf-tools';

const DE_QUOTE = 'Wir liefern den Strom, Bergwerk die Erfahrung im Betrieb';
const FR_QUOTE = 'Pourquoi attendre\u00a0? La technologie est prête';

/** A German release and a French statement, each with one quote and one fact. */
async function twoLanguageBundle() {
  const dir = mkdtempSync(path.join(tmpdir(), 'presskit-marks-'));
  writeFileSync(path.join(dir, 'de.md'), `München, 12. Februar 2024 – „${DE_QUOTE}“, sagte Dr. Katharina Weiß.\n`);
  writeFileSync(path.join(dir, 'fr.md'), `« ${FR_QUOTE} », a ajouté François Nœl.\n`);
  const manifest = {
    schemaVersion: 1,
    id: 'marks',
    title: 'Alpenstrom',
    languages: ['de', 'fr'],
    documents: [
      { id: 'de', kind: 'release', language: 'de', title: 'Pressemitteilung', file: 'de.md' },
      { id: 'fr', kind: 'statement', language: 'fr', title: 'Déclaration', file: 'fr.md' },
    ],
    people: [
      { id: 'weiss', name: 'Dr. Katharina Weiß' },
      { id: 'noel', name: 'François Nœl' },
    ],
    quotes: [
      { id: 'q-de', documentId: 'de', speakerId: 'weiss', text: DE_QUOTE },
      { id: 'q-fr', documentId: 'fr', speakerId: 'noel', text: FR_QUOTE },
    ],
    facts: [{ id: 'f', label: { de: 'Strom' }, value: 'ja', source: { documentId: 'de', quote: { exact: 'den Strom' } } }],
  };
  writeFileSync(path.join(dir, 'presskit.json'), JSON.stringify(manifest));
  return loadBundle(dir);
}

describe('quotation marks follow the language of the quoted text', () => {
  it('knows the usual marks and falls back to English ones', () => {
    expect(quoted('Zitat', 'de')).toBe('„Zitat“');
    expect(quoted('Zitat', 'de-AT')).toBe('„Zitat“');
    expect(quoted('Zitat', 'de-CH')).toBe('«Zitat»');
    expect(quoted('citation', 'fr-CA')).toBe('«\u00a0citation\u00a0»');
    expect(quoted('quote', 'en-US')).toBe('“quote”');
    expect(quoteMarks('id')).toEqual({ open: '“', close: '”' });
    expect(quoteMarks(undefined)).toEqual({ open: '“', close: '”' });
  });

  it('sets a German key quote in „…“ and a French one in « … » in the PDF', async () => {
    const bundle = await twoLanguageBundle();
    const kit = await renderPressKit(bundle, { paper: 'a4', sections: ['quotes', 'facts'], includeComments: true, now: FIXED_NOW });
    const text = normalise(allText(writePdf(kit.bytes, 'quote-marks.pdf')));
    // A pulled quote ends like a sentence: the full stop goes inside the closing mark.
    expect(text).toContain(`„${DE_QUOTE}.“`);
    expect(text).toContain(`« ${FR_QUOTE.replace('\u00a0', ' ')}. »`);
    expect(text).toContain('„den Strom“');
    expect(text).not.toContain('“Wir liefern');
  });
});
