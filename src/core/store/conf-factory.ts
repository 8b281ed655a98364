import Conf from 'conf';
import type { ConfLike, StoreFactory } from './store';

/** Browser mode and the CLI: plain conf, the library electron-store is built on (same files). */
export const confFactory: StoreFactory = (options) =>
  new Conf({
    projectName: 'presskit-viewer',
    cwd: options.cwd,
    configName: options.configName,
    defaults: options.defaults,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  }) as unknown as ConfLike;
