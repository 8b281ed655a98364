import { z } from 'zod';
import { Slug, TextPositionSelector, TextQuoteSelector } from '../model/common';
import { TimelineEvent, TimelineLane, type FuzzyDate } from '../model/timeline';
import type { DatePrecision } from './format-date';

/**
 * A dated statement found in the bundle's own text, offered as a candidate event: the user accepts,
 * edits or dismisses it. `quote`/`position` select the source sentence (as annotations do), or for a
 * sentence longer than 600 characters the stretch of it around the date, so every suggestion is bounded.
 */
export interface TimelineSuggestion {
  /** Stable while the text is unchanged: "<documentId>-<start>-<end>" of the date expression. */
  id: string;
  date: FuzzyDate;
  /** The end of a range the sentence gives ("2016–2021"). */
  end?: FuzzyDate;
  /** "since 2016" starts something, "until 2021" / "has ended" ends it. */
  role?: 'start' | 'end';
  precision: DatePrecision;
  /** How the date was read: written out, counted from the dateline, or implied by "has ended". */
  basis: 'absolute' | 'relative' | 'completion';
  /** The clause that states it, without the date: at most 90 characters, plain text, never empty. */
  label: string;
  /** Said of the future ("will launch in July", "akan", "wird", "prévoit") or dated after the dateline: a plan, not a fact. */
  planned?: boolean;
  /** "03/05/2016" in an English text: day and month could be either way round, so only the year is given. */
  ambiguous?: boolean;
  /** Language of the document (and so of the label and sentence). */
  language: string;
  documentId: string;
  /** The source sentence (bounded, see above): the same text as `quote.exact`. */
  sentence: string;
  /** The words that state the date, verbatim, and where they are in the document's plain text. */
  dateText: string;
  datePosition: { start: number; end: number };
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The lane the sentence's organisations point to, when they point to one. */
  laneId?: string;
}

export type SuggestionStatus = 'new' | 'on-timeline' | 'dismissed';

/** A suggestion as the app shows it: whether the user dealt with it already. */
export interface SuggestionWithStatus extends TimelineSuggestion {
  status: SuggestionStatus;
  /** The event on the timeline made from, or citing, this statement. */
  eventId?: string;
}

/**
 * An event as the user keeps it: the bundle model's event plus, for imported ones, the TimelineJS
 * slide fields this model has no place for (media, background, unique_id…) so export gives them back.
 */
export const StoredTimelineEvent = TimelineEvent.extend({
  timelinejs: z
    .object({
      /** The slide as imported, verbatim. */
      slide: z.record(z.string(), z.unknown()),
      /** The lane it was imported into (an ungrouped slide stays ungrouped while it stays there). */
      laneId: Slug,
    })
    .optional(),
});
export type StoredTimelineEvent = z.infer<typeof StoredTimelineEvent>;

/** Where an event on the merged timeline comes from. */
export type EventProvenance = 'bundle' | 'edited' | 'user' | 'suggestion' | 'import';

export type ResolvedTimelineEvent = StoredTimelineEvent & { provenance: EventProvenance };

/** The bundle's timeline merged with the user's events, edits and deletions; lanes in drawing order. */
export interface ResolvedTimeline {
  lanes: TimelineLane[];
  events: ResolvedTimelineEvent[];
  /** Things the user must be told (a store that could not be read was moved aside…). */
  notices: string[];
  /** Top-level TimelineJS fields of an imported file (title slide, scale, eras), kept for export. */
  timelinejs?: Record<string, unknown>;
}

export const TimelineExportFormat = z.enum(['timelinejs', 'json', 'csv']);
export type TimelineExportFormat = z.infer<typeof TimelineExportFormat>;

export interface ExportedFile {
  fileName: string;
  mime: string;
  content: string;
}

export { TimelineLane };
