import type { FuzzyDate, TimelineEvent, TimelineLane } from '../model/timeline';
import { formatEventDates, fuzzyDateInterval, precisionOf, type DateLanguage } from './format-date';
import { groupByLane, pickText } from './lanes';
import { timeTicks, type Tick } from './ticks';

/**
 * Pure layout of a timeline, shared by the React view and the PDF: x-positions from dates (each at its
 * precision), rows within each lane so that no two labels collide, and axis ticks. Units are whatever
 * the caller measures text in (CSS pixels, PDF points).
 */
export interface LayoutOptions {
  /** Width of the time axis. */
  width: number;
  lang: DateLanguage;
  /** Where "present" ends, in UTC ms (the view passes Date.now(), the PDF its export time). */
  now: number;
  /** Width of a label in the caller's units (canvas measureText, a PDF font's widthOfTextAtSize). */
  measure(text: string): number;
  /** The visible window (zoom/pan); by default everything, with a little room either side. */
  domain?: { from: number; to: number };
  rowHeight?: number;
  laneHeaderHeight?: number;
  laneGap?: number;
  /** Diameter of a point marker. */
  markerSize?: number;
  /** Least room between two things in one row. */
  gap?: number;
  /** How long an end that the source does not give ("unknown") fades out. */
  unknownEndLength?: number;
  /** Past this many rows a lane stacks no further; labels that would collide are hidden instead. */
  maxRowsPerLane?: number;
  /** Least room between two axis ticks. */
  minTickSpacing?: number;
}

/** The stretch of axis a date covers at its precision; `open` when it may lie further that way ("by May 2022"). */
export interface Band {
  x1: number;
  x2: number;
  open?: 'left' | 'right';
}

export interface EndBand extends Band {
  kind: 'date' | 'present' | 'unknown';
  /** Drawn faded: the span ended somewhere in here, the source does not say exactly when. */
  uncertain: boolean;
}

export interface PlacedEvent<E extends TimelineEvent> {
  event: E;
  laneId: string;
  row: number;
  /** Top of the event's row. */
  y: number;
  /** Where the marker (points) or the bar's start (spans) is drawn. */
  x: number;
  start: Band;
  end?: EndBand;
  label: string;
  dateText: string;
  labelX: number;
  labelWidth: number;
  labelVisible: boolean;
  /** Horizontal room the event takes, label included. */
  x1: number;
  x2: number;
  inView: boolean;
}

export interface PlacedLane<E extends TimelineEvent> {
  lane: TimelineLane;
  y: number;
  height: number;
  rows: number;
  events: PlacedEvent<E>[];
}

export interface TimelineLayout<E extends TimelineEvent> {
  domain: { from: number; to: number };
  width: number;
  height: number;
  lanes: PlacedLane<E>[];
  ticks: Tick[];
  /** x of "now" when it is in view. */
  nowX: number | null;
  xOf(time: number): number;
  timeAt(x: number): number;
}

const DAY = 86_400_000;

/** Time extent of a date with its qualifier: "c. 2010" reaches a year either side, "before 2020" ends where 2020 starts. */
function timeBand(d: FuzzyDate): { from: number; to: number; open?: 'left' | 'right' } {
  const { from, to } = fuzzyDateInterval(d);
  const len = to - from;
  switch (d.qualifier) {
    case 'circa':
      return { from: from - len, to: to + len };
    case 'by':
      return { from, to, open: 'left' };
    case 'before':
      return { from: from - len, to: from, open: 'left' };
    case 'after':
      return { from: to, to: to + len, open: 'right' };
    default:
      return { from, to };
  }
}

function defaultDomain(events: readonly TimelineEvent[], now: number): { from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    const s = timeBand(e.start);
    from = Math.min(from, s.from);
    to = Math.max(to, s.to);
    if (e.kind !== 'span') continue;
    if (e.end === undefined || e.end === 'present') to = Math.max(to, now);
    else if (e.end !== 'unknown') to = Math.max(to, timeBand(e.end).to);
  }
  if (!Number.isFinite(from)) return { from: now - 365 * DAY, to: now + 365 * DAY };
  const pad = Math.max((to - from) * 0.04, 30 * DAY);
  return { from: from - pad, to: to + pad };
}

export function layoutTimeline<E extends TimelineEvent>(
  timeline: { lanes: readonly TimelineLane[]; events: readonly E[] },
  options: LayoutOptions,
): TimelineLayout<E> {
  const o = {
    rowHeight: 24,
    laneHeaderHeight: 20,
    laneGap: 8,
    markerSize: 10,
    gap: 8,
    unknownEndLength: 24,
    maxRowsPerLane: Infinity,
    minTickSpacing: 72,
    ...options,
  };
  const domain = options.domain ?? defaultDomain(timeline.events, o.now);
  const scale = o.width / Math.max(domain.to - domain.from, 1);
  const xOf = (t: number) => (t - domain.from) * scale;
  const timeAt = (x: number) => domain.from + x / scale;
  const band = (d: FuzzyDate): Band => {
    const b = timeBand(d);
    return b.open ? { x1: xOf(b.from), x2: xOf(b.to), open: b.open } : { x1: xOf(b.from), x2: xOf(b.to) };
  };

  const place = (event: E): Omit<PlacedEvent<E>, 'row' | 'y' | 'laneId' | 'inView'> => {
    const start = band(event.start);
    const label = pickText(event.label, o.lang);
    const labelWidth = o.measure(label);
    const dateText = formatEventDates(event, o.lang);
    if (event.kind === 'point') {
      const x = start.open === 'left' ? start.x2 : start.open === 'right' ? start.x1 : (start.x1 + start.x2) / 2;
      const r = o.markerSize / 2;
      let labelX = Math.max(x, start.x2) + r + 4;
      // Near the right edge the label goes to the left of its marker rather than off the axis.
      if (labelX + labelWidth > o.width && Math.min(x, start.x1) - r - 4 - labelWidth >= 0)
        labelX = Math.min(x, start.x1) - r - 4 - labelWidth;
      const left = Math.min(start.x1, x - r);
      const right = Math.max(start.x2, x + r);
      return {
        event,
        x,
        start,
        label,
        dateText,
        labelX,
        labelWidth,
        labelVisible: true,
        x1: Math.min(left, labelX),
        x2: Math.max(right, labelX + labelWidth),
      };
    }
    let end: EndBand;
    const e = event.end;
    if (e === undefined || e === 'present') end = { x1: xOf(o.now), x2: xOf(o.now), kind: 'present', uncertain: false };
    else if (e === 'unknown') end = { x1: start.x2, x2: start.x2 + o.unknownEndLength, kind: 'unknown', uncertain: true };
    else {
      const b = band(e);
      // "by May 2022": it ended at some time between the start and then.
      const x1 = b.open === 'left' ? start.x2 : b.x1;
      end = { ...b, x1: Math.min(x1, b.x2), kind: 'date', uncertain: precisionOf(e) !== 'day' || e.qualifier !== undefined };
    }
    const barEnd = Math.max(end.x2, start.x1);
    // A span's label sits at its start, stays in view while the span is scrolled past, and keeps off the right edge.
    let labelX = barEnd >= 0 ? Math.max(start.x1, 0) : start.x1;
    if (labelX + labelWidth > o.width) labelX = Math.max(start.x1, o.width - labelWidth);
    return {
      event,
      x: start.x1,
      start,
      end,
      label,
      dateText,
      labelX,
      labelWidth,
      labelVisible: true,
      x1: Math.min(start.x1, labelX),
      x2: Math.max(barEnd, labelX + labelWidth),
    };
  };

  const lanes: PlacedLane<E>[] = [];
  let y = 0;
  for (const group of groupByLane(timeline)) {
    const items = group.events.map(place).sort((a, b) => a.x1 - b.x1);
    const rowEnds: number[] = [];
    const placed: PlacedEvent<E>[] = [];
    for (const item of items) {
      let row = rowEnds.findIndex((end) => end + o.gap <= item.x1);
      let shown = item;
      if (row < 0 && rowEnds.length < o.maxRowsPerLane) row = rowEnds.push(-Infinity) - 1;
      if (row < 0) {
        // No row free: share the emptiest one and drop the label (the marker still shows, with its tooltip).
        row = rowEnds.indexOf(Math.min(...rowEnds));
        const x1 = item.event.kind === 'span' ? item.start.x1 : Math.min(item.start.x1, item.x - o.markerSize / 2);
        const x2 = item.event.kind === 'span' ? Math.max(item.end!.x2, x1) : Math.max(item.start.x2, item.x + o.markerSize / 2);
        shown = { ...item, labelVisible: false, x1, x2 };
      }
      rowEnds[row] = Math.max(rowEnds[row]!, shown.x2);
      placed.push({ ...shown, row, laneId: group.lane.id, y: 0, inView: shown.x2 >= 0 && shown.x1 <= o.width });
    }
    const rows = Math.max(1, rowEnds.length);
    for (const p of placed) p.y = y + o.laneHeaderHeight + p.row * o.rowHeight;
    lanes.push({ lane: group.lane, y, height: o.laneHeaderHeight + rows * o.rowHeight, rows, events: placed });
    y += o.laneHeaderHeight + rows * o.rowHeight + o.laneGap;
  }
  const nowX = o.now >= domain.from && o.now <= domain.to ? xOf(o.now) : null;
  return {
    domain,
    width: o.width,
    height: Math.max(0, y - o.laneGap),
    lanes,
    ticks: timeTicks(domain, o.width, o.minTickSpacing, o.lang),
    nowX,
    xOf,
    timeAt,
  };
}
