import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { PAN_STEP, ZOOM_STEP, clampDomain, panDomain, revealInDomain, zoomDomain, type Domain } from './zoom';

/** Movement (CSS px) before a press becomes a drag, so a slightly shaky click still clicks. */
const DRAG_THRESHOLD = 4;

interface Gesture {
  start: Domain;
  /** Pointer positions when the gesture (re)started, relative to the chart's left edge. */
  pointers: Map<number, number>;
  current: Map<number, number>;
  dragging: boolean;
}

export interface ZoomPan {
  domain: Domain;
  zoomIn(at?: number): void;
  zoomOut(at?: number): void;
  pan(share: number): void;
  reset(): void;
  /** Pans the least needed to show [from, to] (an event that got the keyboard focus off screen). */
  reveal(from: number, to: number): void;
  /** For the chart's box: pointer drags pan, two pointers pinch, the wheel zooms, a drag's click is swallowed. */
  handlers: {
    onPointerDown(e: PointerEvent<HTMLElement>): void;
    onPointerMove(e: PointerEvent<HTMLElement>): void;
    onPointerUp(e: PointerEvent<HTMLElement>): void;
    onPointerCancel(e: PointerEvent<HTMLElement>): void;
    onClickCapture(e: { stopPropagation(): void; preventDefault(): void }): void;
    onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  };
}

/**
 * The chart's visible window and every way to move it: buttons, keys (+ − ← → 0 Home), the mouse
 * (wheel zooms around the pointer, Shift+wheel or a sideways wheel pans, drag pans) and touch
 * (one finger pans, two pinch). `extent` is the whole timeline's window; `box` the element measured.
 */
export function useZoomPan(extent: Domain, width: number, box: RefObject<HTMLElement | null>): ZoomPan {
  const [own, setOwn] = useState<Domain | null>(null);
  const domain = own ? clampDomain(own, extent) : extent;
  const latest = useRef({ domain, extent, width });
  useEffect(() => {
    latest.current = { domain, extent, width };
  });
  const gesture = useRef<Gesture | null>(null);
  const dragged = useRef(false);

  const update = useCallback((change: (d: Domain, extent: Domain) => Domain) => {
    setOwn(change(latest.current.domain, latest.current.extent));
  }, []);
  const zoomIn = useCallback((at = 0.5) => update((d, e) => zoomDomain(d, ZOOM_STEP, at, e)), [update]);
  const zoomOut = useCallback((at = 0.5) => update((d, e) => zoomDomain(d, 1 / ZOOM_STEP, at, e)), [update]);
  const pan = useCallback((share: number) => update((d, e) => panDomain(d, share, e)), [update]);
  const reset = useCallback(() => setOwn(null), []);
  const reveal = useCallback((from: number, to: number) => update((d, e) => revealInDomain(d, from, to, e)), [update]);

  const xIn = (clientX: number) => clientX - (box.current?.getBoundingClientRect().left ?? 0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const w = latest.current.width;
      if (w <= 0) return;
      e.preventDefault();
      const lines = e.deltaMode === 1 ? 20 : 1;
      const sideways = Math.abs(e.deltaX) > Math.abs(e.deltaY);
      if (e.shiftKey || sideways) {
        const delta = (sideways ? e.deltaX : e.deltaY) * lines;
        update((d, ext) => panDomain(d, delta / w, ext));
      } else {
        const at = Math.min(Math.max((e.clientX - el.getBoundingClientRect().left) / w, 0), 1);
        update((d, ext) => zoomDomain(d, Math.exp(-e.deltaY * lines * 0.002), at, ext));
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [box, update]);

  const restart = (g: Gesture) => {
    g.start = latest.current.domain;
    g.pointers = new Map(g.current);
  };

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (!gesture.current) dragged.current = false;
    const g = gesture.current ?? { start: domain, pointers: new Map(), current: new Map(), dragging: false };
    g.current.set(e.pointerId, xIn(e.clientX));
    restart(g);
    gesture.current = g;
  };

  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const g = gesture.current;
    if (!g || !g.current.has(e.pointerId)) return;
    g.current.set(e.pointerId, xIn(e.clientX));
    const w = latest.current.width;
    const ids = [...g.pointers.keys()].filter((id) => g.current.has(id));
    if (w <= 0 || ids.length === 0) return;
    const [a, b] = ids;
    const mid = (m: Map<number, number>) => (b === undefined ? m.get(a!)! : (m.get(a!)! + m.get(b)!) / 2);
    const moved = mid(g.current) - mid(g.pointers);
    if (!g.dragging && Math.abs(moved) < DRAG_THRESHOLD && b === undefined) return;
    if (!g.dragging) {
      g.dragging = true;
      dragged.current = true;
      // Keep receiving the moves when the pointer leaves the chart (a pointer the browser no longer knows cannot be captured).
      for (const id of g.current.keys())
        try {
          box.current?.setPointerCapture(id);
        } catch {
          /* not an active pointer any more */
        }
    }
    let next = g.start;
    if (b !== undefined) {
      const spread = (m: Map<number, number>) => Math.abs(m.get(a!)! - m.get(b)!);
      const factor = spread(g.current) / Math.max(spread(g.pointers), 1);
      next = zoomDomain(next, factor, mid(g.pointers) / w, latest.current.extent);
    }
    setOwn(panDomain(next, -moved / w, latest.current.extent));
  };

  const end = (e: PointerEvent<HTMLElement>) => {
    const g = gesture.current;
    if (!g) return;
    g.current.delete(e.pointerId);
    if (g.current.size === 0) gesture.current = null;
    else restart(g);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // Zoom around the focused event when there is one.
    const x = Number((e.target as Element).getAttribute?.('data-x'));
    const at = Number.isFinite(x) && width > 0 && x >= 0 && x <= width ? x / width : 0.5;
    const actions: Record<string, () => void> = {
      '+': () => zoomIn(at),
      '=': () => zoomIn(at),
      '-': () => zoomOut(at),
      _: () => zoomOut(at),
      ArrowLeft: () => pan(-PAN_STEP),
      ArrowRight: () => pan(PAN_STEP),
      '0': reset,
      Home: reset,
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const onClickCapture = (e: { stopPropagation(): void; preventDefault(): void }) => {
    if (!dragged.current) return;
    dragged.current = false;
    e.stopPropagation();
    e.preventDefault();
  };

  return {
    domain,
    zoomIn,
    zoomOut,
    pan,
    reset,
    reveal,
    handlers: { onPointerDown, onPointerMove, onPointerUp: end, onPointerCancel: end, onClickCapture, onKeyDown },
  };
}
