import { importError } from './errors';

/**
 * What the importer reads at most, and for how long. A press release is a few pages: these bounds are
 * generous for real releases and refuse what would exhaust memory or hang the app.
 */
export const IMPORT_BUDGET = {
  /** Any file given to the importer (PDF, DOCX, e-mail, zip). */
  maxFileBytes: 64 * 1024 * 1024,
  /** Text formats (HTML, Markdown, text, ninjs JSON): a 50 MB "web page" is refused, not parsed. */
  maxTextBytes: 16 * 1024 * 1024,
  /** PDF pages read (a 100-page release is read in full). */
  maxPdfPages: 500,
  /** Entries of a zip that are read as documents. */
  maxZipDocuments: 50,
  /** One reader's wall-clock time. */
  readerTimeoutMs: 60_000,
} as const;

/** Refuses a file over the budget before any parser sees it. */
export function checkSize(file: string, bytes: number, max: number): void {
  if (bytes === 0) throw importError(file, 'the file is empty');
  if (bytes > max) throw importError(file, `is ${mb(bytes)}, over the import limit of ${mb(max)}`);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Rejects with a typed error when `work` outlives its budget; `onTimeout` cancels what can be
 * cancelled (a PDF loading task). Synchronous parsing cannot be interrupted in-thread, so the size
 * budget bounds it; the timeout stops asynchronous readers (PDF pages, zip streams, mail parsing).
 */
export async function withTimeout<T>(file: string, ms: number, work: Promise<T>, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(importError(file, `reading took longer than ${ms / 1000} s and was stopped`));
    }, ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
