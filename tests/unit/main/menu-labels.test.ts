import { describe, expect, it } from 'vitest';
import { menuLabels } from '../../../src/main/menu-labels';

describe('native menu labels', () => {
  it('follow the saved interface language, or the system locale when the user follows the system', () => {
    expect(menuLabels('id', 'en-US').file).toBe('Berkas');
    expect(menuLabels('en', 'id-ID').file).toBe('File');
    expect(menuLabels('system', 'id-ID').openRecent).toBe('Buka Terbaru');
    expect(menuLabels('system', 'de-DE').openRecent).toBe('Open Recent');
  });

  it('has every label in both languages', () => {
    const en = menuLabels('en', 'en');
    const id = menuLabels('id', 'id');
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(en), ...Object.values(id)]) expect(value.trim()).not.toBe('');
  });
});
