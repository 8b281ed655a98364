import path from 'node:path';
import { IMPORT_BUDGET, checkSize } from '../budget';
import { importError } from '../errors';
import type { ExtractedSource } from '../extracted';
import { sniffImage } from '../images';
import { openZipEntries } from '../zip-entries';

/** Reads one document file (never a zip: zips do not nest). Supplied by import-file to avoid a cycle. */
export type ReadOne = (
  name: string,
  bytes: Uint8Array,
  resolveImage: (src: string) => { bytes: Uint8Array; name: string } | null,
) => Promise<ExtractedSource[] | 'image' | 'zip'>;

const IGNORED = /(^|\/)(__MACOSX|\.DS_Store|Thumbs\.db|desktop\.ini)(\/|$)|(^|\/)\./;

/**
 * A zip of releases: one source per document file (in name order), images as images. An <img> in
 * an HTML file may show an image of the same zip by its relative path; images no document shows
 * are added after the first document's text, so every one becomes an asset.
 */
export async function readZip(file: string, bytes: Uint8Array, readOne: ReadOne): Promise<ExtractedSource[]> {
  checkSize(file, bytes.length, IMPORT_BUDGET.maxFileBytes);
  const zip = await openZipEntries(file, bytes);
  try {
    const names = zip.names.filter((n) => !IGNORED.test(n)).sort((a, b) => a.localeCompare(b));
    const contents = new Map<string, Uint8Array>();
    for (const name of names) contents.set(name, await zip.read(name));
    const images = new Map([...contents].filter(([, b]) => sniffImage(b) !== null));
    const shown = new Set<string>();
    const sources: ExtractedSource[] = [];
    const notes: string[] = [];
    for (const name of names) {
      if (images.has(name)) continue;
      if (sources.length >= IMPORT_BUDGET.maxZipDocuments) {
        notes.push(`${file}: only the first ${IMPORT_BUDGET.maxZipDocuments} documents were read`);
        break;
      }
      const label = `${path.basename(file)}/${name}`;
      const resolveImage = (src: string) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return null; // a URL (http:, file:…): never fetched
        let relative: string;
        try {
          relative = path.posix.normalize(path.posix.join(path.posix.dirname(name), decodeURI(src.split(/[?#]/)[0]!)));
        } catch {
          return null;
        }
        const hit = images.get(relative);
        if (!hit) return null;
        shown.add(relative);
        return { bytes: hit, name: relative };
      };
      const read = await readOne(label, contents.get(name)!, resolveImage).catch((err: unknown) => {
        // One unreadable file does not sink the others; it is named in the report.
        if (err instanceof Error && err.name === 'PresskitError') {
          notes.push(err.message);
          return null;
        }
        throw err;
      });
      if (read === 'zip') notes.push(`${label}: a zip inside a zip is not read`);
      else if (read && read !== 'image') sources.push(...read);
    }
    if (!sources.length)
      throw importError(
        file,
        `the zip holds no readable release (HTML, PDF, DOCX, e-mail, Markdown, text or ninjs)${notes.length ? `: ${notes.join('; ')}` : ''}`,
      );
    const first = sources[0]!;
    for (const [name, b] of images) {
      if (shown.has(name)) continue;
      first.images.push({ bytes: b, mime: sniffImage(b)!, name, alt: path.posix.basename(name), where: `zip entry ${name}` });
      first.blocks.push({
        kind: 'image',
        text: path.posix.basename(name),
        markdown: '',
        where: `zip entry ${name}`,
        imageIndex: first.images.length - 1,
      });
    }
    first.notes.push(...notes);
    return sources;
  } finally {
    zip.close();
  }
}
