import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { dataDir as defaultDataDir } from '../paths';
import type { StoreFactory } from '../store/store';
import { BundleSession, NoticeBoard, type HostCapabilities, type ServiceContext } from './context';
import { createHandlers } from './handlers';
import type { HostOpener } from './import-handlers';

export interface ServiceOptions {
  host: HostCapabilities;
  resourcesDir: string;
  stores: StoreFactory;
  dataDir?: string;
  now?: () => Date;
}

/** Builds the context and the handlers of every channel: the one service every host adapts. */
export function createService(options: ServiceOptions): { ctx: ServiceContext; handlers: ChannelHandlers; openForHost: HostOpener } {
  const ctx: ServiceContext = {
    host: options.host,
    dataDir: options.dataDir ?? defaultDataDir(),
    resourcesDir: options.resourcesDir,
    stores: options.stores,
    now: options.now ?? (() => new Date()),
    session: new BundleSession(),
    notices: new NoticeBoard(),
  };
  return { ctx, ...createHandlers(ctx, appVersion(options.resourcesDir)) };
}

function appVersion(resourcesDir: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(resourcesDir, '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
