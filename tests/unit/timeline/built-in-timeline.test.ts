import { beforeAll, describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../src/core/annotations/anchor';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { referenceDateOf } from '../../../src/core/timeline/suggest';
import type { LoadedBundle } from '../../../src/shared/model/document';
import type { FuzzyDate, TimelineEvent } from '../../../src/shared/model/timeline';
import { findDateExpressions } from '../../../src/shared/timeline/date-expressions';
import { dateLanguageOf, formatFuzzyDate, precisionOf } from '../../../src/shared/timeline/format-date';
import { fuzzyDatesEqual } from '../../../src/shared/timeline/fuzzy-date';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBundle(BUILT_IN_BUNDLE);
});

const events = () => bundle.manifest.timeline.events;
const byId = (id: string) => events().find((e) => e.id === id)!;

/** Where the event's source selector lands in its document's text now, and the text there. */
function resolveSource(e: TimelineEvent) {
  const doc = bundle.documents.find((d) => d.id === e.source!.documentId)!;
  const anchor = anchorQuote(doc.text, { ...e.source!.quote, position: e.source!.position });
  return { doc, anchor, text: anchor ? doc.text.slice(anchor.start, anchor.end) : '' };
}

describe('the built-in bundle’s timeline', () => {
  it('has one lane per partnership in the order the story runs, then Xiaomi’s milestones', () => {
    expect(bundle.manifest.timeline.lanes.map((l) => [l.id, l.kind, l.organisationIds])).toEqual([
      ['leica-huawei', 'partnership', ['leica', 'huawei']],
      ['leica-sharp', 'partnership', ['leica', 'sharp']],
      ['leica-xiaomi', 'partnership', ['leica', 'xiaomi']],
      ['xiaomi-milestones', 'milestones', ['xiaomi']],
    ]);
  });

  it('labels every lane and event in English and Indonesian', () => {
    for (const item of [...bundle.manifest.timeline.lanes, ...events()]) {
      expect(item.label.en, item.id).toBeTruthy();
      expect(item.label.id, item.id).toBeTruthy();
    }
  });

  it('cites a source for every event, and the source resolves (at its recorded position) to text that states the event’s date', () => {
    for (const e of events()) {
      expect(e.source, e.id).toBeDefined();
      const { doc, anchor, text } = resolveSource(e);
      expect(anchor?.method, e.id).toBe('position');
      const found = findDateExpressions(text, { reference: referenceDateOf(bundle.manifest, doc), language: dateLanguageOf(doc.language) });
      expect(
        found.some((x) => fuzzyDatesEqual(x.date, e.start)),
        `${e.id}: "${text}" states ${JSON.stringify(found.map((f) => f.text))}, not ${formatFuzzyDate(e.start)}`,
      ).toBe(true);
    }
  });

  it('has every dated fact the seed gives, at the precision the seed gives it', () => {
    const expected: [string, FuzzyDate, string][] = [
      ['leica-xiaomi-cooperation', { year: 2022, month: 5, day: 23 }, 'day'],
      ['xiaomi-leica-first-flagship', { year: 2022, month: 7 }, 'month'],
      ['leica-huawei-cooperation', { year: 2016 }, 'year'],
      ['leica-sharp-cooperation', { year: 2021 }, 'year'],
      ['leica-huawei-cooperation-ended', { year: 2022, month: 5, qualifier: 'by' }, 'month'],
      ['xiaomi-founded', { year: 2010, month: 4 }, 'month'],
      ['xiaomi-hkex-listing', { year: 2018, month: 7, day: 9 }, 'day'],
      ['xiaomi-fortune-global-500', { year: 2021, month: 8 }, 'month'],
      ['xiaomi-shipments-rank-3', { year: 2021, quarter: 4 }, 'quarter'],
      ['xiaomi-aiot-devices', { year: 2021, month: 12, day: 31 }, 'day'],
    ];
    for (const [id, date, precision] of expected) {
      expect(byId(id)?.start, id).toEqual(date);
      expect(precisionOf(byId(id).start)).toBe(precision);
    }
    expect(byId('leica-huawei-cooperation-ended').label.en).toMatch(/P50/);
    expect(byId('leica-sharp-cooperation').label.en).toMatch(/Japan.*Aquos R6.*Leitz Phone 1/);
  });

  it('draws partnerships as spans: Xiaomi open to the present, Huawei with an uncertain end that an event cites, Sharp with an unknown end', () => {
    expect(byId('leica-xiaomi-cooperation')).toMatchObject({ kind: 'span', end: 'present' });
    expect(byId('leica-sharp-cooperation')).toMatchObject({ kind: 'span', end: 'unknown' });
    const huawei = byId('leica-huawei-cooperation');
    expect(huawei.kind).toBe('span');
    expect(huawei.end).toEqual({ year: 2022, month: 5, qualifier: 'by' });
    const citingEnd = events().filter((e) => e.laneId === huawei.laneId && e.source && fuzzyDatesEqual(e.start, huawei.end as FuzzyDate));
    expect(citingEnd.map((e) => e.id)).toEqual(['leica-huawei-cooperation-ended']);
    for (const e of events().filter((x) => x.kind === 'point')) expect(e.end, e.id).toBeUndefined();
  });
});
