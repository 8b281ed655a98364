import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/presskit';
import type { CliIo } from '../../../src/cli/io';
import { createService } from '../../../src/core/service/create-service';
import { confFactory } from '../../../src/core/store/conf-factory';
import { BUILT_IN_BUNDLE } from '../../support/bundles';
import { REPO_ROOT, tempDataDir } from '../../support/launch';

function captureIo(overrides: Partial<CliIo> = {}): CliIo & { stderr: string[] } {
  const stderr: string[] = [];
  return {
    out: () => undefined,
    err: (l) => stderr.push(l),
    env: { PRESSKIT_DATA_DIR: tempDataDir() },
    cwd: os.tmpdir(),
    stderr,
    ...overrides,
  };
}
const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'presskit-fs-errors-'));
/** What a user must never see: a stack trace. */
const stackLine = /^\s+at /m;

describe('paths that are not a regular file or folder', () => {
  it('refuses a named pipe before opening it: validate (as "presskit validate <(…)"), the open route', async () => {
    const fifo = path.join(scratch(), 'bundle.presskit');
    execFileSync('mkfifo', [fifo]);
    const io = captureIo();
    expect(await main(['validate', fifo], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/not a regular file or folder/);
    const { handlers } = createService({
      host: { kind: 'browser' },
      resourcesDir: path.join(REPO_ROOT, 'resources'),
      stores: confFactory,
      dataDir: tempDataDir(),
    });
    await expect(handlers.openBundle({ path: fifo })).rejects.toMatchObject({ code: 'BUNDLE_UNSAFE' });
  }, 10_000);
});

describe('file-system errors are typed and name the file', () => {
  const cases: [string, () => string, RegExp][] = [
    ['ENAMETOOLONG', () => path.join(scratch(), `${'n'.repeat(300)}.presskit`), /ENAMETOOLONG/],
    [
      'ENOTDIR',
      () => {
        const file = path.join(scratch(), 'plain.txt');
        writeFileSync(file, 'x');
        return path.join(file, 'bundle.presskit');
      },
      /ENOTDIR/,
    ],
    [
      'ELOOP',
      () => {
        const dir = scratch();
        symlinkSync(path.join(dir, 'b'), path.join(dir, 'a'));
        symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
        return path.join(dir, 'a');
      },
      /ELOOP/,
    ],
  ];
  it.each(cases)('%s: exit 1, the path and the reason, no stack trace', async (_code, make, reason) => {
    const target = make();
    const io = captureIo();
    expect(await main(['validate', target], io)).toBe(1);
    const text = io.stderr.join('\n');
    expect(text).toMatch(reason);
    expect(text).toContain(target.slice(0, 40));
    expect(text).not.toMatch(stackLine);
  });

  it('a crash inside a command is one named line and exit 1, not a stack trace', async () => {
    const io = captureIo({
      out: () => {
        throw new TypeError('output closed');
      },
    });
    expect(await main(['validate', BUILT_IN_BUNDLE], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/^presskit: internal error \(TypeError\): output closed/);
    expect(io.stderr.join('\n')).not.toMatch(stackLine);
  });
});
