import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/presskit';
import { toJsonLd } from '../../../src/core/annotations';
import { BUILT_IN_BUNDLE, copyBuiltInBundle, readManifest, writeManifest } from '../../support/bundles';
import { BUNDLED_CLI, runToEnd } from '../../support/child-processes';
import { sampleHighlights } from './fixtures';
import { annotations, builtInBundle, pdfinfo, qpdfCheck, qpdfJson } from './pdf-tools';

function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
    env,
    cwd: mkdtempSync(path.join(os.tmpdir(), 'presskit-cli-')),
  };
}

describe('presskit export', () => {
  it('exits 0 and writes a kit that passes qpdf, on the paper asked for', async () => {
    const io = captureIo({ SOURCE_DATE_EPOCH: '1653300000' });
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'kit.pdf', '--paper', 'letter'], io)).toBe(0);
    const file = path.join(io.cwd, 'kit.pdf');
    expect(io.stdout[0]).toMatch(/kit\.pdf: \d+ pages, \d+ bytes$/);
    expect(qpdfCheck(file).status).toBe(0);
    const info = pdfinfo(file);
    expect(info['Page size']).toBe('612 x 792 pts (letter)');
    // SOURCE_DATE_EPOCH is the clock: 1653300000 s is 23 May 2022 10:00:00 UTC.
    expect(info.CreationDate).toBe('Mon May 23 10:00:00 2022 UTC');
  });

  it('honours --sections and --no-comments', async () => {
    const io = captureIo({ SOURCE_DATE_EPOCH: '1653300000' });
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'kit.pdf', '--sections', 'release,comments,facts', '--no-comments'], io)).toBe(0);
    expect(qpdfJson(path.join(io.cwd, 'kit.pdf')).outlines.map((o) => o.title)).toEqual(['Press release', 'Fact sheet']);
  });

  it('leaves reader comments out unless --comments is given', async () => {
    const io = captureIo({ SOURCE_DATE_EPOCH: '1653300000' });
    const sections = ['--sections', 'release,comments'];
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'default.pdf', ...sections], io)).toBe(0);
    expect(qpdfJson(path.join(io.cwd, 'default.pdf')).outlines.map((o) => o.title)).toEqual(['Press release']);
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'with.pdf', '--comments', ...sections], io)).toBe(0);
    expect(qpdfJson(path.join(io.cwd, 'with.pdf')).outlines.map((o) => o.title)).toEqual(['Press release', 'Reader comments']);
  });

  it('sets the kit in the language asked for (--lang id) and rejects one it has no words for', async () => {
    const io = captureIo({ SOURCE_DATE_EPOCH: '1653300000' });
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'id.pdf', '--lang', 'id', '--sections', 'cover,contents,release'], io)).toBe(0);
    expect(qpdfJson(path.join(io.cwd, 'id.pdf')).outlines.map((o) => o.title)).toEqual(['Sampul', 'Daftar isi', 'Siaran pers']);
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'xx.pdf', '--lang', 'xx'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--lang must be one of en, id/);
  });

  it('exports highlights from a W3C annotation file (--annotations)', async () => {
    const bundle = await builtInBundle();
    const highlights = sampleHighlights(bundle);
    const io = captureIo({ SOURCE_DATE_EPOCH: '1653300000' });
    const file = path.join(io.cwd, 'notes.jsonld');
    writeFileSync(
      file,
      toJsonLd(
        bundle,
        highlights.map((h) => h.annotation),
      ),
    );
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'kit.pdf', '--comments', '--annotations', file], io)).toBe(0);
    const placed = annotations(path.join(io.cwd, 'kit.pdf'), '/Highlight').filter((a) => a['/IRT'] === undefined);
    expect(placed).toHaveLength(highlights.filter((h) => h.range !== null).length);
    expect(io.stdout[0]).toMatch(/5 of 6 highlights placed/);
  });

  it('exits 1 with the file and field at fault on bad input', async () => {
    const dir = copyBuiltInBundle();
    const m = readManifest(dir) as { quotes: { speakerId: string }[] };
    m.quotes[0]!.speakerId = 'nobody';
    writeManifest(dir, m);
    const io = captureIo();
    expect(await main(['export', dir, '-o', 'kit.pdf'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('presskit.json#/quotes/0/speakerId: unknown person "nobody"');
    expect(existsSync(path.join(io.cwd, 'kit.pdf'))).toBe(false);

    const broken = captureIo();
    writeFileSync(path.join(broken.cwd, 'notes.jsonld'), '{ not json');
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'kit.pdf', '--annotations', 'notes.jsonld'], broken)).toBe(1);
    expect(broken.stderr.join('\n')).toMatch(/notes\.jsonld#: not valid JSON/);

    const unwritable = captureIo();
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'no/such/folder/kit.pdf'], unwritable)).toBe(1);
    expect(unwritable.stderr.join('\n')).toMatch(/Cannot write .*kit\.pdf/);
  });

  it('exits 2 on usage errors', async () => {
    const cases = [
      ['export'],
      ['export', BUILT_IN_BUNDLE],
      ['export', BUILT_IN_BUNDLE, 'other', '-o', 'x.pdf'],
      ['export', BUILT_IN_BUNDLE, '-o', 'x.pdf', '--paper', 'a5'],
      ['export', BUILT_IN_BUNDLE, '-o', 'x.pdf', '--sections', 'release,gossip'],
      ['export', BUILT_IN_BUNDLE, '-o', 'x.pdf', '--colour'],
    ];
    for (const argv of cases) {
      const io = captureIo();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr[0]).toMatch(/^presskit: /);
    }
    const badClock = captureIo({ SOURCE_DATE_EPOCH: 'yesterday' });
    expect(await main(['export', BUILT_IN_BUNDLE, '-o', 'x.pdf'], badClock)).toBe(2);
  });

  it('as a real process: exit codes, and the same bytes twice under SOURCE_DATE_EPOCH', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'presskit-cli-proc-'));
    const cli = (args: string[]) =>
      runToEnd(process.execPath, [BUNDLED_CLI, ...args], {
        cwd,
        env: { ...process.env, SOURCE_DATE_EPOCH: '1653300000' },
      });
    expect(cli(['export', BUILT_IN_BUNDLE, '-o', 'one.pdf']).status).toBe(0);
    expect(cli(['export', BUILT_IN_BUNDLE, '-o', 'two.pdf']).status).toBe(0);
    expect(readFileSync(path.join(cwd, 'one.pdf')).equals(readFileSync(path.join(cwd, 'two.pdf')))).toBe(true);
    expect(cli(['export', '/no/such/bundle', '-o', 'x.pdf']).status).toBe(1);
    expect(cli(['export', BUILT_IN_BUNDLE]).status).toBe(2);
  });
});
