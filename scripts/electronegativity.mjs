#!/usr/bin/env node
// `npm run lint:electron`: Electronegativity (Doyensec's Electron security linter) over src/, offline.
// Fails on any finding of MEDIUM severity or higher that .electronegativity-reviewed.json does not list
// (by check, file and reported source line) with the reason it does not apply.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const csv = path.join(mkdtempSync(path.join(os.tmpdir(), 'electronegativity-')), 'findings.csv');

// -e: the installed Electron's version (it would otherwise try to look it up online).
const run = spawnSync(process.execPath, [cli, '-i', path.join(root, 'src'), '-r', '-e', electronVersion, '-v', 'false', '-o', csv], {
  encoding: 'utf8',
  timeout: 300_000,
});
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity: the scan itself failed');
  process.exit(1);
}

/** Parses one CSV line of Electronegativity's output (quoted fields may hold commas). */
function fields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(field.trim());
      field = '';
    } else {
      field += c;
    }
  }
  out.push(field.trim());
  return out;
}

const SERIOUS = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const findings = readFileSync(csv, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map(fields)
  .map(([check, severity, confidence, file, location, sample]) => ({ check, severity, confidence, file, location, sample }))
  .filter((f) => SERIOUS.has(f.severity));
const reviewed = JSON.parse(readFileSync(path.join(root, '.electronegativity-reviewed.json'), 'utf8')).reviewed;
const isReviewed = (f) => reviewed.some((r) => r.check === f.check && r.file === f.file && r.sample === f.sample);
const open = findings.filter((f) => !isReviewed(f));

console.log(
  `electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} findings of MEDIUM or higher, ${findings.length - open.length} reviewed`,
);
for (const f of open) console.error(`  ${f.severity} ${f.check} src/${f.file}:${f.location}  ${f.sample}`);
if (open.length) {
  console.error('electronegativity: fix these, or list each in .electronegativity-reviewed.json with the reason it does not apply');
  process.exit(1);
}
