import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, renderPressKit } from '../../../src/core/export';
import { creditLine, pulledQuoteText } from '../../../src/core/export/sections/pulled-quote';
import { withTimeline } from '../../../src/core/export/generate-fixture';
import type { LoadedBundle } from '../../../src/shared/model/document';
import type { TimelineEvent } from '../../../src/shared/model/timeline';
import { allText, builtInBundle, FIXED_NOW, normalise, pdfinfo, wordBoxes, writePdf } from './pdf-tools';

const render = (bundle: LoadedBundle, extra: Partial<Parameters<typeof renderPressKit>[1]> = {}) =>
  renderPressKit(bundle, { paper: 'a4', sections: ALL_SECTIONS, includeComments: false, now: FIXED_NOW, ...extra });

describe('the words the kit adds', () => {
  it('keeps the producer and export time off the cover and in the metadata', async () => {
    const kit = await render(await builtInBundle(), { sections: ['cover'] });
    const file = writePdf(kit.bytes, 'cover.pdf');
    const text = normalise(allText(file));
    expect(text).not.toMatch(/Exported|Press-kit Viewer/);
    expect(text).toContain('Issued by Leica Camera AG');
    const info = pdfinfo(file);
    expect(info.Producer).toMatch(/^Press-kit Viewer \d/);
    expect(info.CreationDate).toBe('Wed Jan 15 10:00:00 2025 UTC');
  });

  it('ends pulled quotes like sentences and names each organisation once', async () => {
    const file = writePdf((await render(await builtInBundle(), { sections: ['quotes'] })).bytes, 'quotes.pdf');
    const text = normalise(allText(file));
    expect(text).toContain('collision and fusion.”');
    expect(text).not.toMatch(/,”/);
    expect(text).toContain('CEO of Leica Camera AG');
    expect(text).not.toContain('CEO of Leica Camera AG, Leica Camera AG');
  });

  it('labels a document in another language with the language’s name, in the kit’s language', async () => {
    const base = await builtInBundle();
    const bundle = { ...base, documents: base.documents.map((d) => (d.kind === 'article' ? { ...d, language: 'de' } : d)) };
    const en = normalise(allText(writePdf((await render(bundle, { sections: ['article'] })).bytes, 'de-en.pdf')));
    expect(en).toContain('ARTICLE · GERMAN');
    const id = normalise(allText(writePdf((await render(bundle, { sections: ['article'], language: 'id' })).bytes, 'de-id.pdf')));
    expect(id).toContain('ARTIKEL · JERMAN');
  });

  it('follows the release’s language by default: an Indonesian release gets an Indonesian kit', async () => {
    const base = await builtInBundle();
    const bundle = { ...base, documents: base.documents.map((d) => (d.kind === 'release' ? { ...d, language: 'id' } : d)) };
    const kit = await render(bundle, { sections: ['cover', 'contents', 'release', 'quotes', 'facts', 'timeline', 'boilerplate'] });
    const text = normalise(allText(writePdf(kit.bytes, 'id-kit.pdf')));
    for (const word of ['Diterbitkan oleh', 'Daftar isi', 'SIARAN PERS', 'Kutipan utama', 'Lembar fakta', 'Linimasa kemitraan', 'Mei 2022'])
      expect(text).toContain(word);
    for (const word of ['PRESS RELEASE', 'Contents', 'Key quotes', 'Fact sheet', 'Issued by']) expect(text).not.toContain(word);
  });

  it('ends the timeline at the kit’s date, not at the export’s clock, with its last axis label inside the margin', async () => {
    const sample = withTimeline(await builtInBundle());
    const lane = sample.manifest.timeline.lanes[0]!;
    const events: TimelineEvent[] = [
      { id: 'talks', laneId: lane.id, kind: 'point', label: { en: 'First talks' }, start: { year: 2019, month: 6 } },
      { id: 'deal', laneId: lane.id, kind: 'span', label: { en: 'Partnership' }, start: { year: 2021, month: 3 }, end: 'present' },
    ];
    const bundle = { ...sample, manifest: { ...sample.manifest, date: '2022-05-23', timeline: { lanes: [lane], events } } };
    const kit = await render(bundle, { sections: ['timeline'], now: new Date('2026-11-26T00:00:00Z') });
    const page = wordBoxes(writePdf(kit.bytes, 'timeline-end.pdf'));
    expect(page.some((w) => w.word === '2026' || w.word === '2025')).toBe(false);
    expect(page.some((w) => w.word === 'kit')).toBe(true);
    // A4 with 68 pt side margins: nothing on the chart passes x = 595.28 − 68.
    for (const w of page) expect(w.xMax).toBeLessThanOrEqual(595.28 - 68 + 0.5);
  });
});

describe('pulled quotes and credits (unit)', () => {
  it('turns the attribution comma into a full stop and keeps real sentence ends', () => {
    expect(pulledQuoteText('in-depth collision and fusion,', 'en')).toBe('in-depth collision and fusion.');
    expect(pulledQuoteText('Is it new?', 'en')).toBe('Is it new?');
    expect(pulledQuoteText('合作开始了，', 'zh-Hans')).toBe('合作开始了。');
    expect(pulledQuoteText('Wir freuen uns —', 'de')).toBe('Wir freuen uns.');
  });
  it('does not repeat an organisation the role already names', () => {
    expect(creditLine('CEO of Leica Camera AG', 'Leica Camera AG')).toBe('CEO of Leica Camera AG');
    expect(creditLine('Founder and CEO', 'Xiaomi')).toBe('Founder and CEO, Xiaomi');
    expect(creditLine(undefined, 'Xiaomi')).toBe('Xiaomi');
  });
});
