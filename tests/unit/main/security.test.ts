import { EventEmitter } from 'node:events';
import type { App, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenWebContents } from '../../../src/main/security';

/** A web contents stand-in that records the window-open handler and lets the test fire events. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  /** Fires an event the way Electron does and says whether a listener prevented it. */
  fire(name: string, url?: string): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

function setup() {
  const app = new EventEmitter();
  const opened: string[] = [];
  hardenWebContents({
    app: app as unknown as Pick<App, 'on'>,
    openExternal: async (u) => void opened.push(u),
    appUrl: 'app://presskit/index.html',
  });
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents as unknown as WebContents);
  return { contents, opened };
}

describe('Electron lock-down', () => {
  it('prevents navigation away from the app, allows its own page', () => {
    const { contents } = setup();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://presskit/index.html')).toBe(false);
    expect(contents.fire('will-navigate', 'app://presskit/index.html#reader')).toBe(false);
    expect(contents.fire('will-navigate', 'file:///opt/app/out/renderer/index.html')).toBe(true);
    // Another file in a folder of the same name is not our page.
    expect(contents.fire('will-navigate', 'file:///tmp/evil/out/renderer/index.html')).toBe(true);
    expect(contents.fire('will-navigate', 'app://presskit/other.html')).toBe(true);
    expect(contents.fire('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; only parsed http(s) URLs go to the system browser', () => {
    const { contents, opened } = setup();
    for (const url of [
      'https://www.leica-camera.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'http://user:pw@host/',
    ])
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.leica-camera.com/']);
  });
});

describe('window web preferences', () => {
  it('isolate and sandbox the renderer with no Node access', async () => {
    const { secureWebPreferences } = await import('../../../src/main/web-preferences');
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});
