import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { splitSentences } from '../../../src/core/timeline/sentences';
import { suggestTimelineEvents } from '../../../src/core/timeline/suggest';
import type { LoadedBundle } from '../../../src/shared/model/document';
import type { FuzzyDate } from '../../../src/shared/model/timeline';
import { findDateExpressions } from '../../../src/shared/timeline/date-expressions';
import { fuzzyDateKey, fuzzyDatesEqual } from '../../../src/shared/timeline/fuzzy-date';
import type { TimelineSuggestion } from '../../../src/shared/timeline/types';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

/** A dated statement a reader would put on a timeline: where it is (words unique in the document) and what it says. */
interface Labelled {
  doc: string;
  words: string;
  date: FuzzyDate;
  until?: FuzzyDate;
}

/** Hand-labelled, before the extractor was run on them: every dated statement of the seed (release dated 23 May 2022). */
const SEED: Labelled[] = [
  { doc: 'article', words: 'Tanggal 23 Mei 2022', date: { year: 2022, month: 5, day: 23 } },
  { doc: 'article', words: 'bulan Juli tahun 2022', date: { year: 2022, month: 7 } },
  { doc: 'article', words: 'dari tahun 2016', date: { year: 2016 } },
  { doc: 'article', words: 'Sharp tahun 2021', date: { year: 2021 } },
  { doc: 'article', words: 'Huawei Leica telah selesai', date: { year: 2022, month: 5, qualifier: 'by' } },
  { doc: 'release', words: 'begins in July', date: { year: 2022, month: 7 } },
  { doc: 'release', words: 'Wetzlar, 23 May 2022', date: { year: 2022, month: 5, day: 23 } },
  { doc: 'release', words: 'July this year', date: { year: 2022, month: 7 } },
  { doc: 'release', words: 'Founded in 2010', date: { year: 2010 } },
  { doc: 'release', words: '12 years ago', date: { year: 2010, qualifier: 'circa' } },
  { doc: 'release', words: 'with Xiaomi today', date: { year: 2022, month: 5, day: 23 } },
  { doc: 'about-xiaomi', words: 'founded in April 2010', date: { year: 2010, month: 4 } },
  { doc: 'about-xiaomi', words: 'on 9 July 2018', date: { year: 2018, month: 7, day: 9 } },
  { doc: 'about-xiaomi', words: 'fourth quarter of 2021', date: { year: 2021, quarter: 4 } },
  { doc: 'about-xiaomi', words: 'as of 31 December 2021', date: { year: 2021, month: 12, day: 31 } },
  { doc: 'about-xiaomi', words: 'In August 2021', date: { year: 2021, month: 8 } },
];

/** Two other releases, written for these tests: another company, other dates, English with a US dateline and Indonesian news style. */
const TAVIRA: Labelled[] = [
  { doc: 'release', words: 'March 14, 2023', date: { year: 2023, month: 3, day: 14 } },
  { doc: 'release', words: 'Mobile today announced', date: { year: 2023, month: 3, day: 14 } },
  { doc: 'release', words: 'began in 2019', date: { year: 2019 } },
  { doc: 'release', words: 'second half of 2023', date: { year: 2023 } },
  { doc: 'release', words: 'June 5, 2023', date: { year: 2023, month: 6, day: 5 } },
  { doc: 'release', words: 'Q1 2024', date: { year: 2024, quarter: 1 } },
  { doc: 'release', words: 'March 2008', date: { year: 2008, month: 3 } },
  { doc: 'release', words: '2 November 2015', date: { year: 2015, month: 11, day: 2 } },
  { doc: 'release', words: 'fourth quarter of 2022', date: { year: 2022, quarter: 4 } },
  { doc: 'release', words: 'since 2019', date: { year: 2019 } },
  { doc: 'release', words: 'September 2019', date: { year: 2019, month: 9 } },
  { doc: 'release', words: 'from 2019 to 2022', date: { year: 2019 }, until: { year: 2022 } },
  { doc: 'release', words: 'Helio Devices has ended', date: { year: 2023, month: 3, qualifier: 'by' } },
  { doc: 'release', words: 'by the end of 2023', date: { year: 2023, qualifier: 'by' } },
];
const GARUDA: Labelled[] = [
  { doc: 'artikel', words: 'Jumat (12/5/2023)', date: { year: 2023, month: 5, day: 12 } },
  { doc: 'artikel', words: 'bulan Juni tahun ini', date: { year: 2023, month: 6 } },
  { doc: 'artikel', words: 'sejak tahun 2020', date: { year: 2020 } },
  { doc: 'artikel', words: '10 Mei 2023', date: { year: 2023, month: 5, day: 10 } },
  { doc: 'artikel', words: 'kuartal III 2023', date: { year: 2023, quarter: 3 } },
  { doc: 'artikel', words: 'paling lambat Maret 2024', date: { year: 2024, month: 3, qualifier: 'by' } },
  { doc: 'artikel', words: 'tahun 2012', date: { year: 2012 } },
  { doc: 'artikel', words: '8 Januari 2018', date: { year: 2018, month: 1, day: 8 } },
  { doc: 'artikel', words: 'triwulan keempat tahun lalu', date: { year: 2022, quarter: 4 } },
  { doc: 'artikel', words: 'telah berakhir', date: { year: 2023, month: 5, qualifier: 'by' } },
  { doc: 'artikel', words: 'sekitar 30 tahun yang lalu', date: { year: 1993, qualifier: 'circa' } },
];

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const scores: string[] = [];

/** Precision and recall of the suggestions against a labelled list; a match is the same document, overlapping words and the same date. */
function score(name: string, bundle: LoadedBundle, suggestions: TimelineSuggestion[], gold: Labelled[]) {
  const matches = (s: TimelineSuggestion, g: Labelled) => {
    if (s.documentId !== g.doc) return false;
    const text = bundle.documents.find((d) => d.id === g.doc)!.text;
    const at = text.indexOf(g.words);
    expect(at, `"${g.words}" must occur once in ${g.doc}`).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(g.words, at + 1)).toBe(-1);
    const overlaps = s.datePosition.start < at + g.words.length && at < s.datePosition.end;
    const sameEnd = g.until ? !!s.end && fuzzyDatesEqual(s.end, g.until) : !s.end;
    return overlaps && fuzzyDatesEqual(s.date, g.date) && sameEnd;
  };
  const missed = gold.filter((g) => !suggestions.some((s) => matches(s, g)));
  const wrong = suggestions.filter((s) => !gold.some((g) => matches(s, g)));
  const precision = (suggestions.length - wrong.length) / suggestions.length;
  const recall = (gold.length - missed.length) / gold.length;
  scores.push(
    `${name}: precision ${precision.toFixed(3)} (${suggestions.length - wrong.length}/${suggestions.length}), recall ${recall.toFixed(3)} (${gold.length - missed.length}/${gold.length})` +
      (missed.length ? `; missed ${missed.map((m) => `"${m.words}"`).join(', ')}` : '') +
      (wrong.length ? `; wrong ${wrong.map((w) => `"${w.dateText}"`).join(', ')}` : ''),
  );
  return { precision, recall, missed, wrong };
}

afterAll(() => {
  // The figures the issue asks for, in the test output.
  console.log(`Timeline suggestions against the hand-labelled lists:\n  ${scores.join('\n  ')}`);
});

describe('suggested events from the built-in bundle’s text', () => {
  let bundle: LoadedBundle;
  let suggestions: TimelineSuggestion[];
  beforeAll(async () => {
    bundle = await loadBundle(BUILT_IN_BUNDLE);
    suggestions = suggestTimelineEvents(bundle);
  });

  it('include every dated fact of the seed, with the right precision', () => {
    const find = (doc: string, date: FuzzyDate) => suggestions.find((s) => s.documentId === doc && fuzzyDatesEqual(s.date, date));
    const facts: [string, string, FuzzyDate, string][] = [
      ['announcement', 'release', { year: 2022, month: 5, day: 23 }, 'day'],
      ['announcement (Indonesian)', 'article', { year: 2022, month: 5, day: 23 }, 'day'],
      ['first phone due', 'release', { year: 2022, month: 7 }, 'month'],
      ['Huawei from 2016', 'article', { year: 2016 }, 'year'],
      ['Sharp 2021', 'article', { year: 2021 }, 'year'],
      ['Huawei cooperation ended', 'article', { year: 2022, month: 5, qualifier: 'by' }, 'month'],
      ['Xiaomi founded', 'about-xiaomi', { year: 2010, month: 4 }, 'month'],
      ['listed', 'about-xiaomi', { year: 2018, month: 7, day: 9 }, 'day'],
      ['Fortune Global 500', 'about-xiaomi', { year: 2021, month: 8 }, 'month'],
      ['no. 3 globally', 'about-xiaomi', { year: 2021, quarter: 4 }, 'quarter'],
      ['434 million devices', 'about-xiaomi', { year: 2021, month: 12, day: 31 }, 'day'],
    ];
    for (const [fact, doc, date, precision] of facts) {
      const s = find(doc, date);
      expect(s, fact).toBeDefined();
      expect(s!.precision, fact).toBe(precision);
    }
    expect(find('article', { year: 2016 })!.role).toBe('start');
  });

  it('give each suggestion its source sentence: the quote is the sentence, and the date’s words are inside it', () => {
    for (const s of suggestions) {
      const doc = bundle.documents.find((d) => d.id === s.documentId)!;
      expect(doc.text.slice(s.position.start, s.position.end)).toBe(s.sentence);
      expect(s.quote.exact).toBe(s.sentence);
      expect(doc.text.slice(s.datePosition.start, s.datePosition.end)).toBe(s.dateText);
      expect(s.datePosition.start >= s.position.start && s.datePosition.end <= s.position.end, s.id).toBe(true);
      expect(s.label.length, s.id).toBeGreaterThan(3);
      expect(s.language).toBe(doc.language);
    }
  });

  it('label a sentence by its clause and point it to the lane its organisations name', () => {
    const at = (words: string) => suggestions.find((s) => s.dateText === words)!;
    expect(at('April 2010')).toMatchObject({ label: 'Xiaomi Corporation was founded', laneId: 'xiaomi-milestones' });
    expect(at('9 July 2018').label).toBe('Listed on the Main Board of the Hong Kong Stock Exchange');
    expect(at('dari tahun 2016')).toMatchObject({ label: 'Leica pernah bekerjasama dengan Huawei', laneId: 'leica-huawei' });
    expect(at('tahun 2021').laneId).toBe('leica-sharp');
    expect(at('telah selesai').laneId).toBe('leica-huawei');
    expect(at('23 May 2022').label).toBe('Xiaomi and Leica Camera announce long-term strategic cooperation');
    expect(at('23 May 2022').sentence).toMatch(
      /^Wetzlar, 23 May 2022\. Xiaomi, .* officially announce their strategic cooperation in terms of mobile imaging\.$/,
    );
  });

  it('match the hand-labelled list of the seed', () => {
    const { recall, precision } = score('built-in bundle (seed)', bundle, suggestions, SEED);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });
});

describe('suggested events from other press releases', () => {
  it.each([
    ['tavira-nordlicht-2023', 'English release, US dateline', TAVIRA],
    ['garuda-sinar-2023', 'Indonesian news article', GARUDA],
  ] as const)('%s (%s) matches its hand-labelled list', async (folder, kind, gold) => {
    const bundle = await loadBundle(path.join(FIXTURES, folder));
    const { recall, precision } = score(`${folder} (${kind})`, bundle, suggestTimelineEvents(bundle), gold);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * Held out: written and labelled after the extractor was built but before it was run on them, and not
 * tuned on afterwards. Its misses ("IFA 2015", "three years later") are kept, as an honest figure.
 */
const HELD_OUT: {
  language: 'en' | 'id';
  reference: { year: number; month: number; day: number };
  text: string;
  gold: [string, string][];
}[] = [
  {
    language: 'en',
    reference: { year: 2024, month: 2, day: 20 },
    text: 'LONDON, 20 February 2024 – Arden Audio today confirmed that its licensing deal with Kestrel Labs, first signed in mid-2017, will run until 31 March 2026. The agreement was renewed in Q2 2021. Arden, which was spun off from Halden Group on 1 October 2012, reported record sales in the twelve months to December 2023. Its Series 5 headphones, launched last October, sold 2 million units. A new flagship is due in the spring. Kestrel was acquired by Orion in 2019 and its founder stepped down three years later. The two firms first met at IFA 2015 in Berlin.',
    gold: [
      ['20 February 2024', '2024-02-20'],
      ['today', '2024-02-20'],
      ['mid-2017', '2017'],
      ['31 March 2026', '2026-03-31'],
      ['Q2 2021', '2021-Q2'],
      ['1 October 2012', '2012-10-01'],
      ['December 2023', '2023-12'],
      ['last October', '2023-10'],
      ['in 2019', '2019'],
      ['IFA 2015', '2015'],
      ['three years later', '2022'],
    ],
  },
  {
    language: 'id',
    reference: { year: 2024, month: 8, day: 5 },
    text: 'Surabaya, 5 Agustus 2024 – PT Nusa Daya meresmikan pabrik baterai keduanya pada Senin (5/8/2024). Pabrik pertama beroperasi sejak Oktober 2019 dan kapasitasnya ditambah pada akhir tahun 2022. Pembangunan pabrik kedua dimulai pada pertengahan 2022 dan rampung pada Juni lalu. Perusahaan menargetkan ekspor perdana pada semester II tahun ini, sementara IPO direncanakan pada 2025. Nusa Daya didirikan oleh tiga insinyur pada 14 Februari 2011.',
    gold: [
      ['5 Agustus 2024', '2024-08-05'],
      ['Senin (5/8/2024)', '2024-08-05'],
      ['Oktober 2019', '2019-10'],
      ['akhir tahun 2022', '2022'],
      ['pertengahan 2022', '2022'],
      ['Juni lalu', '2024-06'],
      ['semester II tahun ini', '2024'],
      ['pada 2025', '2025'],
      ['14 Februari 2011', '2011-02-14'],
    ],
  },
];

describe('held-out sentences, labelled before the extractor saw them', () => {
  it('reads most of their dates and nothing that is not one', () => {
    let found = 0;
    let right = 0;
    let hit = 0;
    let total = 0;
    const missed: string[] = [];
    for (const { language, reference, text, gold } of HELD_OUT) {
      const dates = findDateExpressions(text, { reference, language });
      const ok = (e: (typeof dates)[number], [words, key]: [string, string]) => {
        const at = text.indexOf(words);
        return e.start < at + words.length && at < e.end && fuzzyDateKey({ ...e.date, qualifier: undefined }) === key;
      };
      found += dates.length;
      right += dates.filter((e) => gold.some((g) => ok(e, g))).length;
      total += gold.length;
      for (const g of gold)
        if (dates.some((e) => ok(e, g))) hit++;
        else missed.push(g[0]);
    }
    scores.push(
      `held-out EN+ID sentences: precision ${(right / found).toFixed(3)} (${right}/${found}), recall ${(hit / total).toFixed(3)} (${hit}/${total}); missed ${missed.map((m) => `"${m}"`).join(', ')}`,
    );
    expect(right / found).toBeGreaterThanOrEqual(0.9);
    expect(hit / total).toBeGreaterThanOrEqual(0.8);
  });
});

describe('sentence splitting', () => {
  it('does not end a sentence at "no. 3", an initial or a decimal, and does at a full stop before a capital', () => {
    const text = 'Ranked no. 3 globally. Dr. J. Smith paid 1.5 million. Then it ended! “Quoted.” Next';
    const doc = { blocks: [{ kind: 'paragraph' as const, start: 0, end: text.length, text, inlines: [] }] };
    expect(splitSentences(doc).map((s) => s.text)).toEqual([
      'Ranked no. 3 globally.',
      'Dr. J. Smith paid 1.5 million.',
      'Then it ended!',
      '“Quoted.”',
      'Next',
    ]);
  });
});
