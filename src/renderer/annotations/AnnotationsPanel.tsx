import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { filterAnnotations } from '../../shared/annotations/filter';
import { useReader } from '../reader/reader-context';
import { AnnotationFilters } from './AnnotationFilters';
import { PANEL_CLASS } from './annotation-view';
import { AnnotationItem } from './AnnotationItem';
import { AnnotationTools } from './AnnotationTools';
import { ColourLabelsEditor } from './ColourLabelsEditor';
import { HIGHLIGHT_SHORTCUT, printed, REDO_SHORTCUTS, UNDO_SHORTCUTS } from './annotation-shortcuts';
import { annotationsStore, useAnnotations } from './store';
import { useColours } from './useColours';

/** Undo and redo, saying what they would undo or redo. */
function HistoryButtons() {
  const { t } = useTranslation();
  const { history } = useAnnotations();
  return (
    <div className="annotations-panel__history">
      <button type="button" disabled={!history.canUndo} onClick={() => void annotationsStore.undo()}>
        {t('annotations.undo')}
      </button>
      <button type="button" disabled={!history.canRedo} onClick={() => void annotationsStore.redo()}>
        {t('annotations.redo')}
      </button>
    </div>
  );
}

/**
 * The side panel: every annotation of the bundle in reading order with its quote, note, colour label
 * and tags; filters; export and import; colour labels. Clicking a quote shows the passage in the text.
 */
export function AnnotationsPanel() {
  const { t } = useTranslation();
  const { bundle, revealRange } = useReader();
  const { loaded, items, filter, editingId, newId, focusNew, bundleChanged } = useAnnotations();
  const { colourOf } = useColours();
  const heading = useRef<HTMLHeadingElement>(null);
  const docs = useMemo(() => new Map(bundle.documents.map((d) => [d.id, d])), [bundle]);
  const shown = useMemo(
    () => filterAnnotations(items, filter, bundle.documents, (key) => colourOf(key).label),
    [items, filter, bundle, colourOf],
  );

  // Read through a ref so the callback stays the same: a changed prop would re-render every (memoised) item on each change.
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  });
  const onDelete = useCallback((id: string) => {
    // Focus moves on to the next annotation (or the heading), not to the top of the page.
    const list = shownRef.current;
    const i = list.findIndex((s) => s.annotation.id === id);
    const next = list[i + 1] ?? list[i - 1];
    void annotationsStore.remove(id).then(() => {
      const target = next && document.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(next.annotation.id)}"] button`);
      (target ?? heading.current)?.focus();
    });
  }, []);

  return (
    <div className={PANEL_CLASS}>
      <div className="annotations-panel__header">
        <h2 ref={heading} tabIndex={-1} className="annotations-panel__title">
          {t('annotations.count', { count: items.length })}
        </h2>
        <HistoryButtons />
      </div>
      {bundleChanged && <p className="annotations-panel__notice">{t('annotations.bundleChanged')}</p>}
      {items.length > 0 && <AnnotationFilters />}
      {loaded && items.length === 0 && <p className="panel-empty">{t('annotations.empty', { keys: printed(HIGHLIGHT_SHORTCUT) })}</p>}
      {items.length > 0 && (
        <p className="annotations-panel__shown" aria-live="polite">
          {shown.length === items.length
            ? t('annotations.shownAll', { count: items.length })
            : t('annotations.shown', { shown: shown.length, total: items.length })}
        </p>
      )}
      {items.length > 0 && shown.length === 0 && <p className="panel-empty">{t('annotations.filters.noMatch')}</p>}
      <ol className="annotations-panel__list" aria-label={t('annotations.listLabel')}>
        {shown.map((item) => (
          <AnnotationItem
            key={item.annotation.id}
            item={item}
            colour={colourOf(item.annotation.colour)}
            doc={docs.get(item.annotation.documentId)}
            editing={editingId === item.annotation.id}
            isNew={newId === item.annotation.id}
            focusNew={newId === item.annotation.id && focusNew}
            onReveal={revealRange}
            onDelete={onDelete}
          />
        ))}
      </ol>
      {items.length > 0 && (
        <p className="annotation-editor__hint">
          {t('annotations.hint', {
            highlight: printed(HIGHLIGHT_SHORTCUT),
            undo: printed(UNDO_SHORTCUTS[0]),
            redo: printed(REDO_SHORTCUTS[0]),
          })}
        </p>
      )}
      <AnnotationTools />
      <ColourLabelsEditor />
    </div>
  );
}
