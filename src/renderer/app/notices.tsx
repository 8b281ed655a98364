import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  /** Same id replaces the earlier notice (a second drop of a folder does not stack). */
  id: string;
  /** Catalogue key and values: the notice follows the interface language while it is shown. */
  message: string;
  values?: Record<string, string | number>;
  tone: 'info' | 'error';
}

const NoticesContext = createContext<{ notices: Notice[]; notify(n: Notice): void; dismiss(id: string): void } | null>(null);

/** Messages the app owes the user (pruned recents, a drop it cannot open): shown until dismissed. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((n: Notice) => setNotices((prev) => [...prev.filter((p) => p.id !== n.id), n]), []);
  const dismiss = useCallback((id: string) => setNotices((prev) => prev.filter((p) => p.id !== id)), []);
  const value = useMemo(() => ({ notices, notify, dismiss }), [notices, notify, dismiss]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotify(): (n: Notice) => void {
  const ctx = useContext(NoticesContext);
  if (!ctx) throw new Error('useNotify outside NoticesProvider');
  return ctx.notify;
}

export function NoticeList() {
  const { t } = useTranslation();
  const ctx = useContext(NoticesContext);
  return (
    <div className="notices" role="status" aria-live="polite">
      {ctx?.notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.tone}`} data-notice={n.id}>
          <p>{t(n.message, n.values ?? {})}</p>
          <button type="button" onClick={() => ctx.dismiss(n.id)}>
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
