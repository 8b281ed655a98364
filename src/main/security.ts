import { app, shell } from 'electron';
import { isAppUrl } from './ipc/sender';
import { parseExternalUrl } from '../shared/urls';

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
