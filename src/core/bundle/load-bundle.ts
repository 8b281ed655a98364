import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PresskitError, type Problem } from '../../shared/errors';
import { BundleManifest, CURRENT_SCHEMA_VERSION } from '../../shared/model/bundle';
import type { LoadedBundle, LoadedDocument } from '../../shared/model/document';
import { fileError } from '../store/file-errors';
import { DEFAULT_LIMITS, type BundleLimits } from './limits';
import { parseMarkdown } from './markdown';
import { openArchiveSource, openFolderSource, type BundleSource } from './sources';
import { crossCheck, schemaProblems } from './validate';

export interface LoadOptions {
  limits?: BundleLimits;
  /** Marks the app's own bundle (shown as such, never offered for removal from recents). */
  builtIn?: boolean;
}

const MANIFEST = 'presskit.json';
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Loads, validates and parses a bundle folder or .presskit archive. Throws PresskitError listing every problem. */
export async function loadBundle(location: string, options: LoadOptions = {}): Promise<LoadedBundle> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const absolute = path.resolve(location);
  const stat = await fs.stat(absolute).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    // ENAMETOOLONG, ENOTDIR, ELOOP, EACCES…: the typed error naming the path, not a stack trace.
    throw fileError(absolute, err, 'cannot be opened');
  });
  if (!stat)
    throw new PresskitError('BUNDLE_NOT_FOUND', `No bundle at ${absolute}`, [
      { file: absolute, pointer: '', message: 'no such file or folder' },
    ]);
  // A named pipe (as "presskit validate <(…)" gives), a socket or a device would block the read forever.
  if (!stat.isFile() && !stat.isDirectory())
    throw new PresskitError('BUNDLE_UNSAFE', `${absolute} is not a regular file or folder; it was not opened`, [
      { file: absolute, pointer: '', message: 'not a regular file or folder (a named pipe, socket or device)' },
    ]);
  const source = stat.isDirectory() ? await openFolderSource(absolute, limits) : await openArchiveSource(absolute, limits);
  try {
    return await loadFromSource(source, absolute, options.builtIn ?? false, limits);
  } finally {
    source.close();
  }
}

async function loadFromSource(source: BundleSource, location: string, builtIn: boolean, limits: BundleLimits): Promise<LoadedBundle> {
  const hash = createHash('sha256');
  const manifestBytes = await source.read(MANIFEST).catch((err: unknown) => {
    if (err instanceof PresskitError && err.code === 'BUNDLE_INVALID')
      throw new PresskitError('BUNDLE_INVALID', `${location}: no ${MANIFEST} at the bundle root`, [
        { file: MANIFEST, pointer: '', message: 'missing: a bundle needs presskit.json at its root' },
      ]);
    throw err;
  });
  hash.update(MANIFEST).update('\0').update(manifestBytes);

  let raw: unknown;
  try {
    raw = JSON.parse(decode(manifestBytes, MANIFEST).replace(/^\uFEFF/, ''));
  } catch (err) {
    if (err instanceof PresskitError) throw err;
    throw invalid(location, [{ file: MANIFEST, pointer: '', message: `not valid JSON: ${(err as Error).message}` }]);
  }
  checkSchemaVersion(raw, location);

  const parsed = BundleManifest.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw invalid(location, schemaProblems(parsed.error));
  const manifest = parsed.data;

  await checkBudget(source, manifest, location, limits);
  const problems: Problem[] = [];
  const refused = { any: false };
  const documents = new Map<string, LoadedDocument>();
  for (const [i, entry] of manifest.documents.entries()) {
    const bytes = await readNamed(source, entry.file, `/documents/${i}/file`, problems, refused);
    if (!bytes) continue;
    hash.update(entry.file).update('\0').update(bytes);
    try {
      const markdown = decode(bytes, entry.file);
      const { blocks, text } = parseMarkdown(markdown.replace(/^\uFEFF/, ''));
      documents.set(entry.id, { ...entry, markdown, text, blocks });
    } catch (err) {
      if (!(err instanceof PresskitError)) throw err;
      problems.push(...err.problems);
    }
  }
  for (const [i, asset] of manifest.assets.entries()) {
    const bytes = await readNamed(source, asset.file, `/assets/${i}/file`, problems, refused);
    if (!bytes) continue;
    hash.update(asset.file).update('\0').update(bytes);
    const sniffed = sniffImage(bytes);
    if (sniffed !== asset.mime)
      problems.push({
        file: MANIFEST,
        pointer: `/assets/${i}/mime`,
        message: `says ${asset.mime} but ${asset.file} is ${sniffed ?? 'not a supported image'}`,
      });
  }
  problems.push(...crossCheck(manifest, documents));
  if (problems.length) throw invalid(location, problems, refused.any ? 'BUNDLE_UNSAFE' : 'BUNDLE_INVALID');

  return {
    manifest,
    documents: manifest.documents.map((d) => documents.get(d.id)!),
    contentHash: hash.digest('hex'),
    origin: { kind: source.kind, path: source.path, builtIn },
  };
}

/**
 * Before reading anything the manifest names: the sizes of every read it implies, a file counted once
 * per entry that names it (900 documents naming one 1 MiB file are 900 MiB), against the limits. A
 * bundle over them is refused at once, not after reading and parsing gigabytes.
 */
async function checkBudget(source: BundleSource, manifest: BundleManifest, location: string, limits: BundleLimits): Promise<void> {
  let documents = 0;
  let total = 0;
  for (const entry of manifest.documents) documents += (await source.size(entry.file)) ?? 0;
  total += documents;
  for (const asset of manifest.assets) total += (await source.size(asset.file)) ?? 0;
  const over = (what: string, bytes: number, limit: number) =>
    new PresskitError('BUNDLE_UNSAFE', `${location}: ${what} come to ${bytes} bytes, over the limit of ${limit}`, [
      {
        file: MANIFEST,
        pointer: '',
        message: `${what} come to ${bytes} bytes (a file counted once per entry naming it), over the limit of ${limit}`,
      },
    ]);
  if (documents > limits.maxDocumentBytes) throw over('the documents it names', documents, limits.maxDocumentBytes);
  if (total > limits.maxTotalBytes) throw over('the files it names', total, limits.maxTotalBytes);
}

function checkSchemaVersion(raw: unknown, location: string): void {
  const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION)
    throw new PresskitError(
      'SCHEMA_VERSION_UNSUPPORTED',
      `${location}: bundle format v${version} is newer than this app understands (v${CURRENT_SCHEMA_VERSION}); update the app to open it`,
      [{ file: MANIFEST, pointer: '/schemaVersion', message: `unsupported version ${version}; this app reads ${CURRENT_SCHEMA_VERSION}` }],
    );
}

/**
 * Reads a file the manifest names. A missing or refused file is a problem of the manifest entry
 * that names it (so every such entry is listed, not just the first); `refused` remembers that a
 * refusal happened, so the bundle as a whole is still reported as unsafe.
 */
async function readNamed(
  source: BundleSource,
  file: string,
  pointer: string,
  problems: Problem[],
  refused: { any: boolean },
): Promise<Buffer | null> {
  try {
    return await source.read(file);
  } catch (err) {
    if (!(err instanceof PresskitError)) throw err;
    if (err.code === 'BUNDLE_INVALID') {
      problems.push({ file: MANIFEST, pointer, message: `names "${file}", which is not in the bundle` });
      return null;
    }
    if (err.code === 'BUNDLE_UNSAFE') {
      refused.any = true;
      const reason = err.problems.map((p) => p.message).join('; ') || err.message;
      problems.push({ file: MANIFEST, pointer, message: `names "${file}", which is refused: ${reason}` });
      return null;
    }
    throw err;
  }
}

function decode(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new PresskitError('BUNDLE_INVALID', `${file}: not valid UTF-8`, [{ file, pointer: '', message: 'not valid UTF-8 text' }]);
  }
}

function invalid(location: string, problems: Problem[], code: 'BUNDLE_INVALID' | 'BUNDLE_UNSAFE' = 'BUNDLE_INVALID'): PresskitError {
  const n = problems.length;
  return new PresskitError(code, `${location}: ${n} problem${n === 1 ? '' : 's'} in the bundle`, problems);
}

/** Identifies an image by its first bytes, so a bundle cannot pass off one type as another. */
export function sniffImage(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'image/webp';
  const head = new TextDecoder().decode(bytes.slice(0, 512)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/** Validates without throwing: the CLI's `validate` lists every problem. */
export async function validateBundle(location: string): Promise<{ ok: true; bundle: LoadedBundle } | { ok: false; error: PresskitError }> {
  try {
    return { ok: true, bundle: await loadBundle(location) };
  } catch (err) {
    if (err instanceof PresskitError) return { ok: false, error: err };
    throw err;
  }
}
