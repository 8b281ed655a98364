import { useTranslation } from 'react-i18next';
import type { PanelName, SidePanels } from './useSidePanels';

export const OUTLINE_ELEMENT_ID = 'outline';
export const SIDE_PANEL_ELEMENT_ID = 'side-panel';

const PANELS: readonly PanelName[] = ['outline', 'annotations', 'timeline'];

/** Visible open/close buttons for the outline and the annotations / timeline panel (each says whether it is open). */
export function PanelToggles({ panels }: { panels: SidePanels }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('readerArea.panels')} className="panel-toggles">
      {PANELS.map((name) => (
        <button
          key={name}
          type="button"
          className="panel-toggle"
          data-panel={name}
          aria-expanded={panels.isOpen(name)}
          aria-controls={name === 'outline' ? OUTLINE_ELEMENT_ID : SIDE_PANEL_ELEMENT_ID}
          onClick={() => panels.toggle(name)}
        >
          {t(`readerArea.toggle.${name}`)}
        </button>
      ))}
    </div>
  );
}
