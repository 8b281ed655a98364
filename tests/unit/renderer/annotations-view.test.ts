import { describe, expect, it } from 'vitest';
import { describeChange, type AnnotationChange } from '../../../src/shared/annotations/history';
import type { ImportReport } from '../../../src/shared/annotations/import-report';
import type { AnchoredAnnotation, Annotation } from '../../../src/shared/model/annotation';
import { parseMarkdown } from '../../../src/shared/text/markdown';
import { en } from '../../../src/shared/i18n/en';
import {
  annotationsAt,
  describeStep,
  highlightDecorations,
  noteParts,
  parseTags,
  reportCounts,
  reportLines,
  shortQuote,
} from '../../../src/renderer/annotations/annotation-view';

const annotation = (id: string, documentId: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  bundleId: 'kit',
  documentId,
  quote: { type: 'TextQuoteSelector', exact: 'quoted words' },
  colour: 'yellow',
  note: '',
  tags: [],
  created: '2024-01-01T00:00:00Z',
  modified: '2024-01-01T00:00:00Z',
  ...extra,
});
const placed = (a: Annotation, start: number, end: number): AnchoredAnnotation => ({
  annotation: a,
  range: { start, end },
  method: 'position',
});
const orphan = (a: Annotation): AnchoredAnnotation => ({ annotation: a, range: null, method: 'orphaned' });

/** Looks a dotted key up in the English catalogue. */
const lookUp = (key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);

describe('annotations UI helpers', () => {
  it('draws placed annotations as keyed highlight decorations and leaves orphans out', () => {
    const items = [placed(annotation('a', 'release', { colour: 'green' }), 10, 20), orphan(annotation('b', 'release'))];
    expect(highlightDecorations(items)).toEqual([
      { documentId: 'release', start: 10, end: 20, className: 'highlight highlight--green', key: 'a' },
    ]);
  });

  it('finds the annotations under a character, end exclusive, in that document only', () => {
    const items = [
      placed(annotation('a', 'release'), 10, 20),
      placed(annotation('b', 'release'), 15, 30),
      placed(annotation('c', 'article'), 10, 20),
      orphan(annotation('d', 'release')),
    ];
    expect(annotationsAt(items, 'release', 15).map((i) => i.annotation.id)).toEqual(['a', 'b']);
    expect(annotationsAt(items, 'release', 20).map((i) => i.annotation.id)).toEqual(['b']);
    expect(annotationsAt(items, 'release', 9)).toEqual([]);
  });

  it('reads tags from a comma list: trimmed, blanks dropped, repeats (any case) once', () => {
    expect(parseTags(' launch, Leica ,,launch,  LEICA , two  words ')).toEqual(['launch', 'Leica', 'two words']);
    expect(parseTags('   ')).toEqual([]);
    expect(parseTags('x'.repeat(150))[0]).toHaveLength(100);
  });

  it('names every undo/redo step the service can report with a catalogue string', () => {
    const a = annotation('a', 'release');
    const changes: AnnotationChange[] = [
      { kind: 'create', annotation: a },
      { kind: 'update', before: a, after: { ...a, note: 'n' } },
      { kind: 'delete', annotation: a },
      { kind: 'relabel', key: 'pink', before: null, after: 'Verify' },
      { kind: 'batch', description: 'import 1 annotation', changes: [] },
      { kind: 'batch', description: 'import 12 annotations', changes: [] },
    ];
    const keys = changes.map((c) => describeStep(describeChange(c)));
    expect(keys.map((k) => k.key)).toEqual([
      'annotations.change.create',
      'annotations.change.update',
      'annotations.change.delete',
      'annotations.change.relabel',
      'annotations.change.import',
      'annotations.change.import',
    ]);
    expect(keys[5]!.values).toEqual({ count: 12 });
    for (const { key } of keys) expect(lookUp(key) ?? lookUp(`${key}_other`)).toEqual(expect.any(String));
    expect(describeStep('something new').key).toBe('annotations.change.other');
  });

  it('counts an import report and lists what was not added, in file order', () => {
    const report: ImportReport = {
      file: 'f.jsonld',
      added: [{ index: 1, id: 'x', documentId: 'release', quote: 'q', method: 'quote', notes: [] }],
      orphaned: [
        { index: 3, id: 'o1', quote: 'gone', reason: 'not in the text', stored: true },
        { index: 0, id: 'o2', quote: 'elsewhere', reason: 'other page', stored: false },
      ],
      duplicates: [{ index: 2, id: 'd', reason: 'already stored' }],
      rejected: [{ index: 4, reason: 'has no target' }],
      warnings: [],
    };
    expect(reportCounts(report)).toEqual({ added: 1, orphaned: 2, kept: 1, duplicates: 1, rejected: 1 });
    expect(reportLines(report).map((l) => `${l.index}:${l.outcome}`)).toEqual(['0:orphaned', '2:duplicate', '3:orphaned', '4:rejected']);
  });

  it('gathers a note’s list items into lists (a bullet list after a numbered one is not numbered) and keeps other blocks', () => {
    const parts = noteParts(parseMarkdown('Intro\n\n1. first\n2. second\n\n- one\n- two\n\n> quoted').blocks);
    expect(
      parts.map((p) => (p.kind === 'list' ? `${p.ordered ? 'ol' : 'ul'}:${p.items.map((i) => i.text).join('|')}` : p.block.kind)),
    ).toEqual(['paragraph', 'ol:first|second', 'ul:one|two', 'blockquote']);
  });

  it('shortens long quotes at a word boundary, flattening white space', () => {
    expect(shortQuote('a  short\nquote')).toBe('a short quote');
    const long = 'word '.repeat(100);
    const cut = shortQuote(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
