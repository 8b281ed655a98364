import { z } from 'zod';
import { applyChange, type AnnotationChange, type AnnotationState } from '../../shared/annotations/history';
import { Annotation, ColourLabelOverrides } from '../../shared/model/annotation';
import { Slug } from '../../shared/model/common';
import type { LoadedBundle } from '../../shared/model/document';
import { openStore, type OpenedStore, type StoreFactory, type StoreSpec } from '../store/store';

/**
 * Store format of one bundle's annotations, file `annotations-<bundleId>.json` in the data folder.
 * Format 1 held the annotations alone; format 2 also records the bundle id and the content hash of
 * the bundle version last written against, so a changed bundle is recognised.
 */
export const ANNOTATION_STORE_FORMAT = 2;

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
    },
  };
}

/** The user's colour labels apply to every bundle, so they live in one store of their own. */
const LabelStoreData = z.object({ labels: ColourLabelOverrides });
type LabelStoreData = z.infer<typeof LabelStoreData>;
export const LABEL_STORE_SPEC: StoreSpec<LabelStoreData> = {
  name: 'annotation-colours',
  version: 1,
  schema: LabelStoreData,
  defaults: () => ({ labels: {} }),
};

/**
 * Annotations per bundle id, over openStore (conf in browser mode and the CLI, electron-store on the
 * desktop: whatever StoreFactory the host passes). Every operation re-reads the file, so what another
 * window or the CLI wrote in the meantime is kept, and writes are atomic (temp file + rename).
 */
export class AnnotationRepository {
  private readonly pending: string[] = [];

  constructor(
    private readonly stores: StoreFactory,
    private readonly dir: string,
  ) {}

  private open<T>(spec: StoreSpec<T>): OpenedStore<T> {
    const store = openStore(this.stores, this.dir, spec);
    this.pending.push(...store.notices);
    return store;
  }

  /** What the user must be told (a corrupt store moved aside); each notice is handed out once. */
  takeNotices(): string[] {
    return this.pending.splice(0);
  }

  /** Path of the bundle's store file. */
  pathFor(bundleId: string): string {
    return this.open(annotationStoreSpec(bundleId)).path;
  }

  read(bundleId: string): AnnotationStoreData {
    return this.open(annotationStoreSpec(bundleId)).read();
  }

  labels(): ColourLabelOverrides {
    return this.open(LABEL_STORE_SPEC).read().labels;
  }

  state(bundleId: string): AnnotationState {
    return { annotations: this.read(bundleId).annotations, labels: this.labels() };
  }

  /**
   * Applies a change to what is on disk now and writes only the stores it touched; returns the new
   * state. Throws (writing nothing) when the change no longer fits, e.g. the annotation was deleted elsewhere.
   */
  apply(bundle: LoadedBundle, change: AnnotationChange): AnnotationState {
    return this.update(bundle, (state) => applyChange(state, change));
  }

  /** Reads the state, passes it through `next` (which may throw to write nothing) and writes what changed. */
  update(bundle: LoadedBundle, next: (state: AnnotationState) => AnnotationState): AnnotationState {
    const bundleId = bundle.manifest.id;
    const annotations = this.open(annotationStoreSpec(bundleId));
    const labels = this.open(LABEL_STORE_SPEC);
    const before: AnnotationState = { annotations: annotations.read().annotations, labels: labels.read().labels };
    const after = next(before);
    if (after.annotations !== before.annotations)
      annotations.write({ bundleId, contentHash: bundle.contentHash, annotations: [...after.annotations] });
    if (after.labels !== before.labels) labels.write({ labels: after.labels });
    return after;
  }
}
