import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IMPORT_BUDGET, checkSize } from '../budget';
import { decodeText } from '../decode-text';
import type { ExtractedSource } from '../extracted';
import { htmlToBlocks, type ImageResolver } from '../html-blocks';
import { ownFurnitureReason } from './html-furniture';

export interface HtmlReadOptions {
  resolveImage?: ImageResolver;
  /** Newsroom pages: let Readability find the article and mark the rest as furniture. E-mail and DOCX HTML: no. */
  findArticle?: boolean;
}

const noImages: ImageResolver = () => null;

/** The charset a page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

/** A saved web page (or HTML from e-mail, DOCX, ninjs) as blocks; what is not the article is furniture with a reason. */
export function readHtml(file: string, bytes: Uint8Array, options: HtmlReadOptions = {}): ExtractedSource {
  checkSize(file, bytes.length, IMPORT_BUDGET.maxTextBytes);
  const { text, notes } = decodeText(file, bytes, declaredCharset(bytes));
  return readHtmlText(file, text, options, notes);
}

export function readHtmlText(file: string, html: string, options: HtmlReadOptions = {}, notes: string[] = []): ExtractedSource {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  const metadata = pageMetadata(doc);
  const images: ExtractedSource['images'] = [];
  const root = doc.body ?? doc.documentElement;
  const blocks = htmlToBlocks(root, images, options.resolveImage ?? noImages, notes, ownFurnitureReason);

  if (options.findArticle !== false) {
    const marked = markedArticle(doc);
    if (marked) markOutsideElement(marked, blocks);
    else {
      // Readability need not weigh what is already known to be furniture (a mega-menu of thousands
      // of links): it reads the page without it.
      for (const b of blocks) if (b.furniture) b.element.remove();
      markOutsideArticle(doc, blocks, metadata.title);
    }
  }

  return {
    format: 'html',
    sourceName: file,
    blocks: blocks.map(({ element: _element, ...b }) => b),
    images,
    metadata,
    notes,
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Readability's textContent joins <br> lines without a space: compare without white space. */
const bare = (s: string) => s.replace(/\s+/g, '');

/**
 * The page's own answer to "where is the article": its one <main>, else its one <article>, when that
 * holds real text. Readability's scoring is for pages that do not say; where a page does, its markup
 * is the better witness (Readability tends to drop a release's short closing blocks: contacts, About).
 */
function markedArticle(doc: Document): Element | null {
  const pick = (selector: string) => {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 ? found[0]! : null;
  };
  const el = pick('main, [role="main"]') ?? pick('article');
  return el && bare(el.textContent ?? '').length >= 200 ? el : null;
}

function markOutsideElement(article: Element, blocks: ReturnType<typeof htmlToBlocks>): void {
  for (const b of blocks) {
    if (b.furniture || (b.kind === 'heading' && b.level === 1)) continue;
    if (!article.contains(b.element)) b.furniture = `outside the article (<${article.tagName.toLowerCase()}>)`;
  }
}

/**
 * Readability decides what the article is; a block whose text it dropped is furniture ("outside
 * the article"), unless it is the page's headline (Readability moves that to `title`) or byline.
 * It runs last: it rewrites the document it is given.
 */
function markOutsideArticle(doc: Document, blocks: ReturnType<typeof htmlToBlocks>, pageTitle: string | undefined): void {
  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(doc, { charThreshold: 200 }).parse();
  } catch {
    return; // Readability gave up on this page: the landmarks alone decide.
  }
  const kept = bare(article?.textContent ?? '');
  if (kept.length < 150) return; // Readability found no article: the landmarks alone decide.
  const keep = new Set([article?.title, article?.byline, pageTitle].filter((s): s is string => !!s).map(squash));
  const inArticle = articleMatcher(kept);
  for (const b of blocks) {
    if (b.furniture || b.kind === 'image') continue;
    if (keep.has(squash(b.text)) || (b.kind === 'heading' && b.level === 1)) continue;
    if (!inArticle(bare(b.text))) b.furniture = 'outside the article (Readability)';
  }
  markImagesBetweenFurniture(blocks);
}

/** An image whose nearest text blocks before and after are both outside the article is outside it too (a logo, a teaser). */
function markImagesBetweenFurniture(blocks: ReturnType<typeof htmlToBlocks>): void {
  const outside = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < blocks.length; i += step) if (blocks[i]!.kind !== 'image') return !!blocks[i]!.furniture;
    return true;
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'image' && !b.furniture && outside(i - 1, -1) && outside(i + 1, 1)) b.furniture = 'outside the article (Readability)';
  });
}

/**
 * Is a block's text in the article Readability kept? Readability keeps the page's order, so each
 * block is looked for just after the previous match first; a block not there is looked for in the
 * whole article only a bounded number of times, so a page of thousands of blocks stays linear.
 */
function articleMatcher(kept: string): (text: string) => boolean {
  let pos = 0;
  let fullSearches = 0;
  return (text) => {
    const ahead = kept.slice(pos, pos + 5 * text.length + 4096).indexOf(text);
    if (ahead >= 0) {
      pos += ahead + text.length;
      return true;
    }
    return fullSearches++ < 300 && kept.includes(text);
  };
}

function pageMetadata(doc: Document): ExtractedSource['metadata'] {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const title = squash(doc.querySelector('title')?.textContent ?? '') || meta('meta[property="og:title"]');
  const date =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="dc.date"], meta[name="DC.date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    jsonLdDate(doc);
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const language = doc.documentElement?.getAttribute('lang')?.trim() || meta('meta[http-equiv="content-language"]');
  const url = meta('meta[property="og:url"]') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(author ? { author } : {}),
    ...(language ? { language } : {}),
    ...(url && /^https?:\/\//.test(url) ? { url } : {}),
  };
}

function jsonLdDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (m) return m[1];
  }
  return undefined;
}
