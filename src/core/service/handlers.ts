import type { ChannelHandlers } from '../../shared/ipc/contract';
import { annotationHandlers } from './annotation-handlers';
import { appHandlers } from './app-handlers';
import { bundleHandlers } from './bundle-handlers';
import type { ServiceContext } from './context';
import { exportHandlers } from './export-handlers';
import { importHandlers, type HostOpener } from './import-handlers';
import { preferenceHandlers } from './preference-handlers';
import { tagHandlers } from './tag-handlers';
import { timelineHandlers } from './timeline-handlers';

/**
 * Every channel of the contract, served by the core services. Hosts (Electron IPC, browser-mode
 * HTTP) call this once and route validated requests to it; each feature area adds its factory here.
 */
export function createHandlers(ctx: ServiceContext, appVersion: string): { handlers: ChannelHandlers; openForHost: HostOpener } {
  const bundles = bundleHandlers(ctx);
  const imports = importHandlers(ctx, bundles);
  const handlers: ChannelHandlers = {
    ...appHandlers(ctx, appVersion),
    ...annotationHandlers(ctx),
    ...bundles,
    ...imports.handlers,
    ...exportHandlers(ctx, appVersion),
    ...preferenceHandlers(ctx),
    ...timelineHandlers(ctx),
    ...tagHandlers(ctx),
  };
  return { handlers, openForHost: imports.openForHost };
}
