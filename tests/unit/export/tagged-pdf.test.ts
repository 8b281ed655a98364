import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, renderPressKit } from '../../../src/core/export';
import { FIXED_NOW, builtInBundle, qpdfCheck, qpdfJson, qpdfString, run, writePdf } from './pdf-tools';
import { withTimeline } from '../../../src/core/export/generate-fixture';

async function taggedKit(): Promise<string> {
  const bundle = withTimeline(await builtInBundle());
  const kit = await renderPressKit(bundle, { paper: 'a4', sections: ALL_SECTIONS, includeComments: true, now: FIXED_NOW });
  return writePdf(kit.bytes, 'tagged.pdf');
}

describe('tagged PDF', () => {
  it('has a structure tree in reading order that poppler reads (pdfinfo -struct-text)', async () => {
    const file = await taggedKit();
    expect(qpdfCheck(file).status).toBe(0);
    const tree = run('pdfinfo', ['-struct-text', file]).stdout;
    const lines = tree.split('\n');
    expect(lines[0]).toBe('Document');
    const roles = new Set(lines.map((l) => l.trim().split(/\s/)[0]));
    for (const role of ['Sect', 'H1', 'P', 'TOC', 'TOCI', 'Link', 'BlockQuote', 'Table', 'TR', 'TH', 'TD', 'Figure'])
      expect(roles).toContain(role);
    // Reading order: the contents come before the release, the release before the key quotes.
    const at = (text: string) => tree.indexOf(text);
    expect(at('"Contents"')).toBeGreaterThan(0);
    expect(at('"Contents"')).toBeLessThan(at('"Key quotes"'));
    expect(at('Wetzlar, 23 May 2022. Xiaomi')).toBeLessThan(at('"Key quotes"'));
    // Words at line ends keep their space: "long-term strategic", never "long-termstrategic".
    expect(tree).not.toMatch(/[a-z][A-Z]?termstrategic/);
  });

  it('marks the catalog as tagged, gives pages StructParents, figures /Alt, and another language /Lang', async () => {
    const file = await taggedKit();
    const { objects, pages } = qpdfJson(file);
    const root = (objects['trailer']?.value as { '/Root': string })['/Root'];
    const catalog = objects[`obj:${root}`]!.value!;
    expect(catalog['/MarkInfo']).toEqual({ '/Marked': true });
    expect(qpdfString(catalog['/Lang'])).toBe('en');
    const structRoot = objects[`obj:${catalog['/StructTreeRoot'] as string}`]!.value!;
    expect(structRoot['/Type']).toBe('/StructTreeRoot');
    expect(structRoot['/ParentTree']).toBeDefined();
    pages.forEach((p, i) => expect(objects[`obj:${p.object}`]!.value!['/StructParents']).toBe(i));
    const elems = Object.values(objects)
      .map((o) => o?.value)
      .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && v['/Type'] === '/StructElem');
    const figures = elems.filter((e) => e['/S'] === '/Figure');
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(qpdfString(f['/Alt'])).toMatch(/\w/);
    // The Indonesian article and comments are read with Indonesian rules.
    expect(elems.some((e) => qpdfString(e['/Lang']) === 'id')).toBe(true);
  });

  it('marks every piece of page content: text inside tagged content, the rest (header, page numbers, rules) as artifacts', async () => {
    const file = await taggedKit();
    const qdf = file.replace(/\.pdf$/, '-qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const raw = readFileSync(qdf, 'latin1');
    const streams = [...raw.matchAll(/stream\n([\s\S]*?)endstream/g)].map((m) => m[1]!).filter((s) => /\bTj\b/.test(s));
    expect(streams.length).toBeGreaterThan(3);
    let artifacts = 0;
    for (const content of streams) {
      let depth = 0;
      for (const token of content.split(/\s+/)) {
        if (token === 'BDC' || token === 'BMC') depth++;
        else if (token === 'EMC') depth--;
        else if (token === 'BT' || token === 're' || token === 'Do') expect(depth).toBeGreaterThan(0);
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      artifacts += (content.match(/\/Artifact/g) ?? []).length;
    }
    expect(artifacts).toBeGreaterThan(streams.length);
    expect(raw).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
  });
});
