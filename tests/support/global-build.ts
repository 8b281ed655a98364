import { existsSync } from 'node:fs';
import path from 'node:path';
import { runToEnd } from './child-processes';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * vitest globalSetup: builds what the tests run and a fresh clone lacks, so `npm run test:unit` works
 * without `npm run build` first. The command line is bundled every run (esbuild, about a second);
 * the renderer, which browser-mode tests serve, only when out/renderer is missing (`npm test` and
 * `npm run test:e2e` always build it before the tests).
 */
export default function setup(): void {
  const cli = runToEnd(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (cli.status !== 0) throw new Error('building the command line failed (scripts/build-cli.mjs)');
  if (!existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
    const build = runToEnd(path.join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], {
      cwd: ROOT,
      stdio: 'inherit',
      timeoutMs: 600_000,
    });
    if (build.status !== 0) throw new Error('building the app failed (electron-vite build)');
  }
}
