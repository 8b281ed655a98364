import type { ChannelHandlers } from '../../shared/ipc/contract';
import { Preferences } from '../../shared/model/preferences';
import { openStoreOrMemory, type OpenedStore } from '../store/store';
import type { ServiceContext } from './context';

export function preferenceHandlers(ctx: ServiceContext): Pick<ChannelHandlers, 'getPreferences' | 'setPreferences'> {
  let store: OpenedStore<Preferences> | null = null;
  const open = (): OpenedStore<Preferences> => {
    if (store) return store;
    // A preferences file the app cannot use must not keep the window from opening: defaults, and a notice.
    store = openStoreOrMemory(ctx.stores, ctx.dataDir, {
      name: 'preferences',
      version: 1,
      schema: Preferences,
      defaults: () => Preferences.parse({}),
    });
    ctx.notices.push(...store.notices);
    return store;
  };
  return {
    async getPreferences() {
      return open().read();
    },
    async setPreferences(changes) {
      return open().update((current) => Preferences.parse({ ...current, ...changes }));
    },
  };
}
