import path from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary, launchElectron, tempDataDir } from '../support/launch';
import { qpdfCheck } from '../unit/export/pdf-tools';

// The desktop side of the Export PDF sheet: the native save dialog (answered from the main process),
// the file written there, and "Show in folder" revealing that file. Runs wherever an Electron binary
// is installed; skipped, saying why, where none is (as tests/e2e/electron.test.ts).
const binary = electronBinary();
const reason = 'no Electron binary installed (node_modules/electron/dist is empty: its download from GitHub is unreachable here)';
if (!binary) console.warn(`[export electron e2e] skipped: ${reason}`);

type Revealed = { revealed?: string[] };

/** Makes the main process's save dialog answer `file` (or be cancelled) and record what is revealed. */
function answerSaveDialog(app: ElectronApplication, file: string | null): Promise<void> {
  return app.evaluate(({ dialog, shell }, answer) => {
    const g = globalThis as Revealed;
    g.revealed = [];
    dialog.showSaveDialog = (async () => ({ canceled: answer === null, filePath: answer ?? '' })) as typeof dialog.showSaveDialog;
    shell.showItemInFolder = (p: string) => void g.revealed!.push(p);
  }, file);
}

async function exportFromSheet(page: Page): Promise<void> {
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Export PDF press kit' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
}

describe.skipIf(!binary)(`Export PDF sheet (Electron)${binary ? '' : ` — skipped: ${reason}`}`, () => {
  let app: ElectronApplication | undefined;
  afterAll(() => app?.close());

  it('saves where the save dialog says, then "Show in folder" reveals that file; a cancelled dialog writes nothing', async () => {
    const launched = await launchElectron();
    app = launched.app;
    const page = launched.page;
    await page.waitForSelector('article[data-document-id="release"]');
    const target = path.join(tempDataDir('presskit-export-electron-'), 'kit.pdf');

    await answerSaveDialog(app, target);
    await exportFromSheet(page);
    const status = page.getByRole('dialog').getByRole('status');
    await expect.poll(() => status.innerText()).toMatch(/^Saved kit\.pdf: \d+ pages, /);
    expect(qpdfCheck(target).status).toBe(0);
    await page.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app!.evaluate(() => (globalThis as Revealed).revealed)).toEqual([target]);
    await page.keyboard.press('Escape');

    await answerSaveDialog(app, null);
    await exportFromSheet(page);
    await expect.poll(() => status.innerText()).toBe('Not saved: the save dialog was closed.');
  });
});
