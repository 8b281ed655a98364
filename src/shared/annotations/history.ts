import { PresskitError } from '../errors';
import type { Annotation, ColourKey, ColourLabelOverrides } from '../model/annotation';

/**
 * Every change a user can make to annotations, as data: applying one is a pure function of the state,
 * and each has an exact inverse, so undo and redo (deletes and whole imports included) are just
 * "apply the inverse" and "apply again".
 */
export type AnnotationChange =
  | { kind: 'create'; annotation: Annotation }
  | { kind: 'update'; before: Annotation; after: Annotation }
  | { kind: 'delete'; annotation: Annotation }
  | { kind: 'relabel'; key: ColourKey; before: string | null; after: string | null }
  | { kind: 'batch'; description: string; changes: AnnotationChange[] };

export interface AnnotationState {
  annotations: readonly Annotation[];
  labels: ColourLabelOverrides;
}

/** JSON with sorted keys: two annotations are the same when their canonical forms are. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

// A change meets a state that is not the one it was made on when another window or the CLI changed the
// same store in between: refuse rather than overwrite the other change.
const conflict = (message: string) => new PresskitError('NOT_AVAILABLE', `${message}; it was changed elsewhere in the meantime`);

/** Applies a change; throws PresskitError when the state no longer matches what the change expects. */
export function applyChange(state: AnnotationState, change: AnnotationChange): AnnotationState {
  const find = (id: string) => state.annotations.findIndex((a) => a.id === id);
  switch (change.kind) {
    case 'create': {
      if (find(change.annotation.id) !== -1) throw conflict(`Annotation ${change.annotation.id} already exists`);
      return { ...state, annotations: [...state.annotations, change.annotation] };
    }
    case 'update': {
      const i = find(change.before.id);
      if (i === -1 || !sameAnnotation(state.annotations[i]!, change.before))
        throw conflict(`Annotation ${change.before.id} cannot be changed`);
      if (change.after.id !== change.before.id) throw new PresskitError('ARGUMENT_INVALID', 'An update cannot change an annotation id');
      return { ...state, annotations: state.annotations.map((a, j) => (j === i ? change.after : a)) };
    }
    case 'delete': {
      const i = find(change.annotation.id);
      if (i === -1 || !sameAnnotation(state.annotations[i]!, change.annotation))
        throw conflict(`Annotation ${change.annotation.id} cannot be deleted`);
      return { ...state, annotations: state.annotations.filter((_, j) => j !== i) };
    }
    case 'relabel': {
      if ((state.labels[change.key] ?? null) !== change.before) throw conflict(`The label of colour ${change.key} cannot be changed`);
      const labels = { ...state.labels };
      if (change.after === null) delete labels[change.key];
      else labels[change.key] = change.after;
      return { ...state, labels };
    }
    case 'batch':
      return applyBatch(state, change.changes);
  }
}

/**
 * A batch in one pass when it only creates (an import of 100,000 annotations): one id set and one new
 * array, not a copy of the whole list per annotation. Anything else is applied change by change.
 */
function applyBatch(state: AnnotationState, changes: readonly AnnotationChange[]): AnnotationState {
  if (!changes.every((c) => c.kind === 'create')) return changes.reduce(applyChange, state);
  const ids = new Set(state.annotations.map((a) => a.id));
  const added: Annotation[] = [];
  for (const c of changes) {
    if (c.kind !== 'create') continue;
    if (ids.has(c.annotation.id)) throw conflict(`Annotation ${c.annotation.id} already exists`);
    ids.add(c.annotation.id);
    added.push(c.annotation);
  }
  return { ...state, annotations: state.annotations.concat(added) };
}

export function invertChange(change: AnnotationChange): AnnotationChange {
  switch (change.kind) {
    case 'create':
      return { kind: 'delete', annotation: change.annotation };
    case 'delete':
      return { kind: 'create', annotation: change.annotation };
    case 'update':
      return { kind: 'update', before: change.after, after: change.before };
    case 'relabel':
      return { kind: 'relabel', key: change.key, before: change.after, after: change.before };
    case 'batch':
      return { kind: 'batch', description: change.description, changes: change.changes.map(invertChange).reverse() };
  }
}

/** A short label for "Undo …" / "Redo …" menu items. */
export function describeChange(change: AnnotationChange): string {
  switch (change.kind) {
    case 'create':
      return 'add annotation';
    case 'update':
      return 'edit annotation';
    case 'delete':
      return 'delete annotation';
    case 'relabel':
      return `rename colour ${change.key}`;
    case 'batch':
      return change.description;
  }
}

/** Undo and redo stacks, newest last. */
export interface History {
  undo: readonly AnnotationChange[];
  redo: readonly AnnotationChange[];
}

export const EMPTY_HISTORY: History = { undo: [], redo: [] };

/** Oldest changes fall off beyond this many; the annotations themselves are never dropped. */
export const HISTORY_LIMIT = 500;

/** A new change clears the redo stack, as in every editor. */
export function recordChange(history: History, change: AnnotationChange, limit = HISTORY_LIMIT): History {
  return { undo: [...history.undo, change].slice(-limit), redo: [] };
}

export interface HistoryStep {
  history: History;
  state: AnnotationState;
  /** The change as made (not its inverse), for "Undid …" messages. */
  change: AnnotationChange;
}

/** Undoes the newest change, or returns null when there is nothing to undo. Throws on a conflict, leaving history as it was. */
export function undoStep(history: History, state: AnnotationState): HistoryStep | null {
  const change = history.undo.at(-1);
  if (!change) return null;
  const next = applyChange(state, invertChange(change));
  return { history: { undo: history.undo.slice(0, -1), redo: [...history.redo, change] }, state: next, change };
}

export function redoStep(history: History, state: AnnotationState): HistoryStep | null {
  const change = history.redo.at(-1);
  if (!change) return null;
  const next = applyChange(state, change);
  return { history: { undo: [...history.undo, change], redo: history.redo.slice(0, -1) }, state: next, change };
}

export interface HistoryStatus {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export function historyStatus(history: History): HistoryStatus {
  const u = history.undo.at(-1);
  const r = history.redo.at(-1);
  return { canUndo: !!u, canRedo: !!r, undoLabel: u ? describeChange(u) : null, redoLabel: r ? describeChange(r) : null };
}
