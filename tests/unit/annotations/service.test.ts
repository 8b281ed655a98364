import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { loadHighlightsForExport } from '../../../src/core/service/export-highlights';
import { confFactory } from '../../../src/core/store/conf-factory';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import { REPO_ROOT, tempDataDir } from '../../support/launch';
import { main } from '../../../src/cli/presskit';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

let dataDir: string;
let clock = 0;
const service = () =>
  createService({
    host: { kind: 'browser' },
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    stores: confFactory,
    dataDir,
    now: () => new Date(Date.UTC(2024, 0, 1) + ++clock * 1000),
  });

beforeEach(() => {
  dataDir = tempDataDir();
});

describe('annotation channels', () => {
  it('create, edit, delete, then undo and redo every step across separate channel calls', async () => {
    const { handlers } = service();
    await handlers.getCurrentBundle();
    const created = await handlers.createAnnotation({
      documentId: 'release',
      start: 0,
      end: 15,
      colour: 'yellow',
      note: 'headline',
      tags: ['a', 'a', 'b'],
    });
    expect(created.annotation).toMatchObject({
      method: 'position',
      range: { start: 0, end: 15 },
      annotation: { tags: ['a', 'b'], quote: { exact: 'Xiaomi and Leic' } },
    });
    const id = created.annotation!.annotation.id;
    await handlers.updateAnnotation({ id, note: 'changed', colour: 'pink' });
    const deleted = await handlers.deleteAnnotation({ id });
    expect(deleted.history).toMatchObject({ canUndo: true, undoLabel: 'delete annotation' });
    expect((await handlers.listAnnotations()).items).toEqual([]);

    expect((await handlers.undoAnnotationChange()).step).toBe('delete annotation');
    expect((await handlers.listAnnotations()).items[0]!.annotation).toMatchObject({ id, note: 'changed', colour: 'pink' });
    expect((await handlers.undoAnnotationChange()).step).toBe('edit annotation');
    expect((await handlers.listAnnotations()).items[0]!.annotation).toMatchObject({ note: 'headline', colour: 'yellow' });
    await handlers.undoAnnotationChange();
    expect((await handlers.listAnnotations()).items).toEqual([]);
    expect(await handlers.undoAnnotationChange()).toMatchObject({ step: null, history: { canUndo: false, canRedo: true } });
    await handlers.redoAnnotationChange();
    await handlers.redoAnnotationChange();
    expect((await handlers.listAnnotations()).items[0]!.annotation.note).toBe('changed');
  });

  it('is still there after a restart (history is not), and the PDF export sees it', async () => {
    const first = service();
    await first.handlers.getCurrentBundle();
    await first.handlers.createAnnotation({ documentId: 'about-xiaomi', start: 2, end: 20, colour: 'green' });
    const second = service();
    const bundle = await second.handlers.getCurrentBundle();
    const list = await second.handlers.listAnnotations();
    expect(list.items).toHaveLength(1);
    expect(list.history.canUndo).toBe(false);
    expect(list.bundleChanged).toBe(false);
    expect(await loadHighlightsForExport(second.ctx, bundle)).toMatchObject([{ method: 'position', range: { start: 2, end: 20 } }]);
  });

  it('imports (undoable as one step), exports in three formats, and renames colour labels', async () => {
    const { handlers } = service();
    await handlers.getCurrentBundle();
    await handlers.createAnnotation({ documentId: 'release', start: 0, end: 6, colour: 'yellow', note: 'n' });
    await handlers.setColourLabel({ key: 'yellow', label: 'Headline facts' });
    const jsonld = await handlers.exportAnnotations({ format: 'jsonld' });
    expect(jsonld).toMatchObject({
      fileName: 'xiaomi-leica-2022-annotations.jsonld',
      mime: expect.stringContaining('application/ld+json'),
    });
    const md = await handlers.exportAnnotations({ format: 'md' });
    expect(md.content).toContain('## Headline facts (yellow)');
    expect((await handlers.exportAnnotations({ format: 'csv' })).content.split('\r\n')[1]).toContain(',Headline facts,');

    const other = service();
    await other.handlers.getCurrentBundle();
    const imported = await other.handlers.importAnnotations({ text: jsonld.content, fileName: 'kit.jsonld' });
    expect(imported.report.duplicates).toHaveLength(1); // the same store: already there
    const fresh = tempDataDir();
    dataDir = fresh;
    const third = service();
    await third.handlers.getCurrentBundle();
    const added = await third.handlers.importAnnotations({ text: jsonld.content });
    expect(added.report.added).toHaveLength(1);
    expect(added.history.undoLabel).toBe('import 1 annotation');
    await third.handlers.undoAnnotationChange();
    expect((await third.handlers.listAnnotations()).items).toEqual([]);

    expect((await handlers.getColourLabels()).overrides).toEqual({ yellow: 'Headline facts' });
    await handlers.undoAnnotationChange();
    expect((await handlers.getColourLabels()).overrides).toEqual({});
  });

  it('validates arguments through the one contract and names what is wrong', async () => {
    const { handlers } = service();
    await handlers.getCurrentBundle();
    const bad = await dispatch(handlers, 'createAnnotation', [{ documentId: 'Release!', start: -1, end: 4, colour: 'mauve' }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.problems?.map((p) => p.pointer).sort()).toEqual(['/0/colour', '/0/documentId', '/0/start']);
    const outside = await dispatch(handlers, 'createAnnotation', [{ documentId: 'release', start: 0, end: 10_000_000, colour: 'red' }]);
    expect(outside).toMatchObject({ ok: false, error: { code: 'ARGUMENT_INVALID' } });
    const missing = await dispatch(handlers, 'deleteAnnotation', [{ id: 'urn:uuid:nope' }]);
    expect(missing).toMatchObject({ ok: false, error: { code: 'ARGUMENT_INVALID' } });
  });
});

describe('presskit annotations (CLI) on the same store', () => {
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: { PRESSKIT_DATA_DIR: dataDir },
      cwd: REPO_ROOT,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('exports what the app saved, and imports into it with a report', async () => {
    const { handlers } = service();
    await handlers.getCurrentBundle();
    await handlers.createAnnotation({ documentId: 'release', start: 0, end: 6, colour: 'blue', tags: ['cli'] });
    const csv = await run('annotations', 'export', BUILT_IN_BUNDLE, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')).toHaveLength(2);
    const file = path.join(dataDir, 'out.jsonld');
    expect((await run('annotations', 'export', BUILT_IN_BUNDLE, '--format', 'jsonld', '-o', file)).code).toBe(0);
    const again = await run('annotations', 'import', BUILT_IN_BUNDLE, file);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 added, 0 orphaned \(0 kept\), 1 skipped as duplicates, 0 rejected/);
    expect((await run('annotations', 'export', BUILT_IN_BUNDLE, '--format', 'pdf')).code).toBe(2);
  });
});
