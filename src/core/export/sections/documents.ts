import type { Block, LoadedDocument } from '../../../shared/model/document';
import type { FlowItem, LinesItem } from '../layout/flow';
import type { Span } from '../layout/line-break';
import { COLOURS, STYLES, variantOf, type TextStyle } from '../layout/styles';
import { fill, languageName } from '../kit-text';
import { CONTACTS_ANCHOR, contactItems } from './contacts';
import { blockFigures, onlyImages } from './document-images';
import {
  formatIsoDate,
  lines,
  sectionBreak,
  sectionOpening,
  textItem,
  type ContentsEntry,
  type KitContext,
  type SectionPlan,
} from './kit-context';

/** The catalogue word that names and labels each document-bearing section. */
const DOCUMENT_SECTIONS = { release: 'release', article: 'article', boilerplate: 'about', comments: 'comments' } as const;
export type DocumentSectionKey = keyof typeof DOCUMENT_SECTIONS;

/** Same language when the primary subtags match ("en-GB" is the kit's "en"). */
const sameLanguage = (tag: string, lang: string) => tag.toLowerCase().split('-')[0] === lang;

export const documentAnchor = (docId: string) => `doc:${docId}`;

/** A section that prints whole documents (release, article, boilerplate, comments). */
export function documentSection(ctx: KitContext, key: DocumentSectionKey): SectionPlan | null {
  const docs = ctx.documentsIn(key);
  // The media contacts close the boilerplate, as they close a printed release.
  const contacts = key === 'boilerplate' ? contactItems(ctx) : [];
  if (!docs.length && !contacts.length) return null;
  const name = ctx.text[DOCUMENT_SECTIONS[key]];
  const title = docs.length ? name : ctx.text.contacts;
  const plan: SectionPlan = { key, title, anchor: `section:${key}`, items: [], children: [] };
  docs.forEach((doc, i) => {
    // A document in another language says which, by the language's name in the kit's language ("ARTICLE · GERMAN").
    const label = sameLanguage(doc.language, ctx.lang) ? name : `${name} · ${languageName(doc.language, ctx.lang)}`;
    if (i === 0) plan.items.push(...sectionOpening(ctx, plan, label));
    else plan.items.push(sectionBreak(ctx), textItem(ctx, label.toUpperCase(), STYLES.sectionLabel, { spaceAfter: 6, keepWithNext: true }));
    plan.items.push({ kind: 'anchor', id: documentAnchor(doc.id) }, ...documentItems(ctx, doc));
    const entry: ContentsEntry = { title: doc.title, anchor: documentAnchor(doc.id), level: 2 };
    plan.children.push(entry);
  });
  if (contacts.length) {
    if (!docs.length) plan.items.push(...sectionOpening(ctx, plan, null));
    plan.items.push(...contacts);
    // Under "About" it is an entry of its own; alone, the section is already called so.
    if (docs.length) plan.children.push({ title: ctx.text.contacts, anchor: CONTACTS_ANCHOR, level: 2 });
  }
  return plan;
}

/** Spans of a block, with marks as styles; `strongRanges` adds bold over document offsets (the dateline). */
export function blockSpans(block: Block, base: TextStyle, strongRanges: readonly [number, number][] = []): Span[] {
  const spans: Span[] = [];
  for (const run of block.inlines) {
    const cuts = new Set<number>([run.start, run.end]);
    for (const [s, e] of strongRanges) for (const c of [s, e]) if (c > run.start && c < run.end) cuts.add(c);
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!;
      const to = points[k + 1]!;
      const strong = run.strong || strongRanges.some(([s, e]) => from >= s && to <= e);
      const style = variantOf(base, { strong, emphasis: run.emphasis, code: run.code, link: run.href !== undefined });
      const span: Span = { text: run.text.slice(from - run.start, to - run.start), style, start: from };
      if (run.href) span.href = run.href;
      spans.push(span);
    }
  }
  return spans;
}

/** The document's own blocks, in order; every character of its plain text is printed exactly once. */
export function documentItems(ctx: KitContext, doc: LoadedDocument): FlowItem[] {
  const items: FlowItem[] = [];
  const width = ctx.frame.width;
  const first = doc.blocks[0];
  if (!first || first.kind !== 'heading' || first.level !== 1)
    items.push(textItem(ctx, doc.title, STYLES.headline, { spaceAfter: 10, keepWithNext: true }));
  const dateline = doc.dateline ? findRange(doc, doc.dateline.text) : null;
  let commentIndex = 0;
  let previous: Block | undefined;
  for (const [index, block] of doc.blocks.entries()) {
    const para = (style: TextStyle, extra: Partial<LinesItem> = {}): LinesItem => {
      const indent = extra.indent ?? 0;
      const strong = dateline && dateline[0] >= block.start && dateline[1] <= block.end ? [dateline] : [];
      return {
        kind: 'lines',
        // A "\n" in a block's text is a line end the author asked for (a code line, or a Markdown hard break
        // in an address or contacts block); soft breaks already read as spaces.
        lines: lines(
          ctx,
          blockSpans(block, style, strong),
          width - indent,
          block.kind === 'code' ? { preserveNewlines: true } : { breakAtNewlines: true },
        ),
        indent,
        spaceBefore: 0,
        spaceAfter: 7,
        docId: doc.id,
        ...extra,
      };
    };
    switch (block.kind) {
      case 'heading': {
        const isHeadline = block.level === 1 && previous === undefined;
        const isSubhead =
          !isHeadline && previous?.kind === 'heading' && previous.level === 1 && (doc.subhead === undefined || doc.subhead === block.text);
        const style = isHeadline ? STYLES.headline : isSubhead ? STYLES.subhead : block.level! <= 2 ? STYLES.h2 : STYLES.h3;
        items.push(
          para(style, {
            keepWithNext: true,
            spaceBefore: isHeadline || isSubhead ? 0 : 10,
            spaceAfter: isHeadline ? 8 : isSubhead ? 14 : 5,
            orphans: 1,
            widows: 1,
          }),
        );
        break;
      }
      case 'blockquote':
        items.push(
          para(variantOf(STYLES.body, { emphasis: true }), {
            tag: { role: 'BlockQuote' },
            indent: 16,
            decorate: (c, x, top, bottom) => c.rect(x - 10, top + 2, 2, bottom - top - 4, COLOURS.rule),
          }),
        );
        break;
      case 'listItem': {
        const depth = block.depth ?? 1;
        const marker = listMarker(block.ordinal, depth);
        items.push(
          para(STYLES.body, {
            tag: { role: 'LI', depth },
            indent: LIST_INDENT * depth,
            spaceAfter: doc.blocks[index + 1]?.kind === 'listItem' ? 3 : 9,
            decorate: (c, x, top) => c.text(marker, STYLES.body, x - 5, top + baselineOffset(ctx, STYLES.body), 'right'),
          }),
        );
        break;
      }
      case 'code':
        items.push(
          para(STYLES.code, { indent: 8, decorate: (c, x, top, bottom) => c.rect(x - 8, top - 3, width, bottom - top + 6, COLOURS.panel) }),
        );
        break;
      default: {
        const meta = doc.kind === 'comments' ? commentMeta(ctx, doc, commentIndex++) : null;
        if (meta) items.push(textItem(ctx, meta, STYLES.meta, { spaceBefore: 6, spaceAfter: 2, keepWithNext: true }));
        // An image the text places is drawn where it stands: instead of a paragraph that is only the image, else after it.
        const figures = blockFigures(ctx, block);
        if (!(onlyImages(block) && figures.length === block.images?.length)) items.push(para(STYLES.body));
        items.push(...figures);
      }
    }
    previous = block;
  }
  if (doc.sourceUrl)
    items.push(textItem(ctx, fill(ctx.text.source, { url: doc.sourceUrl }), STYLES.meta, { href: doc.sourceUrl, spaceBefore: 4 }));
  return items;
}

/** Indent per list level, points: a nested list sits one step further in. */
const LIST_INDENT = 18;
const BULLETS = ['•', '◦', '▪'];

/** A list item's marker, its style by depth as word processors do: • ◦ ▪ for bullets, 1. a. i. for numbers. */
export function listMarker(ordinal: number | undefined, depth: number): string {
  const level = (depth - 1) % 3;
  if (ordinal === undefined) return BULLETS[level]!;
  if (level === 0) return `${ordinal}.`;
  if (level === 1) return `${alphabetic(ordinal)}.`;
  return `${roman(ordinal)}.`;
}

/** 1 → a, 26 → z, 27 → aa. */
function alphabetic(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out || String(n);
}

/** 1 → i, 4 → iv, 9 → ix (lower case; numbers past 3999 stay digits). */
function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

/** Baseline of a line's first row below its top, matching the paginator's placement. */
export function baselineOffset(ctx: KitContext, style: TextStyle): number {
  const face = ctx.faces[style.font];
  const ascent = face.ascent * style.size;
  const descent = -face.descent * style.size;
  return (style.leading - ascent - descent) / 2 + ascent;
}

function commentMeta(ctx: KitContext, doc: LoadedDocument, index: number): string {
  const meta = doc.comments?.[index];
  const who = meta?.author ?? ctx.text.anonymous;
  const when = meta?.date ? formatIsoDate(meta.date, ctx.lang) : ctx.text.undated;
  return fill(ctx.text.comment, { n: index + 1, who, when });
}

/** [start, end) of the first occurrence of `text` in the document's plain text. */
function findRange(doc: LoadedDocument, text: string): [number, number] | null {
  const at = doc.text.indexOf(text);
  return at < 0 ? null : [at, at + text.length];
}
