import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectStructure } from '../../../../src/core/import/detect';
import { ImportDraft } from '../../../../src/shared/model/import-draft';
import { sourceFromText } from './split-text';

/**
 * The detector must stay linear on hostile input: no regular expression that backtracks without
 * bound, no work quadratic in the number of blocks. These assert that it finishes on 1 MB texts
 * built to hurt (the time it takes is measured in bench, not here).
 */
const MB = 1024 * 1024;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const HOSTILE: Array<[string, string]> = [
  ['one paragraph of opening marks that never close', repeatTo('“Aa Bb ‘Cc „Dd «Ee "Ff ', MB)],
  ['capitalised words and speech verbs without end', repeatTo('Said Lei Jun Founder Chairman CEO Of Xiaomi Group AG GmbH Inc. ', MB)],
  ['e-mail-like and obfuscated address fragments', repeatTo('a.b.c.d@e.f.g.h (at) x (dot) y [at] z dot w at v +49 30 555 ', MB)],
  ['dates, dashes and brackets', repeatTo('[Wetzlar, 25th February, 2016 – 05.03.2016 - 15:45 (JAKARTA) -- ', MB)],
  ['fifty thousand short blocks', repeatTo('About X\n\nShare\n\n“Quote,” said A B.\n\n', MB)],
  ['closing marks and attributions only', repeatTo('word,’ says Lei Jun, CEO of X, ', MB)],
];

describe('hostile input', () => {
  for (const [name, text] of HOSTILE) {
    it(`finishes on 1 MB of ${name}`, () => {
      const draft = detectStructure([sourceFromText(text, 'hostile.txt')], { sourceName: 'hostile.txt' });
      expect(ImportDraft.safeParse(draft).success).toBe(true);
      expect(draft.documents.flatMap((d) => d.blocks).length).toBeGreaterThan(0);
    });
  }

  it('always returns a valid draft whose quotes occur in their blocks (property, fixed seed)', () => {
    const seed = 20_241_204;
    const piece = fc.constantFrom(
      '“',
      '”',
      '„',
      '“',
      '«',
      '»',
      '‘',
      '’',
      '"',
      "''",
      ' said ',
      ' kata ',
      ' sagte ',
      'Lei Jun',
      'CEO of X AG',
      ', ',
      '. ',
      '\n\n',
      'Jakarta, 23 Mei 2022 - ',
      'About X',
      '###',
      'a@b.co',
      'word ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const text = pieces.join('') || 'x';
        const draft = detectStructure([sourceFromText(text, 'p.txt')], { sourceName: 'p.txt' });
        ImportDraft.parse(draft);
        const blocks = draft.documents.flatMap((d) => d.blocks.map((b) => b.text));
        for (const q of draft.quotes) expect(blocks.some((b) => b.includes(q.text))).toBe(true);
      }),
      { seed, numRuns: 300, verbose: true },
    );
  });
});
