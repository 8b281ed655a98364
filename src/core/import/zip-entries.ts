import yauzl from 'yauzl';
import { PresskitError } from '../../shared/errors';
import type { BundleLimits } from '../bundle/limits';
import { checkedZipEntries } from '../bundle/sources';
import { IMPORT_BUDGET } from './budget';
import { importError } from './errors';

/** Zip limits for imports (a zip of releases, a DOCX): the bundle loader's checks with import-sized numbers. */
export const IMPORT_ZIP_LIMITS: BundleLimits = {
  maxEntries: 2_000,
  maxFileBytes: IMPORT_BUDGET.maxFileBytes,
  maxTotalBytes: 4 * IMPORT_BUDGET.maxFileBytes,
  maxCompressionRatio: 200,
  maxDocumentBytes: 4 * IMPORT_BUDGET.maxFileBytes,
};

export interface ZipEntries {
  names: string[];
  read(name: string): Promise<Uint8Array>;
  close(): void;
}

/**
 * Opens a zip held in memory and checks every entry (names, symlinks, declared sizes, ratios) before
 * any is inflated; yauzl's validateEntrySizes fails a stream holding more than its entry declares.
 */
export async function openZipEntries(file: string, bytes: Uint8Array, limits = IMPORT_ZIP_LIMITS): Promise<ZipEntries> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (err, z) => (err ? reject(importError(file, `not a readable zip archive (${err.message})`)) : resolve(z)),
    ),
  );
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw importError(file, `has ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`);
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    for (const { entry, name } of await checkedZipEntries(zip, limits, file)) if (!entries.has(name)) entries.set(name, entry);
  } catch (err) {
    zip.close();
    throw err instanceof PresskitError ? importError(file, err.message) : importError(file, (err as Error).message);
  }
  return {
    names: [...entries.keys()],
    read: (name) =>
      new Promise((resolve, reject) => {
        const entry = entries.get(name);
        if (!entry) return reject(importError(file, `${name} is not in the archive`));
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(importError(file, `${name}: ${err.message}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', (e) => reject(importError(file, `${name}: ${e.message}`)));
          stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
        });
      }),
    close: () => zip.close(),
  };
}
