import { z } from 'zod';
import { channel } from '../define';

export interface AppInfo {
  name: string;
  version: string;
  /** Which host serves the renderer: the desktop shell or browser mode. */
  host: 'electron' | 'browser';
  platform: string;
}

export const appChannels = {
  getAppInfo: channel<AppInfo>()(z.tuple([])),
  /**
   * Opens an http(s) link in the system browser after main parses and checks it. `url` is the checked
   * link (null when refused); a host without a system browser (browser mode) returns it unopened, and
   * the page opens it in a new tab of the browser it runs in.
   */
  openExternal: channel<{ opened: boolean; url: string | null }>()(z.tuple([z.object({ url: z.string().min(1).max(8192) })])),
};
