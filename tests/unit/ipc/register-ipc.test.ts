import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerIpc, type IpcMainLike } from '../../../src/main/ipc/register-ipc';
import { channelNames, ipcChannel, type ChannelHandlers, type Envelope } from '../../../src/shared/ipc/contract';
import { contract } from '../../../src/shared/ipc/contract';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Envelope<unknown>>;

/** Records what registerIpc does to ipcMain, and lets the test invoke channels as a renderer would. */
class RecordingIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, frame: unknown, ...args: unknown[]) {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
  }
}

const trustedFrame = { url: 'file:///app/out/renderer/index.html' } as unknown as WebFrameMain;
const calls: { name: string; args: unknown[] }[] = [];
// Every handler records its call; the contract's type guarantees none is missing.
const handlers = Object.fromEntries(
  channelNames.map((name) => [
    name,
    async (...args: unknown[]) => {
      calls.push({ name, args });
      return { echoed: name };
    },
  ]),
) as unknown as ChannelHandlers;

function setup() {
  const ipc = new RecordingIpcMain();
  calls.length = 0;
  const dispose = registerIpc(ipc, handlers, (frame) => frame === trustedFrame);
  return { ipc, dispose };
}

describe('IPC wiring from the contract', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipc, dispose } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(channelNames.map(ipcChannel).sort());
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('passes valid arguments through to the service', async () => {
    const { ipc } = setup();
    const result = await ipc.invoke(ipcChannel('openBundle'), trustedFrame, { path: '/tmp/some.presskit' });
    expect(result).toEqual({ ok: true, value: { echoed: 'openBundle' } });
    expect(calls).toEqual([{ name: 'openBundle', args: [{ path: '/tmp/some.presskit' }] }]);
  });

  it('rejects malformed arguments on every channel before they reach a service', async () => {
    const { ipc } = setup();
    for (const name of channelNames) {
      // A non-object first argument plus one extra argument fits no channel's schema.
      const result = await ipc.invoke(ipcChannel(name), trustedFrame, 42, 'extra', { junk: true });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('ARGUMENT_INVALID');
    }
    expect(calls).toEqual([]);
  });

  it('rejects calls from any frame but our own page', async () => {
    const { ipc } = setup();
    const iframe = { url: 'https://evil.example/' } as unknown as WebFrameMain;
    for (const frame of [iframe, null]) {
      const result = await ipc.invoke(ipcChannel('getCurrentBundle'), frame);
      expect(result).toMatchObject({ ok: false, error: { code: 'SENDER_REJECTED' } });
    }
    expect(calls).toEqual([]);
  });

  it('has an argument schema for every channel', () => {
    for (const name of channelNames) expect(contract[name].args.def.type, name).toBe('tuple');
  });
});

describe('sender check', () => {
  it('accepts only the main frame of our own page', async () => {
    const { makeSenderCheck } = await import('../../../src/main/ipc/sender');
    const mainFrame = { url: 'file:///opt/app/out/renderer/index.html' } as unknown as WebFrameMain;
    const appUrl = 'file:///opt/app/out/renderer/index.html';
    const check = makeSenderCheck(() => ({ mainFrame }) as never, appUrl);
    expect(check(mainFrame)).toBe(true);
    expect(check({ url: mainFrame.url } as unknown as WebFrameMain)).toBe(false); // a subframe with our URL
    const navigatedAway = { url: 'https://example.com/' } as unknown as WebFrameMain;
    expect(makeSenderCheck(() => ({ mainFrame: navigatedAway }) as never, appUrl)(navigatedAway)).toBe(false);
    const elsewhere = { url: 'file:///home/me/Downloads/out/renderer/index.html' } as unknown as WebFrameMain;
    expect(makeSenderCheck(() => ({ mainFrame: elsewhere }) as never, appUrl)(elsewhere)).toBe(false);
    // Dev server: its origin only, not a look-alike host that starts with the same text.
    const dev = 'http://localhost:5173';
    const lookalike = { url: 'http://localhost:5173.evil.example/' } as unknown as WebFrameMain;
    expect(makeSenderCheck(() => ({ mainFrame: lookalike }) as never, dev)(lookalike)).toBe(false);
    const devPage = { url: 'http://localhost:5173/#x' } as unknown as WebFrameMain;
    expect(makeSenderCheck(() => ({ mainFrame: devPage }) as never, dev)(devPage)).toBe(true);
    expect(check(null)).toBe(false);
  });
});
