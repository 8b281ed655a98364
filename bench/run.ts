// `npm run bench [-- --quick]`: every speed goal, measured side by side with the engine a user would
// otherwise use, in one run on this machine. Prints one table and writes it as JSON to bench/results/.
import { benchAnchoring } from './anchoring-rows';
import { benchAnnotationChanges } from './annotation-changes';
import { benchLinearInputs } from './linear-inputs';
import { benchBundleLoading } from './bundle-loading';
import { benchCliStartup } from './cli-startup';
import { benchExport, benchExportScripts } from './export';
import { benchImport } from './import';
import { benchReader } from './reader-time-to-content';
import { benchTimeline } from './timeline-dates';
import { formatTable, writeResults, type BenchRow } from './lib/report';
import { machine } from './lib/measure';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

type Bench = { name: string; run: (options: { quick: boolean }) => Promise<BenchRow[]> };
const benches: Bench[] = [
  { name: 'export', run: benchExport },
  { name: 'export-scripts', run: benchExportScripts },
  // Quick mode keeps the 100× bundle (the case the goal is about): median of 3 runs, one scroll pass.
  {
    name: 'reader',
    run: ({ quick }) => benchReader({ runs: quick ? 3 : 5, scale: 100, documents: 20, ...(quick ? { scrollRuns: 1 } : {}) }),
  },
  { name: 'anchoring', run: benchAnchoring },
  { name: 'changes', run: benchAnnotationChanges },
  { name: 'linear', run: benchLinearInputs },
  { name: 'loading', run: benchBundleLoading },
  { name: 'cli', run: benchCliStartup },
  { name: 'timeline', run: benchTimeline },
  { name: 'import', run: benchImport },
];

const info = machine();
console.log(`presskit bench (${quick ? 'quick' : 'full'}) — ${info.cpu}, ${info.cores} cores, Node ${info.node}, ${info.date}`);
const rows: BenchRow[] = [];
for (const bench of benches) {
  if (only && bench.name !== only) continue;
  const t0 = performance.now();
  rows.push(...(await bench.run({ quick })));
  console.log(`  ${bench.name}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
console.log('\n' + formatTable(rows) + '\n');
console.log(`results written to ${writeResults(rows, quick ? 'quick' : 'full')}`);
