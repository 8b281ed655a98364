import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDraft } from '../../shared/model/import-draft';

export const NEW_SPEAKER = '__new__';

/** Who said a quote: nobody yet, one of the people found, or a new person (opens the form). */
export function SpeakerSelect({
  draft,
  value,
  quoteNumber,
  onChange,
}: {
  draft: ImportDraft;
  value: string | null;
  quoteNumber: number;
  onChange(value: string | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const organisation = (orgId?: string) => draft.organisations.find((o) => o.id === orgId)?.name;
  return (
    <div className="field">
      <label htmlFor={id}>{t('importer.quotes.speaker', { n: quoteNumber })}</label>
      <select
        id={id}
        data-testid="speaker-select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('importer.quotes.noSpeaker')}</option>
        {draft.people.map((p) => (
          <option key={p.id} value={p.id}>
            {[p.name, p.role, organisation(p.organisationId)].filter(Boolean).join(', ')}
          </option>
        ))}
        <option value={NEW_SPEAKER}>{t('importer.quotes.newSpeaker')}</option>
      </select>
    </div>
  );
}
