/**
 * Saving a file the way a web page can, in both hosts: an <a download> on a blob: URL. A browser
 * downloads it; Electron's session does the same (no dialog, no IPC, no network).
 */

/** Starts the download and returns the blob: URL, which stays valid until the caller revokes it. */
export function startDownload(fileName: string, blob: Blob): string {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}

/** Downloads a text file (JSON-LD, Markdown, CSV, TimelineJS…) and lets its blob go afterwards. */
export function downloadText(file: { fileName: string; mime: string; content: string }): void {
  const url = startDownload(file.fileName, new Blob([file.content], { type: file.mime }));
  // The download has started from the URL by now; give it a moment before letting the blob go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
