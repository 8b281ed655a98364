import type { Block, LoadedDocument } from '../../shared/model/document';
import type { Decoration } from '../../shared/text/segments';

/** How a document's blocks read: the title heading (when the text starts with it), the subhead, and its sections. */
export interface DocumentStructure {
  /** The first block when it is a heading repeating the document's title (shown as the title). */
  titleBlock: Block | null;
  /** A heading block that is the release's subhead (not a section). */
  subheadBlock: Block | null;
  /** Headings that open sections: what the outline lists inside the document. */
  sections: Block[];
  /** The HTML heading rank of each section (h3 for the document's top level under its h2 title, deeper below). */
  rank(section: Block): 3 | 4 | 5 | 6;
}

const cache = new WeakMap<LoadedDocument, DocumentStructure>();

export function documentStructure(doc: LoadedDocument): DocumentStructure {
  let structure = cache.get(doc);
  if (structure) return structure;
  const first = doc.blocks[0];
  const titleBlock = first?.kind === 'heading' && first.text === doc.title ? first : null;
  const subheadBlock = doc.subhead === undefined ? null : (doc.blocks.find((b) => b.kind === 'heading' && b.text === doc.subhead) ?? null);
  const sections = doc.blocks.filter((b) => b.kind === 'heading' && b !== titleBlock && b !== subheadBlock);
  const top = Math.min(...sections.map((b) => b.level ?? 1));
  const rank = (section: Block) => Math.min(6, 3 + (section.level ?? 1) - top) as 3 | 4 | 5 | 6;
  structure = { titleBlock, subheadBlock, sections, rank };
  cache.set(doc, structure);
  return structure;
}

/** Element ids the outline and find jump to. */
export const documentElementId = (documentId: string) => `doc-${documentId}`;
export const sectionElementId = (documentId: string, block: Block) => `doc-${documentId}-at-${block.start}`;

/**
 * The decorations overlapping each block (same order as `blocks`), found by binary search, so a
 * document with thousands of find matches is sorted out in one pass.
 */
export function decorationsByBlock(blocks: readonly Block[], decorations: readonly Decoration[]): Decoration[][] {
  const buckets: Decoration[][] = blocks.map(() => []);
  for (const d of decorations) {
    // First block whose end is after the decoration's start.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.end <= d.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < blocks.length && blocks[i]!.start < d.end; i++) buckets[i]!.push(d);
  }
  return buckets;
}

/** Same items in the same order (by identity): memoised views skip work when nothing they show changed. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}
