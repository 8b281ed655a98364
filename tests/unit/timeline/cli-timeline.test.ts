import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/presskit';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { Timeline } from '../../../src/shared/model/timeline';
import type { TimelineSuggestion } from '../../../src/shared/timeline/types';
import { BUILT_IN_BUNDLE } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

function captureIo(env: NodeJS.ProcessEnv = { PRESSKIT_DATA_DIR: tempDataDir() }): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env, cwd: process.cwd() };
}

describe('presskit timeline', () => {
  it('prints TimelineJS3 JSON by default, and touches no data folder', async () => {
    const io = captureIo();
    expect(await main(['timeline', BUILT_IN_BUNDLE], io)).toBe(0);
    const doc = JSON.parse(io.stdout.join('\n')) as { events: { unique_id: string; group: string }[]; title: unknown };
    expect(doc.events).toHaveLength(10);
    expect(doc.title).toBeDefined();
    expect(readdirSync(io.env.PRESSKIT_DATA_DIR!)).toEqual([]);
  });

  it('writes the bundle JSON and CSV to a file with -o', async () => {
    const dir = tempDataDir('presskit-out-');
    const io = captureIo();
    expect(await main(['timeline', BUILT_IN_BUNDLE, '--format', 'json', '-o', path.join(dir, 't.json')], io)).toBe(0);
    expect(
      Timeline.parse((JSON.parse(readFileSync(path.join(dir, 't.json'), 'utf8')) as { timeline: unknown }).timeline).events,
    ).toHaveLength(10);
    expect(io.stderr.join('\n')).toMatch(/10 timeline events of xiaomi-leica-2022 written to .*t\.json/);
    expect(await main(['timeline', BUILT_IN_BUNDLE, '--format', 'csv', '--lang', 'id', '-o', path.join(dir, 't.csv')], captureIo())).toBe(
      0,
    );
    expect(readFileSync(path.join(dir, 't.csv'), 'utf8')).toContain('Kuartal IV 2021');
  });

  it('includes the user’s saved events, as the app exports them', async () => {
    const dataDir = tempDataDir();
    const { handlers } = createService({
      host: { kind: 'cli' },
      resourcesDir: path.join(REPO_ROOT, 'resources'),
      stores: confFactory,
      dataDir,
    });
    await handlers.openBuiltInBundle();
    await handlers.saveTimelineEvent({
      event: {
        id: 'my-note',
        laneId: 'leica-sharp',
        kind: 'point',
        label: { en: 'Checked with Sharp PR' },
        start: { year: 2021, month: 6 },
      },
    });
    const io = captureIo({ PRESSKIT_DATA_DIR: dataDir });
    expect(await main(['timeline', BUILT_IN_BUNDLE, '--format', 'json'], io)).toBe(0);
    expect((JSON.parse(io.stdout.join('\n')) as { timeline: Timeline }).timeline.events.map((e) => e.id)).toContain('my-note');
  });

  it('--suggest prints the suggested events: date, precision, label and source sentence', async () => {
    const io = captureIo();
    expect(await main(['timeline', BUILT_IN_BUNDLE, '--suggest'], io)).toBe(0);
    const suggestions = JSON.parse(io.stdout.join('\n')) as TimelineSuggestion[];
    expect(suggestions.length).toBeGreaterThanOrEqual(16);
    expect(suggestions.find((s) => s.dateText === 'the fourth quarter of 2021')).toMatchObject({
      date: { year: 2021, quarter: 4 },
      precision: 'quarter',
      label: 'The company’s market share in terms of smartphone shipments ranked no. 3 globally',
      sentence: 'The company’s market share in terms of smartphone shipments ranked no. 3 globally in the fourth quarter of 2021.',
      documentId: 'about-xiaomi',
    });
  });

  it('exits 2 on usage errors and 1 on a bad bundle', async () => {
    for (const argv of [
      ['timeline'],
      ['timeline', BUILT_IN_BUNDLE, '--format', 'pdf'],
      ['timeline', BUILT_IN_BUNDLE, '--suggest', '--format', 'csv'],
      ['timeline', BUILT_IN_BUNDLE, '--frobnicate'],
    ])
      expect(await main(argv, captureIo()), argv.join(' ')).toBe(2);
    expect(await main(['timeline', '/no/such/bundle'], captureIo())).toBe(1);
  });
});
