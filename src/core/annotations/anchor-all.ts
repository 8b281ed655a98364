import { PresskitError } from '../../shared/errors';
import { QUOTE_CONTEXT_LENGTH, type AnchoredAnnotation, type Annotation } from '../../shared/model/annotation';
import type { TextPositionSelector, TextQuoteSelector } from '../../shared/model/common';
import type { LoadedBundle, LoadedDocument } from '../../shared/model/document';
import { foldTypography } from '../../shared/text/fold';
import { anchorQuote, anchorQuotes, type QuoteTarget, type TextAnchor } from './anchor';

/** The selectors for [start, end) of a document's plain text: the quote with 32 characters of context either side, and the position. */
export function selectorsFor(
  doc: LoadedDocument,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const { text } = doc;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    throw new PresskitError(
      'ARGUMENT_INVALID',
      `Range ${start}–${end} is not a non-empty range of document "${doc.id}" (0–${text.length})`,
      [{ file: doc.file, pointer: '', message: `range ${start}–${end} is outside the text or empty` }],
    );
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

const targetOf = (a: Pick<Annotation, 'quote' | 'position'>): QuoteTarget => ({
  exact: a.quote.exact,
  prefix: a.quote.prefix,
  suffix: a.quote.suffix,
  position: a.position,
});

/** Places one annotation on the current text of its document; `range: null` (orphaned) when it cannot be placed with confidence. */
export function anchorAnnotation(bundle: LoadedBundle, annotation: Annotation): AnchoredAnnotation {
  const doc = bundle.documents.find((d) => d.id === annotation.documentId);
  const anchor = doc ? anchorQuote(doc.text, targetOf(annotation)) : null;
  return anchor
    ? { annotation, range: { start: anchor.start, end: anchor.end }, method: anchor.method }
    : { annotation, range: null, method: 'orphaned' };
}

/**
 * Every annotation placed on the bundle's current text, in the order given; orphans are kept, never
 * dropped. A document's annotations are anchored together so each can learn from its neighbours how far
 * the text has shifted.
 */
export function anchorAll(bundle: LoadedBundle, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  const result: AnchoredAnnotation[] = annotations.map((annotation) => ({ annotation, range: null, method: 'orphaned' }));
  for (const doc of bundle.documents) {
    const indices = annotations.flatMap((a, i) => (a.documentId === doc.id ? [i] : []));
    if (!indices.length) continue;
    const anchors = anchorQuotes(
      doc.text,
      indices.map((i) => targetOf(annotations[i]!)),
    );
    indices.forEach((i, k) => {
      const anchor = anchors[k];
      if (anchor) result[i] = { annotation: annotations[i]!, range: { start: anchor.start, end: anchor.end }, method: anchor.method };
    });
  }
  return result;
}

export interface BundleMatch {
  documentId: string;
  anchor: TextAnchor;
}

/**
 * Where a quote from elsewhere (another tool, the release's web page) is in the bundle: the best
 * placement in each document, best first. Used for targets whose source is not one of our documents.
 */
export function findQuoteInBundle(
  bundle: LoadedBundle,
  quote: Omit<QuoteTarget, 'position'>,
  documentIds?: readonly string[],
): BundleMatch[] {
  const docs = bundle.documents.filter((doc) => !documentIds || documentIds.includes(doc.id));
  const search = (textOf: (doc: LoadedDocument) => string, target: Omit<QuoteTarget, 'position'>) => {
    const matches: BundleMatch[] = [];
    for (const doc of docs) {
      const anchor = anchorQuote(textOf(doc), { exact: target.exact, prefix: target.prefix, suffix: target.suffix });
      if (anchor) matches.push({ documentId: doc.id, anchor });
    }
    return matches.sort((a, b) => b.anchor.score - a.anchor.score);
  };
  const asWritten = search((doc) => doc.text, quote);
  if (asWritten.length) return asWritten;
  // Typed or copied elsewhere, a quote often has straight quotes, plain spaces and hyphens where the
  // bundle is typeset: compare both folded (same length, so the offsets found are the bundle's own).
  const fold = (s: string | undefined) => (s === undefined ? undefined : foldTypography(s));
  const folded = { exact: foldTypography(quote.exact), prefix: fold(quote.prefix), suffix: fold(quote.suffix) };
  return search((doc) => foldedText(doc), folded);
}

const foldedTexts = new WeakMap<LoadedDocument, string>();
function foldedText(doc: LoadedDocument): string {
  let text = foldedTexts.get(doc);
  if (text === undefined) foldedTexts.set(doc, (text = foldTypography(doc.text)));
  return text;
}
