import { resolveColour } from '../../../shared/annotations/colours';
import { sortInReadingOrder } from '../../../shared/annotations/filter';
import type { AnchoredAnnotation, ColourKey } from '../../../shared/model/annotation';
import type { FlowItem } from '../layout/flow';
import { COLOURS, STYLES, hexToRgb, type Rgb } from '../layout/styles';
import { quoted } from '../../../shared/text/quote-marks';
import { parseMarkdown } from '../../../shared/text/markdown';
import type { Span } from '../layout/line-break';
import { fill, plural } from '../kit-text';
import { baselineOffset, blockSpans } from './documents';
import { fitText, lines, sectionOpening, textItem, type KitContext, type SectionPlan } from './kit-context';

export const highlightAnchor = (annotationId: string) => `highlight:${annotationId}`;

/** The colour's label as the user named it (or its default) and its sRGB value. */
export function colourOf(ctx: KitContext, key: ColourKey): { label: string; rgb: Rgb } {
  const resolved = resolveColour(key, ctx.options.colourLabels ?? {}, ctx.lang);
  return { label: resolved.label, rgb: hexToRgb(resolved.hex) };
}

/** The notes appendix: every highlight with its colour, passage, note, tags and the page it is on. */
export function appendixSection(ctx: KitContext, printedDocs: readonly string[]): SectionPlan | null {
  const highlights = ctx.options.highlights ?? [];
  if (!highlights.length) return null;
  const plan: SectionPlan = { key: 'annotations', title: ctx.text.annotations, anchor: 'section:annotations', items: [], children: [] };
  plan.items.push(
    ...sectionOpening(ctx, plan, ctx.text.appendix),
    textItem(ctx, ctx.text.annotations, STYLES.sectionTitle, { spaceAfter: 8, keepWithNext: true }),
    textItem(
      ctx,
      plural(ctx.lang, { one: ctx.text.highlightsIntro_one, other: ctx.text.highlightsIntro_other }, highlights.length),
      STYLES.bodySmall,
      { spaceAfter: 14 },
    ),
  );
  // Reading order of the kit: documents as printed, then those not in this export.
  const docs = [...printedDocs, ...ctx.bundle.documents.map((d) => d.id).filter((id) => !printedDocs.includes(id))];
  const sorted = sortInReadingOrder(
    highlights,
    docs.map((id) => ({ id, language: '' })),
  );
  let lastDoc: string | null = null;
  for (const h of sorted) {
    const doc = ctx.bundle.documents.find((d) => d.id === h.annotation.documentId);
    if (h.annotation.documentId !== lastDoc) {
      lastDoc = h.annotation.documentId;
      plan.items.push(
        textItem(ctx, doc?.title ?? h.annotation.documentId, STYLES.h3, { spaceBefore: 14, spaceAfter: 6, keepWithNext: true }),
      );
    }
    plan.items.push(...entryItems(ctx, h, printedDocs.includes(h.annotation.documentId)));
  }
  return plan;
}

function entryItems(ctx: KitContext, h: AnchoredAnnotation, printed: boolean): FlowItem[] {
  const a = h.annotation;
  const style = STYLES.label;
  const header: FlowItem = {
    kind: 'box',
    tag: { role: 'P' },
    height: style.leading + 2,
    spaceBefore: 4,
    spaceAfter: 2,
    keepWithNext: true,
    draw: (c, x, top, width) => {
      const baseline = top + baselineOffset(ctx, style);
      const colour = colourOf(ctx, a.colour);
      c.rect(x, baseline - 8, 9, 9, colour.rgb, { color: COLOURS.muted, width: 0.4 });
      const page = ctx.state.highlightPages.get(a.id);
      const where =
        h.range === null
          ? ctx.text.orphaned
          : page !== undefined
            ? fill(ctx.text.pageRef, { page: page + 1 })
            : printed
              ? ctx.text.notPlaced
              : ctx.text.notInExport;
      const whereWidth = c.text(where, STYLES.meta, x + width, baseline, 'right');
      if (page !== undefined) c.link(x + width - whereWidth, top, whereWidth, style.leading, { anchor: highlightAnchor(a.id) });
      const labelWidth = c.text(colour.label, style, x + 16, baseline);
      if (a.creator)
        c.text(
          fitText(ctx, ` · ${a.creator}`, STYLES.meta, width - 16 - labelWidth - whereWidth - 12),
          STYLES.meta,
          x + 16 + labelWidth,
          baseline,
        );
    },
  };
  const items: FlowItem[] = [
    header,
    textItem(ctx, quoted(a.quote.exact, ctx.bundle.documents.find((d) => d.id === a.documentId)?.language), STYLES.source, {
      indent: 16,
      spaceAfter: a.note || a.tags.length ? 3 : 8,
      keepWithNext: Boolean(a.note),
    }),
  ];
  if (a.note) items.push(...noteItems(ctx, a.note, a.tags.length ? 2 : 8));
  if (a.tags.length)
    items.push(textItem(ctx, fill(ctx.text.tags, { list: a.tags.join(', ') }), STYLES.meta, { indent: 16, spaceAfter: 8 }));
  return items;
}

/**
 * A note as the reader shows it: its Markdown (emphasis, links, lists, quotes) set, not printed as
 * source. The note's own offsets mean nothing in the document, so its spans carry none.
 */
function noteItems(ctx: KitContext, note: string, spaceAfter: number): FlowItem[] {
  const blocks = parseMarkdown(note).blocks;
  if (!blocks.length) return [textItem(ctx, note, STYLES.bodySmall, { indent: 16, spaceAfter })];
  return blocks.map((block, i) => {
    const indent = 16 + (block.kind === 'blockquote' ? 10 : 0);
    const spans: Span[] = blockSpans(block, STYLES.bodySmall).map((span) => ({ ...span, start: null }));
    if (block.kind === 'listItem')
      spans.unshift({ text: block.ordinal !== undefined ? `${block.ordinal}. ` : '• ', style: STYLES.bodySmall, start: null });
    const last = i === blocks.length - 1;
    return {
      kind: 'lines',
      lines: lines(ctx, spans, ctx.frame.width - indent, { breakAtNewlines: true }),
      indent,
      spaceBefore: 0,
      spaceAfter: last ? spaceAfter : 2,
      keepWithNext: !last,
    };
  });
}
