import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeLeftovers } from '../store/temp-sweep';
import type { BundleSession } from './context';

const PREFIX = 'presskit-upload-';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but is someone else's.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes upload folders left by a process that was killed: ours only (named `presskit-upload-<pid>-`),
 * older than a minute, and only when the process that made them is gone, so a second
 * `presskit serve` keeps the bundle it shows. Folders of the older naming (no pid) go by age alone.
 */
export function sweepLeftoverUploads(tmp = os.tmpdir(), now = Date.now()): string[] {
  return removeLeftovers(
    tmp,
    (name, info) => {
      if (!name.startsWith(PREFIX) || !info.isDirectory() || info.uid !== process.getuid?.()) return false;
      const pid = /^presskit-upload-(\d+)-/.exec(name)?.[1];
      return !pid || (Number(pid) !== process.pid && !alive(Number(pid)));
    },
    now,
  );
}

/** Every live instance, emptied by one exit handler (one listener, however many services a process makes). */
const live = new Set<UploadedArchives>();
let exitHandler = false;

/**
 * .presskit files that arrive as bytes (browser mode cannot give a path): each is written to its own
 * temporary folder and has a lifetime of its own: kept while it is being opened and while it is the
 * open bundle (its images are read from it on demand), removed once another bundle replaces it, at
 * once when it does not open, and when the process exits (Ctrl+C and SIGTERM included).
 */
export class UploadedArchives {
  private readonly stored = new Set<string>();
  /** Uploads still being opened: another bundle opening meanwhile must not delete them. */
  private readonly opening = new Set<string>();
  private current: string | null = null;

  constructor(session: BundleSession) {
    sweepLeftoverUploads();
    session.onChange((bundle) => {
      this.current = bundle.origin.path;
      this.discardUnused();
    });
    live.add(this);
    if (!exitHandler) {
      exitHandler = true;
      process.on('exit', () => {
        for (const uploads of live) uploads.discardAll();
      });
    }
  }

  discardAll(): void {
    for (const file of [...this.stored]) this.discard(file);
  }

  private discardUnused(): void {
    for (const file of [...this.stored]) if (file !== this.current && !this.opening.has(file)) this.discard(file);
  }

  /** Writes the bytes to a new temporary folder and returns the file's path; call `opened` once it has been opened or refused. */
  store(fileName: string, bytes: Buffer): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
    // Only the base name, and only harmless characters: the name is the user's, the folder ours.
    const safe =
      path
        .basename(fileName)
        .replace(/[^\p{L}\p{N}._ -]/gu, '_')
        .replace(/^\.+/, '') || 'bundle.presskit';
    const file = path.join(dir, safe);
    this.stored.add(file);
    this.opening.add(file);
    try {
      writeFileSync(file, bytes);
    } catch (err) {
      this.discard(file);
      throw err;
    }
    return file;
  }

  /** The upload has been opened (it is the open bundle now) or refused: from now on it lives only while it is shown. */
  settled(file: string): void {
    this.opening.delete(file);
    this.discardUnused();
  }

  discard(file: string): void {
    rmSync(path.dirname(file), { recursive: true, force: true });
    this.stored.delete(file);
    this.opening.delete(file);
  }
}
