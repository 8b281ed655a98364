import type { WebContents, WebFrameMain } from 'electron';

/**
 * Is this URL our own page? `appUrl` is exactly what the window loads: app://presskit/index.html (the
 * app's own scheme, src/main/app-protocol.ts), or the dev server's address in `npm run dev`. An app:
 * URL must be that page on our host (custom schemes have no web origin to compare: "null" for all); a
 * file: URL that very file; a dev-server URL must have its origin.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let candidate: URL;
  let app: URL;
  try {
    candidate = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:' || app.protocol === 'app:')
    return candidate.protocol === app.protocol && candidate.host === app.host && candidate.pathname === app.pathname;
  return candidate.origin === app.origin;
}

/** Only the top-level frame of our own page may call IPC (no iframes, no navigated-away pages). */
export function makeSenderCheck(getContents: () => Pick<WebContents, 'mainFrame'> | null, appUrl: string) {
  return (frame: WebFrameMain | null): boolean => {
    const contents = getContents();
    if (!frame || !contents || frame !== contents.mainFrame) return false;
    return isAppUrl(frame.url, appUrl);
  };
}
