import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATION_STORE_FORMAT, AnnotationRepository, annotationStoreName } from '../../../src/core/annotations/index';
import { confFactory } from '../../../src/core/store/conf-factory';
import type { Annotation } from '../../../src/shared/model/annotation';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { tempDataDir } from '../../support/launch';
import { annotationOn, loadBuiltIn } from './helpers';

const N = 20_000;
let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});

const storeFile = (dir: string) => path.join(dir, `${annotationStoreName(bundle.manifest.id)}.json`);
const journalFile = (dir: string) => path.join(dir, `${annotationStoreName(bundle.manifest.id)}.journal.jsonl`);
const sizeOf = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;
const many = (n: number): Annotation[] =>
  Array.from({ length: n }, (_, i) => annotationOn(bundle, 'release', i % 400, (i % 400) + 20, { id: `urn:presskit-test:bulk-${i}` }));

function storeWith(annotations: Annotation[], formatVersion = ANNOTATION_STORE_FORMAT): string {
  const dir = tempDataDir();
  writeFileSync(storeFile(dir), JSON.stringify({ formatVersion, data: { bundleId: bundle.manifest.id, contentHash: null, annotations } }));
  return dir;
}

describe('annotation journal', () => {
  it(`writes one change at ${N.toLocaleString('en')} annotations in under 10 KB, and a fresh reader sees it`, () => {
    const dir = storeWith(many(N));
    const repository = new AnnotationRepository(confFactory, dir);
    repository.read(bundle.manifest.id);
    const snapshot = statSync(storeFile(dir));
    const written = () => sizeOf(journalFile(dir)) + (statSync(storeFile(dir)).mtimeMs === snapshot.mtimeMs ? 0 : sizeOf(storeFile(dir)));
    const a = annotationOn(bundle, 'release', 30, 60, { note: 'new' });
    let before = written();
    repository.apply(bundle, { kind: 'create', annotation: a });
    expect(written() - before).toBeLessThan(10_000);
    const edited = { ...a, note: 'edited', modified: '2024-02-02T00:00:00Z' };
    before = written();
    repository.apply(bundle, { kind: 'update', before: a, after: edited });
    expect(written() - before).toBeLessThan(10_000);
    const gone = repository.read(bundle.manifest.id).annotations[5]!;
    before = written();
    repository.apply(bundle, { kind: 'delete', annotation: gone });
    expect(written() - before).toBeLessThan(10_000);

    const fresh = new AnnotationRepository(confFactory, dir).read(bundle.manifest.id).annotations;
    expect(fresh).toHaveLength(N);
    expect(fresh.find((x) => x.id === a.id)).toEqual(edited);
    expect(fresh.some((x) => x.id === gone.id)).toBe(false);
  });

  it("reads today's format 2 file, then folds a journal that outgrew the snapshot back into it", () => {
    const dir = storeWith(many(20), 2);
    const repository = new AnnotationRepository(confFactory, dir);
    expect(repository.read(bundle.manifest.id).annotations).toHaveLength(20);
    expect(JSON.parse(readFileSync(storeFile(dir), 'utf8')).formatVersion).toBe(ANNOTATION_STORE_FORMAT);
    const added = Array.from({ length: 200 }, (_, i) => annotationOn(bundle, 'release', i, i + 10, { note: 'x'.repeat(200) }));
    let compacted = false;
    for (const annotation of added) {
      repository.apply(bundle, { kind: 'create', annotation });
      if (sizeOf(journalFile(dir)) === 0) compacted = true;
    }
    expect(compacted).toBe(true);
    const snapshot = JSON.parse(readFileSync(storeFile(dir), 'utf8')) as { data: { annotations: Annotation[] } };
    expect(snapshot.data.annotations.length).toBeGreaterThan(20);
    expect(new AnnotationRepository(confFactory, dir).read(bundle.manifest.id).annotations).toHaveLength(220);
  });

  it('skips a line cut off by a killed writer, and the next change is still read', () => {
    const dir = storeWith(many(3));
    const repository = new AnnotationRepository(confFactory, dir);
    const a = annotationOn(bundle, 'release', 1, 9);
    repository.apply(bundle, { kind: 'create', annotation: a });
    appendFileSync(journalFile(dir), '{"h":null,"put":{"id":"urn:cut');
    const b = annotationOn(bundle, 'release', 2, 12);
    new AnnotationRepository(confFactory, dir).apply(bundle, { kind: 'create', annotation: b });
    const ids = new AnnotationRepository(confFactory, dir).read(bundle.manifest.id).annotations.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(ids).toHaveLength(5);
  });
});
