import type { ImportDraft } from '../../shared/model/import-draft';

/**
 * The importer as the app uses it: read + detect a file into a draft with its images, and write a
 * corrected draft as a bundle. One seam, so the services depend on this shape, not on the readers'.
 */
export interface ImportEngine {
  importFile(filePath: string): Promise<{ draft: ImportDraft; images: ReadonlyMap<string, Uint8Array> }>;
  writeBundle(
    draft: ImportDraft,
    images: ReadonlyMap<string, Uint8Array>,
    target: { kind: 'archive' | 'folder'; path: string },
  ): Promise<void>;
}

// Loaded on first use: the readers bring pdf.js, mammoth, mailparser and Readability, which a window
// that only opens bundles never needs at start-up.
export const defaultImportEngine: ImportEngine = {
  importFile: async (filePath) => (await import('../import/import-file')).importFile(filePath),
  writeBundle: async (draft, images, target) => (await import('../import/write-bundle')).writeBundle(draft, new Map(images), target),
};
