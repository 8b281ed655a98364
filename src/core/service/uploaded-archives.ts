import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleSession } from './context';

/**
 * .presskit files that arrive as bytes (browser mode cannot give a path): each is written to its own
 * temporary folder, kept while it is the open bundle (its images are read from it on demand), and
 * removed once another bundle replaces it, or at once when it does not open.
 */
export class UploadedArchives {
  private readonly stored = new Set<string>();

  constructor(session: BundleSession) {
    session.onChange((bundle) => {
      for (const file of this.stored) if (file !== bundle.origin.path) this.discard(file);
    });
  }

  /** Writes the bytes to a new temporary folder and returns the file's path. */
  store(fileName: string, bytes: Buffer): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-upload-'));
    // Only the base name, and only harmless characters: the name is the user's, the folder ours.
    const safe =
      path
        .basename(fileName)
        .replace(/[^\p{L}\p{N}._ -]/gu, '_')
        .replace(/^\.+/, '') || 'bundle.presskit';
    const file = path.join(dir, safe);
    writeFileSync(file, bytes);
    this.stored.add(file);
    return file;
  }

  discard(file: string): void {
    rmSync(path.dirname(file), { recursive: true, force: true });
    this.stored.delete(file);
  }
}
