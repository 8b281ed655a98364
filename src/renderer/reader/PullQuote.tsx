import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleManifest, Quote } from '../../shared/model/bundle';

interface Props {
  quote: Quote;
  manifest: BundleManifest;
  children: ReactNode;
  'data-block-start': number;
  'data-document-id': string;
}

/** A paragraph carrying a quote: set off, and attributed to its speaker's name, role and organisation. */
export function PullQuote({ quote, manifest, children, ...data }: Props) {
  const { t } = useTranslation();
  const speaker = manifest.people.find((p) => p.id === quote.speakerId);
  const org = manifest.organisations.find((o) => o.id === speaker?.organisationId);
  const name = speaker?.name ?? quote.speakerId;
  return (
    <figure className="pull-quote" aria-label={t('reader.quoteFrom', { name })} data-quote-id={quote.id}>
      <blockquote {...data}>{children}</blockquote>
      <figcaption>
        <span className="pull-quote__name">{t('reader.saidBy', { name })}</span>
        {speaker?.role && <span className="pull-quote__role">{speaker.role}</span>}
        {org && <span className="pull-quote__org">{org.name}</span>}
      </figcaption>
    </figure>
  );
}
