import type { App, WebContents } from 'electron';
import { parseExternalUrl } from '../shared/urls';
import { isAppUrl } from './ipc/sender';

/** The few Electron objects the lock-down touches, so tests can drive it with fakes. */
export interface HardeningDeps {
  app: Pick<App, 'on'>;
  openExternal(url: string): Promise<void>;
  /** What the window loads: the built index.html's file: URL, or the dev server's. */
  appUrl: string;
}

/**
 * Locks down every web contents the app creates: no navigation away from the app, no new windows,
 * no <webview>; http(s) links go to the system browser after parsing, everything else is dropped.
 */
export function hardenWebContents({ app, openExternal, appUrl }: HardeningDeps): void {
  app.on('web-contents-created', (_event: unknown, contents: WebContents) => {
    const stayInApp = (event: { preventDefault(): void }, url: string) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    };
    contents.on('will-navigate', stayInApp);
    contents.on('will-redirect', stayInApp);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = parseExternalUrl(url);
      if (external) void openExternal(external);
      return { action: 'deny' };
    });
  });
}
