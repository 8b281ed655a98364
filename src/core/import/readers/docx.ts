import mammoth from 'mammoth';
import { IMPORT_BUDGET, checkSize, withTimeout } from '../budget';
import { importError } from '../errors';
import type { ExtractedSource } from '../extracted';
import { openZipEntries } from '../zip-entries';
import { readHtmlText } from './html';

/**
 * A Word .docx: mammoth turns the document's styles into HTML (headings, lists, tables, emphasis,
 * links), which the HTML block code reads; embedded images become images with their alt text.
 * The zip's entries are checked against the import limits first, so a DOCX claiming gigabytes is
 * refused before mammoth inflates anything.
 */
export async function readDocx(file: string, bytes: Uint8Array): Promise<ExtractedSource> {
  checkSize(file, bytes.length, IMPORT_BUDGET.maxFileBytes);
  const zip = await openZipEntries(file, bytes);
  zip.close();
  if (!zip.names.includes('word/document.xml')) throw importError(file, 'is a zip archive without word/document.xml, not a Word document');

  const images: { bytes: Uint8Array; name: string }[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    const data = await image.readAsBuffer();
    images.push({ bytes: new Uint8Array(data), name: `image-${images.length + 1}` });
    return { src: `docx-image:${images.length - 1}` };
  });
  const result = await withTimeout(
    file,
    IMPORT_BUDGET.readerTimeoutMs,
    mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage, externalFileAccess: false }),
  ).catch((err: unknown) => {
    if (err instanceof Error && err.name === 'PresskitError') throw err;
    throw importError(file, `not a readable Word document (${(err as Error).message})`);
  });
  const resolveImage = (src: string) => {
    const m = /^docx-image:(\d+)$/.exec(src);
    return m ? (images[Number(m[1])] ?? null) : null;
  };
  const source = readHtmlText(file, `<!doctype html><html><body>${result.value}</body></html>`, { resolveImage, findArticle: false });
  if (!source.blocks.length) throw importError(file, 'the Word document has no text');
  return { ...source, format: 'docx', metadata: {} };
}
