import { useEffect } from 'react';
import type { AnchoredAnnotation } from '../../shared/model/annotation';
import { isTyping, shortcutPressed } from '../app/shortcuts';
import { READER_ELEMENT_ID } from '../reader/ReaderView';
import { annotationsAt } from './annotation-view';
import { highlightCard } from './card-state';

const HIGHLIGHT_SELECTOR = `#${READER_ELEMENT_ID} .highlight[data-offset]`;

/** The innermost annotation drawn at a highlight span (the shortest one covering that character). */
function annotationAt(node: Node | null, items: readonly AnchoredAnnotation[]): string | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const span = element?.closest<HTMLElement>(HIGHLIGHT_SELECTOR);
  const documentId = span?.closest('article[data-document-id]')?.getAttribute('data-document-id');
  if (!span || !documentId) return null;
  const found = annotationsAt(items, documentId, Number(span.dataset.offset));
  const length = (a: AnchoredAnnotation) => (a.range ? a.range.end - a.range.start : Infinity);
  return found.sort((a, b) => length(a) - length(b))[0]?.annotation.id ?? null;
}

/**
 * Opens a highlight's card: a click on it (not the end of a drag that selected text), or Enter with the
 * caret in it (caret browsing, F7, or the caret left where a highlight was just made).
 */
export function useHighlightActivation(items: readonly AnchoredAnnotation[]): void {
  useEffect(() => {
    const click = (event: MouseEvent) => {
      if (event.button !== 0 || !window.getSelection()?.isCollapsed) return;
      const id = annotationAt(event.target as Node, items);
      if (id) highlightCard.open(id, false);
    };
    const key = (event: KeyboardEvent) => {
      if (!shortcutPressed(event, 'openHighlight') || event.ctrlKey || event.metaKey || isTyping(event)) return;
      if (event.defaultPrevented) return;
      const target = event.target as Element | null;
      if (target && target.closest('button, a[href], input, select, textarea, [role="toolbar"], [role="dialog"]')) return;
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const id = annotationAt(selection.focusNode, items);
      if (!id) return;
      event.preventDefault();
      highlightCard.open(id, true);
    };
    document.addEventListener('click', click);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('click', click);
      document.removeEventListener('keydown', key);
    };
  }, [items]);
}
