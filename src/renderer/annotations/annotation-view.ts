import type { ImportReport } from '../../shared/annotations/import-report';
import type { AnchoredAnnotation } from '../../shared/model/annotation';
import type { Block } from '../../shared/model/document';
import type { DocumentDecoration } from '../reader/reader-context';

/** Pure helpers of the annotations UI (no React, no DOM): unit-tested on their own. */

/** The reader's decoration layer the highlights are drawn in. */
export const HIGHLIGHT_LAYER = 'annotations';

/** Class of the side panel's root: present in the page only while the panel shows annotations. */
export const PANEL_CLASS = 'annotations-panel';

/** Placed annotations as reader decorations: `highlight highlight--<colour>`, keyed by annotation id. Orphans draw nothing. */
export function highlightDecorations(items: readonly AnchoredAnnotation[]): DocumentDecoration[] {
  return items.flatMap(({ annotation, range }) =>
    range
      ? [
          {
            documentId: annotation.documentId,
            start: range.start,
            end: range.end,
            className: `highlight highlight--${annotation.colour}`,
            key: annotation.id,
          },
        ]
      : [],
  );
}

/** The placed annotations that cover a character of a document (what a hover over a highlight is about). */
export function annotationsAt(items: readonly AnchoredAnnotation[], documentId: string, offset: number): AnchoredAnnotation[] {
  return items.filter(
    ({ annotation, range }) => annotation.documentId === documentId && range !== null && range.start <= offset && offset < range.end,
  );
}

export const MAX_TAG_LENGTH = 100;

/** "press, Leica ,press,, camera" → ["press", "Leica", "camera"]: trimmed, empty ones dropped, first spelling of a repeat kept. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

export const formatTags = (tags: readonly string[]): string => tags.join(', ');

/** A catalogue key (under `annotations.change`) and its values. */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * The service names an undo/redo step in English ("delete annotation", "import 3 annotations",
 * "rename colour yellow"; see describeChange in src/shared/annotations/history): the interface
 * says it in its own language.
 */
export function describeStep(step: string): Message {
  if (step === 'add annotation') return { key: 'annotations.change.create' };
  if (step === 'edit annotation') return { key: 'annotations.change.update' };
  if (step === 'delete annotation') return { key: 'annotations.change.delete' };
  if (/^rename colour [a-z]+$/.test(step)) return { key: 'annotations.change.relabel' };
  const imported = /^import (\d+) annotations?$/.exec(step);
  if (imported) return { key: 'annotations.change.import', values: { count: Number(imported[1]) } };
  return { key: 'annotations.change.other' };
}

export interface ReportCounts {
  added: number;
  orphaned: number;
  /** Orphans that name a document of this bundle: stored and listed as orphaned. */
  kept: number;
  duplicates: number;
  rejected: number;
}

export function reportCounts(r: ImportReport): ReportCounts {
  return {
    added: r.added.length,
    orphaned: r.orphaned.length,
    kept: r.orphaned.filter((o) => o.stored).length,
    duplicates: r.duplicates.length,
    rejected: r.rejected.length,
  };
}

/** One line per item of the file that needs a word, in file order. */
export interface ReportLine {
  index: number;
  outcome: 'orphaned' | 'duplicate' | 'rejected';
  quote: string | null;
  reason: string;
}

export function reportLines(r: ImportReport): ReportLine[] {
  return [
    ...r.orphaned.map((o) => ({ index: o.index, outcome: 'orphaned' as const, quote: o.quote, reason: o.reason })),
    ...r.duplicates.map((d) => ({ index: d.index, outcome: 'duplicate' as const, quote: null, reason: d.reason })),
    ...r.rejected.map((x) => ({ index: x.index, outcome: 'rejected' as const, quote: null, reason: x.reason })),
  ].sort((a, b) => a.index - b.index);
}

/** A note's Markdown blocks, with consecutive list items gathered into one list. */
export type NotePart = { kind: 'block'; block: Block } | { kind: 'list'; ordered: boolean; items: Block[] };

export function noteParts(blocks: readonly Block[]): NotePart[] {
  const parts: NotePart[] = [];
  for (const block of blocks) {
    const last = parts.at(-1);
    const ordered = block.ordinal !== undefined;
    if (block.kind === 'listItem' && last?.kind === 'list' && last.ordered === ordered) last.items.push(block);
    else if (block.kind === 'listItem') parts.push({ kind: 'list', ordered, items: [block] });
    else parts.push({ kind: 'block', block });
  }
  return parts;
}

/** Long quotes are cut at a word boundary for the list; the full text stays in the document and the exports. */
export function shortQuote(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
