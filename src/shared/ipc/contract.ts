import type { z } from 'zod';
import type { SerializedError } from '../errors';
import { annotationChannels } from './channels/annotations';
import { appChannels } from './channels/app';
import { bundleChannels } from './channels/bundle';
import { exportChannels } from './channels/export';
import { importChannels } from './channels/import';
import { preferenceChannels } from './channels/preferences';
import { tagChannels } from './channels/tags';
import { timelineChannels } from './channels/timeline';
import type { ChannelSpec } from './define';

/**
 * THE contract between the renderer and its host, the single source of truth for every channel:
 * name → argument schema + result type. Preload, main, the browser-mode server and its client all
 * derive their types and their validation from this object; nobody hand-writes a .d.ts.
 * Feature areas keep their channels in ./channels/*.ts; they are merged here.
 */
export const contract = {
  ...appChannels,
  ...annotationChannels,
  ...bundleChannels,
  ...exportChannels,
  ...importChannels,
  ...preferenceChannels,
  ...timelineChannels,
  ...tagChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type ChannelArgs<C extends ChannelName> = z.infer<Contract[C]['args']>;
export type ChannelResult<C extends ChannelName> = Contract[C] extends ChannelSpec<z.ZodTuple, infer R> ? R : never;

/** What the renderer sees as window.presskit: one async function per channel. */
export type PresskitApi = {
  [C in ChannelName]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>>;
};

/** What a host implements: the same functions, served by the core services. */
export type ChannelHandlers = PresskitApi;

/** Errors travel as values: Electron's IPC drops custom error fields, HTTP has no exceptions. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** IPC channel string for a contract entry. */
export const ipcChannel = (name: ChannelName): string => `presskit:${name}`;

/** Pushed from host to renderer (menu commands and the like), typed the same way. */
export interface HostEvents {
  menuCommand: { command: 'open-bundle' | 'export-pdf' | 'find' | 'show-shortcuts' | 'toggle-theme' };
  bundleChanged: { bundleId: string };
  /** The host imported a file itself (menu, command line): the window fetches it with takePendingImport. */
  importReady: { sessionId: string };
}
export type HostEventName = keyof HostEvents;
export const hostEventNames: HostEventName[] = ['menuCommand', 'bundleChanged', 'importReady'];
export const ipcEventChannel = (name: HostEventName): string => `presskit-event:${name}`;
