import { promises as fsp, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { PresskitError } from '../../shared/errors';

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
  defaults: Record<string, unknown>;
}

export type StoreFactory = (options: ConfOptions) => ConfLike;

/** A versioned JSON document on disk. */
export interface StoreSpec<T> {
  name: string;
  /** Current format version; older files are migrated, newer ones refused. */
  version: number;
  schema: z.ZodType<T>;
  defaults: () => T;
  /** Upgrades a file of an older version one step: migrations[v] turns version v into v + 1. */
  migrations?: Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;
}

export interface OpenedStore<T> {
  read(): T;
  /** Writes atomically (temp file + rename, as conf does); returns once the data is on disk. */
  write(value: T): void;
  readonly path: string;
  /** Things the user must be told, e.g. a corrupt file moved aside. */
  readonly notices: string[];
}

interface Envelope {
  formatVersion: number;
  data: unknown;
}

/**
 * Opens a store, never losing what the user saved: a file that is not JSON, or whose content the
 * schema rejects, is renamed to `<name>.corrupt-<time>.json` beside it (nothing is deleted) and a
 * fresh store is started with a notice saying where the old file went.
 */
export function openStore<T>(factory: StoreFactory, dir: string, spec: StoreSpec<T>, now: () => Date = () => new Date()): OpenedStore<T> {
  const notices: string[] = [];
  const file = path.join(dir, `${spec.name}.json`);
  const moveAside = (reason: string) => {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(dir, `${spec.name}.corrupt-${stamp}.json`);
    renameSync(file, aside);
    notices.push(`${file} could not be read (${reason}); it was moved to ${aside} and a new store was started.`);
  };
  const defaults = { formatVersion: spec.version, data: spec.defaults() };
  const create = () => factory({ configName: spec.name, cwd: dir, defaults: defaults as unknown as Record<string, unknown> });

  let conf: ConfLike;
  try {
    conf = create();
  } catch (err) {
    if (!existsSync(file)) throw err;
    moveAside((err as Error).message);
    conf = create();
  }

  let value: T;
  const raw = conf.store as unknown as Partial<Envelope>;
  const version = typeof raw.formatVersion === 'number' ? raw.formatVersion : 0;
  if (version > spec.version)
    throw new PresskitError(
      'STORE_CORRUPT',
      `${file} was written by a newer version of the app (format ${version}, this app knows ${spec.version}); it was left untouched`,
      [{ file, pointer: '/formatVersion', message: `unsupported format ${version}` }],
    );
  let data = raw.data as Record<string, unknown> | undefined;
  let migrated = false;
  try {
    for (let v = version; v < spec.version; v++) {
      const step = spec.migrations?.[v];
      if (!step) throw new Error(`no migration from format ${v}`);
      data = step(data ?? {});
      migrated = true;
    }
    value = spec.schema.parse(data);
  } catch (err) {
    moveAside(err instanceof Error ? err.message.slice(0, 300) : String(err));
    conf = create();
    value = spec.defaults();
    migrated = false;
  }
  const writeValue = (next: T) => {
    conf.store = { formatVersion: spec.version, data: next as unknown };
  };
  if (migrated) writeValue(value);

  return {
    path: conf.path,
    notices,
    read: () => value,
    write(next: T) {
      writeValue(next);
      value = next;
    },
  };
}

/** Lists the files a store has moved aside, for a "recover" panel or a test. */
export async function listCorruptCopies(dir: string, name: string): Promise<string[]> {
  const entries = await fsp.readdir(dir).catch(() => [] as string[]);
  return entries.filter((e) => e.startsWith(`${name}.corrupt-`)).map((e) => path.join(dir, e));
}
