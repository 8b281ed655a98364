// Inputs that used to take quadratic time, timed at two sizes: linear work takes about 2× as long at
// 2× the size (quadratic, 4×). Baseline column: the same input at half the size.
import { parseTimelineJs } from '../src/core/timeline/timelinejs-import';
import { median, timeRuns } from './lib/measure';
import type { BenchRow } from './lib/report';

const identicalEvents = (n: number) =>
  JSON.stringify({
    events: Array.from({ length: n }, () => ({ start_date: { year: '2022', month: '5' }, text: { headline: 'Xiaomi and Leica' } })),
  });

export async function benchLinearInputs(options: { quick: boolean }): Promise<BenchRow[]> {
  const runs = options.quick ? 1 : 3;
  const time = async (n: number) => median(await timeRuns(runs, () => parseTimelineJs(identicalEvents(n), { language: 'en' })));
  const half = await time(10_000);
  const full = await time(20_000);
  return [
    {
      bench: 'linear inputs',
      case: 'TimelineJS import, 20,000 identical events (baseline: 10,000)',
      metric: 'time',
      ours: full,
      baseline: half,
      baselineName: 'same at half the size',
      unit: 'ms',
      goal: 'ratio ≈ 2 (linear), was 57 s',
      notes: `${(full / 20_000).toFixed(3)} ms per event`,
    },
  ];
}
