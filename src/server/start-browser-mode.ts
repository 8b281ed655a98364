import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findResourcesDir } from '../core/paths';
import { createService } from '../core/service/create-service';
import { confFactory } from '../core/store/conf-factory';
import { startBrowserServer, type RunningServer } from './browser-server';

export interface BrowserModeOptions {
  bundle?: string;
  port?: number;
  dataDir?: string;
  /** Largest request body (tests lower it). */
  maxBodyBytes?: number;
}

/** Starts browser mode: the core service behind the HTTP host, serving the built renderer. */
export interface BrowserMode extends RunningServer {
  /** The requested bundle's error when it could not be opened (the window shows it too). */
  openError: Error | null;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserMode> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const resourcesDir = findResourcesDir(here);
  const appRoot = path.dirname(resourcesDir);
  const staticDir = path.join(appRoot, 'out', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html')))
    throw new Error(`The renderer is not built (${staticDir} is missing): run "npm run build" first.`);
  const { ctx, handlers, openForHost } = createService({
    host: { kind: 'browser' },
    resourcesDir,
    stores: confFactory,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  // A bundle that fails to open is reported to the caller and shown in the window with its problems.
  let openError: Error | null = null;
  if (options.bundle) {
    // A release to import waits for the page as a pending import (takePendingImport); a bundle opens.
    await openForHost(path.resolve(options.bundle)).catch((err: Error) => {
      openError = err;
      ctx.session.fail(err);
    });
  }
  const server = await startBrowserServer({
    handlers,
    staticDir,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  return Object.assign(server, { openError });
}
