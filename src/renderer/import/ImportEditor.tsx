import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedBundle } from '../../shared/model/document';
import type { ImportDraft } from '../../shared/model/import-draft';
import { BlockList } from './BlockList';
import { CommitInput } from './CommitInput';
import { ConfidenceBadge } from './ConfidenceBadge';
import { ContactsEditor } from './ContactsEditor';
import { DocumentFields } from './DocumentFields';
import { applyEdit } from './draft-edits';
import { DroppedBlocks } from './DroppedBlocks';
import { QuoteList } from './QuoteList';
import { SaveBar } from './SaveBar';
import '../styles/import-editor.css';

/**
 * The structure editor: what the importer detected in a file, how sure it is, and every correction a
 * user may need before it becomes a bundle — without touching JSON.
 */
export function ImportEditor({
  initial,
  onSaved,
  onDiscard,
}: {
  initial: ImportDraft;
  onSaved(bundle: LoadedBundle): void;
  onDiscard(): void;
}) {
  const { t } = useTranslation();
  const [draft, edit] = useReducer(applyEdit, initial);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('importer.windowTitle', { name: initial.sourceName });
    heading.current?.focus();
  }, [initial.sourceName, t]);
  return (
    <main className="import-editor" aria-labelledby="import-heading">
      <header className="import-editor__header">
        <h1 id="import-heading" ref={heading} tabIndex={-1}>
          {t('importer.heading', { name: initial.sourceName })}
        </h1>
        <p>{t('importer.intro')}</p>
        {draft.notes.length > 0 && (
          <ul className="import-editor__notes" aria-label={t('importer.notes')}>
            {draft.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <div className="field-row">
          <CommitInput
            className="field--wide"
            label={t('importer.title')}
            value={draft.title}
            onCommit={(value) => edit({ type: 'title', value })}
          />
          {draft.date && (
            <span className="import-editor__date">
              {t('importer.date', { date: draft.date.value })}{' '}
              <ConfidenceBadge confidence={draft.date.confidence} evidence={draft.date.evidence} />
            </span>
          )}
        </div>
      </header>
      {draft.documents.map((document) => (
        <section key={document.id} className="import-section import-document" aria-labelledby={`import-doc-${document.id}`}>
          <h2 id={`import-doc-${document.id}`}>
            {document.title} <span className="import-document__kind">{t(`reader.kind.${document.kind}`)}</span>
          </h2>
          <DocumentFields document={document} edit={edit} />
          <BlockList document={document} edit={edit} />
        </section>
      ))}
      <QuoteList draft={draft} edit={edit} />
      <ContactsEditor draft={draft} edit={edit} />
      <DroppedBlocks draft={draft} edit={edit} />
      <SaveBar draft={draft} onSaved={onSaved} onDiscard={onDiscard} />
    </main>
  );
}
