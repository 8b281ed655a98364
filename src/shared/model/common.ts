import { z } from 'zod';

/** Lower-case slug used for every id in a bundle (documents, people, lanes…). */
export const Slug = z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'must be a lower-case slug such as "lei-jun"');

/** BCP 47 language tag (pragmatic subset: language[-script][-region]). */
export const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?$/, 'must be a BCP 47 tag such as "en" or "id"');

/** Calendar date as the source states it, ISO 8601 "YYYY-MM-DD". */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date "YYYY-MM-DD"');

/** Text given in one or more languages, keyed by BCP 47 tag; "en" is the fallback. */
export const LocalizedText = z.record(LanguageTag, z.string().min(1));
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * W3C Web Annotation TextQuoteSelector: the exact text plus a little context either side.
 * Used by quotes, facts, timeline events and annotations alike, so one anchoring engine serves all.
 */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector').default('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** W3C TextPositionSelector: [start, end) offsets in a document's plain text (UTF-16 code units). */
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector').default('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** Where in the bundle a fact, event or annotation comes from. */
export const SourceRef = z.object({
  documentId: Slug,
  quote: TextQuoteSelector,
  position: TextPositionSelector.optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;
