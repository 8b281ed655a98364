import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { parseMarkdown } from '../../../src/shared/text/markdown';

// Press releases are often hard-wrapped at ~80 columns; Markdown renders those line ends as spaces.
const RELEASE = [
  '# Northwind and Helix partner',
  '',
  '"Helix has proven that robots and people can work side by side at scale. We are proud',
  'to bring Atlas 3 to every one of their large sites," said Maria Chen.',
  '',
  '**Northwind Robotics**\\',
  'press@northwind.example',
  '',
].join('\n');

const QUOTE =
  'Helix has proven that robots and people can work side by side at scale. We are proud to bring Atlas 3 to every one of their large sites,';

describe('hard-wrapped Markdown', () => {
  it('reads a soft line break as a space (same offsets), a hard break as a line end', () => {
    const { blocks, text } = parseMarkdown(RELEASE);
    expect(blocks[1]!.text).toContain('We are proud to bring');
    expect(blocks[1]!.text).not.toContain('\n');
    expect(blocks[2]!.text).toBe('Northwind Robotics\npress@northwind.example');
    // Offsets count the source's characters: a soft break is still one code unit.
    expect(text.length).toBe(blocks.at(-1)!.end);
    expect(text.slice(blocks[1]!.start, blocks[1]!.end)).toBe(blocks[1]!.text);
  });

  it('accepts a quote typed with spaces where the source wraps its lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'presskit-wrapped-'));
    writeFileSync(path.join(dir, 'release.en.md'), RELEASE);
    const manifest = {
      schemaVersion: 1,
      id: 'wrapped',
      title: 'Northwind and Helix partner',
      languages: ['en'],
      documents: [{ id: 'release', kind: 'release', language: 'en', title: 'Release', file: 'release.en.md' }],
      people: [{ id: 'maria-chen', name: 'Maria Chen' }],
      quotes: [{ id: 'q', documentId: 'release', speakerId: 'maria-chen', text: QUOTE }],
    };
    writeFileSync(path.join(dir, 'presskit.json'), JSON.stringify(manifest));
    const bundle = await loadBundle(dir);
    expect(bundle.documents[0]!.text).toContain(QUOTE);
  });
});
