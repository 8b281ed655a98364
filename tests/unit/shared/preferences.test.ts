import { describe, expect, it } from 'vitest';
import { preferenceHandlers } from '../../../src/core/service/preference-handlers';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { REPO_ROOT, tempDataDir } from '../../support/launch';
import path from 'node:path';

describe('preferences', () => {
  it('merges a change without resetting the other saved fields, and persists it', async () => {
    const dataDir = tempDataDir();
    const make = () =>
      createService({ host: { kind: 'cli' }, resourcesDir: path.join(REPO_ROOT, 'resources'), stores: confFactory, dataDir }).ctx;
    const first = preferenceHandlers(make());
    await first.setPreferences({ interfaceLanguage: 'id' });
    await first.setPreferences({ theme: 'dark' });
    const reopened = preferenceHandlers(make());
    expect(await reopened.getPreferences()).toMatchObject({ interfaceLanguage: 'id', theme: 'dark', textScale: 1 });
  });
});
