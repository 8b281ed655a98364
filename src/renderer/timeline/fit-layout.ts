import type { TimelineEvent, TimelineLane } from '../../shared/model/timeline';
import { layoutTimeline, type LayoutOptions, type TimelineLayout } from '../../shared/timeline/layout';

/**
 * The widest a label is drawn in a chart `width` wide: the whole chart but a margin, so a label is
 * cut only where the chart has no room for it (rows stack so that labels never overlap).
 */
export const maxLabelWidth = (width: number): number => Math.max(90, width - 16);

/** Least room a label is cut to before it is left out of a narrow chart's text (it keeps its tooltip). */
const MIN_LABEL = 48;

/**
 * The shared layout, with labels cut to the room the chart has: first as laid out with labels up to
 * `maxLabel` wide; then a label that would run off the right edge is cut to the larger room either
 * side of its marker (so a point near the edge puts its label to the left, as the layout does when it
 * fits), and the layout is run again with those widths, so rows are planned for what is drawn.
 */
export function layoutWithFittedLabels<E extends TimelineEvent>(
  timeline: { lanes: readonly TimelineLane[]; events: readonly E[] },
  options: Omit<LayoutOptions, 'measure'>,
  textWidth: (text: string) => number,
  maxLabel: number,
): { layout: TimelineLayout<E>; labelRoom(text: string): number } {
  const first = layoutTimeline(timeline, { ...options, measure: (text) => Math.min(textWidth(text), maxLabel) });
  const room = new Map<string, number>();
  const r = (options.markerSize ?? 10) / 2 + 4;
  for (const lane of first.lanes)
    for (const p of lane.events) {
      if (p.labelX >= 0 && p.labelX + p.labelWidth <= options.width) continue;
      const right = options.width - Math.max(p.labelX, 0) - 2;
      const left = p.event.kind === 'point' ? Math.min(p.x, p.start.x1) - r : 0;
      const cap = Math.max(right, left, MIN_LABEL);
      room.set(p.label, Math.min(room.get(p.label) ?? Infinity, cap));
    }
  const labelRoom = (text: string) => Math.min(maxLabel, room.get(text) ?? Infinity);
  if (!room.size) return { layout: first, labelRoom };
  const layout = layoutTimeline(timeline, { ...options, measure: (text) => Math.min(textWidth(text), labelRoom(text)) });
  return { layout, labelRoom };
}
