import { APP_VERSION } from '../core/export/version';
import { EXIT, processIo, reportError, UsageError, type CliIo, type Command } from './io';
import { annotationsCommand } from './commands/annotations';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { ninjsCommand } from './commands/ninjs';
import { serveCommand } from './commands/serve';
import { timelineCommand } from './commands/timeline';
import { validateCommand } from './commands/validate';

/** The public command line. Each subcommand is a thin adapter over the core services. */
export const commands: Command[] = [
  validateCommand,
  serveCommand,
  exportCommand,
  annotationsCommand,
  timelineCommand,
  importCommand,
  ninjsCommand,
];

function help(io: CliIo): void {
  io.out('Usage: presskit <command> [options]\n');
  for (const c of commands) io.out(`  ${c.name.padEnd(12)} ${c.summary}`);
  io.out('\n"presskit <command> --help" shows a command\'s usage; "presskit --version" the version.');
}

function commandHelp(io: CliIo, command: Command): void {
  io.out(`presskit ${command.name}: ${command.summary}\n`);
  io.out(`Usage: ${command.usage}`);
}

const wantsHelp = (args: string[]): boolean => args.includes('--help') || args.includes('-h');

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(APP_VERSION);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    help(io);
    return name ? EXIT.ok : EXIT.usage;
  }
  const commandName = name === 'help' ? rest[0] : name;
  const command = commands.find((c) => c.name === commandName);
  try {
    if (!command) throw new UsageError(`unknown command "${commandName}"`);
    if (name === 'help' || wantsHelp(rest)) {
      commandHelp(io, command);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (err) {
    return reportError(io, err);
  }
}

/** Runs the command line on this process's arguments and sets its exit code. */
export function runFromCommandLine(): void {
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

// Run when executed directly with tsx (src/cli/presskit.ts), not when imported by tests; the
// installed command's entry is src/cli/bin.ts.
if (process.argv[1] && /presskit\.ts$/.test(process.argv[1])) runFromCommandLine();
