import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftQuote, ImportDraft } from '../../shared/model/import-draft';
import type { DraftEdit } from './draft-edits';
import { ConfidenceBadge } from './ConfidenceBadge';
import { NewSpeakerForm } from './NewSpeakerForm';
import { NEW_SPEAKER, SpeakerSelect } from './SpeakerSelect';

/** The quotes found or marked, each with its speaker (changeable, or a new person) and a remove button. */
export function QuoteList({ draft, edit }: { draft: ImportDraft; edit(change: DraftEdit): void }) {
  const { t } = useTranslation();
  return (
    <section className="import-section" aria-labelledby="import-quotes">
      <h2 id="import-quotes">{t('importer.quotes.heading', { count: draft.quotes.length })}</h2>
      {draft.quotes.length === 0 && <p>{t('importer.quotes.none')}</p>}
      <ol className="quote-list">
        {draft.quotes.map((quote, index) => (
          <QuoteItem key={quote.id} draft={draft} quote={quote} number={index + 1} edit={edit} />
        ))}
      </ol>
    </section>
  );
}

function QuoteItem({
  draft,
  quote,
  number,
  edit,
}: {
  draft: ImportDraft;
  quote: DraftQuote;
  number: number;
  edit(change: DraftEdit): void;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const document = draft.documents.find((d) => d.id === quote.documentId);
  return (
    <li className="quote-item" data-testid="draft-quote">
      <blockquote lang={document?.language.value}>{quote.text}</blockquote>
      <p className="quote-item__meta">
        {document?.title} <ConfidenceBadge confidence={quote.confidence} evidence={quote.evidence} />
      </p>
      <div className="field-row">
        <SpeakerSelect
          draft={draft}
          value={adding ? NEW_SPEAKER : quote.speakerId}
          quoteNumber={number}
          onChange={(value) => {
            setAdding(value === NEW_SPEAKER);
            if (value !== NEW_SPEAKER) edit({ type: 'speaker', quoteId: quote.id, speakerId: value });
          }}
        />
        <button type="button" onClick={() => edit({ type: 'removeQuote', quoteId: quote.id })}>
          {t('importer.quotes.remove', { n: number })}
        </button>
      </div>
      {quote.speakerId === null && !adding && <p className="field-warning">{t('importer.quotes.needsSpeaker')}</p>}
      {adding && (
        <NewSpeakerForm
          draft={draft}
          onAdd={(person) => {
            edit({ type: 'addPerson', ...person, quoteId: quote.id });
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
    </li>
  );
}
