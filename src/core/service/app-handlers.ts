import type { ChannelHandlers } from '../../shared/ipc/contract';
import { parseExternalUrl } from '../../shared/urls';
import type { ServiceContext } from './context';

export function appHandlers(ctx: ServiceContext, version: string): Pick<ChannelHandlers, 'getAppInfo' | 'openExternal'> {
  return {
    async getAppInfo() {
      return { name: 'Press-kit Viewer', version, host: ctx.host.kind === 'electron' ? 'electron' : 'browser', platform: process.platform };
    },
    async openExternal({ url }) {
      // Only parsed http(s) URLs leave the app; anything else (file:, javascript:, custom schemes) is refused.
      const parsed = parseExternalUrl(url);
      if (!parsed || !ctx.host.openExternal) return { opened: false, url: parsed };
      await ctx.host.openExternal(parsed);
      return { opened: true, url: parsed };
    },
  };
}
