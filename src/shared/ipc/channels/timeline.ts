import { z } from 'zod';
import { LanguageTag, Slug } from '../../model/common';
import { SpanEnd, TimelineLane } from '../../model/timeline';
import {
  StoredTimelineEvent,
  TimelineExportFormat,
  type ExportedFile,
  type ResolvedTimeline,
  type ResolvedTimelineEvent,
  type SuggestionWithStatus,
} from '../../timeline/types';
import { channel } from '../define';

const SuggestionId = z.string().min(1).max(200);

/** The partnership timeline of the current bundle: the bundle's events merged with the user's, suggestions, import and export. */
export const timelineChannels = {
  /** Lanes in drawing order and every event (bundle, edited, user-made, accepted, imported). */
  getTimeline: channel<ResolvedTimeline>()(z.tuple([])),
  /** Dated statements found in the bundle's text, each marked new, on the timeline, or dismissed. */
  suggestTimelineEvents: channel<SuggestionWithStatus[]>()(z.tuple([])),
  /** Makes a suggestion an event (citing its sentence); lane, label, kind and end may be chosen. */
  acceptSuggestion: channel<ResolvedTimelineEvent>()(
    z.tuple([
      z.object({
        suggestionId: SuggestionId,
        laneId: Slug.optional(),
        label: z.string().min(1).max(2000).optional(),
        kind: z.enum(['span', 'point']).optional(),
        end: SpanEnd.optional(),
      }),
    ]),
  ),
  /** Hides a suggestion (dismissed: false offers it again). */
  dismissSuggestion: channel<{ dismissed: boolean }>()(
    z.tuple([z.object({ suggestionId: SuggestionId, dismissed: z.boolean().optional() })]),
  ),
  /** Creates (no id) or updates an event; a bundle event's change is kept as the user's edit. */
  saveTimelineEvent: channel<ResolvedTimelineEvent>()(z.tuple([z.object({ event: StoredTimelineEvent.extend({ id: Slug.optional() }) })])),
  /** Deletes a user event, or hides a bundle event. */
  deleteTimelineEvent: channel<{ deleted: true }>()(z.tuple([z.object({ id: Slug })])),
  /** Gives a bundle event back as the bundle has it (undoes an edit or a deletion). */
  revertTimelineEvent: channel<ResolvedTimelineEvent>()(z.tuple([z.object({ id: Slug })])),
  /** Adds or changes a lane of the user's; returns all lanes in order. */
  saveTimelineLane: channel<TimelineLane[]>()(z.tuple([z.object({ lane: TimelineLane })])),
  /** Removes a lane the user added, with its events. */
  deleteTimelineLane: channel<TimelineLane[]>()(z.tuple([z.object({ id: Slug })])),
  /** The merged timeline as TimelineJS3 JSON, the bundle's own JSON, or CSV; texts in `language` (default: the bundle's first). */
  exportTimeline: channel<ExportedFile>()(z.tuple([z.object({ format: TimelineExportFormat, language: LanguageTag.optional() })])),
  /** Adds the events of a TimelineJS3 JSON file (texts taken as `language`, default the bundle's first). */
  importTimelineJs: channel<{ added: number; skipped: number; lanesAdded: number; timeline: ResolvedTimeline }>()(
    z.tuple([
      z.object({
        text: z.string().min(1).max(50_000_000),
        fileName: z.string().min(1).max(255).optional(),
        language: LanguageTag.optional(),
      }),
    ]),
  ),
};
