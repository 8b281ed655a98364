/** What an import did with each item of the file, and why (the CLI prints it, the UI shows it). */
export interface ImportReport {
  file: string;
  /** Stored and placed on the current text. */
  added: { index: number; id: string; documentId: string; quote: string; method: 'position' | 'quote' | 'fuzzy'; notes: string[] }[];
  /**
   * Their quote cannot be placed. `stored: true`: ours (they name a document of this bundle), kept and
   * shown as orphaned; `stored: false`: another tool's, whose quote this bundle does not contain.
   */
  orphaned: { index: number; id: string; quote: string; reason: string; stored: boolean }[];
  duplicates: { index: number; id: string; reason: string }[];
  rejected: { index: number; reason: string }[];
  /** About the file as a whole. */
  warnings: string[];
}
