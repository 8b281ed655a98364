// Scores timeline suggestions against the hand-written corpus (tests/unit/timeline/corpus/<lang>.json).
// Shared by the scored test and the chrono-node comparison script.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suggestFromDocument } from '../../../src/core/timeline/suggest';
import type { BundleManifest } from '../../../src/shared/model/bundle';
import type { LoadedDocument } from '../../../src/shared/model/document';
import type { FuzzyDate } from '../../../src/shared/model/timeline';
import { parseMarkdown } from '../../../src/shared/text/markdown';
import { fuzzyDateKey } from '../../../src/shared/timeline/fuzzy-date';

export interface Expected {
  words: string;
  date: string;
  until?: string;
  planned?: boolean;
  ambiguous?: boolean;
  /** A word the label must contain. */
  label?: string;
}
export interface CorpusCase {
  text: string;
  reference: string | null;
  heldOut?: boolean;
  expect: Expected[];
}
export interface Corpus {
  language: string;
  cases: CorpusCase[];
}

export const CORPUS_LANGUAGES = ['en', 'id', 'de', 'es', 'fr'] as const;

export function loadCorpus(lang: string): Corpus {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, 'corpus', `${lang}.json`), 'utf8')) as Corpus;
}

/** What an extractor says about one case: where each date is, what it is, and (for ours) the label and flags. */
export interface Found {
  start: number;
  end: number;
  date: FuzzyDate;
  until?: FuzzyDate;
  label?: string;
  planned?: boolean;
}

const key = (d: FuzzyDate) => fuzzyDateKey({ ...d, qualifier: undefined });

/** Our suggestions for one case: the text as a one-document bundle dated `reference`. */
export function ours(c: CorpusCase, language: string): Found[] {
  const { blocks, text } = parseMarkdown(c.text);
  const doc = { id: 'doc', kind: 'release', language, title: 'Untitled', file: 'doc.md', markdown: c.text, blocks, text } as LoadedDocument;
  const manifest = {
    organisations: [],
    timeline: { lanes: [], events: [] },
    ...(c.reference ? { date: c.reference } : {}),
  } as unknown as BundleManifest;
  return suggestFromDocument(manifest, doc).map((s) => ({
    start: s.datePosition.start,
    end: s.datePosition.end,
    date: s.date,
    ...(s.end ? { until: s.end } : {}),
    label: s.label,
    planned: s.planned === true,
  }));
}

export interface Score {
  found: number;
  right: number;
  rightLabelled: number;
  expected: number;
  hit: number;
  hitLabelled: number;
  misses: string[];
}

const emptyScore = (): Score => ({ found: 0, right: 0, rightLabelled: 0, expected: 0, hit: 0, hitLabelled: 0, misses: [] });

/** Precision and recall of the date alone, and of the date with a usable label and the right planned flag. */
export function scoreCases(cases: CorpusCase[], run: (c: CorpusCase) => Found[], text = (c: CorpusCase) => c.text): Score {
  const s = emptyScore();
  for (const c of cases) {
    const found = run(c);
    const plain = text(c);
    const dateOk = (f: Found, e: Expected) => {
      const at = plain.indexOf(e.words);
      return (
        at >= 0 &&
        f.start < at + e.words.length &&
        at < f.end &&
        key(f.date) === e.date &&
        (e.until ? !!f.until && key(f.until) === e.until : !f.until)
      );
    };
    const labelOk = (f: Found, e: Expected) =>
      !!f.label &&
      f.label.length <= 120 &&
      !/[<>]/.test(f.label) &&
      (!e.label || f.label.toLowerCase().includes(e.label.toLowerCase())) &&
      (f.planned ?? false) === (e.planned ?? false);
    s.found += found.length;
    s.expected += c.expect.length;
    for (const f of found) {
      const e = c.expect.find((x) => dateOk(f, x));
      if (e) s.right++;
      if (e && labelOk(f, e)) s.rightLabelled++;
      if (!e) s.misses.push(`extra "${plain.slice(f.start, f.end)}" in "${plain.slice(0, 50)}…"`);
    }
    for (const e of c.expect) {
      const f = found.find((x) => dateOk(x, e));
      if (f) s.hit++;
      if (f && labelOk(f, e)) s.hitLabelled++;
      if (!f) s.misses.push(`missed "${e.words}"`);
      else if (!labelOk(f, e)) s.misses.push(`label "${f.label}"${f.planned ? ' (planned)' : ''} for "${e.words}"`);
    }
  }
  return s;
}

const pct = (a: number, b: number) => (b ? ((a / b) * 100).toFixed(0) : '—') + '%';
export const precision = (s: Score) => (s.found ? s.right / s.found : 1);
export const recall = (s: Score) => (s.expected ? s.hit / s.expected : 1);
export const labelledPrecision = (s: Score) => (s.found ? s.rightLabelled / s.found : 1);
export const labelledRecall = (s: Score) => (s.expected ? s.hitLabelled / s.expected : 1);

export function formatScore(name: string, s: Score): string {
  return `${name}: date P ${pct(s.right, s.found)} R ${pct(s.hit, s.expected)} · with label P ${pct(s.rightLabelled, s.found)} R ${pct(s.hitLabelled, s.expected)} (${s.found} found, ${s.expected} expected)`;
}
