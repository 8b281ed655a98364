import { useTranslation } from 'react-i18next';
import type { ExportRun } from './useExportRun';

/** "812 kB", "1.4 MB", in the interface language; never broken across lines. */
function formatSize(bytes: number, language: string): string {
  const mega = bytes >= 1_000_000;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  })
    .format(mega ? bytes / 1_000_000 : Math.max(1, bytes / 1000))
    .replace(/\s/g, '\u00a0');
}

/** "“ℵ” U+2135, “😀” U+1F600": each character as itself and by its code point (a blank glyph or an invisible one still has a name). */
export function nameCharacters(characters: readonly string[]): string {
  return characters
    .map((c) => `“${c}” ${[...c].map((cp) => `U+${cp.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}`)
    .join(', ');
}

/** Progress, outcome or the service's error, under the options. */
export function ExportStatus({ run, onReveal }: { run: ExportRun; onReveal(): void }) {
  const { t, i18n } = useTranslation();
  const done = run.phase === 'done' ? run : null;
  return (
    <>
      <div className={`export-sheet__result${run.phase === 'idle' || run.phase === 'failed' ? ' export-sheet__result--empty' : ''}`}>
        <div role="status">
          {run.phase === 'working' && (
            <>
              <progress className="export-sheet__progress" aria-label={t('export.working')} />
              <p>{t('export.working')}</p>
            </>
          )}
          {run.phase === 'cancelled' && <p>{t('export.cancelled')}</p>}
          {done && (
            <p className="export-sheet__done">
              {t(done.result.savedPath ? 'export.saved' : 'export.downloaded', {
                fileName: done.result.fileName,
                count: done.result.pages,
                size: formatSize(done.result.bytes, i18n.language),
              })}
            </p>
          )}
          {done?.result.missingCharacters && done.result.missingCharacters.length > 0 && (
            <p className="export-sheet__warning">
              {t('readerArea.missingGlyphs', { characters: nameCharacters(done.result.missingCharacters) })}
            </p>
          )}
          {done && (done.result.notEmbedded?.length ?? 0) > 0 && (
            <p className="export-sheet__warning">{t('kit.sheet.notEmbedded', { files: done.result.notEmbedded!.join(', ') })}</p>
          )}
          {done?.revealFailed && <p>{t('export.notShown', { path: done.result.savedPath })}</p>}
        </div>
        {done?.result.savedPath && (
          <button type="button" autoFocus onClick={onReveal}>
            {t('export.showInFolder')}
          </button>
        )}
        {done?.downloadUrl && (
          <a href={done.downloadUrl} download={done.result.fileName}>
            {t('export.downloadAgain')}
          </a>
        )}
      </div>
      {run.phase === 'failed' && (
        <div className="export-sheet__error" role="alert">
          <p>
            <strong>{t('export.failed')}</strong> {run.message}
          </p>
          {run.problems.length > 0 && (
            <ul>
              {run.problems.map((p, i) => (
                <li key={i}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
