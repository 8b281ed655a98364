import { z } from 'zod';
import { channel } from '../define';

/** Sections of an exported kit, in the one order they appear in the PDF. */
export const EXPORT_SECTION_KEYS = [
  'cover',
  'contents',
  'release',
  'quotes',
  'facts',
  'timeline',
  'article',
  'boilerplate',
  'comments',
  'annotations',
] as const;
export const ExportSection = z.enum(EXPORT_SECTION_KEYS);
export type ExportSection = z.infer<typeof ExportSection>;

export const ExportPaper = z.enum(['a4', 'letter']);
export type ExportPaper = z.infer<typeof ExportPaper>;

export const ExportRequest = z.object({
  paper: ExportPaper,
  /** Filters the sections; their order in the PDF is fixed. */
  sections: z.array(ExportSection).min(1).max(EXPORT_SECTION_KEYS.length),
  includeComments: z.boolean(),
  /** Highlights as PDF annotations plus the notes appendix. */
  includeAnnotations: z.boolean(),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export interface ExportResult {
  fileName: string;
  /** Browser mode: the PDF for the renderer to offer as a download. */
  bytesBase64?: string;
  /** Desktop: where the PDF was saved. */
  savedPath?: string;
  /** Desktop: the user closed the save dialog; nothing was written. */
  cancelled?: boolean;
  pages: number;
  bytes: number;
  /** Characters no PDF font has a glyph for (they print as blanks); absent or empty when every one was found. */
  missingCharacters?: string[];
}

export const exportChannels = {
  /** Exports the current bundle as a PDF press kit: saved where the user picks (desktop) or returned for download. */
  exportPdf: channel<ExportResult>()(z.tuple([ExportRequest])),
  /** "Show in folder" for the PDF this window exported last (no other path is revealed). */
  revealExportedPdf: channel<{ shown: boolean }>()(z.tuple([z.object({ path: z.string().min(1).max(4096) })])),
};
