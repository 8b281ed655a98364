import { describe, expect, it } from 'vitest';
import { renderPressKit } from '../../../src/core/export';
import type { TimelineEvent } from '../../../src/shared/model/timeline';
import { builtInBundle, wordBoxes, writePdf } from './pdf-tools';

const overlap = (a: { xMin: number; xMax: number; yMin: number; yMax: number }, b: typeof a) =>
  a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax;

describe('timeline chart: the "now" mark', () => {
  it('never overprints a tick label (now just before a year tick: 26 Nov 2026 beside "2027")', async () => {
    const base = await builtInBundle();
    const lane = base.manifest.timeline.lanes[2]!;
    const events: TimelineEvent[] = [
      { id: 'founded', laneId: lane.id, kind: 'point', label: { en: 'Founded' }, start: { year: 2017 } },
      { id: 'deal', laneId: lane.id, kind: 'span', label: { en: 'Deal' }, start: { year: 2025, month: 3, day: 3 }, end: 'present' },
    ];
    const bundle = { ...base, manifest: { ...base.manifest, timeline: { lanes: [lane], events } } };
    const kit = await renderPressKit(bundle, {
      paper: 'a4',
      sections: ['timeline'],
      includeComments: true,
      now: new Date('2026-11-26T02:00:00Z'),
    });
    const words = wordBoxes(writePdf(kit.bytes, 'timeline-now.pdf'));
    const now = words.filter((w) => w.word === 'now');
    expect(now).toHaveLength(1);
    const clashes = words.filter((w) => w !== now[0] && w.page === now[0]!.page && overlap(w, now[0]!));
    expect(clashes.map((w) => w.word)).toEqual([]);
    // The other year labels are all still there.
    for (const year of ['2017', '2020', '2026']) expect(words.some((w) => w.word === year)).toBe(true);
  });
});
