import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle, validateBundle } from '../../../src/core/bundle/load-bundle';
import { importFile } from '../../../src/core/import/import-file';
import { writeBundle, writeBundleWithNotes } from '../../../src/core/import/write-bundle';
import type { DraftBlock, ImportDraft } from '../../../src/shared/model/import-draft';
import { PNG, releaseDocx, releaseEml, releasePdf, tempDir, writeTemp, zipOf } from './readers-fixtures';

const block = (id: string, role: DraftBlock['role'], text: string, kind: DraftBlock['kind'] = 'paragraph', level?: number): DraftBlock => ({
  id,
  kind,
  ...(level ? { level } : {}),
  text,
  markdown: text.replace(/\*/g, '\\*'),
  role,
  where: id,
});

function draft(): ImportDraft {
  return {
    draftVersion: 1,
    sessionId: 'test',
    sourceName: 'release.html',
    title: 'Nordlicht opens a centre',
    documents: [
      {
        id: 'release',
        sourceName: 'release.html',
        format: 'html',
        kind: 'release',
        language: { value: 'en', confidence: 0.9 },
        title: 'Nordlicht opens a centre',
        headline: { value: 'Nordlicht opens a centre', confidence: 0.9 },
        dateline: { value: { text: 'YOKOHAMA (JAPAN) -', place: 'Yokohama' }, confidence: 0.8 },
        blocks: [
          block('b1', 'furniture', 'Accept cookies'),
          block('b2', 'body', 'Nordlicht opens a centre', 'heading', 1),
          block('b3', 'body', 'YOKOHAMA (JAPAN) - Nordlicht opened a centre. “It is a big day,” said Anna Keller.'),
          { ...block('b4', 'body', 'Photo', 'image'), assetFile: 'assets/photo.png' },
          block('b5', 'about', 'About Nordlicht', 'heading', 2),
          block('b6', 'about', 'Nordlicht makes lenses.'),
          block('b7', 'about', 'Notes to editors', 'heading', 2),
          block('b8', 'about', 'Images are free for editorial use.'),
          block('b9', 'comments', 'Great news! *Finally*'),
        ],
      },
    ],
    people: [{ id: 'anna-keller', name: 'Anna Keller', role: 'CEO', organisationId: 'nordlicht' }],
    organisations: [{ id: 'nordlicht', name: 'Nordlicht', kind: 'company' }],
    quotes: [
      { id: 'q1', documentId: 'release', text: 'It is a big day,', speakerId: 'anna-keller', confidence: 0.9 },
      { id: 'q2', documentId: 'release', text: 'Words nobody wrote', speakerId: 'anna-keller', confidence: 0.5 },
      { id: 'q3', documentId: 'release', text: 'Nordlicht opened a centre.', speakerId: null, confidence: 0.3 },
    ],
    contacts: [{ name: 'Jana Berger', email: 'press@nordlicht.example', organisationId: 'nordlicht', confidence: 0.9 }],
    assets: [{ file: 'assets/photo.png', mime: 'image/png', alt: 'Photo', where: '<img> 4' }],
    notes: [],
  };
}

describe('bundle writer', () => {
  it('writes a folder that loads: furniture dropped, About runs split at headings, comments, a place-only dateline', async () => {
    const out = path.join(tempDir(), 'kit');
    const notes = await writeBundleWithNotes(draft(), new Map([['assets/photo.png', PNG]]), { kind: 'folder', path: out });
    const bundle = await loadBundle(out);
    const m = bundle.manifest;
    expect(m.documents.map((d) => [d.id, d.kind, d.title])).toEqual([
      ['release', 'release', 'Nordlicht opens a centre'],
      ['release-about', 'boilerplate', 'About Nordlicht'],
      ['release-about-2', 'boilerplate', 'Notes to editors'],
      ['release-comments', 'comments', 'Nordlicht opens a centre — comments'],
    ]);
    expect(m.documents[0]!.dateline).toEqual({ text: 'YOKOHAMA (JAPAN) -', place: 'Yokohama' });
    expect(bundle.documents[0]!.text).not.toContain('Accept cookies');
    expect(bundle.documents[3]!.text).toBe('Great news! *Finally*');
    expect(m.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(notes.join('\n')).toMatch(/Words nobody wrote.*not in the text/);
    expect(notes.join('\n')).toMatch(/has no speaker/);
    expect(m.assets).toEqual([{ file: 'assets/photo.png', mime: 'image/png', alt: 'Photo' }]);
    expect(readdirSync(path.dirname(out))).toEqual(['kit']); // no temporary folder left behind
  });

  it('writes a .presskit archive that passes validate, and never overwrites an existing target', async () => {
    const out = path.join(tempDir(), 'kit.presskit');
    await writeBundle(draft(), new Map([['assets/photo.png', PNG]]), { kind: 'archive', path: out });
    expect((await validateBundle(out)).ok).toBe(true);
    await expect(writeBundle(draft(), new Map(), { kind: 'archive', path: out })).rejects.toThrow(/kit\.presskit: already exists/);
    const folder = tempDir();
    writeFileSync(path.join(folder, 'keep.txt'), 'mine');
    await expect(writeBundle(draft(), new Map(), { kind: 'folder', path: folder })).rejects.toThrow(/already exists/);
    expect(readFileSync(path.join(folder, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('writes nothing when the draft itself is invalid', async () => {
    const dir = tempDir();
    const bad = { ...draft(), documents: [] };
    await expect(writeBundle(bad, new Map(), { kind: 'folder', path: path.join(dir, 'kit') })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('import then write: every format gives a bundle that passes validate', () => {
  const cases: [string, () => Promise<Uint8Array | string>][] = [
    ['newsroom.html', async () => readFileSync(path.join(import.meta.dirname, 'fixtures', 'newsroom.html'))],
    ['release.pdf', () => releasePdf({ pages: 2 })],
    ['release.docx', () => releaseDocx()],
    ['release.eml', async () => releaseEml()],
    [
      'release.md',
      async () => '---\ntitle: Nordlicht\n---\n# Nordlicht opens a centre\n\nWETZLAR, 23 May 2023 – Nordlicht opened a centre.\n',
    ],
    ['release.txt', async () => 'Nordlicht opens a centre\n\nWETZLAR, 23 May 2023 – Nordlicht opened a centre.\n'],
    [
      'kit.zip',
      () =>
        zipOf([
          ['release.md', '# Nordlicht opens a centre\n\nText of the release.\n'],
          ['photo.png', PNG],
        ]),
    ],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const file = writeTemp(name, await make());
      const { draft: d, images } = await importFile(file);
      const out = path.join(tempDir(), 'kit.presskit');
      await writeBundle(d, images, { kind: 'archive', path: out });
      const result = await validateBundle(out);
      expect(result.ok, result.ok ? '' : result.error.problems.map((p) => p.message).join('; ')).toBe(true);
      expect(existsSync(out)).toBe(true);
    });
  }
});
