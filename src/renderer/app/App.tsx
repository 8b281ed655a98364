import { useCallback, useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem, type PresskitError } from '../../shared/errors';
import { ImportEditor } from '../import/ImportEditor';
import { useImportDraft } from '../import/useImportDraft';
import { AppShell } from './AppShell';
import { NoticeList, NoticesProvider, useNotify } from './notices';
import { OpenMenu } from './OpenMenu';
import { BundleActionsContext, useBundle, useBundleActions, type BundleState } from './useBundle';
import { useDropToOpen } from './useDropToOpen';
import { usePrunedRecentsNotice } from './usePrunedRecentsNotice';

function ErrorView({ state }: { state: Extract<BundleState, { status: 'error' }> }) {
  const { t } = useTranslation();
  return (
    <main className="error-view">
      <div role="alert">
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
      </div>
      <ErrorActions hadBundle={state.hadBundle} />
    </main>
  );
}

function ErrorActions({ hadBundle }: { hadBundle: boolean }) {
  const { t } = useTranslation();
  const actions = useBundleActions();
  return (
    <div className="error-view__actions">
      {hadBundle && (
        <button type="button" onClick={actions.reloadCurrent}>
          {t('error.back')}
        </button>
      )}
      <button type="button" onClick={actions.openBuiltIn}>
        {t('error.retryBuiltIn')}
      </button>
      <OpenMenu />
    </div>
  );
}

function Window() {
  const { t } = useTranslation();
  const importer = useImportDraft();
  const notify = useNotify();
  const onImportFailed = useCallback(
    (error: PresskitError) => notify({ id: 'import', tone: 'error', message: 'importer.failed', values: { message: error.message } }),
    [notify],
  );
  const { close: closeImport } = importer;
  const onBundleOpened = useCallback(() => closeImport({ discard: true }), [closeImport]);
  const { state, actions } = useBundle({ onImport: importer.show, onImportFailed, onBundleOpened });
  const dragging = useDropToOpen(actions);
  usePrunedRecentsNotice();

  // The host's pre-rendered first document (both hosts send it) stands in until the app shows the bundle or
  // why it cannot; it goes in the same frame the app's own view is painted.
  useLayoutEffect(() => {
    if (state.status !== 'loading') document.getElementById('prerender')?.remove();
  }, [state.status]);

  // While a bundle is shown, the reader names the window after the document in view.
  useEffect(() => {
    if (state.status !== 'ready' && !importer.draft) document.title = t('app.title');
  }, [state.status, importer.draft, t]);

  return (
    <BundleActionsContext.Provider value={actions}>
      {/* An import being corrected takes the window; the bundle underneath comes back when it is saved or discarded. */}
      {importer.draft && (
        <ImportEditor
          key={importer.draft.sessionId}
          initial={importer.draft}
          onSaved={(bundle) => {
            importer.close({ discard: false });
            actions.showBundle(bundle);
          }}
          onDiscard={() => importer.close({ discard: true })}
        />
      )}
      {!importer.draft && state.status === 'loading' && (
        <p className="status" role="status">
          {t('app.loading')}
        </p>
      )}
      {!importer.draft && state.status === 'error' && <ErrorView state={state} />}
      {!importer.draft && state.status === 'ready' && (
        <AppShell key={`${state.bundle.origin.path}#${state.bundle.contentHash}`} bundle={state.bundle} />
      )}
      <NoticeList />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('importer.dropHere')}</p>
        </div>
      )}
    </BundleActionsContext.Provider>
  );
}

export function App() {
  return (
    <NoticesProvider>
      <Window />
    </NoticesProvider>
  );
}
