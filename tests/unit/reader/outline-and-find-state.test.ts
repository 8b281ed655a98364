import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { parseMarkdown } from '../../../src/core/bundle/markdown';
import type { LoadedDocument } from '../../../src/shared/model/document';
import { decorationsByBlock, documentStructure, sameItems } from '../../../src/renderer/reader/document-structure';
import { firstMatchFrom, highlightWindow, MAX_HIGHLIGHTS } from '../../../src/renderer/reader/find/find-state';
import { outlineItems } from '../../../src/renderer/reader/reading-position';
import { REPO_ROOT } from '../../support/launch';

const doc = (id: string, markdown: string, extra: Partial<LoadedDocument> = {}): LoadedDocument => ({
  id,
  kind: 'backgrounder',
  language: 'en',
  title: 'Title',
  file: `${id}.md`,
  markdown,
  ...parseMarkdown(markdown),
  ...extra,
});

describe('outline', () => {
  it('lists each document, then its section headings ranked below the title; not the title or subhead again', async () => {
    const bundle = await loadBundle(path.join(REPO_ROOT, 'resources', 'bundles', 'xiaomi-leica-2022'));
    const items = outlineItems(bundle.documents, []);
    expect(items.map((i) => `${i.depth}:${i.label}`)).toEqual([
      '0:Kerjasama Xiaomi dan Leica Camera',
      '0:Xiaomi and Leica Camera announce long-term strategic cooperation',
      '0:About Xiaomi Corporation',
      '0:Komentar pembaca',
    ]);
    const nested = doc('n', '# Title\n\n## Subhead\n\nText\n\n## One\n\nA\n\n### One.a\n\nB\n\n## Two\n\nC', { subhead: 'Subhead' });
    expect(outlineItems([nested], [{ id: 'gallery', label: 'Images' }]).map((i) => `${i.depth}:${i.label}:${i.targetId}`)).toEqual([
      '0:Title:doc-n',
      `1:One:doc-n-at-${nested.blocks[3]!.start}`,
      `2:One.a:doc-n-at-${nested.blocks[5]!.start}`,
      `1:Two:doc-n-at-${nested.blocks[7]!.start}`,
      '0:Images:gallery',
    ]);
    const { rank, sections } = documentStructure(nested);
    expect(sections.map(rank)).toEqual([3, 4, 3]);
  });
});

describe('decorations by block', () => {
  it('puts each decoration in every block it overlaps, and only there', () => {
    const d = doc('d', 'aaaa\n\nbbbb\n\ncccc'); // blocks at 0–4, 6–10, 12–16
    const inFirst = { start: 1, end: 3, className: 'x' };
    const spanning = { start: 3, end: 13, className: 'y' };
    const inLast = { start: 15, end: 16, className: 'z' };
    const onSeparator = { start: 4, end: 6, className: 'w' };
    expect(decorationsByBlock(d.blocks, [inLast, spanning, inFirst, onSeparator])).toEqual([
      [spanning, inFirst],
      [spanning],
      [inLast, spanning],
    ]);
  });

  it('sameItems compares by identity, element by element', () => {
    const a = { start: 0, end: 1, className: 'a' };
    expect(sameItems([a], [a])).toBe(true);
    expect(sameItems([a], [{ ...a }])).toBe(false);
    expect(sameItems([], [])).toBe(true);
  });
});

describe('find state', () => {
  const matches = (n: number, documentId = 'd') => Array.from({ length: n }, (_, i) => ({ documentId, start: i * 2, end: i * 2 + 1 }));

  it('highlights every match up to the limit, then the block of matches holding the current one', () => {
    expect(highlightWindow(matches(10), 3)).toEqual({ from: 0, to: 10 });
    const many = matches(MAX_HIGHLIGHTS * 2 + 5);
    expect(highlightWindow(many, 0)).toEqual({ from: 0, to: MAX_HIGHLIGHTS });
    expect(highlightWindow(many, MAX_HIGHLIGHTS + 1)).toEqual({ from: MAX_HIGHLIGHTS, to: MAX_HIGHLIGHTS * 2 });
    expect(highlightWindow(many, MAX_HIGHLIGHTS * 2 + 4)).toEqual({ from: MAX_HIGHLIGHTS * 2, to: MAX_HIGHLIGHTS * 2 + 5 });
  });

  it('starts at the first match in the document being read, or the next document with one', () => {
    const list = [...matches(2, 'a'), ...matches(3, 'c')];
    expect(firstMatchFrom(list, ['a', 'b', 'c'], 'b')).toBe(2);
    expect(firstMatchFrom(list, ['a', 'b', 'c'], 'a')).toBe(0);
    expect(firstMatchFrom(list, ['a', 'b', 'c', 'd'], 'd')).toBe(0);
    expect(firstMatchFrom(list, ['a', 'b', 'c'], null)).toBe(0);
  });
});
