/** Limits that keep a hostile or broken bundle from exhausting memory or disk. */
export interface BundleLimits {
  /** Most entries a .presskit archive may hold. */
  maxEntries: number;
  /** Largest single file, uncompressed, in bytes. */
  maxFileBytes: number;
  /** Largest total of all files, uncompressed, in bytes. */
  maxTotalBytes: number;
  /** Highest uncompressed/compressed ratio for an entry larger than 1 MiB (zip bombs). */
  maxCompressionRatio: number;
  /**
   * Largest total of the documents' text files, in bytes, counting a file once per document that
   * names it: every document's text is kept in memory, parsed, and sent to the window.
   */
  maxDocumentBytes: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxEntries: 10_000,
  maxFileBytes: 200 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxDocumentBytes: 64 * 1024 * 1024,
};
