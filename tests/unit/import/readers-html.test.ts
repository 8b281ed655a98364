import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/core/import/readers/html';

const NEWSROOM = readFileSync(path.join(import.meta.dirname, 'fixtures', 'newsroom.html'));

describe('HTML reader', () => {
  const source = readHtml('newsroom.html', NEWSROOM);
  const reasonOf = (text: string) => source.blocks.find((b) => b.text.includes(text))?.furniture;

  it('keeps the article, headline and About section as text', () => {
    for (const text of [
      'Nordlicht Optics opens research centre in Wetzlar',
      'WETZLAR, Germany, May 23, 2023',
      'About Nordlicht Optics',
      'Jana Berger, Head of Communications',
    ])
      expect(reasonOf(text), text).toBeUndefined();
    const headline = source.blocks.find((b) => b.kind === 'heading' && b.level === 1);
    expect(headline?.text).toBe('Nordlicht Optics opens research centre in Wetzlar');
  });

  it('marks navigation, cookie banner, share buttons, related stories and footer as furniture with a reason', () => {
    expect(reasonOf('We use cookies')).toBe('cookie banner');
    // The site header holds the navigation: one furniture block for the whole header.
    expect(reasonOf('Media library')).toBe('page header');
    expect(reasonOf('Share on X')).toBe('share buttons');
    expect(reasonOf('Nordlicht reports record year')).toBe('related stories');
    expect(reasonOf('All rights reserved')).toBe('page footer');
  });

  it('asks Readability where the article is when the page does not mark it (<main>/<article>)', () => {
    const soup = readHtml('soup.html', Buffer.from(NEWSROOM.toString('utf8').replace(/<(\/?)(main|article)>/g, '<$1div>')));
    const reason = (text: string) => soup.blocks.find((b) => b.text.includes(text))?.furniture;
    for (const text of ['Nordlicht Optics opens research centre in Wetzlar', 'WETZLAR, Germany, May 23, 2023', 'The building offers'])
      expect(reason(text), text).toBeUndefined();
    expect(reason('We use cookies')).toBe('cookie banner');
    expect(reason('Nordlicht reports record year')).toBe('related stories');
    expect(source.blocks.find((b) => b.text.includes('Share on X'))?.furniture).toBe('share buttons');
  });

  it('keeps <br> lines, emphasis and links in the block Markdown', () => {
    expect(source.blocks.find((b) => b.text.startsWith('Jana Berger'))?.text).toBe(
      'Jana Berger, Head of Communications\npress@nordlicht.example\n+49 6441 123 456',
    );
    expect(source.blocks.find((b) => b.text.startsWith('“Wetzlar'))?.markdown).toContain('**Anna Keller**');
    expect(source.blocks.find((b) => b.text.startsWith('The building'))?.markdown).toContain(
      '[solar panels](<https://nordlicht.example/sustainability>)',
    );
  });

  it('reads title, published date, canonical URL, author and language from the head', () => {
    expect(source.metadata).toMatchObject({
      title: 'Nordlicht Optics opens research centre in Wetzlar | Nordlicht Newsroom',
      date: '2023-05-23T09:00:00+02:00',
      url: 'https://newsroom.nordlicht.example/releases/research-centre',
      author: 'Nordlicht Press Office',
      language: 'en',
    });
  });

  it('takes embedded figures with alt, caption and credit, and never fetches remote images', () => {
    expect(source.images).toHaveLength(1);
    expect(source.images[0]).toMatchObject({ mime: 'image/png', alt: 'The new research centre', credit: 'Photo: Nordlicht Optics' });
    expect(source.images[0]!.caption).toContain('The new research centre in Wetzlar.');
    const remote = readHtml(
      'remote.html',
      Buffer.from('<html><body><p>Text of the release that is long enough.</p><img src="https://cdn.example/a.jpg" alt="x"></body></html>'),
    );
    expect(remote.images).toHaveLength(0);
    expect(remote.notes.join(' ')).toMatch(/remote image\(s\) not fetched/);
  });

  it('decodes a page in its declared charset (ISO-8859-1)', () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>M'),
      Buffer.from([0xfc]),
      Buffer.from('nchen, 5. Mai 2023</p></body></html>'),
    ]);
    expect(readHtml('latin1.html', bytes).blocks[0]!.text).toBe('München, 5. Mai 2023');
  });

  it('refuses a page over the text budget before parsing it', () => {
    const big = Buffer.alloc(17 * 1024 * 1024, 0x61);
    expect(() => readHtml('huge.html', big)).toThrow(/huge\.html: is 17\.0 MB, over the import limit of 16\.0 MB/);
  });
});
