import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { openStoreOrMemory, type StoreFactory } from '../core/store/store';

const WindowState = z.object({
  bounds: z.object({ x: z.number(), y: z.number(), width: z.number().min(400), height: z.number().min(300) }).nullable(),
  maximized: z.boolean(),
});
type WindowState = z.infer<typeof WindowState>;

/**
 * Remembers the main window's size and position between runs (electron-store). A file it cannot use
 * gives the default size, never a window that fails to open; `notify` tells the user why.
 */
export function windowStateStore(stores: StoreFactory, dataDir: string, notify: (notice: string) => void) {
  const store = openStoreOrMemory(stores, dataDir, {
    name: 'window-state',
    version: 1,
    schema: WindowState,
    defaults: (): WindowState => ({ bounds: null, maximized: false }),
  });
  store.notices.forEach(notify);
  return {
    initial(): { bounds: Rectangle | null; maximized: boolean } {
      return store.read();
    },
    track(win: BrowserWindow): void {
      const save = () => {
        if (win.isDestroyed()) return;
        store.write({ bounds: win.isMaximized() ? store.read().bounds : win.getBounds(), maximized: win.isMaximized() });
      };
      win.on('resized', save);
      win.on('moved', save);
      win.on('close', save);
    },
  };
}
