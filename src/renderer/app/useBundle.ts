import { useCallback, useEffect, useState } from 'react';
import { PresskitError } from '../../shared/errors';
import type { LoadedBundle } from '../../shared/model/document';
import { api, hostEvents } from '../api/client';

export type BundleState =
  | { status: 'loading' }
  | { status: 'ready'; bundle: LoadedBundle }
  | { status: 'error'; error: PresskitError };

const asPresskitError = (err: unknown) => (err instanceof PresskitError ? err : new PresskitError('INTERNAL', String((err as Error)?.message ?? err)));

/** The bundle the host has open; follows the host when it opens another (menu, recent, drop). */
export function useBundle() {
  const [state, setState] = useState<BundleState>({ status: 'loading' });
  const run = useCallback((load: () => Promise<LoadedBundle | null>) => {
    load().then(
      (bundle) => bundle && setState({ status: 'ready', bundle }),
      (err: unknown) => setState({ status: 'error', error: asPresskitError(err) }),
    );
  }, []);
  useEffect(() => {
    run(() => api.getCurrentBundle());
    return hostEvents.on('bundleChanged', () => run(() => api.getCurrentBundle()));
  }, [run]);
  return {
    state,
    openPath: (path: string) => run(() => api.openBundle({ path })),
    openBuiltIn: () => run(() => api.openBuiltInBundle()),
  };
}
