import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../bundle/limits';
import { openArchiveSource } from '../bundle/sources';

/**
 * Is this path a bundle (opened as today) rather than a file to import? Decided by content: a folder is
 * a bundle (a folder without presskit.json gets the bundle loader's own message), and so is a zip whose
 * root, or single top folder, holds presskit.json. A `.presskit` file is always treated as a bundle, so
 * a damaged one reports what is wrong with it instead of being imported as something else.
 */
export async function isBundle(location: string): Promise<boolean> {
  const stat = await fs.stat(location).catch(() => null);
  if (!stat) return false;
  if (stat.isDirectory()) return true;
  if (path.extname(location).toLowerCase() === '.presskit') return true;
  if (!(await startsLikeZip(location))) return false;
  try {
    const source = await openArchiveSource(location, DEFAULT_LIMITS);
    try {
      return await source.has('presskit.json');
    } finally {
      source.close();
    }
  } catch {
    // An unsafe or unreadable zip is not a bundle; the importer gives its own reason.
    return false;
  }
}

async function startsLikeZip(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}
