import { readdirSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** The temporary files conf / electron-store (through `atomically`) write before renaming: `<store>.json.tmp-<10 digits><6 hex>`. */
const OUR_TEMP = /\.json\.tmp-\d{10}[0-9a-f]{6}$/;
const LEFTOVER_AGE_MS = 60_000;
const swept = new Set<string>();

/**
 * Removes what a killed process left in `dir`: each entry `isLeftover` accepts (given its name and
 * stat) and last changed over a minute ago. Entries gone meanwhile, or not ours to read, are left.
 */
export function removeLeftovers(dir: string, isLeftover: (name: string, info: Stats) => boolean, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    try {
      const info = statSync(full);
      if (now - info.mtimeMs < LEFTOVER_AGE_MS || !isLeftover(name, info)) continue;
      rmSync(full, { recursive: true, force: true });
      removed.push(full);
    } catch {
      // Renamed or removed meanwhile: nothing to do.
    }
  }
  return removed;
}

/**
 * Deletes temporary files a killed writer left in the data folder: only the stores' own temp files,
 * and only those older than a minute (a live writer renames its file within milliseconds). Runs once
 * per folder per process.
 */
export function sweepLeftoverTemps(dir: string, now = Date.now()): string[] {
  if (swept.has(dir)) return [];
  swept.add(dir);
  return removeLeftovers(dir, (name, info) => OUR_TEMP.test(name) && info.isFile(), now);
}
