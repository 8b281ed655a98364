// Inputs that used to take quadratic time (issue 12), one row per case, each timed at its size and at
// half of it (the baseline column): linear work takes about 2× as long at 2× the size (quadratic, 4×).
// The input size is in each row's case. `npm run bench -- --only=linear` runs these rows alone.
import { crossCheck } from '../src/core/bundle/validate';
import { parseTimelineJs } from '../src/core/timeline/timelinejs-import';
import type { BundleManifest } from '../src/shared/model/bundle';
import type { LoadedDocument } from '../src/shared/model/document';
import { measureAt } from './annotation-changes';
import { exportThenImport } from './linear-cli';
import { median, timeRuns } from './lib/measure';
import type { BenchRow } from './lib/report';
import { longSentences, oneSentence, suggestionsFor } from './timeline-dates';

const identicalEvents = (n: number) =>
  JSON.stringify({
    events: Array.from({ length: n }, () => ({ start_date: { year: '2022', month: '5' }, text: { headline: 'Xiaomi and Leica' } })),
  });

/** `n` quotes that nearly match 1 MiB of "a" ("aaa…ab", 2,000 to 2,000 + n characters): the worst case of one `includes` per quote. */
function worstCaseQuotes(n: number): { manifest: BundleManifest; documents: Map<string, LoadedDocument> } {
  const text = 'a'.repeat(1024 * 1024);
  const manifest = {
    languages: ['en'],
    documents: [{ id: 'doc', file: 'doc.md', language: 'en' }],
    people: [{ id: 'p' }],
    organisations: [],
    contacts: [],
    quotes: Array.from({ length: n }, (_, i) => ({ id: `q${i}`, speakerId: 'p', documentId: 'doc', text: 'a'.repeat(2_000 + i) + 'b' })),
    facts: [],
    timeline: { lanes: [], events: [] },
  } as unknown as BundleManifest;
  return { manifest, documents: new Map([['doc', { id: 'doc', file: 'doc.md', text, blocks: [] } as unknown as LoadedDocument]]) };
}

const row = (c: string, ours: number, baseline: number | null, goal: string, notes: string): BenchRow => ({
  bench: 'linear inputs',
  case: c,
  metric: 'time',
  ours,
  baseline,
  baselineName: baseline === null ? '' : 'same at half the size',
  unit: 'ms',
  goal,
  notes,
});

/** Median time of `work` at `n` and at `n / 2`. */
async function atTwoSizes(runs: number, n: number, work: (n: number) => unknown): Promise<[number, number]> {
  const time = async (size: number) => median(await timeRuns(runs, () => work(size)));
  const half = await time(n / 2);
  return [await time(n), half];
}

export async function benchLinearInputs(options: { quick: boolean }): Promise<BenchRow[]> {
  const runs = options.quick ? 1 : 3;
  const rows: BenchRow[] = [];

  const [events, eventsHalf] = await atTwoSizes(runs, 20_000, (n) => parseTimelineJs(identicalEvents(n), { language: 'en' }));
  rows.push(row('TimelineJS import, 20,000 identical events (baseline: 10,000)', events, eventsHalf, 'ratio ≈ 2, was 57 s', ''));

  const mb = 1024 * 1024;
  const [suggest, suggestHalf] = await atTwoSizes(runs, mb, (n) => suggestionsFor(longSentences(n)));
  const count = suggestionsFor(longSentences(mb)).length;
  rows.push(
    row(
      'timeline suggestions, 1 MB of 20 KB sentences full of dates (baseline: 512 KB)',
      suggest,
      suggestHalf,
      'ratio ≈ 2, was > 14 min',
      `${count} suggestions`,
    ),
  );
  const one = suggestionsFor(oneSentence(100_000));
  const [sentence, sentenceHalf] = await atTwoSizes(runs, 100_000, (n) => suggestionsFor(oneSentence(n)));
  const bytes = JSON.stringify(one).length;
  rows.push(
    row(
      'timeline suggestions, one 100 KB sentence with 8,333 dates (baseline: 50 KB)',
      sentence,
      sentenceHalf,
      'ratio ≈ 2, was 2.7 GB of output',
      `${one.length} suggestions, ${(bytes / mb).toFixed(1)} MB as JSON (${Math.round(bytes / one.length)} B each)`,
    ),
  );

  const [quotes, quotesHalf] = await atTwoSizes(runs, 2_000, (n) => {
    const { manifest, documents } = worstCaseQuotes(n);
    return crossCheck(manifest, documents);
  });
  rows.push(
    row(
      'bundle validation, 2,000 near-miss quotes of 2–4 K characters on 1 MiB (baseline: 1,000)',
      quotes,
      quotesHalf,
      'ratio ≈ 2, was 14.5 s (31 s here)',
      '',
    ),
  );

  // One save among 5,000 annotations: the journal appends one record, so the time should not grow with the store.
  const saves = await measureAt(5_000, options.quick ? 5 : 20);
  const add = saves.find((r) => r.case.startsWith('add') && r.metric === 'time to anchored change')!;
  rows.push({
    ...row('save one new highlight at 5,000 annotations', add.ours, add.baseline, '≤ 50 ms, was 283 ms', add.notes ?? ''),
    baselineName: add.baselineName,
  });

  // The CLI case is long: quick runs time the full size only.
  const full = await exportThenImport(100_000);
  const half = options.quick ? null : await exportThenImport(50_000);
  const size = `${full.fileMiB.toFixed(0)} MiB of JSON-LD`;
  rows.push(
    row(
      'CLI export to JSON-LD, 100,000 annotations (baseline: 50,000)',
      full.exportMs,
      half?.exportMs ?? null,
      'ratio ≈ 2, was a stack overflow at 60,000',
      size,
    ),
  );
  rows.push(
    row(
      'CLI import of that file into an empty store, 100,000 annotations (baseline: 50,000)',
      full.importMs,
      half?.importMs ?? null,
      'ratio ≈ 2, was > 5 min',
      size,
    ),
  );
  return rows;
}
