import { formatEventDates, dateLanguageOf, precisionOf } from '../../shared/timeline/format-date';
import { fuzzyDateKey, spanEndKey } from '../../shared/timeline/fuzzy-date';
import { groupByLane, pickText } from '../../shared/timeline/lanes';
import type { StoredTimelineEvent } from '../../shared/timeline/types';
import { htmlToText } from './html-text';
import { toTimelineJs, type ExportableTimeline, type TimelineJsExportOptions } from './timelinejs-export';
import { PRESSKIT_KEY, isObject, type Json } from './timelinejs-format';

/** Knight Lab's Google Sheets template, column for column, so the rows can be pasted into it. */
const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
];
const OWN_COLUMNS = ['Event ID', 'Lane ID', 'Kind', 'Start', 'End', 'Precision', 'Dates', 'Category', 'Source Document', 'Source Quote'];

/** RFC 4180 quoting; a text cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: unknown, text = true): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

function time(date: unknown): string {
  if (!isObject(date) || date.hour === undefined || date.hour === '') return '';
  const two = (v: unknown) => str(v).padStart(2, '0');
  return `${two(date.hour)}:${two(date.minute ?? 0)}${date.second !== undefined && date.second !== '' ? `:${two(date.second)}` : ''}`;
}

/** Media columns come from an imported slide's own media, not from the source quote we show in TimelineJS. */
function media(slide: Json): Json {
  const meta = isObject(slide[PRESSKIT_KEY]) ? slide[PRESSKIT_KEY] : {};
  return isObject(slide.media) && !meta.generatedMedia ? slide.media : {};
}

/**
 * The timeline as CSV: the TimelineJS spreadsheet columns first (dates exactly as the TimelineJS export
 * gives them), then ours — machine dates such as "2021-Q4" or "by 2022-05", the dates as read, the
 * source — and a headline column for each further language. UTF-8 with BOM and CRLF, for spreadsheets.
 */
export function timelineToCsv(timeline: ExportableTimeline, o: TimelineJsExportOptions): string {
  const languages = [...new Set(timeline.events.flatMap((e) => Object.keys(e.label)))].filter((l) => l !== o.lang);
  const slides = (toTimelineJs(timeline, o).events as Json[]) ?? [];
  const lanes = new Map(groupByLane(timeline).map((g) => [g.lane.id, g.lane]));
  const header = [...TIMELINEJS_COLUMNS, ...OWN_COLUMNS, ...languages.map((l) => `Headline (${l})`)];
  const rows = slides.map((slide) => {
    const event = slide[PRESSKIT_KEY] as StoredTimelineEvent;
    const s = isObject(slide.start_date) ? slide.start_date : {};
    const e = isObject(slide.end_date) ? slide.end_date : {};
    const m = media(slide);
    const background = isObject(slide.background) ? (slide.background.url ?? slide.background.color) : undefined;
    const lane = lanes.get(event.laneId);
    return [
      ...[s.year, s.month, s.day, time(s), e.year, e.month, e.day, time(e)].map((v) => cell(v === undefined ? '' : str(v), false)),
      cell(str(slide.display_date)),
      cell(pickText(event.label, o.lang)),
      cell(pickText(event.description, o.lang)),
      cell(str(m.url)),
      cell(htmlToText(str(m.credit))),
      cell(htmlToText(str(m.caption))),
      cell(str(m.thumbnail)),
      '',
      cell(lane ? pickText(lane.label, o.lang) : event.laneId),
      cell(str(background)),
      cell(event.id),
      cell(event.laneId),
      cell(event.kind),
      cell(fuzzyDateKey(event.start), false),
      cell(event.kind === 'span' ? spanEndKey(event.end) : '', false),
      cell(precisionOf(event.start)),
      cell(formatEventDates(event, dateLanguageOf(o.lang))),
      cell(event.category),
      cell(event.source?.documentId),
      cell(event.source?.quote.exact),
      ...languages.map((l) => cell(event.label[l])),
    ].join(',');
  });
  return '\uFEFF' + [header.map((h) => cell(h)).join(','), ...rows].join('\r\n') + '\r\n';
}
