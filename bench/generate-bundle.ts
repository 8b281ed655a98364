// A large bundle for the reader benchmarks: N× the built-in bundle's text in M documents, made of the
// built-in bundle's own paragraphs (English from the English documents, Indonesian from the Indonesian
// ones), shuffled by a seeded generator so every run builds the same bytes. The built-in documents stay
// in it unchanged (with their quotes, facts and timeline), so pull quotes and mentions are exercised too.
//   npx tsx bench/generate-bundle.ts [--scale 100] [--documents 20] [--seed 1] [--out dir]
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadBundle } from '../src/core/bundle/load-bundle';
import type { BundleManifestInput, DocumentKind } from '../src/shared/model/bundle';
import { randomInt, seededRandom } from './lib/prng';

export const BUILT_IN_BUNDLE = path.resolve(import.meta.dirname, '..', 'resources', 'bundles', 'xiaomi-leica-2022');

export interface GenerateBundleOptions {
  /** Total text as a multiple of the built-in bundle's text (100 = 100×). */
  scale: number;
  /** Documents in all, the built-in ones included. */
  documents: number;
  seed: number;
  /** Folder to write the bundle to (created); a new temporary folder when left out. */
  target?: string;
}

export interface GeneratedBundle {
  dir: string;
  /** Characters of plain text in all documents, and the built-in bundle's, for the record. */
  characters: number;
  builtInCharacters: number;
  documents: number;
}

const KINDS: DocumentKind[] = ['backgrounder', 'statement', 'factsheet', 'article', 'other'];
const SECTION_WORD: Record<string, string> = { en: 'Section', id: 'Bagian' };
const PARAGRAPHS_PER_SECTION = 8;

export async function generateBundle(options: GenerateBundleOptions): Promise<GeneratedBundle> {
  const builtIn = await loadBundle(BUILT_IN_BUNDLE, { builtIn: true });
  const builtInCharacters = builtIn.documents.reduce((n, d) => n + d.text.length, 0);
  const generatedCount = options.documents - builtIn.documents.length;
  if (generatedCount < 1) throw new Error(`--documents must be more than the ${builtIn.documents.length} built-in documents`);
  const random = seededRandom(options.seed);

  // The material: every paragraph of the built-in text, by language.
  const paragraphs = new Map<string, string[]>();
  for (const doc of builtIn.documents)
    for (const block of doc.blocks)
      if (block.kind === 'paragraph' || block.kind === 'blockquote')
        paragraphs.set(doc.language, [...(paragraphs.get(doc.language) ?? []), block.text]);
  const languages = [...paragraphs.keys()];

  const dir = options.target ?? mkdtempSync(path.join(os.tmpdir(), `presskit-${options.scale}x-`));
  mkdirSync(path.join(dir, 'generated'), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(BUILT_IN_BUNDLE, 'presskit.json'), 'utf8')) as BundleManifestInput & {
    $schema?: string;
  };
  delete manifest.$schema;
  for (const doc of manifest.documents) copyFileSync(path.join(BUILT_IN_BUNDLE, doc.file), path.join(dir, doc.file));

  const perDocument = Math.ceil((options.scale * builtInCharacters - builtInCharacters) / generatedCount);
  for (let i = 1; i <= generatedCount; i++) {
    const language = languages[i % languages.length]!;
    const pool = paragraphs.get(language)!;
    const kind = KINDS[i % KINDS.length]!;
    const number = String(i).padStart(2, '0');
    const title = `${language === 'id' ? 'Dokumen' : 'Document'} ${number}`;
    const parts = [`# ${title}`];
    for (let size = 0, section = 1; size < perDocument; section++) {
      parts.push(`## ${SECTION_WORD[language] ?? 'Section'} ${section}`);
      for (let p = 0; p < PARAGRAPHS_PER_SECTION && size < perDocument; p++) {
        const paragraph = pool[randomInt(random, pool.length)]!;
        parts.push(paragraph);
        size += paragraph.length + 2;
      }
    }
    const file = `generated/document-${number}.${language}.md`;
    writeFileSync(path.join(dir, file), parts.join('\n\n') + '\n');
    manifest.documents.push({ id: `generated-${number}`, kind, language, title, file });
  }
  writeFileSync(path.join(dir, 'presskit.json'), JSON.stringify(manifest, null, 2) + '\n');

  // Loading it is the check that it is a valid bundle.
  const loaded = await loadBundle(dir);
  const characters = loaded.documents.reduce((n, d) => n + d.text.length, 0);
  return { dir, characters, builtInCharacters, documents: loaded.documents.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '100' },
      documents: { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const result = await generateBundle({
    scale: Number(values.scale),
    documents: Number(values.documents),
    seed: Number(values.seed),
    ...(values.out ? { target: path.resolve(values.out) } : {}),
  });
  console.log(
    `${result.dir}: ${result.documents} documents, ${result.characters} characters (${(result.characters / result.builtInCharacters).toFixed(1)}× the built-in ${result.builtInCharacters})`,
  );
}
