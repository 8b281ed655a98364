// Timeline suggestions: our date rules against chrono-node (the maintained multilingual parser) on the
// same hand-written corpus (tests/unit/timeline/corpus), and our time and output size on the two large
// inputs of the hardening issue: 1 MB of long sentences full of dates, and one 100 KB sentence with
// ~8,000 dates. `npm run bench -- --only=timeline`.
import * as chrono from 'chrono-node';
import { suggestFromDocument } from '../src/core/timeline/suggest';
import type { BundleManifest } from '../src/shared/model/bundle';
import type { LoadedDocument } from '../src/shared/model/document';
import type { FuzzyDate } from '../src/shared/model/timeline';
import { parseMarkdown } from '../src/shared/text/markdown';
import {
  CORPUS_LANGUAGES,
  loadCorpus,
  ours,
  precision,
  recall,
  scoreCases,
  type CorpusCase,
  type Found,
} from '../tests/unit/timeline/corpus-score';
import { median, timeRuns } from './lib/measure';
import type { BenchRow } from './lib/report';

const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
  id: chrono.id.casual,
};

/** chrono-node's reading of a case: each result at the precision of the values it states (a bare month takes the implied year, as ours takes the dateline's). */
function chronoFinds(c: CorpusCase, lang: string): Found[] {
  const ref = c.reference ? new Date(`${c.reference}T12:00:00Z`) : new Date();
  return PARSERS[lang]!.parse(c.text, ref).flatMap((r) => {
    const known = (k: 'year' | 'month' | 'day') => r.start.isCertain(k);
    if (!known('month') && !known('day') && !known('year')) {
      // "today", "Friday": chrono gives a day from the reference.
      return [
        {
          start: r.index,
          end: r.index + r.text.length,
          date: { year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! },
        },
      ];
    }
    const date: FuzzyDate = { year: r.start.get('year')! };
    if (known('month') || known('day')) date.month = r.start.get('month')!;
    if (known('day')) date.day = r.start.get('day')!;
    const found: Found = { start: r.index, end: r.index + r.text.length, date };
    if (r.end) found.until = { year: r.end.get('year')!, ...(r.end.isCertain('month') ? { month: r.end.get('month')! } : {}) };
    return [found];
  });
}

const manifest = {
  organisations: [
    { id: 'leica', name: 'Leica Camera' },
    { id: 'xiaomi', name: 'Xiaomi' },
  ],
  timeline: {
    lanes: [{ id: 'leica-xiaomi', organisationIds: ['leica', 'xiaomi'], kind: 'partnership', label: { en: 'Leica and Xiaomi' } }],
    events: [],
  },
  date: '2022-05-23',
} as unknown as BundleManifest;

function documentOf(markdown: string): LoadedDocument {
  const { blocks, text } = parseMarkdown(markdown);
  return { id: 'doc', kind: 'release', language: 'en', title: 'Doc', file: 'doc.md', markdown, blocks, text } as LoadedDocument;
}

/** ~1 MB in 20 KB sentences, each packed with dates of every kind the rules read. */
export function longSentences(bytes: number): string {
  const words =
    'Leica and Xiaomi signed on 23 May 2022, extended it in Q4 2021, worked together since 2016 and from 2019 to 2022, then in July this year ';
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = words.repeat(Math.ceil(20_000 / words.length)) + '.';
    parts.push(sentence);
    size += sentence.length + 2;
  }
  return parts.join('\n\n');
}

/** One sentence of `bytes` characters with a date every 12 characters (100 KB: 8,333 dates). */
export function oneSentence(bytes: number): string {
  return '5 May 2020, '.repeat(Math.ceil(bytes / 12)).slice(0, bytes);
}

/** The timeline suggestions for one Markdown document (the linear-inputs bench times them at two sizes). */
export const suggestionsFor = (markdown: string) => suggestFromDocument(manifest, documentOf(markdown));

function sizeRow(name: string, markdown: string, runs: number): BenchRow {
  const doc = documentOf(markdown);
  let count = 0;
  let outBytes = 0;
  const times = timeRunsSync(runs, () => {
    const s = suggestFromDocument(manifest, doc);
    count = s.length;
    outBytes = JSON.stringify(s).length;
  });
  return {
    bench: 'timeline',
    case: `${name}, ${(markdown.length / 1024).toFixed(0)} KB input`,
    metric: 'suggestions',
    ours: median(times),
    baseline: null,
    baselineName: '',
    unit: 'ms',
    goal: 'seconds, not minutes',
    notes: `${count} suggestions, ${(outBytes / 1024 / 1024).toFixed(1)} MB as JSON (${Math.round(outBytes / Math.max(1, count))} B each)`,
  };
}

function timeRunsSync(runs: number, fn: () => void): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export async function benchTimeline(options: { quick: boolean }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const lang of CORPUS_LANGUAGES) {
    const cases = loadCorpus(lang).cases;
    const a = scoreCases(cases, (c) => ours(c, lang));
    const b = scoreCases(cases, (c) => chronoFinds(c, lang));
    const base = { bench: 'timeline', case: `corpus ${lang} (${cases.length} sentences)`, baselineName: 'chrono-node', unit: '%' };
    rows.push({ ...base, metric: 'date precision', ours: precision(a) * 100, baseline: precision(b) * 100, goal: '≥ 90%' });
    rows.push({ ...base, metric: 'date recall', ours: recall(a) * 100, baseline: recall(b) * 100, goal: '≥ 90%' });
  }
  const corpusTimes = await timeRuns(3, () => CORPUS_LANGUAGES.forEach((l) => loadCorpus(l).cases.forEach((c) => ours(c, l))));
  rows.push({
    bench: 'timeline',
    case: 'corpus, all languages',
    metric: 'time',
    ours: median(corpusTimes),
    baseline: null,
    baselineName: '',
    unit: 'ms',
  });
  rows.push(
    sizeRow('1 MB of 20 KB sentences full of dates', longSentences(options.quick ? 256 * 1024 : 1024 * 1024), options.quick ? 1 : 3),
  );
  rows.push(sizeRow('one 100 KB sentence, 8,333 dates', oneSentence(100_000), options.quick ? 1 : 3));
  return rows;
}
