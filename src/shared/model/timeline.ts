import { z } from 'zod';
import { LocalizedText, Slug, SourceRef } from './common';

/**
 * A date at the precision the source gives it: "2016" is a year, "Q4 2021" a quarter,
 * "July 2022" a month, "23 May 2022" a day. Never widened to a day the source does not state.
 */
export const FuzzyDate = z
  .object({
    year: z.number().int().min(1).max(9999),
    quarter: z.number().int().min(1).max(4).optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    /** "by May 2022": the event happened at the latest then; "circa": approximate. */
    qualifier: z.enum(['by', 'before', 'after', 'circa']).optional(),
  })
  .refine((d) => d.day === undefined || d.month !== undefined, { message: 'a day needs a month', path: ['day'] })
  .refine((d) => d.quarter === undefined || d.month === undefined, {
    message: 'give either a quarter or a month, not both',
    path: ['quarter'],
  });
export type FuzzyDate = z.infer<typeof FuzzyDate>;

/** End of a span: a date, still running ("present"), or ended at a time the source does not give. */
export const SpanEnd = z.union([FuzzyDate, z.literal('present'), z.literal('unknown')]);
export type SpanEnd = z.infer<typeof SpanEnd>;

export const TimelineLane = z.object({
  id: Slug,
  label: LocalizedText,
  kind: z.enum(['partnership', 'milestones', 'other']).default('other'),
  organisationIds: z.array(Slug).default([]),
});
export type TimelineLane = z.infer<typeof TimelineLane>;

export const TimelineEvent = z.object({
  id: Slug,
  laneId: Slug,
  kind: z.enum(['span', 'point']),
  label: LocalizedText,
  description: LocalizedText.optional(),
  start: FuzzyDate,
  /** Spans only. */
  end: SpanEnd.optional(),
  category: z.string().optional(),
  source: SourceRef.optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Lanes are drawn in array order: the bundle decides the order, not the alphabet. */
export const Timeline = z.object({
  lanes: z.array(TimelineLane).default([]),
  events: z.array(TimelineEvent).default([]),
});
export type Timeline = z.infer<typeof Timeline>;
