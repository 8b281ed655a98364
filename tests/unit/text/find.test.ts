import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BundleSearch, findMatches } from '../../../src/shared/text/find';
import { foldForSearch, foldQuery } from '../../../src/shared/text/fold';

const texts = (text: string, query: string) => findMatches(text, query).map((m) => text.slice(m.start, m.end));

describe('find: case- and accent-insensitive matching with offsets on the original text', () => {
  it('ignores case both ways', () => {
    expect(texts('HUAWEI, Huawei and huawei', 'Huawei')).toEqual(['HUAWEI', 'Huawei', 'huawei']);
    expect(texts('Kerjasama pertama; kerjasama baru', 'kerjasama')).toEqual(['Kerjasama', 'kerjasama']);
  });

  it('ignores accents, composed or decomposed, and highlights the whole accented letter', () => {
    const decomposed = 'cafe\u0301 noir';
    expect(texts('Café, CAFÉ, cafe', 'cafe')).toEqual(['Café', 'CAFÉ', 'cafe']);
    expect(findMatches(decomposed, 'café')).toEqual([{ start: 0, end: 5 }]);
    expect(texts('Ångström', 'angstrom')).toEqual(['Ångström']);
    expect(texts('İstanbul', 'istanbul')).toEqual(['İstanbul']);
  });

  it('treats typographic quotes and dashes like plain ones', () => {
    expect(texts('the world’s leading company', "world's")).toEqual(['world’s']);
    expect(texts('Xiaomi–Leica', 'xiaomi-leica')).toEqual(['Xiaomi–Leica']);
    expect(texts('‘Make friends with users’', "'make")).toEqual(['‘Make']);
  });

  it('treats any run of white space as one space, across soft breaks', () => {
    expect(texts('long\nterm and long   term', 'long term')).toEqual(['long\nterm', 'long   term']);
    expect(texts('a\u00a0b', 'a b')).toEqual(['a\u00a0b']);
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '📷 Leica 📷 leica';
    expect(findMatches(text, 'LEICA')).toEqual([
      { start: 3, end: 8 },
      { start: 12, end: 17 },
    ]);
  });

  it('finds nothing for an empty or blank query, and does not overlap matches', () => {
    expect(findMatches('abc', '')).toEqual([]);
    expect(new BundleSearch().search([{ id: 'a', text: 'a  b' }], '   ')).toEqual([]);
    expect(texts('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });

  it('agrees with lower-cased indexOf on plain ASCII text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', 'c', 'x', 'Y'), maxLength: 60 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'C'), minLength: 1, maxLength: 3 }),
        (text, query) => {
          const expected: number[] = [];
          const lower = text.toLowerCase();
          for (let at = lower.indexOf(query.toLowerCase()); at !== -1; at = lower.indexOf(query.toLowerCase(), at + query.length))
            expected.push(at);
          expect(findMatches(text, query).map((m) => m.start)).toEqual(expected);
        },
      ),
    );
  });

  it('maps every folded unit back into the original text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const folded = foldForSearch(text);
        expect(folded.starts.length).toBe(folded.text.length);
        for (let i = 0; i < folded.text.length; i++) {
          expect(folded.starts[i]!).toBeLessThan(folded.ends[i]!);
          expect(folded.ends[i]!).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(folded.starts[i]!).toBeGreaterThanOrEqual(folded.starts[i - 1]!);
        }
        expect(foldQuery(text)).toBe(folded.text);
      }),
    );
  });
});

describe('BundleSearch', () => {
  it('finds across documents in reading order and refolds a document whose text changed', () => {
    const search = new BundleSearch();
    const docs = [
      { id: 'release', text: 'Xiaomi and Leica' },
      { id: 'article', text: 'Kerjasama Xiaomi dan LEICA' },
    ];
    expect(search.search(docs, 'leica').map((m) => m.documentId)).toEqual(['release', 'article']);
    expect(search.search([{ id: 'release', text: 'no match' }], 'leica')).toEqual([]);
  });
});
