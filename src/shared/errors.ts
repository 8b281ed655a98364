/**
 * Typed errors that cross every boundary (IPC, HTTP, CLI) intact. Each names the file and the field
 * (a JSON pointer) at fault, so a user can fix their bundle without reading a stack trace.
 */
export type ErrorCode =
  | 'BUNDLE_NOT_FOUND'
  | 'BUNDLE_INVALID'
  | 'BUNDLE_UNSAFE'
  | 'SCHEMA_VERSION_UNSUPPORTED'
  | 'ARGUMENT_INVALID'
  | 'SENDER_REJECTED'
  | 'NO_BUNDLE_OPEN'
  | 'STORE_CORRUPT'
  /** A file could not be read or written (permissions, read-only disk, a name too long, not a regular file). */
  | 'FILE_IO'
  | 'IMPORT_INVALID'
  | 'EXPORT_FAILED'
  | 'NOT_AVAILABLE'
  | 'INTERNAL';

export interface Problem {
  /** File inside the bundle (or on disk) the problem is in, e.g. "presskit.json". */
  file: string;
  /** JSON pointer to the field, e.g. "/quotes/1/speakerId"; "" for the file as a whole. */
  pointer: string;
  message: string;
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  problems?: Problem[];
}

export class PresskitError extends Error {
  override readonly name = 'PresskitError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }

  toJSON(): SerializedError {
    return this.problems.length
      ? { code: this.code, message: this.message, problems: this.problems }
      : { code: this.code, message: this.message };
  }

  static from(serialized: SerializedError): PresskitError {
    return new PresskitError(serialized.code, serialized.message, serialized.problems ?? []);
  }
}

/** "presskit.json#/quotes/1/speakerId: unknown person "lei-jun2"" */
export function formatProblem(p: Problem): string {
  return `${p.file}#${p.pointer}: ${p.message}`;
}

/** Any thrown value to a SerializedError, keeping our own codes and hiding nothing of the message. */
export function serializeError(err: unknown): SerializedError {
  if (err instanceof PresskitError) return err.toJSON();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message };
}
