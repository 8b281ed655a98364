import { z } from 'zod';
import { PresskitError, type Problem } from '../../shared/errors';
import type { LocalizedText } from '../../shared/model/common';
import { TimelineEvent, TimelineLane, type FuzzyDate, type SpanEnd } from '../../shared/model/timeline';
import { dateLanguageOf, formatFuzzyDate, formatSpanEnd } from '../../shared/timeline/format-date';
import { StoredTimelineEvent } from '../../shared/timeline/types';
import { headlineText, htmlToText } from './html-text';
import {
  PRESSKIT_FORMAT,
  PRESSKIT_KEY,
  isObject,
  readTimelineJsDate,
  uniqueSlug,
  writeTimelineJsDate,
  type Json,
} from './timelinejs-format';

export interface ImportedTimeline {
  /** Lanes in the order of the file: its own lane list if we wrote it, else groups by first appearance. */
  lanes: TimelineLane[];
  events: StoredTimelineEvent[];
  /** The file's top-level fields other than its events (title slide, scale, eras…), kept for export. */
  timelinejs: Json;
}

export interface TimelineJsImportOptions {
  /** Language the file's texts are in (BCP 47); labels are stored under it. */
  language: string;
  /** Named in error messages. */
  fileName?: string;
}

const Meta = TimelineEvent.partial().extend({ generatedMedia: z.boolean().optional() });
type Meta = z.infer<typeof Meta>;

const sameDay = (a: FuzzyDate, b: FuzzyDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/** Our own richer date (a quarter, "by May 2022") when the file's plain date still matches what we wrote for it. */
function preferMeta(meta: FuzzyDate | undefined, native: FuzzyDate, lang: string): FuzzyDate {
  if (!meta) return native;
  const written = readTimelineJsDate(writeTimelineJsDate(meta, dateLanguageOf(lang)), '', '', []);
  return written && sameDay(written, native) ? meta : native;
}

const textOrMeta = (native: string, meta: LocalizedText | undefined, lang: string): LocalizedText | undefined => {
  if (meta && Object.values(meta).includes(native)) return meta;
  return native ? { [lang]: native } : undefined;
};

/** A span's end: what the file says, unless our "present"/"unknown" is still what it says. */
function spanEnd(slide: Json, meta: Meta | undefined, start: FuzzyDate, end: FuzzyDate | undefined, lang: string): SpanEnd | undefined {
  const display = isObject(slide.end_date) ? slide.end_date.display_date : undefined;
  if (meta?.end === 'present' && end && (display === formatSpanEnd('present', 'en') || display === formatSpanEnd('present', 'id')))
    return 'present';
  if (meta?.end === 'unknown' && !end) return 'unknown';
  if (!end || sameDay(end, start)) return undefined;
  return typeof meta?.end === 'object' ? preferMeta(meta.end, end, lang) : end;
}

function readJson(text: string, file: string): Json {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new PresskitError('IMPORT_INVALID', `${file}: not valid JSON`, [
      { file, pointer: '', message: `not valid JSON: ${(err as Error).message}` },
    ]);
  }
  if (!isObject(doc) || !Array.isArray(doc.events))
    throw new PresskitError('IMPORT_INVALID', `${file}: not a TimelineJS file`, [
      { file, pointer: '/events', message: 'missing: a TimelineJS file has an "events" array' },
    ]);
  return doc;
}

/**
 * Reads a TimelineJS3 JSON file: groups become lanes (in the file's order), slides events at the
 * precision their dates give, HTML texts plain text. What the timeline model has no field for (media,
 * time of day, display dates…) is kept with each event, so exporting again gives the file back.
 * A file we exported brings back its lanes, "present" ends, quarters, sources and translations.
 */
export function parseTimelineJs(text: string, options: TimelineJsImportOptions): ImportedTimeline {
  const file = options.fileName ?? 'timeline.json';
  const lang = options.language;
  const doc = readJson(text, file);
  const problems: Problem[] = [];

  const own =
    isObject(doc[PRESSKIT_KEY]) && doc[PRESSKIT_KEY].format === PRESSKIT_FORMAT
      ? z.array(TimelineLane).safeParse(doc[PRESSKIT_KEY].lanes)
      : null;
  const lanes: TimelineLane[] = own?.success ? own.data : [];
  const laneIds = new Set(lanes.map((l) => l.id));
  const byGroup = new Map<string, string>(lanes.map((l) => [Object.values(l.label)[0] ?? l.id, l.id]));
  let ungroupedLane: string | null = null;
  const laneFor = (group: string): string => {
    if (!group) {
      ungroupedLane ??= uniqueSlug('other-events', laneIds, 'events');
      return ungroupedLane;
    }
    let id = byGroup.get(group) ?? lanes.find((l) => Object.values(l.label).includes(group))?.id;
    if (!id) {
      id = uniqueSlug(group, laneIds, 'lane');
      lanes.push({ id, label: { [lang]: group }, kind: 'other', organisationIds: [] });
      byGroup.set(group, id);
    }
    return id;
  };

  const events: StoredTimelineEvent[] = [];
  const eventIds = new Set<string>();
  (doc.events as unknown[]).forEach((raw, i) => {
    const at = `/events/${i}`;
    if (!isObject(raw)) return void problems.push({ file, pointer: at, message: 'must be an object (a slide)' });
    const start = readTimelineJsDate(raw.start_date, file, `${at}/start_date`, problems);
    const end = raw.end_date === undefined ? undefined : readTimelineJsDate(raw.end_date, file, `${at}/end_date`, problems);
    if (!start || end === null) return;
    const parsedMeta = Meta.safeParse(raw[PRESSKIT_KEY]);
    const meta = parsedMeta.success ? parsedMeta.data : undefined;
    const slide: Json = { ...raw };
    delete slide[PRESSKIT_KEY];
    if (meta?.generatedMedia) delete slide.media;

    const t = isObject(raw.text) ? raw.text : {};
    const headline = headlineText(typeof t.headline === 'string' ? t.headline : '');
    const body = htmlToText(typeof t.text === 'string' ? t.text : '');
    const group = typeof raw.group === 'string' ? raw.group.trim() : '';
    const laneId = meta?.laneId && laneIds.has(meta.laneId) && own?.success ? meta.laneId : laneFor(group);
    const startDate = preferMeta(meta?.start, start, lang);
    const endValue = spanEnd(raw, meta, start, end, lang);
    const preferredId = meta?.id ?? (typeof raw.unique_id === 'string' && raw.unique_id.trim() ? raw.unique_id : headline);
    const event: Json = {
      id: uniqueSlug(preferredId, eventIds, 'event'),
      laneId,
      kind: endValue === undefined ? 'point' : 'span',
      label: textOrMeta(headline, meta?.label, lang) ?? { [lang]: formatFuzzyDate(startDate, dateLanguageOf(lang)) },
      start: startDate,
      timelinejs: { slide, laneId },
    };
    const description = textOrMeta(body, meta?.description, lang);
    if (description) event.description = description;
    if (endValue !== undefined) event.end = endValue;
    if (meta?.category) event.category = meta.category;
    if (meta?.source) event.source = meta.source;
    const checked = StoredTimelineEvent.safeParse(event);
    if (checked.success) events.push(checked.data);
    else
      for (const issue of checked.error.issues) problems.push({ file, pointer: `${at}/${issue.path.join('/')}`, message: issue.message });
  });
  if (ungroupedLane) {
    const title =
      isObject(doc.title) && isObject(doc.title.text) && typeof doc.title.text.headline === 'string'
        ? headlineText(doc.title.text.headline)
        : '';
    const alone = !lanes.length;
    lanes.push({
      id: ungroupedLane,
      label: { [lang]: alone && title ? title : lang.startsWith('id') ? 'Peristiwa lain' : 'Other events' },
      kind: 'other',
      organisationIds: [],
    });
  }
  if (problems.length)
    throw new PresskitError(
      'IMPORT_INVALID',
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the TimelineJS file`,
      problems,
    );

  const rest: Json = { ...doc };
  delete rest.events;
  delete rest[PRESSKIT_KEY];
  return { lanes, events, timelinejs: rest };
}
