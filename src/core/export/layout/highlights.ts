import type { AnchoredAnnotation } from '../../../shared/model/annotation';
import type { FontFaces } from '../fonts/font-faces';
import type { LinesItem, PageLayout, PlacedLine } from './flow';

/** One page's part of a highlight: QuadPoints (UL, UR, LL, LR per line, PDF coordinates) over the exact words. */
export interface HighlightPiece {
  anchored: AnchoredAnnotation;
  page: number;
  quads: number[];
  /** The piece on the page where the highlight starts; later pieces reply to it as a group. */
  primary: boolean;
  /** The paragraph the piece starts in (its structure element holds the annotation's). */
  item: LinesItem;
}

interface IndexedLine {
  page: number;
  placed: PlacedLine;
  start: number;
  end: number;
}

/** Document id → its printed lines in text order, each with the [start, end) of the text it shows. */
function indexLines(pages: readonly PageLayout[]): Map<string, IndexedLine[]> {
  const byDoc = new Map<string, IndexedLine[]>();
  for (const page of pages) {
    for (const placed of page.placed) {
      if (placed.kind !== 'line' || placed.docId === undefined) continue;
      let start = Infinity;
      let end = -Infinity;
      for (const seg of placed.line.segments) {
        if (seg.start === null) continue;
        start = Math.min(start, seg.start);
        end = Math.max(end, seg.start + seg.text.length);
      }
      if (start === Infinity) continue;
      let list = byDoc.get(placed.docId);
      if (!list) byDoc.set(placed.docId, (list = []));
      list.push({ page: page.index, placed, start, end });
    }
  }
  return byDoc;
}

/**
 * Maps each anchored highlight's [start, end) onto the laid-out glyphs: one quad per line it
 * touches, from the left edge of its first character to the right edge of its last, split by page.
 */
export function placeHighlights(
  pages: readonly PageLayout[],
  highlights: readonly AnchoredAnnotation[],
  faces: FontFaces,
  pageHeight: number,
): HighlightPiece[] {
  const index = indexLines(pages);
  const pieces: HighlightPiece[] = [];
  for (const anchored of highlights) {
    const range = anchored.range;
    if (!range || range.end <= range.start) continue;
    const list = index.get(anchored.annotation.documentId);
    if (!list) continue;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end <= range.start) lo = mid + 1;
      else hi = mid;
    }
    let current: HighlightPiece | null = null;
    for (let i = lo; i < list.length && list[i]!.start < range.end; i++) {
      const { page, placed } = list[i]!;
      let x1 = Infinity;
      let x2 = -Infinity;
      for (const seg of placed.line.segments) {
        if (seg.start === null) continue;
        const from = Math.max(range.start, seg.start) - seg.start;
        const to = Math.min(range.end, seg.start + seg.text.length) - seg.start;
        if (to <= from) continue;
        const face = faces[seg.style.font];
        x1 = Math.min(x1, placed.x + seg.x + face.measure(seg.text.slice(0, from), seg.style.size));
        x2 = Math.max(x2, placed.x + seg.x + face.measure(seg.text.slice(0, to), seg.style.size));
      }
      if (x1 >= x2) continue;
      const { line, baseline } = placed;
      const top = pageHeight - (baseline - line.ascent);
      const bottom = pageHeight - (baseline + line.descent);
      if (!current || current.page !== page) {
        current = { anchored, page, quads: [], primary: current === null, item: placed.item };
        pieces.push(current);
      }
      current.quads.push(x1, top, x2, top, x1, bottom, x2, bottom);
    }
  }
  return pieces;
}
