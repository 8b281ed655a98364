import { z } from 'zod';
import { IsoDate, LanguageTag, LocalizedText, Slug, SourceRef } from './common';
import { Timeline } from './timeline';

/** The bundle format version this build reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1;

export const DocumentKind = z.enum([
  'release',
  'article',
  'boilerplate',
  'comments',
  'factsheet',
  'contacts',
  'backgrounder',
  'statement',
  'other',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * "Wetzlar, 23 May 2022." — where and when a release is issued, exactly as printed. A dateline may
 * name a place without a date ("YOKOHAMA (JAPAN) -") or a date without a place: never invent either.
 */
export const Dateline = z
  .object({
    place: z.string().min(1).optional(),
    date: IsoDate.optional(),
    /** The dateline as it is printed at the start of the body, verbatim. */
    text: z.string().min(1),
  })
  .refine((d) => d.place !== undefined || d.date !== undefined, { message: 'a dateline needs a place, a date or both' })
  // The same rule for the published JSON Schema, which cannot see the refinement.
  .meta({ anyOf: [{ required: ['place'] }, { required: ['date'] }] });
export type Dateline = z.infer<typeof Dateline>;

/** One reader comment's metadata; null where the source does not say (anonymous, undated). */
export const CommentMeta = z.object({
  author: z.string().min(1).nullable(),
  date: IsoDate.nullable(),
});
export type CommentMeta = z.infer<typeof CommentMeta>;

export const DocumentEntry = z.object({
  id: Slug,
  kind: DocumentKind,
  language: LanguageTag,
  title: z.string().min(1),
  /** Markdown file, relative to the bundle root. */
  file: z.string().min(1),
  /** Releases: headline and subhead as printed (they must occur in the file). */
  headline: z.string().min(1).optional(),
  subhead: z.string().min(1).optional(),
  dateline: Dateline.optional(),
  /** Where the text was published, when it is known. */
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Comments documents: one entry per paragraph, in order. */
  comments: z.array(CommentMeta).optional(),
});
export type DocumentEntry = z.infer<typeof DocumentEntry>;

export const Organisation = z.object({
  id: Slug,
  name: z.string().min(1),
  kind: z.enum(['company', 'brand', 'agency', 'publication', 'other']).default('company'),
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Organisation = z.infer<typeof Organisation>;

export const Person = z.object({
  id: Slug,
  name: z.string().min(1),
  role: z.string().min(1).optional(),
  organisationId: Slug.optional(),
});
export type Person = z.infer<typeof Person>;

export const Quote = z.object({
  id: Slug,
  documentId: Slug,
  speakerId: Slug,
  /** The quoted words, verbatim as they occur in the document. */
  text: z.string().min(1),
});
export type Quote = z.infer<typeof Quote>;

/** A figure the bundle states ("434 million connected devices"), with the passage that states it. */
export const Fact = z.object({
  id: Slug,
  label: LocalizedText,
  value: z.string().min(1),
  source: SourceRef,
});
export type Fact = z.infer<typeof Fact>;

export const Asset = z.object({
  file: z.string().min(1),
  mime: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml']),
  caption: z.string().optional(),
  credit: z.string().optional(),
  alt: z.string().min(1),
});
export type Asset = z.infer<typeof Asset>;

export const Contact = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
  organisationId: Slug.optional(),
  email: z.email().optional(),
  phone: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Contact = z.infer<typeof Contact>;

/** presskit.json, format v1. */
export const BundleManifest = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Slug,
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  languages: z.array(LanguageTag).min(1),
  /** Organisation that issues the kit (the PDF's Author). */
  issuerId: Slug.optional(),
  /** Release date of the kit. */
  date: IsoDate.optional(),
  /** ISO date-time before which the content must not be published; null or absent: none. */
  embargo: z.iso.datetime({ offset: true }).nullable().optional(),
  keywords: z.array(z.string().min(1)).default([]),
  documents: z.array(DocumentEntry).min(1),
  people: z.array(Person).default([]),
  organisations: z.array(Organisation).default([]),
  quotes: z.array(Quote).default([]),
  facts: z.array(Fact).default([]),
  timeline: Timeline.default({ lanes: [], events: [] }),
  assets: z.array(Asset).default([]),
  contacts: z.array(Contact).default([]),
});
export type BundleManifest = z.infer<typeof BundleManifest>;
/** What an author writes: defaults not yet applied. */
export type BundleManifestInput = z.input<typeof BundleManifest>;
