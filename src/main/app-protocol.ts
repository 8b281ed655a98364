import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import type { LoadedBundle } from '../shared/model/document';
import type { Preferences } from '../shared/model/preferences';
import { firstPageHtml } from '../shared/prerender';

/**
 * The app's own scheme: the renderer is served from app://presskit/ instead of file://, so the page
 * has a real origin of its own ('self' in the CSP means our files only, not the whole disk), and
 * nothing on disk outside the built renderer can be loaded or navigated to.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'presskit';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/** Must run before the app is ready: a standard, secure scheme (an origin, fetch, the CSP's 'self'). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** What the entry page is pre-rendered from: the open bundle (null when none is open yet) and the saved preferences. */
export type FirstPageSource = () => Promise<{ bundle: LoadedBundle | null; preferences: Pick<Preferences, 'contentLanguage' | 'theme'> }>;

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

/**
 * Answers one app:// request from the built renderer folder: only GET, only host "presskit", only
 * files inside `rootDir` (no `..`, no encoded separators, no symlink leaving it), with the CSP and
 * nosniff headers the browser-mode host sends too. With `firstPage`, index.html comes with the open
 * bundle's first document in it, as browser mode sends it: the text is painted before the app's script runs.
 */
export async function serveAppRequest(request: Request, rootDir: string, firstPage?: FirstPageSource): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  if (request.method !== 'GET' || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return notFound();
  }
  if (relative.includes('\0') || relative.includes('\\')) return notFound();
  const root = await fs.realpath(rootDir);
  const target = path.resolve(root, '.' + relative);
  if (!target.startsWith(root + path.sep)) return notFound();
  try {
    const real = await fs.realpath(target);
    if (!real.startsWith(root + path.sep)) return notFound();
    const body = firstPage && relative === '/index.html' ? await entryPage(real, firstPage) : await fs.readFile(real);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': MIME[path.extname(real).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return notFound();
  }
}

async function entryPage(file: string, firstPage: FirstPageSource): Promise<string> {
  const [html, { bundle, preferences }] = await Promise.all([fs.readFile(file, 'utf8'), firstPage()]);
  return firstPageHtml(html, bundle, preferences);
}

/** After ready: serve app:// from the built renderer (its entry page pre-rendered from `firstPage`). */
export function handleAppScheme(protocol: Pick<Protocol, 'handle'>, rootDir: string, firstPage?: FirstPageSource): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir, firstPage));
}
