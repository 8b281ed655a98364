import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { dispatchEnvelope } from '../shared/ipc/client';
import {
  channelNames,
  hostEventNames,
  ipcChannel,
  ipcEventChannel,
  type ChannelName,
  type Envelope,
  type HostEventName,
  type HostEvents,
  type PresskitApi,
} from '../shared/ipc/contract';

/**
 * The renderer's only door to the host: one function per contract channel (never a generic
 * "send any channel"), plus a typed event subscription for the host's fixed set of events.
 */
const api = Object.fromEntries(
  channelNames.map((name: ChannelName) => [
    name,
    (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(name), ...args).then((e: Envelope<unknown>) => dispatchEnvelope(e)),
  ]),
) as PresskitApi;

const events = {
  on<E extends HostEventName>(name: E, listener: (payload: HostEvents[E]) => void): () => void {
    if (!hostEventNames.includes(name)) throw new Error(`Unknown host event ${String(name)}`);
    const wrapped = (_event: unknown, payload: HostEvents[E]) => listener(payload);
    ipcRenderer.on(ipcEventChannel(name), wrapped);
    return () => ipcRenderer.removeListener(ipcEventChannel(name), wrapped);
  },
};

/**
 * Drag and drop: a sandboxed page no longer sees File.path, so the preload answers exactly one question,
 * "where is this dropped file or folder?", and the page then opens it by path like any other.
 */
const files = {
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('presskit', api);
contextBridge.exposeInMainWorld('presskitFiles', files);
contextBridge.exposeInMainWorld('presskitEvents', events);
