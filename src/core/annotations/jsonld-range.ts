import type { LoadedBundle } from '../../shared/model/document';
import { anchorQuote, type TextAnchor } from './anchor';
import type { Quote } from './jsonld-selectors';

export interface RangePlacement {
  documentId: string;
  start: number;
  end: number;
}

const short = (s: string) => JSON.stringify(s.length > 40 ? s.slice(0, 37) + '…' : s);

/** Both ends in one text: the start first and the end after it, or the end first and the start before it. */
function ends(text: string, from: Quote, to: Quote): [TextAnchor, TextAnchor] | null {
  const s = anchorQuote(text, from);
  if (s) {
    const e = anchorQuote(text.slice(s.start + 1), to);
    if (e) return [s, { ...e, start: e.start + s.start + 1, end: e.end + s.start + 1 }];
  }
  const e = anchorQuote(text, to);
  const before = e && anchorQuote(text.slice(0, e.start), from);
  return e && before ? [before, e] : null;
}

/**
 * Where a RangeSelector between two text quotes lies in the bundle. As the model defines it (4.2.9), the
 * range runs from the start of the start selector's text up to the start of the end selector's text, not
 * including it; whitespace at either edge is left out. Both quotes must be placed with certainty and in
 * the same document, in that order; otherwise the reason why not.
 */
export function placeRange(bundle: LoadedBundle, from: Quote, to: Quote, documentIds?: readonly string[]): RangePlacement | string {
  const found: (RangePlacement & { score: number })[] = [];
  for (const doc of bundle.documents) {
    if (documentIds && !documentIds.includes(doc.id)) continue;
    const pair = ends(doc.text, from, to);
    if (!pair) continue;
    let [start, end] = [pair[0].start, pair[1].start];
    while (start < end && /\s/.test(doc.text[start]!)) start++;
    while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
    if (end > start) found.push({ documentId: doc.id, start, end, score: pair[0].score + pair[1].score });
  }
  found.sort((a, b) => b.score - a.score);
  const [top, second] = found;
  if (top && !(second && second.score === top.score)) return { documentId: top.documentId, start: top.start, end: top.end };
  if (top)
    return `its range from ${short(from.exact)} to ${short(to.exact)} occurs in ${found.length} places (${found.map((f) => f.documentId).join(', ')}) with nothing to tell them apart`;
  return `its range from ${short(from.exact)} to ${short(to.exact)} cannot be placed: the two quotes are not both found, once and in that order, in one document of this bundle`;
}
