// One annotation added, edited and deleted at 2,000 / 5,000 / 20,000 stored annotations, through the
// real service on a real data folder: time until the renderer has the changed, anchored annotation,
// and bytes written to disk. Baseline: today's path before the journal — the whole store file
// rewritten (conf, atomic) and every annotation re-listed and re-anchored for the renderer.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { selectorsFor } from '../src/core/annotations/index';
import { annotationStoreName, ANNOTATION_STORE_FORMAT } from '../src/core/annotations/annotation-store-spec';
import { createService } from '../src/core/service/create-service';
import { confFactory } from '../src/core/store/conf-factory';
import { openStore } from '../src/core/store/store';
import { annotationStoreSpec } from '../src/core/annotations/annotation-store-spec';
import type { Annotation } from '../src/shared/model/annotation';
import type { LoadedBundle } from '../src/shared/model/document';
import { seededRandom } from './lib/prng';
import { median } from './lib/measure';
import type { BenchRow } from './lib/report';

const RESOURCES = path.resolve(import.meta.dirname, '..', 'resources');

export function generateAnnotations(bundle: LoadedBundle, n: number): Annotation[] {
  const rand = seededRandom(n);
  return Array.from({ length: n }, (_, i) => {
    const doc = bundle.documents[i % bundle.documents.length]!;
    const start = Math.floor(rand() * (doc.text.length - 60));
    return {
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      bundleId: bundle.manifest.id,
      documentId: doc.id,
      ...selectorsFor(doc, start, start + 10 + Math.floor(rand() * 40)),
      colour: 'yellow',
      note: i % 3 ? '' : `A note of about sixty characters on annotation number ${i}.`,
      tags: i % 5 ? [] : ['press'],
      created: '2024-01-01T00:00:00.000Z',
      modified: '2024-01-01T00:00:00.000Z',
    };
  });
}

/** Bytes now on disk in the data folder's store files (the journal grows by what one change appends). */
const bytesOnDisk = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.startsWith('annotations-'))
    .reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);

export async function measureAt(n: number, runs: number): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'presskit-bench-changes-'));
  const { handlers } = createService({ host: { kind: 'browser' }, resourcesDir: RESOURCES, stores: confFactory, dataDir });
  const bundle = await handlers.openBuiltInBundle();
  const annotations = generateAnnotations(bundle, n);
  const file = path.join(dataDir, `${annotationStoreName(bundle.manifest.id)}.json`);
  writeFileSync(
    file,
    JSON.stringify({ formatVersion: ANNOTATION_STORE_FORMAT, data: { bundleId: bundle.manifest.id, contentHash: null, annotations } }),
  );
  await handlers.listAnnotations(); // the window's first list: the store is read once
  const doc = bundle.documents[0]!;
  const times: Record<'add' | 'edit' | 'delete', number[]> = { add: [], edit: [], delete: [] };
  const bytes: Record<'add' | 'edit' | 'delete', number[]> = { add: [], edit: [], delete: [] };
  const timed = async (kind: 'add' | 'edit' | 'delete', work: () => Promise<unknown>) => {
    const before = bytesOnDisk(dataDir);
    const t0 = performance.now();
    await work();
    times[kind].push(performance.now() - t0);
    // A compaction shrinks the journal: count what it wrote (the whole snapshot) instead.
    const after = bytesOnDisk(dataDir);
    bytes[kind].push(after >= before ? after - before : statSync(file).size);
  };
  for (let i = 0; i < runs; i++) {
    let id = '';
    await timed('add', async () => {
      id = (await handlers.createAnnotation({ documentId: doc.id, start: 10 + i, end: 40 + i, colour: 'green' })).annotation!.annotation.id;
    });
    await timed('edit', () => handlers.updateAnnotation({ id, note: `edited ${i}`, tags: ['bench'] }));
    await timed('delete', () => handlers.deleteAnnotation({ id }));
  }
  // Baseline: the same change the old way — the whole file rewritten, then the whole list re-read and re-anchored.
  const store = openStore(confFactory, dataDir, annotationStoreSpec(bundle.manifest.id));
  const baselineTimes: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const t0 = performance.now();
    store.write({ bundleId: bundle.manifest.id, contentHash: bundle.contentHash, annotations: [...store.read().annotations] });
    await handlers.listAnnotations();
    baselineTimes.push(performance.now() - t0);
  }
  const baselineBytes = statSync(file).size;
  const base = { bench: 'annotation change', baselineName: 'full rewrite + re-list' };
  return (['add', 'edit', 'delete'] as const).flatMap((kind) => [
    {
      ...base,
      case: `${kind} one at ${n.toLocaleString('en')} annotations`,
      metric: 'time to anchored change',
      ours: median(times[kind]),
      baseline: median(baselineTimes),
      unit: 'ms',
      goal: '≤ 50 ms',
      notes: `max ${Math.max(...times[kind]).toFixed(1)} ms over ${runs} runs`,
    },
    {
      ...base,
      case: `${kind} one at ${n.toLocaleString('en')} annotations`,
      metric: 'bytes written per change',
      ours: median(bytes[kind]) / 1024,
      baseline: baselineBytes / 1024,
      unit: 'KiB',
      goal: n >= 20_000 ? '≤ 10 KiB' : '',
      notes: `max ${(Math.max(...bytes[kind]) / 1024).toFixed(1)} KiB (a compaction writes the snapshot once the journal outgrows it)`,
    },
  ]);
}

export async function benchAnnotationChanges(options: { quick: boolean }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [2_000, 5_000, 20_000]) rows.push(...(await measureAt(n, options.quick ? 10 : 30)));
  return rows;
}
