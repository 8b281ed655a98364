import { useEffect } from 'react';
import { api } from '../api/client';
import { useNotify } from './notices';

/** Tells the user when Open Recent lost entries because their bundles are gone. */
export function usePrunedRecentsNotice(): void {
  const notify = useNotify();
  useEffect(() => {
    void api.listRecentBundles().then(({ pruned }) => {
      if (pruned.length)
        notify({ id: 'pruned-recents', tone: 'info', message: 'open.pruned', values: { count: pruned.length, paths: pruned.join(', ') } });
    });
  }, [notify]);
}
