import { writeFile } from 'atomically';
import { PresskitError } from '../../shared/errors';

/**
 * Writes a file the user asked for (a PDF kit, an export) whole or not at all: a temporary file beside
 * it, fsynced, then renamed over the target (`atomically`, the store's own writer). An interrupted save
 * never leaves half a file over the last good one, and a viewer holding the old file keeps reading it.
 * A failure is EXPORT_FAILED naming the file.
 */
export async function writeOutputFile(target: string, data: string | Uint8Array, what = 'Cannot write'): Promise<void> {
  try {
    await writeFile(target, data, typeof data === 'string' ? { encoding: 'utf8' } : {});
  } catch (err) {
    const message = (err as Error).message;
    throw new PresskitError('EXPORT_FAILED', `${what} ${target}: ${message}`, [{ file: target, pointer: '', message }]);
  }
}
