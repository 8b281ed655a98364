import { useTranslation } from 'react-i18next';
import { useLanguageName } from '../app/language-name';
import { useReader } from './reader-context';

/**
 * Says plainly what the language filter hides: the filter shows the documents written in one
 * language, it does not translate (the built-in Indonesian article comments on the English release).
 */
export function LanguageFilterNotice() {
  const { t } = useTranslation();
  const { bundle, visibleDocuments, contentLanguage, setContentLanguage } = useReader();
  const languageName = useLanguageName();
  const hidden = bundle.documents.length - visibleDocuments.length;
  if (contentLanguage === 'all') return null;
  const language = languageName(contentLanguage);
  return (
    <div className="filter-notice" role="status">
      <p>{visibleDocuments.length === 0 ? t('filter.none', { language }) : t('filter.only', { language, count: hidden })}</p>
      <button type="button" onClick={() => setContentLanguage('all')}>
        {t('filter.showAll')}
      </button>
    </div>
  );
}
