import { EXPORT_SECTION_KEYS, type ExportPaper, type ExportSection } from '../../shared/ipc/channels/export';
import type { AnchoredAnnotation, ColourLabelOverrides } from '../../shared/model/annotation';
import type { KitLanguage } from './kit-text';

/** Sections of a kit, in the one order they appear in the PDF (the IPC contract shares the list). */
export const SECTION_KEYS = EXPORT_SECTION_KEYS;
export type SectionKey = ExportSection;
export type Paper = ExportPaper;

/** Page sizes in points. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export interface ExportOptions {
  paper: Paper;
  /** Which sections to include; the order of the PDF is fixed (SECTION_KEYS), this list only filters. */
  sections: readonly SectionKey[];
  /** Reader comments are left out when false, wherever they would appear (every host defaults to false). */
  includeComments: boolean;
  /** The language of the words the kit adds (cover, headings, labels, dates); default: the release's, see kitLanguage. */
  language?: KitLanguage;
  /**
   * Highlights already anchored to each document's plain text. Those with a range become PDF
   * Highlight annotations; orphaned ones (range null) are listed in the appendix only.
   */
  highlights?: readonly AnchoredAnnotation[];
  /** The user's names for the highlight colours (defaults: DEFAULT_COLOURS' English labels). */
  colourLabels?: ColourLabelOverrides;
  /** The clock: CreationDate, ModDate, the timeline's "present" and the file ID derive from it. */
  now: Date;
  onProgress?: (done: number, total: number) => void;
  /** Folder holding the kit's fonts; defaults to resources/fonts of this app. */
  fontsDir?: string;
  /**
   * Folders searched for fallback fonts (Noto and others) for characters the kit's fonts lack;
   * default: the system's font folders (systemFontDirs). Tests pass [] to export without any.
   */
  systemFontDirs?: readonly string[];
  /** Written into Producer and Creator ("Press-kit Viewer <version>"). */
  appVersion?: string;
}

export const ALL_SECTIONS: readonly SectionKey[] = SECTION_KEYS;

/** A finished export and what it holds, for hosts that report it. */
export interface ExportSummary {
  pages: number;
  bytes: number;
}
