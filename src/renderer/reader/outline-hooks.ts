import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from './reader-context';
import { READER_ELEMENT_ID } from './ReaderView';
import {
  CONTACTS_ELEMENT_ID,
  GALLERY_ELEMENT_ID,
  jumpTo,
  outlineItems,
  positionIn,
  type ExtraSection,
  type OutlineItem,
} from './reading-position';

/** The outline of what the reader shows now (after the language filter). */
export function useOutlineItems(): OutlineItem[] {
  const { t } = useTranslation();
  const { bundle, visibleDocuments } = useReader();
  const hasContacts = bundle.manifest.contacts.length > 0;
  const hasGallery = bundle.manifest.assets.length > 0;
  return useMemo(() => {
    const extras: ExtraSection[] = [];
    if (hasContacts) extras.push({ id: CONTACTS_ELEMENT_ID, label: t('contacts.title') });
    if (hasGallery) extras.push({ id: GALLERY_ELEMENT_ID, label: t('gallery.title') });
    return outlineItems(visibleDocuments, extras);
  }, [visibleDocuments, hasContacts, hasGallery, t]);
}

/** Is the element's top inside the reading column's visible part? */
function topInView(id: string, column: Element): boolean {
  const top = document.getElementById(id)?.getBoundingClientRect().top;
  const box = column.getBoundingClientRect();
  return top !== undefined && top >= box.top - 1 && top < box.bottom;
}

/**
 * Next / previous outline entry from where the reader is (Alt+↓ / Alt+↑), read from the page at the
 * moment of the key press, so quick repeated presses walk on. An entry near the end of the column
 * may never reach the reading line: the last entry jumped to counts while its heading is in view.
 */
export function useOutlineSteps(): { next(): void; previous(): void } {
  const items = useOutlineItems();
  const lastJump = useRef<string | null>(null);
  return useMemo(() => {
    const go = (delta: number) => {
      const column = document.getElementById(READER_ELEMENT_ID);
      if (!column) return;
      const live = items.findIndex((i) => i.targetId === positionIn(column).targetId);
      const jumped = lastJump.current && topInView(lastJump.current, column) ? items.findIndex((i) => i.targetId === lastJump.current) : -1;
      const at = delta > 0 ? Math.max(live, jumped) : jumped >= 0 ? jumped : live;
      const item = items[Math.max(0, Math.min(items.length - 1, at + delta))];
      if (!item) return;
      lastJump.current = item.targetId;
      jumpTo(item);
    };
    return { next: () => go(1), previous: () => go(-1) };
  }, [items]);
}
