// Bench 3 as table rows: our re-anchoring against approx-string-match alone (Hypothesis' matcher,
// default settings) on the same annotations after random edits. The plain matcher costs ~90 ms per
// annotation on 1 MB here, so it runs on the first `baselineAnnotations` of the set and its time is
// reported per annotation next to ours.
import { runAnchoringBench } from './anchoring';
import type { BenchRow } from './lib/report';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export async function benchAnchoring(options: { quick: boolean }): Promise<BenchRow[]> {
  const opts = options.quick
    ? { annotations: 1000, textBytes: 256 * 1024, editRate: 0.05, seed: 1, baselineAnnotations: 50 }
    : { annotations: 10_000, textBytes: 1024 * 1024, editRate: 0.05, seed: 1, baselineAnnotations: 300 };
  const r = await runAnchoringBench(opts);
  const label = `${opts.annotations} annotations, ${(opts.textBytes / 1024 / 1024).toFixed(2)} MB, ${opts.editRate * 100}% edits`;
  const base = { bench: 'anchoring', case: label, baselineName: 'approx-string-match' };
  const baselineN = Math.min(opts.baselineAnnotations, opts.annotations);
  return [
    {
      ...base,
      metric: 'time per annotation',
      ours: r.ours.ms / opts.annotations,
      baseline: r.baseline.ms / baselineN,
      unit: 'ms',
      goal: '≤ 1×',
      notes: `ours ${(r.ours.ms / 1000).toFixed(1)} s for all ${opts.annotations}; baseline timed on ${baselineN}`,
    },
    {
      ...base,
      metric: 'correct',
      ours: r.ours.reanchoredCorrectly * 100,
      baseline: r.baseline.reanchoredCorrectly * 100,
      unit: '%',
      goal: 'ours ≥ 99%',
      notes: `intact quotes orphaned: ours ${pct(r.ours.orphaned)} / baseline ${pct(r.baseline.orphaned)}; edited quotes orphaned (right): ours ${r.ours.damaged.orphaned}/${r.ours.damaged.total}`,
    },
    {
      ...base,
      metric: 'wrongly attached (wrong or changed words)',
      ours: r.ours.wronglyAttached * 100,
      baseline: r.baseline.wronglyAttached * 100,
      unit: '%',
      goal: 'ours = 0',
      notes: `survived-text annotations re-anchored ${r.ours.survived.correct}/${r.ours.survived.total}`,
    },
  ];
}
