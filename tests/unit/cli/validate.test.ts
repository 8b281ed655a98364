import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/presskit';
import type { CliIo } from '../../../src/cli/io';
import { BUILT_IN_BUNDLE, copyBuiltInBundle, readManifest, writeManifest } from '../../support/bundles';

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env: {}, cwd: process.cwd() };
}

describe('presskit validate', () => {
  it('exits 0 on a valid bundle', async () => {
    const io = captureIo();
    expect(await main(['validate', BUILT_IN_BUNDLE], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/valid \(xiaomi-leica-2022: 4 documents, 2 quotes/);
  });

  it('exits 1 and lists every problem as file#pointer: message', async () => {
    const dir = copyBuiltInBundle();
    const m = readManifest(dir) as { quotes: { speakerId: string }[] };
    m.quotes[1]!.speakerId = 'lei-jun2';
    writeManifest(dir, m);
    const io = captureIo();
    expect(await main(['validate', dir], io)).toBe(1);
    expect(io.stdout).toEqual(['presskit.json#/quotes/1/speakerId: unknown person "lei-jun2"']);
  });

  it('exits 2 on usage errors', async () => {
    for (const argv of [['validate'], ['validate', 'a', 'b'], ['frobnicate'], []]) {
      const io = captureIo();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
    }
  });
});
