import { useTranslation } from 'react-i18next';
import type { ImportDraft } from '../../shared/model/import-draft';
import { cleanContact, type DraftEdit } from './draft-edits';
import { CommitInput } from './CommitInput';
import { ConfidenceBadge } from './ConfidenceBadge';

type DraftContact = ImportDraft['contacts'][number];
const FIELDS = ['name', 'role', 'email', 'phone'] as const;

/** Media contacts: each field editable, contacts added and removed. */
export function ContactsEditor({ draft, edit }: { draft: ImportDraft; edit(change: DraftEdit): void }) {
  const { t } = useTranslation();
  const save = (contacts: DraftContact[]) => edit({ type: 'contacts', value: contacts });
  const change = (index: number, field: (typeof FIELDS)[number], value: string) => {
    const next = draft.contacts.map((c, i) => (i === index ? cleanContact({ ...c, [field]: value, confidence: 1 }) : c));
    // A contact needs a name: clearing it keeps the old one (remove the contact instead).
    if (field === 'name' && !value.trim()) return;
    save(next);
  };
  return (
    <section className="import-section" aria-labelledby="import-contacts">
      <h2 id="import-contacts">{t('importer.contacts.heading', { count: draft.contacts.length })}</h2>
      <ol className="contact-list">
        {draft.contacts.map((contact, index) => (
          <li key={index}>
            <fieldset>
              <legend>
                {t('importer.contacts.contact', { n: index + 1 })}{' '}
                <ConfidenceBadge confidence={contact.confidence} evidence={contact.evidence} />
              </legend>
              {FIELDS.map((field) => (
                <CommitInput
                  key={field}
                  label={t(`importer.contacts.${field}`)}
                  type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
                  value={contact[field] ?? ''}
                  onCommit={(value) => change(index, field, value)}
                />
              ))}
              <button type="button" onClick={() => save(draft.contacts.filter((_, i) => i !== index))}>
                {t('importer.contacts.remove', { n: index + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => save([...draft.contacts, { name: t('importer.contacts.newName'), confidence: 1 }])}>
        {t('importer.contacts.add')}
      </button>
    </section>
  );
}
