import { useEffect, useRef } from 'react';

/**
 * Calls `onReturn` when the user comes back to the window (it gains focus or becomes visible): the
 * moment to pick up what the CLI or another window saved to the shared store meanwhile.
 */
export function useOnWindowReturn(onReturn: () => void): void {
  const latest = useRef(onReturn);
  useEffect(() => {
    latest.current = onReturn;
  });
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
}
