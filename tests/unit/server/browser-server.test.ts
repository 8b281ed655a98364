import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/browser-server';
import { startBrowserMode } from '../../../src/server/start-browser-mode';
import { tempDataDir } from '../../support/launch';

// Needs the built renderer (npm test builds it before the tests run).
let server: RunningServer;
beforeAll(async () => {
  server = await startBrowserMode({ dataDir: tempDataDir() });
});
afterAll(() => server.close());

function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ Authorization: `Bearer ${server.token}` });
const api = (name: string, args: unknown) =>
  request(`/api/${name}`, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: JSON.stringify(args) });

describe('browser mode host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('refuses requests without the token, for pages and API alike', async () => {
    expect((await request('/')).status).toBe(401);
    expect(
      (await request('/api/getCurrentBundle', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' })).status,
    ).toBe(401);
    expect((await request('/', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const res = await request('/', { headers: { ...auth(), Host: `evil.example:${server.port}` } });
    expect(res.status).toBe(421);
  });

  it('trades the one-time URL token for an HttpOnly cookie', async () => {
    const res = await request(`/?token=${server.token}`);
    expect(res.status).toBe(303);
    // Named per server (port), so a second `presskit serve` does not log this tab out.
    expect(res.headers['set-cookie']?.[0]).toMatch(new RegExp(`^presskit_token_${server.port}=.+; HttpOnly; SameSite=Strict`));
    const page = await request('/', { headers: { Cookie: `presskit_token_${server.port}=${server.token}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(page.body).toContain('<div id="root">');
  });

  it('serves the contract: results, typed errors and argument validation', async () => {
    const ok = JSON.parse((await api('getCurrentBundle', [])).body);
    expect(ok.ok).toBe(true);
    expect(ok.value.manifest.id).toBe('xiaomi-leica-2022');
    const bad = JSON.parse((await api('openBundle', [{ path: 7 }])).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'ARGUMENT_INVALID' } });
    const missing = JSON.parse((await api('openBundle', [{ path: '/no/such/bundle' }])).body);
    expect(missing).toMatchObject({ ok: false, error: { code: 'BUNDLE_NOT_FOUND' } });
    expect((await api('noSuchChannel', [])).status).toBe(404);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await request('/..%2F..%2Fpackage.json', { headers: auth() });
    expect(res.status).toBe(404);
  });

  it('answers a malformed path with 400, not an internal error', async () => {
    const res = await request('/assets/%E0%A4%A', { headers: auth() });
    expect(res.status).toBe(400);
    expect(res.body).toBe('Malformed path');
  });

  it('answers a request body over the limit with 413 and does not keep it', async () => {
    const small = await startBrowserMode({ dataDir: tempDataDir(), maxBodyBytes: 1024 });
    try {
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: small.port,
            path: '/api/getCurrentBundle',
            method: 'POST',
            headers: { Authorization: `Bearer ${small.token}`, 'Content-Type': 'application/json' },
          },
          (r) => {
            let body = '';
            r.on('data', (c: Buffer) => (body += c.toString()));
            r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(['x'.repeat(4096)]));
      });
      expect(res.status).toBe(413);
      expect(res.body).toMatch(/over 1024 bytes/);
    } finally {
      await small.close();
    }
  });

  it('lets content-hashed assets be cached for good, never the page that carries the CSP', async () => {
    const page = await request('/', { headers: auth() });
    expect(page.headers['cache-control']).toBe('no-store');
    const script = /<script[^>]*\bsrc="\.\/(assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await request(`/${script}`, { headers: auth() });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(asset.headers['content-security-policy']).toBeDefined();
  });
});

describe('built renderer page', () => {
  it('carries the one CSP from src/shared/csp.ts and no inline script', async () => {
    const { readFileSync } = await import('node:fs');
    const { META_CONTENT_SECURITY_POLICY } = await import('../../../src/shared/csp');
    const { REPO_ROOT } = await import('../../support/launch');
    const html = readFileSync(`${REPO_ROOT}/out/renderer/index.html`, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(meta).toMatch(/^default-src 'none'/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
