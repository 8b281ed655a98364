import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnchoredAnnotation } from '../../shared/model/annotation';
import { shortcutPressed } from '../app/shortcuts';
import { READER_ELEMENT_ID } from '../reader/ReaderView';
import { AnnotationFields, changedFields, draftOf } from './AnnotationFields';
import { highlightCard, useOpenCard, type OpenCard } from './card-state';
import { annotationsStore, useAnnotations } from './store';
import { useColours } from './useColours';

const MARGIN = 8;

/** The first drawn piece of a highlight: where the card goes. */
function highlightRect({ annotation, range }: AnchoredAnnotation): DOMRect | null {
  if (!range) return null;
  const spans = document.querySelectorAll<HTMLElement>(
    `#${READER_ELEMENT_ID} article[data-document-id="${CSS.escape(annotation.documentId)}"] .highlight[data-offset]`,
  );
  for (const span of spans) {
    const offset = Number(span.dataset.offset);
    if (offset >= range.start && offset < range.end) return span.getBoundingClientRect();
  }
  return null;
}

/** Beside the text column when there is room (as Zotero's reader does), else under (or over) the highlight; always in the window. */
function placeCard(card: HTMLElement, at: DOMRect): { top: string; left: string } {
  const column = document.querySelector(`#${READER_ELEMENT_ID} .document`)?.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = card;
  const top = Math.max(MARGIN, Math.min(at.top, window.innerHeight - height - MARGIN));
  if (column && column.right + MARGIN + width <= window.innerWidth - MARGIN) return { top: `${top}px`, left: `${column.right + MARGIN}px` };
  const below = at.bottom + MARGIN;
  const y = below + height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, at.top - height - MARGIN);
  return { top: `${y}px`, left: `${Math.max(MARGIN, Math.min(at.left, window.innerWidth - width - MARGIN))}px` };
}

/** A highlight's card, edited in place: colour, note (Markdown), tags, delete. Ctrl/⌘+Enter, Esc, Done or a click elsewhere finish and save. */
export function HighlightEditorCard() {
  const open = useOpenCard();
  const { items } = useAnnotations();
  const item = open ? items.find((i) => i.annotation.id === open.id) : undefined;
  useEffect(() => {
    // Deleted (or undone) while open: nothing left to edit.
    if (open && !item && annotationsStore.getState().loaded && !annotationsStore.getState().newId) highlightCard.close();
  }, [open, item]);
  if (!open || !item) return null;
  return <CardForm key={open.id} item={item} open={open} />;
}

function CardForm({ item, open }: { item: AnchoredAnnotation; open: OpenCard }) {
  const { t } = useTranslation();
  const { colourOf } = useColours();
  const a = item.annotation;
  const [draft, setDraft] = useState(() => draftOf(a));
  const card = useRef<HTMLFormElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  // Placed before it is painted (by hand, as the selection toolbar is: no extra render), then the note takes focus.
  useLayoutEffect(() => {
    const rect = highlightRect(item);
    if (card.current && rect) Object.assign(card.current.style, placeCard(card.current, rect));
  }, [item]);
  useEffect(() => noteField.current?.focus({ preventScroll: true }), []);

  const finish = () => {
    const patch = changedFields(a, draft);
    highlightCard.close();
    if (Object.keys(patch).length) void annotationsStore.update(a.id, patch);
    if (open.viaKeyboard || card.current?.contains(document.activeElement))
      document.getElementById(READER_ELEMENT_ID)?.focus({ preventScroll: true });
  };
  const finishRef = useRef(finish);
  useEffect(() => {
    finishRef.current = finish;
  });
  // A press outside the card (the text, a panel) finishes it, as a click away does in Zotero.
  useEffect(() => {
    const down = (event: PointerEvent) => {
      if (!card.current?.contains(event.target as Node)) finishRef.current();
    };
    document.addEventListener('pointerdown', down, true);
    return () => document.removeEventListener('pointerdown', down, true);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    // Ctrl+Enter on a Mac too, as the card's hint and aria-keyshortcuts say.
    const ctrlEnter = event.key === 'Enter' && event.ctrlKey;
    if (!shortcutPressed(event.nativeEvent, 'finishEditing') && !ctrlEnter) return;
    event.preventDefault();
    event.stopPropagation();
    finish();
  };
  const remove = () => {
    highlightCard.close();
    void annotationsStore.remove(a.id);
    document.getElementById(READER_ELEMENT_ID)?.focus({ preventScroll: true });
  };

  return (
    <form
      ref={card}
      role="dialog"
      aria-label={t('readerArea.card.label', { label: colourOf(draft.colour).label })}
      className="floating-card annotation-editor highlight-editor"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        finish();
      }}
      data-annotation-id={a.id}
    >
      <AnnotationFields
        id={id}
        draft={draft}
        onChange={setDraft}
        noteField={noteField}
        labels={{
          colour: t('readerArea.card.colour'),
          note: t('readerArea.card.note'),
          noteHint: t('readerArea.card.noteHint'),
          tags: t('readerArea.card.tags'),
          tagsHint: t('readerArea.card.tagsHint'),
        }}
      />
      <div className="highlight-editor__actions">
        <button type="submit" className="primary" aria-keyshortcuts="Control+Enter Escape">
          {t('readerArea.card.done')}
        </button>
        <button type="button" onClick={remove}>
          {t('readerArea.card.delete')}
        </button>
      </div>
    </form>
  );
}
