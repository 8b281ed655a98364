import { z } from 'zod';
import { Contact, DocumentKind, Organisation, Person } from './bundle';
import { IsoDate, LanguageTag, Slug } from './common';

/**
 * An import draft: what the importer detected in an outside file (HTML, PDF, DOCX, e-mail, Markdown,
 * text, ninjs, or a zip of those), before it becomes a bundle. The structure editor shows it with
 * each item's evidence and confidence and lets the user correct it; the bundle writer turns the
 * corrected draft into presskit.json + Markdown files. It travels over IPC/HTTP as JSON, so it holds
 * no bytes: images stay with the host under `sessionId`.
 */

/** How sure the detector is, 0–1 (shown to the user; ≥ 0.8 "sure", 0.5–0.8 "check", < 0.5 "guess"). */
export const Confidence = z.number().min(0).max(1);

/** Where a detection comes from: the source line or element, and the text it read there. */
export const Evidence = z.object({
  /** "line 12", "page 2", "<h1> 1", "Subject header", "front matter: date". */
  where: z.string().max(200),
  /** The source text the detection rests on, cut to a few hundred characters. */
  text: z.string().max(1000),
});
export type Evidence = z.infer<typeof Evidence>;

/** What a block of the source is: part of the text, an About/boilerplate section, or furniture to drop. */
export const BlockRole = z.enum(['body', 'about', 'comments', 'furniture']);
export type BlockRole = z.infer<typeof BlockRole>;

export const DraftBlock = z.object({
  /** Stable within the draft: "d1-b12". */
  id: z.string().min(1).max(64),
  kind: z.enum(['heading', 'paragraph', 'listItem', 'blockquote', 'code', 'tableRow', 'image']),
  level: z.number().int().min(1).max(6).optional(),
  /** The block's plain text, verbatim from the source (never edited). */
  text: z.string(),
  /** The same block as it is written into the bundle's Markdown (emphasis and http(s) links kept). */
  markdown: z.string(),
  role: BlockRole,
  /** Why the role was given (for furniture: "navigation", "share buttons", "cookie banner", "ENDS mark"…). */
  reason: z.string().max(200).optional(),
  where: z.string().max(200),
  /** Image blocks: the asset file they show. */
  assetFile: z.string().optional(),
});
export type DraftBlock = z.infer<typeof DraftBlock>;

/** A detected field with the detector's confidence and evidence. */
const detected = <T extends z.ZodType>(value: T) => z.object({ value, confidence: Confidence, evidence: Evidence.optional() });

/** A dateline may name a place without a date, or a date without a place; the raw text is kept. */
export const DraftDateline = z.object({
  text: z.string().min(1),
  place: z.string().min(1).optional(),
  date: IsoDate.optional(),
});
export type DraftDateline = z.infer<typeof DraftDateline>;

export const DraftDocument = z.object({
  id: Slug,
  /** The file inside the import it came from ("release.docx", or the file itself). */
  sourceName: z.string().min(1).max(1024),
  format: z.enum(['html', 'pdf', 'docx', 'eml', 'markdown', 'text', 'ninjs']),
  kind: DocumentKind,
  language: detected(LanguageTag),
  title: z.string().min(1),
  headline: detected(z.string().min(1)).optional(),
  subhead: detected(z.string().min(1)).optional(),
  dateline: detected(DraftDateline).optional(),
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  blocks: z.array(DraftBlock),
});
export type DraftDocument = z.infer<typeof DraftDocument>;

export const DraftQuote = z.object({
  id: Slug,
  documentId: Slug,
  /** The quoted words, verbatim in the document's text. */
  text: z.string().min(1),
  /** null: no speaker found; the user picks or creates one. */
  speakerId: Slug.nullable(),
  confidence: Confidence,
  evidence: Evidence.optional(),
});
export type DraftQuote = z.infer<typeof DraftQuote>;

export const DraftAsset = z.object({
  file: z.string().min(1),
  mime: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml']),
  caption: z.string().optional(),
  credit: z.string().optional(),
  alt: z.string().min(1),
  where: z.string().max(200),
});
export type DraftAsset = z.infer<typeof DraftAsset>;

export const ImportDraft = z.object({
  draftVersion: z.literal(1),
  /** Host-side import session that holds the images' bytes until the draft is saved. */
  sessionId: z.string().min(1).max(100),
  /** The file the user opened. */
  sourceName: z.string().min(1).max(1024),
  title: z.string().min(1),
  date: detected(IsoDate).optional(),
  embargo: detected(z.iso.datetime({ offset: true })).optional(),
  issuerId: Slug.optional(),
  documents: z.array(DraftDocument).min(1),
  people: z.array(Person),
  organisations: z.array(Organisation),
  quotes: z.array(DraftQuote),
  contacts: z.array(Contact.extend({ confidence: Confidence, evidence: Evidence.optional() })),
  assets: z.array(DraftAsset),
  /** Everything else the report should say (e.g. "no text layer on pages 3–4", "decoded as Windows-1252"). */
  notes: z.array(z.string().max(500)),
});
export type ImportDraft = z.infer<typeof ImportDraft>;
