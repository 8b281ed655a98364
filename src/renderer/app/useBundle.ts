import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { PresskitError } from '../../shared/errors';
import type { OpenOutcome } from '../../shared/ipc/channels/import';
import type { LoadedBundle } from '../../shared/model/document';
import type { ImportDraft } from '../../shared/model/import-draft';
import { api, hostEvents } from '../api/client';
import { bytesToBase64 } from './base64';
import { takeInitialBundle } from './initial-bundle';

export type BundleState =
  { status: 'loading' } | { status: 'ready'; bundle: LoadedBundle } | { status: 'error'; error: PresskitError; hadBundle: boolean };

/** Every way the window can open a bundle; the same in both hosts (a host without a dialog uses a file input). */
export interface BundleActions {
  /** A bundle opens; any other file is imported and shown in the structure editor. */
  openPath(path: string): void;
  openBuiltIn(): void;
  /** The desktop's native open dialog. */
  pickAndOpen(): void;
  /** A file the page holds as bytes (browser mode: chosen or dropped): a .presskit opens, anything else is imported. */
  openArchiveFile(file: File): void;
  /** A bundle the host has already opened (a saved import). */
  showBundle(bundle: LoadedBundle): void;
  /** Back to the bundle the host still has open (after a failed attempt to open another). */
  reloadCurrent(): void;
}

const asPresskitError = (err: unknown) =>
  err instanceof PresskitError ? err : new PresskitError('INTERNAL', String((err as Error)?.message ?? err));

/** The bundle the host has open; follows the host when it opens another (menu, recent, drop). */
export function useBundle(imports: {
  /** A file that is not a bundle was imported: show its draft. */
  onImport(draft: ImportDraft): void;
  /** It could not be imported: say why; the bundle shown stays. */
  onImportFailed(error: PresskitError): void;
  /** A bundle was opened from the page (a drop while an import is shown, say): it replaces the import. */
  onBundleOpened(): void;
}): { state: BundleState; actions: BundleActions } {
  const { onImport, onImportFailed, onBundleOpened } = imports;
  const [state, setState] = useState<BundleState>({ status: 'loading' });
  // Answers are applied in the order they were asked for: a slow earlier answer never replaces a newer
  // bundle already shown. A cancelled pick (null) changes nothing and blocks nothing.
  const asked = useRef(0);
  const applied = useRef(0);
  const run = useCallback((load: () => Promise<LoadedBundle | null>) => {
    const mine = ++asked.current;
    const newest = () => {
      if (mine <= applied.current) return false;
      applied.current = mine;
      return true;
    };
    load().then(
      (bundle) => bundle && newest() && setState({ status: 'ready', bundle }),
      (err: unknown) =>
        newest() &&
        setState((prev) => ({
          status: 'error',
          error: asPresskitError(err),
          hadBundle: prev.status === 'ready' || (prev.status === 'error' && prev.hadBundle),
        })),
    );
  }, []);
  useEffect(() => {
    run(takeInitialBundle);
    return hostEvents.on('bundleChanged', () => run(() => api.getCurrentBundle()));
  }, [run]);
  // An import leaves the bundle shown as it is (like a cancelled pick) and goes to the structure editor.
  const importOrBundle = useCallback(
    async (opening: Promise<OpenOutcome | null>): Promise<LoadedBundle | null> => {
      const outcome = await opening.catch((err: unknown) => {
        if (!(err instanceof PresskitError && err.code === 'IMPORT_INVALID')) throw err;
        onImportFailed(err);
        return null;
      });
      if (outcome?.kind === 'import') onImport(outcome.draft);
      if (outcome?.kind !== 'bundle') return null;
      onBundleOpened();
      return outcome.bundle;
    },
    [onImport, onImportFailed, onBundleOpened],
  );
  const actions = useMemo<BundleActions>(
    () => ({
      openPath: (path) => run(() => importOrBundle(api.openFile({ path }))),
      openBuiltIn: () => run(() => api.openBuiltInBundle()),
      pickAndOpen: () => run(() => importOrBundle(api.pickAndOpenFile())),
      openArchiveFile: (file) =>
        run(async () =>
          importOrBundle(api.openUploadedFile({ fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })),
        ),
      showBundle: (bundle) => run(async () => bundle),
      reloadCurrent: () => run(() => api.getCurrentBundle()),
    }),
    [run, importOrBundle],
  );
  return { state, actions };
}

export const BundleActionsContext = createContext<BundleActions | null>(null);

export function useBundleActions(): BundleActions {
  const ctx = useContext(BundleActionsContext);
  if (!ctx) throw new Error('useBundleActions outside BundleActionsContext');
  return ctx;
}
