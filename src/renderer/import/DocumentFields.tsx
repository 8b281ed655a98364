import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../shared/model/import-draft';
import type { DraftEdit } from './draft-edits';
import { CommitInput } from './CommitInput';
import { ConfidenceBadge } from './ConfidenceBadge';
import { DatelineFields } from './DatelineFields';
import { LanguageSelect } from './LanguageSelect';

/** A document's detected fields: language, headline, subhead, dateline — each settable and clearable. */
export function DocumentFields({ document, edit }: { document: DraftDocument; edit(change: DraftEdit): void }) {
  const { t } = useTranslation();
  const documentId = document.id;
  // The bundle keeps a headline, subhead or dateline only where the text says it word for word.
  const inText = (value: string | undefined) => !value || document.blocks.some((b) => b.role !== 'furniture' && b.text.includes(value));
  return (
    <div className="document-fields">
      <div className="field-row">
        <LanguageSelect value={document.language.value} onChange={(value) => edit({ type: 'language', documentId, value })} />
        <ConfidenceBadge confidence={document.language.confidence} evidence={document.language.evidence} />
      </div>
      {(['headline', 'subhead'] as const).map((field) => (
        <div className="field-row" key={field}>
          <CommitInput
            className="field--wide"
            label={t(`importer.document.${field}`)}
            value={document[field]?.value ?? ''}
            placeholder={t('importer.document.none')}
            onCommit={(value) => edit({ type: field, documentId, value })}
          />
          {document[field] && <ConfidenceBadge confidence={document[field].confidence} evidence={document[field].evidence} />}
          {!inText(document[field]?.value) && <p className="field-warning">{t('importer.document.notInText')}</p>}
        </div>
      ))}
      <DatelineFields document={document} onChange={(value) => edit({ type: 'dateline', documentId, value })} />
      {!inText(document.dateline?.value.text) && <p className="field-warning">{t('importer.document.datelineNotInText')}</p>}
    </div>
  );
}
