import { z } from 'zod';
import { Annotation, ColourLabelOverrides } from '../../shared/model/annotation';
import { Slug } from '../../shared/model/common';
import type { StoreSpec } from '../store/store';

/**
 * Store format of one bundle's annotations, file `annotations-<bundleId>.json` in the data folder.
 * Format 1 held the annotations alone; format 2 also records the bundle id and the content hash of
 * the bundle version last written against, so a changed bundle is recognised. Format 3 is format 2's
 * snapshot with a journal of later changes beside it (`annotations-<bundleId>.journal.jsonl`): an
 * app that knows only format 2 would miss the journal, so it leaves a format 3 file alone.
 */
export const ANNOTATION_STORE_FORMAT = 3;

export const AnnotationStoreData = z
  .object({
    bundleId: Slug,
    contentHash: z.string().nullable(),
    annotations: z.array(Annotation),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.annotations.forEach((a, i) => {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: ['annotations', i, 'id'], message: `duplicate annotation id ${a.id}` });
      seen.add(a.id);
    });
  });
export type AnnotationStoreData = z.infer<typeof AnnotationStoreData>;

export const annotationStoreName = (bundleId: string) => `annotations-${bundleId}`;

export function annotationStoreSpec(bundleId: string): StoreSpec<AnnotationStoreData> {
  return {
    name: annotationStoreName(bundleId),
    version: ANNOTATION_STORE_FORMAT,
    schema: AnnotationStoreData,
    defaults: () => ({ bundleId, contentHash: null, annotations: [] }),
    migrations: {
      // Unversioned files held format 1's data, {annotations}, at the top level; anything else is moved aside, not guessed at.
      0: (old) => {
        const keys = Object.keys(old);
        if (!Array.isArray(old.annotations) || keys.length !== 1)
          throw new Error(`unversioned file with fields ${keys.join(', ') || '(none)'}`);
        return { annotations: old.annotations };
      },
      1: (old) => ({ bundleId, contentHash: null, annotations: old.annotations ?? [] }),
      2: (old) => old,
    },
  };
}

/** The user's colour labels apply to every bundle, so they live in one store of their own. */
export const LabelStoreData = z.object({ labels: ColourLabelOverrides });
export type LabelStoreData = z.infer<typeof LabelStoreData>;
export const LABEL_STORE_SPEC: StoreSpec<LabelStoreData> = {
  name: 'annotation-colours',
  version: 1,
  schema: LabelStoreData,
  defaults: () => ({ labels: {} }),
};
