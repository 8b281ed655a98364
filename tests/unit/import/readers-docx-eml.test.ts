import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/import/readers/docx';
import { readEml } from '../../../src/core/import/readers/eml';
import { buildZip } from '../../support/raw-zip';
import { releaseDocx, releaseEml } from './readers-fixtures';

describe('DOCX reader', () => {
  it('reads headings, paragraphs with bold, and an image with its alt text', async () => {
    const source = await readDocx('release.docx', await releaseDocx());
    expect(source.format).toBe('docx');
    const kinds = source.blocks.map((b) => `${b.kind}${b.level ?? ''}: ${b.text.slice(0, 30)}`);
    expect(kinds[0]).toBe('heading1: Nordlicht Optics opens researc');
    expect(kinds).toContain('heading2: About Nordlicht Optics');
    expect(source.blocks.find((b) => b.text.includes('said Anna Keller'))?.markdown).toContain('**Anna Keller**');
    expect(source.images).toHaveLength(1);
    expect(source.images[0]).toMatchObject({ mime: 'image/png', alt: 'The new research centre in Wetzlar' });
  });

  it('refuses a DOCX whose entry claims gigabytes, before inflating it', async () => {
    const bomb = buildZip([
      { name: 'word/document.xml', data: Buffer.alloc(2 * 1024 * 1024, 0x20), deflate: true, declaredSize: 3 * 1024 * 1024 * 1024 },
    ]);
    await expect(readDocx('bomb.docx', bomb)).rejects.toThrow(/bomb\.docx: .*(over the|zip bomb)/);
  });
});

describe('e-mail reader', () => {
  it('takes Subject, Date and From, reads the HTML part, and makes inline and attached images', async () => {
    const source = await readEml('release.eml', Buffer.from(releaseEml()));
    expect(source.metadata).toMatchObject({
      title: 'Nordlicht Optics opens research centre in Wetzlar',
      date: '2023-05-23T07:00:00.000Z',
      author: 'Jana Berger <press@nordlicht.example>',
    });
    expect(source.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(source.blocks[1]!.text).toMatch(/^WETZLAR, Germany, May 23, 2023 – Nordlicht/);
    expect(source.images.map((i) => i.name).sort()).toEqual(['building.png', 'portrait.png']);
    expect(source.images.find((i) => i.name === 'building.png')?.alt).toBe('The research centre');
  });

  it('falls back to the text part when there is no HTML', async () => {
    const mail =
      'From: a@b.example\r\nSubject: Plain release\r\nDate: Mon, 1 May 2023 10:00:00 +0000\r\n\r\nJAKARTA, 1 Mei 2023 - Teks rilis.\r\n\r\nParagraf kedua.\r\n';
    const source = await readEml('plain.eml', Buffer.from(mail));
    expect(source.blocks.map((b) => b.text)).toEqual(['JAKARTA, 1 Mei 2023 - Teks rilis.', 'Paragraf kedua.']);
  });
});
