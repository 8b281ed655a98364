import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { ipcEventChannel, type ChannelHandlers, type HostEventName, type HostEvents } from '../../shared/ipc/contract';
import { registerIpc } from './register-ipc';

/** Serves every contract channel over Electron IPC. */
export function serveContract(handlers: ChannelHandlers, isTrustedSender: (frame: WebFrameMain | null) => boolean): () => void {
  return registerIpc(ipcMain, handlers, isTrustedSender);
}

/** Pushes one of the contract's typed host events to a renderer. */
export function sendHostEvent<E extends HostEventName>(contents: WebContents, name: E, payload: HostEvents[E]): void {
  contents.send(ipcEventChannel(name), payload);
}
