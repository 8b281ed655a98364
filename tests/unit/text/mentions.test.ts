import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { findMentions, mentionNames, withoutLegalForm } from '../../../src/shared/text/mentions';
import { REPO_ROOT } from '../../support/launch';

const manifest = {
  people: [{ id: 'lei-jun', name: 'Lei Jun', role: 'CEO', organisationId: 'xiaomi' }],
  organisations: [
    { id: 'xiaomi', name: 'Xiaomi Corporation', kind: 'company' as const },
    { id: 'leica', name: 'Leica Camera AG', kind: 'company' as const },
    { id: 'sharp', name: 'Sharp', kind: 'company' as const },
  ],
};

const refs = (text: string) => findMentions(text, mentionNames(manifest)).map((m) => `${text.slice(m.start, m.end)}=${m.ref}`);

describe('mentions of the bundle’s people and organisations', () => {
  it('recognises full names, names without the legal form, and the first word of a company with one', () => {
    expect(refs('Lei Jun of Xiaomi Corporation met Leica Camera AG; Leica Camera and Xiaomi agree.')).toEqual([
      'Lei Jun=person:lei-jun',
      'Xiaomi Corporation=organisation:xiaomi',
      'Leica Camera AG=organisation:leica',
      'Leica Camera=organisation:leica',
      'Xiaomi=organisation:xiaomi',
    ]);
  });

  it('matches whole words with the case as written', () => {
    expect(refs('a sharp image, Sharp Aquous R6, Xiaomis, XiaomiX, Leica’s lens')).toEqual([
      'Sharp=organisation:sharp',
      'Leica=organisation:leica',
    ]);
  });

  it('leaves out a short name two organisations share', () => {
    const names = mentionNames({
      people: [],
      organisations: [
        { id: 'a', name: 'Acme Labs AG', kind: 'company' },
        { id: 'b', name: 'Acme Tools AG', kind: 'company' },
      ],
    });
    expect(names.map((n) => n.name)).toEqual(['Acme Labs AG', 'Acme Tools AG', 'Acme Labs', 'Acme Tools']);
  });

  it('finds the speakers and companies in the built-in bundle', async () => {
    const bundle = await loadBundle(path.join(REPO_ROOT, 'resources', 'bundles', 'xiaomi-leica-2022'));
    const names = mentionNames(bundle.manifest);
    const found = (id: string) => new Set(findMentions(bundle.documents.find((d) => d.id === id)!.text, names).map((m) => m.ref));
    expect(found('release')).toEqual(new Set(['organisation:xiaomi', 'organisation:leica', 'person:lei-jun', 'person:matthias-harsch']));
    expect(found('article')).toEqual(new Set(['organisation:xiaomi', 'organisation:leica', 'organisation:huawei', 'organisation:sharp']));
  });
});

describe('legal forms of other countries', () => {
  it('recognises a company without its legal form, wherever the form comes from', () => {
    const cases: [string, string][] = [
      ['Nokia Oyj', 'Nokia'],
      ['Acme SA', 'Acme'],
      ['Ferrari N.V.', 'Ferrari'],
      ['Fiat S.p.A.', 'Fiat'],
      ['Volvo AB', 'Volvo'],
      ['Equinor ASA', 'Equinor'],
      ['Sony Group Corporation', 'Sony Group'],
      ['Acme, Inc.', 'Acme'],
      ['Huawei Technologies Co., Ltd.', 'Huawei Technologies'],
      ['Canva Pty Ltd', 'Canva'],
      ['Robert Bosch GmbH & Co. KG', 'Robert Bosch'],
      ['Nintendo K.K.', 'Nintendo'],
      ['PT Telkom Indonesia Tbk', 'Telkom Indonesia'],
      ['PT Xiaomi Technology Indonesia', 'Xiaomi Technology Indonesia'],
      ['Leica Camera AG', 'Leica Camera'],
      ['Sharp', 'Sharp'],
      ['Asana', 'Asana'],
    ];
    for (const [name, short] of cases) expect(withoutLegalForm(name), name).toBe(short);
  });
});
