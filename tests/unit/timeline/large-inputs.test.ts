import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT } from '../../../src/core/timeline/excerpt';
import { suggestFromDocument } from '../../../src/core/timeline/suggest';
import type { BundleManifest } from '../../../src/shared/model/bundle';
import type { LoadedDocument } from '../../../src/shared/model/document';
import { parseMarkdown } from '../../../src/shared/text/markdown';
import { longSentences, oneSentence } from '../../../bench/timeline-dates';

// The hardening issue's cases: 1 MB of long sentences full of dates ran for 14 minutes, and a 100 KB
// sentence with 8,000 dates crashed at 2.7 GB of output (each suggestion carried the whole sentence).
// Timing is the bench's job (`npm run bench -- --only=timeline`); here: it finishes (within the test
// timeout) and every suggestion is bounded.
const manifest = {
  organisations: [{ id: 'leica', name: 'Leica Camera' }],
  timeline: { lanes: [], events: [] },
  date: '2022-05-23',
} as unknown as BundleManifest;

function documentOf(markdown: string): LoadedDocument {
  const { blocks, text } = parseMarkdown(markdown);
  return { id: 'doc', kind: 'release', language: 'en', title: 'Doc', file: 'doc.md', markdown, blocks, text } as LoadedDocument;
}

describe('suggestions on large inputs', () => {
  it('one 100 KB sentence with 8,333 dates: every date found, each suggestion bounded', () => {
    const doc = documentOf(oneSentence(100_000));
    const s = suggestFromDocument(manifest, doc);
    expect(s.length).toBeGreaterThanOrEqual(8_000);
    for (const x of s) {
      expect(x.sentence.length).toBeLessThanOrEqual(MAX_EXCERPT);
      expect(x.quote.exact).toBe(x.sentence);
      expect(doc.text.slice(x.position.start, x.position.end)).toBe(x.sentence);
      expect(x.datePosition.start >= x.position.start && x.datePosition.end <= x.position.end).toBe(true);
      expect(x.label.length).toBeGreaterThan(0);
      expect(x.label.length).toBeLessThanOrEqual(120);
    }
    expect(JSON.stringify(s).length).toBeLessThan(s.length * 2_000);
  }, 60_000);

  it('1 MB of 20 KB sentences full of dates completes with output proportional to the dates', () => {
    const s = suggestFromDocument(manifest, documentOf(longSentences(1024 * 1024)));
    expect(s.length).toBeGreaterThan(30_000);
    expect(JSON.stringify(s).length).toBeLessThan(s.length * 2_000);
  }, 120_000);
});
