import type { WebContents, WebFrameMain } from 'electron';

/** The renderer's own URL: the built file, or the dev server in `npm run dev`. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.startsWith('file://') && url.includes('/out/renderer/');
}

/** Only the top-level frame of our own page may call IPC (no iframes, no navigated-away pages). */
export function makeSenderCheck(getContents: () => Pick<WebContents, 'mainFrame'> | null, devServerUrl: string | undefined) {
  return (frame: WebFrameMain | null): boolean => {
    const contents = getContents();
    if (!frame || !contents || frame !== contents.mainFrame) return false;
    return isAppUrl(frame.url, devServerUrl);
  };
}
