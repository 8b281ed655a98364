import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { BUNDLED_CLI, runToEnd } from '../../support/child-processes';
import { BUILT_IN_BUNDLE, copyBuiltInBundle, readManifest, writeManifest } from '../../support/bundles';

/** The bundled command as a user runs it: plain `node out/cli/presskit.mjs`, no tsx. */
function presskit(...args: string[]) {
  const r = runToEnd(process.execPath, [BUNDLED_CLI, ...args], { timeoutMs: 60_000 });
  return r;
}

describe('presskit as an installed command', () => {
  it('is the package bin and prints its version', () => {
    expect(pkg.bin.presskit).toBe('out/cli/presskit.mjs');
    const r = presskit('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('prints a command’s usage for --help and for help <command>, exit 0', () => {
    for (const args of [
      ['validate', '--help'],
      ['help', 'export'],
      ['timeline', '-h'],
    ]) {
      const r = presskit(...args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^presskit \w+: .+\n\nUsage: presskit \w+/);
      expect(r.stderr).toBe('');
    }
    expect(presskit('help', 'frobnicate').status).toBe(2);
  });

  it('rejects an unknown --lang with exit 2 before any work', () => {
    const r = presskit('timeline', BUILT_IN_BUNDLE, '--lang', 'xx');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown language "xx"; known: en, id');
  });

  it('says schema problems in words, each once, and JSON syntax errors with line and column', () => {
    const dir = copyBuiltInBundle();
    const m = readManifest(dir) as { date: unknown; documents: Array<Record<string, unknown>> };
    m.documents[0]!.title = 5;
    m.documents[1]!.kind = 'blog';
    delete m.documents[2]!.file;
    writeManifest(dir, m);
    const r = presskit('validate', dir);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('presskit.json#/documents/0/title: expected a text, found a number');
    expect(lines).toContain('presskit.json#/documents/2/file: missing: a text is required here');
    expect(lines.find((l) => l.startsWith('presskit.json#/documents/1/kind'))).toMatch(/expected one of "release", .*; found "blog"$/);
    expect(new Set(lines).size).toBe(lines.length);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);

    writeFileSync(path.join(dir, 'presskit.json'), '{\n  "schemaVersion": 1,\n  "id" "x"\n}\n');
    const bad = presskit('validate', dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/not valid JSON: .*\(line 3 column 8\)/);
  });
});
