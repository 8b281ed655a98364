import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { applyEdit } from '../../../src/renderer/import/draft-edits';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

// The host path end to end with the real readers, detector and writer: open a release, correct the
// draft as the editor does, save, and the bundle that opens says what the user said.
const RELEASE = `# Acme opens a research lab in Bandung

BANDUNG, Indonesia, March 3, 2026 – Acme Indonesia today opened a research laboratory in Bandung.

“Bandung has the engineers we need,” said Rina Wijaya, President Director of Acme Indonesia.

## About Acme Indonesia

Acme Indonesia builds software for electric vehicles.
`;

function service() {
  const dataDir = tempDataDir();
  return {
    dataDir,
    ...createService({ host: { kind: 'browser' }, resourcesDir: path.join(REPO_ROOT, 'resources'), stores: confFactory, dataDir }),
  };
}

describe('saving an import', () => {
  it('writes the corrected draft to the data folder’s imports/, opens it and lists it in Open Recent', async () => {
    const { handlers, dataDir } = service();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'presskit-release-')), 'release.md');
    writeFileSync(file, RELEASE);
    const opened = await handlers.openFile({ path: file });
    if (opened.kind !== 'import') throw new Error('a Markdown release must be imported, not opened as a bundle');
    const quote = opened.draft.quotes.find((q) => q.text.includes('Bandung has the engineers'));
    expect(quote, JSON.stringify(opened.draft.quotes)).toBeDefined();

    const corrected = applyEdit(opened.draft, {
      type: 'addPerson',
      name: 'Dewi Kartika',
      role: 'Head of Research',
      organisation: 'Acme Indonesia',
      quoteId: quote!.id,
    });
    const bundle = await handlers.saveImport({ draft: corrected, target: { kind: 'archive' } });
    expect(path.dirname(bundle.origin.path)).toBe(path.join(dataDir, 'imports'));
    expect(bundle.origin.path.endsWith('.presskit')).toBe(true);
    const saved = bundle.manifest.quotes.find((q) => q.text.includes('Bandung has the engineers'))!;
    expect(bundle.manifest.people.find((p) => p.id === saved.speakerId)?.name).toBe('Dewi Kartika');
    expect((await loadBundle(bundle.origin.path)).manifest.id).toBe(bundle.manifest.id);
    expect((await handlers.listRecentBundles()).recent[0]?.path).toBe(bundle.origin.path);
    // Saved: the session is gone, a second save of the same draft is refused.
    await expect(handlers.saveImport({ draft: corrected, target: { kind: 'archive' } })).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
  });

  it('a file the host opens itself (presskit serve release.md) waits for the window as a pending draft', async () => {
    const { handlers, openForHost } = service();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'presskit-release-')), 'release.md');
    writeFileSync(file, RELEASE);
    expect((await openForHost(file)).kind).toBe('import');
    expect((await handlers.takePendingImport())?.sourceName).toBe('release.md');
    expect(await handlers.takePendingImport()).toBeNull();
  });

  it('an upload that is not importable is a typed error naming the file; its temporary copy is gone', async () => {
    const { handlers } = service();
    const name = `empty-${process.pid}-${Date.now()}.txt`;
    await expect(handlers.openUploadedFile({ fileName: name, base64: '' })).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: expect.stringContaining(name),
    });
    const left = readdirSync(os.tmpdir()).filter((n) => n.startsWith('presskit-upload-') && existsSync(path.join(os.tmpdir(), n, name)));
    expect(left).toEqual([]);
  });
});
