import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { exportTimeline, timelineExportOptions, toBundleTimeline } from '../../../src/core/timeline/export';
import { toTimelineJs } from '../../../src/core/timeline/timelinejs-export';
import { parseTimelineJs } from '../../../src/core/timeline/timelinejs-import';
import { PresskitError } from '../../../src/shared/errors';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { Timeline } from '../../../src/shared/model/timeline';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

type Json = Record<string, unknown>;
const STANDARDS = '/work/shared/standards/timelinejs';
const SHARED_FILES = readdirSync(STANDARDS).filter((f) => f.endsWith('.json'));
const NOW = new Date('2024-06-01T12:00:00Z');

/** A slide without the keys we add (our id and our "presskit" record). */
const withoutOurKeys = (slide: Json) => {
  const { unique_id: _u, presskit: _p, ...rest } = slide;
  return rest;
};

describe('TimelineJS3 files from Knight Lab round-trip', () => {
  it('finds the shared example files', () => expect(SHARED_FILES.length).toBeGreaterThanOrEqual(4));

  it.each(SHARED_FILES)('%s: every slide comes back exactly — dates, text, media, groups — and the title and scale too', (file) => {
    const original = JSON.parse(readFileSync(path.join(STANDARDS, file), 'utf8')) as Json & { events: Json[] };
    const imported = parseTimelineJs(readFileSync(path.join(STANDARDS, file), 'utf8'), { language: 'en', fileName: file });
    expect(imported.events).toHaveLength(original.events.length);
    const exported = toTimelineJs(imported, { lang: 'en', now: NOW }) as Json & { events: Json[] };
    expect(exported.events).toHaveLength(original.events.length);
    imported.events.forEach((event, i) => {
      const slide = exported.events.find((s) => s.unique_id === event.id);
      expect(slide, event.id).toBeDefined();
      expect(withoutOurKeys(slide!)).toEqual(original.events[i]);
    });
    const { events: _e, presskit: _p, ...top } = exported;
    const { events: _o, ...originalTop } = original;
    expect(top).toEqual(originalTop);
  });

  it('reads dates at their precision and HTML as plain text', () => {
    const imported = parseTimelineJs(readFileSync(path.join(STANDARDS, 'houston.timeline3.json'), 'utf8'), { language: 'en' });
    expect(imported.events[0]!.start).toEqual({ year: 1963, month: 8, day: 9 });
    expect(imported.events[1]!.start).toEqual({ year: 1978 });
    expect(imported.events[0]!.description?.en).toMatch(/^Born in New Jersey on August 9th, 1963/);
    expect(imported.events[17]!.label.en).toBe('Whitney Houston 1963-2012');
    expect(imported.lanes).toEqual([
      { id: 'other-events', label: { en: 'Whitney Houston 1963 - 2012' }, kind: 'other', organisationIds: [] },
    ]);
  });
});

describe('groups, ongoing spans and missing ends (TimelineJS3 #416, #292/#10, #717)', () => {
  const file = {
    title: { text: { headline: 'Partners', text: '' } },
    events: [
      {
        start_date: { year: '2019' },
        end_date: { year: '2021', month: '6' },
        text: { headline: 'Zeta &amp; Co', text: '<p>First</p>' },
        group: 'Zeta',
      },
      { start_date: { year: 2016, month: 3, day: 1 }, text: { headline: 'Alpha founded', text: '' }, group: ' Alpha ' },
      { start_date: { year: '2020', hour: '9', minute: '30' }, text: { headline: 'No group' } },
      { start_date: { year: '2020' }, end_date: { year: '2020' }, text: { headline: 'Same day twice' }, group: 'Zeta' },
    ],
  };

  it('makes one lane per group in the file’s order, not the alphabet, and ungrouped events a last lane', () => {
    const imported = parseTimelineJs(JSON.stringify(file), { language: 'en' });
    expect(imported.lanes.map((l) => l.label.en)).toEqual(['Zeta', 'Alpha', 'Other events']);
    expect(imported.events.map((e) => [e.kind, e.label.en])).toEqual([
      ['span', 'Zeta & Co'],
      ['point', 'Alpha founded'],
      ['point', 'No group'],
      ['point', 'Same day twice'],
    ]);
    const back = toTimelineJs(imported, { lang: 'en', now: NOW }) as { events: Json[] };
    for (const [i, slide] of file.events.entries())
      expect(withoutOurKeys(back.events.find((s) => s.unique_id === imported.events[i]!.id)!)).toEqual(slide);
  });

  it('exports an open span to "present" (the export day) and an unknown end with no end date at all', async () => {
    const bundle = await loadBundle(BUILT_IN_BUNDLE);
    const doc = toTimelineJs(bundle.manifest.timeline, timelineExportOptions(bundle, 'en', NOW)) as { events: Json[] };
    const slide = (id: string) => doc.events.find((s) => s.unique_id === id)!;
    expect(slide('leica-xiaomi-cooperation').end_date).toEqual({ year: '2024', month: '6', day: '1', display_date: 'present' });
    expect(slide('leica-xiaomi-cooperation').display_date).toBe('23 May 2022 – present');
    expect(slide('leica-sharp-cooperation').end_date).toBeUndefined();
    expect(slide('leica-sharp-cooperation').display_date).toBe('2021 – ended (date unknown)');
    expect(slide('xiaomi-shipments-rank-3').start_date).toEqual({ year: '2021', month: '10', display_date: 'Q4 2021' });
    expect(slide('leica-huawei-cooperation').end_date).toEqual({ year: '2022', month: '5', display_date: 'by May 2022' });
    expect(slide('xiaomi-founded').start_date).toEqual({ year: '2010', month: '4' });
    expect(slide('xiaomi-founded').media).toEqual({
      url: '<blockquote>Xiaomi Corporation was founded in April 2010</blockquote>',
      caption: '',
      credit: 'About Xiaomi Corporation',
    });
    // Lane by lane, so TimelineJS (groups by first appearance) keeps Huawei, Sharp, Xiaomi, milestones.
    expect([...new Set(doc.events.map((s) => s.group))]).toEqual([
      'Leica and Huawei',
      'Leica and Sharp',
      'Leica and Xiaomi',
      'Xiaomi milestones',
    ]);
    const id = toTimelineJs(bundle.manifest.timeline, timelineExportOptions(bundle, 'id', NOW)) as { events: Json[] };
    expect(id.events.find((s) => s.unique_id === 'leica-sharp-cooperation')!.display_date).toBe(
      '2021 – berakhir (tanggal tidak diketahui)',
    );
  });
});

describe('the built-in timeline through TimelineJS and back', () => {
  let bundle: LoadedBundle;
  beforeAll(async () => {
    bundle = await loadBundle(BUILT_IN_BUNDLE);
  });

  it.each(['en', 'id'])(
    'loses nothing (texts in %s): lanes, spans to present, unknown ends, quarters, qualifiers, both languages, sources',
    (lang) => {
      const file = exportTimeline(bundle.manifest.timeline, 'timelinejs', timelineExportOptions(bundle, lang, NOW));
      const back = parseTimelineJs(file.content, { language: lang });
      expect(back.lanes).toEqual(bundle.manifest.timeline.lanes);
      expect(toBundleTimeline(back)).toEqual(
        toBundleTimeline({
          ...bundle.manifest.timeline,
          events: back.events.map((e) => bundle.manifest.timeline.events.find((x) => x.id === e.id)!),
        }),
      );
      expect(back.events).toHaveLength(bundle.manifest.timeline.events.length);
    },
  );

  it('exports the bundle’s own JSON, valid against the model', () => {
    const file = exportTimeline(bundle.manifest.timeline, 'json', timelineExportOptions(bundle, 'en', NOW));
    expect(file).toMatchObject({ fileName: 'xiaomi-leica-2022-timeline.json', mime: 'application/json' });
    const parsed = Timeline.parse((JSON.parse(file.content) as { timeline: unknown }).timeline);
    expect(parsed).toEqual(bundle.manifest.timeline);
  });

  it('exports CSV in the TimelineJS sheet’s columns, then ours', () => {
    const file = exportTimeline(bundle.manifest.timeline, 'csv', timelineExportOptions(bundle, 'en', NOW));
    expect(file.fileName).toBe('xiaomi-leica-2022-timeline.csv');
    const lines = file.content
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + bundle.manifest.timeline.events.length);
    expect(lines[0]).toMatch(
      /^Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,Event ID,Lane ID,Kind,Start,End,/,
    );
    expect(lines[0]).toMatch(/,Headline \(id\)$/);
    const row = lines.find((l) => l.includes(',xiaomi-shipments-rank-3,'))!;
    expect(row).toMatch(/^2021,10,,,,,,,Q4 2021,No\. 3 globally in smartphone shipments,/);
    expect(row).toContain(',2021-Q4,,quarter,Q4 2021,ranking,about-xiaomi,');
    expect(lines.find((l) => l.includes(',leica-xiaomi-cooperation,'))).toContain(',2022-05-23,present,day,');
    expect(lines.find((l) => l.includes(',leica-huawei-cooperation,'))).toContain(',2016,by 2022-05,year,');
  });
});

describe('bad TimelineJS files', () => {
  const problems = (text: string) => {
    try {
      parseTimelineJs(text, { language: 'en', fileName: 'bad.json' });
    } catch (err) {
      expect(err).toBeInstanceOf(PresskitError);
      expect((err as PresskitError).code).toBe('IMPORT_INVALID');
      return (err as PresskitError).problems.map((p) => `${p.file}#${p.pointer}: ${p.message}`);
    }
    throw new Error('no error');
  };

  it('names the file and the field at fault', () => {
    expect(problems('{ not json')[0]).toMatch(/^bad\.json#: not valid JSON/);
    expect(problems('{"title": {}}')).toEqual(['bad.json#/events: missing: a TimelineJS file has an "events" array']);
    expect(
      problems(
        JSON.stringify({
          events: [
            { text: { headline: 'x' } },
            { start_date: { year: '-500' } },
            { start_date: { year: '2020', day: '3' } },
            { start_date: { year: '2021', month: '2', day: '30' } },
            { start_date: { year: '2020' }, end_date: { month: '4' } },
          ],
        }),
      ),
    ).toEqual([
      'bad.json#/events/0/start_date: must be an object such as {"year": "2016"}',
      'bad.json#/events/1/start_date: year -500 is outside 1–9999, which this timeline can show',
      'bad.json#/events/2/start_date: gives a day but no month',
      'bad.json#/events/3/start_date: {"year":"2021","month":"2","day":"30"} is not a real date',
      'bad.json#/events/4/end_date: has no year',
    ]);
  });
});
