import { z } from 'zod';
import { LocalizedText, Slug, TextPositionSelector, TextQuoteSelector } from './common';

/** Stable colour keys: a highlight keeps its key when the user renames the colour's label. */
export const COLOUR_KEYS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange', 'red', 'grey'] as const;
export const ColourKey = z.enum(COLOUR_KEYS);
export type ColourKey = z.infer<typeof ColourKey>;

export interface ColourDefinition {
  key: ColourKey;
  /** sRGB hex used on screen and in the PDF. */
  hex: string;
  /** Default label; the user may rename it (settings keep the override). */
  label: LocalizedText;
}

export const DEFAULT_COLOURS: readonly ColourDefinition[] = [
  { key: 'yellow', hex: '#ffd54f', label: { en: 'Key fact', id: 'Fakta kunci' } },
  { key: 'green', hex: '#81c784', label: { en: 'Quote to use', id: 'Kutipan untuk dipakai' } },
  { key: 'blue', hex: '#64b5f6', label: { en: 'Background', id: 'Latar belakang' } },
  { key: 'pink', hex: '#f48fb1', label: { en: 'Check this', id: 'Periksa ini' } },
  { key: 'purple', hex: '#b39ddb', label: { en: 'Question', id: 'Pertanyaan' } },
  { key: 'orange', hex: '#ffb74d', label: { en: 'Follow up', id: 'Tindak lanjut' } },
  { key: 'red', hex: '#e57373', label: { en: 'Do not use', id: 'Jangan dipakai' } },
  { key: 'grey', hex: '#bdbdbd', label: { en: 'Other', id: 'Lainnya' } },
];

/** The user's renamed colour labels; a colour without an entry shows its default label. */
export const ColourLabelOverrides = z.partialRecord(ColourKey, z.string().trim().min(1).max(80));
export type ColourLabelOverrides = z.infer<typeof ColourLabelOverrides>;

/** Characters of context kept either side of a quote (as Hypothesis does). */
export const QUOTE_CONTEXT_LENGTH = 32;

/** Who made an annotation, as a W3C Agent (model 3.3.1): kept whole from another tool's file, so an export gives it back. */
export const AnnotationAgent = z.object({
  id: z.string().min(1).optional(),
  /** "Person", "Organization", "Software" (or another tool's terms). */
  type: z.array(z.string().min(1)).optional(),
  name: z.string().optional(),
  nickname: z.string().optional(),
  email: z.string().optional(),
  email_sha1: z.string().optional(),
  homepage: z.string().optional(),
});
export type AnnotationAgent = z.infer<typeof AnnotationAgent>;

/**
 * How the note's TextualBody was described in the file it came from (W3C model 3.2.4 and 3.3.5). Absent
 * for notes written here: they are exported as Markdown in the document's language, purpose "commenting".
 */
export const NoteBody = z.object({
  purpose: z.array(z.string().min(1)).optional(),
  /** A media type: "text/plain", "text/markdown", "text/html"… */
  format: z.string().min(1).optional(),
  /** BCP 47 language of the note itself (not of the document). */
  language: z.string().min(1).optional(),
  textDirection: z.enum(['ltr', 'rtl', 'auto']).optional(),
});
export type NoteBody = z.infer<typeof NoteBody>;

/**
 * One highlight/note/tag on a bundle document, our internal form of a W3C Web Annotation
 * (target = document IRI + TextQuoteSelector + TextPositionSelector; colour via motivation
 * "highlighting" plus the colour key; note and tags as TextualBody "commenting"/"tagging").
 */
export const Annotation = z.object({
  /** Globally unique IRI, "urn:uuid:…" for ones made here; kept as-is for imported ones. */
  id: z.string().min(1),
  bundleId: Slug,
  documentId: Slug,
  quote: TextQuoteSelector,
  position: TextPositionSelector.optional(),
  colour: ColourKey,
  /** Plain text or simple Markdown. */
  note: z.string().default(''),
  tags: z.array(z.string().min(1)).default([]),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
  creator: z.string().optional(),
  // Optional W3C fields kept from another tool's file (absent in stores written before them, which load as they are).
  /** The annotation's motivations as the file gave them ("commenting", "bookmarking"…); absent: "highlighting". */
  motivation: z.array(z.string().min(1)).optional(),
  noteBody: NoteBody.optional(),
  /** The full creator, when the file described more of it than a name. */
  creatorAgent: AnnotationAgent.optional(),
  /** The target's source when it is not one of our documents (another tool's web page): exported as the target again. */
  targetSource: z.string().min(1).optional(),
});
export type Annotation = z.infer<typeof Annotation>;

/** An annotation placed on the current text: `range` is null when it could not be re-attached (orphaned). */
export interface AnchoredAnnotation {
  annotation: Annotation;
  range: { start: number; end: number } | null;
  /** How it was placed: exact position, quote search, fuzzy match, or not at all. */
  method: 'position' | 'quote' | 'fuzzy' | 'orphaned';
}
