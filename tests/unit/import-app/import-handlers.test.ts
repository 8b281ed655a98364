import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import type { ImportEngine } from '../../../src/core/service/import-engine';
import { importHandlers } from '../../../src/core/service/import-handlers';
import { ImportSessions } from '../../../src/core/service/import-sessions';
import { confFactory } from '../../../src/core/store/conf-factory';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import { REPO_ROOT, tempDataDir } from '../../support/launch';
import { sampleDraft } from './draft-fixture';

const HOUR = 60 * 60 * 1000;

/** A clock the test moves by hand. */
function manualClock(start = Date.UTC(2026, 0, 1)) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

/** Stands in for the readers and detector only: these tests are about the sessions around them. */
const fixedEngine = (written: string[] = []): ImportEngine => ({
  importFile: async () => ({ draft: sampleDraft(), images: new Map() }),
  writeBundle: async (_draft, _images, target) => {
    written.push(target.path);
  },
});

function setUp(clock = manualClock(), engine = fixedEngine()) {
  const { ctx, handlers } = createService({
    host: { kind: 'browser' },
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    stores: confFactory,
    dataDir: tempDataDir(),
    now: clock.now,
  });
  const bundles = { openBundle: handlers.openBundle, openBundleArchive: handlers.openBundleArchive };
  return { ctx, clock, imports: importHandlers(ctx, bundles, { engine, limits: { idleMs: 2 * HOUR, maxSessions: 3 } }) };
}

describe('import sessions', () => {
  it('give each import its own session id and forget it after the idle time', async () => {
    const clock = manualClock();
    const sessions = new ImportSessions(clock.now, { idleMs: 2 * HOUR, maxSessions: 3 });
    const a = sessions.create(sampleDraft(), new Map([['assets/a.png', new Uint8Array([1])]]));
    expect(a.sessionId).not.toBe('from-detector');
    clock.advance(HOUR);
    expect(sessions.get(a.sessionId).images.size).toBe(1); // use refreshes it
    clock.advance(HOUR + 60_000);
    expect(sessions.has(a.sessionId)).toBe(true);
    clock.advance(2 * HOUR + 1);
    expect(sessions.has(a.sessionId)).toBe(false);
    expect(() => sessions.get(a.sessionId)).toThrow(/no longer held/);
  });

  it('hold at most maxSessions, dropping the least recently used', () => {
    const clock = manualClock();
    const sessions = new ImportSessions(clock.now, { idleMs: 2 * HOUR, maxSessions: 3 });
    const ids = [0, 1, 2].map(() => {
      clock.advance(1000);
      return sessions.create(sampleDraft(), new Map()).sessionId;
    });
    clock.advance(1000);
    sessions.get(ids[0]!); // the oldest is used again, so the second goes first
    clock.advance(1000);
    sessions.create(sampleDraft(), new Map());
    expect(sessions.size).toBe(3);
    expect(sessions.has(ids[0]!)).toBe(true);
    expect(sessions.has(ids[1]!)).toBe(false);
  });

  it('hand a draft the host opened itself to the window once', async () => {
    const { imports } = setUp();
    const outcome = await imports.openForHost(path.join(REPO_ROOT, 'README.md'));
    expect(outcome.kind).toBe('import');
    const pending = await imports.handlers.takePendingImport();
    expect(pending?.sessionId).toBe(outcome.kind === 'import' ? outcome.draft.sessionId : '');
    expect(await imports.handlers.takePendingImport()).toBeNull();
  });

  it('are forgotten when discarded or saved, and an expired one cannot be saved', async () => {
    const written: string[] = [];
    const { imports, clock } = setUp(manualClock(), fixedEngine(written));
    const opened = await imports.handlers.openFile({ path: path.join(REPO_ROOT, 'README.md') });
    if (opened.kind !== 'import') throw new Error('expected an import');
    await imports.handlers.discardImport({ sessionId: opened.draft.sessionId });
    await expect(imports.handlers.saveImport({ draft: opened.draft, target: { kind: 'archive' } })).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
    });

    const again = await imports.handlers.openFile({ path: path.join(REPO_ROOT, 'README.md') });
    if (again.kind !== 'import') throw new Error('expected an import');
    clock.advance(3 * HOUR);
    await expect(imports.handlers.saveImport({ draft: again.draft, target: { kind: 'archive' } })).rejects.toThrow(/no longer held/);
    expect(written).toEqual([]);
  });

  it('open a bundle as a bundle, not as an import', async () => {
    const { imports } = setUp();
    const outcome = await imports.handlers.openFile({ path: path.join(REPO_ROOT, 'resources', 'bundles', 'xiaomi-leica-2022') });
    expect(outcome.kind).toBe('bundle');
  });
});

describe('saveImport validation', () => {
  it('rejects a malformed draft where it enters the host (the contract schema)', async () => {
    const { handlers } = createService({
      host: { kind: 'browser' },
      resourcesDir: path.join(REPO_ROOT, 'resources'),
      stores: confFactory,
      dataDir: tempDataDir(),
    });
    const broken = { ...sampleDraft(), documents: [], quotes: [{ id: 'Not A Slug', text: '' }] };
    const envelope = await dispatch(handlers, 'saveImport', [{ draft: broken, target: { kind: 'archive' } }]);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('ARGUMENT_INVALID');
    const pointers = (envelope.error.problems ?? []).map((p) => p.pointer);
    expect(pointers).toContain('/0/draft/documents');
    expect(pointers.some((p) => p.startsWith('/0/draft/quotes/0'))).toBe(true);
  });

  it('rejects a draft whose quotes name a person it does not list, naming the field', async () => {
    const { imports } = setUp();
    const opened = await imports.handlers.openFile({ path: path.join(REPO_ROOT, 'README.md') });
    if (opened.kind !== 'import') throw new Error('expected an import');
    const draft = { ...opened.draft, quotes: [{ ...opened.draft.quotes[0]!, speakerId: 'nobody' }] };
    await expect(imports.handlers.saveImport({ draft, target: { kind: 'archive' } })).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      problems: [{ file: 'import draft', pointer: '/quotes/0/speakerId', message: 'unknown person "nobody"' }],
    });
  });
});
