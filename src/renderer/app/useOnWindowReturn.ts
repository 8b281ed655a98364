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
    // Coming back to a tab fires both events: one call for the two.
    let last = 0;
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || performance.now() - last < 250) return;
      last = performance.now();
      latest.current();
    };
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
}
