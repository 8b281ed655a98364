import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineLane } from '../../shared/model/timeline';
import { precisionOf, type DateLanguage } from '../../shared/timeline/format-date';
import { pickText } from '../../shared/timeline/lanes';
import { layoutTimeline, type PlacedEvent } from '../../shared/timeline/layout';
import { layoutWithFittedLabels, maxLabelWidth } from './fit-layout';
import type { ResolvedTimelineEvent } from '../../shared/timeline/types';
import { createMeasurer, type TextMeasurer } from './measure';
import { useZoomPan } from './useZoomPan';

/** Chart geometry in CSS pixels; the layout (shared with the PDF) places everything else. */
const AXIS = 22;
const ROW = 28;
const LANE_HEADER = 20;
const LANE_GAP = 10;
const MARKER = 10;
const FOOT = 18;
const LABEL_PX = 12;
/** Marker centre and bar top within a row. */
const MARK_Y = 8;
const BAR_Y = 16;
const BAR_H = 6;

type Event = ResolvedTimelineEvent;
type Kind = TimelineLane['kind'];

interface Props {
  lanes: TimelineLane[];
  events: Event[];
  lang: DateLanguage;
  now: number;
  selectedId: string | null;
  onActivate(event: Event): void;
}

/**
 * The timeline drawn in SVG: an axis, one band per lane in the bundle's order, spans as bars (a
 * date's imprecision as a fading stretch, "present" as an arrow to today's line, an unknown end as a
 * dashed fade), points as markers. Every event is a focusable button; the list view says the same in text.
 */
export function TimelineChart({ lanes, events, lang, now, selectedId, onActivate }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; measurer: TextMeasurer } | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measurer = createMeasurer(`${LABEL_PX}px ${getComputedStyle(el).fontFamily}`);
    const observer = new ResizeObserver(() => setSize({ width: Math.floor(el.clientWidth), measurer }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const width = size?.width ?? 0;
  const timeline = useMemo(() => ({ lanes, events }), [lanes, events]);
  const extent = useMemo(() => layoutTimeline(timeline, { width: 1, lang, now, measure: () => 0 }).domain, [timeline, lang, now]);
  const zoom = useZoomPan(extent, width, box);
  const maxLabel = maxLabelWidth(width);

  const fitted = useMemo(() => {
    if (!size) return null;
    const options = {
      width: size.width,
      lang,
      now,
      domain: zoom.domain,
      rowHeight: ROW,
      laneHeaderHeight: LANE_HEADER,
      laneGap: LANE_GAP,
      markerSize: MARKER,
      gap: 10,
      unknownEndLength: 32,
    };
    return layoutWithFittedLabels(timeline, options, size.measurer.width, maxLabel);
  }, [size, timeline, lang, now, zoom.domain, maxLabel]);
  const layout = fitted?.layout ?? null;

  const height = AXIS + (layout?.height ?? 0) + FOOT;
  const grad = (kind: Kind, dir: 'in' | 'out') => `${uid}-${kind}-${dir}`;
  const helpId = `${uid}-help`;

  const eventKeyDown = (e: KeyboardEvent<SVGGElement>, event: Event) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onActivate(event);
  };

  return (
    <div className="tl-chart">
      <div className="tl-zoom" role="toolbar" aria-label={t('timeline.zoom')} aria-controls={`${uid}-chart`}>
        <button type="button" onClick={() => zoom.zoomOut()} aria-label={t('timeline.zoomOut')} title={t('timeline.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => zoom.zoomIn()} aria-label={t('timeline.zoomIn')} title={t('timeline.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoom.pan(-0.25)} aria-label={t('timeline.panEarlier')} title={t('timeline.panEarlier')}>
          ←
        </button>
        <button type="button" onClick={() => zoom.pan(0.25)} aria-label={t('timeline.panLater')} title={t('timeline.panLater')}>
          →
        </button>
        <button type="button" onClick={zoom.reset}>
          {t('timeline.zoomReset')}
        </button>
      </div>
      <p id={helpId} className="tl-hint">
        {t('timeline.zoomHelp')}
      </p>
      <div
        ref={box}
        id={`${uid}-chart`}
        className="tl-chart__box"
        role="group"
        aria-label={t('timeline.chartLabel')}
        aria-describedby={helpId}
        tabIndex={0}
        {...zoom.handlers}
      >
        {layout && (
          <svg className="tl-svg" width={layout.width} height={height} viewBox={`0 0 ${layout.width} ${height}`}>
            <defs>
              {(['partnership', 'milestones', 'other'] as const).map((kind) => (
                <g key={kind} className={`tl-kind--${kind}`}>
                  <linearGradient id={grad(kind, 'out')}>
                    <stop offset="0" stopColor="currentColor" stopOpacity="0.9" />
                    <stop offset="1" stopColor="currentColor" stopOpacity="0.08" />
                  </linearGradient>
                  <linearGradient id={grad(kind, 'in')}>
                    <stop offset="0" stopColor="currentColor" stopOpacity="0.08" />
                    <stop offset="1" stopColor="currentColor" stopOpacity="0.9" />
                  </linearGradient>
                </g>
              ))}
            </defs>
            <g className="tl-axis" aria-hidden="true">
              {layout.ticks.map((tick) => (
                <g key={tick.time}>
                  <line
                    className={tick.major ? 'tl-grid tl-grid--major' : 'tl-grid'}
                    x1={tick.x}
                    x2={tick.x}
                    y1={AXIS - 6}
                    y2={height - FOOT}
                  />
                  <text className="tl-tick" x={tick.x + 3} y={AXIS - 9}>
                    {tick.label}
                  </text>
                </g>
              ))}
            </g>
            <g transform={`translate(0 ${AXIS})`}>
              {layout.lanes.map((placed, i) => (
                <g
                  key={placed.lane.id}
                  className={`tl-lane tl-kind--${placed.lane.kind}`}
                  role="group"
                  aria-label={pickText(placed.lane.label, lang)}
                  data-lane-id={placed.lane.id}
                >
                  {i % 2 === 0 && <rect className="tl-lane__band" x={0} y={placed.y} width={layout.width} height={placed.height} />}
                  <text className="tl-lane__label" x={4} y={placed.y + 14} aria-hidden="true">
                    {pickText(placed.lane.label, lang)}
                  </text>
                  {placed.events.map((p) => (
                    <g
                      key={p.event.id}
                      className={`tl-event tl-event--${p.event.kind}${p.event.id === selectedId ? ' is-selected' : ''}`}
                      role="button"
                      tabIndex={0}
                      aria-label={`${p.label}, ${p.dateText}`}
                      data-event-id={p.event.id}
                      data-end={p.end?.kind}
                      data-x={Math.round(p.x)}
                      onClick={() => onActivate(p.event)}
                      onKeyDown={(e) => eventKeyDown(e, p.event)}
                      onFocus={() => !p.inView && zoom.reveal(layout.timeAt(p.x1), layout.timeAt(p.x2))}
                    >
                      <title>{`${p.label} — ${p.dateText}`}</title>
                      <rect className="tl-hit" x={p.x1 - 3} y={p.y + 1} width={Math.max(p.x2 - p.x1 + 6, 12)} height={ROW - 3} rx={4} />
                      {p.event.kind === 'span' ? (
                        <SpanShape p={p} grad={(dir) => grad(placed.lane.kind, dir)} />
                      ) : (
                        <PointShape p={p} grad={(dir) => grad(placed.lane.kind, dir)} />
                      )}
                      {/* A label whose start has scrolled past the left edge would read as a different word: leave it to the tooltip. */}
                      {p.labelVisible && p.labelX >= -0.5 && (
                        <text className="tl-event__label" x={p.labelX} y={p.y + 12}>
                          {size!.measurer.fit(p.label, Math.min(fitted!.labelRoom(p.label), layout.width - Math.max(p.labelX, 0) - 2))}
                        </text>
                      )}
                    </g>
                  ))}
                </g>
              ))}
            </g>
            {layout.nowX !== null && (
              <g className="tl-now" aria-hidden="true">
                <line x1={layout.nowX} x2={layout.nowX} y1={AXIS - 6} y2={height - FOOT + 4} />
                <text x={layout.nowX} y={height - 3} textAnchor={layout.nowX > layout.width - 40 ? 'end' : 'middle'}>
                  {t('timeline.today')}
                </text>
              </g>
            )}
          </svg>
        )}
      </div>
    </div>
  );
}

function SpanShape({ p, grad }: { p: PlacedEvent<Event>; grad(dir: 'in' | 'out'): string }) {
  const y = p.y + BAR_Y;
  const end = p.end!;
  const startBand = p.start.x2 - p.start.x1 > 1.5;
  const solidFrom = startBand ? p.start.x2 : p.start.x1;
  const solidTo = end.kind === 'date' && !end.uncertain ? end.x2 : end.kind === 'present' ? end.x2 : Math.max(end.x1, solidFrom);
  return (
    <g className="tl-span">
      {startBand && (
        <rect
          className="tl-bar tl-bar--fuzzy"
          x={p.start.x1}
          y={y}
          width={p.start.x2 - p.start.x1}
          height={BAR_H}
          fill={`url(#${grad('in')})`}
        />
      )}
      {solidTo > solidFrom && <rect className="tl-bar" x={solidFrom} y={y} width={solidTo - solidFrom} height={BAR_H} />}
      {end.uncertain && end.x2 > end.x1 && (
        <rect className="tl-bar tl-bar--uncertain" x={end.x1} y={y} width={end.x2 - end.x1} height={BAR_H} fill={`url(#${grad('out')})`} />
      )}
      {end.kind === 'present' && (
        <path className="tl-arrow" d={`M${end.x2} ${y - 3} L${end.x2 + 7} ${y + BAR_H / 2} L${end.x2} ${y + BAR_H + 3} Z`} />
      )}
    </g>
  );
}

function PointShape({ p, grad }: { p: PlacedEvent<Event>; grad(dir: 'in' | 'out'): string }) {
  const cy = p.y + MARK_Y;
  const band = p.start.x2 - p.start.x1;
  const exact = precisionOf(p.event.start) === 'day' && !p.event.start.qualifier;
  return (
    <g className="tl-point">
      {band > 1.5 && (
        <rect
          className={`tl-band${p.start.open ? ' tl-band--open' : ''}`}
          x={p.start.x1}
          y={cy - 3}
          width={band}
          height={6}
          fill={p.start.open ? `url(#${grad(p.start.open === 'left' ? 'in' : 'out')})` : undefined}
        />
      )}
      <circle className={exact ? 'tl-marker' : 'tl-marker tl-marker--fuzzy'} cx={p.x} cy={cy} r={MARKER / 2} />
    </g>
  );
}
