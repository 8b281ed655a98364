// The 100,000-annotation case of the hardening issue: a whole store exported to W3C JSON-LD and that
// file imported into an empty data folder, through the CLI as a user runs it.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/presskit';
import type { CliIo } from '../src/cli/io';
import { ANNOTATION_STORE_FORMAT, annotationStoreName } from '../src/core/annotations/annotation-store-spec';
import { loadBundle } from '../src/core/bundle/load-bundle';
import { generateAnnotations } from './annotation-changes';

const BUNDLE = path.resolve(import.meta.dirname, '..', 'resources', 'bundles', 'xiaomi-leica-2022');

const quietIo = (dataDir: string): CliIo => ({
  out: () => undefined,
  err: () => undefined,
  env: { PRESSKIT_DATA_DIR: dataDir },
  cwd: dataDir,
});

/** Times `presskit annotations export --format jsonld` of `n` stored annotations, then `presskit annotations import` of that file. */
export async function exportThenImport(n: number): Promise<{ exportMs: number; importMs: number; fileMiB: number }> {
  const bundle = await loadBundle(BUNDLE, { builtIn: true });
  const from = mkdtempSync(path.join(os.tmpdir(), 'presskit-bench-linear-'));
  const to = mkdtempSync(path.join(os.tmpdir(), 'presskit-bench-linear-'));
  writeFileSync(
    path.join(from, `${annotationStoreName(bundle.manifest.id)}.json`),
    JSON.stringify({
      formatVersion: ANNOTATION_STORE_FORMAT,
      data: {
        bundleId: bundle.manifest.id,
        contentHash: null,
        // A note of its own each, so that none is skipped as a duplicate of another.
        annotations: generateAnnotations(bundle, n).map((a, i) => ({ ...a, note: `${a.note} ${i}`.trim() })),
      },
    }),
  );
  const file = path.join(from, 'all.jsonld');
  const t0 = performance.now();
  const exported = await main(['annotations', 'export', BUNDLE, '--format', 'jsonld', '-o', file], quietIo(from));
  const t1 = performance.now();
  const imported = await main(['annotations', 'import', BUNDLE, file], quietIo(to));
  const t2 = performance.now();
  if (exported !== 0 || imported !== 0) throw new Error(`export exited ${exported}, import ${imported}`);
  return { exportMs: t1 - t0, importMs: t2 - t1, fileMiB: statSync(file).size / 1024 / 1024 };
}
