import { createHash } from 'node:crypto';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFPageLeaf, PDFString, type PDFArray, type PDFRef } from 'pdf-lib';
import { PresskitError } from '../../shared/errors';
import type { LoadedBundle } from '../../shared/model/document';
import { PageCanvas, type LinkTarget } from './draw/canvas';
import { FontResources } from './draw/font-resources';
import { kitFontFaces } from './fonts/kit-fonts';
import { paginate, type FlowItem, type PageLayout } from './layout/flow';
import { placeHighlights } from './layout/highlights';
import { STYLES } from './layout/styles';
import { checkOptions, defaultFontsDir, documentsIn, kitLanguage, pdfLanguage } from './plan';
import { embedFont, type EmbeddedFontReport } from './pdf/font-embed';
import { writePdf } from './pdf/writer';
import { StructureTree } from './pdf/structure';
import { drawTaggedPage } from './draw/draw-page';
import { flateStream, highlightAnnotation, linkAnnotation, pdfDate, pdfText, writeOutline, type OutlineNode } from './pdf/objects';
import { appendixSection, colourOf, highlightAnchor } from './sections/appendix';
import { contentsItems, coverItems, issuerName } from './sections/cover-contents';
import { documentSection } from './sections/documents';
import { fitText, type KitContext, type SectionPlan } from './sections/kit-context';
import { factsSection, quotesSection } from './sections/quotes-facts';
import { timelineSection } from './sections/timeline';
import { loadImages, type LoadedImages } from './images';
import { figureBox, mediaSection } from './sections/media';
import { placedAssets } from './sections/document-images';
import { PAPER_SIZES, SECTION_KEYS, type ExportOptions } from './types';
import { APP_VERSION } from './version';
import { fill, kitText } from './kit-text';

export interface RenderedKit {
  bytes: Uint8Array;
  pages: number;
  fonts: EmbeddedFontReport[];
  /** Characters no font (the kit's, nor any fallback found) has a glyph for: printed as boxes (text extraction still gives them). */
  missingCharacters: string[];
  /** Bundle images left out because the PDF cannot embed their format (WebP, GIF, SVG), by file name. */
  notEmbedded: string[];
}

const MARGIN = { side: 68, top: 72, bottom: 66 };

/** Builds the press kit PDF. Same bundle, options and clock → the same bytes. */
export async function exportPressKit(bundle: LoadedBundle, options: ExportOptions): Promise<Uint8Array> {
  return (await renderPressKit(bundle, options)).bytes;
}

/** As exportPressKit, also telling how many pages it made and how each font was embedded. */
export async function renderPressKit(bundle: LoadedBundle, options: ExportOptions): Promise<RenderedKit> {
  const highlights = checkOptions(bundle, options);
  const producer = `Press-kit Viewer ${options.appVersion ?? APP_VERSION}`;
  const faces = await kitFontFaces(
    bundle,
    options.fontsDir ?? defaultFontsDir(),
    options.systemFontDirs,
    highlights.length ? JSON.stringify(highlights.map((h) => h.annotation)) : '',
  );
  const paper = PAPER_SIZES[options.paper];
  const lang = kitLanguage(bundle, options.language);
  const frame = { left: MARGIN.side, top: MARGIN.top, bottom: paper.height - MARGIN.bottom, width: paper.width - 2 * MARGIN.side };
  // Images first: the layout needs their printed sizes. Only those the kit shows are read: all of them
  // for the media section, else the ones the printed documents place in their text.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const on = new Set(options.sections);
  const box = figureBox(frame, frame.bottom - frame.top);
  const printed = SECTION_KEYS.filter((k) => on.has(k)).flatMap((k) => documentsIn(bundle, options, k));
  const placed = placedAssets(bundle, printed);
  const media: LoadedImages = await loadImages(doc, bundle, box, (a) => on.has('media') || placed.has(a));
  const ctx: KitContext = {
    bundle,
    options: { ...options, highlights },
    faces,
    frame,
    capacity: frame.bottom - frame.top,
    lang,
    text: kitText(lang),
    state: { anchors: new Map(), highlightPages: new Map() },
    documentsIn: (section) => documentsIn(bundle, options, section),
    images: new Map(media.images.map((i) => [i.asset.file, i])),
  };

  // 1. Layout: every section to flow items, then pages. Nothing is drawn yet.
  const plans: SectionPlan[] = [];
  const add = (plan: SectionPlan | null) => plan && plans.push(plan);
  if (on.has('release')) add(documentSection(ctx, 'release'));
  if (on.has('quotes')) add(quotesSection(ctx));
  if (on.has('facts')) add(factsSection(ctx));
  if (on.has('timeline')) add(timelineSection(ctx));
  if (on.has('media')) add(mediaSection(ctx, media.images));
  if (on.has('article')) add(documentSection(ctx, 'article'));
  if (on.has('boilerplate')) add(documentSection(ctx, 'boilerplate'));
  if (on.has('comments') && options.includeComments) add(documentSection(ctx, 'comments'));
  const printedDocs = plans.flatMap((p) => p.children.map((c) => c.anchor.replace(/^doc:/, '')));
  if (on.has('annotations')) add(appendixSection(ctx, printedDocs));

  const items: FlowItem[] = [];
  if (on.has('cover')) items.push(...coverItems(ctx));
  const contentsEntries = plans.flatMap((p) => [{ title: p.title, anchor: p.anchor, level: 1 as const }, ...p.children]);
  if (on.has('contents') && plans.length) items.push(...contentsItems(ctx, contentsEntries));
  for (const plan of plans) items.push(...plan.items);
  if (!items.length)
    throw new PresskitError('ARGUMENT_INVALID', 'Nothing to export: no selected section has content', [
      { file: 'export options', pointer: '/sections', message: 'every selected section is empty for this bundle' },
    ]);
  const { pages, anchors } = paginate(items, frame);
  ctx.state.anchors = anchors;
  const pieces = highlights.length ? placeHighlights(pages, highlights, faces, paper.height) : [];
  for (const piece of pieces) {
    if (!piece.primary) continue;
    ctx.state.highlightPages.set(piece.anchored.annotation.id, piece.page);
    anchors.set(highlightAnchor(piece.anchored.annotation.id), { page: piece.page, y: paper.height - piece.quads[1]! });
  }
  const total = pages.length + 2;
  options.onProgress?.(1, total);

  // 2. Drawing: one raw content stream per page, then annotations, outline, fonts and metadata.
  const context = doc.context;
  const resourcesRef = context.nextRef();
  const fontResources = new FontResources(faces);
  // Page leaves made directly: PDFDocument.addPage wraps and re-validates each page, which adds up over hundreds.
  const pagesRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const pageTree = doc.catalog.Pages();
  const mediaBox = context.obj([0, 0, paper.width, paper.height]);
  const pdfPages = pages.map(() => {
    const node = PDFPageLeaf.withContextAndParent(context, pagesRef);
    node.set(PDFName.of('MediaBox'), mediaBox);
    const ref = context.register(node);
    pageTree.pushLeafNode(ref);
    return { ref, node };
  });
  const dest = (target: { page: number; y: number }): PDFArray =>
    context.obj([pdfPages[target.page]!.ref, 'XYZ', null, Math.round(Math.min(paper.height, paper.height - target.y + 8)), null]);
  const resolve = (t: LinkTarget) => {
    if ('uri' in t) return t;
    const a = anchors.get(t.anchor);
    return a ? { dest: dest(a) } : null;
  };
  const title = bundle.manifest.title;
  const author = issuerName(ctx) ?? bundle.manifest.organisations[0]?.name ?? 'Press-kit Viewer';
  const primaryRefs = new Map<string, PDFRef>();

  // Tagged PDF: every page's content is marked, its text tied to the structure tree.
  const tree = new StructureTree(context, pages.length);
  const catalogLang = pdfLanguage(bundle);
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  const docLang = new Map(bundle.documents.map((d) => [d.id, d.language]));
  const langOf = (docId: string) => {
    const lang = docLang.get(docId);
    return lang && primary(lang) !== primary(catalogLang) ? lang : undefined;
  };
  for (const page of pages) {
    const canvas = new PageCanvas(faces, fontResources, paper.height);
    const isCover = page.index === 0 && on.has('cover');
    if (!isCover) {
      canvas.beginArtifact(true);
      drawRunningHeader(ctx, canvas, page, title, pages.length, paper);
      canvas.endMarked();
    }
    drawTaggedPage(canvas, page, tree, langOf);
    const pdfPage = pdfPages[page.index]!;
    pdfPage.node.set(PDFName.of('Contents'), flateStream(context, canvas.content()));
    pdfPage.node.set(PDFName.of('Resources'), resourcesRef);
    pdfPage.node.set(PDFName.of('StructParents'), PDFNumber.of(page.index));
    const annots: PDFRef[] = [];
    for (const link of canvas.links) {
      const target = resolve(link.target);
      if (!target) continue;
      const ref = linkAnnotation(context, pdfPage.ref, link.rect, target);
      if (link.owner) context.lookup(ref, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(tree.link(link.owner, page.index, ref)));
      annots.push(ref);
    }
    for (const piece of pieces) {
      if (piece.page !== page.index) continue;
      const a = piece.anchored.annotation;
      const colour = colourOf(ctx, a.colour);
      const meta = { colour: colour.rgb, label: colour.label, author: a.creator ?? producer };
      const ref = highlightAnnotation(context, pdfPage.ref, piece, meta, piece.primary ? null : (primaryRefs.get(a.id) ?? null));
      if (piece.primary) primaryRefs.set(a.id, ref);
      // Tagged: an Annot element inside the paragraph it marks, its /Alt the colour's label and the note.
      const owner = tree.drawnElement(piece.item);
      if (owner) {
        const alt = fill(ctx.text.highlightAlt, { label: colour.label, note: a.note ?? '' }).replace(/:\s*$/, '');
        const key = tree.annotation(owner, 'Annot', page.index, ref, alt);
        context.lookup(ref, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(key));
      }
      annots.push(ref);
    }
    if (annots.length) {
      pdfPage.node.set(PDFName.of('Annots'), context.obj(annots));
      // Annotations in the order of the structure (PDF/UA asks for it on pages that have any).
      pdfPage.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    }
    options.onProgress?.(2 + page.index, total);
  }

  const fonts: EmbeddedFontReport[] = [];
  const fontDict: Record<string, PDFRef> = {};
  const encodings = new Map<string, PDFRef>();
  for (const { face, name, usage } of fontResources.used()) {
    const ref = context.nextRef();
    fonts.push(embedFont(context, ref, face, usage, encodings));
    fontDict[name] = ref;
  }
  const xObjects: Record<string, PDFRef> = {};
  for (const { name, ref } of media.images) xObjects[name] = ref;
  const resources = context.obj({ Font: fontDict, ProcSet: ['PDF', 'Text', 'ImageB', 'ImageC'] });
  if (media.images.length) resources.set(PDFName.of('XObject'), context.obj(xObjects));
  context.assign(resourcesRef, resources);

  const outline: OutlineNode[] = [];
  const node = (t: string, anchor: string): OutlineNode | null => {
    const a = anchors.get(anchor);
    return a ? { title: t, dest: dest(a), children: [] } : null;
  };
  for (const [t, anchor] of [
    [ctx.text.cover, 'section:cover'],
    [ctx.text.contents, 'section:contents'],
  ] as const) {
    const n = node(t, anchor);
    if (n) outline.push(n);
  }
  for (const plan of plans) {
    const n = node(plan.title, plan.anchor);
    if (!n) continue;
    n.children = plan.children.map((c) => node(c.title, c.anchor)).filter((c): c is OutlineNode => c !== null);
    outline.push(n);
  }
  const catalog = doc.catalog;
  if (outline.length) catalog.set(PDFName.of('Outlines'), writeOutline(context, outline));
  catalog.set(PDFName.of('PageMode'), PDFName.of(outline.length ? 'UseOutlines' : 'UseNone'));
  catalog.set(PDFName.of('Lang'), PDFString.of(catalogLang));
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  catalog.set(PDFName.of('StructTreeRoot'), tree.write(pdfPages.map((p) => p.ref)));
  catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));

  const info = context.obj({});
  info.set(PDFName.of('Title'), pdfText(title));
  info.set(PDFName.of('Author'), pdfText(author));
  info.set(PDFName.of('Subject'), pdfText(bundle.manifest.subtitle ?? `Press kit: ${title}`));
  info.set(PDFName.of('Keywords'), pdfText(bundle.manifest.keywords.join(', ')));
  info.set(PDFName.of('Creator'), pdfText(producer));
  info.set(PDFName.of('Producer'), pdfText(producer));
  info.set(PDFName.of('CreationDate'), pdfDate(options.now));
  info.set(PDFName.of('ModDate'), pdfDate(options.now));
  context.trailerInfo.Info = context.register(info);
  // The file identifier derives from the inputs, never from randomness: same inputs, same bytes.
  const id = createHash('sha256')
    .update(
      JSON.stringify({
        hash: bundle.contentHash,
        paper: options.paper,
        sections: options.sections,
        comments: options.includeComments,
        lang,
      }),
    )
    .update(
      JSON.stringify({
        now: options.now.toISOString(),
        highlights: highlights.map((h) => [h.annotation.id, h.annotation.modified, h.range]),
      }),
    )
    .digest('hex')
    .slice(0, 32);
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);

  const bytes = writePdf(context);
  options.onProgress?.(total, total);
  const missingCharacters = fontResources.missingCharacters;
  return { bytes, pages: pages.length, fonts, missingCharacters, notEmbedded: media.notEmbedded };
}

function drawRunningHeader(
  ctx: KitContext,
  canvas: PageCanvas,
  page: PageLayout,
  title: string,
  count: number,
  paper: { width: number; height: number },
): void {
  const { left, width } = ctx.frame;
  const style = STYLES.running;
  const baseline = MARGIN.top - 30;
  const sectionWidth = page.running ? canvas.text(page.running, style, left + width, baseline, 'right') : 0;
  canvas.text(fitText(ctx, title, style, width - sectionWidth - 24), style, left, baseline);
  canvas.segment(left, baseline + 6, left + width, baseline + 6, STYLES.running.color, 0.3);
  canvas.text(
    fill(ctx.text.pageNumber, { page: page.index + 1, total: count }),
    style,
    paper.width / 2,
    paper.height - MARGIN.bottom + 34,
    'center',
  );
}
