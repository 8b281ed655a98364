import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { BUILT_IN_BUNDLE, SEED_FILE } from '../../support/bundles';

// The viewer never edits its source: every seed line is in the bundle once, byte for byte.
const seedLines = readFileSync(SEED_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.length > 0);

describe('built-in bundle keeps the seed text exactly', () => {
  it('has the 22 seed lines', () => {
    expect(seedLines).toHaveLength(22);
  });

  it('every seed line occurs exactly once across the Markdown files, byte for byte', async () => {
    const bundle = await loadBundle(BUILT_IN_BUNDLE);
    const sources = bundle.manifest.documents.map((d) => readFileSync(path.join(BUILT_IN_BUNDLE, d.file)));
    for (const line of seedLines) {
      const needle = Buffer.from(line, 'utf8');
      const count = sources.reduce((n, buf) => {
        let at = buf.indexOf(needle);
        while (at >= 0) {
          n++;
          at = buf.indexOf(needle, at + 1);
        }
        return n;
      }, 0);
      expect(count, line.slice(0, 60)).toBe(1);
    }
  });

  it('every seed line is also a whole block of the rendered text (Markdown changed nothing)', async () => {
    const bundle = await loadBundle(BUILT_IN_BUNDLE);
    const blocks = bundle.documents.flatMap((d) => d.blocks.map((b) => b.text));
    for (const line of seedLines) expect(blocks).toContain(line);
    expect(blocks).toHaveLength(seedLines.length);
  });

  it('keeps the typos and the missing opening quote marks', async () => {
    const bundle = await loadBundle(BUILT_IN_BUNDLE);
    const all = bundle.documents.map((d) => d.text).join('\n');
    expect(all).toContain('Sharp Aquous R6');
    expect(all).toMatch(/^Xiaomi focuses on creating/m);
    expect(all).toContain('collision and fusion,’ says Lei Jun');
  });

  it('is structured as the issue asks', async () => {
    const { manifest, documents } = await loadBundle(BUILT_IN_BUNDLE);
    expect(documents.map((d) => [d.id, d.kind, d.language])).toEqual([
      ['article', 'article', 'id'],
      ['release', 'release', 'en'],
      ['about-xiaomi', 'boilerplate', 'en'],
      ['comments', 'comments', 'id'],
    ]);
    const byLine = (n: number) => seedLines[n - 1]!;
    const release = documents[1]!;
    expect(release.blocks[0]!.text).toBe(byLine(8));
    expect(release.blocks[1]!.text).toBe(byLine(9));
    expect(release.blocks[2]!.text.startsWith('Wetzlar, 23 May 2022.')).toBe(true);
    expect(documents[0]!.blocks.map((b) => b.text)).toEqual(seedLines.slice(0, 7));
    expect(documents[2]!.blocks.map((b) => b.text)).toEqual(seedLines.slice(15, 20));
    expect(documents[3]!.blocks.map((b) => b.text)).toEqual(seedLines.slice(20, 22));
    expect(documents[3]!.comments).toEqual([
      { author: null, date: null },
      { author: null, date: null },
    ]);
    expect(manifest.people.map((p) => p.name)).toEqual(['Lei Jun', 'Matthias Harsch']);
    expect(manifest.organisations.map((o) => o.name)).toEqual(['Xiaomi Corporation', 'Leica Camera AG', 'Huawei', 'Sharp']);
    expect(manifest.quotes.map((q) => [q.speakerId, release.text.includes(q.text)])).toEqual([
      ['lei-jun', true],
      ['matthias-harsch', true],
    ]);
    expect(byLine(14).startsWith(manifest.quotes[0]!.text)).toBe(true);
    expect(byLine(15).startsWith(manifest.quotes[1]!.text)).toBe(true);
  });
});
