import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './launch';
import { buildZip, type RawEntry } from './raw-zip';

export const BUILT_IN_BUNDLE = path.join(REPO_ROOT, 'resources', 'bundles', 'xiaomi-leica-2022');
export const SEED_FILE = path.resolve(REPO_ROOT, '..', 'shared', 'seed', 'xiaomi-leica-2022.txt');

/** A writable copy of the built-in bundle, to break on purpose. */
export function copyBuiltInBundle(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-bundle-'));
  cpSync(BUILT_IN_BUNDLE, dir, { recursive: true });
  return dir;
}

export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, 'presskit.json'), 'utf8')) as Record<string, unknown>;
}

export function writeManifest(dir: string, manifest: unknown): void {
  writeFileSync(path.join(dir, 'presskit.json'), JSON.stringify(manifest, null, 2));
}

/** The built-in bundle's files as zip entries (optionally under a folder prefix). */
export function builtInEntries(prefix = ''): RawEntry[] {
  return readdirSync(BUILT_IN_BUNDLE).map((f) => ({ name: prefix + f, data: readFileSync(path.join(BUILT_IN_BUNDLE, f)), deflate: true }));
}

export function writeZip(entries: RawEntry[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'presskit-zip-')), 'bundle.presskit');
  writeFileSync(file, buildZip(entries));
  return file;
}
