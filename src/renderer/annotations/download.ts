/**
 * Saves text as a file through an <a download> on a blob: URL. One code path for both hosts: a
 * browser downloads it, Electron's session does the same (no dialog, no IPC, no network).
 */
export function downloadText(file: { fileName: string; mime: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give it a moment before letting the blob go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
