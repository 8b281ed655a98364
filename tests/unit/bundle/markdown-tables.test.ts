import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/shared/text/markdown';

const FACTSHEET = [
  '# Fact sheet: Atlas 3',
  '',
  '| Specification | Value |',
  '| --- | ---: |',
  '| Payload | **30 kg** |',
  '| Battery life | 12 hours |',
  '',
  '- Pick rate increase in pilot: 38%',
].join('\n');

describe('Markdown tables (GFM)', () => {
  it('keeps every cell, one paragraph per row, cells joined by " | ", in reading order', () => {
    const { blocks, text } = parseMarkdown(FACTSHEET);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Fact sheet: Atlas 3'],
      ['paragraph', 'Specification | Value'],
      ['paragraph', 'Payload | 30 kg'],
      ['paragraph', 'Battery life | 12 hours'],
      ['listItem', 'Pick rate increase in pilot: 38%'],
    ]);
    expect(text).toContain('12 hours');
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('sets header cells and emphasis in the cells as bold runs', () => {
    const { blocks } = parseMarkdown(FACTSHEET);
    const header = blocks[1]!.inlines;
    expect(header.filter((r) => r.strong).map((r) => r.text)).toEqual(['Specification', 'Value']);
    const row = blocks[2]!.inlines;
    expect(row.find((r) => r.strong)?.text).toBe('30 kg');
    expect(row.map((r) => r.text).join('')).toBe('Payload | 30 kg');
  });
});
