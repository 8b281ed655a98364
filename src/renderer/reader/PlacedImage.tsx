import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Asset } from '../../shared/model/bundle';
import type { Block, BlockImage } from '../../shared/model/document';
import { useAssetUrl, type Loaded } from './Gallery';

/**
 * The one image a paragraph consists of (`![alt](file "caption")`), when it names a bundle asset: the
 * asset the gallery shows, drawn where the document places it, its caption below. Null otherwise
 * (an image among words, or a URL), so the block stays words.
 */
export function placedAsset(block: Block, assets: readonly Asset[] | undefined): { image: BlockImage; asset: Asset } | null {
  const image = block.images?.length === 1 ? block.images[0]! : undefined;
  if (!image || image.start !== block.start || image.end !== block.end) return null;
  const file = image.src.replace(/^\.\//, '');
  const asset = assets?.find((a) => a.file === file);
  return asset ? { image, asset } : null;
}

interface Props {
  image: BlockImage;
  asset: Asset;
  /** The alt text as offset spans: part of the document's plain text, so annotations keep their offsets. */
  text: ReactNode;
  common: object;
}

export function PlacedImage({ image, asset, text, common }: Props) {
  const { t } = useTranslation();
  const asked = useAssetUrl(asset.file);
  const [broken, setBroken] = useState(false);
  const loaded: Loaded = broken ? { status: 'failed' } : asked;
  const caption = image.title ?? asset.caption;
  return (
    <figure className="placed-image" data-asset={asset.file}>
      {loaded.status === 'ready' && <img src={loaded.url} alt={image.alt} onError={() => setBroken(true)} />}
      {/* The alt text's characters stay in the text layer (find, highlights): unseen and not read twice while the
          picture shows, the words themselves while it loads or when it cannot be shown. */}
      <span
        {...(loaded.status === 'ready' ? { className: 'visually-hidden', 'aria-hidden': true } : { className: 'placed-image__alt' })}
        {...common}
      >
        {text}
      </span>
      {(caption || asset.credit) && (
        <figcaption>
          {caption}
          {caption && asset.credit ? ' ' : ''}
          {asset.credit && <span className="placed-image__credit">{t('gallery.credit', { credit: asset.credit })}</span>}
        </figcaption>
      )}
    </figure>
  );
}
