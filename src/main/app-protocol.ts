import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

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

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

/**
 * Answers one app:// request from the built renderer folder: only GET, only host "presskit", only
 * files inside `rootDir` (no `..`, no encoded separators, no symlink leaving it), with the CSP and
 * nosniff headers the browser-mode host sends too.
 */
export async function serveAppRequest(request: Request, rootDir: string): Promise<Response> {
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
    const body = await fs.readFile(real);
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

/** After ready: serve app:// from the built renderer. */
export function handleAppScheme(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir));
}
