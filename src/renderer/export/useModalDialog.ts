import { useCallback, useEffect, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** What Tab can reach inside the dialog; of a radio group, only its checked radio (as the browser does). */
function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
}

/**
 * A native modal <dialog> (the page behind it inert, Escape closes it): opened on mount with focus on
 * its first control, Tab kept inside it, and focus given back to whatever had it before on unmount.
 * Returns the keydown handler for the dialog element.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): (event: KeyboardEvent<HTMLDialogElement>) => void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && !dialog.contains(active) ? active : null;
    if (!dialog.open) dialog.showModal();
    if (!dialog.contains(document.activeElement)) tabStops(dialog)[0]?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [ref]);

  return useCallback(
    (event: KeyboardEvent<HTMLDialogElement>) => {
      const dialog = ref.current;
      if (event.key !== 'Tab' || !dialog) return;
      const stops = tabStops(dialog);
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (!first || !last) return;
      const wrapTo = event.shiftKey ? (document.activeElement === first ? last : null) : document.activeElement === last ? first : null;
      if (wrapTo) {
        event.preventDefault();
        wrapTo.focus();
      }
    },
    [ref],
  );
}
