import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../../../shared/text/markdown';
import { IMPORT_BUDGET, checkSize } from '../budget';
import { decodeText } from '../decode-text';
import { importError } from '../errors';
import type { ExtractedBlock, ExtractedSource } from '../extracted';
import { runsToBlock } from '../inline-markdown';

const YAML_FRONT = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const TOML_FRONT = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;

/** Front matter (YAML between "---", TOML between "+++") is metadata, never body text. */
export function splitFrontMatter(file: string, source: string): { frontMatter?: Record<string, unknown>; body: string; lines: number } {
  const text = source.replace(/\r\n?/g, '\n');
  const yaml = YAML_FRONT.exec(text);
  const toml = yaml ? null : TOML_FRONT.exec(text);
  const match = yaml ?? toml;
  if (!match) return { body: text, lines: 0 };
  let parsed: unknown;
  try {
    parsed = yaml ? parseYaml(match[1]!) : parseToml(match[1]!);
  } catch (err) {
    throw importError(file, `${yaml ? 'YAML' : 'TOML'} front matter does not parse: ${(err as Error).message.split('\n')[0]}`);
  }
  const lines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  const frontMatter = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { frontMatter, body: text.slice(match[0].length), lines };
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : v instanceof Date ? v.toISOString() : undefined;

/** A Markdown release: front matter to metadata, the body to blocks with emphasis and links kept. */
export function readMarkdown(file: string, bytes: Uint8Array): ExtractedSource {
  checkSize(file, bytes.length, IMPORT_BUDGET.maxTextBytes);
  const { text, notes } = decodeText(file, bytes);
  const { frontMatter, body } = splitFrontMatter(file, text.replace(/^\uFEFF/, ''));
  const parsed = parseMarkdown(body);
  const blocks: ExtractedBlock[] = parsed.blocks.map((b, i) => {
    const inline = runsToBlock(b.inlines.map((r) => ({ text: r.text, strong: r.strong, emphasis: r.emphasis, href: r.href })));
    return {
      kind: b.kind,
      ...(b.level ? { level: b.level } : {}),
      ...(b.kind === 'code' ? { text: b.text, markdown: b.text } : inline),
      where: `block ${i + 1}`,
    };
  });
  const fm = frontMatter ?? {};
  const date = str(fm.date) ?? str(fm.published) ?? str(fm.publishDate);
  const title = str(fm.title);
  const language = str(fm.lang) ?? str(fm.language);
  const author = str(fm.author);
  const url = str(fm.url) ?? str(fm.canonical);
  return {
    format: 'markdown',
    sourceName: file,
    blocks: blocks.filter((b) => b.text !== ''),
    images: [],
    metadata: {
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
      ...(language ? { language } : {}),
      ...(author ? { author } : {}),
      ...(url && /^https?:\/\//.test(url) ? { url } : {}),
      ...(frontMatter ? { frontMatter } : {}),
    },
    notes,
  };
}
