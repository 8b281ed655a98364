import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFile } from 'atomically';
import { PresskitError } from '../../shared/errors';

/**
 * Writes a file the user asked for (a PDF kit, an export) whole or not at all: a temporary file beside
 * it, fsynced, then renamed over the target (`atomically`, the store's own writer). An interrupted save
 * never leaves half a file over the last good one, and a viewer holding the old file keeps reading it.
 * The folder must exist (atomically would create it: a mistyped path should fail, not make folders).
 * A failure is EXPORT_FAILED naming the file.
 */
export async function writeOutputFile(target: string, data: string | Uint8Array, what = 'Cannot write'): Promise<void> {
  const fail = (message: string) =>
    new PresskitError('EXPORT_FAILED', `${what} ${target}: ${message}`, [{ file: target, pointer: '', message }]);
  const folder = path.dirname(target);
  const stat = await fs.stat(folder).catch((err: Error) => {
    throw fail(err.message);
  });
  if (!stat.isDirectory()) throw fail(`ENOTDIR: ${folder} is not a folder`);
  try {
    await writeFile(target, data, typeof data === 'string' ? { encoding: 'utf8' } : {});
  } catch (err) {
    throw fail((err as Error).message);
  }
}
