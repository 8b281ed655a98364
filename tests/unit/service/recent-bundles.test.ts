import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { copyBuiltInBundle } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

const service = (dataDir: string) =>
  createService({ host: { kind: 'cli' }, resourcesDir: path.join(REPO_ROOT, 'resources'), stores: confFactory, dataDir }).handlers;

describe('recent bundles', () => {
  it('lists newest first, survives a restart, is bounded to 10, and prunes missing bundles with a notice', async () => {
    const dataDir = tempDataDir();
    const first = service(dataDir);
    const copies = Array.from({ length: 12 }, () => copyBuiltInBundle());
    for (const dir of copies) await first.openBundle({ path: dir });
    const { recent } = await service(dataDir).listRecentBundles();
    expect(recent.map((r) => r.path)).toEqual(copies.slice(-10).reverse());

    rmSync(copies[11]!, { recursive: true });
    const again = await service(dataDir).listRecentBundles();
    expect(again.pruned).toEqual([copies[11]]);
    expect(again.recent[0]!.path).toBe(copies[10]);
    expect((await service(dataDir).listRecentBundles()).pruned).toEqual([]);
  });

  it('remembers the built-in bundle too, so the last bundle reopens on start', async () => {
    const dataDir = tempDataDir();
    const handlers = service(dataDir);
    await handlers.openBundle({ path: copyBuiltInBundle() });
    await handlers.openBuiltInBundle();
    expect((await service(dataDir).listRecentBundles()).recent[0]!.path).toBe(
      path.join(REPO_ROOT, 'resources', 'bundles', 'xiaomi-leica-2022'),
    );
  });
});
