import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../shared/errors';
import { AppShell } from './AppShell';
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
  return <AppShell bundle={state.bundle} />;
}
