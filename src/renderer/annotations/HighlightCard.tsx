import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnchoredAnnotation } from '../../shared/model/annotation';
import { READER_ELEMENT_ID } from '../reader/ReaderView';
import { annotationsAt } from './annotation-view';
import { useOpenCard } from './card-state';
import { NoteView } from './NoteView';
import { useAnnotations } from './store';
import { useColours } from './useColours';

interface Hovered {
  items: AnchoredAnnotation[];
  rect: { top: number; bottom: number; left: number };
}

const MARGIN = 8;
const HIGHLIGHT_SELECTOR = `#${READER_ELEMENT_ID} .highlight[data-offset]`;

/** What the pointer is over: the annotations covering that character of that document. */
function hoveredAt(target: EventTarget | null, items: readonly AnchoredAnnotation[]): Hovered | null {
  const span = target instanceof Element ? target.closest<HTMLElement>(HIGHLIGHT_SELECTOR) : null;
  const documentId = span?.closest('article[data-document-id]')?.getAttribute('data-document-id');
  if (!span || !documentId) return null;
  const found = annotationsAt(items, documentId, Number(span.dataset.offset));
  if (!found.length) return null;
  const r = span.getBoundingClientRect();
  return { items: found, rect: { top: r.top, bottom: r.bottom, left: r.left } };
}

const idsOf = (h: Hovered | null) => h?.items.map((i) => i.annotation.id).join(' ') ?? '';

/** Hovering a highlight shows its colour label, note and tags; Esc hides the card. */
export function HighlightCard() {
  const { t } = useTranslation();
  const { items } = useAnnotations();
  const { colourOf } = useColours();
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const editing = useOpenCard() !== null;
  const card = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState<CSSProperties>({ visibility: 'hidden' });

  useEffect(() => {
    let pointer: { x: number; y: number } | null = null;
    const over = (e: MouseEvent) => {
      pointer = { x: e.clientX, y: e.clientY };
      const next = hoveredAt(e.target, items);
      setHovered((prev) => (idsOf(prev) === idsOf(next) ? prev : next));
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setHovered(null);
    };
    // The text moved under a still pointer: show what is under it now, where it is now.
    const scrolled = () => setHovered(pointer ? hoveredAt(document.elementFromPoint(pointer.x, pointer.y), items) : null);
    document.addEventListener('mouseover', over);
    document.addEventListener('keydown', key);
    document.addEventListener('scroll', scrolled, true);
    return () => {
      document.removeEventListener('mouseover', over);
      document.removeEventListener('keydown', key);
      document.removeEventListener('scroll', scrolled, true);
    };
  }, [items]);

  useLayoutEffect(() => {
    const el = card.current;
    if (!el || !hovered) return;
    const { rect } = hovered;
    const below = rect.bottom + MARGIN;
    const top = below + el.offsetHeight <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, rect.top - el.offsetHeight - MARGIN);
    const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - el.offsetWidth - MARGIN));
    setStyle({ top, left });
  }, [hovered]);

  // The card being edited says it all; the hover card would only cover it.
  if (!hovered || editing) return null;
  return (
    <div ref={card} role="tooltip" className="floating-card highlight-card" style={style}>
      {hovered.items.map(({ annotation: a }) => {
        const colour = colourOf(a.colour);
        return (
          <div key={a.id} className="highlight-card__item">
            <p className="highlight-card__label">
              <span className={`swatch swatch--${a.colour}`} aria-hidden="true" />
              {colour.label}
            </p>
            {a.note.trim() ? <NoteView note={a.note} /> : <p className="highlight-card__empty">{t('annotations.item.noNote')}</p>}
            {a.tags.length > 0 && (
              <p className="highlight-card__tags">
                {a.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
