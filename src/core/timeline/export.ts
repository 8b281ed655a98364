import { PresskitError } from '../../shared/errors';
import type { LoadedBundle } from '../../shared/model/document';
import { Timeline } from '../../shared/model/timeline';
import type { ExportedFile, TimelineExportFormat } from '../../shared/timeline/types';
import { timelineToCsv } from './csv';
import { toTimelineJs, type ExportableTimeline, type TimelineJsExportOptions } from './timelinejs-export';

export interface TimelineExportOptions extends TimelineJsExportOptions {
  /** Names the file: "<bundleId>-timeline.csv". */
  bundleId: string;
}

/** The timeline in the bundle's own format: what a presskit.json's "timeline" key holds. */
export function toBundleTimeline(timeline: ExportableTimeline): Timeline {
  const parsed = Timeline.safeParse({
    lanes: timeline.lanes,
    // Only the model's fields: the TimelineJS passthrough and the app's provenance are not part of a bundle.
    events: timeline.events.map(({ timelinejs: _t, ...event }) => {
      const copy: Record<string, unknown> = { ...event };
      delete copy.provenance;
      return copy;
    }),
  });
  if (!parsed.success)
    throw new PresskitError(
      'EXPORT_FAILED',
      'The timeline does not fit the bundle format',
      parsed.error.issues.map((i) => ({ file: 'timeline', pointer: '/' + i.path.join('/'), message: i.message })),
    );
  return parsed.data;
}

/** Options every export of a bundle's timeline shares: its title slide, document titles, the clock. */
export function timelineExportOptions(bundle: LoadedBundle, language: string | undefined, now: Date): TimelineExportOptions {
  const m = bundle.manifest;
  return {
    bundleId: m.id,
    lang: language ?? m.languages[0] ?? 'en',
    now,
    title: m.subtitle ? { headline: m.title, text: m.subtitle } : { headline: m.title },
    documentTitles: Object.fromEntries(m.documents.map((d) => [d.id, d.title])),
  };
}

/** One export of the timeline: TimelineJS3 JSON (opens in Knight Lab's TimelineJS), the bundle's own JSON, or CSV. */
export function exportTimeline(timeline: ExportableTimeline, format: TimelineExportFormat, o: TimelineExportOptions): ExportedFile {
  const base = `${o.bundleId}-timeline`;
  switch (format) {
    case 'timelinejs':
      return {
        fileName: `${base}.timelinejs.json`,
        mime: 'application/json',
        content: JSON.stringify(toTimelineJs(timeline, o), null, 2) + '\n',
      };
    case 'json':
      return {
        fileName: `${base}.json`,
        mime: 'application/json',
        content: JSON.stringify({ timeline: toBundleTimeline(timeline) }, null, 2) + '\n',
      };
    case 'csv':
      return { fileName: `${base}.csv`, mime: 'text/csv;charset=utf-8', content: timelineToCsv(timeline, o) };
  }
}
