import { loadBundle } from '../bundle/load-bundle';
import { builtInBundlePath } from '../paths';
import { PresskitError } from '../../shared/errors';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { LoadedBundle } from '../../shared/model/document';
import { RecentBundles } from './recent-bundles';
import type { ServiceContext } from './context';

type BundleHandlers = Pick<
  ChannelHandlers,
  'getCurrentBundle' | 'openBundle' | 'pickAndOpenBundle' | 'openBuiltInBundle' | 'listRecentBundles'
>;

export function bundleHandlers(ctx: ServiceContext): BundleHandlers {
  const recent = new RecentBundles(ctx);
  const builtInPath = builtInBundlePath(ctx.resourcesDir);
  const open = async (location: string): Promise<LoadedBundle> => {
    const bundle = await loadBundle(location, { builtIn: location === builtInPath });
    recent.add(bundle);
    return ctx.session.set(bundle);
  };
  return {
    async getCurrentBundle() {
      if (ctx.session.bundle) return ctx.session.bundle;
      if (ctx.session.error) throw ctx.session.error;
      return open(builtInPath);
    },
    openBundle: ({ path }) => open(path),
    async pickAndOpenBundle() {
      if (!ctx.host.pickBundlePath) throw new PresskitError('NOT_AVAILABLE', 'This host has no open dialog; pass a path instead');
      const picked = await ctx.host.pickBundlePath();
      return picked === null ? null : open(picked);
    },
    openBuiltInBundle: () => open(builtInPath),
    async listRecentBundles() {
      return recent.list();
    },
  };
}
