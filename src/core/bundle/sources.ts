import { promises as fs } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { PresskitError } from '../../shared/errors';
import type { BundleLimits } from './limits';

/** Read access to the files of a bundle, whatever it is stored in. Paths are "/"-separated and relative. */
export interface BundleSource {
  readonly kind: 'folder' | 'archive';
  readonly path: string;
  /** Reads one file; rejects names that escape the bundle. */
  read(relative: string): Promise<Buffer>;
  has(relative: string): Promise<boolean>;
  /** The size a read of this file would hand out, without reading it; null when there is no such regular file. */
  size(relative: string): Promise<number | null>;
  /** Releases the archive handle; a folder source has nothing to release. */
  close(): void;
}

const unsafe = (file: string, message: string) =>
  new PresskitError('BUNDLE_UNSAFE', `${file}: ${message}`, [{ file, pointer: '', message }]);

/**
 * The bytes a source may hand out in all. Every read counts, also a re-read of the same file: a
 * manifest may name one file in many documents, and each copy is kept in memory.
 */
function readBudget(limits: BundleLimits): (relative: string, bytes: number) => void {
  let total = 0;
  return (relative, bytes) => {
    total += bytes;
    if (total > limits.maxTotalBytes) throw unsafe(relative, `bundle exceeds ${limits.maxTotalBytes} bytes in all`);
  };
}

/** A relative, forward-slash path that cannot climb out of the bundle. */
export function normaliseEntryName(name: string): string | null {
  if (name.includes('\\') || name.includes('\0')) return null;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return null;
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  return parts.join('/');
}

export async function openFolderSource(root: string, limits: BundleLimits): Promise<BundleSource> {
  const realRoot = await fs.realpath(root);
  const resolveInside = async (relative: string): Promise<string> => {
    const clean = normaliseEntryName(relative);
    if (clean === null || clean === '') throw unsafe(relative, 'path is absolute or leaves the bundle folder');
    const real = await fs.realpath(path.join(realRoot, clean)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT')
        throw new PresskitError('BUNDLE_INVALID', `${relative}: file not found in bundle`, [
          { file: relative, pointer: '', message: 'file not found in bundle' },
        ]);
      throw err;
    });
    // realpath containment: a symlink may point anywhere inside the bundle, never outside it.
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) throw unsafe(relative, 'resolves outside the bundle folder');
    return real;
  };
  const charge = readBudget(limits);
  return {
    kind: 'folder',
    path: realRoot,
    async read(relative) {
      const real = await resolveInside(relative);
      const stat = await fs.stat(real);
      if (!stat.isFile()) throw unsafe(relative, 'is not a regular file');
      if (stat.size > limits.maxFileBytes) throw unsafe(relative, `is ${stat.size} bytes, over the ${limits.maxFileBytes}-byte limit`);
      charge(relative, stat.size);
      return fs.readFile(real);
    },
    async size(relative) {
      try {
        const stat = await fs.stat(await resolveInside(relative));
        return stat.isFile() ? stat.size : null;
      } catch (err) {
        if (err instanceof PresskitError) return null;
        throw err;
      }
    },
    async has(relative) {
      try {
        await resolveInside(relative);
        return true;
      } catch (err) {
        if (err instanceof PresskitError && err.code === 'BUNDLE_INVALID') return false;
        throw err;
      }
    },
    close() {},
  };
}

interface ZipEntryInfo {
  entry: yauzl.Entry;
  name: string;
}

/**
 * The checks every zip entry passes before anything is inflated (bundle archives, and the importer's
 * zips and DOCX files alike): a safe relative name, no symlink, size and ratio limits, a running
 * total. Returns the normalised name, or null for a folder entry. Throws BUNDLE_UNSAFE.
 */
export function checkZipEntry(entry: yauzl.Entry, limits: BundleLimits, label: string, totals: { bytes: number }): string | null {
  const name = normaliseEntryName(entry.fileName);
  if (name === null) throw unsafe(entry.fileName, 'entry path is absolute or leaves the archive');
  // Unix mode lives in the high 16 bits of the external attributes; 0o120000 is a symlink.
  const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
  if (mode === 0o120000) throw unsafe(entry.fileName, 'symbolic links are not allowed in a bundle');
  if (entry.fileName.endsWith('/')) return null;
  if (entry.uncompressedSize > limits.maxFileBytes)
    throw unsafe(entry.fileName, `is ${entry.uncompressedSize} bytes, over the ${limits.maxFileBytes}-byte limit`);
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio)
    throw unsafe(entry.fileName, `compression ratio ${ratio.toFixed(0)}:1 looks like a zip bomb`);
  totals.bytes += entry.uncompressedSize;
  if (totals.bytes > limits.maxTotalBytes) throw unsafe(label, `archive expands to more than ${limits.maxTotalBytes} bytes`);
  return name;
}

/**
 * Walks an archive's entries (opened with lazyEntries), checking each with checkZipEntry before anything
 * is inflated. Folder entries are left out; duplicates are the caller's to judge.
 */
export function checkedZipEntries(zip: yauzl.ZipFile, limits: BundleLimits, label: string): Promise<ZipEntryInfo[]> {
  const found: ZipEntryInfo[] = [];
  const totals = { bytes: 0 };
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve(found));
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        const name = checkZipEntry(entry, limits, label, totals);
        if (name !== null) found.push({ entry, name });
        zip.readEntry();
      } catch (err) {
        reject(err);
      }
    });
    zip.readEntry();
  });
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // strictFileNames: false lets yauzl turn "\" (PowerShell 5's Compress-Archive) into "/";
    // normaliseEntryName then refuses absolute, drive-letter and ".." names as before.
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    );
  });
}

/** Reads a .presskit (zip) archive. Every entry is checked up front; contents are read on demand. */
export async function openArchiveSource(file: string, limits: BundleLimits): Promise<BundleSource> {
  const label = path.basename(file);
  // Opening a named pipe would wait for a writer forever: only a regular file is opened as an archive.
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw unsafe(label, 'is not a regular file');
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    throw unsafe(label, `not a readable zip archive (${(err as Error).message})`);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw unsafe(label, `has ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`);
  }
  const entries = new Map<string, ZipEntryInfo>();
  try {
    for (const { entry, name } of await checkedZipEntries(zip, limits, label)) {
      if (entries.has(name)) throw unsafe(entry.fileName, 'appears twice in the archive');
      entries.set(name, { entry, name });
    }
  } catch (err) {
    zip.close();
    if (err instanceof PresskitError) throw err;
    throw unsafe(label, (err as Error).message);
  }

  // A zip of a folder usually nests everything under that folder's name: accept one such level.
  let prefix = '';
  if (!entries.has('presskit.json')) {
    const nested = [...entries.keys()].filter((n) => /^[^/]+\/presskit\.json$/.test(n));
    if (nested.length === 1) prefix = nested[0]!.slice(0, -'presskit.json'.length);
  }

  const readEntry = (info: ZipEntryInfo): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      zip.openReadStream(info.entry, (err, stream) => {
        if (err) return reject(unsafe(info.name, err.message));
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', (e) => reject(unsafe(info.name, e.message)));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
      });
    });

  const lookup = (relative: string): ZipEntryInfo | undefined => {
    const clean = normaliseEntryName(relative);
    if (clean === null || clean === '') throw unsafe(relative, 'path is absolute or leaves the archive');
    return entries.get(prefix + clean);
  };

  const charge = readBudget(limits);
  return {
    kind: 'archive',
    path: file,
    async read(relative) {
      const info = lookup(relative);
      if (!info)
        throw new PresskitError('BUNDLE_INVALID', `${relative}: file not found in archive ${label}`, [
          { file: relative, pointer: '', message: `file not found in archive ${label}` },
        ]);
      // Charged before reading, so nothing over budget is inflated; yauzl's validateEntrySizes
      // fails the stream if the entry holds more than the size it declares.
      charge(relative, info.entry.uncompressedSize);
      return readEntry(info);
    },
    async has(relative) {
      return lookup(relative) !== undefined;
    },
    async size(relative) {
      try {
        return lookup(relative)?.entry.uncompressedSize ?? null;
      } catch {
        return null;
      }
    },
    close() {
      zip.close();
    },
  };
}
