import { PresskitError } from '../../shared/errors';
import type { LoadedBundle } from '../../shared/model/document';
import { sniffImage } from './load-bundle';
import { DEFAULT_LIMITS, type BundleLimits } from './limits';
import { openArchiveSource, openFolderSource } from './sources';

/**
 * Reads one file of an already loaded bundle again, through the same sources (and the same
 * containment and size checks) that loaded it.
 */
export async function readBundleFile(origin: LoadedBundle['origin'], file: string, limits: BundleLimits = DEFAULT_LIMITS): Promise<Buffer> {
  const source = origin.kind === 'folder' ? await openFolderSource(origin.path, limits) : await openArchiveSource(origin.path, limits);
  try {
    return await source.read(file);
  } finally {
    source.close();
  }
}

/** The bytes of one of the bundle's images, checked against what the manifest declares. */
export async function readBundleAsset(bundle: LoadedBundle, file: string): Promise<{ mime: string; bytes: Buffer }> {
  const asset = bundle.manifest.assets.find((a) => a.file === file);
  if (!asset)
    throw new PresskitError('ARGUMENT_INVALID', `${file} is not one of the bundle's assets`, [
      { file, pointer: '', message: 'not listed in presskit.json#/assets' },
    ]);
  const bytes = await readBundleFile(bundle.origin, asset.file);
  // The file may have changed since the bundle was opened: never hand out bytes of another type.
  const sniffed = sniffImage(bytes);
  if (sniffed !== asset.mime)
    throw new PresskitError('BUNDLE_INVALID', `${file} is no longer ${asset.mime}`, [
      { file, pointer: '', message: `now ${sniffed ?? 'not a supported image'}` },
    ]);
  return { mime: asset.mime, bytes };
}
