import type { DraftBlock } from '../../shared/model/import-draft';

/**
 * What every format reader hands the one structure detector: the source as a normalised block list,
 * with whatever metadata the format itself carries. Readers never guess structure (headline,
 * quotes, About…); they only say what the format says (an <h1>, a Subject header, front matter).
 *
 *   readers/<format>.ts → ExtractedSource → detect/ → ImportDraft → (structure editor) → write-bundle
 */
export type SourceFormat = 'html' | 'pdf' | 'docx' | 'eml' | 'markdown' | 'text' | 'ninjs';

/** One block as read: text verbatim, Markdown for the bundle, where it was found. */
export interface ExtractedBlock {
  kind: DraftBlock['kind'];
  level?: number;
  /** Plain text, verbatim (inline markup removed, white space as the source has it within the line). */
  text: string;
  /** The same as Markdown (emphasis, http(s) links); equal to an escaped `text` when the format has no markup. */
  markdown: string;
  /** "line 12", "page 3", "<p> 14"… */
  where: string;
  /** A reader that already knows a block is furniture (Readability dropped it, a PDF running header) says why. */
  furniture?: string;
  /** Image blocks: index into ExtractedSource.images. */
  imageIndex?: number;
}

export interface ExtractedImage {
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | 'image/svg+xml';
  /** A file name for the bundle (sanitised by the writer). */
  name: string;
  alt?: string;
  caption?: string;
  credit?: string;
  where: string;
}

export interface ExtractedSource {
  format: SourceFormat;
  /** The file's name (inside a zip: the entry's path). */
  sourceName: string;
  blocks: ExtractedBlock[];
  images: ExtractedImage[];
  /** What the format itself states; each detector treats it as strong evidence. */
  metadata: {
    title?: string;
    /** ISO date or date-time from the format (e-mail Date, ninjs versionCreated, front matter, <meta>). */
    date?: string;
    author?: string;
    /** A language the format declares (<html lang>, ninjs language, front matter); the detector still checks it. */
    language?: string;
    url?: string;
    /** Front matter fields (YAML/TOML), as parsed. */
    frontMatter?: Record<string, unknown>;
    /** ninjs and other structured sources may state more (headline, subhead, people…). */
    structured?: Record<string, unknown>;
  };
  /** Reader notes for the report ("decoded as Windows-1252", "pages 3–4 have no text layer"). */
  notes: string[];
}
