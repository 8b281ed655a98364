import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBundle } from '../../../src/core/bundle/load-bundle';
import type { LoadedBundle } from '../../../src/shared/model/document';
import { BUILT_IN_BUNDLE } from '../../support/bundles';

/**
 * The external validators the export is judged by (poppler-utils and qpdf from /usr/bin): the tests
 * read the PDF only through them, never through our own code.
 */
export function run(tool: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir: string | null = null;
export function writePdf(bytes: Uint8Array, name = 'kit.pdf'): string {
  dir ??= mkdtempSync(path.join(os.tmpdir(), 'presskit-export-'));
  const file = path.join(dir, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(file, bytes);
  return file;
}

export function qpdfCheck(file: string): { status: number; output: string } {
  const r = run('qpdf', ['--check', file]);
  return { status: r.status, output: r.stdout + r.stderr };
}

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

/** pdffonts' table, one row per font (columns from the right, since names carry no spaces but types do). */
export function pdffonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).stdout.trim().split('\n').slice(2);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    const n = cols.length;
    return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), emb: cols[n - 5]!, sub: cols[n - 4]!, uni: cols[n - 3]! };
  });
}

export function pdfinfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).stdout.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

/** Text of the body area only (running header and page numbers cropped away), as pdftotext reads it. */
export function bodyText(file: string, page: { width: number; height: number }, margins = { top: 60, bottom: 60 }): string {
  const r = run('pdftotext', [
    '-x',
    '0',
    '-y',
    String(margins.top),
    '-W',
    String(Math.ceil(page.width)),
    '-H',
    String(Math.floor(page.height - margins.top - margins.bottom)),
    file,
    '-',
  ]);
  return r.stdout;
}

export function allText(file: string): string {
  return run('pdftotext', [file, '-']).stdout;
}

export const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export type QpdfObject = Record<string, unknown>;

/** qpdf's JSON (v2): every object by id, the outline tree and the pages. */
export function qpdfJson(file: string): {
  objects: Record<string, { value?: QpdfObject } | undefined>;
  outlines: OutlineEntry[];
  pages: { object: string; pageposfrom1: number }[];
} {
  const r = run('qpdf', ['--json=2', '--json-key=qpdf', '--json-key=outlines', '--json-key=pages', file]);
  const json = JSON.parse(r.stdout) as {
    qpdf: [unknown, Record<string, { value?: QpdfObject }>];
    outlines: OutlineEntry[];
    pages: { object: string; pageposfrom1: number }[];
  };
  return { objects: json.qpdf[1], outlines: json.outlines, pages: json.pages };
}

export interface OutlineEntry {
  title: string;
  destpageposfrom1: number;
  kids: OutlineEntry[];
}

/** Annotations by subtype, with the 1-based page each is on (from the page's /Annots). */
export function annotations(file: string, subtype: '/Highlight' | '/Link'): (QpdfObject & { page: number })[] {
  const { objects, pages } = qpdfJson(file);
  const out: (QpdfObject & { page: number })[] = [];
  for (const p of pages) {
    const page = objects[`obj:${p.object}`]?.value as { '/Annots'?: string[] } | undefined;
    for (const ref of page?.['/Annots'] ?? []) {
      const annot = objects[`obj:${ref}`]?.value;
      if (annot?.['/Subtype'] === subtype) out.push({ ...annot, page: p.pageposfrom1 });
    }
  }
  return out;
}

/** qpdf writes text strings as "u:…". */
export const qpdfString = (v: unknown) => (typeof v === 'string' ? v.replace(/^u:/, '') : undefined);

export interface WordBox {
  page: number;
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word pdftotext finds, with its box in PDF points, top-down (pdftotext -bbox). */
export function wordBoxes(file: string): WordBox[] {
  const html = run('pdftotext', ['-bbox', file, '-']).stdout;
  const words: WordBox[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, word: decodeEntities(m[5]!), xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
  }
  return words;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

let builtIn: Promise<LoadedBundle> | null = null;
export function builtInBundle(): Promise<LoadedBundle> {
  builtIn ??= loadBundle(BUILT_IN_BUNDLE, { builtIn: true });
  return builtIn;
}

export const FIXED_NOW = new Date('2025-01-15T10:00:00Z');
