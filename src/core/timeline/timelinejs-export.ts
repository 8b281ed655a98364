import type { TimelineLane } from '../../shared/model/timeline';
import { dateLanguageOf, formatEventDates, formatFuzzyDate, formatSpanEnd } from '../../shared/timeline/format-date';
import { groupByLane, pickText } from '../../shared/timeline/lanes';
import type { StoredTimelineEvent } from '../../shared/timeline/types';
import { escapeHtml, headlineText, htmlToText, textToHtml } from './html-text';
import {
  PRESSKIT_FORMAT,
  PRESSKIT_KEY,
  isNativeDate,
  isObject,
  originalDateStillSays,
  readTimelineJsDate,
  writeTimelineJsDate,
  type Json,
} from './timelinejs-format';

export interface ExportableTimeline {
  lanes: readonly TimelineLane[];
  events: readonly StoredTimelineEvent[];
  /** Top-level fields of an imported TimelineJS file (title, scale, eras…). */
  timelinejs?: Json;
}

export interface TimelineJsExportOptions {
  /** Content language of headlines, texts and groups (BCP 47). */
  lang: string;
  /** "present" is drawn up to this day: TimelineJS has no open end. */
  now: Date;
  /** The title slide, unless an imported file brought its own. */
  title?: { headline: string; text?: string };
  /** Document titles, to credit the quote shown for an event's source. */
  documentTitles?: Record<string, string>;
}

const sameDay = (a: unknown, b: unknown) => {
  const x = readTimelineJsDate(a, '', '', []);
  const y = readTimelineJsDate(b, '', '', []);
  return !!x && !!y && x.year === y.year && x.month === y.month && x.day === y.day;
};

/** An HTML field kept as imported while its text is unchanged, else our text as HTML. */
function htmlField(
  original: unknown,
  text: string,
  toText: (html: string) => string,
  asHtml: (t: string) => string,
  fallback?: string,
): string {
  if (typeof original === 'string' && (toText(original) === text || (original.trim() === '' && text === fallback))) return original;
  return text ? asHtml(text) : '';
}

/** The event's fields of our own (everything the timeline model says), for the "presskit" key. */
function metaOf(event: StoredTimelineEvent): Json {
  const { timelinejs: _passthrough, ...rest } = event;
  const meta: Json = { ...rest };
  delete meta.provenance;
  return meta;
}

function slideFor(event: StoredTimelineEvent, lane: TimelineLane, o: TimelineJsExportOptions): Json {
  const lang = dateLanguageOf(o.lang);
  const original = event.timelinejs?.slide;
  const slide: Json = original ? structuredClone(original) : {};
  delete slide[PRESSKIT_KEY];

  const startKept = !!original && originalDateStillSays(original.start_date, event.start);
  slide.start_date = startKept ? original!.start_date : writeTimelineJsDate(event.start, lang);
  let ownDisplay = !isNativeDate(event.start);
  let endKept = true;
  const end = event.end;
  if (event.kind === 'point') {
    // An end equal to the start (TimelineJS drops it as redundant) survives while the date is unchanged.
    endKept = startKept && original!.end_date !== undefined && sameDay(original!.start_date, original!.end_date);
    if (!endKept) delete slide.end_date;
  } else if (typeof end === 'object') {
    endKept = !!original && originalDateStillSays(original.end_date, end);
    slide.end_date = endKept ? original!.end_date : writeTimelineJsDate(end, lang);
    ownDisplay ||= !isNativeDate(end);
  } else if (end === 'unknown') {
    // No end_date at all: an empty one is what TimelineJS shows as "January 1, 0" (issue #717).
    delete slide.end_date;
    ownDisplay = true;
  } else {
    const now = o.now;
    slide.end_date = {
      year: String(now.getUTCFullYear()),
      month: String(now.getUTCMonth() + 1),
      day: String(now.getUTCDate()),
      display_date: formatSpanEnd('present', lang),
    };
    ownDisplay = true;
  }
  if (ownDisplay) slide.display_date = formatEventDates(event, lang);
  else if (!(startKept && endKept)) delete slide.display_date; // an imported display_date would now tell the old dates

  const text = isObject(slide.text) ? slide.text : {};
  const label = pickText(event.label, o.lang);
  const body = htmlField(text.text, pickText(event.description, o.lang), htmlToText, (t) => textToHtml(t));
  slide.text = {
    ...text,
    headline: htmlField(text.headline, label, headlineText, (t) => textToHtml(t, false), formatFuzzyDate(event.start, lang)),
    // A slide that had no text field gets none while it has no description.
    ...(body || text.text !== undefined ? { text: body } : {}),
  };

  const laneLabel = pickText(lane.label, o.lang);
  const ungrouped = !!original && original.group === undefined && event.timelinejs!.laneId === event.laneId;
  if (ungrouped) delete slide.group;
  else if (!(typeof original?.group === 'string' && original.group.trim() === laneLabel)) slide.group = laneLabel;

  slide.unique_id = event.id;
  const meta = metaOf(event);
  // TimelineJS shows a blockquote as the slide's media: the source passage, as in the reader.
  if (event.source && slide.media === undefined) {
    const credit = o.documentTitles?.[event.source.documentId] ?? event.source.documentId;
    slide.media = { url: `<blockquote>${escapeHtml(event.source.quote.exact)}</blockquote>`, caption: '', credit: escapeHtml(credit) };
    meta.generatedMedia = true;
  }
  slide[PRESSKIT_KEY] = meta;
  return slide;
}

/**
 * The timeline as a TimelineJS3 JSON document that Knight Lab's TimelineJS opens as it is: one group per
 * lane (emitted lane by lane, so TimelineJS, which orders groups by first appearance, keeps our order
 * wherever dates allow), open ends as "present" up to the export day, unknown ends without an end date,
 * and quarters and qualifiers in display_date. Everything else we know rides along under "presskit".
 */
export function toTimelineJs(timeline: ExportableTimeline, o: TimelineJsExportOptions): Json {
  const doc: Json = { ...(timeline.timelinejs ?? {}) };
  if (!isObject(doc.title) && o.title)
    doc.title = { text: { headline: escapeHtml(o.title.headline), text: o.title.text ? textToHtml(o.title.text) : '' } };
  doc.events = groupByLane(timeline).flatMap((g) => g.events.map((e) => slideFor(e, g.lane, o)));
  doc[PRESSKIT_KEY] = { format: PRESSKIT_FORMAT, version: 1, lanes: timeline.lanes };
  return doc;
}
