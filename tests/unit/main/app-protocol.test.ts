import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, handleAppScheme, registerAppScheme, serveAppRequest } from '../../../src/main/app-protocol';
import { isAppUrl } from '../../../src/main/ipc/sender';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';

/** A stand-in for Electron's `protocol` that records what the app registers. */
function recordingProtocol() {
  const privileged: unknown[] = [];
  const handlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const fake = {
    registerSchemesAsPrivileged: (schemes: unknown[]) => void privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => void handlers.set(scheme, handler),
  };
  return { fake: fake as unknown as Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>, privileged, handlers };
}

function builtRenderer(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'presskit-renderer-'));
  mkdirSync(path.join(root, 'out', 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'out', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(root, 'out', 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.txt'), 'not for the page');
  symlinkSync(path.join(root, 'secret.txt'), path.join(root, 'out', 'assets', 'link.txt'));
  return path.join(root, 'out');
}

describe('the app:// scheme', () => {
  it('is registered privileged (standard, secure, fetch) and handled by the renderer server', async () => {
    const { fake, privileged, handlers } = recordingProtocol();
    registerAppScheme(fake);
    expect(privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const root = builtRenderer();
    handleAppScheme(fake, root);
    const response = await handlers.get('app')!(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves the built files with their type, the app CSP and nosniff', async () => {
    const root = builtRenderer();
    const page = await serveAppRequest(new Request('app://presskit/index.html'), root);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await serveAppRequest(new Request('app://presskit/assets/index-1.js'), root);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses anything outside the built renderer, other hosts and other methods', async () => {
    const root = builtRenderer();
    const refused = [
      'app://presskit/../secret.txt',
      'app://presskit/%2e%2e/secret.txt',
      'app://presskit/assets/..%2f..%2fsecret.txt',
      'app://presskit/assets/..%5c..%5csecret.txt',
      'app://presskit/assets/link.txt',
      'app://presskit/%00index.html',
      'app://presskit/missing.js',
      'app://other/index.html',
    ];
    for (const url of refused) expect((await serveAppRequest(new Request(url), root)).status, url).toBe(404);
    expect((await serveAppRequest(new Request('app://presskit/index.html', { method: 'POST', body: 'x' }), root)).status).toBe(404);
  });

  it('is the only page navigation and IPC accept (custom schemes have no web origin to compare)', () => {
    expect(isAppUrl('app://presskit/index.html', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://presskit/index.html#reader', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://evil/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('app://presskit/assets/other.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('https://presskit/index.html', APP_ENTRY_URL)).toBe(false);
  });
});
