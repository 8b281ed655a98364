import { readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/** The temporary files conf / electron-store (through `atomically`) write before renaming: `<store>.json.tmp-<10 digits><6 hex>`. */
const OUR_TEMP = /\.json\.tmp-\d{10}[0-9a-f]{6}$/;
const LEFTOVER_AGE_MS = 60_000;
const swept = new Set<string>();

/**
 * Deletes temporary files a killed writer left in the data folder: only the stores' own temp files,
 * and only those older than a minute (a live writer renames its file within milliseconds). Runs once
 * per folder per process.
 */
export function sweepLeftoverTemps(dir: string, now = Date.now()): string[] {
  if (swept.has(dir)) return [];
  swept.add(dir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!OUR_TEMP.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const info = statSync(file);
      if (!info.isFile() || now - info.mtimeMs < LEFTOVER_AGE_MS) continue;
      unlinkSync(file);
      removed.push(file);
    } catch {
      // Renamed or removed meanwhile: nothing to do.
    }
  }
  return removed;
}
