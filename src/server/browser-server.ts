import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { dispatch, isChannelName } from '../shared/ipc/dispatch';
import type { ChannelHandlers } from '../shared/ipc/contract';
import { firstPageHtml } from '../shared/prerender';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { serializeError } from '../shared/errors';

/**
 * Browser mode: the same contract as the desktop IPC, over HTTP on 127.0.0.1 only.
 * Every request needs the per-run token (cookie set from the one-time ?token= URL, or a Bearer
 * header); Host must be this loopback address, so DNS-rebinding pages cannot reach it.
 */
export interface BrowserServerOptions {
  handlers: ChannelHandlers;
  /** Built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted (default 64 MiB: a .presskit sent as base64 from the page). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  /** URL that carries the token once; opening it sets the session cookie. */
  launchUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** A request the server answers with a status of its own (bad path, body too large…). */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Cookies are shared by every port of a host, so each server names its own (by port): a second
 * `presskit serve` does not overwrite the first one's cookie and log its tab out.
 */
const cookieName = (port: number) => `presskit_token_${port}`;
/** The route the gallery's <img> elements load bundle images from (browser mode). */
export const ASSET_ROUTE = '/bundle-asset/';
/**
 * An asset opened as a page of its own (typed, or "open image in new tab") runs in a sandbox with a
 * unique origin and no script; an SVG is also offered as a download rather than shown. Inside <img>
 * nothing changes: an image there never runs script anyway.
 */
const ASSET_POLICY = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";
const DEFAULT_MAX_BODY = 64 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export async function startBrowserServer(options: BrowserServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticRoot = await fs.realpath(options.staticDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof HttpError) {
        // Closed once answered: the rest of an over-size body is neither read nor kept.
        res.once('finish', () => req.destroy());
        return send(res, err.status, 'text/plain', err.message, { Connection: 'close' });
      }
      // The page gets no internals; the terminal that runs browser mode gets the whole error.
      console.error('presskit serve: internal error on', req.method, req.url, err);
      send(res, 500, 'text/plain', 'Internal error');
    });
  });

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'Wrong Host header');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    const offered = url.searchParams.get('token');
    if (offered !== null && req.method === 'GET' && sameToken(offered, token)) {
      // Trade the one-time URL token for an HttpOnly cookie and drop it from the address bar.
      url.searchParams.delete('token');
      res.writeHead(303, {
        Location: url.pathname + (url.search || ''),
        'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    if (!authorised(req, token, cookieName(port)))
      return send(res, 401, 'text/plain', 'Missing or wrong token: open the URL printed by "presskit serve".');

    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (url.pathname.startsWith(ASSET_ROUTE)) return serveAsset(res, url.pathname.slice(ASSET_ROUTE.length));
    return serveStatic(res, url.pathname);
  };

  const serveAsset = async (res: http.ServerResponse, encoded: string) => {
    let file: string;
    try {
      file = decodeURIComponent(encoded);
    } catch {
      throw new HttpError(400, 'Malformed path');
    }
    // The same channel the desktop uses: only files the open bundle's manifest lists, read from inside it.
    let asset: { mime: string; base64: string };
    try {
      asset = await options.handlers.getBundleAsset({ file });
    } catch (err) {
      return send(res, 404, 'application/json', JSON.stringify({ ok: false, error: serializeError(err) }));
    }
    const { mime, base64 } = asset;
    const bytes = Buffer.from(base64, 'base64');
    const svg = mime === 'image/svg+xml';
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': mime,
      'Content-Length': bytes.length,
      'Content-Security-Policy': ASSET_POLICY,
      ...(svg ? { 'Content-Disposition': `attachment; filename="${path.basename(file).replace(/[^\w.-]/g, '_')}"` } : {}),
    });
    res.end(bytes);
  };

  const api = async (req: http.IncomingMessage, res: http.ServerResponse, name: string) => {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only');
    if (!isChannelName(name))
      return send(
        res,
        404,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'ARGUMENT_INVALID', message: `No channel ${name}` } }),
      );
    const body = await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY);
    let args: unknown;
    try {
      args = JSON.parse(body);
    } catch {
      return send(
        res,
        400,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'ARGUMENT_INVALID', message: 'Body is not JSON' } }),
      );
    }
    const envelope = await dispatch(options.handlers, name, args);
    send(res, 200, 'application/json', JSON.stringify(envelope));
  };

  const serveStatic = async (res: http.ServerResponse, pathname: string) => {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      throw new HttpError(400, 'Malformed path');
    }
    const file = path.resolve(staticRoot, '.' + relative);
    if (!file.startsWith(staticRoot + path.sep)) return send(res, 404, 'text/plain', 'Not found');
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) return send(res, 404, 'text/plain', 'Not found');
    if (relative === '/index.html') return serveIndex(res, file);
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      ...securityHeaders(),
      // The build names every asset by its content hash: it may be cached for good, and Chromium then
      // keeps its compiled script too. index.html stays uncached (it carries the CSP).
      ...(relative.startsWith('/assets/') ? { 'Cache-Control': 'private, max-age=31536000, immutable' } : {}),
    });
    createReadStream(file).pipe(res);
  };

  // The page comes with its first document already in it: text is painted before the app's script has run.
  const serveIndex = async (res: http.ServerResponse, file: string) => {
    const [html, bundle, preferences] = await Promise.all([
      fs.readFile(file, 'utf8'),
      options.handlers.getCurrentBundle().catch(() => null),
      options.handlers.getPreferences(),
    ]);
    const body = firstPageHtml(html, bundle, preferences);
    res.writeHead(200, { 'Content-Type': MIME['.html']!, 'Content-Length': Buffer.byteLength(body), ...securityHeaders() });
    res.end(body);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}/`;
  return {
    url: base,
    launchUrl: `${base}?token=${token}`,
    token,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function authorised(req: http.IncomingMessage, token: string, name: string): boolean {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (bearer && sameToken(bearer, token)) return true;
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];
  return cookie !== undefined && sameToken(cookie, token);
}

function send(res: http.ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...securityHeaders(), ...extra });
  res.end(body);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Answered 413, then the connection is closed (see the handler); nothing more is read or kept.
        req.removeAllListeners('data');
        req.pause();
        chunks.length = 0;
        reject(new HttpError(413, `Request body over ${limit} bytes`));
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
