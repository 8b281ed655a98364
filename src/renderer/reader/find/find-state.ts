import { useCallback, useState } from 'react';
import type { BundleMatch } from '../../../shared/text/find';

/** Highlights drawn at once; beyond that, the block of matches around the current one (counts stay exact). */
export const MAX_HIGHLIGHTS = 2000;

/** The matches to highlight: all of them, or the block of MAX_HIGHLIGHTS that holds the current one. */
export function highlightWindow(matches: readonly BundleMatch[], current: number): { from: number; to: number } {
  if (matches.length <= MAX_HIGHLIGHTS) return { from: 0, to: matches.length };
  const from = Math.floor(current / MAX_HIGHLIGHTS) * MAX_HIGHLIGHTS;
  return { from, to: Math.min(matches.length, from + MAX_HIGHLIGHTS) };
}

/** Where find starts: the first match in the document being read, or after it; else the first. */
export function firstMatchFrom(
  matches: readonly BundleMatch[],
  documentOrder: readonly string[],
  readingDocumentId: string | null,
): number {
  const from = readingDocumentId ? documentOrder.indexOf(readingDocumentId) : -1;
  if (from < 0) return 0;
  const at = matches.findIndex((m) => documentOrder.indexOf(m.documentId) >= from);
  return at < 0 ? 0 : at;
}

/** Open/closed, the last query (kept when the bar closes, as browsers do) and focus requests (Ctrl+F again). */
export function useFindBarState() {
  const [state, setState] = useState({ open: false, focusRequest: 0, lastQuery: '' });
  const openFind = useCallback(() => setState((s) => ({ ...s, open: true, focusRequest: s.focusRequest + 1 })), []);
  const closeFind = useCallback((lastQuery: string) => setState((s) => ({ ...s, open: false, lastQuery })), []);
  return { ...state, openFind, closeFind };
}
