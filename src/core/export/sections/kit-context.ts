import type { LoadedBundle, LoadedDocument } from '../../../shared/model/document';
import { formatFuzzyDate, type DateLanguage } from '../../../shared/timeline/format-date';
import type { FontFaces } from '../fonts/font-faces';
import type { Anchor, FlowItem, Frame, LinesItem } from '../layout/flow';
import { breakLines, type BreakOptions, type Line, type Span } from '../layout/line-break';
import { STYLES, type TextStyle } from '../layout/styles';
import type { KitImage } from '../images';
import type { KitLanguage, KitText } from '../kit-text';
import type { ExportOptions, SectionKey } from '../types';

/** What is known only after pagination; boxes read it when they are drawn. */
export interface KitState {
  anchors: Map<string, Anchor>;
  /** Annotation id → 0-based page where its highlight starts. */
  highlightPages: Map<string, number>;
}

/** Everything a section builder needs. */
export interface KitContext {
  bundle: LoadedBundle;
  options: ExportOptions;
  faces: FontFaces;
  frame: Frame;
  /** Usable height of the text frame. */
  capacity: number;
  /** The language of the kit's own words and dates. */
  lang: KitLanguage;
  /** Those words, from the interface catalogue's `kit` section. */
  text: KitText;
  state: KitState;
  /** Documents in the sections they are printed in. */
  documentsIn(section: SectionKey): LoadedDocument[];
  /** The images the kit embedded, by asset file (documents place them by that name). */
  images: ReadonlyMap<string, KitImage>;
}

export interface ContentsEntry {
  title: string;
  anchor: string;
  level: 1 | 2;
}

/** One section's flow and how the contents and the bookmarks name it. */
export interface SectionPlan {
  key: SectionKey;
  title: string;
  anchor: string;
  items: FlowItem[];
  /** Sub-entries (one per document). */
  children: ContentsEntry[];
}

export function lines(ctx: KitContext, spans: readonly Span[], width: number, options: Omit<BreakOptions, 'width'> = {}): Line[] {
  return breakLines(ctx.faces, spans, { ...options, width });
}

/** A paragraph of text the kit itself writes (labels, attributions): no document offsets. */
export function textItem(
  ctx: KitContext,
  text: string,
  style: TextStyle,
  opts: Partial<Omit<LinesItem, 'kind' | 'lines'>> & { width?: number; align?: BreakOptions['align']; href?: string } = {},
): LinesItem {
  const { width, align, href, ...rest } = opts;
  const indent = rest.indent ?? 0;
  const span: Span = { text, style, start: null };
  if (href) span.href = href;
  return {
    kind: 'lines',
    lines: lines(ctx, [span], width ?? ctx.frame.width - indent, { align }),
    indent,
    spaceBefore: 0,
    spaceAfter: 0,
    ...rest,
  };
}

/**
 * Where a section or document starts: below the previous one when at least a third of the page is
 * left (so a single quote or fact does not take a page of its own), else on a new page.
 */
export const sectionBreak = (ctx: KitContext): FlowItem => ({ kind: 'sectionBreak', room: ctx.capacity / 3, gap: 34 });

/** Opens a section: a section break, the running header, the bookmark/contents anchor and its small label (if it adds to the title). */
export function sectionOpening(ctx: KitContext, plan: { title: string; anchor: string }, label: string | null): FlowItem[] {
  const items: FlowItem[] = [sectionBreak(ctx), { kind: 'running', title: plan.title }, { kind: 'anchor', id: plan.anchor }];
  if (label) items.push(textItem(ctx, label.toUpperCase(), STYLES.sectionLabel, { spaceAfter: 6, keepWithNext: true }));
  return items;
}

/** Shortens text with an ellipsis so that it fits `width`. */
export function fitText(ctx: KitContext, text: string, style: TextStyle, width: number): string {
  const face = ctx.faces[style.font];
  if (face.measure(text, style.size) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (face.measure(text.slice(0, mid).trimEnd() + '…', style.size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + '…';
}

/** Height of a list of lines. */
export const heightOf = (ls: readonly Line[]) => ls.reduce((h, l) => h + l.leading, 0);

/** "2022-05-23" → "23 May 2022" in the kit's language. */
export function formatIsoDate(iso: string, lang: DateLanguage): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return formatFuzzyDate({ year, month, day }, lang);
}
