import { loadBundle } from '../bundle/load-bundle';
import { readBundleAsset } from '../bundle/read-file';
import { builtInBundlePath } from '../paths';
import { PresskitError } from '../../shared/errors';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { LoadedBundle } from '../../shared/model/document';
import { RecentBundles } from './recent-bundles';
import { UploadedArchives } from './uploaded-archives';
import type { ServiceContext } from './context';

type BundleHandlers = Pick<
  ChannelHandlers,
  | 'getCurrentBundle'
  | 'openBundle'
  | 'pickAndOpenBundle'
  | 'openBuiltInBundle'
  | 'listRecentBundles'
  | 'openBundleArchive'
  | 'getBundleAsset'
>;

export function bundleHandlers(ctx: ServiceContext): BundleHandlers {
  const recent = new RecentBundles(ctx);
  const builtInPath = builtInBundlePath(ctx.resourcesDir);
  const uploads = new UploadedArchives(ctx.session);
  const open = async (location: string, remember = true): Promise<LoadedBundle> => {
    const bundle = await loadBundle(location, { builtIn: location === builtInPath });
    if (remember) recent.add(bundle);
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
    async openBundleArchive({ fileName, base64 }) {
      const file = uploads.store(fileName, Buffer.from(base64, 'base64'));
      // A temporary copy has no place in Open Recent: it is gone once another bundle opens (or at once if it does not open).
      try {
        return await open(file, false);
      } finally {
        uploads.settled(file);
      }
    },
    async getBundleAsset({ file }) {
      const bundle = ctx.session.bundle;
      if (!bundle) throw new PresskitError('NO_BUNDLE_OPEN', 'No bundle is open');
      const { mime, bytes } = await readBundleAsset(bundle, file);
      return { file, mime, base64: bytes.toString('base64') };
    },
  };
}
