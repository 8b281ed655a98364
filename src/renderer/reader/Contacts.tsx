import { useTranslation } from 'react-i18next';
import type { BundleManifest } from '../../shared/model/bundle';
import { openLink } from '../app/open-link';
import { CONTACTS_ELEMENT_ID } from './reading-position';

/** The bundle's media contacts, after the documents: who to call about the release. */
export function Contacts({ manifest }: { manifest: BundleManifest }) {
  const { t } = useTranslation();
  return (
    <section
      className="contacts"
      id={CONTACTS_ELEMENT_ID}
      aria-labelledby={`${CONTACTS_ELEMENT_ID}-title`}
      data-outline-root=""
      data-document-id=""
    >
      <h2 id={`${CONTACTS_ELEMENT_ID}-title`} className="contacts__title" tabIndex={-1}>
        {t('contacts.title')}
      </h2>
      <ul className="contacts__list">
        {manifest.contacts.map((contact, i) => {
          const organisation = manifest.organisations.find((o) => o.id === contact.organisationId)?.name;
          const about = [contact.role, organisation].filter(Boolean).join(', ');
          return (
            <li key={i} className="contacts__item">
              <p className="contacts__name">{contact.name}</p>
              {about && <p className="contacts__about">{about}</p>}
              {/* E-mail and phone as text to copy: the app opens nothing but checked web links. */}
              {contact.email && <p className="contacts__way">{contact.email}</p>}
              {contact.phone && <p className="contacts__way">{contact.phone}</p>}
              {contact.url && (
                <p className="contacts__way">
                  <a href={contact.url} onClick={(e) => void openLink(e, contact.url!)} rel="noreferrer noopener">
                    {contact.url}
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
