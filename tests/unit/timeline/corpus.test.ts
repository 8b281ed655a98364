import { afterAll, describe, expect, it } from 'vitest';
import {
  CORPUS_LANGUAGES,
  formatScore,
  labelledPrecision,
  labelledRecall,
  loadCorpus,
  ours,
  precision,
  recall,
  scoreCases,
} from './corpus-score';

/**
 * The scored test the issue asks for: per language, precision and recall of the date alone and with a
 * usable label (≤ 120 characters, no markup, the expected word, the right "planned" flag). The floors
 * sit just under what the development sentences reach; the held-out ones (written last, never tuned
 * on) are reported apart and only held to a lower floor.
 */
const DEV_FLOOR = { date: 0.95, labelled: 0.95 };
const HELD_OUT_FLOOR = { date: 0.8, labelled: 0.75 };
const lines: string[] = [];
afterAll(() => console.log(`Timeline corpus (npx vitest run tests/unit/timeline/corpus.test.ts):\n  ${lines.join('\n  ')}`));

describe.each(CORPUS_LANGUAGES)('timeline corpus, %s', (lang) => {
  const corpus = loadCorpus(lang);
  it('has at least 20 development and 5 held-out sentences, each expected date written once in its text', () => {
    expect(corpus.cases.filter((c) => !c.heldOut).length).toBeGreaterThanOrEqual(20);
    expect(corpus.cases.filter((c) => c.heldOut).length).toBeGreaterThanOrEqual(5);
    for (const c of corpus.cases)
      for (const e of c.expect) {
        const at = c.text.indexOf(e.words);
        expect(at, `${e.words} in ${c.text}`).toBeGreaterThanOrEqual(0);
        expect(c.text.indexOf(e.words, at + 1), `${e.words} twice in ${c.text}`).toBe(-1);
      }
  });

  it('finds the dates and labels of the development sentences', () => {
    const s = scoreCases(
      corpus.cases.filter((c) => !c.heldOut),
      (c) => ours(c, lang),
    );
    lines.push(formatScore(`${lang} development`, s) + (s.misses.length ? `\n      ${s.misses.join('\n      ')}` : ''));
    expect(precision(s)).toBeGreaterThanOrEqual(DEV_FLOOR.date);
    expect(recall(s)).toBeGreaterThanOrEqual(DEV_FLOOR.date);
    expect(labelledPrecision(s)).toBeGreaterThanOrEqual(DEV_FLOOR.labelled);
    expect(labelledRecall(s)).toBeGreaterThanOrEqual(DEV_FLOOR.labelled);
  });

  it('held out: reported apart, to a lower floor', () => {
    const s = scoreCases(
      corpus.cases.filter((c) => c.heldOut),
      (c) => ours(c, lang),
    );
    lines.push(formatScore(`${lang} held out`, s) + (s.misses.length ? `\n      ${s.misses.join('\n      ')}` : ''));
    expect(recall(s)).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.date);
    expect(labelledRecall(s)).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.labelled);
  });
});
