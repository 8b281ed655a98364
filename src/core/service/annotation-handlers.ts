import { randomUUID } from 'node:crypto';
import { anchorAll, exportAnnotationFile, selectorsFor } from '../annotations/index';
import { AnnotationRepository } from '../annotations/repository';
import { importAnnotations } from '../annotations/import';
import {
  EMPTY_HISTORY,
  describeChange,
  historyStatus,
  recordChange,
  redoStep,
  undoStep,
  type AnnotationChange,
  type AnnotationState,
  type History,
  type HistoryStep,
} from '../../shared/annotations/history';
import { sortInReadingOrder } from '../../shared/annotations/filter';
import { PresskitError } from '../../shared/errors';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { DEFAULT_COLOURS, type AnchoredAnnotation, type Annotation } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import type { ServiceContext } from './context';

type AnnotationHandlers = Pick<
  ChannelHandlers,
  | 'listAnnotations'
  | 'createAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'undoAnnotationChange'
  | 'redoAnnotationChange'
  | 'importAnnotations'
  | 'exportAnnotations'
  | 'getColourLabels'
  | 'setColourLabel'
>;

/**
 * Annotation channels over the bundle open in this window. Undo/redo history is kept here, per
 * bundle id, for the life of the service: it survives any number of channel calls and switching
 * bundles, not a restart (the annotations themselves are on disk after every change).
 */
export function annotationHandlers(ctx: ServiceContext): AnnotationHandlers {
  const repository = new AnnotationRepository(ctx.stores, ctx.dataDir);
  const histories = new Map<string, History>();
  // The app stores' notices ride along with the annotation store's: the renderer already shows these to the user.
  const notices = () => [...ctx.notices.take(), ...repository.takeNotices()];

  const current = (): LoadedBundle => {
    if (!ctx.session.bundle) throw new PresskitError('NO_BUNDLE_OPEN', 'No bundle is open');
    return ctx.session.bundle;
  };
  const historyOf = (bundle: LoadedBundle) => histories.get(bundle.manifest.id) ?? EMPTY_HISTORY;
  const place = (bundle: LoadedBundle, a: Annotation): AnchoredAnnotation => anchorAll(bundle, [a])[0]!;
  const find = (bundle: LoadedBundle, id: string): Annotation => {
    const found = repository.read(bundle.manifest.id).annotations.find((a) => a.id === id);
    if (!found) throw new PresskitError('ARGUMENT_INVALID', `No annotation ${id} in bundle ${bundle.manifest.id}`);
    return found;
  };
  const commit = (bundle: LoadedBundle, change: AnnotationChange) => {
    repository.apply(bundle, change);
    histories.set(bundle.manifest.id, recordChange(historyOf(bundle), change));
  };
  const mutation = (bundle: LoadedBundle, annotation: Annotation | null) => ({
    annotation: annotation ? place(bundle, annotation) : null,
    history: historyStatus(historyOf(bundle)),
    notices: notices(),
  });
  const step = (move: (history: History, state: AnnotationState) => HistoryStep | null) => {
    const bundle = current();
    let done: HistoryStep | null = null;
    // The step is computed on the state just read from disk and written as computed; a conflict throws
    // before anything is written and leaves the history as it was.
    repository.update(bundle, (state) => {
      done = move(historyOf(bundle), state);
      return done ? done.state : state;
    });
    const taken = done as HistoryStep | null;
    if (taken) histories.set(bundle.manifest.id, taken.history);
    return {
      step: taken ? describeChange(taken.change) : null,
      history: historyStatus(historyOf(bundle)),
      notices: notices(),
    };
  };
  const colourLabels = () => ({ palette: DEFAULT_COLOURS, overrides: repository.labels() });

  return {
    async listAnnotations() {
      const bundle = current();
      const stored = repository.read(bundle.manifest.id);
      return {
        bundleId: bundle.manifest.id,
        items: sortInReadingOrder(anchorAll(bundle, stored.annotations), bundle.documents),
        bundleChanged: stored.contentHash !== null && stored.contentHash !== bundle.contentHash,
        history: historyStatus(historyOf(bundle)),
        notices: notices(),
      };
    },
    async createAnnotation({ documentId, start, end, colour, note, tags }) {
      const bundle = current();
      const doc = bundle.documents.find((d) => d.id === documentId);
      if (!doc) throw new PresskitError('ARGUMENT_INVALID', `Bundle ${bundle.manifest.id} has no document "${documentId}"`);
      const stamp = ctx.now().toISOString();
      const annotation: Annotation = {
        id: `urn:uuid:${randomUUID()}`,
        bundleId: bundle.manifest.id,
        documentId,
        ...selectorsFor(doc, start, end),
        colour,
        note: note ?? '',
        tags: [...new Set(tags ?? [])],
        created: stamp,
        modified: stamp,
      };
      commit(bundle, { kind: 'create', annotation });
      return mutation(bundle, annotation);
    },
    async updateAnnotation({ id, colour, note, tags }) {
      const bundle = current();
      const before = find(bundle, id);
      const after: Annotation = {
        ...before,
        ...(colour !== undefined ? { colour } : {}),
        ...(note !== undefined ? { note } : {}),
        ...(tags !== undefined ? { tags: [...new Set(tags)] } : {}),
        modified: ctx.now().toISOString(),
      };
      commit(bundle, { kind: 'update', before, after });
      return mutation(bundle, after);
    },
    async deleteAnnotation({ id }) {
      const bundle = current();
      commit(bundle, { kind: 'delete', annotation: find(bundle, id) });
      return mutation(bundle, null);
    },
    undoAnnotationChange: async () => step(undoStep),
    redoAnnotationChange: async () => step(redoStep),
    async importAnnotations({ text, fileName }) {
      const bundle = current();
      const { report, change } = importAnnotations(repository, bundle, text, fileName ?? 'annotations.jsonld', ctx.now());
      if (change) histories.set(bundle.manifest.id, recordChange(historyOf(bundle), change));
      return { report, history: historyStatus(historyOf(bundle)), notices: notices() };
    },
    async exportAnnotations({ format, language }) {
      const { fileName, mime, content } = exportAnnotationFile(repository, current(), format, language);
      return { fileName, mime, content };
    },
    async getColourLabels() {
      return colourLabels();
    },
    async setColourLabel({ key, label }) {
      const bundle = current();
      const before = repository.labels()[key] ?? null;
      if (before !== label) commit(bundle, { kind: 'relabel', key, before, after: label });
      return { labels: colourLabels(), history: historyStatus(historyOf(bundle)) };
    },
  };
}
