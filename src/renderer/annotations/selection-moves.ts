import { READER_ELEMENT_ID } from '../reader/ReaderView';
import { whenDrawn } from '../reader/when-drawn';
import type { TextRange } from '../reader/selection';

function textNodes(element: Element): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/**
 * Selects the find bar's current match in the text (all its drawn pieces); false when there is none.
 * Ctrl/⌘+Shift+H then highlights what find found, with no mouse selection needed.
 */
export function selectCurrentFindMatch(): boolean {
  const pieces = document.querySelectorAll(`#${READER_ELEMENT_ID} .find-match--current`);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return false;
  // Inside the text nodes, so the selection maps to the match's own offsets (not the block around it).
  const start = textNodes(first)[0];
  const end = textNodes(last).at(-1);
  if (!start || !end) return false;
  const range = document.createRange();
  range.setStart(start, 0);
  range.setEnd(end, end.length);
  const selection = window.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Leaves a collapsed caret at the start of a range once its highlight is drawn, with focus in the text:
 * after highlighting from the keyboard, Enter opens the new highlight's card.
 */
export function caretInto({ documentId, start }: Pick<TextRange, 'documentId' | 'start'>): void {
  whenDrawn(
    () =>
      document.querySelector(
        `#${READER_ELEMENT_ID} article[data-document-id="${CSS.escape(documentId)}"] .highlight[data-offset="${start}"]`,
      ),
    (span) => {
      const text = span.firstChild;
      const selection = window.getSelection();
      if (!text || !selection) return;
      document.getElementById(READER_ELEMENT_ID)?.focus({ preventScroll: true });
      selection.collapse(text, 0);
    },
  );
}
