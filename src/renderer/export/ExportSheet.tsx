import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../api/client';
import '../styles/export.css';
import { remember, rememberedChoices, toRequest, type ExportChoices } from './export-choices';
import { ExportOptionsFields } from './ExportOptionsFields';
import { ExportStatus } from './ExportStatus';
import { useExportRun } from './useExportRun';
import { useModalDialog } from './useModalDialog';

/**
 * The Export PDF sheet: options (sections, highlights and notes appendix, reader comments, paper),
 * then the desktop's save dialog or, in browser mode, a download. The choices last for the session.
 */
export function ExportSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const onKeyDown = useModalDialog(dialog);
  const [choices, setChoices] = useState(() => rememberedChoices(navigator.language));
  const { run, start, reveal } = useExportRun();
  const request = toRequest(choices);
  const nothingChosen = request.sections.length === 0;
  const working = run.phase === 'working';

  const change = (next: ExportChoices) => {
    setChoices(next);
    remember(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!working && !nothingChosen) void start(request);
  };

  return (
    <dialog ref={dialog} className="export-sheet" aria-modal="true" aria-labelledby="export-title" onClose={onClose} onKeyDown={onKeyDown}>
      <form onSubmit={submit} aria-busy={working}>
        <h2 id="export-title">{t('export.title')}</h2>
        <ExportOptionsFields choices={choices} onChange={change} />
        {nothingChosen && (
          <p id="export-nothing" className="export-sheet__hint">
            {t('export.noSection')}
          </p>
        )}
        <ExportStatus run={run} onReveal={() => void reveal()} />
        <div className="export-sheet__actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('common.close')}
          </button>
          <button
            type="submit"
            className="primary"
            aria-disabled={working || nothingChosen}
            aria-describedby={nothingChosen ? 'export-nothing' : undefined}
          >
            {t(isDesktop ? 'export.save' : 'export.download')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
