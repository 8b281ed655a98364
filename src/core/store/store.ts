import { promises as fsp, copyFileSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { PresskitError } from '../../shared/errors';
import { fileError, isSystemError } from './file-errors';
import { withStoreLock } from './store-lock';
import { sweepLeftoverTemps } from './temp-sweep';

/**
 * The part of conf / electron-store the app uses. electron-store *is* a conf (same file layout,
 * same atomic writes), so the desktop host passes electron-store and browser mode and the CLI pass
 * conf; the code here sees no difference.
 */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface ConfOptions {
  /** File name without extension, e.g. "annotations-xiaomi-leica-2022". */
  configName: string;
  /** Folder the file lives in (the app data folder). */
  cwd: string;
  /**
   * Always empty: conf merges defaults into an existing file and saves at once, which would hide an
   * unversioned file's content behind them and rewrite files on a read. openStore fills in its own.
   */
  defaults: Record<string, never>;
}

export type StoreFactory = (options: ConfOptions) => ConfLike;

/** A versioned JSON document on disk. */
export interface StoreSpec<T> {
  name: string;
  /** Current format version; older files are migrated, newer ones refused. */
  version: number;
  schema: z.ZodType<T>;
  defaults: () => T;
  /**
   * Upgrades a file of an older version one step: migrations[v] turns version v into v + 1. A file
   * without formatVersion is version 0 and its whole content is what migrations[0] receives.
   */
  migrations?: Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;
}

export interface OpenedStore<T> {
  read(): T;
  /** Writes atomically (temp file + rename, as conf does); returns once the data is on disk. */
  write(value: T): void;
  /**
   * Read-modify-write under the file's cross-process lock: re-reads the file, passes its content to
   * `change` and writes the result, so a change made meanwhile by another process is never lost.
   */
  update(change: (current: T) => T): T;
  readonly path: string;
  /** Things the user must be told, e.g. a corrupt file moved aside. */
  readonly notices: string[];
}

const ENVELOPE_KEYS = new Set(['formatVersion', 'data']);

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/** The error for a file written by a newer app: it is left untouched, so a newer app loses nothing. */
function newerFileError(file: string, version: number, known: number): PresskitError {
  return new PresskitError(
    'STORE_CORRUPT',
    `${file} was written by a newer version of the app (format ${version}, this app knows ${known}); it was left untouched`,
    [{ file, pointer: '/formatVersion', message: `unsupported format ${version}` }],
  );
}

/**
 * Opens a store, never losing what the user saved: a file that is not JSON, or whose content the
 * schema rejects, is renamed to `<name>.corrupt-<time>.json` beside it (nothing is deleted) and a
 * fresh store is started with a notice saying where the old file went. A missing file reads as the
 * defaults without being created, and a valid, current file is never rewritten by reading it.
 */
export function openStore<T>(factory: StoreFactory, dir: string, spec: StoreSpec<T>, now: () => Date = () => new Date()): OpenedStore<T> {
  const notices: string[] = [];
  sweepLeftoverTemps(dir);
  const file = path.join(dir, `${spec.name}.json`);
  const asidePath = () => path.join(dir, `${spec.name}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}.json`);
  const moveAside = (reason: string) => {
    const aside = asidePath();
    renameSync(file, aside);
    notices.push(`${file} could not be read (${reason}); it was moved to ${aside} and a new store was started.`);
  };
  const create = () => factory({ configName: spec.name, cwd: dir, defaults: {} });

  const existed = existsSync(file);
  let conf: ConfLike;
  // What the file holds, or null when there is no file (or it was moved aside): the defaults apply.
  let raw: Record<string, unknown> | null = null;
  try {
    conf = create();
    if (existed) raw = conf.store;
  } catch (err) {
    // A file the system will not let us read (permissions, read-only disk) is not corrupt: say so, move nothing.
    if (!existed || isSystemError(err)) throw fileError(file, err, 'could not be read');
    moveAside(messageOf(err));
    conf = create();
  }

  let value = spec.defaults();
  let rewrite = false;
  if (raw) {
    const version = 'formatVersion' in raw ? raw.formatVersion : 0;
    const extras = Object.keys(raw).filter((k) => !ENVELOPE_KEYS.has(k));
    if (typeof version === 'number' && version > spec.version) throw newerFileError(file, version, spec.version);
    try {
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
        throw new Error(`formatVersion ${JSON.stringify(version)} is not a version`);
      // Unversioned files carry their data at the top level; versioned ones inside the envelope.
      let data = (version === 0 ? raw : raw.data) as Record<string, unknown> | undefined;
      for (let v = version; v < spec.version; v++) {
        const step = spec.migrations?.[v];
        if (!step) throw new Error(v === 0 ? 'it has no formatVersion and no migration reads it' : `no migration from format ${v}`);
        data = step(data ?? {});
        rewrite = true;
      }
      value = spec.schema.parse(data);
      if (version > 0 && extras.length) {
        // Keys beside the envelope (e.g. merged in by an older conf with defaults) are kept in a copy, then dropped.
        const aside = asidePath();
        copyFileSync(file, aside);
        notices.push(`${file} held fields outside its data (${extras.join(', ')}); the whole file was copied to ${aside}.`);
        rewrite = true;
      }
    } catch (err) {
      moveAside(messageOf(err));
      value = spec.defaults();
      rewrite = false;
    }
  }
  const writeValue = (next: T) => {
    try {
      conf.store = { formatVersion: spec.version, data: next as unknown };
    } catch (err) {
      throw fileError(file, err, 'could not be written');
    }
  };
  if (rewrite) writeValue(value);

  return {
    path: conf.path,
    notices,
    read: () => value,
    write(next: T) {
      writeValue(next);
      value = next;
    },
    update(change: (current: T) => T): T {
      return withStoreLock(file, dir, () => {
        const fresh = openStore(factory, dir, spec, now);
        notices.push(...fresh.notices);
        const next = change(fresh.read());
        fresh.write(next);
        value = next;
        return next;
      });
    },
  };
}

/**
 * For stores of conveniences (preferences, recent bundles, window state): whatever goes wrong opening
 * the file, the app still works. A file from a newer app, or one that cannot be opened at all, is left
 * as it is and the defaults are kept in memory for this run, with a notice; corrupt files are moved
 * aside as openStore does.
 */
export function openStoreOrMemory<T>(factory: StoreFactory, dir: string, spec: StoreSpec<T>, now?: () => Date): OpenedStore<T> {
  try {
    return openStore(factory, dir, spec, now);
  } catch (err) {
    const file = path.join(dir, `${spec.name}.json`);
    const why =
      err instanceof PresskitError && err.code === 'STORE_CORRUPT'
        ? err.message
        : `${file} could not be opened (${messageOf(err)}); it was left as it is`;
    let value = spec.defaults();
    return {
      path: file,
      notices: [`${why}. Defaults are used and changes are kept until the app closes, without being saved.`],
      read: () => value,
      write(next: T) {
        value = next;
      },
      update(change: (current: T) => T): T {
        value = change(value);
        return value;
      },
    };
  }
}

/** Lists the files a store has moved aside, for a "recover" panel or a test. */
export async function listCorruptCopies(dir: string, name: string): Promise<string[]> {
  const entries = await fsp.readdir(dir).catch(() => [] as string[]);
  return entries.filter((e) => e.startsWith(`${name}.corrupt-`)).map((e) => path.join(dir, e));
}
