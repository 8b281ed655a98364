import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyChange,
  canonicalJson,
  EMPTY_HISTORY,
  historyStatus,
  invertChange,
  recordChange,
  redoStep,
  undoStep,
  type AnnotationChange,
  type AnnotationState,
  type History,
} from '../../../src/shared/annotations/history';
import { PresskitError } from '../../../src/shared/errors';
import { COLOUR_KEYS, type Annotation } from '../../../src/shared/model/annotation';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { annotationOn, loadBuiltIn } from './helpers';

// A fixed seed keeps CI reproducible; FC_SEED=<n> explores other random cases.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20220523) });

let bundle: LoadedBundle;
beforeAll(async () => {
  bundle = await loadBuiltIn();
});

const EMPTY: AnnotationState = { annotations: [], labels: {} };

describe('undo/redo as a pure command stack', () => {
  it('undoes and redoes create, edit, delete and relabel, deletes included', () => {
    const a = annotationOn(bundle, 'release', 0, 10, { note: 'first' });
    const edited = { ...a, note: 'second', colour: 'pink' as const };
    const changes: AnnotationChange[] = [
      { kind: 'create', annotation: a },
      { kind: 'update', before: a, after: edited },
      { kind: 'relabel', key: 'yellow', before: null, after: 'Must use' },
      { kind: 'delete', annotation: edited },
    ];
    let state = EMPTY;
    let history: History = EMPTY_HISTORY;
    const states = [state];
    for (const c of changes) {
      state = applyChange(state, c);
      history = recordChange(history, c);
      states.push(state);
    }
    expect(state.annotations).toEqual([]);
    expect(historyStatus(history)).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'delete annotation' });
    for (let i = changes.length - 1; i >= 0; i--) {
      const step = undoStep(history, state)!;
      ({ history, state } = step);
      expect(state).toEqual(states[i]);
    }
    expect(undoStep(history, state)).toBeNull();
    for (let i = 1; i <= changes.length; i++) {
      ({ history, state } = redoStep(history, state)!);
      expect(state).toEqual(states[i]);
    }
    expect(redoStep(history, state)).toBeNull();
  });

  it('a new change clears the redo stack', () => {
    const a = annotationOn(bundle, 'release', 0, 10);
    const b = annotationOn(bundle, 'release', 20, 30);
    let history = recordChange(EMPTY_HISTORY, { kind: 'create', annotation: a });
    const state = applyChange(EMPTY, { kind: 'create', annotation: a });
    history = undoStep(history, state)!.history;
    expect(history.redo).toHaveLength(1);
    history = recordChange(history, { kind: 'create', annotation: b });
    expect(history.redo).toHaveLength(0);
  });

  it('refuses, without changing anything, to undo over a change made elsewhere', () => {
    const a = annotationOn(bundle, 'release', 0, 10);
    const history = recordChange(EMPTY_HISTORY, { kind: 'create', annotation: a });
    const changedElsewhere: AnnotationState = { annotations: [{ ...a, note: 'edited in another window' }], labels: {} };
    expect(() => undoStep(history, changedElsewhere)).toThrow(PresskitError);
    expect(() => applyChange(EMPTY, { kind: 'delete', annotation: a })).toThrow(/cannot be deleted/);
  });
});

describe('property: any sequence of changes undoes to the start and redoes to the end', () => {
  const annotationArb = fc
    .record({
      start: fc.nat(200),
      len: fc.integer({ min: 1, max: 40 }),
      colour: fc.constantFrom(...COLOUR_KEYS),
      note: fc.string({ maxLength: 20 }),
      tags: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
    })
    .map((r) => annotationOn(bundle, 'release', r.start, r.start + r.len, { colour: r.colour, note: r.note, tags: r.tags }));
  // Operations are chosen against the state they apply to, so every change is valid when made.
  const opArb = fc.record({
    kind: fc.constantFrom('create', 'update', 'delete', 'relabel', 'batch'),
    pick: fc.nat(),
    fresh: annotationArb,
    text: fc.string({ minLength: 1, maxLength: 10 }),
  });

  // Storage order carries no meaning (lists are sorted into reading order), so states compare as sets.
  const canon = (s: AnnotationState) => canonicalJson({ ...s, annotations: [...s.annotations].sort((a, b) => a.id.localeCompare(b.id)) });

  it('holds for random histories', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        let state = EMPTY;
        let history: History = EMPTY_HISTORY;
        const seen: string[] = [canon(state)];
        for (const op of ops) {
          const existing: Annotation | undefined = state.annotations[op.pick % Math.max(1, state.annotations.length)];
          let change: AnnotationChange;
          if (op.kind === 'update' && existing) change = { kind: 'update', before: existing, after: { ...existing, note: op.text } };
          else if (op.kind === 'delete' && existing) change = { kind: 'delete', annotation: existing };
          else if (op.kind === 'relabel')
            change = { kind: 'relabel', key: 'green', before: state.labels.green ?? null, after: op.text.trim() || null };
          else if (op.kind === 'batch')
            change = {
              kind: 'batch',
              description: 'import',
              changes: [
                { kind: 'create', annotation: op.fresh },
                { kind: 'create', annotation: { ...op.fresh, id: op.fresh.id + '-2' } },
              ],
            };
          else change = { kind: 'create', annotation: op.fresh };
          state = applyChange(state, change);
          history = recordChange(history, change);
          seen.push(canon(state));
          expect(canon(applyChange(state, invertChange(change)))).toBe(seen.at(-2));
        }
        const end = canon(state);
        for (let i = seen.length - 2; i >= 0; i--) {
          ({ history, state } = undoStep(history, state)!);
          expect(canon(state)).toBe(seen[i]);
        }
        while (history.redo.length) ({ history, state } = redoStep(history, state)!);
        expect(canon(state)).toBe(end);
      }),
      { numRuns: 300 },
    );
  });
});
