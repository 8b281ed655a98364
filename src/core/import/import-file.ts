import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanguageTag } from '../../shared/model/common';
import type { ImportDraft } from '../../shared/model/import-draft';
import { IMPORT_BUDGET, checkSize } from './budget';
import { detectStructure } from './detect/index';
import { importError } from './errors';
import type { ExtractedSource } from './extracted';
import type { ImageResolver } from './html-blocks';
import { assignImageNames } from './images';
import { readDocx } from './readers/docx';
import { readEml } from './readers/eml';
import { readHtml } from './readers/html';
import { readMarkdown } from './readers/markdown';
import { readNinjs } from './readers/ninjs';
import { readPdf } from './readers/pdf';
import { readText } from './readers/text';
import { readZip } from './readers/zip';
import { sniffFormat } from './sniff';

export interface ImportOptions {
  /** A BCP 47 tag every document is set to (the user knows better than detection). */
  language?: string;
}

export interface ImportedFile {
  draft: ImportDraft;
  /** Asset file name (draft.assets[].file) → bytes. */
  images: Map<string, Uint8Array>;
}

/** One file's bytes to sources, by what its content is. */
async function readOne(file: string, bytes: Uint8Array, resolveImage?: ImageResolver): Promise<ExtractedSource[] | 'image' | 'zip'> {
  const format = await sniffFormat(file, bytes);
  switch (format) {
    case 'html':
      return [readHtml(file, bytes, resolveImage ? { resolveImage } : {})];
    case 'pdf':
      return [await readPdf(file, bytes)];
    case 'docx':
      return [await readDocx(file, bytes)];
    case 'eml':
      return [await readEml(file, bytes)];
    case 'markdown':
      return [readMarkdown(file, bytes)];
    case 'text':
      return [readText(file, bytes)];
    case 'ninjs':
      return readNinjs(file, bytes);
    case 'image':
    case 'zip':
      return format;
  }
}

/** The file's sources (a zip: one per document), images named for the bundle. */
export async function readSources(file: string, bytes: Uint8Array): Promise<ExtractedSource[]> {
  const read = await readOne(file, bytes);
  if (read === 'image') throw importError(file, 'is an image, not a press release');
  const sources = read === 'zip' ? await readZip(file, bytes, readOne) : read;
  for (const s of sources) if (!s.blocks.some((b) => b.kind !== 'image')) throw importError(s.sourceName, 'has no text to import');
  assignImageNames(sources.flatMap((s) => s.images));
  return sources;
}

/** Reads a release file, detects its structure and returns the draft with its images' bytes. Nothing is written. */
export async function importFile(filePath: string, options: ImportOptions = {}): Promise<ImportedFile> {
  const label = path.basename(filePath);
  if (options.language !== undefined && !LanguageTag.safeParse(options.language).success)
    throw importError(label, `"${options.language}" is not a language tag such as "en" or "id"`);
  const stat = await fs.stat(filePath).catch(() => null);
  if (!stat) throw importError(label, `no such file (${filePath})`);
  if (!stat.isFile()) throw importError(label, 'is not a file');
  checkSize(label, stat.size, IMPORT_BUDGET.maxFileBytes);
  const bytes = new Uint8Array(await fs.readFile(filePath));
  const sources = await readSources(label, bytes);
  const draft = await detectStructure(sources, { sourceName: label, ...(options.language ? { language: options.language } : {}) });
  const images = new Map<string, Uint8Array>();
  for (const s of sources) for (const img of s.images) images.set(img.name, img.bytes);
  return { draft, images };
}
