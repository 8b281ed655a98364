import { useTranslation } from 'react-i18next';
import { useLanguageName } from '../app/language-name';

/** "EN" / "ID" as printed, with the language's name for screen readers (in the interface language). */
export function LanguageBadge({ language }: { language: string }) {
  const { t, i18n } = useTranslation();
  const name = useLanguageName()(language);
  return (
    <span className="badge" lang={i18n.language}>
      <span aria-hidden="true">{language.toUpperCase()}</span>
      <span className="visually-hidden">{t('reader.languageBadge', { language: name })}</span>
    </span>
  );
}
