import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** A file-system-safe name from a title: "Leica & Xiaomi — Cooperation" → "leica-xiaomi-cooperation". */
export function suggestedBundleName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'import';
}

/**
 * Where a save without a chosen path goes (browser mode: a page cannot pick one): the data folder's
 * `imports/`, under the title's name, never over an existing bundle ("name-2", "name-3"…).
 */
export function defaultImportTarget(dataDir: string, title: string, kind: 'archive' | 'folder'): string {
  const dir = path.join(dataDir, 'imports');
  mkdirSync(dir, { recursive: true });
  const base = suggestedBundleName(title);
  const ext = kind === 'archive' ? '.presskit' : '';
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${base}${n === 1 ? '' : `-${n}`}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}
