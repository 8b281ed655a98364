import { describe, expect, it } from 'vitest';
import { layoutWithFittedLabels, maxLabelWidth } from '../../../src/renderer/timeline/fit-layout';
import type { TimelineEvent, TimelineLane } from '../../../src/shared/model/timeline';

// Labels drawn in the chart are cut only where there is no room (they were cut at 340 px on any chart).
const lane: TimelineLane = { id: 'l', label: { en: 'Lane' }, kind: 'milestones', organisationIds: [] };
const label = 'Leica Camera and Xiaomi announce a long-term strategic cooperation in mobile imaging';
const event: TimelineEvent = { id: 'e', laneId: 'l', kind: 'point', label: { en: label }, start: { year: 2016 } };
const width = (text: string) => text.length * 7;
const options = { lang: 'en' as const, now: Date.UTC(2024, 0, 1), domain: { from: Date.UTC(2015, 0, 1), to: Date.UTC(2030, 0, 1) } };

describe('chart labels', () => {
  it('draws a label whole when the chart has room for it', () => {
    const { layout, labelRoom } = layoutWithFittedLabels(
      { lanes: [lane], events: [event] },
      { ...options, width: 1200 },
      width,
      maxLabelWidth(1200),
    );
    expect(labelRoom(label)).toBeGreaterThanOrEqual(width(label));
    expect(layout.lanes[0]!.events[0]!.labelWidth).toBe(width(label));
  });

  it('cuts it to the room there is in a narrow chart', () => {
    const { labelRoom } = layoutWithFittedLabels({ lanes: [lane], events: [event] }, { ...options, width: 320 }, width, maxLabelWidth(320));
    expect(labelRoom(label)).toBeLessThan(width(label));
    expect(labelRoom(label)).toBeLessThanOrEqual(320);
  });
});
