import type { BoxItem, FlowItem } from '../layout/flow';
import { STYLES } from '../layout/styles';
import type { FigureBox, KitImage } from '../images';
import { fill } from '../kit-text';
import { baselineOffset } from './documents';
import { heightOf, lines, sectionOpening, textItem, type KitContext, type SectionPlan } from './kit-context';

/**
 * The bundle's photos and logos, each scaled to the text width (never enlarged past 150 dpi) and
 * at most 45 % of the page high (printedSize), so two share a page; under each its caption and credit. The
 * alt text is the image's description for screen readers.
 */
export function mediaSection(ctx: KitContext, images: readonly KitImage[]): SectionPlan | null {
  if (!images.length) return null;
  const plan: SectionPlan = { key: 'media', title: ctx.text.media, anchor: 'section:media', items: [], children: [] };
  plan.items.push(
    ...sectionOpening(ctx, plan, null),
    textItem(ctx, ctx.text.media, STYLES.sectionTitle, { spaceAfter: 16, keepWithNext: true }),
  );
  for (const image of images) plan.items.push(figureItem(ctx, image));
  return plan;
}

/** The box every figure is fitted into (see printedSize): the text width, and 45 % of the page so two share one. */
export function figureBox(frame: { width: number }, capacity: number): FigureBox {
  return { maxWidth: frame.width, maxHeight: capacity * 0.45 };
}

/**
 * One image with its caption and credit, kept together on a page. A document placing the image may
 * give its own alt text and, when the asset has no caption, a caption (the Markdown image's title).
 */
export function figureItem(ctx: KitContext, kitImage: KitImage, placed: { alt?: string; caption?: string } = {}): FlowItem {
  const { asset, width, height } = kitImage;
  const maxWidth = ctx.frame.width;
  const captionText = asset.caption ?? placed.caption;
  const caption = captionText ? lines(ctx, [{ text: captionText, style: STYLES.bodySmall, start: null }], maxWidth) : [];
  const credit = asset.credit
    ? lines(ctx, [{ text: fill(ctx.text.credit, { credit: asset.credit }), style: STYLES.meta, start: null }], maxWidth)
    : [];
  const gap = caption.length || credit.length ? 6 : 0;
  const item: BoxItem = {
    kind: 'box',
    height: height + gap + heightOf(caption) + heightOf(credit),
    spaceBefore: 6,
    spaceAfter: 18,
    tag: { role: 'Figure', alt: placed.alt || asset.alt },
    draw: (c, x, top) => {
      c.image(kitImage.name, x, top, width, height);
      let y = top + height + gap;
      for (const l of caption) {
        c.line(l, x, y + baselineOffset(ctx, STYLES.bodySmall));
        y += l.leading;
      }
      for (const l of credit) {
        c.line(l, x, y + baselineOffset(ctx, STYLES.meta));
        y += l.leading;
      }
    },
  };
  return item;
}
