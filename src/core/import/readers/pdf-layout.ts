/** A line of PDF text as laid out on its page. */
export interface PdfLine {
  page: number;
  text: string;
  /** Baseline, in PDF units from the page's bottom. */
  y: number;
  x: number;
  size: number;
}

export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/**
 * Text items (in content-stream order, which is the reading order of nearly every PDF, columns
 * included) to lines: an item starts a new line when its baseline moves by more than a fraction of
 * the font size; within a line, a gap wider than a thin space becomes a space.
 */
export function itemsToLines(page: number, items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { end: number }) | null = null;
  for (const item of items) {
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    const size = Math.hypot(a, b) || item.height || 1;
    if (!item.str) {
      if (item.hasEOL && current) current.end = Number.NEGATIVE_INFINITY;
      continue;
    }
    const sameLine = current && Math.abs(current.y - y) < 0.4 * Math.max(size, current.size) && x >= current.end - size;
    if (current && sameLine) {
      const gap = x - current.end;
      if (gap > 0.15 * size && !current.text.endsWith(' ') && !item.str.startsWith(' ')) current.text += ' ';
      current.text += item.str;
      current.size = Math.max(current.size, size);
      current.end = x + item.width;
    } else {
      if (current) lines.push(current);
      current = { page, text: item.str, y, x, size, end: x + item.width };
    }
    if (item.hasEOL) current.end = Number.NEGATIVE_INFINITY;
  }
  if (current) lines.push(current);
  return lines
    .map(({ page: p, text, y, x, size }) => ({ page: p, text: text.replace(/\s+/g, ' ').trim(), y, x, size }))
    .filter((l) => l.text !== '');
}

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:page|p\.|seite|halaman|hal\.|página|pag\.|pág\.)?\s*\d{1,4}\s*(?:(?:of|von|dari|de|sur|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/**
 * Marks running headers, footers and page numbers: lines at the top or bottom of a page whose text
 * (digits ignored) repeats on at least half of the pages, and lone page numbers there.
 * `pageHeight`: of a typical page, in the units of `y` (0: unknown).
 */
export function findFurniture(lines: readonly PdfLine[], pageCount: number, pageHeight = 0): Map<PdfLine, string> {
  const furniture = new Map<PdfLine, string>();
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  // Candidates: the top-most and bottom-most line of each page, and any line in the outer 8 % of
  // the page height (headers and footers live in the margins; body text repeated on every page
  // does not make it furniture).
  const edges: { line: PdfLine; top: boolean }[] = [];
  for (const pageLines of byPage.values()) {
    const sorted = [...pageLines].sort((p, q) => q.y - p.y);
    sorted.forEach((line, i) => {
      const inTop = i === 0 || (pageHeight > 0 && line.y > pageHeight * 0.92);
      const inBottom = i === sorted.length - 1 || (pageHeight > 0 && line.y < pageHeight * 0.08);
      if (inTop || inBottom) edges.push({ line, top: inTop });
    });
  }
  const key = (l: PdfLine) => l.text.toLowerCase().replace(/\d+/g, '#');
  const pagesWith = new Map<string, Set<number>>();
  for (const { line } of edges) pagesWith.set(key(line), (pagesWith.get(key(line)) ?? new Set()).add(line.page));
  const needed = Math.max(2, Math.ceil(pageCount / 2));
  for (const { line, top } of edges) {
    if (PAGE_NUMBER.test(line.text)) furniture.set(line, 'page number');
    else if (pageCount >= 2 && pagesWith.get(key(line))!.size >= needed) furniture.set(line, top ? 'running header' : 'running footer');
  }
  return furniture;
}

export interface PdfParagraph {
  page: number;
  text: string;
  size: number;
  furniture?: string;
}

/**
 * Lines to paragraphs: a new paragraph where the page changes (unless the sentence runs on), the
 * font size changes, or the gap to the previous line is wider than ordinary line spacing.
 */
export function linesToParagraphs(lines: readonly PdfLine[], furniture: ReadonlyMap<PdfLine, string>): PdfParagraph[] {
  const paragraphs: PdfParagraph[] = [];
  let current: (PdfParagraph & { last: PdfLine }) | null = null;
  for (const line of lines) {
    const reason = furniture.get(line);
    if (reason) {
      paragraphs.push({ page: line.page, text: line.text, size: line.size, furniture: reason });
      continue;
    }
    const prev = current?.last;
    const sizeChanged = prev && Math.abs(prev.size - line.size) > 0.1 * Math.max(prev.size, line.size);
    const gap = prev && prev.page === line.page ? prev.y - line.y : 0;
    const wideGap = prev && prev.page === line.page && (gap > 1.6 * Math.max(prev.size, line.size) || gap < -prev.size);
    // Across a page break a paragraph continues only when its last line did not end a sentence.
    const pageBreak = prev && prev.page !== line.page && /[.!?:"”»)]$/.test(prev.text);
    if (!current || sizeChanged || wideGap || pageBreak) {
      if (current) paragraphs.push(current);
      current = { page: line.page, text: line.text, size: line.size, last: line };
      continue;
    }
    // "well-" + "known": the hyphen stays and no space is added; any other line joins with a space.
    current.text += /[-‐]$/.test(current.text) && /^\p{Ll}/u.test(line.text) ? line.text : ' ' + line.text;
    current.last = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.map(({ page, text, size, furniture: f }) => ({ page, text, size, ...(f ? { furniture: f } : {}) }));
}
