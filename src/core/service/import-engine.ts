import { importFile } from '../import/import-file';
import { writeBundle } from '../import/write-bundle';
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

export const defaultImportEngine: ImportEngine = {
  importFile: (filePath) => importFile(filePath),
  writeBundle: (draft, images, target) => writeBundle(draft, new Map(images), target),
};
