import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ANNOTATION_STORE_FORMAT, AnnotationRepository, annotationStoreName } from '../../../src/core/annotations/index';
import { confFactory } from '../../../src/core/store/conf-factory';
import { listCorruptCopies, openStore } from '../../../src/core/store/store';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { tempDataDir } from '../../support/launch';
import { annotationOn, loadBuiltIn } from './helpers';

let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});
const storeFile = (dir: string) => path.join(dir, `${annotationStoreName(bundle.manifest.id)}.json`);

/** Sets the file's times in the past, so any rewrite shows as a newer mtime even within one second. */
const age = (file: string) => utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));

describe('store files without formatVersion', () => {
  it('migrates an unversioned annotations file ({annotations}) instead of hiding it behind defaults', () => {
    const dir = tempDataDir();
    const a = annotationOn(bundle, 'release', 0, 10, { note: 'from an old app' });
    writeFileSync(storeFile(dir), JSON.stringify({ annotations: [a] }));
    const repository = new AnnotationRepository(confFactory, dir);
    expect(repository.read(bundle.manifest.id).annotations).toEqual([a]);
    expect(JSON.parse(readFileSync(storeFile(dir), 'utf8'))).toEqual({
      formatVersion: ANNOTATION_STORE_FORMAT,
      data: { bundleId: bundle.manifest.id, contentHash: null, annotations: [a] },
    });
  });

  it('moves an unversioned file of a store with no migration for it aside, with a notice, content intact', async () => {
    const dir = tempDataDir();
    const original = JSON.stringify({ colour: 'blue' });
    writeFileSync(path.join(dir, 'thing.json'), original);
    const spec = { name: 'thing', version: 1, schema: z.object({ colour: z.string() }), defaults: () => ({ colour: 'red' }) };
    const store = openStore(confFactory, dir, spec);
    expect(store.read()).toEqual({ colour: 'red' });
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toMatch(/formatVersion/);
    const copies = await listCorruptCopies(dir, 'thing');
    expect(copies.map((c) => readFileSync(c, 'utf8'))).toEqual([original]);
  });

  it('keeps what a file damaged by merged-in defaults still holds outside the envelope', async () => {
    const dir = tempDataDir();
    const a = annotationOn(bundle, 'release', 0, 10);
    const damaged = JSON.stringify({
      annotations: [a],
      formatVersion: 2,
      data: { bundleId: bundle.manifest.id, contentHash: null, annotations: [] },
    });
    writeFileSync(storeFile(dir), damaged);
    const repository = new AnnotationRepository(confFactory, dir);
    expect(repository.read(bundle.manifest.id).annotations).toEqual([]);
    expect(repository.takeNotices()).toHaveLength(1);
    const copies = await listCorruptCopies(dir, annotationStoreName(bundle.manifest.id));
    expect(copies.map((c) => readFileSync(c, 'utf8'))).toEqual([damaged]);
    // Told once: the live file holds the envelope alone afterwards.
    expect(new AnnotationRepository(confFactory, dir).takeNotices()).toEqual([]);
  });
});

describe('reading a store', () => {
  it('does not rewrite a valid, current file', () => {
    const dir = tempDataDir();
    const a = annotationOn(bundle, 'release', 0, 10);
    const text = JSON.stringify({
      formatVersion: ANNOTATION_STORE_FORMAT,
      data: { bundleId: bundle.manifest.id, contentHash: null, annotations: [a] },
    });
    writeFileSync(storeFile(dir), text);
    age(storeFile(dir));
    const before = statSync(storeFile(dir)).mtimeMs;
    const repository = new AnnotationRepository(confFactory, dir);
    expect(repository.read(bundle.manifest.id).annotations).toEqual([a]);
    repository.labels();
    expect(readFileSync(storeFile(dir), 'utf8')).toBe(text);
    expect(statSync(storeFile(dir)).mtimeMs).toBe(before);
  });

  it('creates no file when there is none (an export only reads)', () => {
    const dir = tempDataDir();
    const repository = new AnnotationRepository(confFactory, dir);
    expect(repository.state(bundle.manifest.id)).toEqual({ annotations: [], labels: {} });
    expect(existsSync(storeFile(dir))).toBe(false);
    expect(existsSync(path.join(dir, 'annotation-colours.json'))).toBe(false);
  });
});
