import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/core/import/readers/pdf';
import { releasePdf, run, tempDir, textlessPdf } from './readers-fixtures';

describe('PDF reader', () => {
  it('reads paragraphs in order, the headline as a heading, and drops running headers and page numbers', async () => {
    const source = await readPdf('release.pdf', await releasePdf({ pages: 3 }));
    const body = source.blocks.filter((b) => !b.furniture);
    expect(body[0]).toMatchObject({ kind: 'heading', level: 1, text: 'Nordlicht Optics opens research centre', where: 'page 1' });
    expect(body.filter((b) => b.kind === 'paragraph').map((b) => /\(paragraph (\d+)\)/.exec(b.text)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    // Wrapped lines join into one paragraph, verbatim.
    expect(body[1]!.text).toBe(
      'WETZLAR, Germany, May 23, 2023 – Nordlicht Optics today opened a research centre for computational imaging in Wetzlar. The centre brings together optical designers, software engineers and sensor specialists under one roof. (paragraph 1)',
    );
    const furniture = source.blocks.filter((b) => b.furniture);
    expect(furniture.filter((b) => b.furniture === 'running header')).toHaveLength(3);
    expect(furniture.filter((b) => b.furniture === 'page number').map((b) => b.text)).toEqual([
      'Page 1 of 3',
      'Page 2 of 3',
      'Page 3 of 3',
    ]);
    expect(source.metadata.title).toBe('Nordlicht Optics opens research centre');
  });

  it('refuses a PDF without a text layer', async () => {
    await expect(readPdf('scan.pdf', await textlessPdf())).rejects.toThrow(/scan\.pdf: the PDF has no text layer/);
  });

  it('refuses a password-protected PDF (encrypted with qpdf)', async () => {
    const dir = tempDir();
    const plain = path.join(dir, 'plain.pdf');
    const locked = path.join(dir, 'locked.pdf');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(plain, await releasePdf({ pages: 1 }));
    const result = await run('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', plain, locked]);
    expect(result.code, result.stderr).toBe(0);
    await expect(readPdf('locked.pdf', readFileSync(locked))).rejects.toThrow(/locked\.pdf: the PDF is encrypted with a password/);
  });

  it('refuses a file that only claims to be a PDF', async () => {
    await expect(readPdf('broken.pdf', Buffer.from('%PDF-1.7\nthis is not a pdf at all'))).rejects.toThrow(/broken\.pdf: /);
  });
});
