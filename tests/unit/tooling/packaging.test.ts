import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { REPO_ROOT } from '../../support/launch';

// No Electron binary can be had on these machines, so `electron-builder` cannot run here; what can be
// checked without it is: the configuration against electron-builder's own schema, the hardening
// settings, and that everything the configuration names exists.
const config = parse(readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  fileAssociations: Array<{ ext: string }>;
  extraResources: Array<{ from: string; to: string }>;
  icon: string;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
};

describe('packaging configuration (electron-builder.yml)', () => {
  it('is valid against app-builder-lib’s own JSON schema', () => {
    const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('builds AppImage and deb, dmg, NSIS, with an app id and the .presskit association', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Press-kit Viewer');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['presskit']);
  });

  it('sets every hardening fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('names files that exist: one icon source of 512 px or more, the licences', () => {
    const icon = readFileSync(path.join(REPO_ROOT, config.icon));
    // PNG IHDR: width and height are big-endian at bytes 16 and 20.
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(Math.min(icon.readUInt32BE(16), icon.readUInt32BE(20))).toBeGreaterThanOrEqual(512);
    for (const r of config.extraResources) expect(existsSync(path.join(REPO_ROOT, r.from)), r.from).toBe(true);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.main).toBe('out/main/index.js');
  });
});
