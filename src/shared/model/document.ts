import type { DocumentEntry } from './bundle';
import type { BundleManifest } from './bundle';

/** Inline run inside a block; offsets are absolute in the document's plain text. */
export interface InlineRun {
  start: number;
  end: number;
  text: string;
  strong?: boolean;
  emphasis?: boolean;
  code?: boolean;
  /** Only http(s) and mailto links survive parsing; anything else is plain text. */
  href?: string;
}

/** An image in a block: where its alt text sits in the plain text, and the file it names. */
export interface BlockImage {
  /** The Markdown's link target as written (a bundle asset's `file`, or a URL). */
  src: string;
  alt: string;
  /** The Markdown's optional title (`![alt](src "title")`). */
  title?: string;
  start: number;
  end: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'blockquote' | 'listItem' | 'code';

/**
 * A block of a parsed Markdown document. The document's plain text is the blocks' texts joined
 * by "\n\n"; every selector offset (annotations, quotes, timeline sources) counts in that text, so the
 * reader, the PDF export and the CLI agree on where a passage is.
 */
export interface Block {
  kind: BlockKind;
  /** Headings: 1–6. */
  level?: number;
  /** Ordered list items: their number. */
  ordinal?: number;
  /** List items: how deep their list is nested (1: a top-level list, 2: a list inside an item…). */
  depth?: number;
  /** Images the block shows (Markdown `![alt](src)`); their alt text is part of the block's text. */
  images?: BlockImage[];
  start: number;
  end: number;
  text: string;
  inlines: InlineRun[];
}

export interface LoadedDocument extends DocumentEntry {
  /** The Markdown source, byte for byte as in the bundle. */
  markdown: string;
  /** Plain text: blocks joined by BLOCK_SEPARATOR. */
  text: string;
  blocks: Block[];
}

export const BLOCK_SEPARATOR = '\n\n';

export interface LoadedAsset {
  file: string;
  mime: string;
  /** Size in bytes. */
  size: number;
}

/** A bundle as the services hand it to hosts: validated manifest plus parsed documents. */
export interface LoadedBundle {
  manifest: BundleManifest;
  documents: LoadedDocument[];
  /** sha256 over presskit.json and every file it names, hex. */
  contentHash: string;
  /** Where it was loaded from. */
  origin: { kind: 'folder' | 'archive'; path: string; builtIn: boolean };
}
