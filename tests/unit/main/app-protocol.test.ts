import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { APP_ENTRY_URL, handleAppScheme, registerAppScheme, serveAppRequest } from '../../../src/main/app-protocol';
import { isAppUrl } from '../../../src/main/ipc/sender';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

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

const escaped = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Shaped like the built entry page: the meta CSP, the module entry, the app's root. */
const ENTRY_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />
    <title>app</title>
    <script type="module" crossorigin src="./assets/index-1.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

function builtRenderer(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'presskit-renderer-'));
  mkdirSync(path.join(root, 'out', 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'out', 'index.html'), ENTRY_PAGE);
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

  it('serves the entry page with the first document pre-rendered and escaped, under the same CSP (no inline script)', async () => {
    const builtIn = await loadBundle(BUILT_IN_BUNDLE);
    const first = builtIn.documents[0]!;
    const paragraph = first.blocks.find((b) => b.kind === 'paragraph')!;
    const hostile = `${paragraph.text} </p><script>alert(1)</script> & "more"`;
    const bundle: LoadedBundle = {
      ...builtIn,
      documents: [
        { ...first, blocks: first.blocks.map((b) => (b === paragraph ? { ...b, text: hostile } : b)) },
        ...builtIn.documents.slice(1),
      ],
    };
    const { fake, handlers } = recordingProtocol();
    const root = builtRenderer();
    handleAppScheme(fake, root, async () => ({ bundle, preferences: { contentLanguage: 'all', theme: 'dark' } }));

    const response = await handlers.get('app')!(new Request(APP_ENTRY_URL));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain(`data-prerendered-document="${first.id}"`);
    expect(html).toContain(`${escaped(paragraph.text)} &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;`);
    expect(html.indexOf('id="prerender"')).toBeLessThan(html.indexOf('id="root"'));
    expect(html).toContain('<html lang="en" data-theme="dark">');
    // The only script is the app's own module; the policy (header and meta) is untouched and allows no inline script.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" crossorigin src="./assets/index-1.js">']);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(html).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");

    // Other files are served as they are; with no bundle open the entry page is the built one.
    expect(await (await handlers.get('app')!(new Request('app://presskit/assets/index-1.js'))).text()).toBe('console.log(1)');
    handleAppScheme(fake, root, async () => ({ bundle: null, preferences: { contentLanguage: 'all', theme: 'system' } }));
    expect(await (await handlers.get('app')!(new Request(APP_ENTRY_URL))).text()).toBe(ENTRY_PAGE);
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
