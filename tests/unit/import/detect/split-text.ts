import type { ExtractedBlock, ExtractedSource, SourceFormat } from '../../../../src/core/import/extracted';

/**
 * A stand-in reader for detector tests: text split into paragraph blocks (blank lines separate
 * paragraphs when the text has any, otherwise every line is one), Markdown "#" lines as headings.
 * The detector is tested on its own; the real readers have their own tests.
 */
export function sourceFromText(
  text: string,
  sourceName = 'release.txt',
  format: SourceFormat = 'text',
  metadata: ExtractedSource['metadata'] = {},
): ExtractedSource {
  const normalised = text.replace(/\r\n?/g, '\n');
  const paragraphs = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n/) : normalised.split('\n');
  const blocks: ExtractedBlock[] = [];
  let line = 1;
  for (const raw of paragraphs) {
    const where = `line ${line}`;
    line += raw.split('\n').length + (/\n[ \t]*\n/.test(normalised) ? 1 : 0);
    const para = raw.trim();
    if (!para) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(para);
    if (heading && format === 'markdown') {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!, markdown: heading[2]!, where });
    } else {
      blocks.push({ kind: 'paragraph', text: para, markdown: para, where });
    }
  }
  return { format, sourceName, blocks, images: [], metadata, notes: [] };
}
