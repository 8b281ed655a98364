#!/usr/bin/env node
import { EXIT, processIo, reportError, UsageError, type CliIo, type Command } from './io';
import { annotationsCommand } from './commands/annotations';
import { exportCommand } from './commands/export';
import { serveCommand } from './commands/serve';
import { timelineCommand } from './commands/timeline';
import { validateCommand } from './commands/validate';

/** The public command line. Each subcommand is a thin adapter over the core services. */
export const commands: Command[] = [validateCommand, serveCommand, exportCommand, annotationsCommand, timelineCommand];

function help(io: CliIo): void {
  io.out('Usage: presskit <command> [options]\n');
  for (const c of commands) io.out(`  ${c.usage.padEnd(64)} ${c.summary}`);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command.run(rest, io);
  } catch (err) {
    return reportError(io, err);
  }
}

// Run when executed directly (npm run presskit / tsx), not when imported by tests.
if (process.argv[1] && /presskit\.(ts|js|mjs)$/.test(process.argv[1])) {
  // A failure outside a command's own flow (a callback, a stream) is still one named line, exit 1.
  process.on('uncaughtException', (err) => process.exit(reportError(processIo, err) || 1));
  main(process.argv.slice(2)).then(
    (code) => {
      // serve keeps the process alive through its server; everything else exits now.
      if (code !== -1) process.exitCode = code;
    },
    (err: unknown) => {
      process.exitCode = reportError(processIo, err) || 1;
    },
  );
}
