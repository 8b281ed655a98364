import { z } from 'zod';
import type { HistoryStatus } from '../../annotations/history';
import type { ImportReport } from '../../annotations/import-report';
import { ColourKey, type AnchoredAnnotation, type ColourDefinition, type ColourLabelOverrides } from '../../model/annotation';
import { LanguageTag, Slug } from '../../model/common';
import { channel } from '../define';

export interface AnnotationList {
  bundleId: string;
  /** Every annotation of the current bundle in reading order; orphaned ones have `range: null`. */
  items: AnchoredAnnotation[];
  /** True when the annotations were last saved against another version of the bundle's text. */
  bundleChanged: boolean;
  history: HistoryStatus;
  /** Things to tell the user, e.g. a damaged annotations file moved aside. */
  notices: string[];
}

export interface AnnotationMutation {
  /** The annotation as it is now (null after a delete). */
  annotation: AnchoredAnnotation | null;
  history: HistoryStatus;
  notices: string[];
}

export interface HistoryStepResult {
  /** What was undone or redone ("delete annotation"), or null when there was nothing to do. */
  step: string | null;
  history: HistoryStatus;
  notices: string[];
}

export interface ColourLabels {
  palette: readonly ColourDefinition[];
  /** The user's renamed labels (src/shared/annotations/colours resolves what to show). */
  overrides: ColourLabelOverrides;
}

export interface ExportedAnnotations {
  fileName: string;
  mime: string;
  content: string;
}

export const ANNOTATION_EXPORT_FORMATS = ['jsonld', 'md', 'csv'] as const;

const Tag = z.string().trim().min(1).max(100);
const Note = z.string().max(100_000);
const AnnotationId = z.string().min(1).max(2048);

/**
 * Annotations of the bundle open in this window. Undo/redo history is kept per bundle by the service
 * for as long as the app runs (it does not survive a restart; the annotations themselves do).
 */
export const annotationChannels = {
  listAnnotations: channel<AnnotationList>()(z.tuple([])),
  /** Highlights [start, end) of a document's plain text; the service records quote and position selectors. */
  createAnnotation: channel<AnnotationMutation>()(
    z.tuple([
      z.object({
        documentId: Slug,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        colour: ColourKey,
        note: Note.optional(),
        tags: z.array(Tag).max(100).optional(),
      }),
    ]),
  ),
  updateAnnotation: channel<AnnotationMutation>()(
    z.tuple([z.object({ id: AnnotationId, colour: ColourKey.optional(), note: Note.optional(), tags: z.array(Tag).max(100).optional() })]),
  ),
  deleteAnnotation: channel<AnnotationMutation>()(z.tuple([z.object({ id: AnnotationId })])),
  undoAnnotationChange: channel<HistoryStepResult>()(z.tuple([])),
  redoAnnotationChange: channel<HistoryStepResult>()(z.tuple([])),
  /** Imports the text of a W3C Web Annotation JSON-LD file (ours or another tool's). */
  importAnnotations: channel<{ report: ImportReport; history: HistoryStatus; notices: string[] }>()(
    z.tuple([z.object({ text: z.string().max(64 * 1024 * 1024), fileName: z.string().min(1).max(255).optional() })]),
  ),
  exportAnnotations: channel<ExportedAnnotations>()(
    z.tuple([z.object({ format: z.enum(ANNOTATION_EXPORT_FORMATS), language: LanguageTag.optional() })]),
  ),
  getColourLabels: channel<ColourLabels>()(z.tuple([])),
  /** Renames a colour's label; null restores the default. Undoable like any annotation change. */
  setColourLabel: channel<{ labels: ColourLabels; history: HistoryStatus }>()(
    z.tuple([z.object({ key: ColourKey, label: z.string().trim().min(1).max(80).nullable() })]),
  ),
};
