import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../shared/errors';
import type { LoadedBundle } from '../../shared/model/document';
import { DocumentView } from '../reader/DocumentView';
import { useBundle } from './useBundle';

export function App() {
  const { t } = useTranslation();
  const { state, openBuiltIn } = useBundle();

  useEffect(() => {
    document.title = state.status === 'ready' ? `${state.bundle.manifest.title} — ${t('app.title')}` : t('app.title');
  }, [state, t]);

  if (state.status === 'loading') return <p className="status" role="status">{t('app.loading')}</p>;
  if (state.status === 'error')
    return (
      <main className="error-view" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{state.error.message}</p>
        {state.error.problems.length > 0 && (
          <>
            <h2>{t('error.problems')}</h2>
            <ul className="problems">
              {state.error.problems.map((p) => (
                <li key={formatProblem(p)}>
                  <code>{formatProblem(p)}</code>
                </li>
              ))}
            </ul>
          </>
        )}
        <button type="button" onClick={openBuiltIn}>
          {t('error.retryBuiltIn')}
        </button>
      </main>
    );
  return <BundleView bundle={state.bundle} />;
}

function BundleView({ bundle }: { bundle: LoadedBundle }) {
  const { t } = useTranslation();
  const { manifest } = bundle;
  return (
    <div className="layout">
      <header className="kit-header">
        <h1 className="kit-header__title">{manifest.title}</h1>
        {manifest.subtitle && <p className="kit-header__subtitle">{manifest.subtitle}</p>}
        {manifest.embargo && <p className="embargo">{t('reader.embargo', { date: manifest.embargo })}</p>}
      </header>
      <nav className="outline" aria-label={t('reader.documents')}>
        <ol>
          {bundle.documents.map((d) => (
            <li key={d.id}>
              <a href={`#doc-${d.id}`}>
                {d.title} <span className="badge">{d.language.toUpperCase()}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <main className="reader">
        {bundle.documents.map((doc) => (
          <DocumentView key={doc.id} doc={doc} manifest={manifest} decorations={[]} />
        ))}
      </main>
    </div>
  );
}
