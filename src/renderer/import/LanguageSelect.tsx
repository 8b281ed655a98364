import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageName } from '../app/language-name';

/** The languages offered first; a document's detected language is always offered too. */
const COMMON = ['en', 'id', 'de', 'es', 'fr', 'nl', 'it', 'pt', 'ms', 'zh', 'ja', 'ko', 'ar', 'ru', 'tr', 'pl', 'sv', 'vi', 'th'];

export function LanguageSelect({ value, onChange }: { value: string; onChange(tag: string): void }) {
  const { t } = useTranslation();
  const name = useLanguageName();
  const id = useId();
  const tags = COMMON.includes(value) ? COMMON : [value, ...COMMON];
  return (
    <div className="field">
      <label htmlFor={id}>{t('importer.document.language')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {tags.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {name(tag)} ({tag})
          </option>
        ))}
      </select>
    </div>
  );
}
