import { app, BrowserWindow, dialog, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, findResourcesDir } from '../core/paths';
import type { HostCapabilities } from '../core/service/context';
import { createService } from '../core/service/create-service';
import { APP_ENTRY_URL, handleAppScheme, registerAppScheme } from './app-protocol';
import { electronStoreFactory } from './electron-store-factory';
import { sendHostEvent, serveContract } from './ipc';
import { buildMenu } from './menu';
import { importerLabels, menuLabels } from './menu-labels';
import { OpenRequests } from './open-requests';
import { makeSenderCheck } from './ipc/sender';
import { hardenWebContents } from './security';
import { secureWebPreferences } from './web-preferences';
import { windowStateStore } from './window-state';

// The desktop host: a thin adapter that gives the core service native dialogs, a menu and a window.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
// Only an unpackaged app (`npm run dev`) may load its page from the dev server.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isDev = devServerUrl !== undefined;
/** Exactly the page the window loads (served from the app's own scheme): navigation and IPC are allowed for it alone. */
const appUrl = devServerUrl ?? APP_ENTRY_URL;
let mainWindow: BrowserWindow | null = null;
// Registered before ready, as Electron requires (and macOS may send 'open-file' before ready too).
registerAppScheme(protocol);
const openRequests = new OpenRequests(app);
/** What File → Open offers besides folders: bundles and every format the importer reads (it also checks content). */
const IMPORTABLE_EXTENSIONS = ['presskit', 'zip', 'html', 'htm', 'xhtml', 'pdf', 'docx', 'eml', 'md', 'markdown', 'txt', 'json'];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setPath('userData', dataDir());
  void app.whenReady().then(start);
}

/** A bundle path given on the command line (`electron . path/to/bundle`), if any. */
function bundleArg(argv: string[]): string | undefined {
  return argv.slice(app.isPackaged ? 1 : 2).find((a) => !a.startsWith('-') && a !== '.');
}

async function start(): Promise<void> {
  hardenWebContents({ app, openExternal: (url) => shell.openExternal(url), appUrl });
  // The reader needs no device, notification or clipboard-read permission: refuse every request and check.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const host: HostCapabilities = {
    kind: 'electron',
    async pickBundlePath() {
      const labels = await currentLabels();
      const result = await dialog.showOpenDialog(mainWindow!, {
        title: labels.openDialogTitle,
        properties: ['openFile', 'openDirectory'],
        filters: [{ name: labels.bundleFiles, extensions: ['presskit', 'zip'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickImportablePath() {
      const labels = await currentLabels();
      const importer = importerLabels((await handlers.getPreferences()).interfaceLanguage, app.getLocale());
      const result = await dialog.showOpenDialog(mainWindow!, {
        title: labels.openDialogTitle,
        // Windows and Linux dialogs pick files or folders, not both: there a folder bundle opens from
        // Open Recent, a drop or the command line; macOS offers both.
        properties: process.platform === 'darwin' ? ['openFile', 'openDirectory'] : ['openFile'],
        filters: [
          { name: importer.dialogFiles, extensions: IMPORTABLE_EXTENSIONS },
          { name: labels.bundleFiles, extensions: ['presskit', 'zip'] },
        ],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openExternal: (url) => shell.openExternal(url),
    async pickSavePath(suggestedName, filters) {
      const result = await dialog.showSaveDialog(mainWindow!, { defaultPath: suggestedName, filters });
      return result.canceled ? null : (result.filePath ?? null);
    },
    showItemInFolder: (p) => shell.showItemInFolder(p),
  };
  const resourcesDir = findResourcesDir(app.getAppPath());
  const stores = electronStoreFactory;
  const { ctx, handlers, openForHost } = createService({ host, resourcesDir, stores, dataDir: dataDir() });
  // The window's page comes with the bundle's first document in it, as browser mode sends it (the bundle
  // the window would fetch first: the open one, else the built-in one; none after a failed open).
  handleAppScheme(protocol, rendererDir, async () => ({
    bundle: await handlers.getCurrentBundle().catch(() => null),
    preferences: await handlers.getPreferences(),
  }));
  // A path the host opens itself (menu, command line, second instance): a bundle opens (bundleChanged
  // tells the window); an imported release waits for the window, which is told to fetch it.
  const openFromHost = async (location: string) => {
    const outcome = await openForHost(location);
    if (outcome.kind === 'import' && mainWindow)
      sendHostEvent(mainWindow.webContents, 'importReady', { sessionId: outcome.draft.sessionId });
  };
  const pickAndOpenFromHost = async () => {
    const picked = await host.pickImportablePath?.();
    if (picked) await openFromHost(picked);
  };
  // The menu and dialogs follow the interface language: rebuilt when the user changes it.
  const currentLabels = async () => menuLabels((await handlers.getPreferences()).interfaceLanguage, app.getLocale());
  const served = {
    ...handlers,
    setPreferences: async (patch: Parameters<typeof handlers.setPreferences>[0]) => {
      const saved = await handlers.setPreferences(patch);
      if (patch.interfaceLanguage !== undefined) void refreshMenu();
      return saved;
    },
  };
  serveContract(
    served,
    makeSenderCheck(() => mainWindow?.webContents ?? null, appUrl),
  );

  const showOpenError = async (err: Error) => dialog.showErrorBox((await currentLabels()).cannotOpen, err.message);
  const refreshMenu = async () => {
    if (!mainWindow) return;
    const { recent } = await handlers.listRecentBundles();
    const labels = await currentLabels();
    const open = (p: string) => void handlers.openBundle({ path: p }).catch(showOpenError);
    const actions = {
      openBundle: () => void pickAndOpenFromHost().catch(showOpenError),
      openRecent: open,
      openBuiltIn: () => void handlers.openBuiltInBundle().catch(showOpenError),
    };
    Menu.setApplicationMenu(buildMenu(mainWindow, recent, actions, isDev, labels));
  };
  ctx.session.onChange((bundle) => {
    if (mainWindow) sendHostEvent(mainWindow.webContents, 'bundleChanged', { bundleId: bundle.manifest.id });
    void refreshMenu();
  });

  // The file the system asked us to open, else the bundle named on the command line, else the last
  // one opened, else the built-in one.
  const initial = openRequests.takeFirst() ?? bundleArg(process.argv) ?? (await handlers.listRecentBundles()).recent[0]?.path;
  // A bad bundle is not swapped silently for another: the window shows its problems and offers the built-in one.
  if (initial) await openFromHost(path.resolve(initial)).catch((err: Error) => ctx.session.fail(err));

  const state = windowStateStore(stores, ctx.dataDir, (notice) => ctx.notices.push(notice));
  const { bounds, maximized } = state.initial();
  mainWindow = new BrowserWindow({
    ...(bounds ?? { width: 1280, height: 860 }),
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Press-kit Viewer',
    webPreferences: secureWebPreferences(path.join(here, '../preload/index.cjs')),
  });
  state.track(mainWindow);
  if (maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  await refreshMenu();

  // A second `presskit-viewer <bundle>` hands its arguments here; a relative path is relative to
  // where that second instance was started, not to this one.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    const requested = argv.slice(1).find((a) => !a.startsWith('-') && a !== '.');
    if (requested) openRequests.push(path.resolve(workingDirectory, requested));
  });
  openRequests.listen((file) => {
    mainWindow?.show();
    void openFromHost(path.resolve(file)).catch(showOpenError);
  });
  app.on('window-all-closed', () => app.quit());

  await mainWindow.loadURL(appUrl);
}
