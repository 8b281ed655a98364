import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'presskit-viewer';
export const BUILT_IN_BUNDLE_ID = 'xiaomi-leica-2022';

/** Finds the app's resources folder by walking up from `start` (source tree, built output or packaged app). */
export function findResourcesDir(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (existsSync(path.join(candidate, 'bundles', BUILT_IN_BUNDLE_ID, 'presskit.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`resources/ not found above ${start}`);
    dir = parent;
  }
}

export function builtInBundlePath(resourcesDir: string): string {
  return path.join(resourcesDir, 'bundles', BUILT_IN_BUNDLE_ID);
}

/**
 * Where the app keeps its data: $PRESSKIT_DATA_DIR when set (tests, portable use), otherwise the
 * platform's app-data folder — the folder Electron's app.getPath('userData') gives, so every host
 * (desktop, browser mode, CLI) reads and writes the same files.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PRESSKIT_DATA_DIR) return path.resolve(env.PRESSKIT_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_NAME);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
  }
}
