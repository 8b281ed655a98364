import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotationsStore, useAnnotations } from './store';

const SHOWN_MS = 6000;

/**
 * A short line saying what just happened ("Annotation deleted", "Undone: add annotation"), read out by
 * screen readers, with Undo after a delete. It hides after a few seconds, not while it has focus or the pointer.
 */
export function AnnotationStatus() {
  const { t } = useTranslation();
  const { announcement } = useAnnotations();
  const [hiddenId, setHiddenId] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!announcement) return;
    const timer = window.setInterval(() => {
      const el = box.current;
      if (el && (el.contains(document.activeElement) || el.matches(':hover'))) return;
      setHiddenId(announcement.id);
    }, SHOWN_MS);
    return () => window.clearInterval(timer);
  }, [announcement]);

  const shown = announcement && announcement.id !== hiddenId ? announcement : null;
  const what = shown?.what ? t(shown.what.key, shown.what.values ?? {}) : undefined;
  return (
    <div ref={box} className={`annotation-status${shown ? '' : ' annotation-status--empty'}`} role="status" aria-live="polite">
      {shown && (
        <>
          <span>{t(shown.key, { ...shown.values, what })}</span>
          {shown.undoable && (
            <button type="button" onClick={() => void annotationsStore.undo()}>
              {t('annotations.undo')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
