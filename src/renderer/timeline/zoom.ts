/**
 * Zoom and pan of the chart's time window, as pure functions of the window and the data's extent
 * (the layout's default domain): the view never zooms into less than a week, never out past a few
 * times the whole timeline, and never pans so far that the timeline leaves the view.
 */
export interface Domain {
  from: number;
  to: number;
}

const DAY = 86_400_000;
export const MIN_SPAN = 7 * DAY;
/** How far out one can zoom, as a multiple of the extent. */
const MAX_ZOOM_OUT = 3;
/** One press of + or −, one click of a zoom button. */
export const ZOOM_STEP = 1.5;
/** One press of ← or →, as a share of the visible window. */
export const PAN_STEP = 0.15;

/** Keeps the window's width within limits and its middle within the extent. */
export function clampDomain(d: Domain, extent: Domain): Domain {
  const extentSpan = Math.max(extent.to - extent.from, MIN_SPAN);
  const span = Math.min(Math.max(d.to - d.from, MIN_SPAN), extentSpan * MAX_ZOOM_OUT);
  const mid = Math.min(Math.max((d.from + d.to) / 2, extent.from), extent.to);
  return { from: mid - span / 2, to: mid + span / 2 };
}

/**
 * Zooms by `factor` (above 1 is in) around a point of the window given as a share of its width
 * (0 = left edge, 0.5 = middle): the time under that point stays under it.
 */
export function zoomDomain(d: Domain, factor: number, at: number, extent: Domain): Domain {
  const span = d.to - d.from;
  const anchor = d.from + span * at;
  const next = span / factor;
  const target = { from: anchor - next * at, to: anchor + next * (1 - at) };
  const clamped = clampDomain(target, extent);
  // At a limit of the width, keep the anchor where it was rather than drifting to the middle.
  if (clamped.to - clamped.from === next) return clamped;
  const width = clamped.to - clamped.from;
  return clampDomain({ from: anchor - width * at, to: anchor + width * (1 - at) }, extent);
}

/** Moves the window by a share of its width (negative: earlier). */
export function panDomain(d: Domain, share: number, extent: Domain): Domain {
  const shift = (d.to - d.from) * share;
  return clampDomain({ from: d.from + shift, to: d.to + shift }, extent);
}

/** The smallest move that brings [from, to] into the window, with a margin; the window as it is when it already shows it. */
export function revealInDomain(d: Domain, from: number, to: number, extent: Domain): Domain {
  const span = d.to - d.from;
  const margin = span * 0.1;
  if (from >= d.from && to <= d.to) return d;
  const shift = from < d.from ? from - margin - d.from : Math.min(to + margin - d.to, from - margin - d.from);
  return clampDomain({ from: d.from + shift, to: d.to + shift }, extent);
}
