/** A selection in the reader, as offsets in one document's plain text. */
export interface TextRange {
  documentId: string;
  start: number;
  end: number;
  /** The selected text, exactly as in the document text. */
  exact: string;
}

/** Offset in the document text of a DOM point inside the reader (spans carry data-offset). */
function pointOffset(node: Node, offset: number): { documentId: string; offset: number } | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  if (!element) return null;
  const article = element.closest('article[data-document-id]');
  if (!article) return null;
  const documentId = article.getAttribute('data-document-id')!;
  let span = element.closest('[data-offset]');
  if (node.nodeType === Node.TEXT_NODE && span) return { documentId, offset: Number(span.getAttribute('data-offset')) + offset };
  // An element boundary: use the nearest span at or after the child position.
  const child = (node as Element).childNodes?.[offset] ?? null;
  span = child instanceof Element ? (child.matches('[data-offset]') ? child : child.querySelector('[data-offset]')) : null;
  if (span) return { documentId, offset: Number(span.getAttribute('data-offset')) };
  const last = [...(element.querySelectorAll('[data-offset]') as NodeListOf<HTMLElement>)].at(-1);
  return last ? { documentId, offset: Number(last.dataset.offset) + (last.textContent?.length ?? 0) } : null;
}

/** The current selection as a range of one document's text; null when it is empty or spans documents. */
export function selectionRange(selection: Selection | null, documentText: (id: string) => string | undefined): TextRange | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const a = pointOffset(range.startContainer, range.startOffset);
  const b = pointOffset(range.endContainer, range.endOffset);
  if (!a || !b || a.documentId !== b.documentId) return null;
  const text = documentText(a.documentId);
  if (text === undefined) return null;
  let start = Math.min(a.offset, b.offset);
  let end = Math.max(a.offset, b.offset);
  // Trim surrounding whitespace the mouse tends to pick up.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return null;
  return { documentId: a.documentId, start, end, exact: text.slice(start, end) };
}
