import path from 'node:path';
import { writeFile } from 'atomically';
import { PresskitError } from '../shared/errors';
import type { CliIo } from './io';

/**
 * Writes a command's output file whole or not at all (a temporary file, fsynced, then renamed — the
 * store's own writer, `atomically`), so an interrupted export never leaves half a PDF over the last good
 * one. Returns the absolute path; a failure is EXPORT_FAILED naming the file.
 */
export async function writeOutputFile(io: CliIo, output: string, data: string | Uint8Array): Promise<string> {
  const target = path.resolve(io.cwd, output);
  try {
    await writeFile(target, data, typeof data === 'string' ? { encoding: 'utf8' } : {});
  } catch (err) {
    const message = (err as Error).message;
    throw new PresskitError('EXPORT_FAILED', `Cannot write ${target}: ${message}`, [{ file: target, pointer: '', message }]);
  }
  return target;
}

/** Prints text output to stdout when no file is named, else writes it with writeOutputFile. */
export async function writeTextOutput(io: CliIo, output: string | undefined, content: string): Promise<string | null> {
  if (output === undefined) {
    io.out(content.replace(/\r?\n$/, ''));
    return null;
  }
  return writeOutputFile(io, output, content);
}
