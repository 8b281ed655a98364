import { app, shell, type WebContents, type WebFrameMain } from 'electron';
import { parseExternalUrl } from '../shared/urls';

/** The renderer's own URL: the built file, or the dev server in `npm run dev`. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.startsWith('file://') && url.includes('/out/renderer/');
}

/** Only the top-level frame of our own page may call IPC (no iframes, no navigated-away pages). */
export function makeSenderCheck(getContents: () => WebContents | null, devServerUrl: string | undefined) {
  return (frame: WebFrameMain | null): boolean => {
    const contents = getContents();
    if (!frame || !contents || frame !== contents.mainFrame) return false;
    return isAppUrl(frame.url, devServerUrl);
  };
}

/**
 * Locks down every web contents the app creates: no navigation away from the app, no new windows;
 * http(s) links go to the system browser, everything else is dropped.
 */
export function hardenWebContents(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = parseExternalUrl(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });
}
