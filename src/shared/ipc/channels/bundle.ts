import { z } from 'zod';
import type { LoadedBundle } from '../../model/document';
import { channel } from '../define';

export interface RecentBundle {
  path: string;
  title: string;
  openedAt: string;
}

/** An image of the bundle as data: the renderer shows it through a blob: URL, never a file path. */
export interface BundleAssetData {
  file: string;
  mime: string;
  base64: string;
}

/** Largest archive that can be uploaded as bytes: 48 MiB, which base64 makes 64 MiB (the HTTP host's body limit). */
export const MAX_ARCHIVE_BASE64 = 64 * 1024 * 1024 - 1024;

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
  /** Recently opened bundles, newest first; entries whose files are gone are pruned and reported (every one pruned during this run). */
  listRecentBundles: channel<{ recent: RecentBundle[]; pruned: string[] }>()(z.tuple([])),
  /**
   * Opens a .presskit file given as bytes (a file dropped or chosen in browser mode, where the page
   * cannot know its path). The host keeps it in a temporary file while it is open; it is not added to recents.
   */
  openBundleArchive: channel<LoadedBundle>()(
    z.tuple([z.object({ fileName: z.string().min(1).max(255), base64: z.base64().min(1).max(MAX_ARCHIVE_BASE64) })]),
  ),
  /** One image of the current bundle, by its manifest.assets file name; nothing else can be read. */
  getBundleAsset: channel<BundleAssetData>()(z.tuple([z.object({ file: z.string().min(1).max(1024) })])),
};
