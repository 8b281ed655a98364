import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Asset } from '../../shared/model/bundle';
import { api } from '../api/client';
import { base64ToBytes } from '../app/base64';
import { GALLERY_ELEMENT_ID } from './reading-position';

type Loaded = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed' };

/**
 * An image of the bundle as a blob: URL. The bytes come from the host, which reads only files the
 * manifest lists, from inside the bundle; nothing is ever fetched from anywhere else. An SVG shown
 * through <img> is a picture only: its scripts never run.
 */
function useAssetUrl(file: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    api.getBundleAsset({ file }).then(
      ({ mime, base64 }) => {
        if (cancelled) return;
        url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mime }));
        setLoaded({ status: 'ready', url });
      },
      () => !cancelled && setLoaded({ status: 'failed' }),
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);
  return loaded;
}

function Figure({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const loaded = useAssetUrl(asset.file);
  return (
    <figure className="gallery__figure" data-asset={asset.file}>
      <div className="gallery__frame">
        {loaded.status === 'ready' && <img src={loaded.url} alt={asset.alt} />}
        {loaded.status === 'loading' && <p className="gallery__status">{t('gallery.loading')}</p>}
        {loaded.status === 'failed' && <p className="gallery__status">{t('gallery.failed', { file: asset.file })}</p>}
      </div>
      {(asset.caption || asset.credit) && (
        <figcaption>
          {asset.caption && <span className="gallery__caption">{asset.caption}</span>}
          {asset.credit && <span className="gallery__credit">{t('gallery.credit', { credit: asset.credit })}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/** The bundle's images with their captions, credits and alt text. */
export function Gallery({ assets }: { assets: readonly Asset[] }) {
  const { t } = useTranslation();
  return (
    <section
      className="gallery"
      id={GALLERY_ELEMENT_ID}
      aria-labelledby={`${GALLERY_ELEMENT_ID}-title`}
      data-outline-root=""
      data-document-id=""
    >
      <h2 id={`${GALLERY_ELEMENT_ID}-title`} className="gallery__title" tabIndex={-1}>
        {t('gallery.title')}
      </h2>
      <ul className="gallery__grid">
        {assets.map((asset) => (
          <li key={asset.file}>
            <Figure asset={asset} />
          </li>
        ))}
      </ul>
    </section>
  );
}
