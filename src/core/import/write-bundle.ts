import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { PresskitError, formatProblem } from '../../shared/errors';
import { ImportDraft } from '../../shared/model/import-draft';
import { validateBundle } from '../bundle/load-bundle';
import { planBundle } from './draft-to-manifest';

export interface BundleTarget {
  kind: 'archive' | 'folder';
  path: string;
}

const writeError = (file: string, message: string) =>
  new PresskitError('EXPORT_FAILED', `${file}: ${message}`, [{ file, pointer: '', message }]);

/**
 * Writes a corrected draft as a bundle: presskit.json, one Markdown file per document, the images.
 * Everything is written to a temporary folder next to the target and checked with the bundle loader
 * (the same check as `presskit validate`); only a valid bundle is renamed into place (a folder), or
 * zipped to a temporary .presskit and renamed. An existing target is never overwritten.
 */
export async function writeBundle(draftInput: ImportDraft, images: ReadonlyMap<string, Uint8Array>, target: BundleTarget): Promise<void> {
  await writeBundleWithNotes(draftInput, images, target);
}

/** writeBundle, returning the notes of what was left out (for the CLI's report). */
export async function writeBundleWithNotes(
  draftInput: ImportDraft,
  images: ReadonlyMap<string, Uint8Array>,
  target: BundleTarget,
): Promise<string[]> {
  const draft = ImportDraft.parse(draftInput);
  const out = path.resolve(target.path);
  const label = path.basename(out);
  if (await exists(out)) {
    const empty = target.kind === 'folder' && (await fs.stat(out)).isDirectory() && (await fs.readdir(out)).length === 0;
    if (!empty) throw writeError(label, 'already exists; choose a new name');
  }
  await fs.mkdir(path.dirname(out), { recursive: true });
  const { manifest, files, notes } = planBundle(draft, new Set(images.keys()));
  const temp = path.join(path.dirname(out), `.${label}.tmp-${randomBytes(4).toString('hex')}`);
  try {
    await fs.mkdir(path.join(temp, 'assets'), { recursive: true });
    await fs.writeFile(path.join(temp, 'presskit.json'), JSON.stringify(manifest, null, 2) + '\n');
    for (const [file, markdown] of files) await fs.writeFile(path.join(temp, file), markdown);
    for (const asset of manifest.assets ?? []) {
      await fs.mkdir(path.dirname(path.join(temp, asset.file)), { recursive: true });
      await fs.writeFile(path.join(temp, asset.file), images.get(asset.file)!);
    }
    const check = await validateBundle(temp);
    if (!check.ok)
      throw writeError(
        label,
        `the bundle would not be valid: ${check.error.problems.map(formatProblem).join('; ') || check.error.message}`,
      );
    if (target.kind === 'folder') {
      if (await exists(out)) await fs.rmdir(out);
      await fs.rename(temp, out);
    } else {
      const tempZip = `${temp}.presskit`;
      await zipFolder(temp, tempZip);
      await fs.rename(tempZip, out);
      await fs.rm(temp, { recursive: true, force: true });
    }
    return notes;
  } catch (err) {
    await fs.rm(temp, { recursive: true, force: true });
    await fs.rm(`${temp}.presskit`, { force: true });
    throw err;
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

async function zipFolder(folder: string, zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const walk = async (dir: string, prefix: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const name = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(full, name);
      else zip.addFile(full, name);
    }
  };
  await walk(folder, '');
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipPath));
}
