import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { PresskitError } from '../../shared/errors';
import { channelNames, ipcChannel, type ChannelHandlers, type Envelope } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';

/** The slice of ipcMain this module needs (a recording fake in tests implements it). */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Registers one handler per contract channel. Each checks the sender frame first (only our own
 * top-level page may call), then validates the arguments against the channel's schema.
 */
export function registerIpc(
  ipc: IpcMainLike,
  handlers: ChannelHandlers,
  isTrustedSender: (frame: WebFrameMain | null) => boolean,
): () => void {
  for (const name of channelNames) {
    ipc.handle(ipcChannel(name), async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: new PresskitError('SENDER_REJECTED', `Refused ${name} from an untrusted frame`).toJSON() };
      }
      return dispatch(handlers, name, args);
    });
  }
  return () => channelNames.forEach((name) => ipc.removeHandler(ipcChannel(name)));
}
