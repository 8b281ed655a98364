import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { resolveSource } from '../../../src/renderer/timeline/source';
import { MIN_SPAN, clampDomain, panDomain, revealInDomain, zoomDomain } from '../../../src/renderer/timeline/zoom';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

const DAY = 86_400_000;
const extent = { from: Date.UTC(2010, 0, 1), to: Date.UTC(2024, 0, 1) };
const span = (d: { from: number; to: number }) => d.to - d.from;

describe('timeline view: zoom and pan of the visible window', () => {
  it('zooms around the given point: the time under it stays under it', () => {
    const at = 0.25;
    const anchor = extent.from + span(extent) * at;
    const zoomed = zoomDomain(extent, 2, at, extent);
    expect(span(zoomed)).toBeCloseTo(span(extent) / 2, -3);
    expect(zoomed.from + span(zoomed) * at).toBeCloseTo(anchor, -3);
  });

  it('zooming in then out by the same factor gives the window back', () => {
    const mid = { from: Date.UTC(2015, 0, 1), to: Date.UTC(2018, 0, 1) };
    const back = zoomDomain(zoomDomain(mid, 1.5, 0.5, extent), 1 / 1.5, 0.5, extent);
    expect(back.from).toBeCloseTo(mid.from, -3);
    expect(back.to).toBeCloseTo(mid.to, -3);
  });

  it('never zooms in to less than a week, nor out past three times the timeline', () => {
    let d = extent;
    for (let i = 0; i < 100; i++) d = zoomDomain(d, 2, 0.5, extent);
    expect(span(d)).toBe(MIN_SPAN);
    for (let i = 0; i < 100; i++) d = zoomDomain(d, 0.5, 0.5, extent);
    expect(span(d)).toBeCloseTo(span(extent) * 3, -3);
  });

  it('pans by a share of the window and stops with the middle of the view at either end of the timeline', () => {
    const d = { from: Date.UTC(2015, 0, 1), to: Date.UTC(2016, 0, 1) };
    const moved = panDomain(d, 0.5, extent);
    expect(moved.from - d.from).toBeCloseTo(span(d) / 2, -3);
    let far = d;
    for (let i = 0; i < 200; i++) far = panDomain(far, 1, extent);
    expect((far.from + far.to) / 2).toBe(extent.to);
    for (let i = 0; i < 400; i++) far = panDomain(far, -1, extent);
    expect((far.from + far.to) / 2).toBe(extent.from);
    expect(span(far)).toBeCloseTo(span(d), -3);
  });

  it('reveals an event off screen with the least move, and leaves a window that shows it alone', () => {
    const d = { from: Date.UTC(2015, 0, 1), to: Date.UTC(2016, 0, 1) };
    const later = { from: Date.UTC(2017, 5, 1), to: Date.UTC(2017, 5, 2) };
    const r = revealInDomain(d, later.from, later.to, extent);
    expect(r.from).toBeLessThanOrEqual(later.from);
    expect(r.to).toBeGreaterThanOrEqual(later.to);
    expect(span(r)).toBe(span(d));
    expect(revealInDomain(d, Date.UTC(2015, 5, 1), Date.UTC(2015, 6, 1), extent)).toBe(d);
    expect(clampDomain({ from: 0, to: 1 }, extent).to - clampDomain({ from: 0, to: 1 }, extent).from).toBe(MIN_SPAN);
    expect(MIN_SPAN).toBe(7 * DAY);
  });
});

describe('timeline view: finding an event’s source in the text', async () => {
  const bundle = await loadBundle(BUILT_IN_BUNDLE);
  const about = bundle.documents.find((d) => d.id === 'about-xiaomi')!;
  const exact = 'Xiaomi Corporation was founded in April 2010';
  const start = about.text.indexOf(exact);

  it('uses the stored position when the text there is still the quote', () => {
    expect(
      resolveSource(
        {
          documentId: 'about-xiaomi',
          quote: { type: 'TextQuoteSelector', exact },
          position: { type: 'TextPositionSelector', start, end: start + exact.length },
        },
        about.text,
      ),
    ).toEqual({
      documentId: 'about-xiaomi',
      start,
      end: start + exact.length,
    });
  });

  it('finds the quote when only the quote is given, or the position is stale', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact };
    expect(resolveSource({ documentId: 'about-xiaomi', quote }, about.text)).toMatchObject({ start, end: start + exact.length });
    expect(
      resolveSource({ documentId: 'about-xiaomi', quote, position: { type: 'TextPositionSelector', start: 3, end: 9 } }, about.text),
    ).toMatchObject({ start });
  });

  it('picks the occurrence whose context agrees, and gives up on a quote that is not there', () => {
    const text = 'Leica and Xiaomi. Then Huawei. Leica and Xiaomi again.';
    const second = text.lastIndexOf('Leica and Xiaomi');
    const quote = { type: 'TextQuoteSelector' as const, exact: 'Leica and Xiaomi', prefix: 'Then Huawei. ', suffix: ' again' };
    expect(resolveSource({ documentId: 'x', quote }, text)).toEqual({ documentId: 'x', start: second, end: second + 16 });
    expect(resolveSource({ documentId: 'x', quote: { type: 'TextQuoteSelector', exact: 'Leica and Sharp' } }, text)).toBeNull();
  });
});
