import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentBundle } from '../../shared/ipc/channels/bundle';
import { api, isDesktop } from '../api/client';
import { useBundleActions } from './useBundle';

/** What the file chooser offers: bundles and every format the importer reads (it also checks content). */
const IMPORTABLE_EXTENSIONS = '.presskit,.zip,.html,.htm,.xhtml,.pdf,.docx,.eml,.md,.markdown,.txt,.json';

/** Asks an open OpenMenu to open itself, or its file chooser (Ctrl+O): one event, whoever listens. */
export const OPEN_REQUEST_EVENT = 'presskit:open-request';

/**
 * "Open": a bundle or a release to import (the desktop's dialog, or a file chooser in browser mode), a recent bundle,
 * or the built-in one. The same menu in both hosts; File → Open in the desktop menu does the same.
 */
export function OpenMenu() {
  const { t } = useTranslation();
  const actions = useBundleActions();
  const [open, setOpen] = useState(false);
  const [recent, setRecent] = useState<RecentBundle[] | null>(null);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const chooseFile = () => {
    setOpen(false);
    if (isDesktop) actions.pickAndOpen();
    else fileInput.current?.click();
  };
  const chooseFileRef = useRef(chooseFile);
  useEffect(() => {
    chooseFileRef.current = chooseFile;
  });

  useEffect(() => {
    const onRequest = () => chooseFileRef.current();
    window.addEventListener(OPEN_REQUEST_EVENT, onRequest);
    return () => window.removeEventListener(OPEN_REQUEST_EVENT, onRequest);
  }, []);

  useEffect(() => {
    if (!open) return;
    void api.listRecentBundles().then(({ recent: list }) => setRecent(list));
    panel.current?.querySelector('button')?.focus();
    const onOutside = (e: PointerEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onOutside);
    return () => document.removeEventListener('pointerdown', onOutside);
  }, [open]);

  const pick = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  return (
    <div
      className="open-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {t('open.button')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept={IMPORTABLE_EXTENSIONS}
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) actions.openArchiveFile(file);
        }}
      />
      <div id={panelId} ref={panel} className="open-menu__panel" hidden={!open}>
        <button type="button" onClick={chooseFile}>
          {t('importer.openFile')}
        </button>
        {!isDesktop && <p className="open-menu__hint">{t('importer.browserHint')}</p>}
        <h2 className="open-menu__heading">{t('open.recent')}</h2>
        {recent && recent.length === 0 && <p className="open-menu__hint">{t('open.noRecent')}</p>}
        {recent && recent.length > 0 && (
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" onClick={pick(() => actions.openPath(r.path))}>
                  <span className="open-menu__title">{r.title}</span>
                  <span className="open-menu__path">{r.path}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={pick(actions.openBuiltIn)}>
          {t('open.builtIn')}
        </button>
      </div>
    </div>
  );
}
