import type { ChannelHandlers } from '../../shared/ipc/contract';
import { Preferences } from '../../shared/model/preferences';
import { openStore, type OpenedStore } from '../store/store';
import type { ServiceContext } from './context';

export function preferenceHandlers(ctx: ServiceContext): Pick<ChannelHandlers, 'getPreferences' | 'setPreferences'> {
  let store: OpenedStore<Preferences> | null = null;
  const open = () =>
    (store ??= openStore(ctx.stores, ctx.dataDir, {
      name: 'preferences',
      version: 1,
      schema: Preferences,
      defaults: () => Preferences.parse({}),
    }));
  return {
    async getPreferences() {
      return open().read();
    },
    async setPreferences(changes) {
      const next = Preferences.parse({ ...open().read(), ...changes });
      open().write(next);
      return next;
    },
  };
}
