import { mkdirSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import { PresskitError } from '../../shared/errors';

/**
 * A lock older than this is taken over: proper-lockfile refreshes the lock's mtime every
 * STALE_MS / 2 while its holder lives, so only a holder killed with SIGKILL (or a frozen machine)
 * leaves one this old. 5 s is proper-lockfile's minimum.
 */
export const STALE_MS = 5_000;
/** Waiting longer than this for another process means something is wrong: the caller gets an error, not a hang. */
export const LOCK_WAIT_MS = 20_000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** The stores are synchronous (conf is), so waiting for a lock blocks too; Atomics.wait sleeps without spinning. */
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/**
 * Runs `work` while holding the store file's lock (`<file>.lock`, a directory, created atomically
 * by mkdir): every read-modify-write of a store file in any process (desktop app, browser mode, CLI)
 * runs one at a time. The lock is released however `work` ends.
 */
export function withStoreLock<T>(file: string, dir: string, work: () => T): T {
  mkdirSync(dir, { recursive: true });
  const options = {
    realpath: false,
    stale: STALE_MS,
    // A lock taken over after a freeze longer than STALE_MS: the write already done is atomic; say nothing more.
    onCompromised: () => undefined,
  };
  const deadline = Date.now() + LOCK_WAIT_MS;
  let release: (() => void) | null = null;
  while (!release) {
    try {
      release = lockfile.lockSync(file, options);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      if (Date.now() > deadline)
        throw new PresskitError('FILE_IO', `${file} stayed locked by another process for ${LOCK_WAIT_MS / 1000} s`, [
          { file, pointer: '', message: 'locked by another process' },
        ]);
      sleep(5 + Math.floor(Math.random() * 20));
    }
  }
  try {
    return work();
  } finally {
    release();
  }
}
