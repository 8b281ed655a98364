import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import type { TimelineEvent, TimelineLane } from '../../../src/shared/model/timeline';
import { fuzzyDateInterval } from '../../../src/shared/timeline/format-date';
import { chronologicalList, compareEvents, groupByLane } from '../../../src/shared/timeline/lanes';
import { layoutTimeline, type LayoutOptions, type PlacedEvent } from '../../../src/shared/timeline/layout';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

let timeline: { lanes: TimelineLane[]; events: TimelineEvent[] };
beforeAll(async () => {
  timeline = (await loadBundle(BUILT_IN_BUNDLE)).manifest.timeline;
});

const NOW = Date.UTC(2024, 5, 1);
/** A fixed-pitch stand-in for a font: 6 units per character. */
const options = (width: number, extra: Partial<LayoutOptions> = {}): LayoutOptions => ({
  width,
  lang: 'en',
  now: NOW,
  measure: (t) => t.length * 6,
  ...extra,
});

const lane = (id: string): TimelineLane => ({ id, label: { en: id }, kind: 'other', organisationIds: [] });
const point = (id: string, laneId: string, start: TimelineEvent['start']): TimelineEvent => ({
  id,
  laneId,
  kind: 'point',
  label: { en: id },
  start,
});

describe('lane order', () => {
  it('keeps the order the timeline gives (not the alphabet) and puts events of a missing lane in a last lane', () => {
    const groups = groupByLane({
      lanes: [lane('zeta'), lane('alpha'), lane('mid')],
      events: [
        point('a', 'alpha', { year: 2020 }),
        point('z2', 'zeta', { year: 2019 }),
        point('z1', 'zeta', { year: 2018 }),
        point('x', 'gone', { year: 2001 }),
      ],
    });
    expect(groups.map((g) => [g.lane.id, g.events.map((e) => e.id)])).toEqual([
      ['zeta', ['z1', 'z2']],
      ['alpha', ['a']],
      ['mid', []],
      ['unassigned', ['x']],
    ]);
    expect(groupByLane({ lanes: [lane('zeta'), lane('mid')], events: [] }, { hideEmpty: true })).toEqual([]);
  });

  it('orders the built-in lanes Huawei, Sharp, Xiaomi, milestones, each chronologically', () => {
    const groups = groupByLane(timeline);
    expect(groups.map((g) => g.lane.id)).toEqual(['leica-huawei', 'leica-sharp', 'leica-xiaomi', 'xiaomi-milestones']);
    expect(groups[3]!.events.map((e) => e.id)).toEqual([
      'xiaomi-founded',
      'xiaomi-hkex-listing',
      'xiaomi-fortune-global-500',
      'xiaomi-shipments-rank-3',
      'xiaomi-aiot-devices',
    ]);
    for (const g of groups) for (let i = 1; i < g.events.length; i++) expect(compareEvents(g.events[i - 1]!, g.events[i]!)).toBeLessThan(0);
  });

  it('lists everything by date for the list view, with dates at their precision', () => {
    const list = chronologicalList(timeline, 'id');
    expect(list[0]).toMatchObject({ dateText: 'April 2010', label: 'Xiaomi Corporation didirikan' });
    expect(list.map((e) => e.dateText)).toContain('2016 – paling lambat Mei 2022');
    expect(list.map((e) => e.dateText)).toContain('Kuartal IV 2021');
    for (let i = 1; i < list.length; i++)
      expect(fuzzyDateInterval(list[i - 1]!.event.start).from).toBeLessThanOrEqual(fuzzyDateInterval(list[i]!.event.start).from);
  });
});

describe('layout', () => {
  const all = <E extends TimelineEvent>(l: { lanes: { events: PlacedEvent<E>[] }[] }) => l.lanes.flatMap((x) => x.events);

  it.each([320, 640, 1200])('at width %i no two labels or markers in one row overlap, and lanes do not overlap', (width) => {
    const layout = layoutTimeline(timeline, options(width));
    for (const placed of layout.lanes) {
      for (const a of placed.events)
        for (const b of placed.events) {
          if (a === b || a.row !== b.row) continue;
          expect(a.x2 <= b.x1 || b.x2 <= a.x1, `${a.event.id} / ${b.event.id}`).toBe(true);
        }
      for (const e of placed.events) {
        expect(e.y).toBeGreaterThanOrEqual(placed.y);
        expect(e.y).toBeLessThan(placed.y + placed.height);
        if (e.labelVisible) expect(e.x1 <= e.labelX && e.labelX + e.labelWidth <= e.x2).toBe(true);
      }
    }
    for (let i = 1; i < layout.lanes.length; i++)
      expect(layout.lanes[i]!.y).toBeGreaterThanOrEqual(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    expect(layout.lanes.map((l) => l.lane.id)).toEqual(['leica-huawei', 'leica-sharp', 'leica-xiaomi', 'xiaomi-milestones']);
  });

  it('places dates at their precision: a year spans its year, a day is narrow, x grows with time', () => {
    const layout = layoutTimeline(timeline, options(1000));
    const byId = (id: string) => all(layout).find((e) => e.event.id === id)!;
    const year = byId('leica-sharp-cooperation').start;
    expect(year.x2 - year.x1).toBeCloseTo(layout.xOf(Date.UTC(2022, 0, 1)) - layout.xOf(Date.UTC(2021, 0, 1)), 0);
    const day = byId('xiaomi-hkex-listing').start;
    expect(day.x2 - day.x1).toBeLessThan(1);
    expect(byId('xiaomi-founded').x).toBeLessThan(byId('xiaomi-hkex-listing').x);
    expect(layout.timeAt(layout.xOf(Date.UTC(2019, 3, 1)))).toBeCloseTo(Date.UTC(2019, 3, 1), -3);
  });

  it('draws the open span to now, the unknown end as uncertain, and the "by May 2022" end as uncertain back to the start', () => {
    const layout = layoutTimeline(timeline, options(1000));
    const byId = (id: string) => all(layout).find((e) => e.event.id === id)!;
    const xiaomi = byId('leica-xiaomi-cooperation');
    expect(xiaomi.end).toMatchObject({ kind: 'present', uncertain: false });
    expect(xiaomi.end!.x2).toBeCloseTo(layout.xOf(NOW), 6);
    expect(layout.nowX).toBeCloseTo(layout.xOf(NOW), 6);
    const sharp = byId('leica-sharp-cooperation');
    expect(sharp.end).toMatchObject({ kind: 'unknown', uncertain: true });
    expect(sharp.end!.x1).toBeCloseTo(sharp.start.x2, 6);
    const huawei = byId('leica-huawei-cooperation');
    expect(huawei.end).toMatchObject({ kind: 'date', uncertain: true, open: 'left' });
    expect(huawei.end!.x1).toBeCloseTo(huawei.start.x2, 6);
    expect(huawei.end!.x2).toBeCloseTo(layout.xOf(Date.UTC(2022, 5, 1) - 1), 6);
    expect(byId('leica-huawei-cooperation-ended').start.open).toBe('left');
  });

  it('stacks crowded events in rows, and past maxRowsPerLane hides labels instead of overlapping them', () => {
    const crowded = { lanes: [lane('l')], events: [1, 2, 3, 4, 5].map((m) => point(`event-number-${m}`, 'l', { year: 2020, month: m })) };
    const free = layoutTimeline(crowded, options(400));
    expect(free.lanes[0]!.rows).toBeGreaterThan(1);
    expect(all(free).every((e) => e.labelVisible)).toBe(true);
    const capped = layoutTimeline(crowded, options(400, { maxRowsPerLane: 1 }));
    expect(capped.lanes[0]!.rows).toBe(1);
    expect(all(capped).filter((e) => !e.labelVisible).length).toBeGreaterThan(0);
  });

  it('zooms and pans through the domain, keeping a span’s label in view', () => {
    const layout = layoutTimeline(timeline, options(600, { domain: { from: Date.UTC(2021, 0, 1), to: Date.UTC(2023, 0, 1) } }));
    const huawei = all(layout).find((e) => e.event.id === 'leica-huawei-cooperation')!;
    expect(huawei.start.x1).toBeLessThan(0);
    expect(huawei.labelX).toBe(0);
    expect(all(layout).find((e) => e.event.id === 'xiaomi-founded')!.inView).toBe(false);
  });

  it('picks axis ticks that fit: years when zoomed out, months when zoomed in', () => {
    expect(layoutTimeline(timeline, options(800)).ticks.map((t) => t.label)).toContain('2016');
    const months = layoutTimeline(timeline, options(1200, { domain: { from: Date.UTC(2022, 0, 1), to: Date.UTC(2022, 11, 31) } })).ticks;
    expect(months.map((t) => t.label)).toEqual(['Jan 2022', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    const id = layoutTimeline(
      timeline,
      options(1200, { lang: 'id', domain: { from: Date.UTC(2022, 0, 1), to: Date.UTC(2022, 11, 31) } }),
    ).ticks;
    expect(id[4]!.label).toBe('Mei');
    for (let i = 1; i < months.length; i++) expect(months[i]!.x - months[i - 1]!.x).toBeGreaterThanOrEqual(72);
  });
});
