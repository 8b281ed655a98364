import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Where fonts installed on the machine live: Linux (Debian's fonts-noto-* packages install into
 * /usr/share/fonts), macOS and Windows font folders, and the user's own. Best effort: a folder that
 * does not exist is skipped.
 */
export function systemFontDirs(): string[] {
  const home = os.homedir();
  const dirs = [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.fonts'),
    path.join(home, '.local', 'share', 'fonts'),
    '/System/Library/Fonts',
    '/Library/Fonts',
    path.join(home, 'Library', 'Fonts'),
  ];
  const windir = process.env['WINDIR'];
  if (windir) dirs.push(path.join(windir, 'Fonts'));
  const local = process.env['LOCALAPPDATA'];
  if (local) dirs.push(path.join(local, 'Microsoft', 'Windows', 'Fonts'));
  return dirs;
}

const FONT_FILE = /\.(ttf|otf|ttc)$/i;
const indexes = new Map<string, Map<string, string>>();

/**
 * Font files under `dirs` (four levels deep), by lower-cased file name → path; the first folder
 * listing a name wins. Read once per process and set of folders.
 */
export function fontFileIndex(dirs: readonly string[]): Map<string, string> {
  const key = dirs.join('\n');
  let index = indexes.get(key);
  if (index) return index;
  index = new Map();
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && depth < 4) walk(full, depth + 1);
      else if (FONT_FILE.test(e.name) && !index!.has(e.name.toLowerCase())) index!.set(e.name.toLowerCase(), full);
    }
  };
  for (const dir of dirs) walk(dir, 0);
  indexes.set(key, index);
  return index;
}
