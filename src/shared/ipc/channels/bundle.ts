import { z } from 'zod';
import type { LoadedBundle } from '../../model/document';
import { channel } from '../define';

export interface RecentBundle {
  path: string;
  title: string;
  openedAt: string;
}

/** The bundle now shown, and how to open another. */
export const bundleChannels = {
  /** The bundle open in this window (the built-in one on first start). */
  getCurrentBundle: channel<LoadedBundle>()(z.tuple([])),
  /** Opens a bundle folder or .presskit file by path and makes it current. */
  openBundle: channel<LoadedBundle>()(z.tuple([z.object({ path: z.string().min(1).max(4096) })])),
  /** Shows the host's open dialog (desktop); resolves null when the user cancels. */
  pickAndOpenBundle: channel<LoadedBundle | null>()(z.tuple([])),
  /** Reopens the app's built-in Xiaomi–Leica bundle. */
  openBuiltInBundle: channel<LoadedBundle>()(z.tuple([])),
  /** Recently opened bundles, newest first; entries whose files are gone are pruned and reported. */
  listRecentBundles: channel<{ recent: RecentBundle[]; pruned: string[] }>()(z.tuple([])),
};
