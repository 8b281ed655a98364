import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IMPORT_BUDGET, checkSize, withTimeout } from '../budget';
import { importError } from '../errors';
import type { ExtractedBlock, ExtractedSource } from '../extracted';
import { escapeMarkdown } from '../inline-markdown';
import { findFurniture, itemsToLines, linesToParagraphs, type PdfLine, type PdfTextItem } from './pdf-layout';

/**
 * A text PDF: pdf.js reads each page's text items, which are grouped into lines and paragraphs by
 * position and font size. Larger type than the body's becomes headings; running headers, footers and
 * page numbers are furniture. A PDF without a text layer (a scan) or with a password is refused.
 */
export async function readPdf(file: string, bytes: Uint8Array): Promise<ExtractedSource> {
  checkSize(file, bytes.length, IMPORT_BUDGET.maxFileBytes);
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS });
  return withTimeout(file, IMPORT_BUDGET.readerTimeoutMs, readLoaded(file, task), () => void task.destroy()).finally(
    () => void task.destroy(),
  );
}

async function readLoaded(file: string, task: ReturnType<typeof getDocument>): Promise<ExtractedSource> {
  const pdf = await task.promise.catch((err: unknown) => {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException')
      throw importError(file, 'the PDF is encrypted with a password; save an unprotected copy and import that');
    throw importError(file, `not a readable PDF (${(err as Error).message})`);
  });
  const notes: string[] = [];
  const pageCount = Math.min(pdf.numPages, IMPORT_BUDGET.maxPdfPages);
  if (pdf.numPages > pageCount) notes.push(`${file}: only the first ${pageCount} of ${pdf.numPages} pages were read`);
  const lines: PdfLine[] = [];
  const empty: number[] = [];
  let pageHeight = 0;
  for (let n = 1; n <= pageCount; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const [, y0 = 0, , y1 = 0] = page.view;
    pageHeight = Math.max(pageHeight, y1 - y0);
    const pageLines = itemsToLines(
      n,
      content.items.filter((i): i is PdfTextItem & (typeof content.items)[number] => 'str' in i),
    );
    if (!pageLines.length) empty.push(n);
    lines.push(...pageLines);
    page.cleanup();
  }
  if (!lines.length) throw importError(file, 'the PDF has no text layer (a scanned image?); text recognition is not supported');
  if (empty.length) notes.push(`${file}: no text layer on page${empty.length > 1 ? 's' : ''} ${empty.join(', ')}`);

  const paragraphs = linesToParagraphs(lines, findFurniture(lines, pageCount, pageHeight));
  const body = paragraphs.filter((p) => !p.furniture);
  const bodySize = mostCommonSize(body);
  const headingSizes = [...new Set(body.filter((p) => p.size >= bodySize * 1.15 && p.text.length <= 200).map((p) => round(p.size)))].sort(
    (a, b) => b - a,
  );
  const blocks: ExtractedBlock[] = paragraphs.map((p) => {
    const level = p.furniture ? -1 : headingSizes.indexOf(round(p.size));
    return {
      kind: level >= 0 ? 'heading' : 'paragraph',
      ...(level >= 0 ? { level: Math.min(level + 1, 6) } : {}),
      text: p.text,
      markdown: escapeMarkdown(p.text),
      where: `page ${p.page}`,
      ...(p.furniture ? { furniture: p.furniture } : {}),
    };
  });

  const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
  const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
  const author = typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : undefined;
  const date = pdfDate(info.CreationDate);
  return {
    format: 'pdf',
    sourceName: file,
    blocks,
    images: [],
    // The file's creation date is not the release date: it is passed on as weak evidence only.
    metadata: { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(date ? { structured: { fileCreated: date } } : {}) },
    notes,
  };
}

const round = (n: number) => Math.round(n * 2) / 2;

/** The font size that sets the most characters: the body text's. */
function mostCommonSize(paragraphs: readonly { text: string; size: number }[]): number {
  const chars = new Map<number, number>();
  for (const p of paragraphs) chars.set(round(p.size), (chars.get(round(p.size)) ?? 0) + p.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** "D:20230523090000+02'00'" to an ISO date. */
function pdfDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
