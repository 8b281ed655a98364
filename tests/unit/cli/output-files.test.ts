import { mkdtempSync, openSync, readFileSync, readSync, closeSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/presskit';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { BUILT_IN_BUNDLE } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

const OLD = 'the last good file, still open in a PDF viewer';

function quietIo(cwd: string): CliIo {
  return { out: () => undefined, err: () => undefined, env: { PRESSKIT_DATA_DIR: tempDataDir() }, cwd };
}

/** Reads what an already-open descriptor sees: a file replaced by rename keeps its old content, one rewritten in place does not. */
function readOpen(fd: number): string {
  const buf = Buffer.alloc(256);
  const n = readSync(fd, buf, 0, buf.length, 0);
  return buf.subarray(0, n).toString('utf8');
}

describe('output files are replaced whole, never rewritten in place', () => {
  const commands: [string, (out: string) => string[]][] = [
    ['export', (out) => ['export', BUILT_IN_BUNDLE, '-o', out]],
    ['ninjs', (out) => ['ninjs', BUILT_IN_BUNDLE, '-o', out]],
    ['timeline', (out) => ['timeline', BUILT_IN_BUNDLE, '--format', 'csv', '-o', out]],
    ['annotations export', (out) => ['annotations', 'export', BUILT_IN_BUNDLE, '--format', 'csv', '-o', out]],
  ];
  it.each(commands)(
    '%s: a reader of the old file still sees it whole; no temporary file is left',
    async (_name, args) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-output-'));
      const out = path.join(dir, 'result.out');
      writeFileSync(out, OLD);
      const fd = openSync(out, 'r');
      try {
        expect(await main(args(out), quietIo(dir))).toBe(0);
        expect(readOpen(fd)).toBe(OLD);
        expect(readFileSync(out, 'utf8')).not.toBe(OLD);
        expect(statSync(out).size).toBeGreaterThan(0);
        expect(readdirSync(dir)).toEqual(['result.out']);
      } finally {
        closeSync(fd);
      }
    },
    60_000,
  );

  it('the desktop export saves the same way over a kit the user already has', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'presskit-output-'));
    const out = path.join(dir, 'kit.pdf');
    writeFileSync(out, OLD);
    const { handlers } = createService({
      host: { kind: 'electron', pickSavePath: async () => out },
      resourcesDir: path.join(REPO_ROOT, 'resources'),
      stores: confFactory,
      dataDir: tempDataDir(),
    });
    await handlers.openBuiltInBundle();
    const fd = openSync(out, 'r');
    try {
      await handlers.exportPdf({ paper: 'a4', sections: ['cover', 'release'], includeComments: false, includeAnnotations: false });
      expect(readOpen(fd)).toBe(OLD);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      expect(readdirSync(dir)).toEqual(['kit.pdf']);
    } finally {
      closeSync(fd);
    }
  }, 60_000);
});
