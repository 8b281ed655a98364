import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { gatherTags } from '../../../src/core/service/tag-handlers';
import { confFactory } from '../../../src/core/store/conf-factory';
import { copyBuiltInBundle } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

const service = (dataDir: string) =>
  createService({ host: { kind: 'browser' }, resourcesDir: path.join(REPO_ROOT, 'resources'), stores: confFactory, dataDir });

describe('listAnnotationTags', () => {
  it('lists the tags of this bundle and of the other bundles in the data folder, most used first', async () => {
    const dataDir = tempDataDir();
    const { handlers } = service(dataDir);
    await handlers.openBundle({ path: copyBuiltInBundle() });
    const made = await handlers.createAnnotation({ documentId: 'release', start: 0, end: 6, colour: 'yellow' });
    await handlers.updateAnnotation({ id: made.annotation!.annotation.id, tags: ['Leica', 'camera'] });
    // Another bundle's store, as the app writes it (format 2 envelope).
    const other = {
      formatVersion: 2,
      data: { bundleId: 'other-kit', contentHash: null, annotations: [{ tags: ['leica'] }, { tags: ['Embargo'] }] },
    };
    writeFileSync(path.join(dataDir, 'annotations-other-kit.json'), JSON.stringify(other));
    // A broken store is skipped and left as it is.
    const broken = path.join(dataDir, 'annotations-broken.json');
    writeFileSync(broken, '{ not json');

    const { tags } = await handlers.listAnnotationTags();
    expect(tags).toEqual([
      { tag: 'Leica', uses: 2, bundleIds: ['other-kit', 'xiaomi-leica-2022'] },
      { tag: 'camera', uses: 1, bundleIds: ['xiaomi-leica-2022'] },
      { tag: 'Embargo', uses: 1, bundleIds: ['other-kit'] },
    ]);
    expect(readFileSync(broken, 'utf8')).toBe('{ not json');
  });

  it('an empty data folder has no tags', async () => {
    expect((await service(tempDataDir()).handlers.listAnnotationTags()).tags).toEqual([]);
  });

  it('keeps the spelling used most and counts case-insensitively', () => {
    expect(gatherTags([{ bundleId: 'a', tags: [['PR'], ['pr'], ['pr'], [' ']] }])).toEqual([{ tag: 'pr', uses: 3, bundleIds: ['a'] }]);
  });
});
