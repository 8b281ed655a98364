import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/presskit';
import { REPO_ROOT } from '../../support/launch';
import { run, tempDir, writeTemp } from './readers-fixtures';

const NEWSROOM = path.join(import.meta.dirname, 'fixtures', 'newsroom.html');
const NINJS_SCHEMA = path.resolve(REPO_ROOT, '..', 'shared', 'standards', 'ninjs', 'ninjs-schema_3.1.json');

/** The command line in-process (as tests/unit/cli does): exit code and what it printed. */
async function presskit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l), env: {}, cwd: process.cwd() };
  const code = await main(args, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** The real program, in its own process group (killed on timeout by `run`): what a user's shell sees. */
const spawnPresskit = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli', 'presskit.ts'), ...args], 120_000);

/** Validates against the standards folder's own copy of the schema, not the app's. */
function ninjsValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(JSON.parse(readFileSync(NINJS_SCHEMA, 'utf8')) as object);
}

describe('presskit import', () => {
  it('exit 0: writes a bundle that presskit validate accepts; --json reports items with evidence and the furniture dropped', async () => {
    const out = path.join(tempDir(), 'news.presskit');
    const imported = await presskit('import', NEWSROOM, '-o', out, '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout) as {
      items: { field: string; confidence: number; evidence?: { where: string; text: string } }[];
      furniture: { reason: string; text: string }[];
    };
    const headline = report.items.find((i) => i.field === 'headline');
    expect(headline?.evidence?.where).toBeTruthy();
    expect(headline?.confidence).toBeGreaterThan(0);
    expect(report.furniture.map((f) => f.reason)).toEqual(
      expect.arrayContaining(['cookie banner', 'page header', 'share buttons', 'related stories']),
    );
    const validated = await presskit('validate', out);
    expect(validated.code, validated.stdout + validated.stderr).toBe(0);
  });

  it('exit 1 with the file and the problem named, no stack trace, nothing written', async () => {
    const dir = tempDir();
    const empty = writeTemp('empty.pdf', '');
    const result = await spawnPresskit('import', empty, '-o', path.join(dir, 'out.presskit'));
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/presskit: empty\.pdf: the file is empty/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  }, 150_000);

  it('exit 2 on usage errors', async () => {
    for (const args of [['import'], ['import', NEWSROOM], ['import', NEWSROOM, '-o'], ['import', NEWSROOM, '-o', 'x', '--bogus']]) {
      const result = await presskit(...args);
      expect(result.code, args.join(' ')).toBe(2);
    }
  });
});

describe('presskit ninjs', () => {
  it('writes an IPTC ninjs 3.1 item valid against the schema, and importing it gives the same structure back', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'first');
    expect((await presskit('import', NEWSROOM, '-o', first)).code).toBe(0);
    const item = path.join(dir, 'item.json');
    const exported = await presskit('ninjs', first, '-o', item);
    expect(exported.code, exported.stderr).toBe(0);
    const json = JSON.parse(readFileSync(item, 'utf8')) as Record<string, unknown>;
    const validate = ninjsValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({
      type: 'text',
      language: 'en',
      headlines: [{ role: 'main', value: 'Nordlicht Optics opens research centre in Wetzlar' }, { role: 'sub' }],
    });
    expect(json.bodies).toEqual([expect.objectContaining({ contentType: 'text/html' })]);
    expect((json.associations as { type: string }[]).some((a) => a.type === 'picture')).toBe(true);

    const second = path.join(dir, 'second');
    const reimported = await presskit('import', item, '-o', second);
    expect(reimported.code, reimported.stderr).toBe(0);
    const a = JSON.parse(readFileSync(path.join(first, 'presskit.json'), 'utf8')) as Manifest;
    const b = JSON.parse(readFileSync(path.join(second, 'presskit.json'), 'utf8')) as Manifest;
    const shape = (m: Manifest) => ({
      documents: m.documents.map((d) => ({
        kind: d.kind,
        language: d.language,
        headline: d.headline,
        subhead: d.subhead,
        place: d.dateline?.place,
        date: d.dateline?.date,
      })),
      people: m.people.map((p) => p.name).sort(),
      organisations: m.organisations.map((o) => o.name).sort(),
      quotes: m.quotes.map((q) => q.text),
      assets: m.assets.length,
    });
    expect(shape(b)).toEqual(shape(a));
    expect(existsSync(path.join(second, 'presskit.json'))).toBe(true);
  });

  it('exit 1 on a folder that is not a bundle', async () => {
    const result = await presskit('ninjs', tempDir(), '-o', path.join(tempDir(), 'item.json'));
    expect(result.code).toBe(1);
  });
});

interface Manifest {
  documents: { kind: string; language: string; headline?: string; subhead?: string; dateline?: { place?: string; date?: string } }[];
  people: { name: string }[];
  organisations: { name: string }[];
  quotes: { text: string }[];
  assets: unknown[];
}
