import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { machine } from './measure';

/** One row of the table: our figure, the baseline's figure from the same run, and the ratio. */
export interface BenchRow {
  bench: string;
  case: string;
  metric: string;
  ours: number;
  baseline: number | null;
  baselineName: string;
  unit: string;
  /** What the ratio must be to meet the goal, e.g. "≤ 0.33". */
  goal?: string;
  /** Extra figures (file size, memory, counts…). */
  notes?: string;
}

const fmt = (n: number | null) => (n === null ? '—' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function ratio(row: BenchRow): number | null {
  return row.baseline ? row.ours / row.baseline : null;
}

/** The Markdown table printed to the terminal and pasted into the README's Performance section. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = '| bench | case | metric | ours | baseline | ratio (ours/baseline) | goal | notes |';
  const rule = '|---|---|---|---:|---:|---:|---|---|';
  const lines = rows.map((r) => {
    const q = ratio(r);
    return `| ${r.bench} | ${r.case} | ${r.metric} (${r.unit}) | ${fmt(r.ours)} | ${fmt(r.baseline)} ${r.baseline === null ? '' : r.baselineName} | ${q === null ? '—' : q.toFixed(2) + '×'} | ${r.goal ?? ''} | ${r.notes ?? ''} |`;
  });
  return [header, rule, ...lines].join('\n');
}

export function writeResults(rows: readonly BenchRow[], mode: string): string {
  const dir = path.resolve(import.meta.dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const info = machine();
  const file = path.join(dir, `bench-${mode}-${info.date.slice(0, 10)}.json`);
  writeFileSync(file, JSON.stringify({ machine: info, mode, rows: rows.map((r) => ({ ...r, ratio: ratio(r) })) }, null, 2) + '\n');
  return file;
}
