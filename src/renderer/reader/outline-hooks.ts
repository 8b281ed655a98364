import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from './reader-context';
import { jumpTo, outlineItems, useReadingPosition, type OutlineItem } from './reading-position';

/** The outline of what the reader shows now (after the language filter). */
export function useOutlineItems(): OutlineItem[] {
  const { t } = useTranslation();
  const { bundle, visibleDocuments } = useReader();
  const hasGallery = bundle.manifest.assets.length > 0;
  return useMemo(() => outlineItems(visibleDocuments, hasGallery ? t('gallery.title') : null), [visibleDocuments, hasGallery, t]);
}

/** Next / previous outline entry from where the reader is (Alt+↓ / Alt+↑). */
export function useOutlineSteps(): { next(): void; previous(): void } {
  const items = useOutlineItems();
  const { targetId } = useReadingPosition();
  return useMemo(() => {
    const at = items.findIndex((i) => i.targetId === targetId);
    const go = (delta: number) => {
      const item = items[Math.max(0, Math.min(items.length - 1, at + delta))];
      if (item) jumpTo(item);
    };
    return { next: () => go(1), previous: () => go(-1) };
  }, [items, targetId]);
}
