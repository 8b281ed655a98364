import path from 'node:path';
import { applyChange, type AnnotationChange, type AnnotationState } from '../../shared/annotations/history';
import type { ColourLabelOverrides } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import { openStore, type OpenedStore, type StoreFactory, type StoreSpec } from '../store/store';
import { withStoreLock } from '../store/store-lock';
import { LABEL_STORE_SPEC, type AnnotationStoreData } from './annotation-store-spec';
import { AnnotationJournalStore } from './journal-store';

export {
  ANNOTATION_STORE_FORMAT,
  AnnotationStoreData,
  annotationStoreName,
  annotationStoreSpec,
  LABEL_STORE_SPEC,
} from './annotation-store-spec';

/**
 * Annotations per bundle id, over openStore (conf in browser mode and the CLI, electron-store on the
 * desktop: whatever StoreFactory the host passes). Every operation re-reads the file, so what another
 * window or the CLI wrote in the meantime is kept, and writes are atomic (temp file + rename).
 */
export class AnnotationRepository {
  private readonly pending: string[] = [];
  private readonly journals = new Map<string, AnnotationJournalStore>();

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

  private journal(bundleId: string): AnnotationJournalStore {
    let journal = this.journals.get(bundleId);
    if (!journal) this.journals.set(bundleId, (journal = new AnnotationJournalStore(this.stores, this.dir, bundleId, this.pending)));
    return journal;
  }

  /** Path of the bundle's store file (its snapshot; the journal of later changes lies beside it). */
  pathFor(bundleId: string): string {
    return this.journal(bundleId).snapshotPath;
  }

  read(bundleId: string): AnnotationStoreData {
    return this.journal(bundleId).read();
  }

  labels(): ColourLabelOverrides {
    return withStoreLock(path.join(this.dir, `${LABEL_STORE_SPEC.name}.json`), this.dir, () => this.open(LABEL_STORE_SPEC).read().labels);
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
    const labelsFile = path.join(this.dir, `${LABEL_STORE_SPEC.name}.json`);
    let result: AnnotationState | null = null;
    // Both files are locked, always in this order (annotations, then labels), so two processes never wait on each other.
    this.journal(bundleId).update((data) =>
      withStoreLock(labelsFile, this.dir, () => {
        const labels = this.open(LABEL_STORE_SPEC);
        const before: AnnotationState = { annotations: data.annotations, labels: labels.read().labels };
        const after = next(before);
        if (after.labels !== before.labels) labels.write({ labels: after.labels });
        result = after;
        return after.annotations === before.annotations
          ? data
          : { bundleId, contentHash: bundle.contentHash, annotations: [...after.annotations] };
      }),
    );
    return result!;
  }
}
