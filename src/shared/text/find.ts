import { foldForSearch, foldQuery, type FoldedText } from './fold';

/** A match in a document's plain text: [start, end) in original UTF-16 offsets. */
export interface TextMatch {
  start: number;
  end: number;
}

/**
 * Every non-overlapping match of an already folded query in a folded text, mapped back to the
 * original offsets. Case-, accent-, quote-style- and white-space-insensitive (see fold.ts).
 */
export function findInFolded(folded: FoldedText, foldedQuery: string): TextMatch[] {
  const matches: TextMatch[] = [];
  if (foldedQuery.length === 0) return matches;
  for (let at = folded.text.indexOf(foldedQuery); at !== -1; at = folded.text.indexOf(foldedQuery, at + foldedQuery.length)) {
    matches.push({ start: folded.starts[at]!, end: folded.ends[at + foldedQuery.length - 1]! });
  }
  return matches;
}

/** Convenience for one-off searches: folds both sides and finds every match. */
export function findMatches(text: string, query: string): TextMatch[] {
  return findInFolded(foldForSearch(text), foldQuery(query));
}

/** A match somewhere in the bundle. */
export interface BundleMatch extends TextMatch {
  documentId: string;
}

/**
 * Matches in several documents, in reading order. Documents are folded once (the cache is keyed
 * by the document text), so each keystroke only runs the search itself.
 */
export class BundleSearch {
  private readonly folded = new Map<string, { text: string; folded: FoldedText }>();

  search(documents: readonly { id: string; text: string }[], query: string): BundleMatch[] {
    const foldedQuery = foldQuery(query);
    const matches: BundleMatch[] = [];
    if (foldedQuery.trim().length === 0) return matches;
    for (const doc of documents) {
      let entry = this.folded.get(doc.id);
      if (!entry || entry.text !== doc.text) {
        entry = { text: doc.text, folded: foldForSearch(doc.text) };
        this.folded.set(doc.id, entry);
      }
      for (const m of findInFolded(entry.folded, foldedQuery)) matches.push({ documentId: doc.id, start: m.start, end: m.end });
    }
    return matches;
  }
}
