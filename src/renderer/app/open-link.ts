import type { MouseEvent } from 'react';
import { api, isDesktop } from '../api/client';

/**
 * Links never navigate the app: the host parses and checks the URL and hands http(s) to the system
 * browser. Browser mode has no other browser to hand it to: the checked link opens in a new tab.
 */
export async function openLink(event: MouseEvent<HTMLAnchorElement>, href: string): Promise<void> {
  event.preventDefault();
  const { opened, url } = await api.openExternal({ url: href });
  if (!opened && url && !isDesktop) window.open(url, '_blank', 'noopener,noreferrer');
}
