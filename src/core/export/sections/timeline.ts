import type { TimelineEvent, TimelineLane } from '../../../shared/model/timeline';
import { formatFuzzyDate, formatSpanEnd, fuzzyDateInterval, precisionOf } from '../../../shared/timeline/format-date';
import type { PageCanvas } from '../draw/canvas';
import type { BoxItem, FlowItem } from '../layout/flow';
import { COLOURS, STYLES, hexToRgb, variantOf, type Rgb } from '../layout/styles';
import { baselineOffset } from './documents';
import { fitText, lines, pick, sectionOpening, textItem, type KitContext, type SectionPlan } from './kit-context';

const AXIS_HEIGHT = 22;
const LANE_HEIGHT = 18;
const EVENT_HEIGHT = 20;
const BAR = 8;

type Row = { kind: 'lane'; lane: TimelineLane } | { kind: 'event'; event: TimelineEvent; lane: TimelineLane };

const LANE_COLOURS: Record<TimelineLane['kind'], Rgb> = {
  partnership: COLOURS.accent,
  milestones: hexToRgb('#3c4043'),
  other: COLOURS.link,
};

const tint = (c: Rgb, amount = 0.3): Rgb => ({ r: 1 - (1 - c.r) * amount, g: 1 - (1 - c.g) * amount, b: 1 - (1 - c.b) * amount });

/** "2016 – ended (date unknown)", "Q4 2021", "23 May 2022 – present": never more precise than the source. */
export function eventDateText(event: TimelineEvent, lang: KitContext['lang']): string {
  const start = formatFuzzyDate(event.start, lang);
  return event.kind === 'span' ? `${start} – ${formatSpanEnd(event.end, lang)}` : start;
}

/** The partnership timeline: a vector chart (lanes, spans, points, each date at its precision), then the events as text. */
export function timelineSection(ctx: KitContext): SectionPlan | null {
  const { lanes, events } = ctx.bundle.manifest.timeline;
  const rows: Row[] = [];
  for (const lane of lanes) {
    const inLane = events
      .filter((e) => e.laneId === lane.id)
      .sort((a, b) => fuzzyDateInterval(a.start).from - fuzzyDateInterval(b.start).from || a.id.localeCompare(b.id));
    if (!inLane.length) continue;
    rows.push({ kind: 'lane', lane }, ...inLane.map((event) => ({ kind: 'event' as const, event, lane })));
  }
  if (!rows.length) return null;
  const plan: SectionPlan = { key: 'timeline', title: 'Partnership timeline', anchor: 'section:timeline', items: [], children: [] };
  plan.items.push(
    ...sectionOpening(ctx, plan, null),
    textItem(ctx, 'Partnership timeline', STYLES.sectionTitle, { spaceAfter: 14, keepWithNext: true }),
  );

  const chart = new TimelineChart(ctx, rows);
  // Slices of the chart, each with its own axis, so a long timeline continues on the next page.
  const maxHeight = ctx.capacity - 90;
  let slice: Row[] = [];
  let height = AXIS_HEIGHT;
  const flush = () => {
    if (slice.length) plan.items.push(chart.box(slice));
    slice = [];
    height = AXIS_HEIGHT;
  };
  for (const row of rows) {
    const h = row.kind === 'lane' ? LANE_HEIGHT : EVENT_HEIGHT;
    if (height + h > maxHeight) flush();
    slice.push(row);
    height += h;
  }
  flush();
  plan.items.push(chart.legend());

  for (const row of rows) {
    if (row.kind === 'lane') {
      plan.items.push(textItem(ctx, pick(row.lane.label, ctx.lang), STYLES.h3, { spaceBefore: 12, spaceAfter: 3, keepWithNext: true }));
      continue;
    }
    const e = row.event;
    const description = pick(e.description, ctx.lang);
    const spans = [
      { text: eventDateText(e, ctx.lang), style: variantOf(STYLES.bodySmall, { strong: true }), start: null },
      { text: ` — ${pick(e.label, ctx.lang)}${description ? `. ${description}` : ''}`, style: STYLES.bodySmall, start: null },
    ];
    plan.items.push({ kind: 'lines', lines: lines(ctx, spans, ctx.frame.width - 12), indent: 12, spaceBefore: 0, spaceAfter: 4 });
  }
  return plan;
}

class TimelineChart {
  private readonly from: number;
  private readonly to: number;
  private readonly firstYear: number;
  private readonly lastYear: number;
  private readonly now: number;
  private readonly hasPresent: boolean;
  private readonly labelWidth: number;

  constructor(
    private readonly ctx: KitContext,
    rows: Row[],
  ) {
    this.now = ctx.options.now.getTime();
    const evs = rows.flatMap((r) => (r.kind === 'event' ? [r.event] : []));
    this.hasPresent = evs.some((e) => e.kind === 'span' && (e.end === 'present' || e.end === undefined));
    const starts = evs.map((e) => fuzzyDateInterval(e.start).from);
    const ends = evs.map((e) => this.extent(e).certainTo);
    this.firstYear = new Date(Math.min(...starts)).getUTCFullYear();
    this.lastYear = new Date(Math.max(...ends, ...evs.map((e) => this.extent(e).to))).getUTCFullYear();
    this.from = Date.UTC(this.firstYear, 0, 1);
    this.to = Date.UTC(this.lastYear + 1, 0, 1);
    this.labelWidth = Math.round(ctx.frame.width * 0.36);
  }

  /** Time extent of an event: where the certain part ends and the latest instant it may reach. */
  private extent(e: TimelineEvent): { from: number; fromCertain: number; certainTo: number; to: number } {
    const s = fuzzyDateInterval(e.start);
    if (e.kind === 'point') return { from: s.from, fromCertain: s.to, certainTo: s.to, to: s.to };
    if (e.end === 'present' || e.end === undefined)
      return { from: s.from, fromCertain: s.to, certainTo: Math.max(this.now, s.to), to: Math.max(this.now, s.to) };
    if (e.end === 'unknown') return { from: s.from, fromCertain: s.to, certainTo: s.to, to: s.to };
    const end = fuzzyDateInterval(e.end);
    return { from: s.from, fromCertain: s.to, certainTo: Math.max(end.from, s.to), to: end.to };
  }

  box(rows: Row[]): BoxItem {
    const height = AXIS_HEIGHT + rows.reduce((h, r) => h + (r.kind === 'lane' ? LANE_HEIGHT : EVENT_HEIGHT), 0);
    return { kind: 'box', height, spaceBefore: 0, spaceAfter: 10, draw: (c, x, top, width) => this.draw(c, rows, x, top, width, height) };
  }

  private draw(c: PageCanvas, rows: Row[], x: number, top: number, width: number, height: number): void {
    const left = x + this.labelWidth;
    const right = x + width - 2;
    const at = (t: number) => left + ((t - this.from) / (this.to - this.from)) * (right - left);
    const years = this.lastYear + 1 - this.firstYear;
    const step = years <= 12 ? 1 : years <= 30 ? 2 : years <= 60 ? 5 : 10;
    const bottom = top + height;
    for (let y = this.firstYear; y <= this.lastYear + 1; y++) {
      const tx = at(Date.UTC(y, 0, 1));
      c.segment(tx, top + AXIS_HEIGHT - 4, tx, bottom, COLOURS.rule, 0.4);
      if (y <= this.lastYear && (y - this.firstYear) % step === 0) {
        const mid = step === 1 ? (tx + at(Date.UTC(y + 1, 0, 1))) / 2 : tx;
        c.text(String(y), STYLES.timelineDate, mid, top + 12, 'center');
      }
    }
    c.segment(left, top + AXIS_HEIGHT - 4, right, top + AXIS_HEIGHT - 4, COLOURS.muted, 0.6);
    if (this.hasPresent) {
      const nx = at(this.now);
      c.segment(nx, top + AXIS_HEIGHT - 4, nx, bottom, COLOURS.muted, 0.6, [2, 2]);
      c.text('now', STYLES.timelineDate, nx, top + AXIS_HEIGHT - 6, 'center');
    }
    let y = top + AXIS_HEIGHT;
    for (const row of rows) {
      if (row.kind === 'lane') {
        c.rect(x, y + 2, width, LANE_HEIGHT - 3, COLOURS.panel);
        c.text(
          fitText(this.ctx, pick(row.lane.label, this.ctx.lang), STYLES.timelineLane, width - 12),
          STYLES.timelineLane,
          x + 4,
          y + 2 + baselineOffset(this.ctx, STYLES.timelineLane) + 1,
        );
        y += LANE_HEIGHT;
        continue;
      }
      const label = fitText(this.ctx, pick(row.event.label, this.ctx.lang), STYLES.timelineLabel, this.labelWidth - 16);
      c.text(label, STYLES.timelineLabel, x + 8, y + EVENT_HEIGHT / 2 + 3);
      this.drawEvent(c, row.event, LANE_COLOURS[row.lane.kind], at, y + EVENT_HEIGHT / 2, left, right);
      y += EVENT_HEIGHT;
    }
  }

  private drawEvent(
    c: PageCanvas,
    e: TimelineEvent,
    colour: Rgb,
    at: (t: number) => number,
    cy: number,
    left: number,
    right: number,
  ): void {
    const ext = this.extent(e);
    const light = tint(colour);
    const top = cy - BAR / 2;
    let markFrom: number;
    let markTo: number;
    if (e.kind === 'point') {
      const x0 = at(ext.from);
      const x1 = at(ext.to);
      if (precisionOf(e.start) !== 'day') c.rect(x0, top, Math.max(x1 - x0, 1), BAR, light);
      const mx = (x0 + x1) / 2;
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
      markFrom = Math.min(x0, mx - 5);
      markTo = Math.max(x1, mx + 5);
    } else {
      // Light: the stretch a date's precision leaves open; solid: when the span certainly ran.
      const x0 = at(ext.from);
      const xs = at(ext.fromCertain);
      const xe = at(ext.certainTo);
      const x1 = at(ext.to);
      if (xs - x0 > 0.3) c.rect(x0, top, xs - x0, BAR, light);
      c.rect(xs, top, Math.max(xe - xs, 1.5), BAR, colour);
      if (x1 - xe > 0.3) c.rect(xe, top, x1 - xe, BAR, light);
      markFrom = x0;
      markTo = Math.max(x1, xs + 1.5);
      if (e.end === 'present' || e.end === undefined) {
        c.polygon(
          [
            [xe, cy - 6],
            [xe + 7, cy],
            [xe, cy + 6],
          ],
          colour,
        );
        markTo = xe + 7;
      } else if (e.end === 'unknown') {
        const stub = Math.min(28, right - markTo);
        if (stub > 2) c.rect(markTo, top, stub, BAR, null, { color: colour, width: 0.7, dash: [2, 1.5] });
        markTo += Math.max(stub, 0);
      }
    }
    const date = eventDateText(e, this.ctx.lang);
    const w = this.ctx.faces[STYLES.timelineDate.font].measure(date, STYLES.timelineDate.size);
    const baseline = cy + 2.5;
    // A white ground under the date keeps grid lines from striking through it.
    const label = (x: number, y: number, align: 'left' | 'right') => {
      c.rect(align === 'left' ? x - 1 : x - w - 1, y - 6.5, w + 2, 8.5, COLOURS.white);
      c.text(date, STYLES.timelineDate, x, y, align);
    };
    if (markTo + 4 + w <= right) label(markTo + 4, baseline, 'left');
    else if (markFrom - 4 - w >= left) label(markFrom - 4, baseline, 'right');
    else label(right, cy + BAR / 2 + 7, 'right');
  }

  legend(): FlowItem {
    return {
      kind: 'box',
      height: 16,
      spaceBefore: 0,
      spaceAfter: 12,
      draw: (c, x, top) => {
        const cy = top + 8;
        const entries: [string, (px: number) => void][] = [
          ['certain period', (px) => c.rect(px, cy - 4, 16, 8, COLOURS.accent)],
          ['within the date’s precision', (px) => c.rect(px, cy - 4, 16, 8, tint(COLOURS.accent))],
          [
            'ongoing',
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
          ['ended, date unknown', (px) => c.rect(px, cy - 4, 16, 8, null, { color: COLOURS.accent, width: 0.7, dash: [2, 1.5] })],
          [
            'event',
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
}
