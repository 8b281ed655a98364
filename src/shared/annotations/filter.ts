import type { AnchoredAnnotation, ColourKey } from '../model/annotation';
import { foldQuery } from '../text/fold';

/** What the side panel needs to know of each document to sort and filter. */
export interface DocumentInfo {
  id: string;
  language: string;
}

/** Every field is optional; an empty or absent one does not filter. Fields combine with AND, values within a field with OR. */
export interface AnnotationFilter {
  colours?: readonly ColourKey[];
  tags?: readonly string[];
  documentIds?: readonly string[];
  languages?: readonly string[];
  /** Free text, matched case- and accent-insensitively against quote, note, tags and colour label. */
  text?: string;
  status?: 'all' | 'anchored' | 'orphaned';
}

/** Folded as find-in-bundle folds (case, accents, typographic quotes, white space), ends trimmed. */
const fold = (s: string): string => foldQuery(s).trim();

/**
 * Reading order: documents as the bundle lists them, then position in the text. Orphaned annotations
 * follow the placed ones of their document, by their original position; then by creation time and id,
 * so the order is total and stable.
 */
/** The panel's order: by document, anchored before orphaned, by position, then by creation and id. */
export function readingOrder<T extends AnchoredAnnotation>(documents: readonly DocumentInfo[]): (a: T, b: T) => number {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const docRank = (a: T) => docIndex.get(a.annotation.documentId) ?? documents.length;
  const pos = (a: T) => a.range?.start ?? a.annotation.position?.start ?? Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    docRank(a) - docRank(b) ||
    Number(a.range === null) - Number(b.range === null) ||
    pos(a) - pos(b) ||
    (a.range?.end ?? 0) - (b.range?.end ?? 0) ||
    a.annotation.created.localeCompare(b.annotation.created) ||
    a.annotation.id.localeCompare(b.annotation.id);
}

export function sortInReadingOrder<T extends AnchoredAnnotation>(items: readonly T[], documents: readonly DocumentInfo[]): T[] {
  return [...items].sort(readingOrder(documents));
}

export function filterAnnotations<T extends AnchoredAnnotation>(
  items: readonly T[],
  filter: AnnotationFilter,
  documents: readonly DocumentInfo[],
  /** The label shown for a colour, so "key fact" finds yellow highlights. */
  labelOf: (key: ColourKey) => string = (key) => key,
): T[] {
  const language = new Map(documents.map((d) => [d.id, d.language]));
  const has = <V>(list: readonly V[] | undefined) => list !== undefined && list.length > 0;
  const tagSet = new Set((filter.tags ?? []).map(fold));
  const needle = fold(filter.text ?? '');
  return items.filter(({ annotation: a, range }) => {
    if (has(filter.colours) && !filter.colours!.includes(a.colour)) return false;
    if (has(filter.documentIds) && !filter.documentIds!.includes(a.documentId)) return false;
    if (has(filter.languages)) {
      const lang = language.get(a.documentId);
      if (!lang || !filter.languages!.some((l) => l.toLowerCase() === lang.toLowerCase())) return false;
    }
    if (tagSet.size && !a.tags.some((t) => tagSet.has(fold(t)))) return false;
    if (filter.status === 'anchored' && range === null) return false;
    if (filter.status === 'orphaned' && range !== null) return false;
    if (needle) {
      const haystack = fold([a.quote.exact, a.note, ...a.tags, labelOf(a.colour)].join(' \u0000 '));
      if (!haystack.includes(needle)) return false;
    }
    return true;
  });
}

/** Every tag in use, once each (first spelling wins), sorted for a filter menu. */
export function tagsInUse(items: readonly AnchoredAnnotation[]): string[] {
  const seen = new Map<string, string>();
  for (const { annotation } of items) for (const t of annotation.tags) if (!seen.has(fold(t))) seen.set(fold(t), t);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
