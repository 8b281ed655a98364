// Bench: start-up of the installed `presskit` command (one esbuild bundle on plain Node) against how it
// ran before it was bundled (tsx compiling src/cli/presskit.ts on the fly). Whole processes, timed
// from spawn to exit, on `presskit --version` (start-up alone) and `presskit validate` of the
// built-in bundle (start-up plus a small real task).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { median, timeRuns } from './lib/measure';
import type { BenchRow } from './lib/report';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUNDLED = path.join(ROOT, 'out', 'cli', 'presskit.mjs');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const BUILT_IN = path.join(ROOT, 'resources', 'bundles', 'xiaomi-leica-2022');

const run = (command: string, args: string[]) => () => execFileSync(command, args, { cwd: ROOT, stdio: 'ignore', timeout: 120_000 });

export async function benchCliStartup({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'ignore' });
  const runs = quick ? 3 : 7;
  const rows: BenchRow[] = [];
  for (const [label, args] of [
    ['presskit --version', ['--version']],
    ['presskit validate <built-in bundle>', ['validate', BUILT_IN]],
  ] as const) {
    const ours = median(await timeRuns(runs, run(process.execPath, [BUNDLED, ...args])));
    const tsx = median(await timeRuns(runs, run(TSX, [path.join(ROOT, 'src', 'cli', 'presskit.ts'), ...args])));
    rows.push({
      bench: 'command line',
      case: label,
      metric: 'process start to exit',
      unit: 'ms',
      ours,
      baseline: tsx,
      baselineName: 'tsx src/cli/presskit.ts',
      goal: '< 1×',
      notes: `median of ${runs}; bundled out/cli/presskit.mjs on plain Node ${process.version}`,
    });
  }
  return rows;
}
