import { z } from 'zod';
import type { LoadedBundle } from '../../model/document';
import { ImportDraft } from '../../model/import-draft';
import { channel } from '../define';
import { MAX_ARCHIVE_BASE64 } from './bundle';

/** What opening a file gave: a bundle (shown at once) or an import draft (shown in the structure editor first). */
export type OpenOutcome = { kind: 'bundle'; bundle: LoadedBundle } | { kind: 'import'; draft: ImportDraft };

export const ImportTargetKind = z.enum(['archive', 'folder']);
export type ImportTargetKind = z.infer<typeof ImportTargetKind>;

const sessionId = z.string().min(1).max(100);

/** Opening any file (a bundle or a release to import), and turning a corrected draft into a bundle. */
export const importChannels = {
  /** Opens a bundle, or imports any other file (HTML, PDF, DOCX, e-mail, Markdown, text, ninjs, zip) as a draft. */
  openFile: channel<OpenOutcome>()(z.tuple([z.object({ path: z.string().min(1).max(4096) })])),
  /** The desktop's open dialog, accepting bundles and importable files; null when cancelled. */
  pickAndOpenFile: channel<OpenOutcome | null>()(z.tuple([])),
  /** A file the page holds as bytes (browser mode: chosen or dropped); a .presskit opens, anything else is imported (an empty file gets the importer's own message). */
  openUploadedFile: channel<OpenOutcome>()(
    z.tuple([z.object({ fileName: z.string().min(1).max(255), base64: z.base64().max(MAX_ARCHIVE_BASE64) })]),
  ),
  /** A draft the host made itself (menu, command line) that the window has not shown yet; null when none. */
  takePendingImport: channel<ImportDraft | null>()(z.tuple([])),
  /** Desktop: where to save the bundle (a .presskit file, or a new folder); null when cancelled. */
  pickImportSavePath: channel<string | null>()(z.tuple([z.object({ kind: ImportTargetKind, suggestedName: z.string().min(1).max(255) })])),
  /**
   * Writes the corrected draft as a bundle and opens it (added to Open Recent). Without a path (browser
   * mode, where the page cannot pick one) it goes to the data folder's `imports/`.
   */
  saveImport: channel<LoadedBundle>()(
    z.tuple([
      z.object({
        draft: ImportDraft,
        target: z.object({ kind: ImportTargetKind, path: z.string().min(1).max(4096).optional() }),
      }),
    ]),
  ),
  /** Forgets an import (its images are dropped); the window goes back to the bundle it showed. */
  discardImport: channel<void>()(z.tuple([z.object({ sessionId })])),
};
