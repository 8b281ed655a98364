import path from 'node:path';
import { writeOutputFile } from '../core/output/write-output-file';
import type { CliIo } from './io';

/** Writes a command's output file (whole or not at all, see writeOutputFile); returns its absolute path. */
export async function writeCommandOutput(io: CliIo, output: string, data: string | Uint8Array): Promise<string> {
  const target = path.resolve(io.cwd, output);
  await writeOutputFile(target, data);
  return target;
}

/** Prints text output to stdout when no file is named, else writes the file. */
export async function writeTextOutput(io: CliIo, output: string | undefined, content: string): Promise<string | null> {
  if (output === undefined) {
    io.out(content.replace(/\r?\n$/, ''));
    return null;
  }
  return writeCommandOutput(io, output, content);
}
