import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, _electron as electron, type Browser, type ElectronApplication, type Page } from 'playwright-core';
import { startBrowserMode } from '../../src/server/start-browser-mode';
import type { BrowserMode } from '../../src/server/start-browser-mode';

/** The one place tests start the app: real Chromium for browser mode, real Electron where it exists. */
export const CHROMIUM_PATH = process.env.PRESSKIT_CHROMIUM ?? '/usr/bin/chromium';
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

// Flags for a closed network and a root user (CI runs as root, which needs --no-sandbox).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export function tempDataDir(prefix = 'presskit-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface BrowserModeSession {
  server: BrowserMode;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** Every request the page made, to prove nothing left 127.0.0.1. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts browser mode on a bundle with a fresh data folder and opens it in Chromium with its token. */
export async function openBrowserMode(options: { bundle?: string; dataDir?: string; browser?: Browser } = {}): Promise<BrowserModeSession> {
  const dataDir = options.dataDir ?? tempDataDir();
  const server = await startBrowserMode({ ...(options.bundle ? { bundle: options.bundle } : {}), dataDir });
  const browser = options.browser ?? (await launchChromium());
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.launchUrl);
  return {
    server,
    browser,
    page,
    dataDir,
    requests,
    async close() {
      await context.close();
      if (!options.browser) await browser.close();
      await server.close();
    },
  };
}

/** Path of the Electron binary when one is installed, else null (the electron package downloads it lazily). */
export function electronBinary(): string | null {
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Launches the built desktop app through Playwright's Electron driver. */
export async function launchElectron(
  options: { bundle?: string; dataDir?: string } = {},
): Promise<{ app: ElectronApplication; page: Page }> {
  const binary = electronBinary();
  if (!binary) throw new Error('No Electron binary installed');
  const app = await electron.launch({
    executablePath: binary,
    args: [REPO_ROOT, ...(options.bundle ? [options.bundle] : []), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, PRESSKIT_DATA_DIR: options.dataDir ?? tempDataDir() } as Record<string, string>,
  });
  const page = await app.firstWindow();
  return { app, page };
}
