import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotationRepository, annotationStoreName, ANNOTATION_STORE_FORMAT } from '../../../src/core/annotations/index';
import { confFactory } from '../../../src/core/store/conf-factory';
import type { StoreFactory } from '../../../src/core/store/store';
import { tempDataDir } from '../../support/launch';

const BUNDLE = 'xiaomi-leica-2022';
const storeFile = (dir: string) => path.join(dir, `${annotationStoreName(BUNDLE)}.json`);
const isRoot = process.getuid?.() === 0;

describe('store files: leftovers and input/output errors', () => {
  it('removes temporary files of killed writers older than a minute, and only those', () => {
    const dir = tempDataDir();
    const old = new Date(Date.now() - 120_000);
    const leftover = path.join(dir, 'annotations-x.json.tmp-1733312345abc123');
    const fresh = path.join(dir, 'annotations-y.json.tmp-1733312399abc456');
    const foreign = path.join(dir, 'notes.txt.tmp-1733312345abc123');
    for (const f of [leftover, fresh, foreign]) writeFileSync(f, '{}');
    utimesSync(leftover, old, old);
    utimesSync(foreign, old, old);
    new AnnotationRepository(confFactory, dir).read(BUNDLE);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
  });

  it('reports a store path that is a folder (EISDIR) as an input/output error and moves nothing aside', () => {
    const dir = tempDataDir();
    mkdirSync(storeFile(dir));
    const repository = new AnnotationRepository(confFactory, dir);
    expect(() => repository.read(BUNDLE)).toThrow(expect.objectContaining({ code: 'FILE_IO', message: expect.stringContaining('EISDIR') }));
    expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toEqual([]);
    expect(statSync(storeFile(dir)).isDirectory()).toBe(true);
  });

  it.each(['EACCES', 'EPERM', 'EROFS'])('reports %s from the store library as an input/output error, not corruption', (code) => {
    const dir = tempDataDir();
    writeFileSync(storeFile(dir), '{"formatVersion": 3, "data": {}}');
    // The error as Node raises it for a file the system refuses (root, who runs CI here, is never refused a read).
    const refusing: StoreFactory = () => {
      throw Object.assign(new Error(`${code}: refused, open '${storeFile(dir)}'`), { code, syscall: 'open' });
    };
    const repository = new AnnotationRepository(refusing, dir);
    expect(() => repository.read(BUNDLE)).toThrow(expect.objectContaining({ code: 'FILE_IO', message: expect.stringContaining(code) }));
    expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toEqual([]);
  });

  // Root reads any file whatever its mode, so the permission error cannot happen there.
  it.skipIf(isRoot)('reports an unreadable store file as an input/output error and moves nothing aside', () => {
    const dir = tempDataDir();
    const content = JSON.stringify({
      formatVersion: ANNOTATION_STORE_FORMAT,
      data: { bundleId: BUNDLE, contentHash: null, annotations: [] },
    });
    writeFileSync(storeFile(dir), content);
    chmodSync(storeFile(dir), 0o000);
    try {
      const repository = new AnnotationRepository(confFactory, dir);
      expect(() => repository.read(BUNDLE)).toThrow(
        expect.objectContaining({ code: 'FILE_IO', message: expect.stringContaining('EACCES') }),
      );
      expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toEqual([]);
      expect(existsSync(storeFile(dir))).toBe(true);
    } finally {
      chmodSync(storeFile(dir), 0o600);
    }
  });

  // Root writes into any folder whatever its mode, so this case is only checked as another user.
  it.skipIf(isRoot)('reports a read-only data folder as an input/output error naming the file', () => {
    const dir = tempDataDir();
    chmodSync(dir, 0o500);
    try {
      const repository = new AnnotationRepository(confFactory, dir);
      const bundle = { manifest: { id: BUNDLE }, contentHash: 'h' } as Parameters<AnnotationRepository['update']>[0];
      expect(() => repository.update(bundle, (s) => ({ ...s, annotations: [] }))).toThrow(expect.objectContaining({ code: 'FILE_IO' }));
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
