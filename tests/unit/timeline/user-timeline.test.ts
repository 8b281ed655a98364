import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { parseTimelineJs } from '../../../src/core/timeline/timelinejs-import';
import { PresskitError } from '../../../src/shared/errors';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import type { ChannelHandlers } from '../../../src/shared/ipc/contract';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

let dataDir: string;
let clock = 0;
const service = () =>
  createService({
    host: { kind: 'browser' },
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    stores: confFactory,
    dataDir,
    now: () => new Date(Date.UTC(2024, 5, 1) + ++clock * 1000),
  });

/** A fresh service on the same data folder: what the user sees after restarting the app. */
async function restarted(): Promise<ChannelHandlers> {
  const { handlers } = service();
  await handlers.getCurrentBundle();
  return handlers;
}

async function rejection(promise: Promise<unknown>): Promise<PresskitError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PresskitError);
  return err as PresskitError;
}

beforeEach(() => {
  dataDir = tempDataDir();
});

describe('timeline channels', () => {
  it('serve the bundle’s timeline merged with nothing yet, lanes in bundle order', async () => {
    const h = await restarted();
    const t = await h.getTimeline();
    expect(t.lanes.map((l) => l.id)).toEqual(['leica-huawei', 'leica-sharp', 'leica-xiaomi', 'xiaomi-milestones']);
    expect(t.events).toHaveLength(10);
    expect(new Set(t.events.map((e) => e.provenance))).toEqual(new Set(['bundle']));
  });

  it('offer suggestions, marking the ones the bundle’s events already cite', async () => {
    const h = await restarted();
    const suggestions = await h.suggestTimelineEvents();
    const status = (words: string) => suggestions.find((s) => s.dateText === words)!;
    expect(status('April 2010')).toMatchObject({ status: 'on-timeline', eventId: 'xiaomi-founded' });
    expect(status('dari tahun 2016')).toMatchObject({ status: 'on-timeline', eventId: 'leica-huawei-cooperation' });
    expect(status('telah selesai')).toMatchObject({ status: 'on-timeline', eventId: 'leica-huawei-cooperation-ended' });
    expect(status('12 years ago').status).toBe('new');
    expect(status('Tanggal 23 Mei 2022 ini').status).toBe('new');
  });

  it('accept a suggestion as a user event citing its sentence, kept after a restart', async () => {
    const h = await restarted();
    const s = (await h.suggestTimelineEvents()).find((x) => x.dateText === '12 years ago')!;
    const event = await h.acceptSuggestion({ suggestionId: s.id, label: 'Xiaomi established' });
    expect(event).toMatchObject({
      provenance: 'suggestion',
      kind: 'point',
      laneId: 'xiaomi-milestones',
      start: { year: 2010, qualifier: 'circa' },
      label: { en: 'Xiaomi established' },
      source: { documentId: 'release', quote: { exact: s.sentence } },
    });
    expect((await h.acceptSuggestion({ suggestionId: s.id })).id).toBe(event.id);

    const after = await restarted();
    expect((await after.getTimeline()).events.find((e) => e.id === event.id)).toMatchObject({
      provenance: 'suggestion',
      label: { en: 'Xiaomi established' },
    });
    expect((await after.suggestTimelineEvents()).find((x) => x.id === s.id)).toMatchObject({ status: 'on-timeline', eventId: event.id });
  });

  it('accept "dari tahun 2016" as a span that started then, and dismiss a suggestion for good', async () => {
    const h = await restarted();
    const suggestions = await h.suggestTimelineEvents();
    const start = await h.acceptSuggestion({ suggestionId: suggestions.find((x) => x.dateText === 'dari tahun 2016')!.id });
    expect(start).toMatchObject({
      kind: 'span',
      start: { year: 2016 },
      end: 'unknown',
      laneId: 'leica-huawei',
      label: { id: 'Leica pernah bekerjasama dengan Huawei' },
    });
    const today = suggestions.find((x) => x.dateText === 'today')!;
    expect(await h.dismissSuggestion({ suggestionId: today.id })).toEqual({ dismissed: true });
    expect((await (await restarted()).suggestTimelineEvents()).find((x) => x.id === today.id)!.status).toBe('dismissed');
    await h.dismissSuggestion({ suggestionId: today.id, dismissed: false });
    expect((await h.suggestTimelineEvents()).find((x) => x.id === today.id)!.status).toBe('new');
  });

  it('save a user-made event, edit a bundle event without touching the bundle, delete and revert', async () => {
    const h = await restarted();
    const mine = await h.saveTimelineEvent({
      event: { laneId: 'leica-sharp', kind: 'point', label: { en: 'Leitz Phone 1 on sale in Japan' }, start: { year: 2021, month: 7 } },
    });
    expect(mine.id).toMatch(/^user-/);
    expect(mine.provenance).toBe('user');

    const bundleEvent = (await h.getTimeline()).events.find((e) => e.id === 'leica-sharp-cooperation')!;
    const { provenance: _p, ...editable } = bundleEvent;
    const edited = await h.saveTimelineEvent({ event: { ...editable, end: { year: 2022, qualifier: 'circa' } } });
    expect(edited).toMatchObject({ provenance: 'edited', end: { year: 2022, qualifier: 'circa' } });
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'resources/bundles/xiaomi-leica-2022/presskit.json'), 'utf8')) as {
      timeline: { events: { id: string; end?: unknown }[] };
    };
    expect(manifest.timeline.events.find((e) => e.id === 'leica-sharp-cooperation')!.end).toBe('unknown');

    const again = await restarted();
    expect((await again.getTimeline()).events.find((e) => e.id === 'leica-sharp-cooperation')!.provenance).toBe('edited');
    await again.deleteTimelineEvent({ id: 'xiaomi-founded' });
    await again.deleteTimelineEvent({ id: mine.id });
    let ids = (await again.getTimeline()).events.map((e) => e.id);
    expect(ids).not.toContain('xiaomi-founded');
    expect(ids).not.toContain(mine.id);
    await again.revertTimelineEvent({ id: 'xiaomi-founded' });
    expect((await again.revertTimelineEvent({ id: 'leica-sharp-cooperation' })).provenance).toBe('bundle');
    ids = (await (await restarted()).getTimeline()).events.map((e) => e.id);
    expect(ids).toContain('xiaomi-founded');
    expect(ids).not.toContain(mine.id);
  });

  it('refuse bad events with the field at fault', async () => {
    const h = await restarted();
    const lane = await rejection(
      h.saveTimelineEvent({ event: { laneId: 'nokia', kind: 'point', label: { en: 'x' }, start: { year: 2020 } } }),
    );
    expect(lane.code).toBe('ARGUMENT_INVALID');
    expect(lane.problems).toEqual([
      { file: expect.stringMatching(/^timeline event "user-/), pointer: '/laneId', message: 'unknown lane "nokia"' },
    ]);
    const quote = await rejection(
      h.saveTimelineEvent({
        event: {
          id: 'mine',
          laneId: 'leica-sharp',
          kind: 'point',
          label: { en: 'x' },
          start: { year: 2020 },
          source: { documentId: 'release', quote: { type: 'TextQuoteSelector', exact: 'Nokia and Leica' } },
        },
      }),
    );
    expect(quote.problems[0]).toMatchObject({ pointer: '/source/quote/exact' });
    const ends = await rejection(
      h.saveTimelineEvent({
        event: { id: 'mine', laneId: 'leica-sharp', kind: 'span', label: { en: 'x' }, start: { year: 2020 }, end: { year: 2019 } },
      }),
    );
    expect(ends.problems[0]).toMatchObject({ pointer: '/end', message: 'ends before it starts' });
    expect((await rejection(h.deleteTimelineEvent({ id: 'no-such-event' }))).code).toBe('ARGUMENT_INVALID');
    // Malformed arguments never reach the service.
    const envelope = await dispatch(h, 'saveTimelineEvent', [
      { event: { laneId: 'leica-sharp', kind: 'point', label: {}, start: { year: 2020, day: 3 } } },
    ]);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'ARGUMENT_INVALID' } });
  });

  it('import a TimelineJS file as user events in their own lane, skip it the second time, and export it back', async () => {
    const h = await restarted();
    const text = readFileSync('/work/shared/standards/timelinejs/republican.timeline3.json', 'utf8');
    const first = await h.importTimelineJs({ text, fileName: 'republican.timeline3.json' });
    expect(first).toMatchObject({ added: 13, skipped: 0, lanesAdded: 1 });
    expect(first.timeline.lanes.at(-1)!.label).toEqual({ en: 'The Republican Run-Up' });
    const second = await (await restarted()).importTimelineJs({ text });
    expect(second).toMatchObject({ added: 0, skipped: 13, lanesAdded: 0 });

    const exported = await h.exportTimeline({ format: 'timelinejs' });
    const back = parseTimelineJs(exported.content, { language: 'en' });
    expect(back.events).toHaveLength(10 + 13);
    expect(back.lanes.map((l) => l.id)).toEqual(['leica-huawei', 'leica-sharp', 'leica-xiaomi', 'xiaomi-milestones', 'other-events']);
    const iowa = (JSON.parse(exported.content) as { events: Record<string, unknown>[] }).events.find(
      (s) => (s.text as { headline: string }).headline === 'Iowa',
    )!;
    expect(iowa.media).toMatchObject({ url: 'https://farm7.staticflickr.com/6200/6057989217_3bd755477b.jpg' });

    // Re-importing our own export joins the existing lanes and changes nothing.
    expect(await h.importTimelineJs({ text: exported.content })).toMatchObject({ added: 0, skipped: 23, lanesAdded: 0 });
    expect((await rejection(h.importTimelineJs({ text: '{"events": [{}]}', fileName: 'broken.json' }))).problems[0]).toMatchObject({
      file: 'broken.json',
      pointer: '/events/0/start_date',
    });
  });

  it('exports in every format with a file name and type', async () => {
    const h = await restarted();
    expect(await h.exportTimeline({ format: 'timelinejs', language: 'id' })).toMatchObject({
      fileName: 'xiaomi-leica-2022-timeline.timelinejs.json',
      mime: 'application/json',
    });
    expect(await h.exportTimeline({ format: 'json' })).toMatchObject({ fileName: 'xiaomi-leica-2022-timeline.json' });
    expect((await h.exportTimeline({ format: 'csv' })).mime).toMatch(/^text\/csv/);
  });

  it('keeps a store it cannot read: moved aside with a notice, never deleted', async () => {
    await restarted();
    const h = await restarted();
    await h.saveTimelineEvent({ event: { laneId: 'leica-sharp', kind: 'point', label: { en: 'x' }, start: { year: 2021 } } });
    const file = path.join(dataDir, 'timeline-xiaomi-leica-2022.json');
    expect(existsSync(file)).toBe(true);
    writeFileSync(file, '{ "formatVersion": 1, "data": { "events": "not a list" } }');
    const t = await (await restarted()).getTimeline();
    expect(t.notices[0]).toMatch(/could not be read[\s\S]* moved to \S*timeline-xiaomi-leica-2022\.corrupt-/);
    expect(readdirSync(dataDir).some((f) => f.startsWith('timeline-xiaomi-leica-2022.corrupt-'))).toBe(true);
    expect(t.events).toHaveLength(10);
  });
});
