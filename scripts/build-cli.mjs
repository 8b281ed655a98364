#!/usr/bin/env node
// Bundles the `presskit` command line into one ES module, out/cli/presskit.mjs, that runs on plain
// Node (no tsx, no TypeScript at run time). Our code and the small pure-JS dependencies are inlined;
// packages that load files of their own at run time (pdf.js's worker and fonts, sharp's native
// libvips binary, electron) stay external and resolve from node_modules, which `npm install` of
// this package provides.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'cli', 'presskit.mjs');

await build({
  entryPoints: [path.join(root, 'src', 'cli', 'bin.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // CommonJS dependencies call require(); give the ES module one.
  banner: { js: "import { createRequire as __presskitRequire } from 'node:module'; const require = __presskitRequire(import.meta.url);" },
  // harfbuzzjs finds its WebAssembly beside its own module (import.meta.url), so it stays external too, as does sharp (a native libvips binary).
  external: ['electron', 'pdfjs-dist', 'pdfjs-dist/*', 'harfbuzzjs', 'harfbuzzjs/*', 'sharp'],
  logLevel: 'warning',
  legalComments: 'none',
});
console.log(`cli: ${path.relative(root, outfile)}`);
