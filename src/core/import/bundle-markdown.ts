import type { DraftBlock } from '../../shared/model/import-draft';

/** One draft block as Markdown in the bundle (its `markdown` is inline; the block kind adds the marker). */
export function blockToMarkdown(block: Pick<DraftBlock, 'kind' | 'level' | 'markdown' | 'text'>): string | null {
  switch (block.kind) {
    case 'image':
      return null; // images are the bundle's assets (the gallery), not part of the text
    case 'heading':
      return `${'#'.repeat(block.level ?? 2)} ${block.markdown}`;
    case 'listItem':
      return `- ${block.markdown}`;
    case 'blockquote':
      return block.markdown
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'code': {
      // A fence longer than any run of backticks in the code.
      const longest = Math.max(2, ...[...block.text.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}\n${block.text}\n${fence}`;
    }
    default:
      return block.markdown;
  }
}

/** Blocks to one Markdown file: blocks separated by a blank line. */
export function blocksToMarkdown(blocks: readonly Pick<DraftBlock, 'kind' | 'level' | 'markdown' | 'text'>[]): string {
  return (
    blocks
      .map(blockToMarkdown)
      .filter((m): m is string => m !== null && m.trim() !== '')
      .join('\n\n') + '\n'
  );
}
