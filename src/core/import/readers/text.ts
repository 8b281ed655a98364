import { IMPORT_BUDGET, checkSize } from '../budget';
import { decodeText } from '../decode-text';
import type { ExtractedBlock, ExtractedSource } from '../extracted';
import { escapeMarkdown } from '../inline-markdown';

/** Longer than any column a release is hard-wrapped at (72–80, at most ~100). */
const UNWRAPPED_LINE = 120;

/**
 * Paragraphs of plain text, split at blank lines. Lines are kept as the source has them: a paragraph
 * of short lines (an address, a contact block, a list typed by hand) keeps its line breaks; a
 * paragraph hard-wrapped at a column is one flowing paragraph whose lines are joined by a space; a
 * paragraph whose lines run far past any wrap column holds one paragraph per line.
 */
export function textToBlocks(text: string, firstLine = 1): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let start = 0;
  const flush = () => {
    const kept = para.map((l) => l.replace(/[^\P{Cc}\t]/gu, '').trim()).filter((l) => l !== '');
    para = [];
    if (!kept.length) return;
    // A line far longer than any wrap column means the lines are not wrapped but are paragraphs of
    // their own (text copied from a web page loses its blank lines): one block per line.
    if (kept.slice(0, -1).some((l) => l.length > UNWRAPPED_LINE)) {
      kept.forEach((line, i) =>
        blocks.push({ kind: 'paragraph', text: line, markdown: escapeMarkdown(line), where: `line ${start + i + firstLine}` }),
      );
      return;
    }
    const shortLines = kept.length > 1 && kept.every((l) => l.length < 60);
    const listLike = kept.length > 1 && kept.slice(1).every((l) => /^([-*•–]|\d+[.)])\s/.test(l));
    const keepBreaks = shortLines || listLike;
    blocks.push({
      kind: 'paragraph',
      text: kept.join(keepBreaks ? '\n' : ' '),
      markdown: keepBreaks ? escapeMarkdown(kept.join('\n')) : kept.map((l) => escapeMarkdown(l)).join('\n'),
      where: `line ${start + firstLine}`,
    });
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') return flush();
    if (!para.length) start = i;
    para.push(line);
  });
  flush();
  return blocks;
}

/** A .txt release. */
export function readText(file: string, bytes: Uint8Array): ExtractedSource {
  checkSize(file, bytes.length, IMPORT_BUDGET.maxTextBytes);
  const { text, notes } = decodeText(file, bytes);
  return { format: 'text', sourceName: file, blocks: textToBlocks(text), images: [], metadata: {}, notes };
}
