import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnnotationRepository, annotationStoreName, ANNOTATION_STORE_FORMAT } from '../../../src/core/annotations/index';
import { confFactory } from '../../../src/core/store/conf-factory';
import { listCorruptCopies } from '../../../src/core/store/store';
import { PresskitError } from '../../../src/shared/errors';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { tempDataDir } from '../../support/launch';
import { annotationOn, loadBuiltIn } from './helpers';

let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});
const storeFile = (dir: string) => path.join(dir, `${annotationStoreName(bundle.manifest.id)}.json`);

describe('annotation store', () => {
  it('keeps annotations across reopening, keyed by bundle id, with the content hash recorded', () => {
    const dir = tempDataDir();
    const a = annotationOn(bundle, 'release', 0, 10, { note: 'kept' });
    new AnnotationRepository(confFactory, dir).apply(bundle, { kind: 'create', annotation: a });
    const reopened = new AnnotationRepository(confFactory, dir).read(bundle.manifest.id);
    expect(reopened).toEqual({ bundleId: bundle.manifest.id, contentHash: bundle.contentHash, annotations: [a] });
    expect(JSON.parse(readFileSync(storeFile(dir), 'utf8'))).toMatchObject({ formatVersion: ANNOTATION_STORE_FORMAT });
  });

  it('moves a file that is not JSON aside, tells the user, and starts afresh without deleting it', () => {
    const dir = tempDataDir();
    new AnnotationRepository(confFactory, dir).apply(bundle, { kind: 'create', annotation: annotationOn(bundle, 'release', 0, 10) });
    writeFileSync(storeFile(dir), '{"formatVersion": 2, "data": {"annota');
    const repository = new AnnotationRepository(confFactory, dir);
    expect(repository.read(bundle.manifest.id).annotations).toEqual([]);
    const [notice] = repository.takeNotices();
    expect(notice).toMatch(/could not be read .* moved to .*annotations-xiaomi-leica-2022\.corrupt-.*\.json/);
    return listCorruptCopies(dir, annotationStoreName(bundle.manifest.id)).then((copies) => {
      expect(copies).toHaveLength(1);
      expect(readFileSync(copies[0]!, 'utf8')).toBe('{"formatVersion": 2, "data": {"annota');
    });
  });

  it('moves aside a file that is JSON but violates the schema (duplicate ids, bad colour)', async () => {
    for (const bad of [
      (a: unknown) => ({ bundleId: bundle.manifest.id, contentHash: null, annotations: [a, a] }),
      (a: unknown) => ({ bundleId: bundle.manifest.id, contentHash: null, annotations: [{ ...(a as object), colour: 'chartreuse' }] }),
    ]) {
      const dir = tempDataDir();
      const original = JSON.stringify({ formatVersion: 2, data: bad(annotationOn(bundle, 'release', 0, 10)) });
      writeFileSync(storeFile(dir), original);
      const repository = new AnnotationRepository(confFactory, dir);
      expect(repository.read(bundle.manifest.id).annotations).toEqual([]);
      expect(repository.takeNotices()).toHaveLength(1);
      const copies = await listCorruptCopies(dir, annotationStoreName(bundle.manifest.id));
      expect(copies.map((c) => readFileSync(c, 'utf8'))).toEqual([original]);
    }
  });

  it('migrates format 1 (annotations only) to the current format and writes it back', () => {
    const dir = tempDataDir();
    const a = annotationOn(bundle, 'release', 5, 25, { tags: ['old'] });
    writeFileSync(storeFile(dir), JSON.stringify({ formatVersion: 1, data: { annotations: [a] } }));
    const repository = new AnnotationRepository(confFactory, dir);
    expect(repository.read(bundle.manifest.id)).toEqual({ bundleId: bundle.manifest.id, contentHash: null, annotations: [a] });
    expect(repository.takeNotices()).toEqual([]);
    expect(JSON.parse(readFileSync(storeFile(dir), 'utf8'))).toEqual({
      formatVersion: ANNOTATION_STORE_FORMAT,
      data: { bundleId: bundle.manifest.id, contentHash: null, annotations: [a] },
    });
  });

  it('refuses a file from a newer app, leaving it untouched', () => {
    const dir = tempDataDir();
    const future = JSON.stringify({ formatVersion: 99, data: { whatever: true } });
    writeFileSync(storeFile(dir), future);
    expect(() => new AnnotationRepository(confFactory, dir).read(bundle.manifest.id)).toThrow(PresskitError);
    expect(readFileSync(storeFile(dir), 'utf8')).toBe(future);
  });

  it('keeps colour labels in their own store, for every bundle', () => {
    const dir = tempDataDir();
    new AnnotationRepository(confFactory, dir).apply(bundle, { kind: 'relabel', key: 'pink', before: null, after: 'Verify with legal' });
    expect(new AnnotationRepository(confFactory, dir).labels()).toEqual({ pink: 'Verify with legal' });
    expect(existsSync(path.join(dir, 'annotation-colours.json'))).toBe(true);
    expect(new AnnotationRepository(confFactory, dir).read(bundle.manifest.id).annotations).toEqual([]);
  });
});
