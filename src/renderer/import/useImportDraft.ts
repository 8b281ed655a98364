import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportDraft } from '../../shared/model/import-draft';
import { api, hostEvents } from '../api/client';

export interface ImportDraftState {
  /** The import shown in the structure editor, or null (the reader is shown). */
  draft: ImportDraft | null;
  show(draft: ImportDraft): void;
  /** Leaves the editor; with `discard` the host forgets the import (a saved one is already forgotten). */
  close(options: { discard: boolean }): void;
}

/**
 * The import the window is correcting. A draft arrives from an open in the page (returned by openFile)
 * or from the host itself (menu, command line: announced by `importReady`, or waiting at start-up).
 */
export function useImportDraft(): ImportDraftState {
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  // The draft shown, for the callbacks: telling the host to forget one is a side effect, kept out of state updates.
  const current = useRef<ImportDraft | null>(null);
  const replace = useCallback((next: ImportDraft | null, discardPrevious: boolean) => {
    const previous = current.current;
    if (previous && discardPrevious && previous.sessionId !== next?.sessionId)
      void api.discardImport({ sessionId: previous.sessionId }).catch(() => undefined);
    current.current = next;
    setDraft(next);
  }, []);

  useEffect(() => {
    const take = () =>
      void api.takePendingImport().then(
        (pending) => pending && replace(pending, true),
        () => undefined,
      );
    take();
    const offReady = hostEvents.on('importReady', take);
    // The host opened a bundle (desktop menu, Open Recent, or this import saved): it replaces the import.
    const offChanged = hostEvents.on('bundleChanged', () => replace(null, true));
    return () => {
      offReady();
      offChanged();
    };
  }, [replace]);

  const show = useCallback((next: ImportDraft) => replace(next, true), [replace]);
  const close = useCallback(({ discard }: { discard: boolean }) => replace(null, discard), [replace]);
  return { draft, show, close };
}
