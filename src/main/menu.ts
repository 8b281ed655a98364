import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { RecentBundle } from '../shared/ipc/channels/bundle';
import type { HostEvents } from '../shared/ipc/contract';
import { sendHostEvent } from './ipc';
import type { MenuLabels } from './menu-labels';

export interface MenuActions {
  openBundle(): void;
  openRecent(path: string): void;
  openBuiltIn(): void;
}

/** The native menu, in the interface language. Commands the renderer owns (export sheet, find, help) are sent as typed host events. */
export function buildMenu(win: BrowserWindow, recent: RecentBundle[], actions: MenuActions, isDev: boolean, labels: MenuLabels): Menu {
  const command = (c: HostEvents['menuCommand']['command']) => () => sendHostEvent(win.webContents, 'menuCommand', { command: c });
  const template: MenuItemConstructorOptions[] = [
    {
      label: labels.file,
      submenu: [
        { label: labels.openBundle, accelerator: 'CmdOrCtrl+O', click: () => actions.openBundle() },
        {
          label: labels.openRecent,
          submenu: recent.length
            ? recent.map((r) => ({ label: `${r.title} — ${r.path}`, click: () => actions.openRecent(r.path) }))
            : [{ label: labels.noRecent, enabled: false }],
        },
        { label: labels.openBuiltIn, click: () => actions.openBuiltIn() },
        { type: 'separator' },
        { label: labels.exportPdf, accelerator: 'CmdOrCtrl+E', click: command('export-pdf') },
        { type: 'separator' },
        { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'copy', label: labels.copy },
        { role: 'selectAll', label: labels.selectAll },
        { type: 'separator' },
        { label: labels.find, accelerator: 'CmdOrCtrl+F', click: command('find') },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'resetZoom', label: labels.resetZoom },
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        { type: 'separator' },
        { label: labels.toggleDarkTheme, click: command('toggle-theme') },
        { role: 'togglefullscreen', label: labels.toggleFullScreen },
        ...(isDev ? ([{ type: 'separator' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    { label: labels.help, submenu: [{ label: labels.keyboardShortcuts, accelerator: 'F1', click: command('show-shortcuts') }] },
  ];
  return Menu.buildFromTemplate(template);
}
