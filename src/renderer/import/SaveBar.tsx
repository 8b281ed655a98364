import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PresskitError, formatProblem } from '../../shared/errors';
import type { ImportTargetKind } from '../../shared/ipc/channels/import';
import type { LoadedBundle } from '../../shared/model/document';
import type { ImportDraft } from '../../shared/model/import-draft';
import { api, isDesktop } from '../api/client';

/**
 * Save as a .presskit file or a bundle folder, then the bundle opens like any other. The desktop asks
 * where; a browser page cannot, so browser mode saves into the app's data folder (`imports/`).
 */
export function SaveBar({ draft, onSaved, onDiscard }: { draft: ImportDraft; onSaved(bundle: LoadedBundle): void; onDiscard(): void }) {
  const { t } = useTranslation();
  const name = useId();
  const [kind, setKind] = useState<ImportTargetKind>('archive');
  const [status, setStatus] = useState<{ busy: boolean; error: PresskitError | null }>({ busy: false, error: null });
  const save = async () => {
    setStatus({ busy: true, error: null });
    try {
      const path = isDesktop ? await api.pickImportSavePath({ kind, suggestedName: draft.title }) : undefined;
      if (path === null) return setStatus({ busy: false, error: null });
      onSaved(await api.saveImport({ draft, target: path ? { kind, path } : { kind } }));
    } catch (err) {
      setStatus({ busy: false, error: err instanceof PresskitError ? err : new PresskitError('INTERNAL', String(err)) });
    }
  };
  return (
    <div className="save-bar">
      <fieldset className="save-bar__kind">
        <legend>{t('importer.save.as')}</legend>
        {(['archive', 'folder'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name={name} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`importer.save.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="save-bar__actions">
        <button type="button" className="primary" disabled={status.busy} onClick={() => void save()}>
          {status.busy ? t('importer.save.saving') : t('importer.save.save')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('importer.save.discard')}
        </button>
      </div>
      {!isDesktop && <p className="save-bar__hint">{t('importer.save.browserHint')}</p>}
      {status.error && (
        <div role="alert" className="save-bar__error">
          <p>{status.error.message}</p>
          {status.error.problems.length > 0 && (
            <ul>
              {status.error.problems.map((p) => (
                <li key={formatProblem(p)}>{formatProblem(p)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
