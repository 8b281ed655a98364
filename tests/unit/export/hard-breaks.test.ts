import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { renderPressKit } from '../../../src/core/export';
import { FIXED_NOW, wordBoxes, writePdf } from './pdf-tools';

const CONTACTS = [
  '# Media contacts',
  '',
  '**Northwind Robotics**\\',
  'Jamie Alvarez, Head of Communications  ',
  'press@northwind.example\\',
  '+1 415 555 0142',
  '',
  'For images, write to the',
  'press office.',
  '',
  'Northwind Robotics designs and builds autonomous mobile robots for warehouses and factories. The company is headquartered in San Francisco, employs more than six hundred people and ships to customers in North America and Europe.',
  '',
].join('\n');

describe('Markdown hard breaks in the PDF', () => {
  it('end the line (a contacts block keeps its lines); soft breaks do not', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'presskit-breaks-'));
    writeFileSync(path.join(dir, 'contacts.md'), CONTACTS);
    const manifest = {
      schemaVersion: 1,
      id: 'breaks',
      title: 'Northwind',
      languages: ['en'],
      documents: [{ id: 'contacts', kind: 'contacts', language: 'en', title: 'Media contacts', file: 'contacts.md' }],
    };
    writeFileSync(path.join(dir, 'presskit.json'), JSON.stringify(manifest));
    const bundle = await loadBundle(dir);
    const kit = await renderPressKit(bundle, { paper: 'a4', sections: ['boilerplate'], includeComments: true, now: FIXED_NOW });
    const words = wordBoxes(writePdf(kit.bytes, 'hard-breaks.pdf'));
    const top = (word: string) => words.find((w) => w.word === word)!.yMin;
    const ys = ['Robotics', 'Alvarez,', 'press@northwind.example', '+1'].map(top);
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]! + 5);
    // A soft break is a space: "the press office." stays on one line.
    expect(top('press')).toBeCloseTo(top('the'), 0);
    // A wrapped line starts at the margin, not after the space it was broken at.
    const paragraph = words.filter((w) => w.yMin >= top('designs') - 1 && w.yMin < 700); // not the page number
    const lineStarts = new Map<number, number>();
    for (const w of paragraph) lineStarts.set(Math.round(w.yMin), Math.min(lineStarts.get(Math.round(w.yMin)) ?? Infinity, w.xMin));
    expect(lineStarts.size).toBeGreaterThan(1);
    expect(new Set([...lineStarts.values()].map((x) => x.toFixed(1))).size).toBe(1);
  });
});
