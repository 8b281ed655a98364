import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { copyBuiltInBundle } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

describe('pruned recent bundles', () => {
  it('stay reported for the whole run, so the window can tell the user even when the desktop menu listed them first', async () => {
    const dataDir = tempDataDir();
    const make = () =>
      createService({ host: { kind: 'cli' }, resourcesDir: path.join(REPO_ROOT, 'resources'), stores: confFactory, dataDir }).handlers;
    const gone = copyBuiltInBundle();
    await make().openBundle({ path: gone });
    rmSync(gone, { recursive: true });

    const handlers = make();
    expect((await handlers.listRecentBundles()).pruned).toEqual([gone]); // the menu asks first…
    expect((await handlers.listRecentBundles()).pruned).toEqual([gone]); // …the window still hears of it
    expect((await handlers.listRecentBundles()).recent.map((r) => r.path)).not.toContain(gone);
  });
});
