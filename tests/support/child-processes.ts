import { spawn, spawnSync, type ChildProcess, type SpawnOptions, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';

/**
 * Every child process a test starts goes through here: each gets its own process group, so that
 * killing it kills what it started too (tsx, a shell, a browser), and every one still running is
 * killed when the test file ends (tests/support/test-setup.ts) or the test process exits.
 */
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone: nothing to do.
  }
}

/** Starts a child in its own process group; it is killed with its children at the end of the file at the latest. */
export function startChild(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Kills a child started by startChild, with its whole process group, and waits for it to be gone. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child);
  await gone;
}

export function killAllChildren(): void {
  for (const child of running) killGroup(child);
  running.clear();
}

process.once('exit', killAllChildren);

/**
 * Runs a program that starts no children of its own to completion (qpdf, pdftotext, node on one
 * file), with a time limit after which it is killed: a hung tool fails its test instead of the run.
 */
export function runToEnd(
  command: string,
  args: readonly string[],
  options: Omit<SpawnSyncOptions, 'encoding'> & { timeoutMs?: number } = {},
): { status: number | null; stdout: string; stderr: string; error?: Error } {
  const { timeoutMs = 120_000, ...rest } = options;
  const r = spawnSync(command, args, {
    maxBuffer: 256 * 1024 * 1024,
    ...rest,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ...(r.error ? { error: r.error } : {}) };
}

/** Node with tsx as an in-process loader: one process (the tsx CLI would start a second one). */
export const NODE_WITH_TSX = [process.execPath, '--import', 'tsx'] as const;

/** The command line as users run it: one bundled file on plain Node (built by tests/support/global-build.ts). */
export const BUNDLED_CLI = path.resolve(import.meta.dirname, '../../out/cli/presskit.mjs');
