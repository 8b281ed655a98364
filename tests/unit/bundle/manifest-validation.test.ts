import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { formatProblem, PresskitError } from '../../../src/shared/errors';
import { BUILT_IN_BUNDLE, copyBuiltInBundle, readManifest, writeManifest } from '../../support/bundles';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

type Manifest = Record<string, unknown> & {
  quotes: Record<string, unknown>[];
  documents: Record<string, unknown>[];
  people: Record<string, unknown>[];
};

/** Loads a copy of the built-in bundle after `mutate` breaks it; returns the problems as printed lines. */
async function problemsAfter(mutate: (m: Manifest, dir: string) => void): Promise<string[]> {
  const dir = copyBuiltInBundle();
  const manifest = readManifest(dir) as Manifest;
  mutate(manifest, dir);
  writeManifest(dir, manifest);
  try {
    await loadBundle(dir);
  } catch (err) {
    if (err instanceof PresskitError) return err.problems.map(formatProblem);
    throw err;
  }
  return [];
}

describe('bundle validation', () => {
  it('accepts the built-in bundle', async () => {
    const bundle = await loadBundle(BUILT_IN_BUNDLE);
    expect(bundle.manifest.id).toBe('xiaomi-leica-2022');
    expect(bundle.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names file and field of an unknown speaker', async () => {
    const problems = await problemsAfter((m) => (m.quotes[1]!.speakerId = 'lei-jun2'));
    expect(problems).toEqual(['presskit.json#/quotes/1/speakerId: unknown person "lei-jun2"']);
  });

  it('reports every problem at once, not just the first', async () => {
    const problems = await problemsAfter((m) => {
      m.quotes[0]!.documentId = 'nowhere';
      m.people[0]!.organisationId = 'acme';
      m.documents[0]!.language = 'fr';
      m.quotes[1]!.text = 'words nobody said';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'presskit.json#/quotes/0/documentId: unknown document "nowhere"',
        'presskit.json#/people/0/organisationId: unknown organisation "acme"',
        'presskit.json#/documents/0/language: language "fr" is not listed in /languages',
        'presskit.json#/quotes/1/text: does not occur verbatim in document "release"',
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('rejects schema violations with JSON pointers', async () => {
    const problems = await problemsAfter((m) => {
      m.id = 'Not A Slug';
      m.documents[1]!.kind = 'memo';
      delete m.title;
    });
    expect(problems.some((p) => p.startsWith('presskit.json#/id: must be a lower-case slug'))).toBe(true);
    expect(problems.some((p) => p.startsWith('presskit.json#/documents/1/kind:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('presskit.json#/title:'))).toBe(true);
  });

  it('rejects a missing document file and duplicate ids', async () => {
    const problems = await problemsAfter((m) => {
      m.documents[2]!.file = 'missing.md';
      m.people[1]!.id = 'lei-jun';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'presskit.json#/documents/2/file: names "missing.md", which is not in the bundle',
        'presskit.json#/people/1/id: duplicate id "lei-jun"',
      ]),
    );
  });

  it('rejects comment metadata that does not match the comments', async () => {
    const problems = await problemsAfter((m) => ((m.documents[3]!.comments as unknown[]).length = 1));
    expect(problems).toEqual(['presskit.json#/documents/3/comments: lists 1 comments but comments.id.md has 2 paragraphs']);
  });

  it('gives a clear error, not a crash, for a future schemaVersion', async () => {
    const dir = copyBuiltInBundle();
    writeManifest(dir, { ...readManifest(dir), schemaVersion: 2, somethingNew: true });
    const err = await loadBundle(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PresskitError);
    expect((err as PresskitError).code).toBe('SCHEMA_VERSION_UNSUPPORTED');
    expect((err as PresskitError).message).toMatch(/format v2 is newer than this app understands \(v1\)/);
  });

  it('names the file for invalid JSON and invalid UTF-8', async () => {
    const dir = copyBuiltInBundle();
    writeFileSync(path.join(dir, 'presskit.json'), '{ "schemaVersion": 1,');
    const err = (await loadBundle(dir).catch((e: unknown) => e)) as PresskitError;
    expect(err.problems[0]!.file).toBe('presskit.json');
    expect(err.problems[0]!.message).toMatch(/not valid JSON/);

    const dir2 = copyBuiltInBundle();
    writeFileSync(path.join(dir2, 'comments.id.md'), Buffer.from([0x66, 0xff, 0xfe, 0x0a]));
    const err2 = (await loadBundle(dir2).catch((e: unknown) => e)) as PresskitError;
    expect(err2.problems.map(formatProblem)).toContain('comments.id.md#: not valid UTF-8 text');
  });

  it('refuses a missing bundle with BUNDLE_NOT_FOUND', async () => {
    const err = (await loadBundle('/nonexistent/bundle').catch((e: unknown) => e)) as PresskitError;
    expect(err.code).toBe('BUNDLE_NOT_FOUND');
  });
});
