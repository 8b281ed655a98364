import { useCallback, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedBundle } from '../../shared/model/document';
import { AnnotationsLayer } from '../annotations/AnnotationsLayer';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { ExportSheet } from '../export/ExportSheet';
import { FindBar } from '../reader/find/FindBar';
import { useFindBarState } from '../reader/find/find-state';
import { Outline } from '../reader/Outline';
import { ReaderProvider } from '../reader/reader-context';
import { READER_ELEMENT_ID, ReaderView } from '../reader/ReaderView';
import { ReadingPositionProvider } from '../reader/reading-position';
import { useOutlineSteps } from '../reader/outline-hooks';
import { useWindowTitle } from '../reader/useWindowTitle';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { OPEN_REQUEST_EVENT } from './OpenMenu';
import { usePreferences } from './preferences-context';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Toolbar } from './Toolbar';
import { useAppCommands, type AppCommand } from './useAppCommands';
import { OUTLINE_ELEMENT_ID, PanelToggles, SIDE_PANEL_ELEMENT_ID } from './PanelToggles';
import { SidePanelFrame } from './SidePanelFrame';
import { useSidePanels } from './useSidePanels';
import { effectiveTheme } from './theme';

/** The window: toolbar, outline, reader, and a side panel (annotations or timeline). */
export function AppShell({ bundle }: { bundle: LoadedBundle }) {
  const { preferences, update } = usePreferences();
  const setContentLanguage = useCallback((contentLanguage: string) => update({ contentLanguage }), [update]);
  // The filter is remembered across bundles; one this bundle has no document in would hide it all.
  const saved = preferences.contentLanguage;
  const contentLanguage = saved === 'all' || bundle.documents.some((d) => d.language === saved) ? saved : 'all';
  return (
    <ReaderProvider bundle={bundle} contentLanguage={contentLanguage} onContentLanguageChange={setContentLanguage}>
      <ReadingPositionProvider>
        <Layout />
      </ReadingPositionProvider>
    </ReaderProvider>
  );
}

function skipToContent(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById(READER_ELEMENT_ID)?.focus();
}

function Layout() {
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
  const [exportOpen, setExportOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const find = useFindBarState();
  const steps = useOutlineSteps();
  useWindowTitle();
  useAppCommands((command: AppCommand) => {
    if (command === 'find') find.openFind();
    else if (command === 'help') setHelpOpen(true);
    else if (command === 'exportPdf') setExportOpen(true);
    else if (command === 'nextSection') steps.next();
    else if (command === 'previousSection') steps.previous();
    else if (command === 'open') window.dispatchEvent(new Event(OPEN_REQUEST_EVENT));
    else if (command === 'toggleTheme') update({ theme: effectiveTheme(preferences.theme) === 'dark' ? 'light' : 'dark' });
  });

  const panels = useSidePanels();
  const layoutClass = ['layout', panels.outlineDocked && 'layout--outline', panels.panelDocked && 'layout--panel']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <a className="skip-link" href={`#${READER_ELEMENT_ID}`} onClick={skipToContent}>
        {t('reader.skipToContent')}
      </a>
      <div className={layoutClass}>
        <Toolbar
          panelToggles={<PanelToggles panels={panels} />}
          onExport={() => setExportOpen(true)}
          onFind={find.openFind}
          onHelp={() => setHelpOpen(true)}
        />
        {(panels.outlineDocked || panels.overlay === 'outline') && (
          <SidePanelFrame overlay={panels.overlay === 'outline'} onClose={panels.closeOverlay} toggle="outline">
            <Outline id={OUTLINE_ELEMENT_ID} onJump={panels.closeOverlay} />
          </SidePanelFrame>
        )}
        <ReaderView
          findBar={find.open && <FindBar initialQuery={find.lastQuery} focusRequest={find.focusRequest} onClose={find.closeFind} />}
        />
        {(panels.panelDocked || panels.overlay === 'panel') && (
          <SidePanelFrame overlay={panels.overlay === 'panel'} onClose={panels.closeOverlay} toggle={panels.tab}>
            <aside className="side-panel" id={SIDE_PANEL_ELEMENT_ID} aria-label={t(`panels.${panels.tab}`)}>
              <div role="tablist" className="side-panel__tabs">
                {(['annotations', 'timeline'] as const).map((name) => (
                  <button key={name} type="button" role="tab" aria-selected={panels.tab === name} onClick={() => panels.showTab(name)}>
                    {t(`panels.${name}`)}
                  </button>
                ))}
              </div>
              <div role="tabpanel" className="side-panel__body">
                {panels.tab === 'annotations' ? <AnnotationsPanel /> : <TimelinePanel />}
              </div>
            </aside>
          </SidePanelFrame>
        )}
      </div>
      {exportOpen && <ExportSheet onClose={() => setExportOpen(false)} />}
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      <AnnotationsLayer />
    </>
  );
}
