import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/core/service/create-service';
import type { HostCapabilities } from '../../../src/core/service/context';
import { confFactory } from '../../../src/core/store/conf-factory';
import { startBrowserServer } from '../../../src/server/browser-server';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import { REPO_ROOT, tempDataDir } from '../../support/launch';
import { FIXED_NOW, pdfinfo, qpdfCheck, writePdf } from './pdf-tools';

const REQUEST = {
  paper: 'a4' as const,
  sections: ['cover', 'contents', 'release', 'quotes'] as const,
  includeComments: true,
  includeAnnotations: true,
};

function service(host: HostCapabilities) {
  return createService({
    host,
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    stores: confFactory,
    dataDir: tempDataDir(),
    now: () => FIXED_NOW,
  });
}

describe('exportPdf handler', () => {
  it('browser mode: returns the PDF for download', async () => {
    const { handlers } = service({ kind: 'browser' });
    await handlers.openBuiltInBundle();
    const result = await handlers.exportPdf({ ...REQUEST, sections: [...REQUEST.sections] });
    expect(result.fileName).toBe('xiaomi-leica-2022-press-kit.pdf');
    expect(result.savedPath).toBeUndefined();
    const bytes = Buffer.from(result.bytesBase64!, 'base64');
    expect(bytes.length).toBe(result.bytes);
    const file = writePdf(bytes);
    expect(qpdfCheck(file).status).toBe(0);
    expect(pdfinfo(file).Pages).toBe(String(result.pages));
  });

  it('desktop: saves where the user picks, and reveals only that file', async () => {
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'presskit-save-')), 'kit.pdf');
    const revealed: string[] = [];
    const asked: string[] = [];
    const { handlers } = service({
      kind: 'electron',
      pickSavePath: async (suggested) => {
        asked.push(suggested);
        return target;
      },
      showItemInFolder: (p) => revealed.push(p),
    });
    await handlers.openBuiltInBundle();
    const result = await handlers.exportPdf({ ...REQUEST, sections: [...REQUEST.sections] });
    expect(asked).toEqual(['xiaomi-leica-2022-press-kit.pdf']);
    expect(result).toMatchObject({ savedPath: target, fileName: 'kit.pdf' });
    expect(result.bytesBase64).toBeUndefined();
    expect(qpdfCheck(target).status).toBe(0);
    expect(await handlers.revealExportedPdf({ path: '/etc/passwd' })).toEqual({ shown: false });
    expect(await handlers.revealExportedPdf({ path: target })).toEqual({ shown: true });
    expect(revealed).toEqual([target]);
  });

  it('desktop: a cancelled save dialog writes nothing', async () => {
    const { handlers } = service({ kind: 'electron', pickSavePath: async () => null });
    await handlers.openBuiltInBundle();
    expect(await handlers.exportPdf({ ...REQUEST, sections: [...REQUEST.sections] })).toMatchObject({ cancelled: true, bytes: 0 });
  });

  it('refuses without an open bundle, and refuses malformed arguments before any work', async () => {
    const { handlers } = service({ kind: 'browser' });
    await expect(handlers.exportPdf({ ...REQUEST, sections: [...REQUEST.sections] })).rejects.toMatchObject({ code: 'NO_BUNDLE_OPEN' });
    const bad = await dispatch(handlers, 'exportPdf', [{ ...REQUEST, paper: 'a5' }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'ARGUMENT_INVALID', problems: [{ pointer: '/0/paper' }] } });
  });
});

describe('exportPdf over the browser-mode HTTP host', () => {
  it('returns a valid PDF to an authenticated request', async () => {
    const staticDir = mkdtempSync(path.join(os.tmpdir(), 'presskit-static-'));
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><div id="root"></div>');
    const { handlers } = service({ kind: 'browser' });
    await handlers.openBuiltInBundle();
    const server = await startBrowserServer({ handlers, staticDir });
    try {
      const body = await post(server.port, server.token, '/api/exportPdf', [{ ...REQUEST, includeComments: false }]);
      const envelope = JSON.parse(body) as { ok: boolean; value: { bytesBase64: string; pages: number } };
      expect(envelope.ok).toBe(true);
      const file = writePdf(Buffer.from(envelope.value.bytesBase64, 'base64'));
      expect(existsSync(file)).toBe(true);
      expect(qpdfCheck(file).status).toBe(0);
      expect(pdfinfo(file).Title).toBe('Xiaomi and Leica Camera announce long-term strategic cooperation');
    } finally {
      await server.close();
    }
  });
});

function post(port: number, token: string, pathname: string, args: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () => resolve(data));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(args));
  });
}
