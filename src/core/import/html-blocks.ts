import type { ExtractedBlock, ExtractedImage } from './extracted';
import { FURNITURE_IMAGE_PX, dataUriBytes, sniffImage, tinyImageReason } from './images';
import { escapeMarkdown, keepCheckedMarks, normaliseBlockText, runsToMarkdown, type InlineRun } from './inline-markdown';

/** Resolves an <img src> to bytes: data: URIs always; a zip's own files when the reader has them. Never the network. */
export type ImageResolver = (src: string) => { bytes: Uint8Array; name: string } | null;

export interface HtmlBlock extends ExtractedBlock {
  /** The element the block was read from (its ancestors say whether it is navigation, a banner…). */
  element: Element;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'head',
  'select',
  'button',
  'input',
  'textarea',
  'canvas',
  'video',
  'audio',
  'map',
]);
const HEADING = /^h([1-6])$/;
const PARAGRAPH = new Set(['p', 'dt', 'dd', 'address', 'caption', 'summary', 'figcaption']);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'nobr',
  'tt',
  'big',
]);

const CAPTION_REASON = 'caption of an image (kept as the image’s caption)';

interface Marks {
  strong: boolean;
  emphasis: boolean;
  href: string | undefined;
}

/**
 * Reads an HTML tree into blocks in document order: headings, paragraphs, list items, block quotes,
 * preformatted code, table rows (cells joined by " | ") and images with their figure captions.
 * Inline emphasis and http(s) links are kept as Markdown; everything else becomes plain text.
 */
export function htmlToBlocks(
  root: Element,
  images: ExtractedImage[],
  resolve: ImageResolver,
  notes: string[],
  /** Says when an element is page furniture: it becomes ONE furniture block with its text, not walked. */
  furniture?: (el: Element) => string | undefined,
): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let runs: InlineRun[] = [];
  let runOwner: Element = root;
  let counter = 0;
  const skippedRemote = new Set<string>();
  let skippedTiny = 0;
  const placedCaptions = new Set<Element>();

  // Markdown with marks is checked once for the whole page at the end (keepCheckedMarks).
  const pending = new Map<HtmlBlock, ReturnType<typeof runsToMarkdown>>();
  const flush = (kind: ExtractedBlock['kind'], element: Element, level?: number) => {
    const md = runsToMarkdown(runs);
    runs = [];
    if (!md.text) return;
    counter++;
    const block: HtmlBlock = {
      kind,
      ...(level ? { level } : {}),
      text: md.text,
      markdown: md.plain,
      where: `<${element.tagName.toLowerCase()}> ${counter}`,
      element,
    };
    if (md.marked !== undefined) pending.set(block, md);
    if (placedCaptions.has(element)) block.furniture = CAPTION_REASON;
    blocks.push(block);
  };

  const addImage = (img: Element, figure: Element | null) => {
    const src = img.getAttribute('src') ?? '';
    const resolved = src.startsWith('data:') ? dataBytes(src) : resolve(src);
    if (!resolved) {
      if (src && !src.startsWith('data:')) skippedRemote.add(src);
      return;
    }
    const mime = sniffImage(resolved.bytes);
    if (!mime) return;
    // Icons and tracking pixels are neither placed in the text nor kept as the bundle's images.
    if (tinyImageReason(resolved.bytes, mime, { width: img.getAttribute('width'), height: img.getAttribute('height') })) {
      skippedTiny++;
      return;
    }
    const captionEl = figure?.querySelector('figcaption');
    if (captionEl) {
      // The caption travels with the image (its Markdown title), so it is not a paragraph of its own too.
      placedCaptions.add(captionEl);
      for (const b of blocks) if (b.element === captionEl) b.furniture = CAPTION_REASON;
    }
    const caption = captionEl ? normaliseBlockText(captionEl.textContent ?? '').replace(/\n/g, ' ') : undefined;
    const creditEl = figure?.querySelector('[class*="credit" i], [class*="copyright" i], [class*="photographer" i]');
    const credit = creditEl ? normaliseBlockText(creditEl.textContent ?? '') : undefined;
    const alt = (img.getAttribute('alt') ?? '').trim();
    counter++;
    const where = `<img> ${counter}`;
    images.push({
      bytes: resolved.bytes,
      mime,
      name: resolved.name,
      ...(alt ? { alt } : {}),
      ...(caption ? { caption } : {}),
      ...(credit ? { credit } : {}),
      where,
    });
    const text = alt || caption || resolved.name;
    blocks.push({ kind: 'image', text, markdown: '', where, imageIndex: images.length - 1, element: img });
  };

  const inline = (node: Node, marks: Marks) => {
    if (node.nodeType === 3) {
      // HTML collapses white space; a <br> (below) is the only line break.
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (text)
        runs.push({
          text,
          ...(marks.strong ? { strong: true } : {}),
          ...(marks.emphasis ? { emphasis: true } : {}),
          ...(marks.href ? { href: marks.href } : {}),
        });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') return void runs.push({ text: '\n' });
    if (tag === 'img') {
      flush('paragraph', runOwner);
      return addImage(el, el.closest('figure'));
    }
    if (!INLINE.has(tag)) return block(el, 'paragraph');
    const next: Marks = {
      strong: marks.strong || tag === 'b' || tag === 'strong',
      emphasis: marks.emphasis || tag === 'i' || tag === 'em',
      href: tag === 'a' ? (el.getAttribute('href') ?? undefined) : marks.href,
    };
    for (const child of childrenOf(el)) inline(child, next);
  };

  const plain: Marks = { strong: false, emphasis: false, href: undefined };

  /** A block-level element: its own text becomes blocks of `kind`, nested blocks their own. */
  const block = (el: Element, kind: ExtractedBlock['kind']) => {
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    const heading = HEADING.exec(tag);
    const inQuote = kind === 'blockquote';
    flush(inQuote ? 'blockquote' : 'paragraph', runOwner);
    const reason = furniture?.(el);
    if (reason) return furnitureBlock(el, reason);
    if (heading) return leaf(el, 'heading', Number(heading[1]));
    if (tag === 'pre') return code(el);
    if (tag === 'tr') return row(el);
    if (tag === 'img') return addImage(el, el.closest('figure'));
    if (tag === 'li') return leaf(el, inQuote ? 'blockquote' : 'listItem');
    if (tag === 'blockquote') return container(el, 'blockquote');
    if (PARAGRAPH.has(tag)) return leaf(el, inQuote ? 'blockquote' : 'paragraph');
    container(el, kind);
  };

  /** An element child that is not inline text (nor a line break; inside a text block, nor an image) starts a block of its own. */
  const startsBlock = (child: Node, imagesInline: boolean): boolean => {
    if (child.nodeType !== 1) return false;
    const tag = (child as Element).tagName.toLowerCase();
    return !INLINE.has(tag) && tag !== 'br' && !(imagesInline && tag === 'img');
  };

  /** Text-holding elements: inline content is one block; nested block elements split it. */
  const leaf = (el: Element, kind: ExtractedBlock['kind'], level?: number) => {
    const owner = runOwner;
    runOwner = el;
    for (const child of childrenOf(el)) {
      if (startsBlock(child, true)) {
        flush(kind, el, level);
        block(child as Element, kind === 'blockquote' ? 'blockquote' : 'paragraph');
      } else inline(child, plain);
    }
    flush(kind, el, level);
    runOwner = owner;
  };

  const container = (el: Element, kind: ExtractedBlock['kind']) => {
    const owner = runOwner;
    runOwner = el;
    for (const child of childrenOf(el)) {
      if (startsBlock(child, false)) {
        block(child as Element, kind);
      } else inline(child, plain);
    }
    flush(kind === 'blockquote' ? 'blockquote' : 'paragraph', el);
    runOwner = owner;
  };

  // A navigation bar of a thousand links is one dropped block, listed once in the report.
  const furnitureBlock = (el: Element, reason: string) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return;
    counter++;
    blocks.push({
      kind: 'paragraph',
      text,
      markdown: escapeMarkdown(text),
      where: `<${tag(el)}> ${counter}`,
      element: el,
      furniture: reason,
    });
  };

  const code = (el: Element) => {
    const text = (el.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n|\n+$/g, '');
    if (!text.trim()) return;
    counter++;
    blocks.push({ kind: 'code', text, markdown: text, where: `<pre> ${counter}`, element: el });
  };

  const row = (el: Element) => {
    const cells = Array.from(el.children)
      .filter((c) => /^t[dh]$/i.test(c.tagName))
      .map((c) => normaliseBlockText(c.textContent ?? '').replace(/\n/g, ' '))
      .filter((c) => c !== '');
    if (!cells.length) return;
    runs = [{ text: cells.join(' | ') }];
    flush('tableRow', el);
  };

  block(root, 'paragraph');
  flush('paragraph', root);
  const checked = keepCheckedMarks([...pending.values()]);
  [...pending.keys()].forEach((b, i) => (b.markdown = checked[i]!));
  if (skippedRemote.size)
    notes.push(`${skippedRemote.size} remote image(s) not fetched (only embedded images and files inside a zip are read)`);
  if (skippedTiny) notes.push(`${skippedTiny} icon(s) or tracking pixel(s) under ${FURNITURE_IMAGE_PX} px left out`);
  return blocks;
}

function dataBytes(src: string): { bytes: Uint8Array; name: string } | null {
  const bytes = dataUriBytes(src);
  return bytes ? { bytes, name: 'image' } : null;
}

/** Child nodes by sibling links: linkedom builds `childNodes` by walking every descendant, which is slow on large pages. */
function* childrenOf(el: Element): Generator<ChildNode> {
  for (let child = el.firstChild; child; child = child.nextSibling) yield child;
}

const tag = (el: Element) => el.tagName.toLowerCase();
