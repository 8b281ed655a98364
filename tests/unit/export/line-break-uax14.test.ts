import fc from 'fast-check';
import LineBreaker from 'linebreak';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPressKit } from '../../../src/core/export';
import { loadFontFaces } from '../../../src/core/export/fonts/font-faces';
import { breakOpportunities } from '../../../src/core/export/layout/break-opportunities';
import { breakLines, type Line } from '../../../src/core/export/layout/line-break';
import { STYLES } from '../../../src/core/export/layout/styles';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { parseMarkdown } from '../../../src/shared/text/markdown';
import { REPO_ROOT } from '../../support/launch';
import { builtInBundle, FIXED_NOW, normalise, wordBoxes, writePdf } from './pdf-tools';

const faces = loadFontFaces(path.join(REPO_ROOT, 'resources', 'fonts'));
const text = (lines: Line[]) => lines.map((l) => l.segments.map((s) => s.text).join(''));
const measure = (s: string) => faces.serif.measure(s, STYLES.body.size);

/** Break positions inside one word by the linebreak package itself. */
function uax14(word: string): number[] {
  const out: number[] = [];
  const breaker = new LineBreaker(word);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) if (b.position > 0 && b.position < word.length) out.push(b.position);
  return out;
}

describe('line breaking by UAX #14', () => {
  it('finds the same breaks as the linebreak package in words its fast path handles (hyphens, dashes, Latin)', () => {
    const seed = 1404;
    // Dashed words (the fast path) and words with other punctuation around the dashes (looked up).
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-zé0-9’.,(]{0,4}[A-Za-zé0-9]([-–—][A-Za-zé0-9]{1,5}){1,3}[.,’)]?$/),
      fc.stringMatching(/^[A-Za-zé0-9’(),.%$+#*=@_&-]{0,6}([-–—][A-Za-zé0-9’(),.-]{0,6}){1,3}$/),
      // Words without dashes: the plain ones get no lookup at all.
      fc.stringMatching(/^[A-Za-zé0-9’),.:;"@_&]{1,12}$/),
    );
    fc.assert(
      fc.property(word, (w) => {
        const ours = breakOpportunities(w);
        const got: number[] = [];
        ours?.forEach((v, i) => v && got.push(i));
        expect(got, w).toEqual(uax14(w));
      }),
      { seed, numRuns: 3000, endOnFailure: true },
    );
  });

  it('breaks at a soft hyphen only, drawing a hyphen there, and gives soft hyphens no width elsewhere', () => {
    const word = 'Zusammen\u00adarbeits\u00advereinbarung';
    const width = measure('Die Zusammenarbeits-');
    const lines = breakLines(faces, [{ text: `Die ${word} gilt`, style: STYLES.body, start: 0 }], { width });
    expect(text(lines)[0]).toBe('Die Zusammen\u00adarbeits\u00ad-');
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(width + 0.01);
    // On one wide line the soft hyphens take no room.
    const one = breakLines(faces, [{ text: word, style: STYLES.body, start: 0 }], { width: 400 });
    expect(one).toHaveLength(1);
    expect(one[0]!.width).toBeCloseTo(measure('Zusammenarbeitsvereinbarung'), 3);
  });

  it('breaks at zero-width spaces, never inside the letters they join', () => {
    const words = ['Kerja', 'sama', 'strategis', 'jangka', 'panjang'];
    const joined = words.join('\u200b');
    const lines = breakLines(faces, [{ text: joined, style: STYLES.body, start: 0 }], { width: measure('Kerjasamastrat') });
    for (const l of text(lines)) {
      const visible = l.replace(/\u200b/g, '');
      // Each line is made of whole words.
      expect(words.join('').includes(visible)).toBe(true);
      expect(words.some((w) => visible.startsWith(w))).toBe(true);
    }
  });

  it('wraps a long URL after its slashes, inside the measure', () => {
    const url = 'https://www.example.com/press/2022/xiaomi-leica/strategic-cooperation-announcement.html';
    const width = 200;
    const lines = breakLines(faces, [{ text: `See ${url} now`, style: STYLES.body, start: 0 }], { width });
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(width + 0.01);
    // Every character once; the spaces where lines break are dropped.
    expect(text(lines).join('').replace(/ /g, '')).toBe(`See${url}now`);
    expect(text(lines).some((l) => l.endsWith('https://'))).toBe(false);
  });

  it('breaks between CJK characters, which have no spaces', () => {
    const cjk = '小米与徕卡宣布建立长期战略合作伙伴关系。双方将共同开发影像旗舰手机。';
    const lines = breakLines(faces, [{ text: cjk, style: STYLES.body, start: 0 }], { width: 60 });
    expect(lines.length).toBeGreaterThan(1);
    expect(text(lines).join('')).toBe(cjk);
    // "。" never opens a line.
    for (const l of text(lines)) expect(l.startsWith('。')).toBe(false);
  });

  it('draws no soft hyphen mid-line in the PDF and extracts the words whole', async () => {
    const base = await builtInBundle();
    const release = base.documents.find((d) => d.kind === 'release')!;
    const markdown = 'The co\u00adoper\u00adation of Xiaomi\u200band Leica is long\u00adterm.\n';
    const parsed = parseMarkdown(markdown);
    const doc = { ...release, markdown, text: parsed.text, blocks: parsed.blocks, dateline: undefined, subhead: undefined };
    const bundle: LoadedBundle = { ...base, documents: [doc] };
    const kit = await renderPressKit(bundle, { paper: 'a4', sections: ['release'], includeComments: false, now: FIXED_NOW });
    const words = wordBoxes(writePdf(kit.bytes, 'shy.pdf')).map((w) => w.word);
    expect(normalise(words.join(' '))).toContain('The cooperation of Xiaomiand Leica is longterm.');
  });
});
