import { useCallback, useState, useSyncExternalStore } from 'react';
import { usePreferences } from './preferences-context';

export type PanelTab = 'annotations' | 'timeline';
export type PanelName = 'outline' | PanelTab;

/*
 * Window widths (in rem, so browser zoom and the text size of the interface count) at which a side
 * column may sit beside the text and still leave it a readable measure (~38rem, about 60 characters
 * of the reading font): the outline is 14rem wide, the annotations/timeline panel 22rem.
 */
const PANEL_DOCKS = '(min-width: 60rem)';
const OUTLINE_DOCKS_ALONE = '(min-width: 52rem)';
const BOTH_DOCK = '(min-width: 74rem)';

function useMedia(query: string): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

export interface SidePanels {
  /** Shown beside the text (a grid column). */
  outlineDocked: boolean;
  panelDocked: boolean;
  /** Shown over the text, because the window is too narrow to give it a column (not remembered). */
  overlay: 'outline' | 'panel' | null;
  /** The tab the annotations/timeline panel shows when it is open. */
  tab: PanelTab;
  isOpen(name: PanelName): boolean;
  toggle(name: PanelName): void;
  showTab(tab: PanelTab): void;
  closeOverlay(): void;
}

/**
 * Which side columns are open, docked or floating. Where the window is wide enough the choice is the
 * saved preference (remembered across runs); where it is not, the columns close themselves and a
 * toggle opens them as an overlay over the text for this visit only.
 */
export function useSidePanels(): SidePanels {
  const { preferences, update } = usePreferences();
  const panelFits = useMedia(PANEL_DOCKS);
  const outlineFitsAlone = useMedia(OUTLINE_DOCKS_ALONE);
  const bothFit = useMedia(BOTH_DOCK);
  // The tab shown last, for reopening a closed panel (toggle and showTab keep it up to date).
  const [lastTab, setLastTab] = useState<PanelTab>('annotations');
  const [overlay, setOverlay] = useState<'outline' | 'panel' | null>(null);

  const savedTab = preferences.sidePanel;
  const tab: PanelTab = savedTab === 'none' ? lastTab : savedTab;

  const panelDocked = savedTab !== 'none' && panelFits;
  const outlineFits = panelDocked ? bothFit : outlineFitsAlone;
  const outlineDocked = preferences.outlineOpen && outlineFits;
  // A column that now has room is docked: its overlay is no longer needed.
  const shownOverlay = overlay === 'outline' && outlineFits ? null : overlay === 'panel' && panelFits ? null : overlay;

  const isOpen = (name: PanelName): boolean => {
    if (name === 'outline') return outlineDocked || shownOverlay === 'outline';
    return (panelDocked || shownOverlay === 'panel') && tab === name;
  };

  const toggle = (name: PanelName): void => {
    const open = isOpen(name);
    if (name === 'outline') {
      if (outlineFits) update({ outlineOpen: !open });
      else setOverlay(open ? null : 'outline');
      return;
    }
    setLastTab(name);
    if (panelFits) update({ sidePanel: open ? 'none' : name });
    else {
      // The tab is remembered; whether the panel is open is not, in a narrow window.
      if (!open && savedTab !== 'none') update({ sidePanel: name });
      setOverlay(open ? null : 'panel');
    }
  };

  const showTab = (next: PanelTab): void => {
    setLastTab(next);
    if (savedTab !== 'none') update({ sidePanel: next });
  };

  return {
    outlineDocked,
    panelDocked,
    overlay: shownOverlay,
    tab,
    isOpen,
    toggle,
    showTab,
    closeOverlay: () => setOverlay(null),
  };
}
