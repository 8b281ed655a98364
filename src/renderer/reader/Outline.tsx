import { useTranslation } from 'react-i18next';
import { useReader } from './reader-context';

/** The bundle's documents, in order, with their language. */
export function Outline() {
  const { t } = useTranslation();
  const { visibleDocuments } = useReader();
  return (
    <nav className="outline" aria-label={t('reader.documents')}>
      <ol>
        {visibleDocuments.map((d) => (
          <li key={d.id}>
            <a href={`#doc-${d.id}`}>
              {d.title} <span className="badge">{d.language.toUpperCase()}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
