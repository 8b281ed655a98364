import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedBundle } from '../../shared/model/document';
import { hostEvents } from '../api/client';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { ExportSheet } from '../export/ExportSheet';
import { Outline } from '../reader/Outline';
import { ReaderProvider } from '../reader/reader-context';
import { ReaderView } from '../reader/ReaderView';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { usePreferences } from './preferences-context';
import { Toolbar } from './Toolbar';

/** The window: toolbar, outline, reader, and a side panel (annotations or timeline). */
export function AppShell({ bundle }: { bundle: LoadedBundle }) {
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
  const [exportOpen, setExportOpen] = useState(false);
  const setContentLanguage = useCallback((contentLanguage: string) => update({ contentLanguage }), [update]);

  useEffect(
    () =>
      hostEvents.on('menuCommand', ({ command }) => {
        if (command === 'export-pdf') setExportOpen(true);
      }),
    [],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        setExportOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const panel = preferences.sidePanel;
  return (
    <ReaderProvider bundle={bundle} contentLanguage={preferences.contentLanguage} onContentLanguageChange={setContentLanguage}>
      <div className={`layout ${panel === 'none' ? 'layout--no-panel' : ''}`}>
        <Toolbar onExport={() => setExportOpen(true)} />
        <Outline />
        <ReaderView />
        {panel !== 'none' && (
          <aside className="side-panel" aria-label={t(`panels.${panel}`)}>
            <div role="tablist" className="side-panel__tabs">
              {(['annotations', 'timeline'] as const).map((name) => (
                <button key={name} type="button" role="tab" aria-selected={panel === name} onClick={() => update({ sidePanel: name })}>
                  {t(`panels.${name}`)}
                </button>
              ))}
            </div>
            <div role="tabpanel" className="side-panel__body">
              {panel === 'annotations' ? <AnnotationsPanel /> : <TimelinePanel />}
            </div>
          </aside>
        )}
      </div>
      {exportOpen && <ExportSheet onClose={() => setExportOpen(false)} />}
    </ReaderProvider>
  );
}
