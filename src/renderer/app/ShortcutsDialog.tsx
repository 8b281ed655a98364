import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { printable, SHORTCUTS } from './shortcuts';

/** The help panel: every keyboard shortcut, from the same table the handlers use. A modal <dialog>: Esc closes it. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <td>{t('label' in s ? s.label : `shortcuts.${s.id}`)}</td>
              <td>
                {s.keys.map((combo, i) => (
                  <Fragment key={combo}>
                    {i > 0 && ' · '}
                    <kbd>
                      {printable(combo).map((part, j) => (
                        <Fragment key={j}>
                          {j > 0 && '+'}
                          <kbd>{part}</kbd>
                        </Fragment>
                      ))}
                    </kbd>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" autoFocus onClick={() => dialog.current?.close()}>
        {t('common.close')}
      </button>
    </dialog>
  );
}
