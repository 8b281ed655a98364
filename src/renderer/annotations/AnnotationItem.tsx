import { memo, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedColour } from '../../shared/annotations/colours';
import type { AnchoredAnnotation } from '../../shared/model/annotation';
import type { LoadedDocument } from '../../shared/model/document';
import { LanguageBadge } from '../reader/LanguageBadge';
import { AnnotationEditor } from './AnnotationEditor';
import { shortQuote } from './annotation-view';
import { NoteView } from './NoteView';
import { annotationsStore } from './store';

interface Props {
  item: AnchoredAnnotation;
  colour: ResolvedColour;
  doc: LoadedDocument | undefined;
  editing: boolean;
  /** Just made: scroll it into view (and focus it when made from the keyboard). */
  isNew: boolean;
  focusNew: boolean;
  onReveal(documentId: string, start: number, end: number): void;
  onDelete(id: string): void;
}

/** One annotation in the panel: colour label, document, quote (a button that shows it in the text), note, tags, actions. */
export const AnnotationItem = memo(function AnnotationItem({ item, colour, doc, editing, isNew, focusNew, onReveal, onDelete }: Props) {
  const { t } = useTranslation();
  const { annotation: a, range } = item;
  const quoteId = useId();
  const root = useRef<HTMLLIElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);

  useEffect(() => {
    if (!isNew) return;
    root.current?.scrollIntoView({ block: 'nearest' });
    if (focusNew) editButton.current?.focus();
    annotationsStore.clearNew();
  }, [isNew, focusNew]);
  useEffect(() => {
    // Back from the editor: focus returns to where it was opened from.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasEditing.current && !editing && lost) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li ref={root} className={`annotation annotation--${a.colour}${range ? '' : ' annotation--orphaned'}`} data-annotation-id={a.id}>
      <p className="annotation__meta">
        <span className="colour-label">
          <span className={`swatch swatch--${a.colour}`} aria-hidden="true" />
          {colour.label}
        </span>
        <span className="annotation__doc">
          {doc?.title ?? a.documentId} {doc && <LanguageBadge language={doc.language} />}
        </span>
        {!range && <span className="annotation__orphaned">{t('annotations.item.orphaned')}</span>}
      </p>
      {range ? (
        <button
          type="button"
          id={quoteId}
          className="annotation__quote"
          lang={doc?.language}
          onClick={() => onReveal(a.documentId, range.start, range.end)}
        >
          <span className="visually-hidden" lang={undefined}>
            {t('annotations.item.showInText')}{' '}
          </span>
          “{shortQuote(a.quote.exact)}”
        </button>
      ) : (
        <>
          <blockquote id={quoteId} className="annotation__quote annotation__quote--orphaned" lang={doc?.language}>
            {a.quote.exact}
          </blockquote>
          <p className="annotation__hint">{t('annotations.item.orphanedExplain')}</p>
        </>
      )}
      {!editing && a.note.trim() && <NoteView note={a.note} />}
      {!editing && a.tags.length > 0 && (
        <ul className="annotation__tags" aria-label={t('annotations.item.tags')}>
          {a.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <AnnotationEditor annotation={a} onDone={() => annotationsStore.setEditing(null)} />
      ) : (
        <div className="annotation__actions">
          <button type="button" ref={editButton} aria-describedby={quoteId} onClick={() => annotationsStore.setEditing(a.id)}>
            {t('annotations.item.edit')}
          </button>
          <button type="button" aria-describedby={quoteId} onClick={() => onDelete(a.id)}>
            {t('annotations.item.delete')}
          </button>
        </div>
      )}
    </li>
  );
});
