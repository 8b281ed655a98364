import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDraft } from '../../shared/model/import-draft';

/** Name, role and organisation of a speaker the detector did not find (an organisation is picked or typed). */
export function NewSpeakerForm({
  draft,
  onAdd,
  onCancel,
}: {
  draft: ImportDraft;
  onAdd(person: { name: string; role: string; organisation: string }): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const ids = { name: useId(), role: useId(), organisation: useId(), list: useId() };
  const [person, setPerson] = useState({ name: '', role: '', organisation: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (person.name.trim()) onAdd(person);
  };
  const field = (key: 'name' | 'role' | 'organisation', extra: Record<string, string> = {}) => (
    <div className="field">
      <label htmlFor={ids[key]}>{t(`importer.person.${key}`)}</label>
      <input
        id={ids[key]}
        value={person[key]}
        required={key === 'name'}
        autoFocus={key === 'name'}
        onChange={(e) => setPerson({ ...person, [key]: e.target.value })}
        {...extra}
      />
    </div>
  );
  return (
    <form className="new-speaker" onSubmit={submit} aria-label={t('importer.person.heading')}>
      {field('name')}
      {field('role')}
      {field('organisation', { list: ids.list })}
      <datalist id={ids.list}>
        {draft.organisations.map((o) => (
          <option key={o.id} value={o.name} />
        ))}
      </datalist>
      <div className="new-speaker__actions">
        <button type="submit">{t('importer.person.add')}</button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
