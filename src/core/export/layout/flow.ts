import type { PageCanvas } from '../draw/canvas';
import type { Line } from './line-break';

/** What an item is in the tagged PDF's structure tree (ISO 32000-1 §14.8.4 standard roles). */
export interface StructTag {
  role: 'H1' | 'H2' | 'H3' | 'P' | 'LI' | 'BlockQuote' | 'Figure' | 'TR' | 'TOCI' | 'Sect';
  /** Figures: the text that replaces the image for a screen reader. */
  alt?: string;
  /** BCP 47 language when it differs from the document's (/Lang on the element). */
  lang?: string;
  /** List items: nesting depth (1 = top level), so lists group into L elements. */
  depth?: number;
}

/** A paragraph's lines; it may split across pages, keeping `orphans` lines at a page foot and `widows` at a head. */
export interface LinesItem {
  kind: 'lines';
  lines: Line[];
  /** Left offset from the text frame, points. */
  indent: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Keep on the same page as the start of the next item (headings, labels). */
  keepWithNext?: boolean;
  /** Never split (short quotes, captions). */
  keepTogether?: boolean;
  orphans?: number;
  widows?: number;
  /** The document whose plain text these lines show, so highlights can find them. */
  docId?: string;
  /** Its role in the structure tree; default P. */
  tag?: StructTag;
  /** Drawn once per page the item lands on, given the span of its lines there (a quote's rule…). */
  decorate?: (canvas: PageCanvas, x: number, top: number, bottom: number) => void;
}

/** Something drawn as a unit (a fact row, a slice of the timeline chart, a contents entry). */
export interface BoxItem {
  kind: 'box';
  height: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext?: boolean;
  /** Its role in the structure tree; none: drawn as an artifact (rules, chart furniture drawn as a unit are Figures). */
  tag?: StructTag;
  draw: (canvas: PageCanvas, x: number, top: number, width: number) => void;
}

export type FlowItem =
  | LinesItem
  | BoxItem
  | { kind: 'pageBreak' }
  /**
   * Where a section starts: on the current page, `gap` below what precedes it, when at least `room`
   * points are left there; else on a new page. Small sections share a page instead of each taking one.
   */
  | { kind: 'sectionBreak'; room: number; gap: number }
  /** Marks a destination (contents entries, bookmarks): resolves to where the next item lands. */
  | { kind: 'anchor'; id: string }
  /** The section named in the running header from the page the next item lands on. */
  | { kind: 'running'; title: string | null };

export interface Frame {
  left: number;
  top: number;
  bottom: number;
  width: number;
}

export interface PlacedLine {
  kind: 'line';
  /** The paragraph it belongs to (one structure element however many pages it spans). */
  item: LinesItem;
  line: Line;
  x: number;
  /** Baseline, top-down. */
  baseline: number;
  docId?: string;
}

export type Placed =
  | PlacedLine
  | { kind: 'box'; item: BoxItem; x: number; top: number; width: number }
  | { kind: 'decoration'; item: LinesItem; x: number; top: number; bottom: number };

export interface PageLayout {
  index: number;
  placed: Placed[];
  running: string | null;
}

export interface Anchor {
  page: number;
  /** Top-down y of the destination. */
  y: number;
}

export interface Pagination {
  pages: PageLayout[];
  anchors: Map<string, Anchor>;
}

const linesHeight = (lines: readonly Line[], from = 0, to = lines.length) => {
  let h = 0;
  for (let i = from; i < to; i++) h += lines[i]!.leading;
  return h;
};

const fullHeight = (item: LinesItem | BoxItem) => (item.kind === 'box' ? item.height : linesHeight(item.lines));

/** The least of an item that must sit on a page once it starts there. */
function minStart(item: LinesItem | BoxItem): number {
  if (item.kind === 'box' || item.keepTogether) return fullHeight(item);
  const n = item.lines.length;
  const orphans = item.orphans ?? 2;
  const widows = item.widows ?? 2;
  // A paragraph too short to leave `orphans` + `widows` lines moves as a whole.
  return linesHeight(item.lines, 0, n < orphans + widows ? n : orphans);
}

/** Measures, breaks and paginates a flow into pages; nothing is drawn here. */
export function paginate(items: readonly FlowItem[], frame: Frame): Pagination {
  const pages: PageLayout[] = [];
  const anchors = new Map<string, Anchor>();
  let pendingAnchors: string[] = [];
  let running: string | null = null;
  let page!: PageLayout;
  let y = 0;
  const capacity = frame.bottom - frame.top;
  const newPage = () => {
    page = { index: pages.length, placed: [], running };
    pages.push(page);
    y = frame.top;
  };
  newPage();
  const atTop = () => page.placed.length === 0;
  const settleAnchors = () => {
    for (const id of pendingAnchors) anchors.set(id, { page: page.index, y });
    pendingAnchors = [];
  };

  /** Height needed from here so that this item and whatever it keeps with fit: chains of keepWithNext. */
  const keepNeed = (i: number): number => {
    const item = items[i] as LinesItem | BoxItem;
    if (!item.keepWithNext) return minStart(item);
    for (let j = i + 1; j < items.length; j++) {
      const next = items[j]!;
      if (next.kind === 'pageBreak' || next.kind === 'sectionBreak') break;
      if (next.kind === 'lines' || next.kind === 'box') return fullHeight(item) + item.spaceAfter + next.spaceBefore + keepNeed(j);
    }
    return fullHeight(item);
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'anchor') {
      pendingAnchors.push(item.id);
      continue;
    }
    if (item.kind === 'running') {
      running = item.title;
      if (atTop()) page.running = running;
      continue;
    }
    if (item.kind === 'pageBreak') {
      if (!atTop()) newPage();
      continue;
    }
    if (item.kind === 'sectionBreak') {
      if (atTop()) continue;
      if (frame.bottom - y < item.room + item.gap) newPage();
      else y += item.gap;
      continue;
    }
    let need = keepNeed(i);
    if (need > capacity) need = minStart(item);
    if (!atTop() && y + item.spaceBefore + need > frame.bottom + 0.01) newPage();
    if (!atTop()) y += item.spaceBefore;
    settleAnchors();

    if (item.kind === 'box') {
      page.placed.push({ kind: 'box', item, x: frame.left, top: y, width: frame.width });
      y += item.height + item.spaceAfter;
      continue;
    }
    placeLines(item);
    y += item.spaceAfter;
  }
  settleAnchors();
  return { pages, anchors };

  function placeLines(item: LinesItem): void {
    const { lines } = item;
    const widows = item.widows ?? 2;
    const x = frame.left + item.indent;
    let k = 0;
    while (k < lines.length) {
      let fit = 0;
      let h = 0;
      while (k + fit < lines.length && y + h + lines[k + fit]!.leading <= frame.bottom + 0.01) h += lines[k + fit++]!.leading;
      let take = fit;
      if (take < lines.length - k) {
        if (lines.length - k - take < widows) take = lines.length - k - widows;
        const least = k === 0 ? (item.orphans ?? 2) : 1;
        if (take < least || item.keepTogether) take = atTop() ? Math.max(fit, 1) : 0;
      }
      if (take === 0) {
        newPage();
        continue;
      }
      const top = y;
      const first = page.placed.length;
      for (let n = k; n < k + take; n++) {
        const line = lines[n]!;
        const halfLeading = (line.leading - (line.ascent + line.descent)) / 2;
        const placed: PlacedLine = { kind: 'line', item, line, x, baseline: y + halfLeading + line.ascent };
        if (item.docId !== undefined) placed.docId = item.docId;
        page.placed.push(placed);
        y += line.leading;
      }
      // Decorations (rules, panels) go under their lines.
      if (item.decorate) page.placed.splice(first, 0, { kind: 'decoration', item, x, top, bottom: y });
      k += take;
      if (k < lines.length) newPage();
    }
  }
}
