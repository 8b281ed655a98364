import { useCallback, useEffect, useRef, useState } from 'react';
import { PresskitError, formatProblem } from '../../shared/errors';
import type { ExportRequest, ExportResult } from '../../shared/ipc/channels/export';
import { api, isDesktop } from '../api/client';
import { base64ToBytes } from '../app/base64';
import { startDownload } from '../app/download';

export type ExportRun =
  | { phase: 'idle' }
  | { phase: 'working' }
  /** Desktop: the user closed the save dialog. */
  | { phase: 'cancelled' }
  /** Desktop: savedPath set; browser mode: downloadUrl is the PDF the sheet just offered. */
  | { phase: 'done'; result: ExportResult; downloadUrl?: string; revealFailed?: boolean }
  | { phase: 'failed'; message: string; problems: string[] };

/** A service error as the user reads it: the PresskitError's message and each problem on its own line. */
function describe(err: unknown): { message: string; problems: string[] } {
  if (err instanceof PresskitError) return { message: err.message, problems: err.problems.map(formatProblem) };
  return { message: err instanceof Error ? err.message : String(err), problems: [] };
}

/** Starts a browser download of the PDF the service returned; the URL stays for the sheet's "download again" link. */
function offerDownload(result: ExportResult): string {
  return startDownload(result.fileName, new Blob([base64ToBytes(result.bytesBase64 ?? '')], { type: 'application/pdf' }));
}

function forget(url: { current: string | null }): void {
  if (url.current) URL.revokeObjectURL(url.current);
  url.current = null;
}

/**
 * One export at a time: desktop asks where to save (inside exportPdf) and can reveal the file;
 * browser mode downloads it. A result that arrives after the sheet closed is dropped.
 */
export function useExportRun() {
  const [run, setRun] = useState<ExportRun>({ phase: 'idle' });
  const mounted = useRef(true);
  const downloadUrl = useRef<string | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      forget(downloadUrl);
    };
  }, []);

  const start = useCallback(async (request: ExportRequest) => {
    setRun({ phase: 'working' });
    try {
      const result = await api.exportPdf(request);
      if (!mounted.current) return;
      if (result.cancelled) return setRun({ phase: 'cancelled' });
      if (isDesktop || result.bytesBase64 === undefined) return setRun({ phase: 'done', result });
      forget(downloadUrl);
      downloadUrl.current = offerDownload(result);
      setRun({ phase: 'done', result, downloadUrl: downloadUrl.current });
    } catch (err) {
      if (mounted.current) setRun({ phase: 'failed', ...describe(err) });
    }
  }, []);

  const reveal = useCallback(async () => {
    if (run.phase !== 'done' || !run.result.savedPath) return;
    const shown = await api.revealExportedPdf({ path: run.result.savedPath }).then(
      (r) => r.shown,
      () => false,
    );
    if (mounted.current) setRun({ ...run, revealFailed: !shown });
  }, [run]);

  return { run, start, reveal };
}
