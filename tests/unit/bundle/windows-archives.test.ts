import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { normaliseEntryName } from '../../../src/core/bundle/sources';
import { PresskitError } from '../../../src/shared/errors';
import { builtInEntries, writeZip } from '../../support/bundles';

async function failure(location: string): Promise<PresskitError> {
  const err = await loadBundle(location).catch((e: unknown) => e);
  if (!(err instanceof PresskitError)) throw new Error(`expected a PresskitError, got ${String(err)}`);
  return err;
}

const evil = (name: string) => writeZip([...builtInEntries(), { name, data: Buffer.from('x') }]);

// PowerShell 5's Compress-Archive writes entry names with "\" separators.
describe('archives with backslash-separated entry names', () => {
  it('load like the same archive written with "/"', async () => {
    const windows = await loadBundle(writeZip(builtInEntries('kit\\')));
    const unix = await loadBundle(writeZip(builtInEntries('kit/')));
    expect(windows.documents.map((d) => d.text)).toEqual(unix.documents.map((d) => d.text));
    expect(windows.contentHash).toBe(unix.contentHash);
  });

  it.each(['..\\evil.txt', 'kit\\..\\..\\evil.txt', 'C:\\x', 'c:evil.txt', '\\etc\\evil', '\\\\server\\share\\x'])(
    'still refuses %s',
    async (name) => {
      expect((await failure(evil(name))).code).toBe('BUNDLE_UNSAFE');
    },
  );

  it('refuses a name that appears once with "\\" and once with "/"', async () => {
    const err = await failure(
      writeZip([...builtInEntries(), { name: 'x\\a.md', data: Buffer.from('a') }, { name: 'x/a.md', data: Buffer.from('b') }]),
    );
    expect(err.code).toBe('BUNDLE_UNSAFE');
    expect(err.message).toMatch(/appears twice/);
  });
});

// yauzl hands "\" over as "/"; our own check must refuse those names too, not only yauzl's.
describe('normaliseEntryName on converted names', () => {
  it.each(['../evil.txt', 'kit/../../evil.txt', 'C:/x', 'c:evil.txt', '/etc/evil', '//server/share/x'])('refuses %s', (name) => {
    expect(normaliseEntryName(name)).toBeNull();
  });

  it('keeps a nested name', () => {
    expect(normaliseEntryName('kit/./presskit.json')).toBe('kit/presskit.json');
  });
});
