import { describe, expect, it } from 'vitest';
import { renderPressKit } from '../../../src/core/export';
import type { TimelineEvent } from '../../../src/shared/model/timeline';
import { builtInBundle, wordBoxes, writePdf } from './pdf-tools';

const overlap = (a: { xMin: number; xMax: number; yMin: number; yMax: number }, b: typeof a) =>
  a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax;

describe('timeline chart: the kit-date mark', () => {
  it('never overprints a tick label (the kit dated just before a year tick: 26 Nov 2026 beside "2027")', async () => {
    const base = await builtInBundle();
    const lane = base.manifest.timeline.lanes[2]!;
    const events: TimelineEvent[] = [
      { id: 'founded', laneId: lane.id, kind: 'point', label: { en: 'Founded' }, start: { year: 2017 } },
      { id: 'deal', laneId: lane.id, kind: 'span', label: { en: 'Deal' }, start: { year: 2025, month: 3, day: 3 }, end: 'present' },
    ];
    const bundle = { ...base, manifest: { ...base.manifest, date: '2026-11-26', timeline: { lanes: [lane], events } } };
    const kit = await renderPressKit(bundle, {
      paper: 'a4',
      sections: ['timeline'],
      includeComments: true,
      now: new Date('2026-11-26T02:00:00Z'),
    });
    const words = wordBoxes(writePdf(kit.bytes, 'timeline-now.pdf'));
    const kitWord = words.filter((w) => w.word === 'kit');
    expect(kitWord).toHaveLength(1);
    // The mark's two words on one baseline ("date" also appears in the legend below the chart).
    const mark = words.filter((w) => (w.word === 'kit' || w.word === 'date') && Math.abs(w.yMin - kitWord[0]!.yMin) < 1);
    expect(mark.map((w) => w.word)).toEqual(['kit', 'date']);
    const clashes = words.filter((w) => !mark.includes(w) && w.page === mark[0]!.page && mark.some((m) => overlap(w, m)));
    expect(clashes.map((w) => w.word)).toEqual([]);
    // The other year labels are all still there.
    for (const year of ['2017', '2020', '2026']) expect(words.some((w) => w.word === year)).toBe(true);
  });
});
