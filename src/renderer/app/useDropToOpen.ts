import { useEffect, useState } from 'react';
import { droppedFilePath } from '../api/client';
import { useNotify } from './notices';
import type { BundleActions } from './useBundle';

/**
 * Drop a bundle folder, a .presskit file or a release to import (HTML, PDF, DOCX, e-mail…) onto the
 * window to open it. The desktop gets the dropped item's path from the preload and opens it like
 * File → Open. A browser never tells a page where a file is: there a file is sent as bytes (the host
 * tells a bundle from a release by its content), and a folder cannot be opened (the user is told why).
 */
export function useDropToOpen(actions: BundleActions): boolean {
  const notify = useNotify();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser (or Electron) would navigate to the dropped file.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      const path = droppedFilePath(file);
      if (path) return actions.openPath(path);
      const isFolder = e.dataTransfer?.items[0]?.webkitGetAsEntry()?.isDirectory ?? false;
      if (isFolder) return notify({ id: 'drop', tone: 'error', message: 'open.folderInBrowser', values: { name: file.name } });
      actions.openArchiveFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [actions, notify]);
  return dragging;
}
