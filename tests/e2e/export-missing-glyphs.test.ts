import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserMode, type BrowserModeSession } from '../support/launch';
import { readerReady, seriousAxeViolations } from './reader-scenarios';

// The PDF export's missing-glyph warning, shown in the app (issue 14). The export itself is real; the characters
// the fonts lack are added to its answer on the way, since the built-in kit has none.
let session: BrowserModeSession;
beforeAll(async () => {
  session = await openBrowserMode();
  await session.page.setViewportSize({ width: 1280, height: 800 });
  await readerReady(session.page);
});
afterAll(() => session?.close());

describe('export: characters without a glyph', () => {
  it('names each missing character, as itself and by code point', async () => {
    const page = session.page;
    await page.route('**/api/exportPdf', async (route) => {
      const response = await route.fetch();
      const envelope = (await response.json()) as { ok: boolean; value?: { missingCharacters?: string[] } };
      if (envelope.ok && envelope.value && !envelope.value.missingCharacters?.length) envelope.value.missingCharacters = ['ℵ', '\u{1F9EA}'];
      await route.fulfill({ response, json: envelope });
    });
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const sheet = page.getByRole('dialog');
    await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Download PDF' }).click()]);
    await expect
      .poll(() => sheet.getByRole('status').innerText())
      .toContain('Some characters have no glyph in the PDF fonts and show as blanks: “ℵ” U+2135, “\u{1F9EA}” U+1F9EA');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
