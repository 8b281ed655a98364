import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { RecentBundle } from '../shared/ipc/channels/bundle';
import type { HostEvents } from '../shared/ipc/contract';
import { sendHostEvent } from './ipc';

export interface MenuActions {
  openBundle(): void;
  openRecent(path: string): void;
  openBuiltIn(): void;
}

/** The native menu. Commands the renderer owns (export sheet, find, help) are sent as typed host events. */
export function buildMenu(win: BrowserWindow, recent: RecentBundle[], actions: MenuActions, isDev: boolean): Menu {
  const command = (c: HostEvents['menuCommand']['command']) => () => sendHostEvent(win.webContents, 'menuCommand', { command: c });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Open Bundle…', accelerator: 'CmdOrCtrl+O', click: () => actions.openBundle() },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((r) => ({ label: `${r.title} — ${r.path}`, click: () => actions.openRecent(r.path) }))
            : [{ label: 'No recent bundles', enabled: false }],
        },
        { label: 'Open Built-in Xiaomi–Leica Bundle', click: () => actions.openBuiltIn() },
        { type: 'separator' },
        { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', click: command('export-pdf') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [{ role: 'copy' }, { role: 'selectAll' }, { type: 'separator' }, { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: command('find') }],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Toggle Dark Theme', click: command('toggle-theme') },
        { role: 'togglefullscreen' },
        ...(isDev ? ([{ type: 'separator' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    { label: 'Help', submenu: [{ label: 'Keyboard Shortcuts', accelerator: 'F1', click: command('show-shortcuts') }] },
  ];
  return Menu.buildFromTemplate(template);
}
