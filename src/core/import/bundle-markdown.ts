import type { DraftBlock } from '../../shared/model/import-draft';
import { escapeMarkdown } from './inline-markdown';

type MarkdownBlock = Pick<DraftBlock, 'kind' | 'level' | 'markdown' | 'text' | 'assetFile'>;

/** The bundle's assets an image block may show, by file, with the caption written as the reference's title. */
export type PlaceableImages = ReadonlyMap<string, { caption?: string | undefined }>;

/**
 * An image where the source places it: `![alt](file "caption")`, its own paragraph. The alt text is
 * escaped so Markdown reads it back verbatim (it becomes part of the document's plain text).
 */
function imageReference(block: MarkdownBlock, images: PlaceableImages): string | null {
  const asset = block.assetFile === undefined ? undefined : images.get(block.assetFile);
  // An image the bundle does not hold stays out of the text; so does a name Markdown cannot carry.
  if (!asset || !block.assetFile || /[<>\s]/.test(block.assetFile)) return null;
  const alt = escapeMarkdown(block.text.replace(/\s+/g, ' ').trim() || block.assetFile.replace(/^.*\//, ''));
  const caption = asset.caption?.replace(/\s+/g, ' ').trim();
  const title = caption ? ` "${caption.replace(/[\\"]/g, '\\$&')}"` : '';
  const dest = /^[\w./-]+$/.test(block.assetFile) ? block.assetFile : `<${block.assetFile}>`;
  return `![${alt}](${dest}${title})`;
}

/** One draft block as Markdown in the bundle (its `markdown` is inline; the block kind adds the marker). */
export function blockToMarkdown(block: MarkdownBlock, images: PlaceableImages = new Map()): string | null {
  switch (block.kind) {
    case 'image':
      return imageReference(block, images);
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
export function blocksToMarkdown(blocks: readonly MarkdownBlock[], images: PlaceableImages = new Map()): string {
  return (
    blocks
      .map((b) => blockToMarkdown(b, images))
      .filter((m): m is string => m !== null && m.trim() !== '')
      .join('\n\n') + '\n'
  );
}
