import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from './reader-context';
import { useReadingPosition } from './reading-position';

/** The window is named after the document in view and the kit: "About Xiaomi Corporation — Xiaomi and Leica…". */
export function useWindowTitle(): void {
  const { t } = useTranslation();
  const { bundle } = useReader();
  const { documentId } = useReadingPosition();
  useEffect(() => {
    const kit = bundle.manifest.title;
    const doc = bundle.documents.find((d) => d.id === documentId);
    const inView = documentId === '' ? t('gallery.title') : doc && (doc.title === kit ? t(`reader.kind.${doc.kind}`) : doc.title);
    document.title = inView ? `${inView} — ${kit}` : kit;
  }, [bundle, documentId, t]);
}
