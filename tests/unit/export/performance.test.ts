import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, renderPressKit } from '../../../src/core/export';
import { REPO_ROOT } from '../../support/launch';
import { sampleKitInput } from './fixtures';
import { FIXED_NOW } from './pdf-tools';

function measure(pages: number): { pages: number; bytes: number; ms: number; maxRssMB: number } {
  const r = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), [path.join(import.meta.dirname, 'measure-export.ts'), String(pages)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { pages: number; bytes: number; ms: number; maxRssMB: number };
}

// Budgets with headroom for a loaded two-core machine; the figures measured are printed.
describe('export speed and memory', () => {
  it('exports the built-in kit in well under 200 ms once the fonts are loaded', async () => {
    const { bundle, highlights } = await sampleKitInput();
    const options = { paper: 'a4' as const, sections: ALL_SECTIONS, includeComments: true, highlights, now: FIXED_NOW };
    await renderPressKit(bundle, options);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await renderPressKit(bundle, options);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`built-in kit: fastest ${times[0]!.toFixed(1)} ms, median ${times[2]!.toFixed(1)} ms over 5 runs`);
    // The fastest run: the other test files share the two cores, and a busy neighbour is not the export's cost.
    expect(times[0]).toBeLessThan(200);
  });

  it('exports a ~300-page kit in a few seconds within a few hundred MB', () => {
    const small = measure(0);
    const big = measure(300);
    console.log(`built-in kit, fresh process: ${JSON.stringify(small)}; generated kit: ${JSON.stringify(big)}`);
    expect(big.pages).toBeGreaterThanOrEqual(280);
    expect(big.ms).toBeLessThan(5000);
    // The process peak includes tsx and the loaded modules (the built-in export alone peaks at `small`).
    expect(big.maxRssMB).toBeLessThan(500);
    expect(big.maxRssMB - small.maxRssMB).toBeLessThan(250);
  });
});
