#!/usr/bin/env node
// `npm start`: build, then open the desktop app on the built-in bundle (or the bundle given after
// `--`). Where no Electron binary can be had (no network to GitHub, or no display), say so in one
// line and start browser mode instead, which prints the local URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const build = spawnSync(npx, ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

/** The installed Electron binary, or null. (The electron package keeps its name in path.txt.) */
function installedBinary() {
  if (!existsSync(path.join(electronDir, 'path.txt'))) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Installed binary, else let the electron package's own installer try once (quietly); else the reason. */
function electronBinary() {
  const found = installedBinary();
  if (found) return found;
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 300_000 });
  const again = installedBinary();
  if (again) return again;
  const firstError = `${install.stderr ?? ''}`
    .split('\n')
    .find((l) => /error|fail/i.test(l))
    ?.trim();
  return { error: firstError || `installer exited with ${install.status}` };
}

const binary = electronBinary();
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
let reason = null;
if (typeof binary !== 'string') reason = `the Electron binary is not installed and could not be downloaded (${binary.error})`;
else if (headless) reason = 'there is no display to open a window on';

const run = (command, commandArgs) => {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
};

if (reason === null) {
  run(binary, ['.', ...args]);
} else {
  console.log(`Desktop window unavailable: ${reason}; starting browser mode instead.`);
  run(npx, ['tsx', 'src/cli/presskit.ts', 'serve', ...args]);
}
