import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelName } from './useSidePanels';

interface Props {
  /** Over the text (a narrow window) rather than in its own column. */
  overlay: boolean;
  /** The toolbar button that opened it: focus goes back there when it closes. */
  toggle: PanelName;
  onClose(): void;
  children: ReactNode;
}

const toggleButton = (name: PanelName) => document.querySelector<HTMLElement>(`.panel-toggle[data-panel="${name}"]`);

/**
 * A side column as it is shown: in its grid column as is, or, in a narrow window, floating over the
 * text with a close button; focus moves into it when it opens, Esc closes it and focus goes back.
 */
export function SidePanelFrame({ overlay, toggle, onClose, children }: Props) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!overlay) return;
    frame.current?.querySelector<HTMLElement>('a[href], button:not(.panel-overlay__close), input, select, textarea')?.focus();
  }, [overlay]);
  if (!overlay) return <>{children}</>;

  const close = () => {
    onClose();
    toggleButton(toggle)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };
  return (
    <div ref={frame} className={`panel-overlay panel-overlay--${toggle === 'outline' ? 'start' : 'end'}`} onKeyDown={onKeyDown}>
      <button type="button" className="panel-overlay__close" onClick={close}>
        {t('readerArea.closePanel')}
      </button>
      {children}
    </div>
  );
}
