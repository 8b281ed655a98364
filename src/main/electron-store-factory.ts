import ElectronStore from 'electron-store';
import type { ConfLike, StoreFactory } from '../core/store/store';

/** The desktop host's stores: electron-store (a conf subclass), same file layout as browser mode's conf. */
export const electronStoreFactory: StoreFactory = (options) =>
  new ElectronStore({
    cwd: options.cwd,
    name: options.configName,
    defaults: options.defaults,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  }) as unknown as ConfLike;
