import { useCallback, useEffect, useState } from 'react';
import type { ImportDraft } from '../../shared/model/import-draft';
import { api, hostEvents } from '../api/client';

export interface ImportDraftState {
  /** The import shown in the structure editor, or null (the reader is shown). */
  draft: ImportDraft | null;
  show(draft: ImportDraft): void;
  /** Leaves the editor; the host forgets the import unless it was saved. */
  close(options: { discard: boolean }): void;
}

/**
 * The import the window is correcting. A draft arrives from an open in the page (returned by openFile)
 * or from the host itself (menu, command line: announced by `importReady`, or waiting at start-up).
 */
export function useImportDraft(): ImportDraftState {
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  useEffect(() => {
    const take = () =>
      void api.takePendingImport().then(
        (pending) => pending && setDraft(pending),
        () => undefined,
      );
    take();
    return hostEvents.on('importReady', take);
  }, []);
  const show = useCallback((next: ImportDraft) => {
    setDraft((previous) => {
      // A new import replaces one still open: the host may free the old one's images.
      if (previous && previous.sessionId !== next.sessionId)
        void api.discardImport({ sessionId: previous.sessionId }).catch(() => undefined);
      return next;
    });
  }, []);
  const close = useCallback(({ discard }: { discard: boolean }) => {
    setDraft((previous) => {
      if (previous && discard) void api.discardImport({ sessionId: previous.sessionId }).catch(() => undefined);
      return null;
    });
  }, []);
  return { draft, show, close };
}
