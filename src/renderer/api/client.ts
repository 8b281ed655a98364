import { dispatchEnvelope } from '../../shared/ipc/client';
import {
  channelNames,
  type ChannelName,
  type Envelope,
  type HostEventName,
  type HostEvents,
  type PresskitApi,
} from '../../shared/ipc/contract';

export interface HostEventsApi {
  on<E extends HostEventName>(name: E, listener: (payload: HostEvents[E]) => void): () => void;
}

/** Desktop only: the path of a dropped file or folder (Electron's webUtils.getPathForFile). */
export interface DroppedFilesApi {
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    presskit?: PresskitApi;
    presskitEvents?: HostEventsApi;
    presskitFiles?: DroppedFilesApi;
  }
}

/** Browser mode's twin of the preload API: the same channels, POSTed to the loopback host. */
function createHttpApi(): PresskitApi {
  const call = async (name: ChannelName, args: unknown[]) => {
    const response = await fetch(`./api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(args),
    });
    if (!response.ok && response.headers.get('content-type')?.startsWith('application/json') !== true)
      throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
    return dispatchEnvelope((await response.json()) as Envelope<unknown>);
  };
  return Object.fromEntries(channelNames.map((name) => [name, (...args: unknown[]) => call(name, args)])) as PresskitApi;
}

const noEvents: HostEventsApi = { on: () => () => undefined };

/** The one API object the renderer uses, whichever host serves it. */
export const api: PresskitApi = window.presskit ?? createHttpApi();
export const hostEvents: HostEventsApi = window.presskitEvents ?? noEvents;
export const isDesktop = window.presskit !== undefined;
/** Where a dropped file is on disk; null in browser mode, where a page cannot know. */
export const droppedFilePath = (file: File): string | null => window.presskitFiles?.pathForFile(file) || null;
