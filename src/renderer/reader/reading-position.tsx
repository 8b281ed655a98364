import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { LoadedDocument } from '../../shared/model/document';
import { documentElementId, documentStructure, sectionElementId } from './document-structure';
import { whenDrawn } from './when-drawn';

/** One entry of the outline: a document, a section heading inside one, or the image gallery. */
export interface OutlineItem {
  /** The element it jumps to. */
  targetId: string;
  /** The element that takes focus after the jump (a heading). */
  focusId: string;
  /** The document it belongs to ("" for the gallery). */
  documentId: string;
  label: string;
  /** 0 for a document, the contacts or the gallery, 1 and deeper for its sections. */
  depth: number;
  language?: string;
}

export const GALLERY_ELEMENT_ID = 'gallery';

export const CONTACTS_ELEMENT_ID = 'contacts';

/** A part of the reader after the documents (media contacts, images): its element id and outline label. */
export interface ExtraSection {
  id: string;
  label: string;
}

/** The outline of what is shown: documents in bundle order with their sections, then the extra sections (contacts, images). */
export function outlineItems(documents: readonly LoadedDocument[], extras: readonly ExtraSection[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const doc of documents) {
    items.push({
      targetId: documentElementId(doc.id),
      focusId: `doc-${doc.id}-title`,
      documentId: doc.id,
      label: doc.title,
      depth: 0,
      language: doc.language,
    });
    const { sections, rank } = documentStructure(doc);
    for (const block of sections) {
      const id = sectionElementId(doc.id, block);
      items.push({ targetId: id, focusId: id, documentId: doc.id, label: block.text, depth: rank(block) - 2, language: doc.language });
    }
  }
  for (const extra of extras)
    items.push({ targetId: extra.id, focusId: `${extra.id}-title`, documentId: '', label: extra.label, depth: 0 });
  return items;
}

/** Scrolls to an outline entry and moves keyboard focus to its heading, so reading continues from there. */
export function jumpTo(item: OutlineItem): void {
  const go = (target: Element) => {
    target.scrollIntoView({ block: 'start' });
    document.getElementById(item.focusId)?.focus({ preventScroll: true });
  };
  // At once when it is drawn (so the next Alt+↓ starts from here); a large bundle may still be drawing it.
  const target = document.getElementById(item.targetId);
  if (target) go(target);
  else whenDrawn(() => document.getElementById(item.targetId), go);
}

/** Where the reader is: the document and the outline entry at the top of the reading column. */
export interface ReadingPosition {
  documentId: string | null;
  targetId: string | null;
}

const NOWHERE: ReadingPosition = { documentId: null, targetId: null };
const PositionContext = createContext<{ position: ReadingPosition; setPosition(p: ReadingPosition): void } | null>(null);

export function ReadingPositionProvider({ children }: { children: ReactNode }) {
  const [position, setState] = useState<ReadingPosition>(NOWHERE);
  const setPosition = useCallback(
    (next: ReadingPosition) => setState((prev) => (prev.documentId === next.documentId && prev.targetId === next.targetId ? prev : next)),
    [],
  );
  const value = useMemo(() => ({ position, setPosition }), [position, setPosition]);
  return <PositionContext.Provider value={value}>{children}</PositionContext.Provider>;
}

export function useReadingPosition(): ReadingPosition {
  return useContext(PositionContext)?.position ?? NOWHERE;
}

/** Which outline entry is at the reading line (a little below the top of the column). */
export function positionIn(container: HTMLElement): ReadingPosition {
  const box = container.getBoundingClientRect();
  const line = box.top + Math.min(96, container.clientHeight * 0.2);
  const roots = [...container.querySelectorAll<HTMLElement>('[data-outline-root]')];
  if (roots.length === 0) return NOWHERE;
  const atBottom = container.scrollTop + container.clientHeight >= container.scrollHeight - 4;
  let current = roots[0]!;
  for (const root of roots) {
    const top = root.getBoundingClientRect().top;
    // At the very bottom a short last document can never reach the line: count it once it is on screen.
    if (top <= line || (atBottom && top < box.bottom)) current = root;
    else break;
  }
  let targetId = current.id;
  for (const heading of current.querySelectorAll<HTMLElement>('[data-outline-target]')) {
    if (heading.getBoundingClientRect().top <= line) targetId = heading.id;
    else break;
  }
  return { documentId: current.dataset.documentId ?? '', targetId };
}

/** Follows the scroll position of the reading column (once per frame at most). */
export function useTrackReadingPosition(container: RefObject<HTMLElement | null>, layoutKey: unknown): void {
  const setPosition = useContext(PositionContext)?.setPosition;
  useEffect(() => {
    const root = container.current;
    if (!root || !setPosition) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setPosition(positionIn(root));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    root.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [container, setPosition, layoutKey]);
}
