import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Asset } from '../../shared/model/bundle';
import { api, isDesktop } from '../api/client';
import { base64ToBytes } from '../app/base64';
import { GALLERY_ELEMENT_ID } from './reading-position';

export type Loaded = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed' };

/**
 * An image of the bundle. In browser mode, the host's asset route (only files the manifest lists,
 * from inside the bundle), which serves it sandboxed: opened as a page of its own, an SVG's script
 * cannot run in the app's origin (a blob: URL would run it there). On the desktop, a blob: URL of the
 * bytes the host read. Shown through <img>, an image is a picture only: its scripts never run.
 */
export function useAssetUrl(file: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    if (!isDesktop) return;
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
  return isDesktop ? loaded : { status: 'ready', url: `./bundle-asset/${encodeURIComponent(file)}` };
}

function Figure({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const asked = useAssetUrl(asset.file);
  const [broken, setBroken] = useState<string | null>(null);
  const loaded: Loaded = broken === asset.file ? { status: 'failed' } : asked;
  return (
    <figure className="gallery__figure" data-asset={asset.file}>
      <div className="gallery__frame">
        {loaded.status === 'ready' && <img src={loaded.url} alt={asset.alt} onError={() => setBroken(asset.file)} />}
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
