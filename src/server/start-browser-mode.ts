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
}

/** Starts browser mode: the core service behind the HTTP host, serving the built renderer. */
export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<RunningServer> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const resourcesDir = findResourcesDir(here);
  const appRoot = path.dirname(resourcesDir);
  const staticDir = path.join(appRoot, 'out', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html')))
    throw new Error(`The renderer is not built (${staticDir} is missing): run "npm run build" first.`);
  const { handlers } = createService({
    host: { kind: 'browser' },
    resourcesDir,
    stores: confFactory,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  // Open the requested bundle before serving so a bad one fails here, with its problems listed.
  if (options.bundle) await handlers.openBundle({ path: path.resolve(options.bundle) });
  else await handlers.getCurrentBundle();
  return startBrowserServer({ handlers, staticDir, ...(options.port !== undefined ? { port: options.port } : {}) });
}
