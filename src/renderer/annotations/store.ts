import { useSyncExternalStore } from 'react';
import { readingOrder, type AnnotationFilter, type DocumentInfo } from '../../shared/annotations/filter';
import type { HistoryStatus } from '../../shared/annotations/history';
import type { ImportReport } from '../../shared/annotations/import-report';
import type { ANNOTATION_EXPORT_FORMATS } from '../../shared/ipc/channels/annotations';
import type { AnchoredAnnotation, ColourKey, ColourLabelOverrides } from '../../shared/model/annotation';
import { api } from '../api/client';
import { describeStep, reportCounts, type Message } from './annotation-view';
import { downloadText } from '../app/download';

export type ExportFormat = (typeof ANNOTATION_EXPORT_FORMATS)[number];

/** A short-lived announcement (the status line reads it out), optionally offering to undo what was just done. */
export interface Announcement extends Message {
  id: number;
  /** The step undone or redone, said in the interface language. */
  what?: Message;
  undoable?: boolean;
}

/** What must reach the app's notices (kept until dismissed): errors, and what the service wants the user told. */
export interface AnnotationNotice {
  id: string;
  message: string;
  values?: Record<string, string | number>;
  tone: 'info' | 'error';
}

export interface AnnotationsState {
  loaded: boolean;
  items: AnchoredAnnotation[];
  bundleChanged: boolean;
  history: HistoryStatus;
  overrides: ColourLabelOverrides;
  filter: AnnotationFilter;
  /** The colour the selection toolbar offers first: the last one used. */
  lastColour: ColourKey;
  /** The annotation whose editor is open in the panel. */
  editingId: string | null;
  /** An annotation just made: the panel brings it into view once… */
  newId: string | null;
  /** …and moves focus to it when it was made from the keyboard. */
  focusNew: boolean;
  announcement: Announcement | null;
  importReport: ImportReport | null;
}

const NO_HISTORY: HistoryStatus = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

const initialState = (): AnnotationsState => ({
  loaded: false,
  items: [],
  bundleChanged: false,
  history: NO_HISTORY,
  overrides: {},
  filter: {},
  lastColour: 'yellow',
  editingId: null,
  newId: null,
  focusNew: false,
  announcement: null,
  importReport: null,
});

/**
 * The annotations of the open bundle, as the renderer sees them: one store shared by the always-mounted
 * layer (highlights, selection toolbar, shortcuts) and the side panel. Every change goes to the host
 * through `api`, which answers with the one annotation as stored and anchored: only that one is put
 * in place (no re-list, re-read or re-anchoring of the others, which at 20,000 annotations would take
 * seconds). Undo, redo and imports, which may touch many, re-list. Changes run one after another, in
 * the order asked (a quick run of Ctrl+Z presses undoes in order).
 */
export class AnnotationsStore {
  private state = initialState();
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private announcementId = 0;
  private notify: (notice: AnnotationNotice) => void = () => undefined;
  private order = readingOrder<AnchoredAnnotation>([]);

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): AnnotationsState => this.state;

  private set(patch: Partial<AnnotationsState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Where notices go (the app's notice list); set by the layer while it is mounted. */
  setNotifier(notify: (notice: AnnotationNotice) => void): () => void {
    this.notify = notify;
    return () => {
      if (this.notify === notify) this.notify = () => undefined;
    };
  }

  private announce(message: Omit<Announcement, 'id'>): void {
    this.set({ announcement: { ...message, id: ++this.announcementId } });
  }

  private serviceNotices(notices: readonly string[]): void {
    notices.forEach((text, i) =>
      this.notify({ id: `annotations-service-${Date.now()}-${i}`, message: 'annotations.serviceNotice', values: { text }, tone: 'info' }),
    );
  }

  /** Runs one change after the ones before it; a failure becomes an error notice, never an unhandled rejection. */
  private run<T>(work: () => Promise<T>): Promise<T | undefined> {
    const next = this.queue.then(work).catch((err: unknown) => {
      this.notify({
        id: 'annotations-error',
        message: 'annotations.error',
        values: { message: err instanceof Error ? err.message : String(err) },
        tone: 'error',
      });
      return undefined;
    });
    this.queue = next;
    return next;
  }

  private async refresh(): Promise<void> {
    const list = await api.listAnnotations();
    const editingId = list.items.some((i) => i.annotation.id === this.state.editingId) ? this.state.editingId : null;
    this.set({ loaded: true, items: list.items, bundleChanged: list.bundleChanged, history: list.history, editingId });
    this.serviceNotices(list.notices);
  }

  /**
   * Re-reads the store without resetting the view: what the CLI or another window saved while this
   * one was in the background shows up when the user comes back to it.
   */
  reloadFromStore(): Promise<void> {
    if (!this.state.loaded) return Promise.resolve();
    return this.run(() => this.refresh()).then(() => undefined);
  }

  /** Puts one changed annotation in its place in reading order (binary search), or takes a deleted one out. */
  private applyOne(id: string, placed: AnchoredAnnotation | null, history: HistoryStatus, also: Partial<AnnotationsState> = {}): void {
    const items = this.state.items.filter((i) => i.annotation.id !== id);
    if (placed) {
      let low = 0;
      let high = items.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (this.order(items[mid]!, placed) <= 0) low = mid + 1;
        else high = mid;
      }
      items.splice(low, 0, placed);
    }
    const editingId = items.some((i) => i.annotation.id === this.state.editingId) ? this.state.editingId : null;
    this.set({ ...also, items, history, editingId });
  }

  /** A bundle was opened: start from its stored annotations (only the last colour used carries over). */
  load(documents: readonly DocumentInfo[] = []): Promise<void> {
    this.order = readingOrder<AnchoredAnnotation>(documents);
    this.set({ ...initialState(), lastColour: this.state.lastColour });
    return this.run(async () => {
      const labels = await api.getColourLabels();
      this.set({ overrides: labels.overrides });
      await this.refresh();
    }).then(() => undefined);
  }

  create(
    { documentId, start, end }: { documentId: string; start: number; end: number },
    colour: ColourKey,
    focusNew = false,
  ): Promise<string | undefined> {
    return this.run(async () => {
      const result = await api.createAnnotation({ documentId, start, end, colour });
      const id = result.annotation?.annotation.id;
      // One state change, so one render: the highlight is drawn in the same pass that marks it new.
      if (result.annotation)
        this.applyOne(result.annotation.annotation.id, result.annotation, result.history, {
          lastColour: colour,
          newId: id ?? null,
          focusNew,
        });
      else this.set({ lastColour: colour, newId: null, focusNew });
      this.serviceNotices(result.notices);
      this.announce({ key: 'annotations.status.created' });
      return id;
    });
  }

  update(id: string, patch: { colour?: ColourKey; note?: string; tags?: string[] }): Promise<void> {
    return this.run(async () => {
      const result = await api.updateAnnotation({ id, ...patch });
      this.set({ editingId: null });
      this.applyOne(id, result.annotation, result.history);
      this.serviceNotices(result.notices);
      this.announce({ key: 'annotations.status.saved' });
    }).then(() => undefined);
  }

  remove(id: string): Promise<void> {
    return this.run(async () => {
      const result = await api.deleteAnnotation({ id });
      this.applyOne(id, null, result.history);
      this.serviceNotices(result.notices);
      this.announce({ key: 'annotations.status.deleted', undoable: true });
    }).then(() => undefined);
  }

  private historyStep(direction: 'undo' | 'redo'): Promise<void> {
    return this.run(async () => {
      const result = direction === 'undo' ? await api.undoAnnotationChange() : await api.redoAnnotationChange();
      if (result.step === null) {
        this.set({ history: result.history });
        this.announce({ key: direction === 'undo' ? 'annotations.status.nothingToUndo' : 'annotations.status.nothingToRedo' });
        return;
      }
      // A step may be a colour rename: labels are re-read with the list.
      const labels = await api.getColourLabels();
      this.set({ overrides: labels.overrides });
      await this.refresh();
      this.serviceNotices(result.notices);
      this.announce({
        key: direction === 'undo' ? 'annotations.status.undone' : 'annotations.status.redone',
        what: describeStep(result.step),
      });
    }).then(() => undefined);
  }

  undo = (): Promise<void> => this.historyStep('undo');
  redo = (): Promise<void> => this.historyStep('redo');

  setColourLabel(key: ColourKey, label: string | null): Promise<void> {
    return this.run(async () => {
      const result = await api.setColourLabel({ key, label });
      this.set({ overrides: result.labels.overrides, history: result.history });
    }).then(() => undefined);
  }

  importFile(file: File): Promise<void> {
    return this.run(async () => {
      const result = await api.importAnnotations({ text: await file.text(), fileName: file.name.slice(0, 255) || 'annotations.jsonld' });
      this.set({ importReport: result.report, history: result.history });
      await this.refresh();
      this.serviceNotices(result.notices);
      this.announce({ key: 'annotations.status.imported', values: { file: result.report.file, ...reportCounts(result.report) } });
    }).then(() => undefined);
  }

  exportAs(format: ExportFormat, language: string): Promise<void> {
    return this.run(async () => {
      const file = await api.exportAnnotations({ format, language });
      downloadText(file);
      this.announce({ key: 'annotations.status.exported', values: { file: file.fileName } });
    }).then(() => undefined);
  }

  setFilter(filter: AnnotationFilter): void {
    this.set({ filter });
  }

  setEditing(id: string | null): void {
    this.set({ editingId: id });
  }

  clearNew(): void {
    if (this.state.newId !== null) this.set({ newId: null, focusNew: false });
  }

  dismissImportReport(): void {
    this.set({ importReport: null });
  }

  /** Tells the user something without changing anything ("select some text first"). */
  say(message: Message): void {
    this.announce(message);
  }
}

export const annotationsStore = new AnnotationsStore();

export function useAnnotations(): AnnotationsState {
  return useSyncExternalStore(annotationsStore.subscribe, annotationsStore.getState);
}
