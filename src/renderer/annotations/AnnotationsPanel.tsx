import { useTranslation } from 'react-i18next';

/** Side panel listing the bundle's annotations (built on src/core/annotations through the API). */
export function AnnotationsPanel() {
  const { t } = useTranslation();
  return <p className="panel-empty">{t('panels.annotationsEmpty')}</p>;
}
