import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import type { ChannelHandlers } from '../../../src/shared/ipc/contract';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

/** A host (desktop app, `presskit serve`) on the data folder, with the built-in bundle open. */
async function host(dataDir: string): Promise<ChannelHandlers> {
  const { handlers } = createService({
    host: { kind: 'browser' },
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    stores: confFactory,
    dataDir,
  });
  await handlers.getCurrentBundle();
  await handlers.getTimeline();
  return handlers;
}

const event = (laneId: string, label: string) => ({
  event: { laneId, kind: 'point' as const, label: { en: label }, start: { year: 2024 } },
});
const userEvents = async (h: ChannelHandlers) =>
  (await h.getTimeline()).events.filter((e) => e.provenance === 'user').map((e) => e.label.en);

describe('two hosts on one data folder', () => {
  it('keep each other’s timeline edits: every operation works on what is on disk now', async () => {
    const dataDir = tempDataDir();
    const a = await host(dataDir);
    const b = await host(dataDir);
    await a.saveTimelineEvent(event('xiaomi-milestones', 'from a'));
    await b.saveTimelineEvent(event('leica-xiaomi', 'from b'));
    expect((await userEvents(await host(dataDir))).sort()).toEqual(['from a', 'from b']);
    expect((await userEvents(a)).sort()).toEqual(['from a', 'from b']);
  });

  it('do not bring back an event the other host deleted', async () => {
    const dataDir = tempDataDir();
    const a = await host(dataDir);
    const saved = await a.saveTimelineEvent(event('xiaomi-milestones', 'short-lived'));
    const b = await host(dataDir);
    expect(await userEvents(b)).toEqual(['short-lived']);
    await a.deleteTimelineEvent({ id: saved.id });
    await b.saveTimelineLane({ lane: { id: 'mine', label: { en: 'Mine' }, kind: 'other', organisationIds: [] } });
    expect(await userEvents(await host(dataDir))).toEqual([]);
    expect((await (await host(dataDir)).getTimeline()).lanes.map((l) => l.id)).toContain('mine');
  });
});
