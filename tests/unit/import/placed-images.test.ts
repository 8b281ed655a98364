import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import { renderPressKit } from '../../../src/core/export';
import { importFile } from '../../../src/core/import/import-file';
import { writeBundle } from '../../../src/core/import/write-bundle';
import { imageRows } from '../export/image-fixtures';
import { FIXED_NOW, run, writePdf } from '../export/pdf-tools';
import { PNG, RELEASE_PARAGRAPHS, releaseDocx, releaseEml, tempDir, writeTemp } from './readers-fixtures';

/** A 1×1 GIF, the classic tracking pixel. */
const PIXEL = 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const png = `data:image/png;base64,${PNG.toString('base64')}`;

/** A newsroom page: a logo in the site header, a tracking pixel, and a photo with a caption between two paragraphs. */
const PAGE = `<!doctype html><html lang="en"><head><title>Nordlicht Optics opens research centre</title></head><body>
<header class="site-header"><a href="/"><img src="${png}" alt="Nordlicht logo"></a><nav><a href="/news">News</a></nav></header>
<main>
  <h1>Nordlicht Optics opens research centre</h1>
  <p>${RELEASE_PARAGRAPHS[0]}</p>
  <p>${RELEASE_PARAGRAPHS[1]}</p>
  <figure><img src="${png}" alt="The new research centre [east wing]"><figcaption>The centre in Wetzlar, "Haus Licht".</figcaption></figure>
  <p>${RELEASE_PARAGRAPHS[2]}</p>
  <img src="data:image/gif;base64,${PIXEL}" width="1" height="1" alt="">
</main>
<footer class="site-footer"><p>© Nordlicht Optics</p></footer>
</body></html>`;

/** Imports a file, writes the bundle (the writer validates it) and returns the release's Markdown and the loaded bundle. */
async function importAndWrite(name: string, bytes: Uint8Array | string) {
  const { draft, images } = await importFile(writeTemp(name, bytes));
  const out = path.join(tempDir(), 'kit');
  await writeBundle(draft, images, { kind: 'folder', path: out });
  const bundle = await loadBundle(out);
  const release = bundle.manifest.documents.find((d) => d.kind === 'release')!;
  return { draft, bundle, markdown: readFileSync(path.join(out, release.file), 'utf8') };
}

/** The image in an export with only the documents (no media section): where the text placed it. */
async function exportedImages(bundle: Awaited<ReturnType<typeof loadBundle>>, name: string) {
  const kit = await renderPressKit(bundle, { paper: 'a4', sections: ['release'], includeComments: false, now: FIXED_NOW });
  return imageRows(run('pdfimages', ['-list', writePdf(kit.bytes, name)]).stdout);
}

describe('images placed where the source has them', () => {
  it('DOCX: the picture between two paragraphs becomes a ![alt](asset) paragraph there, and the export draws it', async () => {
    const { bundle, markdown } = await importAndWrite('release.docx', await releaseDocx());
    const asset = bundle.manifest.assets[0]!;
    const reference = `![The new research centre in Wetzlar](${asset.file})`;
    const paragraphs = markdown.split('\n\n');
    const at = paragraphs.indexOf(reference);
    expect(at).toBeGreaterThan(0);
    expect(paragraphs[at - 1]).toContain('said **Anna Keller**');
    expect(paragraphs[at + 1]!.trim()).toBe(RELEASE_PARAGRAPHS[2]);
    const doc = bundle.documents.find((d) => d.kind === 'release')!;
    expect(doc.blocks.flatMap((b) => b.images ?? []).map((i) => i.src)).toEqual([asset.file]);
    expect(await exportedImages(bundle, 'docx-placed.pdf')).toMatchObject([{ width: 64, height: 48 }]);
  });

  it('HTML: the figure is placed with its caption as the title; the header logo and the tracking pixel are not', async () => {
    const { draft, bundle, markdown } = await importAndWrite('release.html', PAGE);
    expect(bundle.manifest.assets.map((a) => a.file)).toEqual(['assets/image.png']);
    const paragraphs = markdown.split('\n\n');
    const at = paragraphs.indexOf(
      '![The new research centre \\[east wing\\]](assets/image.png "The centre in Wetzlar, \\"Haus Licht\\".")',
    );
    expect(at).toBeGreaterThan(0);
    expect(paragraphs[at - 1]).toBe(RELEASE_PARAGRAPHS[1]);
    expect(paragraphs[at + 1]!.trim()).toBe(RELEASE_PARAGRAPHS[2]);
    expect(markdown.match(/!\[/g)).toHaveLength(1);
    expect(draft.notes.join('\n')).toMatch(/1 icon\(s\) or tracking pixel\(s\) under 32 px left out/);
    // Markdown reads the reference back to the verbatim alt text and caption; every other paragraph is unchanged.
    const doc = bundle.documents.find((d) => d.kind === 'release')!;
    expect(doc.blocks.flatMap((b) => b.images ?? [])).toMatchObject([
      { src: 'assets/image.png', alt: 'The new research centre [east wing]', title: 'The centre in Wetzlar, "Haus Licht".' },
    ]);
    for (const p of RELEASE_PARAGRAPHS) expect(doc.text).toContain(p);
    expect(await exportedImages(bundle, 'html-placed.pdf')).toMatchObject([{ width: 64, height: 48 }]);
  });

  it('e-mail: the inline (cid:) picture is placed; the attachment stays one of the kit’s images only', async () => {
    const { bundle, markdown } = await importAndWrite('release.eml', releaseEml());
    expect(bundle.manifest.assets.map((a) => a.file).sort()).toEqual(['assets/building.png', 'assets/portrait.png']);
    expect(markdown.match(/!\[[^\]]*\]\([^)]*\)/g)).toEqual(['![The research centre](assets/building.png)']);
  });
});
