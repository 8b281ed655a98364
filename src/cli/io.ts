import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblem, PresskitError } from '../shared/errors';
import { fileError } from '../core/store/file-errors';

/** Exit codes of the public command line. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  env: process.env,
  cwd: process.cwd(),
};

/**
 * Prints a typed error the way every command does: the message, then one line per problem. A file-system
 * error becomes the typed error naming its file; anything else (a bug) is named in one line, exit 1,
 * never a stack trace.
 */
export function reportError(io: CliIo, thrown: unknown): number {
  const err = fileError(thrown instanceof Error && 'path' in thrown ? String(thrown.path) : 'a file', thrown);
  if (err instanceof UsageError) {
    io.err(`presskit: ${err.message}`);
    io.err(`Run "presskit help" for usage.`);
    return EXIT.usage;
  }
  if (err instanceof PresskitError) {
    io.err(`presskit: ${err.message}`);
    for (const p of err.problems) io.err(`  ${formatProblem(p)}`);
    return EXIT.invalid;
  }
  const name = err instanceof Error ? err.name : typeof err;
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 500);
  io.err(`presskit: internal error (${name}): ${message}`);
  io.err('  This is a bug in presskit, not in your files; please report it with the command you ran.');
  return EXIT.invalid;
}

/** One subcommand of `presskit`. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Parses a subcommand's arguments strictly; an unknown or malformed option is a usage error (exit 2) naming the command. */
export function parseCommandArgs<O extends OptionSpecs>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message}`);
  }
}

/**
 * A language option checked before any work: one of `known` (the languages the output can be written
 * in), else a usage error (exit 2) that lists them.
 */
export function languageOption<L extends string>(command: string, value: string | undefined, known: readonly L[]): L | undefined {
  if (value === undefined) return undefined;
  const tag = value.toLowerCase();
  const match = known.find((k) => k === tag);
  if (!match) throw new UsageError(`${command}: unknown language "${value}"; known: ${known.join(', ')}`);
  return match;
}
