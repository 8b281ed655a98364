import type { Asset } from '../../../shared/model/bundle';
import type { Block, LoadedBundle, LoadedDocument } from '../../../shared/model/document';
import type { FlowItem } from '../layout/flow';
import type { KitContext } from './kit-context';
import { figureItem } from './media';

/**
 * The bundle asset a document's Markdown image names: `![alt](photos/signing.jpg)` is the asset
 * whose `file` is photos/signing.jpg (a leading "./" and %-escapes allowed). URLs name none: the
 * export never fetches anything.
 */
export function assetOfImage(bundle: LoadedBundle, src: string): Asset | undefined {
  let file = src.trim().replace(/^\.\//, '');
  try {
    file = decodeURI(file);
  } catch {
    // a malformed escape: compare the text as written
  }
  return bundle.manifest.assets.find((a) => a.file === file);
}

/** Assets the documents place in their text. */
export function placedAssets(bundle: LoadedBundle, documents: readonly LoadedDocument[]): Set<Asset> {
  const placed = new Set<Asset>();
  for (const doc of documents)
    for (const block of doc.blocks)
      for (const image of block.images ?? []) {
        const asset = assetOfImage(bundle, image.src);
        if (asset) placed.add(asset);
      }
  return placed;
}

/** The figures a block places (each an image the export embedded), in the order the text names them. */
export function blockFigures(ctx: KitContext, block: Block): FlowItem[] {
  const figures: FlowItem[] = [];
  for (const image of block.images ?? []) {
    const asset = assetOfImage(ctx.bundle, image.src);
    const kitImage = asset && ctx.images.get(asset.file);
    if (!kitImage) continue;
    figures.push(figureItem(ctx, kitImage, { alt: image.alt, ...(image.title ? { caption: image.title } : {}) }));
  }
  return figures;
}

/** True when a block is nothing but its images (their alt text and blanks): it is drawn as figures only. */
export function onlyImages(block: Block): boolean {
  let rest = block.text;
  for (const image of [...(block.images ?? [])].reverse())
    rest = rest.slice(0, image.start - block.start) + rest.slice(image.end - block.start);
  return (block.images?.length ?? 0) > 0 && rest.trim() === '';
}
