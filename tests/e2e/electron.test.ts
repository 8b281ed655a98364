import { afterAll, describe, it } from 'vitest';
import type { ElectronApplication } from 'playwright-core';
import { electronBinary, launchElectron } from '../support/launch';
import { expectBuiltInBundleShown } from './reading-scenario';

// The same scenario through Playwright's Electron driver. It runs wherever an Electron binary is
// installed; where the electron package could not download one (no route to GitHub, as on our
// build machines), it is skipped and says why.
const binary = electronBinary();
const reason = 'no Electron binary installed (node_modules/electron/dist is empty: its download from GitHub is unreachable here)';
if (!binary) console.warn(`[electron e2e] skipped: ${reason}`);

describe.skipIf(!binary)(`desktop app (Electron)${binary ? '' : ` — skipped: ${reason}`}`, () => {
  let app: ElectronApplication | undefined;
  afterAll(() => app?.close());

  it('shows the built-in bundle like browser mode does', async () => {
    const launched = await launchElectron();
    app = launched.app;
    await expectBuiltInBundleShown(launched.page);
  });
});
