import { useTranslation } from 'react-i18next';
import type { DraftDocument, DraftDateline } from '../../shared/model/import-draft';
import { CommitInput } from './CommitInput';
import { ConfidenceBadge } from './ConfidenceBadge';

/**
 * The dateline as three fields: the raw text as the source writes it, the place, and the date (a
 * dateline may have either alone; the date is never filled in for the user). Clearing all three clears it.
 */
export function DatelineFields({ document, onChange }: { document: DraftDocument; onChange(value: DraftDateline | null): void }) {
  const { t } = useTranslation();
  const current = document.dateline?.value;
  const update = (patch: Partial<DraftDateline>) => {
    const next = { text: current?.text ?? '', place: current?.place ?? '', date: current?.date ?? '', ...patch };
    const place = next.place?.trim();
    const date = next.date?.trim();
    const text = next.text.trim() || [place, date].filter(Boolean).join(', ');
    if (!text) return onChange(null);
    onChange({ text, ...(place ? { place } : {}), ...(date ? { date } : {}) });
  };
  return (
    <fieldset className="dateline-fields">
      <legend>
        {t('importer.document.dateline')}{' '}
        {document.dateline && <ConfidenceBadge confidence={document.dateline.confidence} evidence={document.dateline.evidence} />}
      </legend>
      <CommitInput label={t('importer.document.datelineText')} value={current?.text ?? ''} onCommit={(text) => update({ text })} />
      <CommitInput label={t('importer.document.datelinePlace')} value={current?.place ?? ''} onCommit={(place) => update({ place })} />
      <CommitInput
        label={t('importer.document.datelineDate')}
        type="date"
        value={current?.date ?? ''}
        onCommit={(date) => update({ date })}
      />
    </fieldset>
  );
}
