import { describe, expect, it } from 'vitest';
import { parseTimelineJs } from '../../../src/core/timeline/timelinejs-import';

/** A TimelineJS file of `n` slides with one and the same headline and date. */
export function identicalEvents(n: number): string {
  const slide = { start_date: { year: '2022', month: '5' }, text: { headline: 'Xiaomi and Leica' } };
  return JSON.stringify({ events: Array.from({ length: n }, () => slide) });
}

describe('TimelineJS import of many identical events', () => {
  // The ids are found by counting on per headline: the whole import is linear (was: 57 s, each id tried 2…n in turn).
  it('gives 20,000 identical slides 20,000 distinct ids, well within the test timeout', () => {
    const imported = parseTimelineJs(identicalEvents(20_000), { language: 'en' });
    const ids = imported.events.map((e) => e.id);
    expect(ids).toHaveLength(20_000);
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.slice(0, 3)).toEqual(['xiaomi-and-leica', 'xiaomi-and-leica-2', 'xiaomi-and-leica-3']);
  }, 10_000);
});
