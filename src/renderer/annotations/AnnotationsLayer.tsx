import { useEffect, useMemo } from 'react';
import { isTyping, pressed } from '../app/shortcuts';
import { useNotify } from '../app/notices';
import { useOnWindowReturn } from '../app/useOnWindowReturn';
import { useDecorationLayer, useReader } from '../reader/reader-context';
import { REDO_SHORTCUTS, UNDO_SHORTCUTS } from './annotation-shortcuts';
import { AnnotationStatus } from './AnnotationStatus';
import { HIGHLIGHT_LAYER, highlightDecorations } from './annotation-view';
import { HighlightCard } from './HighlightCard';
import { HighlightEditorCard } from './HighlightEditorCard';
import { SelectionToolbar } from './SelectionToolbar';
import { annotationsStore, useAnnotations } from './store';
import { applyPaletteProperties } from './useColours';
import { useHighlightActivation } from './useHighlightActivation';
import '../styles/annotations.css';
import '../styles/annotations-panel.css';
import '../styles/highlight-editor.css';

/**
 * Always mounted with the open bundle, whichever side panel shows: loads its annotations, draws them
 * as the reader's "annotations" decoration layer, offers the selection toolbar, the hover card and
 * the card a click (or Enter) on a highlight opens,
 * and takes undo/redo from the keyboard (not while typing in a field, which has its own undo).
 */
export function AnnotationsLayer() {
  const { bundle } = useReader();
  const { items } = useAnnotations();
  const notify = useNotify();

  useEffect(() => applyPaletteProperties(), []);
  useEffect(() => annotationsStore.setNotifier(notify), [notify]);
  useEffect(() => {
    void annotationsStore.load(bundle.documents);
  }, [bundle]);

  // Coming back to the window: pick up annotations saved elsewhere meanwhile (CLI import, another window).
  useOnWindowReturn(() => void annotationsStore.reloadFromStore());

  const decorations = useMemo(() => highlightDecorations(items), [items]);
  useDecorationLayer(HIGHLIGHT_LAYER, decorations);
  useHighlightActivation(items);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event)) return;
      if (UNDO_SHORTCUTS.some((c) => pressed(event, c))) {
        event.preventDefault();
        void annotationsStore.undo();
      } else if (REDO_SHORTCUTS.some((c) => pressed(event, c))) {
        event.preventDefault();
        void annotationsStore.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <SelectionToolbar />
      <HighlightCard />
      <HighlightEditorCard />
      <AnnotationStatus />
    </>
  );
}
