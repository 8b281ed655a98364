// Bench 5: importing a release against the tool a user would otherwise run on the same file:
// a large newsroom HTML page against Readability alone (parse + parse()), and a 100-page text PDF
// against poppler's `pdftotext`. Ours is the whole import up to the draft (sniff, read, detect).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { importFile } from '../src/core/import/import-file';
import { releasePdf, tempDir } from '../tests/unit/import/readers-fixtures';
import { median, timeRuns } from './lib/measure';
import type { BenchRow } from './lib/report';

const NEWSROOM = path.resolve(import.meta.dirname, '..', 'tests', 'unit', 'import', 'fixtures', 'newsroom.html');
const SEED = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seed', 'xiaomi-leica-2022.txt');

/**
 * The newsroom fixture grown to a large real-world size: the release body made of `paragraphs`
 * paragraphs of the seed text, a mega-menu of `links` navigation links and as many related stories.
 */
export function largeNewsroomPage(paragraphs: number, links: number, semantic = true): string {
  const page = readFileSync(NEWSROOM, 'utf8');
  const seed = readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 80);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${esc(seed[i % seed.length]!)}</p>`).join('\n');
  const menu = Array.from({ length: links }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const related = Array.from({ length: links }, (_, i) => `<li><a href="/story/${i}">Related story number ${i}</a></li>`).join('');
  // Without <main>/<article> the importer must ask Readability where the article is.
  const marked = semantic ? page : page.replace(/<(\/?)(main|article)>/g, '<$1div>');
  return marked
    .replace('<nav><ul>', `<nav><ul>${menu}`)
    .replace('<h2>About Nordlicht Optics</h2>', `${body}\n<h2>About Nordlicht Optics</h2>`)
    .replace('<h3>Related stories</h3><ul>', `<h3>Related stories</h3><ul>${related}`);
}

export async function benchImport({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const runs = quick ? 2 : 5;
  const dir = tempDir('presskit-bench-import-');
  const rows: BenchRow[] = [];

  for (const semantic of [true, false]) {
    const htmlFile = path.join(dir, `newsroom-large-${semantic}.html`);
    writeFileSync(htmlFile, largeNewsroomPage(400, 1500, semantic));
    const htmlBytes = readFileSync(htmlFile).length;
    const ours = median(await timeRuns(runs, () => importFile(htmlFile)));
    const readability = median(
      await timeRuns(runs, () => {
        const { document } = parseHTML(readFileSync(htmlFile, 'utf8'));
        return new Readability(document as unknown as Document).parse();
      }),
    );
    rows.push({
      bench: 'import',
      case: `newsroom HTML page, ${(htmlBytes / 1024 / 1024).toFixed(1)} MB, ${semantic ? 'with <main>/<article>' : 'div soup (Readability decides)'}`,
      metric: 'file → draft',
      ours,
      baseline: readability,
      baselineName: 'Readability (linkedom) alone',
      unit: 'ms',
      goal: '≤ 1.5',
    });
  }

  const pdfFile = path.join(dir, 'release-100.pdf');
  writeFileSync(pdfFile, await releasePdf({ pages: 100, paragraphsPerPage: 4 }));
  const oursPdf = median(await timeRuns(runs, () => importFile(pdfFile)));
  const pdftotext = median(
    await timeRuns(runs, () => execFileSync('pdftotext', ['-layout', pdfFile, '-'], { maxBuffer: 64 * 1024 * 1024 })),
  );
  rows.push({
    bench: 'import',
    case: '100-page text PDF',
    metric: 'file → draft',
    ours: oursPdf,
    baseline: pdftotext,
    baselineName: 'pdftotext',
    unit: 'ms',
    goal: '≤ 3',
    notes: `${(readFileSync(pdfFile).length / 1024).toFixed(0)} KB`,
  });
  return rows;
}
