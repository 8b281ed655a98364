import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { listCorruptCopies } from '../../../src/core/store/store';
import { windowStateStore } from '../../../src/main/window-state';
import { copyBuiltInBundle } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

const service = (dataDir: string) =>
  createService({ host: { kind: 'browser' }, resourcesDir: path.join(REPO_ROOT, 'resources'), stores: confFactory, dataDir });

const future = JSON.stringify({ formatVersion: 99, data: { fromTheFuture: true } });

describe('convenience stores written by a newer app', () => {
  it('recent bundles: opening a bundle still works, the newer file is left intact, the user is told', async () => {
    const dataDir = tempDataDir();
    const file = path.join(dataDir, 'recent-bundles.json');
    writeFileSync(file, future);
    const { handlers } = service(dataDir);
    const copy = copyBuiltInBundle();
    expect((await handlers.openBundle({ path: copy })).manifest.id).toBe('xiaomi-leica-2022');
    expect((await handlers.getCurrentBundle()).manifest.id).toBe('xiaomi-leica-2022');
    // Kept in memory for this run, never written over the newer file.
    expect((await handlers.listRecentBundles()).recent.map((r) => r.path)).toEqual([copy]);
    expect(readFileSync(file, 'utf8')).toBe(future);
    const { notices } = await handlers.listAnnotations();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/recent-bundles\.json.*newer/);
    expect((await handlers.listAnnotations()).notices).toEqual([]);
  });

  it('a fresh start with a newer recent-bundles file opens the built-in bundle', async () => {
    const dataDir = tempDataDir();
    writeFileSync(path.join(dataDir, 'recent-bundles.json'), future);
    const { handlers } = service(dataDir);
    expect((await handlers.getCurrentBundle()).manifest.id).toBe('xiaomi-leica-2022');
  });

  it('preferences: defaults in memory, changes kept for the run only, the newer file untouched', async () => {
    const dataDir = tempDataDir();
    const file = path.join(dataDir, 'preferences.json');
    writeFileSync(file, future);
    const { handlers } = service(dataDir);
    expect((await handlers.getPreferences()).theme).toBe('system');
    expect((await handlers.setPreferences({ theme: 'dark' })).theme).toBe('dark');
    expect((await handlers.getPreferences()).theme).toBe('dark');
    expect(readFileSync(file, 'utf8')).toBe(future);
    await handlers.getCurrentBundle();
    expect((await handlers.listAnnotations()).notices.join('\n')).toMatch(/preferences\.json.*newer/);
  });

  it('window state: default bounds, never written over the newer file', () => {
    const dataDir = tempDataDir();
    const file = path.join(dataDir, 'window-state.json');
    writeFileSync(file, future);
    const told: string[] = [];
    const state = windowStateStore(confFactory, dataDir, (n) => told.push(n));
    expect(state.initial()).toEqual({ bounds: null, maximized: false });
    expect(told.join('\n')).toMatch(/window-state\.json.*newer/);
    expect(readFileSync(file, 'utf8')).toBe(future);
  });
});

describe('corrupt convenience stores', () => {
  it('are moved aside and the user is told through the service notices', async () => {
    const dataDir = tempDataDir();
    writeFileSync(path.join(dataDir, 'preferences.json'), '{"formatVersion": 1, "data": {"th');
    writeFileSync(path.join(dataDir, 'recent-bundles.json'), JSON.stringify({ formatVersion: 1, data: { recent: 'nope' } }));
    const { handlers } = service(dataDir);
    await handlers.getPreferences();
    await handlers.getCurrentBundle();
    const { notices } = await handlers.listAnnotations();
    expect(notices.join('\n')).toMatch(/preferences\.json could not be read/);
    expect(notices.join('\n')).toMatch(/recent-bundles\.json could not be read/);
    expect(await listCorruptCopies(dataDir, 'preferences')).toHaveLength(1);
    expect(await listCorruptCopies(dataDir, 'recent-bundles')).toHaveLength(1);
  });
});
