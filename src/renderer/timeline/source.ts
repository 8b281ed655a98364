import type { SourceRef } from '../../shared/model/common';

export interface SourceRange {
  documentId: string;
  start: number;
  end: number;
}

/** How many characters of `a`'s end and `b`'s start agree (for prefixes, `a` is read backwards). */
function agreeing(text: string, at: number, context: string | undefined, backwards: boolean): number {
  if (!context) return 0;
  let n = 0;
  while (n < context.length) {
    const i = backwards ? at - 1 - n : at + n;
    const c = backwards ? context[context.length - 1 - n] : context[n];
    if (i < 0 || i >= text.length || text[i] !== c) break;
    n++;
  }
  return n;
}

/**
 * Where an event's source is in its document's text: the stored position when the text there is still
 * the quote, else the occurrence of the quote whose surrounding text agrees best with the selector's
 * prefix and suffix (nearest the old position on a tie). Null when the quote is not in the text.
 */
export function resolveSource(source: SourceRef, documentText: string): SourceRange | null {
  const { exact, prefix, suffix } = source.quote;
  const pos = source.position;
  if (pos && documentText.slice(pos.start, pos.end) === exact) return { documentId: source.documentId, start: pos.start, end: pos.end };
  let best: { start: number; score: number; distance: number } | null = null;
  for (let i = documentText.indexOf(exact); i >= 0; i = documentText.indexOf(exact, i + 1)) {
    const score = agreeing(documentText, i, prefix, true) + agreeing(documentText, i + exact.length, suffix, false);
    const distance = pos ? Math.abs(i - pos.start) : 0;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  return best ? { documentId: source.documentId, start: best.start, end: best.start + exact.length } : null;
}
