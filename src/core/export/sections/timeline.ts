import { chronologicalList, pickText } from '../../../shared/timeline/lanes';
import { layoutTimeline, type PlacedEvent, type PlacedLane, type TimelineLayout } from '../../../shared/timeline/layout';
import { formatEventDates, fuzzyDateInterval } from '../../../shared/timeline/format-date';
import type { TimelineEvent, TimelineLane } from '../../../shared/model/timeline';
import type { PageCanvas } from '../draw/canvas';
import type { BoxItem, FlowItem } from '../layout/flow';
import { COLOURS, STYLES, hexToRgb, variantOf, type Rgb } from '../layout/styles';
import { fitText, lines, textItem, type KitContext, type SectionPlan, sectionOpening } from './kit-context';

const AXIS_HEIGHT = 22;
/** A row: the bar or marker, then the label and its dates on two lines beneath. */
const ROW_HEIGHT = 32;
const LANE_HEADER = 18;
const LANE_GAP = 6;
const BAR = 8;
const MARK_Y = 8;

const LANE_COLOURS: Record<TimelineLane['kind'], Rgb> = {
  partnership: COLOURS.accent,
  milestones: hexToRgb('#3c4043'),
  other: COLOURS.link,
};

const tint = (c: Rgb, amount = 0.3): Rgb => ({ r: 1 - (1 - c.r) * amount, g: 1 - (1 - c.g) * amount, b: 1 - (1 - c.b) * amount });

/**
 * The partnership timeline: the chart the app shows (the shared layout: lanes in bundle order, each
 * date at its precision, rows so no labels collide), drawn as vector graphics, then every event as
 * text in date order.
 */
export function timelineSection(ctx: KitContext): SectionPlan | null {
  const { lanes, events } = ctx.bundle.manifest.timeline;
  if (!events.length) return null;
  const plan: SectionPlan = { key: 'timeline', title: ctx.text.timeline, anchor: 'section:timeline', items: [], children: [] };
  plan.items.push(
    ...sectionOpening(ctx, plan, null),
    textItem(ctx, ctx.text.timeline, STYLES.sectionTitle, { spaceAfter: 14, keepWithNext: true }),
  );

  const measure = (text: string, style = STYLES.timelineLabel) => ctx.faces[style.font].measure(text, style.size);
  // A label takes the room of the wider of its two lines: the label and its dates.
  const room = new Map<string, number>();
  for (const e of events) {
    const label = pickText(e.label, ctx.lang);
    room.set(label, Math.max(room.get(label) ?? 0, measure(label), measure(formatEventDates(e, ctx.lang), STYLES.timelineDate)));
  }
  const used = { lanes: lanes.filter((l) => events.some((e) => e.laneId === l.id)), events };
  const end = rangeEnd(ctx);
  const layout = layoutTimeline(used, {
    width: ctx.frame.width,
    lang: ctx.lang,
    now: end.time,
    measure: (text) => room.get(text) ?? measure(text),
    rowHeight: ROW_HEIGHT,
    laneHeaderHeight: LANE_HEADER,
    laneGap: LANE_GAP,
    markerSize: 10,
    gap: 10,
    unknownEndLength: 24,
    maxRowsPerLane: 12,
    minTickSpacing: 36,
  });

  // Slices of whole lanes, each with its own axis, so a long timeline continues on the next page.
  const maxHeight = ctx.capacity - 90;
  let slice: PlacedLane<TimelineEvent>[] = [];
  let height = AXIS_HEIGHT;
  const flush = () => {
    if (slice.length) plan.items.push(chartBox(ctx, layout, slice, end.label));
    slice = [];
    height = AXIS_HEIGHT;
  };
  for (const lane of layout.lanes) {
    if (slice.length && height + lane.height > maxHeight) flush();
    slice.push(lane);
    height += lane.height + LANE_GAP;
  }
  flush();
  plan.items.push(legend(ctx));

  const dateStyle = variantOf(STYLES.bodySmall, { strong: true });
  for (const entry of chronologicalList(used, ctx.lang)) {
    const spans = [
      { text: entry.dateText, style: dateStyle, start: null },
      { text: ` — ${entry.label}${entry.description ? `. ${entry.description}` : ''}`, style: STYLES.bodySmall, start: null },
      { text: `  ${pickText(entry.lane.label, ctx.lang)}`, style: STYLES.meta, start: null },
    ];
    plan.items.push({ kind: 'lines', lines: lines(ctx, spans, ctx.frame.width), indent: 0, spaceBefore: 0, spaceAfter: 4 });
  }
  return plan;
}

function chartBox(
  ctx: KitContext,
  layout: TimelineLayout<TimelineEvent>,
  lanes: PlacedLane<TimelineEvent>[],
  endLabel: string | null,
): BoxItem {
  const first = lanes[0]!;
  const last = lanes.at(-1)!;
  const height = AXIS_HEIGHT + last.y + last.height - first.y;
  return {
    kind: 'box',
    height,
    spaceBefore: 0,
    spaceAfter: 10,
    tag: { role: 'Figure', alt: ctx.text.timelineAlt },
    draw: (c, x, top, width) => {
      const bottom = top + height;
      const axis = top + AXIS_HEIGHT - 4;
      // The kit's date sits in the band of the tick labels: a tick label it would overprint is left out (its line stays).
      // Labels are centred on their tick but kept inside the frame (the last one never runs past the margin).
      const dateFace = ctx.faces[STYLES.timelineDate.font];
      const halfWidth = (text: string) => dateFace.measure(text, STYLES.timelineDate.size) / 2;
      const inside = (at: number, text: string) => Math.min(Math.max(at, halfWidth(text)), width - halfWidth(text));
      const markX = endLabel === null || layout.nowX === null ? null : inside(layout.nowX, endLabel);
      const markHalf = endLabel === null ? 0 : halfWidth(endLabel) + 2;
      for (const tick of layout.ticks) {
        c.segment(x + tick.x, axis, x + tick.x, bottom, COLOURS.rule, tick.major ? 0.5 : 0.3);
        const at = inside(tick.x, tick.label);
        const clash = markX !== null && Math.abs(at - markX) < halfWidth(tick.label) + markHalf;
        if (!clash) c.text(tick.label, STYLES.timelineDate, x + at, top + 12, 'center');
      }
      c.segment(x, axis, x + width, axis, COLOURS.muted, 0.6);
      if (markX !== null && layout.nowX !== null && endLabel !== null) {
        c.segment(x + layout.nowX, axis, x + layout.nowX, bottom, COLOURS.muted, 0.6, [2, 2]);
        c.text(endLabel, STYLES.timelineDate, x + markX, axis - 2, 'center');
      }
      const y0 = top + AXIS_HEIGHT - first.y;
      for (const lane of lanes) {
        c.rect(x, y0 + lane.y, width, LANE_HEADER - 3, COLOURS.panel);
        const name = fitText(ctx, pickText(lane.lane.label, ctx.lang), STYLES.timelineLane, width - 8);
        c.text(name, STYLES.timelineLane, x + 4, y0 + lane.y + 11);
        for (const placed of lane.events) drawEvent(c, placed, LANE_COLOURS[lane.lane.kind], x, y0 + placed.y, x + width);
      }
    },
  };
}

function drawEvent(c: PageCanvas, p: PlacedEvent<TimelineEvent>, colour: Rgb, left: number, rowTop: number, right: number): void {
  const light = tint(colour);
  const cy = rowTop + MARK_Y;
  const top = cy - BAR / 2;
  const band = (x1: number, x2: number, fill: Rgb) => {
    if (x2 - x1 > 0.3) c.rect(left + x1, top, x2 - x1, BAR, fill);
  };
  if (p.event.kind === 'point') {
    // Light: the stretch the date's precision leaves open; the marker sits where the layout puts it.
    band(p.start.x1, p.start.x2, light);
    const mx = left + p.x;
    c.polygon(
      [
        [mx, cy - 5],
        [mx + 5, cy],
        [mx, cy + 5],
        [mx - 5, cy],
      ],
      colour,
      { color: COLOURS.white, width: 0.6 },
    );
  } else {
    const end = p.end!;
    band(p.start.x1, p.start.x2, light);
    if (end.kind === 'unknown') {
      // Ended at a time the source does not give: an outline that stops short, no solid end.
      c.rect(left + end.x1, top, Math.max(end.x2 - end.x1, 2), BAR, null, { color: colour, width: 0.7, dash: [2, 1.5] });
    } else {
      const solidTo = end.uncertain ? end.x1 : end.x2;
      c.rect(left + p.start.x2, top, Math.max(solidTo - p.start.x2, 1.5), BAR, colour);
      if (end.uncertain) band(end.x1, end.x2, light);
      if (end.kind === 'present')
        c.polygon(
          [
            [left + end.x2, cy - 6],
            [left + end.x2 + 7, cy],
            [left + end.x2, cy + 6],
          ],
          colour,
        );
    }
  }
  if (!p.labelVisible) return;
  // Points carry their label beside the marker, spans beneath the bar (as the layout placed them);
  // the dates go under the label. A white ground keeps grid lines from striking through the text.
  const labelX = Math.min(left + p.labelX, right - p.labelWidth);
  const labelBaseline = p.event.kind === 'point' ? cy + 3 : rowTop + 20;
  c.rect(labelX - 1, labelBaseline - 7, p.labelWidth + 2, 16, COLOURS.white);
  c.text(p.label, STYLES.timelineLabel, labelX, labelBaseline);
  c.text(p.dateText, STYLES.timelineDate, labelX, labelBaseline + 8);
}

function legend(ctx: KitContext): FlowItem {
  return {
    kind: 'box',
    height: 16,
    spaceBefore: 0,
    spaceAfter: 12,
    draw: (c, x, top) => {
      const cy = top + 8;
      const entries: [string, (px: number) => void][] = [
        [ctx.text.legend.certain, (px) => c.rect(px, cy - 4, 16, 8, COLOURS.accent)],
        [ctx.text.legend.precision, (px) => c.rect(px, cy - 4, 16, 8, tint(COLOURS.accent))],
        [
          ctx.text.legend.ongoing,
          (px) =>
            c.polygon(
              [
                [px + 4, cy - 5],
                [px + 11, cy],
                [px + 4, cy + 5],
              ],
              COLOURS.accent,
            ),
        ],
        [ctx.text.legend.endedUnknown, (px) => c.rect(px, cy - 4, 16, 8, null, { color: COLOURS.accent, width: 0.7, dash: [2, 1.5] })],
        [
          ctx.text.legend.event,
          (px) =>
            c.polygon(
              [
                [px + 8, cy - 5],
                [px + 13, cy],
                [px + 8, cy + 5],
                [px + 3, cy],
              ],
              COLOURS.accent,
            ),
        ],
      ];
      let px = x;
      for (const [text, mark] of entries) {
        mark(px);
        px += 20 + c.text(text, STYLES.timelineDate, px + 20, cy + 2.5) + 14;
      }
    },
  };
}

/**
 * Where the chart ends: the kit's date (the manifest's, else the release's dateline), or the last
 * date an event gives when that is later or the kit has none. Never the export's clock: a 2022 kit
 * read in 2026 still ends in 2022, and its ongoing spans run open to that end. The kit's date is
 * marked on the axis; an end taken from the events is not (it is not a date anyone chose).
 */
function rangeEnd(ctx: KitContext): { time: number; label: string | null } {
  const { manifest } = ctx.bundle;
  const kitDate = manifest.date ?? ctx.bundle.documents.find((d) => d.kind === 'release' && d.dateline?.date)?.dateline?.date ?? null;
  let last = -Infinity;
  for (const e of manifest.timeline.events) {
    last = Math.max(last, fuzzyDateInterval(e.start).from);
    if (e.kind === 'span' && e.end !== undefined && e.end !== 'present' && e.end !== 'unknown')
      last = Math.max(last, fuzzyDateInterval(e.end).from);
  }
  if (kitDate) {
    const [year, month, day] = kitDate.split('-').map(Number) as [number, number, number];
    const time = fuzzyDateInterval({ year, month, day }).from;
    if (time >= last) return { time, label: ctx.text.kitDate };
  }
  return { time: Number.isFinite(last) ? last : ctx.options.now.getTime(), label: null };
}
